"""create_app(settings): the HTTP app, its routes and the in-process worker."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from fastapi import APIRouter, FastAPI, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import func, select, text

from app import webhooks
from app.api_v1 import build_v1_router
from app.bookings.routes import build_bookings_router
from app.deps import RuntimeDep
from app.fastpath import GatewayApp
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

log = logging.getLogger(__name__)


def create_app(
    settings: Settings | None = None, *, runtime: Runtime | None = None, run_worker: bool = True
) -> FastAPI:
    """The gateway's ASGI app. Pass `runtime` to share one (tests); the app closes only its own."""
    owns_runtime = runtime is None
    rt = runtime or build_runtime(settings or Settings())

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        worker, task = None, None
        if run_worker:
            # The job handlers (drafting and its model SDK among them) load only where jobs run.
            from app.tasks import housekeeping, make_worker

            worker = make_worker(rt)
            task = asyncio.create_task(worker.run_forever(periodic=lambda: housekeeping(rt)))
        try:
            yield
        finally:
            if worker and task:
                worker.stop()
                await task
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
    _mount_optional(app, rt)
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


def _mount_optional(app: FastAPI, rt: Runtime) -> None:
    """The /v1 API and the Slack endpoint, each only when configured."""
    async def calendar() -> Calendar:
        assert rt.bookings is not None
        async with rt.sessions() as session:
            return await rt.bookings.calendar(session)

    app.include_router(build_v1_router(settings=rt.settings, orchestrator=rt.orchestrator,
                                       calendar=calendar))
    if rt.slack is not None:
        # A decision made in Slack runs its review job at once, in this process.
        app.include_router(rt.slack.router(run_job=_job_runner(rt)))


def _job_runner(rt: Runtime) -> Callable[[int], Awaitable[bool]]:
    """`Worker.run_job_now` of a worker made at the first call (the job handlers load then)."""
    made: list[Worker] = []

    async def run_job_now(job_id: int) -> bool:
        if not made:
            from app.tasks import make_worker

            made.append(make_worker(rt))
        return await made[0].run_job_now(job_id)

    return run_job_now
