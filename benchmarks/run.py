"""`gateway bench [--smoke] [--output PATH]`: run every scenario, print the table, write JSON."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import signal
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.env import compile_bytecode, machine, postgres_admin_url, postgres_database
from benchmarks.plan import Plan, plan_for
from benchmarks.procs import Processes
from benchmarks.report import as_json, render, rows
from benchmarks.scenario_approve import run_approve
from benchmarks.scenario_drafts import provider_fakes, run_drafting
from benchmarks.scenario_ingest import loadavg, run_ingest
from benchmarks.scenario_recovery import run_recovery

log = logging.getLogger("benchmarks")


def _memory(ingest: dict[str, Any], drafting: dict[str, Any], approve: list[dict[str, Any]]
            ) -> dict[str, Any]:
    servers: dict[str, float] = {}
    for label in ("sqlite", "postgresql"):
        if "rss_mb" in ingest[label]:
            servers[f"ingest-{label}"] = ingest[label]["rss_mb"]
    for config in drafting["configs"]:
        servers[config["name"]] = config["server_rss_mb"]
    for run in approve:
        servers[f"approve-{run['name']}"] = run["server_rss_mb"]
    scale = ingest.get("scale") or {}
    if "two" in scale:
        servers["ingest-postgresql-x2 (largest process)"] = scale["two"]["rss_mb"]
    return {
        "gateway_servers_rss_mb": servers,
        "ceiling_rss_mb": ingest["ceiling"]["rss_mb"],
        "max_gateway_rss_mb": max(servers.values()),
    }


def _startup(ingest: dict[str, Any], drafting: dict[str, Any], approve: list[dict[str, Any]]
             ) -> dict[str, Any]:
    starts = [ingest["sqlite"]["startup_s"], *(c["startup_s"] for c in drafting["configs"]),
              *(a["startup_s"] for a in approve)]
    if "startup_s" in ingest["postgresql"]:
        starts.append(ingest["postgresql"]["startup_s"])
    restarts = [ingest[label]["restart_startup_s"] for label in ("sqlite", "postgresql")
                if "restart_startup_s" in ingest[label]]
    return {"fresh_sqlite_s": ingest["sqlite"]["startup_s"], "all_s": starts,
            "median_s": round(statistics.median(starts), 3), "max_s": max(starts),
            "restarts_s": restarts,
            "cpu_s": {label: [ingest[label].get("startup_cpu_s"),
                              ingest[label].get("restart_startup_cpu_s")]
                      for label in ("sqlite", "postgresql") if "startup_s" in ingest[label]},
            "restart_median_s": round(statistics.median(restarts), 3) if restarts else None}


async def _recovery(procs: Processes, plan: Plan, *, workdir: Path, postgres_admin: str
                    ) -> dict[str, Any]:
    """The crash scenario, last and with the most processes; when one of its preconditions
    fails, the run keeps every figure measured before it and reports the failure as a row."""
    try:
        return await run_recovery(procs, plan, workdir=workdir, postgres_admin=postgres_admin)
    except RuntimeError as exc:
        log.error("bench: the crash scenario failed: %s", exc)
        return {"failed": str(exc)}


async def run_all(plan: Plan, *, command: str, only: str | None = None) -> dict[str, Any]:
    """Every scenario in turn, one gateway process at a time; all processes stopped at the end.
    `only="ingest"`: the ingest scenario alone (ceiling, SQLite, PostgreSQL, scale)."""
    started = time.perf_counter()
    bytecode = compile_bytecode()
    load_at_start = loadavg()
    admin, skip_reason = postgres_admin_url()
    if admin is None:
        log.info("bench: PostgreSQL rows skipped: %s", skip_reason)
    with tempfile.TemporaryDirectory(prefix="gateway-bench-") as tmp, \
            Processes(workdir=Path(tmp)) as procs:
        workdir = Path(tmp)
        log.info("bench: ingest (ceiling, SQLite%s)", "" if admin is None else ", PostgreSQL")
        with provider_fakes(model_latency=plan.model_latency) as fake:
            ingest = await run_ingest(procs, plan, workdir=workdir, fake_url=fake.url,
                                      postgres_admin=admin, postgres_skip=skip_reason)
        drafting: dict[str, Any] = {"configs": []}
        approve: list[dict[str, Any]] = []
        recovery: dict[str, Any] = {"skipped": skip_reason}
        if only == "ingest":
            recovery = {"skipped": "ingest only"}
        else:
            log.info("bench: drafting under a burst of %d", plan.burst)
            drafting = await run_drafting(procs, plan, workdir=workdir, postgres_admin=admin)
            log.info("bench: approve to provider")
            approve.append(await run_approve(procs, plan, workdir=workdir, name="serve-default",
                                             poll_seconds=None, first=7_000_000))
        if admin is not None and only != "ingest":
            with postgres_database(admin) as url:
                approve.append(await run_approve(
                    procs, plan, workdir=workdir, name="separate-worker-postgresql",
                    poll_seconds=None, first=7_500_000, database_url=url, separate_worker=True))
            log.info("bench: a worker killed mid-send")
            recovery = await _recovery(procs, plan, workdir=workdir, postgres_admin=admin)
    return {
        "command": command,
        "loadavg_at_start": load_at_start,
        "smoke": plan.smoke,
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "duration_s": round(time.perf_counter() - started, 1),
        "machine": {**machine(), "bytecode_compiled": bytecode},
        "plan": dataclasses.asdict(plan),
        "ingest": ingest,
        "drafting": drafting,
        "approve": approve,
        "recovery": recovery,
        "loadavg_at_end": loadavg(),
        "memory": _memory(ingest, drafting, approve),
        "startup": _startup(ingest, drafting, approve),
    }


def _stop_on_sigterm() -> Any:
    """SIGTERM ends the run like Ctrl-C, so the finally blocks stop every child process.
    Returns the handler it replaced (None off the main thread, where it changes nothing)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, signal.default_int_handler)


def main(smoke: bool = False, output: str = "bench-results/latest.json",
         only: str | None = None) -> int:
    """Run the bench, print the table, write the results as JSON to `output`. Returns 0 when the
    run completed (missed targets are reported in the table, not in the exit code)."""
    previous = _stop_on_sigterm()
    plan = plan_for(smoke)
    command = ("gateway bench" + (" --smoke" if smoke else "") + (f" --only {only}" if only else "")
               + f" --output {output}")
    try:
        results = asyncio.run(run_all(plan, command=command, only=only))
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    table = rows(results)
    results["table"] = as_json(table)
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2) + "\n")
    sys.stdout.write(render(table) + "\n")
    sys.stdout.write(f"results written to {path} ({results['duration_s']} s)\n")
    sys.stdout.flush()
    return 0
