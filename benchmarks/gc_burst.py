"""The cyclic garbage collector during a burst: `python -m benchmarks.gc_burst [--drafts N]
[--thresholds A,B,C]`.

In one process, with the model (two calls per draft, 1 s each) and Slack played by the bench's
fakes: N + 5 inquiries are appended and stored, five drafts warm up, what is loaded is frozen out
of the collector's passes (as the worker's warm-up does), then N draft jobs run at once. Prints the
event loop thread's CPU per draft and the collections of each generation with the collector's
own CPU (from `gc.callbacks`, thread time). `benchmarks.profile_draft` runs drafts one at a time,
which keeps few objects alive and hides this.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.env import gateway_settings
from benchmarks.profile_draft import append_inquiries
from benchmarks.scenario_drafts import provider_fakes


class Collections:
    """Collections per generation and the thread CPU they took, from `gc.callbacks`."""

    def __init__(self) -> None:
        self.count: Counter[int] = Counter()
        self.seconds: dict[int, float] = {}
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.thread_time()
        else:
            self.count[info["generation"]] += 1
            generation = info["generation"]
            self.seconds[generation] = (self.seconds.get(generation, 0.0) + time.thread_time()
                                        - self._started)


async def run(drafts: int, database_url: str, thresholds: tuple[int, ...] | None) -> None:
    from app.db import migrate
    from app.runtime import build_runtime
    from app.tasks import make_worker
    from vocabulary.settings import Settings

    with provider_fakes(model_latency=1.0) as fake:
        os.environ.update(gateway_settings(database_url=database_url, fake_url=fake.url))
        migrate(database_url)
        runtime = build_runtime(Settings())
        await append_inquiries(runtime, drafts + 5)
        worker = make_worker(runtime)
        await worker.drain(limit=drafts + 5)
        for _ in range(5):
            assert await worker.run_once()
        gc.freeze()
        if thresholds:
            gc.set_threshold(*thresholds)
        collections = Collections()
        gc.callbacks.append(collections)
        cpu = time.thread_time()
        ran = sum(await asyncio.gather(*[worker.run_once() for _ in range(drafts)]))
        cpu = time.thread_time() - cpu
        gc.callbacks.remove(collections)
        await runtime.close()
    spent = sum(collections.seconds.values())
    print(f"{ran} drafts at once, thresholds {gc.get_threshold()}: {cpu / ran * 1000:.2f} ms of "
          f"the event loop thread's CPU each; collections by generation "
          f"{dict(collections.count)}, the collector's CPU {spent / ran * 1000:.2f} ms a draft")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drafts", type=int, default=200)
    parser.add_argument("--thresholds", default="",
                        help="gc.set_threshold's three values, e.g. 10000,10,10 (default: Python's)")
    args = parser.parse_args()
    thresholds = tuple(int(v) for v in args.thresholds.split(",")) if args.thresholds else None
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(run(args.drafts, f"sqlite:///{Path(tmp) / 'gc.db'}", thresholds))


if __name__ == "__main__":
    main()
