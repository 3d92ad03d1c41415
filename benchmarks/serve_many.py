"""Several web processes behind one port (uvicorn's process supervisor), for the scale figure:
`python -m benchmarks.serve_many --app gateway|bare --port P --workers N`.

Each process is what `gateway serve --no-worker` (or the bare endpoint) runs, with the same JSON
logging; the gateway's migrations run once, in the supervisor, before the processes start.
"""

from __future__ import annotations

import argparse
import os

from fastapi import FastAPI

from app.cli import UVICORN_OPTIONS
from app.logs import configure


def gateway_app() -> FastAPI:
    """One web process of the gateway (uvicorn calls this factory in each child)."""
    from app.main import create_app
    from vocabulary.settings import Settings

    configure(os.environ.get("LOG_LEVEL", "INFO"))
    return create_app(Settings(), run_worker=False)


def bare_app() -> FastAPI:
    from benchmarks.bare_app import create_app

    configure(os.environ.get("LOG_LEVEL", "INFO"))
    return create_app()


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", choices=("gateway", "bare"), required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    configure(os.environ.get("LOG_LEVEL", "INFO"))
    if args.app == "gateway":
        from app.db import migrate
        from vocabulary.settings import Settings

        migrate(Settings().database_url)
    options = {**UVICORN_OPTIONS, "access_log": args.app == "bare"}
    uvicorn.run(f"benchmarks.serve_many:{args.app}_app", factory=True, workers=args.workers,
                host="127.0.0.1", port=args.port, **options)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
