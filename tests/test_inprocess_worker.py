"""`gateway serve`'s worker loads its job handlers after the server is serving."""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
import threading
from pathlib import Path

from app.collector import GC_THRESHOLDS
from app.inprocess_worker import Housekeeping, InProcessWorker, MakeWorker
from app.runtime import Runtime
from app.worker import Worker

ROOT = Path(__file__).resolve().parent.parent


async def test_the_handlers_load_in_a_thread_then_the_worker_runs(runtime: Runtime) -> None:
    loaded_in: list[int] = []
    made: list[Worker] = []

    def make(rt: Runtime) -> Worker:
        made.append(Worker(runtime=rt, handlers={}))
        return made[-1]

    async def housekeeping(_rt: Runtime) -> None:
        return None

    def load() -> tuple[MakeWorker, Housekeeping]:
        loaded_in.append(threading.get_ident())
        return make, housekeeping

    background = InProcessWorker(runtime, load=load)
    await background.start()
    assert loaded_in and loaded_in[0] != threading.get_ident()  # not on the event loop
    assert background.worker is made[0]
    await background.stop()  # returns: the worker's loop ended


async def test_a_stop_while_the_handlers_load_starts_no_worker(runtime: Runtime) -> None:
    release = threading.Event()
    made: list[Runtime] = []

    def make(rt: Runtime) -> Worker:
        made.append(rt)
        return Worker(runtime=rt, handlers={})

    async def housekeeping(_rt: Runtime) -> None:
        return None

    def load() -> tuple[MakeWorker, Housekeeping]:
        release.wait(timeout=30)
        return make, housekeeping

    background = InProcessWorker(runtime, load=load)
    starting = asyncio.create_task(background.start())
    await asyncio.sleep(0)  # the load is under way in its thread
    await background.stop()
    release.set()
    await starting
    assert made == [] and background.worker is None


PROBE = """
import asyncio, sys, threading
import httpx
import app.inprocess_worker as background_module
from app.db import migrate
from app.main import create_app
from vocabulary.settings import Settings

WORKER_ONLY = ("app.tasks", "app.drafting", "orchestrator.service", "openai", "twilio.rest",
               "dateparser", "spellchecker", "slack_bolt", "aiohttp")
release = threading.Event()
real_load = background_module.load_handlers

def held_load():
    release.wait(timeout=60)  # the handlers load only once the probe has looked
    return real_load()

background_module.load_handlers = held_load
settings = Settings(_env_file=None, database_url=sys.argv[1], openai_api_key="sk-probe")
migrate(settings.database_url)
app = create_app(settings, run_worker=True)

async def main():
    async with app.router.lifespan_context(app):
        # Where uvicorn starts listening: health answers, nothing only the worker uses loaded.
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as http:
            health = await http.get("/healthz")
        print(health.status_code, sorted(m for m in WORKER_ONLY if m in sys.modules))
        release.set()
        background = app.state.in_process_worker
        for _ in range(1200):
            if background.worker is not None:
                break
            await asyncio.sleep(0.05)
        print(background.worker is not None, "app.tasks" in sys.modules)

asyncio.run(main())
"""


def test_serve_answers_health_before_the_worker_loads(tmp_path: Path) -> None:
    """`serve` answers /healthz with none of the worker's modules loaded (a fresh interpreter:
    nothing else loaded them), and its worker starts once they have loaded."""
    url = f"sqlite:///{tmp_path / 'probe.db'}"
    out = subprocess.run([sys.executable, "-c", PROBE, url], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, check=True).stdout.splitlines()
    assert out[-2:] == ["200 []", "True True"]


async def test_what_the_warmed_worker_loaded_is_frozen_out_of_collections(runtime: Runtime
                                                                          ) -> None:
    """Once the worker has loaded the senders, the date parser and the word list, the process's
    objects stay out of the collector's passes (a full collection in a burst walked them all),
    and the passes are spaced out (`GC_THRESHOLDS`)."""
    gc.unfreeze()
    thresholds = gc.get_threshold()
    worker = Worker(runtime=runtime, handlers={})
    task = asyncio.create_task(worker.run_forever())
    try:
        for _ in range(3000):  # the warm-up runs beside the worker's loop
            if gc.get_freeze_count():
                break
            await asyncio.sleep(0.01)
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == GC_THRESHOLDS == (10_000, 10, 10)
    finally:
        worker.stop()
        await task
        gc.unfreeze()
        gc.set_threshold(*thresholds)
