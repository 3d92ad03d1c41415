"""The processes a bench run starts (gateway, bare endpoint, workers), and their guaranteed stop.

Every process binds 127.0.0.1, writes its output to a log file in the run's work directory
(never a pipe that could fill up and block it), and is stopped when the `Processes` context
exits, whatever happened: SIGINT for a graceful stop, then SIGKILL after a grace period.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from benchmarks.httpload import Connection
from benchmarks.signing import http_get
from vocabulary.settings import Settings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SETTING_NAMES = {name.upper() for name in Settings.model_fields}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def child_env(settings: dict[str, str]) -> dict[str, str]:
    """The environment for a child: no ambient gateway settings, only the bench's."""
    env = {k: v for k, v in os.environ.items() if k.upper() not in SETTING_NAMES}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    env.update(settings)
    return env


def rss_mb(pid: int) -> float | None:
    """Resident set size of a live process in MB (VmRSS from /proc), None if it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time a live process has used, from /proc/<pid>/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def children(pid: int) -> list[int]:
    """Live processes whose parent is `pid` (uvicorn's worker processes under its supervisor)."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            ppid = next((line.split()[1] for line in status.read_text().splitlines()
                         if line.startswith("PPid:")), "")
        except OSError:
            continue  # the process ended while we looked
        if ppid == str(pid):
            found.append(int(status.parent.name))
    return found


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds of a process and its live children."""
    return sum(cpu_seconds(p) or 0.0 for p in [pid, *children(pid)])


def tree_rss_mb(pid: int) -> float:
    """The largest resident size among a process and its live children (each is a server)."""
    return max((rss_mb(p) or 0.0 for p in [pid, *children(pid)]), default=0.0)


@dataclass
class Proc:
    """A started child process."""

    name: str
    popen: subprocess.Popen[bytes]
    log_path: Path
    spawned_at: float
    port: int | None = None
    startup_s: float | None = None

    @property
    def pid(self) -> int:
        return self.popen.pid

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


class Processes:
    """Starts children and stops every one of them on exit (use as a context manager)."""

    def __init__(self, *, workdir: Path) -> None:
        self.workdir = workdir
        self.procs: list[Proc] = []
        self._logs: list[IO[bytes]] = []
        atexit.register(self.stop_all)

    def __enter__(self) -> Processes:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_all()
        atexit.unregister(self.stop_all)

    def spawn(self, name: str, args: list[str], *, env: dict[str, str], port: int | None = None
              ) -> Proc:
        """Start `python <args>` in the work directory (so no `.env` of the project is read)."""
        log_path = self.workdir / f"{name}.log"
        log = log_path.open("wb")
        self._logs.append(log)
        popen = subprocess.Popen(
            [sys.executable, *args], cwd=self.workdir, env=env, stdout=log,
            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
        proc = Proc(name=name, popen=popen, log_path=log_path, spawned_at=time.perf_counter(),
                    port=port)
        self.procs.append(proc)
        return proc

    def gateway(self, name: str, *, env: dict[str, str], worker: bool) -> Proc:
        """`gateway serve` (the CLI's own entry point) on a free port."""
        port = free_port()
        args = ["-m", "app.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
        return self.spawn(name, args + ([] if worker else ["--no-worker"]), env=env, port=port)

    def worker(self, name: str, *, env: dict[str, str]) -> Proc:
        """`gateway worker`: the job worker alone, in its own process."""
        return self.spawn(name, ["-m", "app.cli", "worker"], env=env)

    def bare(self, name: str, *, env: dict[str, str]) -> Proc:
        port = free_port()
        return self.spawn(name, ["-m", "benchmarks.bare_app", "--port", str(port)], env=env,
                          port=port)

    def many(self, name: str, *, app: str, workers: int, env: dict[str, str]) -> Proc:
        """`workers` web processes of `app` ("gateway" or "bare") behind one port."""
        port = free_port()
        args = ["-m", "benchmarks.serve_many", "--app", app, "--port", str(port),
                "--workers", str(workers)]
        return self.spawn(name, args, env=env, port=port)

    def stop(self, proc: Proc, *, grace: float = 10.0) -> None:
        if proc.popen.poll() is None:
            proc.popen.send_signal(signal.SIGINT)
            try:
                proc.popen.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                proc.popen.kill()
                proc.popen.wait(timeout=grace)

    def stop_all(self) -> None:
        for proc in reversed(self.procs):
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                self.stop(proc)
        for log in self._logs:
            log.close()
        self._logs.clear()


async def wait_healthy(proc: Proc, *, within: float = 60.0, path: str = "/healthz") -> float:
    """Poll `path` until it answers 200; records and returns seconds since the spawn."""
    assert proc.port is not None
    deadline = time.perf_counter() + within
    while time.perf_counter() < deadline:
        if proc.popen.poll() is not None:
            raise RuntimeError(f"{proc.name} exited ({proc.popen.returncode}):\n{proc.log_tail()}")
        if await _answers(proc.port, path):
            proc.startup_s = time.perf_counter() - proc.spawned_at
            return proc.startup_s
        await asyncio.sleep(0.01)
    raise RuntimeError(f"{proc.name} did not answer {path} within {within} s:\n{proc.log_tail()}")


async def wait_log(proc: Proc, text: str, *, within: float = 60.0) -> float:
    """Wait until the process's log contains `text` (a worker's start line)."""
    deadline = time.perf_counter() + within
    while time.perf_counter() < deadline:
        if proc.popen.poll() is not None:
            raise RuntimeError(f"{proc.name} exited ({proc.popen.returncode}):\n{proc.log_tail()}")
        if text in proc.log_path.read_text(errors="replace"):
            proc.startup_s = time.perf_counter() - proc.spawned_at
            return proc.startup_s
        await asyncio.sleep(0.02)
    raise RuntimeError(f"{proc.name} did not log {text!r} within {within} s:\n{proc.log_tail()}")


async def _answers(port: int, path: str) -> bool:
    """Whether GET `path` answers 200; False while the server is not listening yet."""
    try:
        conn = await Connection.open(port)
        try:
            status, _ = await asyncio.wait_for(conn.send(http_get(path)), timeout=2)
        finally:
            await conn.close()
    except (OSError, TimeoutError, asyncio.IncompleteReadError):
        return False
    return bool(status == 200)
