"""Staff review in Slack: the Bolt app at POST /slack/events, posting and updating drafts.

Nothing here calls Slack at import or start-up: the Bolt app skips its token check, and messages
are posted by worker jobs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from fastapi import APIRouter, Request, Response
from slack_sdk.signature import SignatureVerifier
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.bookings.desk import BookingDesk
from app.clock import SYSTEM_CLOCK, Clock
from app.models import Draft
from app.orchestrator_factory import Drafter
from app.review.slack_payloads import EpochSeconds, refuse_unverified
from app.review.view import DraftView, read_view
from app.states import DraftState
from vocabulary.settings import Settings

if TYPE_CHECKING:  # Bolt and the async Web API client (aiohttp) load at first use: start-up time
    from aiohttp import ClientSession
    from slack_bolt.adapter.fastapi.async_handler import AsyncSlackRequestHandler
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    from app.runtime import Runtime

log = logging.getLogger(__name__)
NOT_ALLOWED = "You are not on the approvers list (SLACK_APPROVER_IDS); nothing was changed."
RunJob = Callable[[int], Awaitable[bool]]


class SlackReviewer:
    """Posts drafts for review and turns button clicks and modal submissions into decisions.

    Bolt's way: the approvers check is listener middleware on every action and view; the
    signature is checked once, in `router()` (Bolt's own check is off, since it answers 500 to
    some forged requests); and a review message is refreshed only by its review job, which a
    decision made here runs at once.
    """

    def __init__(
        self,
        *,
        settings: Settings,
        sessions: async_sessionmaker[AsyncSession],
        orchestrator: Drafter,
        clock: Clock = SYSTEM_CLOCK,
        bookings: BookingDesk | None = None,
    ) -> None:
        self.settings = settings
        self.bookings = bookings
        self.sessions = sessions
        self.orchestrator = orchestrator
        self._client: AsyncWebClient | None = None
        # The jobs' client for posting and updating review messages, with one aiohttp session
        # per event loop (see `_poster`).
        self._poster: tuple[asyncio.AbstractEventLoop, AsyncWebClient, ClientSession] | None = None
        self._app: AsyncApp | None = None
        self._handler: AsyncSlackRequestHandler | None = None
        # Runs one queued job now (a worker's `run_job`), wired in by `router`.
        self.run_job: RunJob | None = None
        # The 5-minute replay window is read on the runtime's clock.
        self._verifier = SignatureVerifier(settings.slack_signing_secret,
                                           clock=EpochSeconds(clock))

    @property
    def client(self) -> AsyncWebClient:
        """The Web API client, made at first use (a web process that never posts never loads
        it)."""
        if self._client is None:
            from slack_sdk.web.async_client import AsyncWebClient

            self._client = AsyncWebClient(token=self.settings.slack_bot_token,
                                          base_url=self.settings.slack_api_base_url)
        return self._client

    async def _posting_client(self) -> AsyncWebClient:
        """The Web API client the review jobs post and update with, on one aiohttp session (its
        pooled keep-alive connections) made in the running event loop. Given no session, the
        SDK opens a session and a new connection for every call and closes both after it: about
        a millisecond of the worker's CPU per review message, and a connection for Slack to
        accept each time."""
        loop = asyncio.get_running_loop()
        if self._poster is None or self._poster[0] is not loop or self._poster[2].closed:
            import aiohttp
            from slack_sdk.web.async_client import AsyncWebClient

            base = self.client  # the same token, base URL and timeout as every other call
            session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=base.timeout))
            client = AsyncWebClient(token=base.token, base_url=base.base_url,
                                    timeout=base.timeout, session=session)
            self._poster = (loop, client, session)
        return self._poster[1]

    async def close(self) -> None:
        """Close the posting client's session (the runtime's close)."""
        if self._poster is not None and self._poster[0] is asyncio.get_running_loop():
            await self._poster[2].close()
        self._poster = None

    @property
    def app(self) -> AsyncApp:
        """The Bolt app with every listener, made at the first Slack request."""
        if self._app is None:
            from slack_bolt.async_app import AsyncApp

            self._app = AsyncApp(
                client=self.client,
                signing_secret=self.settings.slack_signing_secret,
                request_verification_enabled=False,
            )
            # The listeners and the review message's blocks (with the reading they show) load
            # with Bolt, not before a web process's first answer.
            from app.review.slack_actions import register_actions
            from app.review.slack_redraft import register_redraft

            register_actions(self, not_allowed=NOT_ALLOWED)
            register_redraft(self, not_allowed=NOT_ALLOWED)
        return self._app

    async def warm(self) -> None:
        """Bolt and the Web API client loaded now (imported in a thread), not by the first
        click: about 0.2 s a reviewer would otherwise wait for, before the decision is made."""
        await asyncio.to_thread(_load_bolt)
        self._bolt_handler()

    def _bolt_handler(self) -> AsyncSlackRequestHandler:
        if self._handler is None:
            from slack_bolt.adapter.fastapi.async_handler import AsyncSlackRequestHandler

            self._handler = AsyncSlackRequestHandler(self.app)
        return self._handler

    def router(self, *, run_job: RunJob | None = None) -> APIRouter:
        """POST /slack/events. `run_job` runs one queued job now (a worker's `run_job`): the
        review job a decision queued, so the message changes without waiting for a worker."""
        self.run_job = run_job
        router = APIRouter(include_in_schema=False)

        @router.post("/slack/events")
        async def slack_events(request: Request) -> Response:
            refusal = refuse_unverified(body=await request.body(), headers=request.headers,
                                        verifier=self._verifier)
            if refusal is not None:
                return Response(refusal.text, status_code=refusal.status)
            try:
                return await self._bolt_handler().handle(request)
            except (KeyError, TypeError, AttributeError, ValueError, IndexError) as exc:
                # Raised while Bolt builds its request from an odd payload (listener errors are
                # answered by Bolt itself and do not reach here).
                log.warning("Slack request Bolt could not read: %s", type(exc).__name__)
                return Response("unreadable request", status_code=400)

        return router

    def allowed(self, user_id: str) -> bool:
        return user_id in self.settings.approver_ids

    async def post_draft(self, draft_id: int) -> None:
        """chat.postMessage the review message; the ts is stored to update it later."""
        posted = await self.post_loaded(draft_id)
        if posted is None:
            return
        async with self.sessions() as session, session.begin():
            draft = await session.get(Draft, draft_id)
            assert draft is not None
            draft.slack_channel, draft.slack_ts = posted

    async def post_loaded(self, draft_id: int) -> tuple[str, str] | None:
        """Post a draft loaded from the database, unless it is gone or already posted;
        (channel, ts) of the message, for the caller to store."""
        view = await read_view(self.sessions, draft_id)
        if view is None or view.draft.slack_ts or view.draft.state == DraftState.REDRAFTED:
            return None  # posted already, or sent back before it was posted (its redraft is)
        return await self.post_view(view)

    async def post_view(self, view: DraftView) -> tuple[str, str]:
        """chat.postMessage the review message of a draft the caller has in hand (the drafting
        job, right after the draft commits); (channel, ts) for the caller to store. No
        transaction is held across the Slack call (SQLite would stay locked meanwhile)."""
        from app.review.blocks import fallback_text, review_blocks

        client = await self._posting_client()
        response = await client.chat_postMessage(
            channel=self.settings.slack_review_channel,
            text=fallback_text(view),
            blocks=review_blocks(view),
        )
        return str(response["channel"]), str(response["ts"])

    async def update_draft(self, draft_id: int) -> None:
        """chat.update the review message to the draft's current state (the review job)."""
        view = await read_view(self.sessions, draft_id)
        if view is None or not view.draft.slack_ts:
            return
        from app.review.blocks import fallback_text, review_blocks

        client = await self._posting_client()
        await client.chat_update(
            channel=view.draft.slack_channel or self.settings.slack_review_channel,
            ts=view.draft.slack_ts,
            text=fallback_text(view),
            blocks=review_blocks(view),
        )


def _load_bolt() -> None:
    """Import what the Bolt app and its Web API client use (a thread may run this)."""
    import slack_bolt.adapter.fastapi.async_handler  # noqa: F401
    import slack_bolt.async_app  # noqa: F401
    import slack_sdk.web.async_client  # noqa: F401

    import app.review.slack_actions  # noqa: F401
    import app.review.slack_redraft  # noqa: F401


def build_slack_reviewer(settings: Settings, runtime: Runtime) -> SlackReviewer | None:
    """The Slack reviewer, or None when Slack is not configured (drafts wait in the console)."""
    if not settings.slack_enabled:
        return None
    return SlackReviewer(settings=settings, sessions=runtime.sessions,
                         orchestrator=runtime.orchestrator, clock=runtime.clock,
                         bookings=runtime.bookings)
