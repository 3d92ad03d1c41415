"""Ingest: signed Twilio SMS webhooks over HTTP at rising concurrency, then paced at half the peak;
the same load against a bare endpoint (the ceiling), each server alone in its own process."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from benchmarks.env import count_rows, gateway_settings, postgres_database, sqlite_url
from benchmarks.httpload import closed_loop, open_loop
from benchmarks.plan import Plan
from benchmarks.procs import Proc, Processes, child_env, cpu_seconds, rss_mb, wait_healthy
from benchmarks.signing import SmsFactory

GROWTH = 1.05  # a level must beat the best so far by 5 % for the ladder to go on


async def ladder(port: int, factory: SmsFactory, plan: Plan) -> dict[str, Any]:
    """Closed-loop runs at each concurrency of the plan until throughput stops growing."""
    levels: list[dict[str, Any]] = []
    best = 0.0
    for concurrency in plan.levels:
        requests = factory.batch(plan.level_max_requests)
        result = await closed_loop(port, requests, concurrency=concurrency,
                                   duration=plan.level_seconds)
        levels.append({"concurrency": concurrency, **result.summary()})
        if len(levels) > 1 and result.rate < best * GROWTH:
            break
        best = max(best, result.rate)
    peak = max(levels, key=lambda level: level["requests_per_s"])
    return {"levels": levels, "peak": peak}


async def paced(port: int, factory: SmsFactory, rate: float, plan: Plan) -> dict[str, Any]:
    """An open-loop run at `rate` requests a second."""
    rate = max(rate, 1.0)
    requests = factory.batch(int(rate * plan.paced_seconds) + 1)
    result = await open_loop(port, requests, rate=rate, duration=plan.paced_seconds)
    return {"rate_target": round(rate, 1), **result.summary()}


def _accepted(runs: list[dict[str, Any]]) -> int:
    return sum(int(run["ok"]) for run in runs)


def _sent(runs: list[dict[str, Any]]) -> int:
    return sum(int(run["sent"]) for run in runs)


async def _measure(proc: Proc, factory: SmsFactory, plan: Plan) -> dict[str, Any]:
    startup = await wait_healthy(proc)
    assert proc.port is not None
    cpu_before = cpu_seconds(proc.pid) or 0.0
    client_before = time.process_time()
    climb = await ladder(proc.port, factory, plan)
    half = await paced(proc.port, factory, climb["peak"]["requests_per_s"] / 2, plan)
    runs = [*climb["levels"], half]
    cpu = (cpu_seconds(proc.pid) or 0.0) - cpu_before
    client_cpu = time.process_time() - client_before
    accepted = _accepted(runs)
    return {
        "startup_s": round(startup, 3),
        **climb,
        "half_peak": half,
        "sent": _sent(runs),
        "accepted": accepted,
        "server_cpu_ms_per_request": round(cpu / accepted * 1000, 3) if accepted else None,
        "client_cpu_ms_per_request": round(client_cpu / accepted * 1000, 3) if accepted else None,
        "rss_mb": round(rss_mb(proc.pid) or 0.0, 1),
    }


async def bench_ceiling(procs: Processes, plan: Plan, fake_url: str) -> dict[str, Any]:
    """The bare endpoint under the same load and uvicorn settings."""
    env = child_env(gateway_settings(database_url="sqlite://", fake_url=fake_url))
    proc = procs.bare("ceiling", env=env)
    try:
        return await _measure(proc, SmsFactory(first=9_000_000), plan)
    finally:
        procs.stop(proc)


async def bench_gateway(
    procs: Processes, plan: Plan, *, label: str, database_url: str, fake_url: str, first: int
) -> dict[str, Any]:
    """`gateway serve --no-worker` on `database_url`; checks every accepted message was stored."""
    env = child_env(gateway_settings(database_url=database_url, fake_url=fake_url))
    proc = procs.gateway(f"ingest-{label}", env=env, worker=False)
    try:
        result = await _measure(proc, SmsFactory(first=first), plan)
    finally:
        procs.stop(proc)
    result["stored_messages"] = count_rows(database_url, "messages")
    result["queued_draft_jobs"] = count_rows(database_url, "jobs")
    result["database"] = label
    return result


def _ratio(gateway: dict[str, Any], ceiling: dict[str, Any]) -> None:
    top = ceiling["peak"]["requests_per_s"]
    gateway["ratio_to_ceiling"] = round(gateway["peak"]["requests_per_s"] / top, 4) if top else None


async def run_ingest(
    procs: Processes, plan: Plan, *, workdir: Path, fake_url: str, postgres_admin: str | None,
    postgres_skip: str,
) -> dict[str, Any]:
    """The ceiling, then the gateway on SQLite and (when available) PostgreSQL."""
    ceiling = await bench_ceiling(procs, plan, fake_url)
    sqlite = await bench_gateway(procs, plan, label="sqlite", fake_url=fake_url, first=1_000_000,
                                 database_url=sqlite_url(workdir, "ingest"))
    _ratio(sqlite, ceiling)
    postgres: dict[str, Any]
    if postgres_admin is None:
        postgres = {"skipped": postgres_skip}
    else:
        with postgres_database(postgres_admin) as url:
            postgres = await bench_gateway(procs, plan, label="postgresql", database_url=url,
                                           fake_url=fake_url, first=3_000_000)
        _ratio(postgres, ceiling)
    return {"ceiling": ceiling, "sqlite": sqlite, "postgresql": postgres}
