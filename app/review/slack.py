"""Staff review in Slack: the Bolt app at POST /slack/events, posting and updating drafts.

Nothing here calls Slack at import or start-up: the Bolt app skips its token check, and messages
are posted by worker jobs.
"""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request, Response
from slack_bolt.adapter.fastapi.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from app.bookings.notices import slack_escape
from app.models import Draft
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
from app.review.slack_redraft import register_redraft
from app.review.view import DraftView, load_view
from vocabulary.settings import Settings

log = logging.getLogger(__name__)
NOT_ALLOWED = "You are not on the approvers list (SLACK_APPROVER_IDS); nothing was changed."


class SlackReviewer:
    """Posts drafts for review and turns button clicks and modal submissions into decisions."""

    def __init__(self, *, settings: Settings, runtime: Any) -> None:
        self.settings = settings
        self.runtime = runtime
        self.client = AsyncWebClient(token=settings.slack_bot_token,
                                     base_url=settings.slack_api_base_url)
        self.app = AsyncApp(
            client=self.client,
            signing_secret=settings.slack_signing_secret,
        )
        self._register()
        register_redraft(self, not_allowed=NOT_ALLOWED)
        self._handler = AsyncSlackRequestHandler(self.app)
        self._verifier = SignatureVerifier(settings.slack_signing_secret)

    def router(self) -> APIRouter:
        router = APIRouter(include_in_schema=False)

        @router.post("/slack/events")
        async def slack_events(request: Request) -> Response:
            # Checked here before Bolt reads anything: Bolt answers 500 to a non-numeric
            # timestamp or a body that is not UTF-8, before it ever looks at the signature.
            body = await request.body()
            timestamp = request.headers.get("x-slack-request-timestamp", "")
            signature = request.headers.get("x-slack-signature", "")
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return Response("unreadable request", status_code=400)
            # compare_digest refuses non-ASCII strings with a TypeError: such a header is forged.
            if not (timestamp.isdigit() and signature.isascii()) or not self._verifier.is_valid(
                body=body, timestamp=timestamp, signature=signature
            ):
                return Response("invalid signature", status_code=401)
            if not readable_interaction(text, request.headers.get("content-type", "")):
                log.warning("unreadable Slack request refused")
                return Response("unreadable request", status_code=400)
            try:
                return await self._handler.handle(request)
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
        async with self.runtime.sessions() as session, session.begin():
            draft = await session.get(Draft, draft_id)
            assert draft is not None
            draft.slack_channel, draft.slack_ts = posted

    async def post_loaded(self, draft_id: int) -> tuple[str, str] | None:
        """Post a draft loaded from the database, unless it is gone or already posted;
        (channel, ts) of the message, for the caller to store."""
        async with self.runtime.sessions() as session:
            view = await load_view(session, draft_id)
        if view is None or view.draft.slack_ts or view.draft.state == "redrafted":
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
        """chat.update the review message to the draft's current state."""
        async with self.runtime.sessions() as session:
            view = await load_view(session, draft_id)
        if view is None or not view.draft.slack_ts:
            return
        await self.client.chat_update(
            channel=view.draft.slack_channel or self.settings.slack_review_channel,
            ts=view.draft.slack_ts,
            text=fallback_text(view),
            blocks=review_blocks(view),
        )

    async def _refresh(self, draft_id: int) -> None:
        try:
            await self.update_draft(draft_id)
        except SlackApiError as exc:  # the worker's review_update job will try again
            log.warning("could not update review message for draft %s: %s", draft_id, exc)

    async def _deny(self, body: dict[str, Any]) -> None:
        channel = (body.get("channel") or {}).get("id") or self.settings.slack_review_channel
        await self.client.chat_postEphemeral(channel=channel, user=body["user"]["id"],
                                             text=NOT_ALLOWED)

    def _register(self) -> None:
        app = self.app

        @app.action("approve")
        async def on_approve(ack: Any, body: dict[str, Any], action: dict[str, Any]) -> None:
            await ack()
            await self._decide(body, action, "approve")

        @app.action("retry")
        async def on_retry(ack: Any, body: dict[str, Any], action: dict[str, Any]) -> None:
            await ack()
            await self._decide(body, action, "retry")

        @app.action("edit")
        async def on_edit(ack: Any, body: dict[str, Any], action: dict[str, Any]) -> None:
            await ack()
            await self._open_modal(body, action, edit=True)

        @app.action("reject")
        async def on_reject(ack: Any, body: dict[str, Any], action: dict[str, Any]) -> None:
            await ack()
            await self._open_modal(body, action, edit=False)

        @app.view(EDIT_CALLBACK)
        async def on_edit_submit(ack: Any, body: dict[str, Any], view: dict[str, Any]) -> None:
            await self._submit_edit(ack, body, view)

        @app.view(REJECT_CALLBACK)
        async def on_reject_submit(ack: Any, body: dict[str, Any], view: dict[str, Any]) -> None:
            await self._submit_reject(ack, body, view)

    async def _decide(self, body: dict[str, Any], action: dict[str, Any], kind: str) -> None:
        user = body["user"]["id"]
        draft_id = parse_draft_value(action.get("value"))
        if draft_id is None:
            return
        if not self.allowed(user):
            await self._deny(body)
            return
        async with self.runtime.sessions() as session, session.begin():
            if kind == "approve":
                decision = await service.approve(session, draft_id=draft_id, actor=user,
                                                 bookings=self.runtime.bookings)
            else:
                decision = await service.retry_send(session, draft_id=draft_id, actor=user)
        if not decision.ok and decision.state == service.PENDING:
            # Still pending (a booking step refused): say why, or the click looks lost.
            channel = (body.get("channel") or {}).get("id") or self.settings.slack_review_channel
            await self.client.chat_postEphemeral(channel=channel, user=user,
                                                 text=slack_escape(decision.message))
        await self._refresh(draft_id)

    async def _open_modal(self, body: dict[str, Any], action: dict[str, Any], *, edit: bool) -> None:
        draft_id = parse_draft_value(action.get("value"))
        if draft_id is None:
            return
        if not self.allowed(body["user"]["id"]):
            await self._deny(body)
            return
        async with self.runtime.sessions() as session:
            view = await load_view(session, draft_id)
        if view is None or view.draft.state != "pending":
            await self._refresh(draft_id)
            return
        modal = edit_modal(view) if edit else reject_modal(view)
        await self.client.views_open(trigger_id=body["trigger_id"], view=modal)

    async def _submit_edit(self, ack: Any, body: dict[str, Any], view: dict[str, Any]) -> None:
        user = body["user"]["id"]
        draft_id = parse_draft_value(view.get("private_metadata"))
        text = _input_value(view, EDIT_BLOCK, EDIT_INPUT)
        if draft_id is None or not self.allowed(user):
            await ack(response_action="errors", errors={EDIT_BLOCK: NOT_ALLOWED})
            return
        async with self.runtime.sessions() as session:
            draft_view = await load_view(session, draft_id)
        if draft_view is None:
            await ack(response_action="errors", errors={EDIT_BLOCK: "This draft no longer exists."})
            return
        check = check_edit(self.runtime, draft_view, text)
        if check.error:
            await ack(response_action="errors", errors={EDIT_BLOCK: check.error})
            return
        await ack()
        async with self.runtime.sessions() as session, session.begin():
            await service.approve(session, draft_id=draft_id, actor=user,
                                             edited_text=text,
                                             extra_flags=edit_flags(check),
                                             bookings=self.runtime.bookings)
        await self._refresh(draft_id)

    async def _submit_reject(self, ack: Any, body: dict[str, Any], view: dict[str, Any]) -> None:
        user = body["user"]["id"]
        draft_id = parse_draft_value(view.get("private_metadata"))
        reason = _input_value(view, REJECT_BLOCK, REJECT_INPUT).strip()
        if draft_id is None or not self.allowed(user):
            await ack(response_action="errors", errors={REJECT_BLOCK: NOT_ALLOWED})
            return
        if not reason:
            await ack(response_action="errors", errors={REJECT_BLOCK: "A reason is required."})
            return
        await ack()
        async with self.runtime.sessions() as session, session.begin():
            await service.reject(session, draft_id=draft_id, actor=user, reason=reason)
        await self._refresh(draft_id)


