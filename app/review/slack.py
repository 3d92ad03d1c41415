"""Staff review in Slack: the Bolt app at POST /slack/events, posting and updating drafts.

Nothing here calls Slack at import or start-up: the Bolt app skips its token check, and messages
are posted by worker jobs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request, Response
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import SignatureVerifier
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.bookings.desk import BookingDesk
from app.bookings.notices import slack_escape
from app.clock import SYSTEM_CLOCK, Clock
from app.models import Draft
from app.orchestrator_factory import Drafter
from app.review import service
from app.review.blocks import (
    EDIT_BLOCK,
    EDIT_CALLBACK,
    EDIT_INPUT,
    REJECT_BLOCK,
    REJECT_CALLBACK,
    REJECT_INPUT,
    edit_modal,
    fallback_text,
    parse_draft_value,
    reject_modal,
    review_blocks,
)
from app.review.checks import check_edit, edit_flags
from app.review.slack_payloads import EpochSeconds, input_value, refuse_unverified
from app.review.slack_redraft import register_redraft
from app.review.view import DraftView, load_view, read_view
from app.states import DraftState
from vocabulary.settings import Settings

if TYPE_CHECKING:  # Bolt and the async Web API client (aiohttp) load at first use: start-up time
    from slack_bolt.adapter.fastapi.async_handler import AsyncSlackRequestHandler
    from slack_bolt.async_app import AsyncApp
    from slack_bolt.response import BoltResponse
    from slack_sdk.web.async_client import AsyncWebClient

    from app.runtime import Runtime

log = logging.getLogger(__name__)
NOT_ALLOWED = "You are not on the approvers list (SLACK_APPROVER_IDS); nothing was changed."
Decide = Callable[..., Awaitable[service.Decision]]


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
        self._app: AsyncApp | None = None
        self._handler: AsyncSlackRequestHandler | None = None
        self._run_job: RunJob | None = None
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
            self._register()
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
        self._run_job = run_job
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
        response = await self.client.chat_postMessage(
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
        await self.client.chat_update(
            channel=view.draft.slack_channel or self.settings.slack_review_channel,
            ts=view.draft.slack_ts,
            text=fallback_text(view),
            blocks=review_blocks(view),
        )

    async def _refresh(self, job_id: int | None) -> None:
        """Run a queued review job now; a worker runs it instead when none is wired in or
        another worker already holds it."""
        if job_id is not None and self._run_job is not None:
            await self._run_job(job_id)

    async def _show_current(self, draft_id: int) -> None:
        """A click on a message that is behind its draft (decided meanwhile, or a double
        click): no decision is made, the message is brought up to date."""
        try:
            await self.update_draft(draft_id)
        except SlackApiError as exc:  # the draft's own review job will try again
            log.warning("could not update review message for draft %s: %s", draft_id, exc)

    async def _approvers_only(self, ack: Any, body: dict[str, Any], next: Any) -> BoltResponse | None:
        """Listener middleware: only SLACK_APPROVER_IDS reach the listeners. Others get the
        modal error, or an ephemeral "not allowed" for a button."""
        if self.allowed(body["user"]["id"]):
            await next()
            return None
        if body.get("type") == "view_submission":
            callback = (body.get("view") or {}).get("callback_id")
            block = REJECT_BLOCK if callback == REJECT_CALLBACK else EDIT_BLOCK
            response: BoltResponse = await ack(response_action="errors",
                                               errors={block: NOT_ALLOWED})
            return response
        response = await ack()
        channel = (body.get("channel") or {}).get("id") or self.settings.slack_review_channel
        try:
            await self.client.chat_postEphemeral(channel=channel, user=body["user"]["id"],
                                                 text=NOT_ALLOWED)
        except SlackApiError as exc:
            log.warning("could not tell %s they may not decide: %s", body["user"]["id"], exc)
        return response

    def _register(self) -> None:
        app, only = self.app, [self._approvers_only]

        @app.action("approve", middleware=only)
        async def on_approve(ack: Any, action: dict[str, Any], body: dict[str, Any]) -> None:
            await ack()
            await self._decide(action, body, partial(service.approve, bookings=self.bookings))

        @app.action("retry", middleware=only)
        async def on_retry(ack: Any, action: dict[str, Any], body: dict[str, Any]) -> None:
            await ack()
            await self._decide(action, body, service.retry_send)

        @app.action("edit", middleware=only)
        async def on_edit(ack: Any, body: dict[str, Any], action: dict[str, Any]) -> None:
            await ack()
            await self._open_modal(body, action, edit=True)

        @app.action("reject", middleware=only)
        async def on_reject(ack: Any, body: dict[str, Any], action: dict[str, Any]) -> None:
            await ack()
            await self._open_modal(body, action, edit=False)

        # Bolt passes ack, body and view by these methods' parameter names.
        app.view(EDIT_CALLBACK, middleware=only)(self._submit_edit)
        app.view(REJECT_CALLBACK, middleware=only)(self._submit_reject)

    async def _decide(self, action: dict[str, Any], body: dict[str, Any], decide: Decide) -> None:
        draft_id = parse_draft_value(action.get("value"))
        if draft_id is None:
            return
        async with self.sessions() as session, session.begin():
            decision = await decide(session, draft_id=draft_id, actor=body["user"]["id"])
        if not decision.ok and decision.state == DraftState.PENDING:
            # Still pending (a booking step refused): say why, or the click looks lost.
            channel = (body.get("channel") or {}).get("id") or self.settings.slack_review_channel
            await self.client.chat_postEphemeral(channel=channel, user=body["user"]["id"],
                                                 text=slack_escape(decision.message))
        await self._after(decision, draft_id)

    async def _after(self, decision: service.Decision, draft_id: int) -> None:
        if decision.ok:
            await self._refresh(decision.review_job)
        else:
            await self._show_current(draft_id)

    async def _open_modal(self, body: dict[str, Any], action: dict[str, Any], *, edit: bool) -> None:
        draft_id = parse_draft_value(action.get("value"))
        if draft_id is None:
            return
        async with self.sessions() as session:
            view = await load_view(session, draft_id)
        if view is None or view.draft.state != DraftState.PENDING:
            await self._show_current(draft_id)
            return
        modal = edit_modal(view) if edit else reject_modal(view)
        await self.client.views_open(trigger_id=body["trigger_id"], view=modal)

    async def _submit_edit(self, ack: Any, body: dict[str, Any], view: dict[str, Any]) -> None:
        draft_id = parse_draft_value(view.get("private_metadata"))
        text = input_value(view, EDIT_BLOCK, EDIT_INPUT)
        if draft_id is None:
            await ack(response_action="errors", errors={EDIT_BLOCK: NOT_ALLOWED})
            return
        async with self.sessions() as session:
            draft_view = await load_view(session, draft_id)
        if draft_view is None:
            await ack(response_action="errors", errors={EDIT_BLOCK: "This draft no longer exists."})
            return
        check = check_edit(self.orchestrator, draft_view, text)
        if check.error:
            await ack(response_action="errors", errors={EDIT_BLOCK: check.error})
            return
        await ack()
        async with self.sessions() as session, session.begin():
            decision = await service.approve(session, draft_id=draft_id, actor=body["user"]["id"],
                                             edited_text=text, extra_flags=edit_flags(check),
                                             bookings=self.bookings)
        await self._after(decision, draft_id)

    async def _submit_reject(self, ack: Any, body: dict[str, Any], view: dict[str, Any]) -> None:
        draft_id = parse_draft_value(view.get("private_metadata"))
        reason = input_value(view, REJECT_BLOCK, REJECT_INPUT).strip()
        if draft_id is None:
            await ack(response_action="errors", errors={REJECT_BLOCK: NOT_ALLOWED})
            return
        if not reason:
            await ack(response_action="errors", errors={REJECT_BLOCK: "A reason is required."})
            return
        await ack()
        async with self.sessions() as session, session.begin():
            decision = await service.reject(session, draft_id=draft_id, actor=body["user"]["id"],
                                            reason=reason)
        await self._after(decision, draft_id)


def _load_bolt() -> None:
    """Import what the Bolt app and its Web API client use (a thread may run this)."""
    import slack_bolt.adapter.fastapi.async_handler  # noqa: F401
    import slack_bolt.async_app  # noqa: F401
    import slack_sdk.web.async_client  # noqa: F401


def build_slack_reviewer(settings: Settings, runtime: Runtime) -> SlackReviewer | None:
    """The Slack reviewer, or None when Slack is not configured (drafts wait in the console)."""
    if not settings.slack_enabled:
        return None
    return SlackReviewer(settings=settings, sessions=runtime.sessions,
                         orchestrator=runtime.orchestrator, clock=runtime.clock,
                         bookings=runtime.bookings)
