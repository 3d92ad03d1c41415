"""Everything a process needs at run time, built once from settings and passed around."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.append import Appender, build_appender
from app.bookings.desk import BookingDesk
from app.bookings.payments import build_payments
from app.channels import Channels, build_channels
from app.clock import Clock
from app.db import create_engine, session_factory
from app.orchestrator_factory import Drafter, LazyDrafter
from app.review.slack import SlackReviewer, build_slack_reviewer
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
    orchestrator: Drafter
    http: httpx.AsyncClient
    slack: SlackReviewer | None = None
    work_ready: asyncio.Event = field(default_factory=asyncio.Event)
    # Every scheduling decision reads the time here; tests set `fixed` or `advance` it.
    clock: Clock = field(default_factory=Clock)
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
        if self.slack is not None:
            await self.slack.close()
        await self.orchestrator.aclose()
        await self.http.aclose()
        await self.engine.dispose()


def build_runtime(
    settings: Settings,
    *,
    orchestrator: Drafter | None = None,
    channels: Channels | None = None,
    clock: Clock | None = None,
) -> Runtime:
    """Wire a runtime; nothing here calls a provider. `orchestrator` and `channels` replace the
    configured ones (tests pass in-memory fakes); `clock` is every scheduling decision's time."""
    engine = create_engine(settings.database_url)
    http = httpx.AsyncClient(timeout=httpx.Timeout(15.0))
    work_ready = asyncio.Event()
    clock = clock or Clock()
    sessions = session_factory(engine, wake=work_ready.set, clock=clock)
    drafter = orchestrator or LazyDrafter(settings)
    runtime = Runtime(
        settings=settings,
        engine=engine,
        sessions=sessions,
        work_ready=work_ready,
        channels=channels if channels is not None else build_channels(
            settings, http=http, now=clock.now
        ),
        orchestrator=drafter,
        http=http,
        clock=clock,
        appender=build_appender(settings.database_url),
    )
    runtime.bookings = BookingDesk(
        catalog=load_catalog(settings.business_catalog or BUNDLED_CATALOG),
        clock=clock,
        payments=build_payments(settings),
        settings=settings,
    )
    runtime.slack = build_slack_reviewer(settings, runtime)
    return runtime
