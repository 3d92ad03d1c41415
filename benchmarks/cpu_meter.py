"""Who uses the cores during a bench scenario: CPU seconds by process (and by thread of the
bench's own process), read from /proc before and after, with the whole machine's busy time.

A burst's length follows the CPU left for the drafting process, and on a 2-core machine the
fakes, the load driver and PostgreSQL run beside it; the meter shows each one's share. Every
source is a function returning CPU seconds so far, so a source that has gone (a process that
exited) reads as 0 and a reaped child's CPU is still counted by its parent (`cutime`/`cstime`).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from sqlalchemy import create_engine, text

from app.db import sync_url
from benchmarks.procs import children

CpuSource = Callable[[], float]


def _stat_fields(path: str) -> list[str] | None:
    try:
        return Path(path).read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def _ticks(fields: list[str] | None, *, reaped: bool) -> float:
    """utime + stime (and, with `reaped`, cutime + cstime: its children that have exited and
    been waited for) in seconds. Fields are counted from the one after the command's ')'."""
    if fields is None:
        return 0.0
    used = int(fields[11]) + int(fields[12])
    if reaped:
        used += int(fields[13]) + int(fields[14])
    return used / os.sysconf("SC_CLK_TCK")


def process_cpu(pid: int) -> float:
    """CPU seconds of one process (all its threads) so far; 0 once it is gone."""
    return _ticks(_stat_fields(f"/proc/{pid}/stat"), reaped=False)


def thread_cpu(tid: int, pid: int | None = None) -> float:
    """CPU seconds of one thread (its native id) of process `pid` (this one by default)."""
    return _ticks(_stat_fields(f"/proc/{pid or os.getpid()}/task/{tid}/stat"), reaped=False)


def server_tree_cpu(pid: int) -> CpuSource:
    """A server and its child processes (PostgreSQL's postmaster and its backends): the live
    children's CPU plus what the server has reaped, so a backend that exits during the
    measurement still counts. The children are listed again at each reading."""

    def read() -> float:
        total = _ticks(_stat_fields(f"/proc/{pid}/stat"), reaped=True)
        for child in children(pid):
            total += _ticks(_stat_fields(f"/proc/{child}/stat"), reaped=True)
        return total

    return read


def machine_busy() -> float:
    """Seconds all CPUs of the machine spent not idle (every process, the kernel, other work)."""
    # user nice system idle iowait irq softirq steal ...: guest time is counted in user time;
    # idle, iowait and steal (the hypervisor running someone else) are not this machine's work.
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:8]]
    user, nice, system, _idle, _iowait, irq, softirq = values
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def postgres_server_pid(database_url: str) -> int | None:
    """The postmaster's pid of the PostgreSQL server at `database_url` when it runs on this
    machine (the parent of the backend this connection gets), else None."""
    engine = create_engine(sync_url(database_url))
    try:
        with engine.connect() as conn:
            backend = int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())
        status = Path(f"/proc/{backend}/status").read_text()
    except (OSError, ValueError):
        return None
    finally:
        engine.dispose()
    ppid = next((line.split()[1] for line in status.splitlines() if line.startswith("PPid:")), "")
    return int(ppid) if ppid.isdigit() else None


def bench_sources(fake_thread: threading.Thread) -> dict[str, CpuSource]:
    """This (the bench's) process split in two: the fake providers' server thread, and
    everything else in it (the load driver: launching wrk, watching the fakes' records)."""
    tid = fake_thread.native_id
    assert tid is not None, "the fake server's thread has started"

    def driver() -> float:
        return process_cpu(os.getpid()) - thread_cpu(tid)

    return {"fakes": lambda: thread_cpu(tid), "driver": driver}


class CpuMeter:
    """`start()`, then `stop()` returns each source's CPU seconds in between, with the
    machine's busy seconds (`machine`) and what no source accounts for (`other`: other work on
    the machine, the kernel, processes that were not named)."""

    def __init__(self, sources: Mapping[str, CpuSource], *,
                 machine: CpuSource = machine_busy) -> None:
        self.sources = dict(sources)
        self.machine = machine
        self._start: dict[str, float] = {}
        self._started_at = 0.0
        self.elapsed = 0.0  # seconds between start() and stop()

    def _read(self) -> dict[str, float]:
        return {**{name: read() for name, read in self.sources.items()},
                "machine": self.machine()}

    def start(self) -> None:
        self._start = self._read()
        self._started_at = time.perf_counter()

    def stop(self, *, extra: Mapping[str, float] | None = None) -> dict[str, float]:
        """Seconds each source used since `start()`; `extra` adds sources measured otherwise
        (wrk's own rusage)."""
        end = self._read()
        self.elapsed = time.perf_counter() - self._started_at
        used = {name: max(0.0, end[name] - self._start[name]) for name in end}
        used.update(extra or {})
        named = sum(v for name, v in used.items() if name != "machine")
        used["other"] = max(0.0, used["machine"] - named)
        return used