def readable_interaction(body: str, content_type: str) -> bool:
    """Whether a signed request has the shape the handlers rely on. Bolt and the listeners
    index into the payload freely, so a payload of another shape would be a 500."""
    if content_type.startswith("application/json"):
        try:
            event = json.loads(body)
        except (ValueError, RecursionError):
            return False
        return isinstance(event, dict) and isinstance(event.get("type"), str)
    try:
        raw = parse_qs(body, strict_parsing=True).get("payload", [""])[0]
        payload = json.loads(raw)
    except (ValueError, RecursionError):
        return False
    if not isinstance(payload, dict) or not isinstance(payload.get("type"), str):
        return False
    user = payload.get("user")
    if not isinstance(user, dict) or not isinstance(user.get("id"), str):
        return False
    if payload["type"] == "block_actions":
        actions = payload.get("actions")
        return isinstance(actions, list) and all(isinstance(a, dict) for a in actions)
    if payload["type"] in ("view_submission", "view_closed"):
        return isinstance(payload.get("view"), dict)
    return True


def _input_value(view: dict[str, Any], block: str, action: str) -> str:
    """A modal input's text; empty when the submission lacks it (answered as a form error)."""
    node: Any = view
    for key in ("state", "values", block, action, "value"):
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, str) else ""


def build_slack_reviewer(settings: Settings, runtime: Any) -> SlackReviewer | None:
    """The Slack reviewer, or None when Slack is not configured (drafts wait in the console)."""
    if not settings.slack_enabled:
        return None
    return SlackReviewer(settings=settings, runtime=runtime)
