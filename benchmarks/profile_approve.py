"""What an approval costs: `python -m benchmarks.profile_approve [--approvals N] [--postgres URL]
[--profile]`.

In one process, with the model, Slack and Twilio played by the bench's fakes: N inquiries are
stored and drafted, then each draft is approved the way a Slack click runs after Bolt's ack
(the decision's transaction, then its review job at once), and its send job is claimed and run
as the worker does. Counts, per approval, the SQL statements and the database round trips (on
PostgreSQL: each statement, each BEGIN and COMMIT the driver sends, each pool pre-ping), and the
event loop thread's CPU, for each part: the decision, the refresh, the claim, the send.
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
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.env import gateway_settings, postgres_database
from benchmarks.profile_draft import append_inquiries, bucket
from benchmarks.scenario_drafts import SENT, provider_fakes
from benchmarks.signing import APPROVER
from benchmarks.sqlcount import Counts

PARTS = ("decision", "refresh", "claim", "send")


async def run(approvals: int, database_url: str, *, profiled: bool, stats_file: str) -> None:
    from app import job_claims
    from app.db import migrate
    from app.models import Draft
    from app.review import service
    from app.runtime import build_runtime
    from app.tasks import make_worker
    from app.worker import CLAIM_BATCH
    from vocabulary.settings import Settings

    with provider_fakes(model_latency=0.0) as fake:
        os.environ.update(gateway_settings(database_url=database_url, fake_url=fake.url))
        migrate(database_url)
        runtime = build_runtime(Settings())
        warm = 3
        await append_inquiries(runtime, approvals + warm)
        worker = make_worker(runtime)
        await worker.drain(limit=10 * (approvals + warm))  # stored, drafted, posted
        from sqlalchemy import select

        async with runtime.sessions() as session:
            ids = list((await session.execute(
                select(Draft.id).where(Draft.state == "pending").order_by(Draft.id))).scalars())
        assert len(ids) == approvals + warm, ids
        counts = Counts(runtime.engine.sync_engine)
        profile = cProfile.Profile(time.thread_time)
        sent_before = fake.count(SENT)

        async def measured(part: str, coro: Any) -> Any:
            counts.part = part
            cpu = time.thread_time()
            if profiled and not part.startswith("warm"):
                profile.enable()
            try:
                return await coro
            finally:
                profile.disable()
                counts.cpu[part] += time.thread_time() - cpu
                counts.part = ""

        kinds = tuple(worker.handlers)
        for n, draft_id in enumerate(ids):
            tag = (lambda part: part) if n >= warm else (lambda part: f"warm-{part}")

            async def decide(draft_id: int = draft_id) -> service.Decision:
                async with runtime.sessions() as session, session.begin():
                    return await service.approve(session, draft_id=draft_id, actor=APPROVER,
                                                 bookings=runtime.bookings)

            decision = await measured(tag("decision"), decide())
            assert decision.ok and decision.review_job is not None, decision
            await measured(tag("refresh"), worker.run_job_now(decision.review_job))
            claimed = await measured(tag("claim"), job_claims.claim_many(
                runtime.sessions, worker_id=worker.worker_id,
                lease_seconds=runtime.settings.job_lease_seconds, limit=CLAIM_BATCH,
                kinds=kinds))
            # With the send: the refresh the previous send queued (not counted here).
            (send,) = [job for job in claimed if job.kind == "send"]
            await measured(tag("send"), worker.run_job(send))
            for job in claimed:
                if job is not send:
                    await worker.run_job(job)
        sent = fake.count(SENT) - sent_before
        await runtime.close()
    assert sent == len(ids), (sent, len(ids))
    print(f"{approvals} approvals (after {warm} uncounted) ({database_url.split(':')[0]}), "
          "each sent to the fake Twilio; per approval:")
    print(f"  {'part':10} {'statements':>10} {'round trips':>12} {'CPU ms':>8}")
    for part in (*PARTS, "total"):
        picked = PARTS if part == "total" else (part,)
        st = sum(counts.statements[p] for p in picked) / approvals
        rt = sum(counts.trips[p] for p in picked) / approvals
        cpu = sum(counts.cpu[p] for p in picked) / approvals * 1000
        print(f"  {part:10} {st:10.1f} {rt:12.1f} {cpu:8.2f}")
    print("(CPU: the event loop thread, under the profiler)" if profiled else
          "(CPU: the event loop thread; SQLite's driver thread and the fakes' are not counted)")
    if not profiled:
        return
    stats = pstats.Stats(profile)
    if stats_file:
        stats.dump_stats(stats_file)
    parts: Counter[str] = Counter()
    for (filename, _line, _name), (_cc, _nc, own, _cum, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        parts[bucket(filename)] += own
    total = sum(parts.values())
    for name, own in parts.most_common():
        print(f"  {own / total:6.1%}  {name}")
    stats.sort_stats("tottime").print_stats(15)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--approvals", type=int, default=40)
    parser.add_argument("--postgres", default="", help="a server's admin URL: a new database")
    parser.add_argument("--profile", action="store_true", help="also profile (cProfile)")
    parser.add_argument("--stats", default="", help="write the raw profile (pstats) here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        url = stack.enter_context(postgres_database(args.postgres)) if args.postgres \
            else f"sqlite:///{Path(tmp) / 'profile.db'}"
        asyncio.run(run(args.approvals, url, profiled=args.profile, stats_file=args.stats))


if __name__ == "__main__":
    main()
