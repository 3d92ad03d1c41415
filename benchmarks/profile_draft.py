"""Where a draft's CPU goes: `python -m benchmarks.profile_draft [--drafts N] [--postgres URL]`.

In one process, with the model (two calls per draft, no latency) and Slack played by the bench's
fakes: N inquiries are appended and stored, then their draft jobs (model, draft commit, review
post) run under cProfile. Prints CPU milliseconds per draft, split by the package the time was
spent in (own time of each function, so the parts add up).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import os
import pstats
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.env import gateway_settings, postgres_database
from benchmarks.scenario_drafts import provider_fakes
from benchmarks.signing import SmsFactory
from benchmarks.sqlcount import Counts

BUCKETS = (
    ("sqlalchemy", "SQLAlchemy (ORM, Core, async engine)"),
    ("aiosqlite", "database driver (aiosqlite, sqlite3, psycopg)"),
    ("sqlite3", "database driver (aiosqlite, sqlite3, psycopg)"),
    ("psycopg", "database driver (aiosqlite, sqlite3, psycopg)"),
    ("openai", "OpenAI SDK"),
    ("pydantic", "pydantic (OpenAI SDK models)"),
    ("slack_sdk", "Slack SDK"),
    ("aiohttp", "aiohttp (the Slack SDK's and the OpenAI SDK's transport)"),
    ("httpx", "httpx2 (the OpenAI SDK's requests; httpcore2 with the SDK's default transport)"),
    ("httpcore", "httpx2 (the OpenAI SDK's requests; httpcore2 with the SDK's default transport)"),
    ("orchestrator", "orchestrator (prompt, tools, guard)"),
    ("/app/", "gateway app code"),
    ("asyncio", "event loop"),
    ("json", "json"),
)


def bucket(filename: str) -> str:
    for needle, name in BUCKETS:
        if needle in filename:
            return name
    return "other (stdlib, greenlet, builtins)"


async def append_inquiries(runtime: Any, count: int) -> None:
    """Append `count` signed SMS inquiries, each from a new customer, as the webhook does."""
    from app.inbox import append_delivery
    from vocabulary.webhook import WebhookRequest

    adapter = runtime.channels.inbound["twilio"]
    factory = SmsFactory(first=int(time.time()) % 1_000_000 * 1000)
    for _ in range(count):
        _head, body = factory.next().split(b"\r\n\r\n", 1)
        request = WebhookRequest(url="", body=body, headers={}, query={})
        await append_delivery(runtime, adapter.parse(request))


async def run(drafts: int, database_url: str, *, profiled: bool = True,
              stats_file: str = "", show_statements: bool = False,
              inbound_only: bool = False) -> None:
    from app.db import migrate
    from app.runtime import build_runtime
    from app.tasks import make_worker
    from vocabulary.settings import Settings

    with provider_fakes(model_latency=0.0) as fake:
        os.environ.update(gateway_settings(database_url=database_url, fake_url=fake.url))
        migrate(database_url)
        runtime = build_runtime(Settings())
        await append_inquiries(runtime, drafts + 5)
        worker = make_worker(runtime)
        inbound_cpu = time.thread_time()
        stored = await worker.drain(limit=drafts + 5)  # stored (inbound jobs), drafts queued
        inbound_cpu = time.thread_time() - inbound_cpu
        if inbound_only:  # the webhooks' side alone, for instruction counts of it
            await runtime.close()
            print(f"{stored} inbound jobs: {inbound_cpu / stored * 1000:.1f} ms of the event "
                  f"loop thread's CPU each")
            return
        # Five drafts to warm up (imports, prepared statements), then the measured ones.
        first = [await worker.run_once() for _ in range(4)]
        assert all(first)
        count = Counts(runtime.engine.sync_engine, show=show_statements)
        if show_statements:
            print("one draft's statements:")
        count.part = "draft"
        assert await worker.run_once()
        one = (count.statements["draft"], count.commits["draft"])
        count.part, count.show = "", False
        # The event loop's own thread: the fakes (another thread here) and the profiler's own
        # clock are left out; the database driver's thread (aiosqlite) is counted apart.
        profile = cProfile.Profile(time.thread_time)
        cpu, process_cpu = time.thread_time(), time.process_time()
        if profiled:
            profile.enable()
        ran = 0
        while ran < drafts and await worker.run_once():
            ran += 1
        profile.disable()
        cpu, process_cpu = time.thread_time() - cpu, time.process_time() - process_cpu
        await runtime.close()
    print(f"{stored} inbound jobs (each stores a message and queues its draft): "
          f"{inbound_cpu / stored * 1000:.1f} ms of the event loop thread's CPU each")
    print(f"one draft: {one[0]} statements, {one[1]} commits (job claim included; on SQLite "
          f"the claim's own statement commits without a COMMIT)")
    print(f"{ran} drafts: {cpu / ran * 1000:.1f} ms of the event loop thread's CPU per draft, "
          f"{process_cpu / ran * 1000:.1f} ms for the whole process (with the fake model and "
          f"Slack, and the database driver's thread){' under the profiler' if profiled else ''}")
    if not profiled:
        return
    stats = pstats.Stats(profile)
    if stats_file:
        stats.dump_stats(stats_file)
    parts: dict[str, float] = defaultdict(float)
    total = 0.0
    for (filename, _line, _name), (_cc, _nc, own, _cum, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        parts[bucket(filename)] += own
        total += own
    for name, own in sorted(parts.items(), key=lambda item: -item[1]):
        print(f"  {own / total:6.1%}  {name}")
    stats.sort_stats("tottime").print_stats(15)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drafts", type=int, default=50)
    parser.add_argument("--postgres", default="",
                        help="a PostgreSQL server's admin URL; a new database is made on it")
    parser.add_argument("--no-profile", action="store_true", help="CPU per draft only")
    parser.add_argument("--statements", action="store_true",
                        help="print one draft's SQL statements")
    parser.add_argument("--uvloop", action="store_true",
                        help="run on uvloop, as `gateway serve` and `gateway worker` do")
    parser.add_argument("--stats", default="", help="also write the raw profile (pstats) here")
    parser.add_argument("--inbound-only", action="store_true",
                        help="append and store the inquiries (their inbound jobs), draft none")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        tmp = stack.enter_context(tempfile.TemporaryDirectory())
        # A new database each run: one left from an earlier run has conversations and jobs
        # that change what the drafts do.
        url = stack.enter_context(postgres_database(args.postgres)) if args.postgres \
            else f"sqlite:///{Path(tmp) / 'profile.db'}"
        runner = asyncio.run
        if args.uvloop:
            import uvloop

            runner = uvloop.run  # type: ignore[assignment]
        runner(run(args.drafts, url, profiled=not args.no_profile, stats_file=args.stats,
                         show_statements=args.statements, inbound_only=args.inbound_only))


if __name__ == "__main__":
    main()
