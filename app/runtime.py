"""Everything a process needs at run time, built once from settings and passed around."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.append import Appender, build_appender
from app.bookings.desk import BookingDesk
from app.bookings.payments import build_payments
from app.channels import Channels, build_channels
from app.clock import Clock
from app.db import create_engine, session_factory
from orchestrator.catalog import BUNDLED_CATALOG, load_catalog
from vocabulary.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """Settings, database, channel adapters, the orchestrator and the Slack reviewer."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    channels: Channels
    orchestrator: Any
    http: httpx.AsyncClient
    slack: Any = None
    work_ready: asyncio.Event = field(default_factory=asyncio.Event)
    # Every scheduling decision reads the time here; tests set or replace it (no wall clock).
    clock: Callable[[], datetime] = field(default_factory=Clock)
    bookings: BookingDesk | None = None  # set by build_runtime
    # The webhook's one-statement path to the database (app.append); None: the engine's.
    appender: Appender | None = None

    def wake(self) -> None:
        """New jobs were committed: idle worker slots in this process look at once."""
        self.work_ready.set()

    async def close(self) -> None:
        if self.bookings is not None:
            await self.bookings.payments.close()
        if self.appender is not None:
            await self.appender.close()
        await self.channels.close()
        await self.http.aclose()
        await self.engine.dispose()


def build_runtime(settings: Settings, *, orchestrator: Any = None) -> Runtime:
    """Wire a runtime; nothing here calls a provider. `orchestrator` replaces the configured one."""
    from app.review.slack import build_slack_reviewer

    if orchestrator is None:
        from app.orchestrator_factory import build_orchestrator

        orchestrator = build_orchestrator(settings)

    engine = create_engine(settings.database_url)
    http = httpx.AsyncClient(timeout=httpx.Timeout(15.0))
    work_ready = asyncio.Event()
    clock = Clock()
    runtime = Runtime(
        settings=settings,
        engine=engine,
        # Looked up on each call: tests replace or move runtime.clock.
        sessions=session_factory(engine, wake=work_ready.set, clock=lambda: runtime.clock()),
        work_ready=work_ready,
        clock=clock,
        channels=build_channels(settings, http=http),
        orchestrator=orchestrator,
        http=http,
        appender=build_appender(settings.database_url),
    )
    runtime.slack = build_slack_reviewer(settings, runtime)
    runtime.bookings = BookingDesk(
        catalog=load_catalog(settings.business_catalog or BUNDLED_CATALOG),
        clock=lambda: runtime.clock(),
        payments=build_payments(settings),
        settings=settings,
    )
    return runtime
