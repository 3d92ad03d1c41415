"""create_app(settings): the HTTP app, its routes and the in-process worker."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import signal
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from fastapi import APIRouter, FastAPI, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import func, select, text

from app import webhooks
from app.api_v1 import build_v1_router
from app.bookings.routes import build_bookings_router
from app.deps import RuntimeDep
from app.fastpath import GatewayApp
from app.inprocess_worker import InProcessWorker
from app.limits import BodyLimit
from app.logs import RequestId
from app.metrics import JOBS_WAITING
from app.models import ChannelState, Job
from app.review.console.mount import install_console
from app.runtime import Runtime, build_runtime
from app.states import JobState
from app.worker import Worker
from orchestrator.tools.availability import Calendar
from vocabulary.settings import Settings

if TYPE_CHECKING:
    from app.review.slack import SlackReviewer

log = logging.getLogger(__name__)


def create_app(
    settings: Settings | None = None, *, runtime: Runtime | None = None, run_worker: bool = True
) -> FastAPI:
    """The gateway's ASGI app. Pass `runtime` to share one (tests); the app closes only its own."""
    owns_runtime = runtime is None
    rt = runtime or build_runtime(settings or Settings())

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # The server listens once this yields. The worker's job handlers (drafting and its
        # model SDK among them) and what a first Slack click needs load after that, in the
        # background (app.inprocess_worker): the first healthy answer waits for the web only.
        worker = InProcessWorker(rt) if run_worker else None
        _app.state.in_process_worker = worker
        starting = asyncio.create_task(_after_start(worker, rt.slack, slack_runner))
        # benchmarks.profile_ingest waits for it: its imports would otherwise land in a
        # measurement, more or fewer of them by how long the measurement took.
        _app.state.after_start = starting
        try:
            yield
        finally:
            starting.cancel()
            await asyncio.gather(starting, return_exceptions=True)
            if worker is not None:
                await worker.stop()
            if owns_runtime:
                await rt.close()

    # Provider webhooks are answered in front of the routing below (app.fastpath).
    app = GatewayApp(title="Chat gateway", version="0.1.0", lifespan=lifespan)
    app.state.runtime = rt
    app.add_middleware(BodyLimit, max_bytes=rt.settings.max_body_bytes)
    app.add_middleware(RequestId)
    app.include_router(ops)
    app.include_router(webhooks.router)
    app.include_router(build_bookings_router(rt))
    slack_runner = _mount_optional(app, rt)
    install_console(app, rt)
    return app


ops = APIRouter(include_in_schema=False)


@ops.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "alive"}


@ops.get("/readyz")
async def readyz(runtime: RuntimeDep) -> Response:
    try:
        async with runtime.sessions() as session:
            await session.execute(text("SELECT 1"))
            states = (await session.execute(select(ChannelState))).scalars().all()
    except Exception as exc:  # any database failure means not ready
        log.warning("readiness check failed: %s", exc)
        return JSONResponse({"status": "database unavailable"}, status_code=503)
    reauth = {s.channel: s.detail for s in states if s.needs_reauth}
    return JSONResponse({"status": "ready", "channels_needing_reauth": reauth})


@ops.get("/metrics")
async def metrics(runtime: RuntimeDep) -> Response:
    await _count_jobs(runtime)
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


async def _count_jobs(rt: Runtime) -> None:
    """Refresh the jobs-waiting gauge from the database (it is shared by every process)."""
    query = (
        select(Job.kind, Job.state, func.count())
        .where(Job.state.in_((JobState.QUEUED, JobState.RUNNING)))
        .group_by(Job.kind, Job.state)
    )
    try:
        async with rt.sessions() as session:
            rows = (await session.execute(query)).all()
    except Exception as exc:  # metrics must answer even when the database does not
        log.warning("could not count jobs for /metrics: %s", exc)
        return
    JOBS_WAITING.clear()
    for kind, state, number in rows:
        JOBS_WAITING.labels(kind=kind, state=state).set(number)


def _mount_optional(app: FastAPI, rt: Runtime) -> _JobRunner | None:
    """The /v1 API and the Slack endpoint, each only when configured; the Slack endpoint's job
    runner, if mounted."""
    async def calendar() -> Calendar:
        assert rt.bookings is not None
        async with rt.sessions() as session:
            return await rt.bookings.calendar(session)

    app.include_router(build_v1_router(settings=rt.settings, orchestrator=rt.orchestrator,
                                       calendar=calendar))
    if rt.slack is None:
        return None
    # A decision made in Slack runs its review job at once, in this process.
    runner = _JobRunner(rt)
    app.include_router(rt.slack.router(run_job=runner))
    return runner


class _JobRunner:
    """`Worker.run_job_now` of a worker made at first use (the job handlers load then)."""

    def __init__(self, rt: Runtime) -> None:
        self._rt = rt
        self._worker: Worker | None = None

    def _made(self) -> Worker:
        if self._worker is None:
            from app.tasks import make_worker

            self._worker = make_worker(self._rt)
        return self._worker

    async def __call__(self, job_id: int) -> bool:
        return await self._made().run_job_now(job_id)

    async def warm(self) -> None:
        """The job handlers imported in a thread and the worker made, before the first click."""
        await asyncio.to_thread(importlib.import_module, "app.tasks")
        self._made()


async def _after_start(worker: InProcessWorker | None, slack: SlackReviewer | None,
                       runner: _JobRunner | None) -> None:
    """Once serving: the in-process worker, then the Slack side, one after the other (their
    imports share the job handlers; one thread loads them)."""
    if worker is not None:
        try:
            await worker.start()
        except Exception:
            # As when the handlers were imported before serving: a `serve` whose worker cannot
            # run stops, rather than take webhooks nothing will process.
            log.exception("the in-process worker could not start; stopping the server")
            signal.raise_signal(signal.SIGTERM)
            return
    if slack is not None and runner is not None:
        await _warm_slack(slack, runner)


async def _warm_slack(slack: SlackReviewer, runner: _JobRunner) -> None:
    """Once serving: load what the first Slack click would otherwise load while a reviewer
    waits (Bolt, the job handlers), the imports in a thread so requests are still answered."""
    try:
        await slack.warm()
        await runner.warm()
    except Exception:  # the first click meets the same error and reports it
        log.exception("loading the Slack side ahead of the first click failed")
