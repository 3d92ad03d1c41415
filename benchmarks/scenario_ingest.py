"""Ingest: signed Twilio SMS webhooks over HTTP at rising concurrency, then paced at half the peak;
the same load against a bare endpoint (the ceiling) in the same run, each server alone in its own
process, the load from wrk in another. Then the scale figure: 1 and 2 web processes on
PostgreSQL, beside the bare endpoint with 1 and 2 processes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.env import count_rows, gateway_settings, postgres_database, sqlite_url
from benchmarks.plan import Plan
from benchmarks.procs import (
    Proc,
    Processes,
    child_env,
    tree_cpu_seconds,
    tree_rss_mb,
    wait_healthy,
)
from benchmarks.signing import SmsFactory
from benchmarks.wrk import WrkRun, replay

PACED_CONNECTIONS = 32


def loadavg() -> list[float]:
    """The machine's 1, 5 and 15 minute load averages (other work on the 2 cores shows here)."""
    try:
        return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]
    except OSError:
        return []


async def ladder(proc: Proc, factory: SmsFactory, plan: Plan, workdir: Path) -> dict[str, Any]:
    """Closed-loop runs at every concurrency of the plan (on a shared machine a level can lose
    to noise, so the ladder does not stop at the first level that is not faster)."""
    assert proc.port is not None
    levels: list[dict[str, Any]] = []
    for concurrency in plan.levels:
        before = tree_cpu_seconds(proc.pid)
        load = loadavg()
        result = await replay(WrkRun(port=proc.port, connections=concurrency,
                                     duration=plan.level_seconds),
                              factory.batch(plan.level_max_requests), workdir=workdir)
        cpu = tree_cpu_seconds(proc.pid) - before
        result.update(concurrency=concurrency, loadavg_before=load,
                      server_cpu_ms_per_request=round(cpu / result["answered"] * 1000, 3)
                      if result["answered"] else None)
        levels.append(result)
    peak = max(levels, key=lambda level: level["requests_per_s"])
    return {"levels": levels, "peak": peak}


async def paced(proc: Proc, factory: SmsFactory, rate: float, plan: Plan, workdir: Path
                ) -> dict[str, Any]:
    """About `rate` requests a second: 32 connections, each pausing an exponentially distributed
    time (mean 32 / rate) before each request, so arrivals are random as from many senders."""
    assert proc.port is not None
    rate = max(rate, 1.0)
    think_ms = PACED_CONNECTIONS / rate * 1000
    count = max(PACED_CONNECTIONS, int(rate * plan.paced_seconds))
    load = loadavg()
    result = await replay(WrkRun(port=proc.port, connections=PACED_CONNECTIONS,
                                 duration=plan.paced_seconds * 2 + 5, think_ms=think_ms),
                          factory.batch(count), workdir=workdir)
    return {"rate_target": round(rate, 1), "loadavg_before": load, **result}


async def _measure(proc: Proc, factory: SmsFactory, plan: Plan, workdir: Path, *,
                   half_peak: bool = True) -> dict[str, Any]:
    startup = await wait_healthy(proc)
    cpu_before = tree_cpu_seconds(proc.pid)
    climb = await ladder(proc, factory, plan, workdir)
    runs = list(climb["levels"])
    # The CPU the start-up took (imports, migrations, the app) moves less with the machine's
    # load than its wall time does.
    result: dict[str, Any] = {"startup_s": round(startup, 3),
                              "startup_cpu_s": round(cpu_before, 3), **climb}
    if half_peak:
        result["half_peak"] = await paced(proc, factory, climb["peak"]["requests_per_s"] / 2,
                                          plan, workdir)
        runs.append(result["half_peak"])
    cpu = tree_cpu_seconds(proc.pid) - cpu_before
    answered = sum(int(run["answered"]) for run in runs)
    result.update(
        sent=sum(int(run["sent"]) for run in runs),
        prepared=sum(int(run["prepared"]) for run in runs),
        answered=answered,
        accepted=sum(int(run["ok"]) for run in runs),
        server_cpu_ms_per_request=round(cpu / answered * 1000, 3) if answered else None,
        client_cpu_ms_per_request=round(
            sum((r["client_cpu_ms_per_request"] or 0) * r["answered"] for r in runs) / answered, 4)
        if answered else None,
        rss_mb=round(tree_rss_mb(proc.pid), 1),
    )
    return result


