"""CPU per signed Twilio webhook, in process: the gateway's ASGI app called directly (no HTTP
server, no load generator), beside the bare endpoint's app called the same way in the same run.

    python -m benchmarks.profile_ingest [--requests 3000] [--concurrency 16] [--database-url URL]
        [--only gateway|bare] [--uvloop]

Without --database-url a fresh SQLite file in a temporary directory is used. The figure is
`time.process_time()` (every thread of this process: the event loop and the SQLite appender's
thread) divided by the requests answered; on a loaded machine it moves less than wall time.

`--only` drives one app, once, for instruction counts that do not depend on the machine's
other load: the same command under callgrind for two request counts, whose difference in
instructions divided by the difference in requests is one request's cost. `--signed` makes
both runs sign the same number of requests (signing is the load generator's work, not the
server's), so the difference holds only what the app did:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/i-300.out \
        python -m benchmarks.profile_ingest --uvloop --only gateway --requests 300 --signed 1300
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.env import gateway_settings
from benchmarks.signing import SmsFactory

Asgi = Callable[..., Any]


def _scope_and_body(raw: bytes) -> tuple[dict[str, Any], bytes]:
    head, body = raw.split(b"\r\n\r\n", 1)
    request_line, *header_lines = head.split(b"\r\n")
    method, path, _ = request_line.split(b" ")
    headers = [(k.strip().lower(), v.strip())
               for k, v in (line.split(b":", 1) for line in header_lines)]
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": method.decode(), "scheme": "http", "path": path.decode(),
             "raw_path": path, "root_path": "", "query_string": b"", "headers": headers,
             "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000)}
    return scope, body


async def _call(app: Asgi, raw: bytes) -> int:
    scope, body = _scope_and_body(raw)
    status = 0
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            await asyncio.sleep(3600)
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


async def drive(app: Asgi, requests: list[bytes], concurrency: int) -> dict[str, Any]:
    """Send every request through `app`, `concurrency` at a time; CPU and wall per request."""
    queue = list(reversed(requests))
    statuses: dict[int, int] = {}

    async def client() -> None:
        while queue:
            status = await _call(app, queue.pop())
            statuses[status] = statuses.get(status, 0) + 1

    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"requests": len(requests), "statuses": statuses,
            "cpu_ms_per_request": round(cpu / len(requests) * 1000, 4),
            "wall_ms_per_request": round(wall / len(requests) * 1000, 4)}


async def _lifespan(app: Asgi) -> Callable[[], Any]:
    """Start the app's lifespan; returns the coroutine function that ends it."""
    inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    await inbox.put({"type": "lifespan.startup"})
    task = asyncio.create_task(app({"type": "lifespan", "asgi": {"version": "3.0"}},
                                   inbox.get, outbox.put))
    await outbox.get()

    async def stop() -> None:
        await inbox.put({"type": "lifespan.shutdown"})
        await outbox.get()
        await task

    return stop


async def run(args: argparse.Namespace, database_url: str) -> dict[str, Any]:
    import os

    from app.db import migrate
    from app.main import create_app
    from benchmarks.bare_app import create_app as create_bare
    from vocabulary.settings import Settings

    os.environ.update(gateway_settings(database_url=database_url, fake_url="http://127.0.0.1:9"))
    migrate(database_url)
    gateway = create_app(Settings(), run_worker=False)
    stop = await _lifespan(gateway)
    await gateway.state.after_start  # the Slack side's imports, done before measuring
    bare = create_bare()
    results: dict[str, Any] = {}
    try:
        runs = [("bare", bare, 9_000_000), ("gateway", gateway, 1_000_000),
                ("bare-again", bare, 9_500_000), ("gateway-again", gateway, 1_500_000)]
        if args.only is not None:
            runs = [run for run in runs if run[0] == args.only]
        for name, app, first in runs:
            requests = SmsFactory(first=first).batch(max(args.requests, args.signed))
            requests = requests[: args.requests]
            await drive(app, requests[: args.concurrency * 4], args.concurrency)  # warm
            profiler = cProfile.Profile() if args.cprofile else None
            if profiler is not None:
                profiler.enable()
            results[name] = await drive(app, requests[args.concurrency * 4:], args.concurrency)
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(f"{args.cprofile}.{name}")
    finally:
        await stop()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--uvloop", action="store_true")
    parser.add_argument("--only", choices=("gateway", "bare"), default=None,
                        help="drive this app alone, once (for instruction counts)")
    parser.add_argument("--cprofile", metavar="PATH", default=None,
                        help="profile each measured run (not the warm-up) to PATH.<app>")
    parser.add_argument("--signed", type=int, default=0,
                        help="sign this many requests (at least --requests) and drive the first")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    from app.logs import configure

    configure("INFO")
    # The access and outcome lines go where a server's go, but not to this terminal.
    handler = logging.getLogger().handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(open("/dev/null", "w"))  # noqa: SIM115
    if args.uvloop:
        import uvloop

        uvloop.install()
    with tempfile.TemporaryDirectory(prefix="profile-ingest-") as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'ingest.db'}"
        results = asyncio.run(run(args, url))
    for name, figures in results.items():
        sys.stdout.write(f"{name:14s} {figures}\n")
    if args.only is None:
        ratio = results["bare"]["cpu_ms_per_request"] / results["gateway"]["cpu_ms_per_request"]
        sys.stdout.write(f"bare / gateway CPU per request: {ratio:.3f}\n")


if __name__ == "__main__":
    main()
