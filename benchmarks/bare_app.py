"""The ceiling: a FastAPI app whose webhook route only reads the body and answers 200, served by
uvicorn with the same settings `gateway serve` uses. `python -m benchmarks.bare_app --port P`."""

from __future__ import annotations

import argparse
import os

from fastapi import FastAPI, Request, Response

from app.cli import UVICORN_OPTIONS
from app.logs import configure

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'


def create_app() -> FastAPI:
    """The bare endpoint and a /healthz like the gateway's."""
    app = FastAPI(title="bench ceiling")

    @app.post("/webhooks/twilio")
    async def webhook(request: Request) -> Response:
        await request.body()
        return Response(EMPTY_TWIML, media_type="text/xml")

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "alive"}

    return app


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    # The same logging set-up and uvicorn arguments as `gateway serve` (app.cli), with uvicorn's
    # own access line standing in for the one the gateway's middleware writes.
    configure(os.environ.get("LOG_LEVEL", "INFO"))
    uvicorn.run(create_app(), host="127.0.0.1", port=args.port,
                **{**UVICORN_OPTIONS, "access_log": True})  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
