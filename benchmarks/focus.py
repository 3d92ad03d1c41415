"""The worker-side rows of `gateway bench` alone, for measuring one change at a time:
`python -m benchmarks.focus [burst] [approve] [approve-pg] [recovery] [--output FILE]`
(BENCH_POSTGRES_URL for the PostgreSQL rows). Same scenarios, plan and fakes as the full
bench; prints JSON with the load average before and after."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.env import compile_bytecode, machine, postgres_admin_url, postgres_database
from benchmarks.plan import FULL
from benchmarks.procs import Processes
from benchmarks.scenario_approve import run_approve
from benchmarks.scenario_drafts import run_drafting
from benchmarks.scenario_ingest import loadavg
from benchmarks.scenario_recovery import run_recovery


async def run(parts: list[str], keep: str = "") -> dict[str, Any]:
    admin, skip = postgres_admin_url()
    out: dict[str, Any] = {"machine": {**machine(), "bytecode_compiled": compile_bytecode()},
                           "loadavg_at_start": loadavg(), "skipped": skip}
    with tempfile.TemporaryDirectory(prefix="gateway-focus-") as tmp, \
            Processes(workdir=Path(tmp)) as procs:
        workdir = Path(tmp)
        try:
            if "burst" in parts:
                out["drafting"] = await run_drafting(procs, FULL, workdir=workdir,
                                                     postgres_admin=admin)
            out["approve"] = []
            if "approve" in parts:
                out["approve"].append(await run_approve(procs, FULL, workdir=workdir,
                                                        name="serve-default", poll_seconds=None,
                                                        first=7_000_000))
            if ("approve" in parts or "approve-pg" in parts) and admin is not None:
                with postgres_database(admin) as url:
                    out["approve"].append(await run_approve(
                        procs, FULL, workdir=workdir, name="separate-worker-postgresql",
                        poll_seconds=None, first=7_500_000, database_url=url,
                        separate_worker=True))
            if "recovery" in parts and admin is not None:
                out["recovery"] = await run_recovery(procs, FULL, workdir=workdir,
                                                     postgres_admin=admin)
        finally:
            if keep:  # the processes' logs, for a look at where the time went
                shutil.copytree(workdir, keep, ignore=shutil.ignore_patterns("*.db*"),
                                dirs_exist_ok=True)
    out["loadavg_at_end"] = loadavg()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("parts", nargs="*", default=["burst", "approve"])
    parser.add_argument("--output", default="")
    parser.add_argument("--keep-logs", default="", help="copy the processes' logs here")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    result = asyncio.run(run(args.parts, args.keep_logs))
    text = json.dumps(result, indent=2, default=str)
    if args.output:
        Path(args.output).write_text(text)
    print(text)


if __name__ == "__main__":
    main()
