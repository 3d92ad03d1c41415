"""Drafting under a burst (inquiries -> model -> review message in Slack), and approve-to-provider
latency (Slack approve click -> the message arriving at Twilio), with the worker running."""

from __future__ import annotations

import asyncio
import contextlib
import random
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.env import gateway_settings, postgres_database, sqlite_url
from benchmarks.fakes import FakeServer
from benchmarks.httpload import Connection, percentile, send_one
from benchmarks.plan import Plan
from benchmarks.procs import (
    Proc,
    Processes,
    child_env,
    cpu_seconds,
    rss_mb,
    wait_healthy,
    wait_log,
)
from benchmarks.providers import (
    FINAL_TEXT,
    OPENAI_PATH,
    openai_routes,
    posted_draft_id,
    slack_routes,
    twilio_routes,
)
from benchmarks.signing import SmsFactory, slack_approve
from benchmarks.wrk import WrkRun, replay
from vocabulary.settings import Settings

DEFAULT_POLL = float(Settings.model_fields["worker_poll_seconds"].default)
POSTED = "/api/chat.postMessage"
SENT = "/Messages.json"


@contextlib.contextmanager
def provider_fakes(*, model_latency: float) -> Iterator[FakeServer]:
    """One fake server playing the model, Slack and Twilio."""
    with FakeServer() as fake:
        openai_routes(fake, latency=model_latency)
        slack_routes(fake)
        fake.twilio = twilio_routes(fake)
        yield fake


async def wait_count(fake: FakeServer, path: str, target: int, *, until: float) -> int:
    """Wait until `fake` has `target` requests to `path` or the clock passes `until`."""
    # The fake records in another thread; a short poll is the simplest way to watch it.
    while fake.count(path) < target and time.perf_counter() < until:  # noqa: ASYNC110
        await asyncio.sleep(0.005)
    return fake.count(path)


async def single_draft(port: int, fake: FakeServer, factory: SmsFactory, *, within: float,
                       model_latency: float) -> dict[str, float]:
    """One inquiry's webhook to its review message reaching Slack, split at the model calls:
    until the first model request (mostly the job waiting to be claimed), and from the last
    model reply to the post (saving the draft, claiming and running the review_post job)."""
    before, model_before = fake.count(POSTED), fake.count(OPENAI_PATH)
    start = time.perf_counter()
    status, _ = await send_one(port, factory.next())
    if status != 200:
        raise RuntimeError(f"the inquiry webhook answered {status}")
    if await wait_count(fake, POSTED, before + 1, until=start + within) <= before:
        raise RuntimeError(f"no review message within {within} s")
    posted = fake.calls(path_contains=POSTED)[before].at
    model = fake.calls(path_contains=OPENAI_PATH)[model_before:]
    return {
        "total_s": round(posted - start, 3),
        "to_first_model_call_s": round(model[0].at - start, 3) if model else -1.0,
        "after_last_model_reply_s": round(posted - model[-1].at - model_latency, 3)
        if model else -1.0,
    }


async def burst(port: int, fake: FakeServer, factory: SmsFactory, *, count: int, deadline: float,
                workdir: Path) -> dict[str, Any]:
    """`count` inquiries at once (wrk, one connection each); how long until all their review
    messages are posted. The clock starts as wrk is launched (its start-up, a few ms, counts)."""
    before_posts, before_model = fake.count(POSTED), fake.count(OPENAI_PATH)
    requests = factory.batch(count)
    start = time.perf_counter()
    load = await replay(WrkRun(port=port, connections=min(count, 200), duration=30), requests,
                        workdir=workdir)
    answered_s = time.perf_counter() - start
    await wait_count(fake, POSTED, before_posts + count, until=start + deadline)
    waited = time.perf_counter() - start
    posts = fake.calls(path_contains=POSTED)[before_posts:before_posts + count]
    done = len(posts)
    all_s = posts[-1].at - start if done == count else None
    model = fake.calls(path_contains=OPENAI_PATH)[before_model:]
    return {
        "inquiries": count,
        "webhooks_accepted": load["ok"],
        "webhooks_p99_ms": load["p99_ms"],
        "webhooks_answered_s": round(answered_s, 3),
        "posted": done,
        "posted_with_model_text": sum(FINAL_TEXT in p.body.decode() for p in posts),
        "model_calls": fake.count(OPENAI_PATH) - before_model,
        "all_posted_s": round(all_s, 3) if all_s is not None else None,
        # When drafting started and when the first draft reached Slack (from wrk's launch).
        "first_model_call_s": round(model[0].at - start, 3) if model else None,
        "first_posted_s": round(posts[0].at - start, 3) if posts else None,
        "deadline_s": deadline,
        "waited_s": round(waited, 3),
        # Past the deadline: the posting rate so far, extrapolated to the whole burst.
        "projected_all_s": round(all_s if all_s is not None else waited * count / done, 3)
        if done else None,
    }