async def bench_ceiling(procs: Processes, plan: Plan, fake_url: str, workdir: Path, *,
                        processes: int = 1) -> dict[str, Any]:
    """The bare endpoint under the same load and uvicorn settings."""
    env = child_env(gateway_settings(database_url="sqlite://", fake_url=fake_url))
    if processes == 1:
        proc = procs.bare("ceiling", env=env)
    else:
        proc = procs.many(f"ceiling-x{processes}", app="bare", workers=processes, env=env)
    try:
        result = await _measure(proc, SmsFactory(first=9_000_000 + processes * 100_000), plan,
                                workdir, half_peak=processes == 1)
    finally:
        procs.stop(proc)
    result["processes"] = processes
    return result


async def bench_gateway(
    procs: Processes, plan: Plan, *, label: str, database_url: str, fake_url: str, first: int,
    workdir: Path, processes: int = 1,
) -> dict[str, Any]:
    """`gateway serve --no-worker` on `database_url` (or `processes` of them behind one port);
    checks every webhook sent was stored once."""
    env = child_env(gateway_settings(database_url=database_url, fake_url=fake_url))
    if processes == 1:
        proc = procs.gateway(f"ingest-{label}", env=env, worker=False)
    else:
        proc = procs.many(f"ingest-{label}-x{processes}", app="gateway", workers=processes,
                          env=env)
    try:
        result = await _measure(proc, SmsFactory(first=first), plan, workdir,
                                half_peak=processes == 1)
    finally:
        procs.stop(proc)
    if processes == 1:
        # A restart on the database the run left at head: no migration to run.
        again = procs.gateway(f"restart-{label}", env=env, worker=False)
        try:
            result["restart_startup_s"] = round(await wait_healthy(again), 3)
            result["restart_startup_cpu_s"] = round(tree_cpu_seconds(again.pid), 3)
        finally:
            procs.stop(again)
    # The web process appends each delivery; with no worker running, nothing else is written.
    result["appended_deliveries"] = count_rows(database_url, "jobs", "kind = 'inbound'")
    result["stored_messages"] = count_rows(database_url, "messages")
    result["database"] = label
    result["processes"] = processes
    return result


def _ratio(gateway: dict[str, Any], ceiling: dict[str, Any]) -> None:
    top = ceiling["peak"]["requests_per_s"]
    gateway["ratio_to_ceiling"] = round(gateway["peak"]["requests_per_s"] / top, 4) if top else None


async def run_ingest(
    procs: Processes, plan: Plan, *, workdir: Path, fake_url: str, postgres_admin: str | None,
    postgres_skip: str,
) -> dict[str, Any]:
    """The ceiling, then the gateway on SQLite and (when available) PostgreSQL; then the scale
    figure on PostgreSQL (1 and 2 web processes, each beside the bare endpoint)."""
    ceiling = await bench_ceiling(procs, plan, fake_url, workdir)
    sqlite = await bench_gateway(procs, plan, label="sqlite", fake_url=fake_url, first=1_000_000,
                                 database_url=sqlite_url(workdir, "ingest"), workdir=workdir)
    _ratio(sqlite, ceiling)
    postgres: dict[str, Any]
    scale: dict[str, Any]
    if postgres_admin is None:
        postgres = {"skipped": postgres_skip}
        scale = {"skipped": postgres_skip}
    else:
        with postgres_database(postgres_admin) as url:
            postgres = await bench_gateway(procs, plan, label="postgresql", database_url=url,
                                           fake_url=fake_url, first=3_000_000, workdir=workdir)
        _ratio(postgres, ceiling)
        scale = await run_scale(procs, plan, workdir=workdir, fake_url=fake_url,
                                postgres_admin=postgres_admin, one=postgres, ceiling_one=ceiling)
    return {"ceiling": ceiling, "sqlite": sqlite, "postgresql": postgres, "scale": scale}


async def run_scale(procs: Processes, plan: Plan, *, workdir: Path, fake_url: str,
                    postgres_admin: str, one: dict[str, Any], ceiling_one: dict[str, Any]
                    ) -> dict[str, Any]:
    """Peak throughput with 2 web processes on PostgreSQL, beside 1 (the run above) and beside
    the bare endpoint with 2 processes."""
    ceiling_two = await bench_ceiling(procs, plan, fake_url, workdir, processes=2)
    with postgres_database(postgres_admin) as url:
        two = await bench_gateway(procs, plan, label="postgresql", database_url=url,
                                  fake_url=fake_url, first=4_000_000, workdir=workdir,
                                  processes=2)
    _ratio(two, ceiling_two)
    rate_one, rate_two = one["peak"]["requests_per_s"], two["peak"]["requests_per_s"]
    return {
        "one": {"gateway_peak": one["peak"], "ceiling_peak": ceiling_one["peak"]},
        "two": two,
        "ceiling_two": ceiling_two,
        "speedup": round(rate_two / rate_one, 3) if rate_one else None,
    }
