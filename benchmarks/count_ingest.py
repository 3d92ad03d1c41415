"""Instructions a signed Twilio webhook costs the server, as `gateway bench` serves it:
`gateway serve --no-worker` (or the bare endpoint, `benchmarks.bare_app`) under valgrind's
callgrind, fed signed webhooks over HTTP by this process, for two request counts.

    python -m benchmarks.count_ingest [--app gateway|bare|both] [--requests 300,1300]
        [--concurrency 16] [--database-url URL] [--out-dir DIR]

The server's instructions for (the larger count - the smaller) requests, divided by the
difference, are one request's cost with its start-up and shutdown taken out. Unlike CPU time
they do not move with the machine's other load (the same run twice agrees to about 0.1 %), so a
change can be measured on a busy machine. This process (the load) is not counted. Each server
gets a new database (SQLite in a temporary directory, or a new database on the PostgreSQL server
of --database-url), waits until its start-up work is over (its CPU time stops moving) before the
first webhook, and is stopped with SIGINT so callgrind writes its totals.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.env import gateway_settings, postgres_database
from benchmarks.httpload import Connection
from benchmarks.procs import child_env, cpu_seconds, free_port
from benchmarks.signing import SmsFactory

STARTUP_WITHIN = 900.0  # seconds: a start-up under callgrind is some 50 times slower


def _command(app: str, port: int, out: Path) -> list[str]:
    server = (["-m", "app.cli", "serve", "--no-worker", "--host", "127.0.0.1", "--port",
               str(port)] if app == "gateway" else ["-m", "benchmarks.bare_app", "--port", str(port)])
    return ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, *server]


async def _healthy(port: int, proc: asyncio.subprocess.Process) -> None:
    deadline = time.monotonic() + STARTUP_WITHIN
    while time.monotonic() < deadline:
        if proc.returncode is not None:
            raise RuntimeError(f"the server exited ({proc.returncode})")
        with contextlib.suppress(OSError):
            _reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        await asyncio.sleep(0.5)
    raise RuntimeError("the server did not listen in time")


async def _settled(pid: int, *, quiet: float = 3.0) -> None:
    """Wait until the process's CPU time stops moving (its after-start imports are done)."""
    last = cpu_seconds(pid)
    while True:
        await asyncio.sleep(quiet)
        now = cpu_seconds(pid)
        if now is None or last is None or now - last < 0.05:
            return
        last = now


async def _load(port: int, requests: list[bytes], *, concurrency: int) -> int:
    """Send every request once over `concurrency` keep-alive connections, each waiting for its
    answer (200) before the next; returns how many were sent again on a new connection.

    Under callgrind the server is some 50 times slower, and a turn of its event loop can take
    longer than uvicorn's keep-alive timeout (5 s): a connection whose next request was
    waiting to be read is then closed, the request unread, and it is sent again."""
    pending = list(reversed(requests))
    retried = 0

    async def client() -> None:
        nonlocal retried
        conn = await Connection.open(port)
        try:
            while pending:
                request = pending.pop()
                for attempt in range(3):
                    try:
                        status, _body = await conn.send(request)
                        break
                    except (ConnectionError, asyncio.IncompleteReadError):
                        if attempt == 2:
                            raise
                        retried += 1
                        await conn.close()
                        conn = await Connection.open(port)
                if status != 200:
                    raise RuntimeError(f"a webhook was answered {status}")
        finally:
            await conn.close()

    await asyncio.gather(*(client() for _ in range(concurrency)))
    return retried


def _total(out: Path) -> int:
    match = re.search(r"^summary: (\d+)$", out.read_text(errors="replace"), re.MULTILINE)
    if match is None:
        raise RuntimeError(f"no totals in {out}")
    return int(match.group(1))


async def count(app: str, requests: int, *, concurrency: int, database_url: str | None,
                out_dir: Path, signed: list[bytes]) -> int:
    """Total instructions of one server that answered `requests` webhooks."""
    port = free_port()
    out = out_dir / f"{app}-{requests}.callgrind"
    with _database(app, database_url, out_dir, requests) as url:
        env = child_env(gateway_settings(database_url=url, fake_url="http://127.0.0.1:9"))
        env["PYTHONHASHSEED"] = "0"
        log = (out_dir / f"{app}-{requests}.log").open("wb")
        proc = await asyncio.create_subprocess_exec(
            *_command(app, port, out), env=env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL)
        try:
            await _healthy(port, proc)
            await _settled(proc.pid)
            retried = await _load(port, signed[:requests], concurrency=concurrency)
            await _settled(proc.pid, quiet=1.0)
        finally:
            proc.send_signal(signal.SIGINT)
            await asyncio.wait_for(proc.wait(), STARTUP_WITHIN)
            log.close()
    if retried:
        sys.stderr.write(f"{app}, {requests} requests: {retried} sent again\n")
    return _total(out)


@contextlib.contextmanager
def _database(app: str, postgres: str | None, out_dir: Path, requests: int) -> Iterator[str]:
    if app == "bare":
        yield "sqlite://"
    elif postgres is None:
        yield f"sqlite:///{out_dir / f'ingest-{requests}.db'}"
    else:
        with postgres_database(postgres) as url:
            yield url


async def measure(args: argparse.Namespace, out_dir: Path) -> dict[str, Any]:
    small, large = sorted(int(n) for n in args.requests.split(","))
    signed = SmsFactory(first=2_000_000).batch(large)
    figures: dict[str, Any] = {}
    for app in ("gateway", "bare") if args.app == "both" else (args.app,):
        totals = await asyncio.gather(*(
            count(app, n, concurrency=args.concurrency, database_url=args.database_url,
                  out_dir=out_dir, signed=signed) for n in (small, large)))
        figures[app] = {"totals": dict(zip((small, large), totals, strict=True)),
                        "per_request": round((totals[1] - totals[0]) / (large - small))}
    if "gateway" in figures and "bare" in figures:
        figures["gateway_over_bare"] = round(
            figures["gateway"]["per_request"] / figures["bare"]["per_request"], 3)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", choices=("gateway", "bare", "both"), default="both")
    parser.add_argument("--requests", default="300,1300", help="the two request counts")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--database-url", default=None,
                        help="a PostgreSQL server's admin URL (default: SQLite)")
    parser.add_argument("--out-dir", default=None, help="keep callgrind's files here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="count-ingest-") as tmp:
        out_dir = Path(args.out_dir) if args.out_dir else Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        figures = asyncio.run(measure(args, out_dir))
    sys.stdout.write(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