async def _start_drafting(procs: Processes, name: str, env: dict[str, str], *, mode: str,
                          slots: int, workers: int = 1) -> tuple[Proc, list[Proc]]:
    """`gateway serve` with its in-process worker running `slots` job slots (mode "serve"), or
    `gateway serve --no-worker` and `workers` `gateway worker` processes sharing the `slots`
    between them (mode "worker": a process each, so each can have a core)."""
    env = {**env, "WORKER_CONCURRENCY": str(-(-slots // workers))}
    server = procs.gateway(name, env=env, worker=mode == "serve")
    await wait_healthy(server)
    if mode == "serve":
        return server, []
    started = [procs.worker(f"{name}-worker{'' if n == 0 else n + 1}", env=env)
               for n in range(workers)]
    for worker in started:
        await wait_log(worker, "started")
    return server, started


async def drafting_config(procs: Processes, plan: Plan, *, workdir: Path, name: str, mode: str,
                          slots: int, first: int, database_url: str | None = None,
                          workers: int = 1) -> dict[str, Any]:
    """Single-draft times, then the burst, for one worker configuration on a fresh database
    (the single drafts with the same processes as the burst)."""
    factory = SmsFactory(first=first)
    with provider_fakes(model_latency=plan.model_latency) as fake:
        env = child_env(gateway_settings(database_url=database_url or sqlite_url(workdir, name),
                                         fake_url=fake.url))
        server, workers_started = await _start_drafting(procs, name, env, mode=mode,
                                                        slots=slots, workers=workers)
        try:
            assert server.port is not None
            # Each process's first draft is a cold one (the model SDK loads): as many singles
            # per worker process, so the median is a warm draft with one process as with two.
            singles = [await single_draft(server.port, fake, factory, within=30,
                                          model_latency=plan.model_latency)
                       for _ in range(plan.single_drafts * max(1, len(workers_started)))]
            busy = workers_started or [server]
            cpu_before = _cpu(busy)
            result = await burst(server.port, fake, factory, count=plan.burst,
                                 deadline=plan.burst_deadline, workdir=workdir)
            # The drafting processes' CPU for the burst alone, per inquiry (webhooks too in
            # `serve` mode): the figure the burst's length follows on a busy machine.
            result["burst_cpu_ms_per_inquiry"] = round(
                (_cpu(busy) - cpu_before) / plan.burst * 1000, 2)
            result.update(
                name=name, mode=mode, slots=slots, startup_s=round(server.startup_s or 0.0, 3),
                worker_processes=len(workers_started) or None,
                singles=singles,
                single_median_s=round(statistics.median(s["total_s"] for s in singles), 3),
                server_rss_mb=round(rss_mb(server.pid) or 0.0, 1),
                worker_rss_mb=round(max(rss_mb(w.pid) or 0.0 for w in workers_started), 1)
                if workers_started else None,
                worker_cpu_s=round(_cpu(busy), 2),
            )
        finally:
            for proc in (*workers_started, server):
                procs.stop(proc)
    median = result["single_median_s"]
    basis = result["all_posted_s"] or result["projected_all_s"]
    # Three decimals: a ratio under 0.25 (a smoke run) rounded to two is off by more than 2 %.
    result["ratio_to_single"] = round(basis / median, 3) if basis and median else None
    return result


def _cpu(procs: list[Proc]) -> float:
    return sum(cpu_seconds(proc.pid) or 0.0 for proc in procs)


async def run_drafting(procs: Processes, plan: Plan, *, workdir: Path,
                       postgres_admin: str | None = None) -> dict[str, Any]:
    """The default worker (8 slots) and one with a slot per inquiry of the burst, in the web
    process on SQLite; with PostgreSQL, also a separate worker process with as many slots, and
    two worker processes (a deployment for 2 cores) sharing as many slots."""
    configs = [
        ("serve-default-slots", "serve", 8),
        (f"serve-{plan.big_slots}-slots", "serve", plan.big_slots),
    ]
    results = []
    for index, (name, mode, slots) in enumerate(configs):
        results.append(await drafting_config(procs, plan, workdir=workdir, name=name, mode=mode,
                                             slots=slots, first=5_000_000 + index * 100_000))
    if postgres_admin is not None:
        with postgres_database(postgres_admin) as url:
            results.append(await drafting_config(
                procs, plan, workdir=workdir, name=f"worker-process-{plan.big_slots}-slots-pg",
                mode="worker", slots=plan.big_slots, first=5_300_000, database_url=url))
        with postgres_database(postgres_admin) as url:
            results.append(await drafting_config(
                procs, plan, workdir=workdir,
                name=f"2-worker-processes-{plan.big_slots}-slots-pg", mode="worker",
                slots=plan.big_slots, first=5_400_000, database_url=url, workers=2))
    return {"model_latency_s": plan.model_latency, "model_calls_per_draft": 2, "configs": results}


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
