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
from app.channels import Channels, build_channels
from app.db import create_engine, session_factory
from app.models import utcnow
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
    # The time budgets and throttles read (sign-in, drafting); tests replace it to move time.
    clock: Callable[[], datetime] = utcnow
    # The webhook's one-statement path to the database (app.append); None: the engine's.
    appender: Appender | None = None

    def wake(self) -> None:
        """New jobs were committed: idle worker slots in this process look at once."""
        self.work_ready.set()

    async def close(self) -> None:
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
    runtime = Runtime(
        settings=settings,
        engine=engine,
        sessions=session_factory(engine, wake=work_ready.set),
        work_ready=work_ready,
        channels=build_channels(settings, http=http),
        orchestrator=orchestrator,
        http=http,
        appender=build_appender(settings.database_url),
    )
    runtime.slack = build_slack_reviewer(settings, runtime)
    return runtime
