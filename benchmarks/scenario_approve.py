"""Approve-to-provider latency: drafts made with a fast model, then each approved through Slack's
interactivity endpoint (the click) until the message arrives at the fake Twilio, with the worker
in `gateway serve` or in a separate `gateway worker` process."""

from __future__ import annotations

import asyncio
import random
import time
from pathlib import Path
from typing import Any

from benchmarks.env import gateway_settings, sqlite_url
from benchmarks.fakes import FakeServer
from benchmarks.httpload import Connection, percentile
from benchmarks.plan import Plan
from benchmarks.procs import Proc, Processes, child_env, cpu_seconds, rss_mb, wait_healthy, wait_log
from benchmarks.providers import FINAL_TEXT, posted_draft_id
from benchmarks.scenario_drafts import POSTED, SENT, provider_fakes, wait_count
from benchmarks.signing import SmsFactory, slack_approve
from benchmarks.wrk import WrkRun, replay
from vocabulary.settings import Settings

DEFAULT_POLL = float(Settings.model_fields["worker_poll_seconds"].default)


async def approve_all(port: int, fake: FakeServer, draft_ids: list[int], plan: Plan
                      ) -> dict[str, Any]:
    """Approve each draft in turn (at a random moment, not in step with the worker's polling);
    the latency ends when the fake Twilio's handler sees the message."""
    rng = random.Random(8)
    latencies, acks = [], []
    conn = await Connection.open(port)
    try:
        for draft_id in draft_ids:
            await asyncio.sleep(rng.uniform(0, plan.approve_gap_max))
            before = fake.count(SENT)
            start = time.perf_counter()
            status, _ = await conn.send(slack_approve(draft_id))
            acks.append(time.perf_counter() - start)
            if status != 200:
                raise RuntimeError(f"/slack/events answered {status}")
            if await wait_count(fake, SENT, before + 1, until=start + 15) <= before:
                raise RuntimeError(f"draft {draft_id} was not sent within 15 s")
            latencies.append(fake.calls(path_contains=SENT)[before].at - start)
    finally:
        await conn.close()
    sends = [r.form() for r in fake.calls(path_contains=SENT)]
    return {
        "approvals": len(draft_ids),
        "sent": len(sends),
        "distinct_recipients": len({s.get("To") for s in sends}),
        "bodies_match_draft": sum(s.get("Body") == FINAL_TEXT for s in sends),
        "p50_ms": round(percentile(latencies, 50) * 1000, 1),
        "p99_ms": round(percentile(latencies, 99) * 1000, 1),
        "max_ms": round(max(latencies, default=0.0) * 1000, 1),
        "slack_ack_p50_ms": round(percentile(acks, 50) * 1000, 1),
        # In order: the first click also pays for what each process loads at first use.
        "latencies_ms": [round(s * 1000, 1) for s in latencies],
    }


async def run_approve(procs: Processes, plan: Plan, *, workdir: Path, name: str,
                      poll_seconds: float | None, first: int, database_url: str | None = None,
                      separate_worker: bool = False) -> dict[str, Any]:
    """Drafts made with a fast model, then approved one by one through /slack/events; the worker
    runs inside `gateway serve`, or as a separate `gateway worker` process."""
    factory = SmsFactory(first=first)
    extra = {} if poll_seconds is None else {"WORKER_POLL_SECONDS": str(poll_seconds)}
    worker: Proc | None = None
    with provider_fakes(model_latency=plan.approve_model_latency) as fake:
        env = child_env(gateway_settings(database_url=database_url or sqlite_url(workdir, name),
                                         fake_url=fake.url, **extra))
        server = procs.gateway(name, env=env, worker=not separate_worker)
        try:
            await wait_healthy(server)
            if separate_worker:
                worker = procs.worker(f"{name}-worker", env=env)
                await wait_log(worker, "started")
            assert server.port is not None
            load = await replay(WrkRun(port=server.port, connections=min(plan.approvals, 16),
                                       duration=30), factory.batch(plan.approvals),
                                workdir=workdir)
            if load["ok"] != plan.approvals:
                raise RuntimeError(f"only {load['ok']} of {plan.approvals} inquiries were accepted")
            await wait_count(fake, POSTED, plan.approvals, until=time.perf_counter() + 60)
            ids = [i for i in map(posted_draft_id, fake.calls(path_contains=POSTED)) if i is not None]
            busy = [server, *([worker] if worker else [])]
            cpu = [cpu_seconds(proc.pid) or 0.0 for proc in busy]
            result = await approve_all(server.port, fake, ids, plan)
            # CPU per approval while only approvals ran: the web process (Bolt, the decision,
            # its review-message refresh) and the worker (the send and the refresh job).
            spent = [(cpu_seconds(proc.pid) or 0.0) - before for proc, before
                     in zip(busy, cpu, strict=True)]
            result["server_cpu_ms_per_approval"] = round(spent[0] / len(ids) * 1000, 2)
            result["worker_cpu_ms_per_approval"] = \
                round(spent[1] / len(ids) * 1000, 2) if worker else None
            result.update(name=name, worker_poll_seconds=poll_seconds or DEFAULT_POLL,
                          separate_worker=separate_worker,
                          database="postgresql" if database_url else "sqlite",
                          startup_s=round(server.startup_s or 0.0, 3),
                          server_rss_mb=round(rss_mb(server.pid) or 0.0, 1),
                          worker_rss_mb=round(rss_mb(worker.pid) or 0.0, 1) if worker else None)
        finally:
            for proc in (worker, server):
                if proc is not None:
                    procs.stop(proc)
    return result
