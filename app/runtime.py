"""Everything a process needs at run time, built once from settings and passed around."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

import httpx
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.channels import Channels, build_channels
from app.clock import SYSTEM_CLOCK, Clock
from app.db import create_engine, session_factory
from app.orchestrator_factory import Drafter, build_orchestrator
from app.review.slack import SlackReviewer, build_slack_reviewer
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
    clock: Clock = SYSTEM_CLOCK

    def wake(self) -> None:
        """New jobs were committed: idle worker slots in this process look at once."""
        self.work_ready.set()

    async def close(self) -> None:
        await self.channels.close()
        await self.http.aclose()
        await self.engine.dispose()


def build_runtime(
    settings: Settings,
    *,
    orchestrator: Drafter | None = None,
    channels: Channels | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> Runtime:
    """Wire a runtime; nothing here calls a provider. `orchestrator` and `channels` replace the
    configured ones (tests pass in-memory fakes); `clock` is every scheduling decision's time."""
    engine = create_engine(settings.database_url)
    http = httpx.AsyncClient(timeout=httpx.Timeout(15.0))
    work_ready = asyncio.Event()
    sessions = session_factory(engine, wake=work_ready.set, clock=clock)
    drafter = orchestrator or build_orchestrator(settings)
    return Runtime(
        settings=settings,
        engine=engine,
        sessions=sessions,
        work_ready=work_ready,
        channels=channels if channels is not None else build_channels(
            settings, http=http, now=clock.now
        ),
        orchestrator=drafter,
        http=http,
        slack=build_slack_reviewer(settings, sessions=sessions, orchestrator=drafter,
                                   clock=clock),
        clock=clock,
    )
