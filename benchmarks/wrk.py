"""Load from wrk (Debian's package), in its own process: each pre-signed request sent once.

wrk is a C load generator: it costs the 2 shared cores far less per request than a Python
client, so the ceiling it measures is the server's. `ensure_wrk()` installs it with apt-get
when missing, as scripts/testdb.sh installs PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).with_name("replay.lua")


class WrkMissing(RuntimeError):
    """wrk is not installed and could not be installed."""


def ensure_wrk() -> str:
    """The path of wrk, installing Debian's package first when it is missing (as root)."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise WrkMissing("wrk is not installed (apt-get install wrk)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for args in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "wrk"]):
        done = subprocess.run(args, env=env, capture_output=True, check=False)
        if done.returncode != 0 and args[1] == "install":
            raise WrkMissing(f"apt-get install wrk failed: {done.stderr.decode()[-500:]}")
    found = shutil.which("wrk")
    if not found:
        raise WrkMissing("wrk is still missing after apt-get install wrk")
    return found


def write_requests(path: Path, requests: Sequence[bytes]) -> None:
    """The request file replay.lua reads: "<length>\\n<bytes>" per request."""
    with path.open("wb") as out:
        for request in requests:
            out.write(b"%d\n" % len(request))
            out.write(request)


@dataclass(frozen=True)
class WrkRun:
    """One wrk invocation's settings (the command line is kept in the results)."""

    port: int
    connections: int
    duration: float
    think_ms: float = 0.0


def _command(wrk: str, run: WrkRun, request_file: Path) -> list[str]:
    # One thread: replay.lua wakes wrk's main thread when its (only) thread is done.
    args = [wrk, "-t", "1", "-c", str(run.connections),
            "-d", f"{max(1, round(run.duration))}s", "--timeout", "30s", "-s", str(SCRIPT),
            f"http://127.0.0.1:{run.port}/", "--", str(request_file)]
    if run.think_ms > 0:
        args.append(f"{run.think_ms:.3f}")
    return args


def _run_blocking(args: list[str], output: Path) -> tuple[int, float]:
    """Run wrk to completion; (exit code, wrk's own CPU seconds)."""
    with output.open("wb") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_utime + usage.ru_stime


def summarize(raw: dict[str, Any], *, connections: int, client_cpu_s: float) -> dict[str, Any]:
    """wrk's figures in the bench's units (ms, requests a second)."""
    elapsed = raw["duration_us"] / 1e6
    errors = raw["errors"]
    return {
        "sent": raw["sent"],
        "answered": raw["answered"],
        "ok": raw["ok"],
        "statuses": {str(k): v for k, v in sorted(raw["statuses"].items())},
        "errors": errors["connect"] + errors["read"] + errors["write"] + errors["timeout"],
        "elapsed_s": round(elapsed, 4),
        "requests_per_s": round(raw["ok"] / elapsed, 1) if elapsed > 0 else 0.0,
        "p50_ms": round(raw["p50_us"] / 1000, 2),
        "p90_ms": round(raw["p90_us"] / 1000, 2),
        "p99_ms": round(raw["p99_us"] / 1000, 2),
        "max_ms": round(raw["max_us"] / 1000, 2),
        "connections": connections,
        "client_cpu_s": round(client_cpu_s, 4),
        "client_cpu_ms_per_request": round(client_cpu_s / raw["answered"] * 1000, 4)
        if raw["answered"] else None,
    }


async def replay(run: WrkRun, requests: Sequence[bytes], *, workdir: Path) -> dict[str, Any]:
    """Send every request once over `run.connections` keep-alive connections (or until
    `run.duration` passes); the summary of what wrk measured, with its command line."""
    wrk = ensure_wrk()
    with tempfile.TemporaryDirectory(dir=workdir, prefix="wrk-") as tmp:
        request_file, output = Path(tmp) / "requests.bin", Path(tmp) / "wrk.out"
        write_requests(request_file, requests)
        args = _command(wrk, run, request_file)
        code, cpu = await asyncio.to_thread(_run_blocking, args, output)
        text = output.read_text(errors="replace")
    line = next((ln for ln in text.splitlines() if ln.startswith("WRKJSON ")), None)
    if code != 0 or line is None:
        raise RuntimeError(f"wrk failed ({code}): {text[-2000:]}")
    result = summarize(json.loads(line.removeprefix("WRKJSON ")), connections=run.connections,
                       client_cpu_s=cpu)
    shown = [a if not a.startswith(str(workdir)) else Path(a).name for a in args]
    result["command"] = " ".join(["wrk", *shown[1:]])
    result["think_ms"] = run.think_ms
    result["prepared"] = len(requests)  # distinct signed requests: no run can append more
    return result
