"""Drafting under a burst (inquiries -> model -> review message in Slack), with the worker running,
and who used the cores during the burst (`benchmarks.cpu_meter`). The approve scenario is
`benchmarks.scenario_approve`."""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.cpu_meter import (
    CpuMeter,
    CpuSource,
    bench_sources,
    postgres_server_pid,
    process_cpu,
    server_tree_cpu,
)
from benchmarks.env import gateway_settings, postgres_database, sqlite_url
from benchmarks.fakes import FakeServer
from benchmarks.httpload import send_one
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
    slack_routes,
    twilio_routes,
)
from benchmarks.signing import SmsFactory
from benchmarks.wrk import WrkRun, replay

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
        "wrk_cpu_s": load["client_cpu_s"],
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
            meter = CpuMeter(_burst_sources(fake, busy, server if workers_started else None,
                                            database_url))
            meter.start()
            result = await burst(server.port, fake, factory, count=plan.burst,
                                 deadline=plan.burst_deadline, workdir=workdir)
            used = meter.stop(extra={"wrk": result["wrk_cpu_s"]})
            # The drafting processes' CPU for the burst alone, per inquiry (webhooks too in
            # `serve` mode): the figure the burst's length follows on a busy machine.
            result["burst_cpu_ms_per_inquiry"] = round(used["drafting"] / plan.burst * 1000, 2)
            # Who used the cores during the burst (the same window), per inquiry.
            result["burst_cpu_ms_per_inquiry_by_process"] = {
                name: round(seconds / plan.burst * 1000, 2) for name, seconds in used.items()}
            result["burst_cores_busy"] = round(used["machine"] / meter.elapsed, 2)
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


def _burst_sources(fake: FakeServer, drafting: list[Proc], web: Proc | None,
                   database_url: str | None) -> dict[str, CpuSource]:
    """The processes a burst keeps busy: the drafting process(es) (in `serve` mode the web
    side too), the web process when it is separate, the fakes and the load driver (threads of
    this process) and the PostgreSQL server when it runs here."""
    sources: dict[str, CpuSource] = {
        "drafting": lambda: sum(process_cpu(proc.pid) for proc in drafting)}
    if web is not None:
        sources["web"] = lambda: process_cpu(web.pid)
    sources.update(bench_sources(fake.thread))
    server = postgres_server_pid(database_url) if database_url else None
    if server is not None:
        sources["postgresql"] = server_tree_cpu(server)
    return sources


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
