"""PostgreSQL's statements and CPU during a burst of drafts, without the bench's timing:
`python -m benchmarks.pg_burst --postgres ADMIN_URL [--inquiries 200] [--workers 2]`.

ADMIN_URL is a server started with `shared_preload_libraries = 'pg_stat_statements'` (and the
extension created in its database). On a new database, `--workers` `gateway worker` processes
share `--slots` job slots; the model (fixed latency), Slack and Twilio are the bench's fakes.
After a warm-up inquiry per worker, the statistics are reset, `--inquiries` SMS inquiries are
appended as the webhook appends them (in this process), and the run ends when every review
message has reached the fake Slack. Prints, per inquiry: the PostgreSQL server's CPU (its
processes' /proc times), the workers' CPU, and each statement's calls, execution time and rows
(pg_stat_statements, this database only); then the same over `--idle` seconds with no work.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from app.db import sync_url
from benchmarks.cpu_meter import (
    CpuSource,
    postgres_server_pid,
    process_cpu,
    server_tree_cpu,
)
from benchmarks.env import gateway_settings, postgres_database
from benchmarks.procs import Processes, child_env, wait_log
from benchmarks.profile_draft import append_inquiries
from benchmarks.scenario_drafts import POSTED, provider_fakes

STATS = text(
    "SELECT calls, total_exec_time, total_plan_time, rows, query FROM pg_stat_statements s "
    "JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = :db ORDER BY total_exec_time DESC")


SESSIONS = text("SELECT sessions, xact_commit FROM pg_stat_database WHERE datname = :db")


def _statements(admin_url: str, database: str) -> list[dict[str, Any]]:
    engine = create_engine(sync_url(admin_url))
    try:
        with engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(STATS, {"db": database})]
    finally:
        engine.dispose()


def _sessions(admin_url: str, database: str) -> tuple[int, int]:
    """Connections opened to `database` so far, and its commits (pg_stat_database)."""
    engine = create_engine(sync_url(admin_url))
    try:
        with engine.connect() as conn:
            row = conn.execute(SESSIONS, {"db": database}).one()
            return int(row[0]), int(row[1])
    finally:
        engine.dispose()


def _reset(admin_url: str) -> None:
    engine = create_engine(sync_url(admin_url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_stat_statements_reset()"))
    finally:
        engine.dispose()


def _report(title: str, rows: list[dict[str, Any]], per: int, cpu: dict[str, float],
            top: int, sessions: tuple[int, int]) -> None:
    calls = sum(int(r["calls"]) for r in rows)
    exec_ms = sum(float(r["total_exec_time"]) for r in rows)
    plan_ms = sum(float(r["total_plan_time"]) for r in rows)
    print(f"\n== {title} (per {'inquiry' if per > 1 else 'run'}, n={per})")
    for name, seconds in cpu.items():
        print(f"{name} CPU: {seconds * 1000 / per:.2f} ms")
    print(f"statements: {calls / per:.2f} calls, {exec_ms / per:.3f} ms executing, "
          f"{plan_ms / per:.3f} ms planning; connections opened {sessions[0] / per:.3f}, "
          f"commits {sessions[1] / per:.2f}")
    print(f"{'calls':>8} {'exec ms':>8} {'plan ms':>8} {'rows':>8}  statement")
    for r in rows[:top]:
        query = " ".join(str(r["query"]).split())[:140]
        print(f"{int(r['calls']) / per:8.2f} {float(r['total_exec_time']) / per:8.3f} "
              f"{float(r['total_plan_time']) / per:8.3f} {int(r['rows']) / per:8.2f}  {query}")


async def _wait_posts(count: Callable[[], int], target: int, within: float) -> None:
    """Until `count()` (review messages the fake Slack received) reaches `target`."""
    until = time.monotonic() + within
    while count() < target:  # noqa: ASYNC110 - the fake records in another thread
        if time.monotonic() > until:
            raise RuntimeError(f"{count()} of {target} review messages within {within} s")
        await asyncio.sleep(0.05)


async def run(args: argparse.Namespace) -> None:
    from app.db import migrate
    from app.runtime import build_runtime
    from vocabulary.settings import Settings

    server = postgres_server_pid(args.postgres)
    if server is None:
        raise SystemExit("the PostgreSQL server must run on this machine (its CPU is read)")
    with postgres_database(args.postgres) as url, provider_fakes(
            model_latency=args.model_latency) as fake, tempfile.TemporaryDirectory() as tmp, \
            Processes(workdir=Path(tmp)) as procs:
        database = url.rsplit("/", 1)[1]
        settings = gateway_settings(database_url=url, fake_url=fake.url,
                                    worker_concurrency=str(-(-args.slots // args.workers)))
        migrate(url)
        workers = [procs.worker(f"worker{n}", env=child_env(settings))
                   for n in range(args.workers)]
        for worker in workers:
            await wait_log(worker, "started")
        os.environ.update(settings)
        runtime = build_runtime(Settings())
        try:
            await append_inquiries(runtime, 2 * args.workers)  # warm-up
            await _wait_posts(lambda: fake.count(POSTED), 2 * args.workers, 60)
            await asyncio.sleep(1)
            cpu_sources: dict[str, CpuSource] = {"postgresql": server_tree_cpu(server)}
            for n, worker in enumerate(workers):
                cpu_sources[f"worker{n}"] = functools.partial(process_cpu, worker.pid)
            for title, per, work in (("burst", args.inquiries, True), ("idle", 1, False)):
                before_posts = fake.count(POSTED)
                _reset(args.postgres)
                opened = _sessions(args.postgres, database)
                start = {name: read() for name, read in cpu_sources.items()}
                began = time.monotonic()
                if work:
                    await append_inquiries(runtime, args.inquiries)
                    await _wait_posts(lambda: fake.count(POSTED),
                                      before_posts + args.inquiries, 600)
                else:
                    await asyncio.sleep(args.idle)
                took = time.monotonic() - began
                cpu = {name: read() - start[name] for name, read in cpu_sources.items()}
                now_opened = _sessions(args.postgres, database)
                _report(f"{title}: {args.workers} worker(s), {args.slots} slots, {took:.2f} s",
                        _statements(args.postgres, database), per, cpu, args.top,
                        (now_opened[0] - opened[0], now_opened[1] - opened[1]))
        finally:
            await runtime.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", required=True, help="admin URL of a local server")
    parser.add_argument("--inquiries", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--slots", type=int, default=200)
    parser.add_argument("--model-latency", type=float, default=1.0)
    parser.add_argument("--idle", type=float, default=10.0)
    parser.add_argument("--top", type=int, default=20)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
