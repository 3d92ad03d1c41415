"""The bench's CPU meter: each source's CPU between start and stop, what no source accounts for,
and a server's children counted after they exit (PostgreSQL's backends)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from benchmarks.cpu_meter import CpuMeter, bench_sources, process_cpu, server_tree_cpu, thread_cpu


def test_each_source_is_measured_from_start_to_stop_and_the_rest_is_other() -> None:
    readings = {"drafting": [10.0, 12.5], "fakes": [3.0, 3.25], "machine": [100.0, 104.0]}

    def source(name: str) -> float:
        return readings[name].pop(0)

    meter = CpuMeter({"drafting": lambda: source("drafting"), "fakes": lambda: source("fakes")},
                     machine=lambda: source("machine"))
    meter.start()
    used = meter.stop(extra={"wrk": 0.5})
    assert used == {"drafting": 2.5, "fakes": 0.25, "machine": 4.0, "wrk": 0.5, "other": 0.75}


def test_a_child_that_exited_still_counts_for_its_parent() -> None:
    tree = server_tree_cpu(os.getpid())
    before = tree()
    # A child that uses CPU (ten million additions, many clock ticks), then is reaped.
    subprocess.run([sys.executable, "-c", "sum(range(10_000_000))"], check=True)
    assert tree() - before >= 0.05


def test_the_bench_process_is_split_into_the_fakes_thread_and_the_rest() -> None:
    burned, stop = threading.Event(), threading.Event()

    def work() -> None:
        sum(range(10_000_000))
        burned.set()
        stop.wait()

    fake_thread = threading.Thread(target=work)
    fake_thread.start()
    try:
        burned.wait()
        sources = bench_sources(fake_thread)
        fakes, driver = sources["fakes"](), sources["driver"]()
        assert fakes >= 0.05 and fakes == thread_cpu(fake_thread.native_id or 0)
        # This thread idles between the readings: the two parts add up to the process.
        assert abs(fakes + driver - process_cpu(os.getpid())) <= 0.02
    finally:
        stop.set()
        fake_thread.join()
