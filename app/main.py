"""create_app(settings): the HTTP app, its routes and the in-process worker."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import func, select, text

from app.bookings.routes import build_bookings_router
from app.limits import BodyLimit
from app.logs import RequestId
from app.metrics import JOBS_WAITING
from app.models import ChannelState, Job
from app.review.console import install_console
from app.runtime import Runtime, build_runtime
from app.tasks import housekeeping, make_worker
from app.webhooks import build_webhook_router
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
        worker = make_worker(rt) if run_worker else None
        task = (
            asyncio.create_task(worker.run_forever(periodic=lambda: housekeeping(rt)))
            if worker
            else None
        )
        try:
            yield
        finally:
            if worker and task:
                worker.stop()
                await task
            if owns_runtime:
                await rt.close()

    app = FastAPI(title="Chat gateway", version="0.1.0", lifespan=lifespan)
    app.state.runtime = rt
    app.add_middleware(BodyLimit, max_bytes=rt.settings.max_body_bytes)
    app.add_middleware(RequestId)
    app.include_router(build_webhook_router(rt))
    app.include_router(build_bookings_router(rt))
    _mount_optional(app, rt)
    install_console(app, rt)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "alive"}

    @app.get("/readyz", include_in_schema=False)
    async def readyz() -> Response:
        try:
            async with rt.sessions() as session:
                await session.execute(text("SELECT 1"))
                states = (await session.execute(select(ChannelState))).scalars().all()
        except Exception as exc:  # any database failure means not ready
            log.warning("readiness check failed: %s", exc)
            return JSONResponse({"status": "database unavailable"}, status_code=503)
        reauth = {s.channel: s.detail for s in states if s.needs_reauth}
        return JSONResponse({"status": "ready", "channels_needing_reauth": reauth})

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        await _count_jobs(rt)
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return app


async def _count_jobs(rt: Runtime) -> None:
    """Refresh the jobs-waiting gauge from the database (it is shared by every process)."""
    query = (
        select(Job.kind, Job.state, func.count())
        .where(Job.state.in_(("queued", "running")))
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
    from app.api_v1 import build_v1_router

    async def calendar() -> Calendar:
        assert rt.bookings is not None
        async with rt.sessions() as session:
            return await rt.bookings.calendar(session)

    app.include_router(build_v1_router(settings=rt.settings, orchestrator=rt.orchestrator,
                                       calendar=calendar))
    if rt.slack is not None:
        app.include_router(rt.slack.router())
