"""Staff's decisions in Slack: the Approve, Retry, Edit and Reject buttons, the edit and reject
modals, and the approvers check on each (Bolt listener middleware). A decision is made through
`app.review.service`; its review job is then run at once (`SlackReviewer.run_job`), so the
message changes without waiting for a worker. The Redraft button is `app.review.slack_redraft`."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from slack_sdk.errors import SlackApiError

from app.bookings.notices import slack_escape
from app.review import service
from app.review.blocks import (
    EDIT_BLOCK,
    EDIT_CALLBACK,
    EDIT_INPUT,
    REJECT_BLOCK,
    REJECT_CALLBACK,
    REJECT_INPUT,
    edit_modal,
    parse_draft_value,
    reject_modal,
)
from app.review.checks import check_edit, edit_flags
from app.review.slack_payloads import input_value
from app.review.view import load_view
from app.states import DraftState

if TYPE_CHECKING:
    from slack_bolt.context.ack.async_ack import AsyncAck
    from slack_bolt.response import BoltResponse

    from app.review.slack import SlackReviewer

log = logging.getLogger(__name__)
Decide = Callable[..., Awaitable[service.Decision]]


def register_actions(reviewer: SlackReviewer, *, not_allowed: str) -> None:
    """Add the decision buttons' and modals' listeners to the reviewer's Bolt app; people not on
    the approvers list get `not_allowed`."""
    _Actions(reviewer, not_allowed).register()


class _Actions:
    def __init__(self, reviewer: SlackReviewer, not_allowed: str) -> None:
        self.reviewer = reviewer
        self.not_allowed = not_allowed

    async def _refresh(self, job_id: int | None) -> None:
        """Run a queued review job now; a worker runs it instead when none is wired in or
        another worker already holds it."""
        if job_id is not None and self.reviewer.run_job is not None:
            await self.reviewer.run_job(job_id)

    async def _show_current(self, draft_id: int) -> None:
        """A click on a message that is behind its draft (decided meanwhile, or a double
        click): no decision is made, the message is brought up to date."""
        try:
            await self.reviewer.update_draft(draft_id)
        except SlackApiError as exc:  # the draft's own review job will try again
            log.warning("could not update review message for draft %s: %s", draft_id, exc)

    async def _approvers_only(
        self, ack: AsyncAck, body: dict[str, Any], next: Callable[[], Awaitable[None]]
    ) -> BoltResponse | None:
        """Listener middleware: only SLACK_APPROVER_IDS reach the listeners. Others get the
        modal error, or an ephemeral "not allowed" for a button."""
        if self.reviewer.allowed(body["user"]["id"]):
            await next()
            return None
        if body.get("type") == "view_submission":
            callback = (body.get("view") or {}).get("callback_id")
            block = REJECT_BLOCK if callback == REJECT_CALLBACK else EDIT_BLOCK
            response: BoltResponse = await ack(response_action="errors",
                                               errors={block: self.not_allowed})
            return response
        response = await ack()
        try:
            await self._ephemeral(body, self.not_allowed)
        except SlackApiError as exc:
            log.warning("could not tell %s they may not decide: %s", body["user"]["id"], exc)
        return response

    async def _ephemeral(self, body: dict[str, Any], text: str) -> None:
        """A message only the person who clicked sees, where they clicked."""
        channel = (body.get("channel") or {}).get("id") or self.reviewer.settings.slack_review_channel
        await self.reviewer.client.chat_postEphemeral(channel=channel, user=body["user"]["id"],
                                                      text=text)

    def register(self) -> None:
        app, only = self.reviewer.app, [self._approvers_only]

        @app.action("approve", middleware=only)
        async def on_approve(ack: AsyncAck, action: dict[str, Any], body: dict[str, Any]) -> None:
            await ack()
            await self._decide(action, body,
                               partial(service.approve, bookings=self.reviewer.bookings))

        @app.action("retry", middleware=only)
        async def on_retry(ack: AsyncAck, action: dict[str, Any], body: dict[str, Any]) -> None:
            await ack()
            await self._decide(action, body, service.retry_send)

        @app.action("edit", middleware=only)
        async def on_edit(ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
            await ack()
            await self._open_modal(body, action, edit=True)

        @app.action("reject", middleware=only)
        async def on_reject(ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
            await ack()
            await self._open_modal(body, action, edit=False)

        # Bolt passes ack, body and view by these methods' parameter names.
        app.view(EDIT_CALLBACK, middleware=only)(self._submit_edit)
        app.view(REJECT_CALLBACK, middleware=only)(self._submit_reject)

    async def _decide(self, action: dict[str, Any], body: dict[str, Any], decide: Decide) -> None:
        draft_id = parse_draft_value(action.get("value"))
        if draft_id is None:
            return
        async with self.reviewer.sessions() as session, session.begin():
            decision = await decide(session, draft_id=draft_id, actor=body["user"]["id"])
        if not decision.ok and decision.state == DraftState.PENDING:
            # Still pending (a booking step refused): say why, or the click looks lost.
            await self._ephemeral(body, slack_escape(decision.message))
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
        async with self.reviewer.sessions() as session:
            view = await load_view(session, draft_id)
        if view is None or view.draft.state != DraftState.PENDING:
            await self._show_current(draft_id)
            return
        modal = edit_modal(view) if edit else reject_modal(view)
        await self.reviewer.client.views_open(trigger_id=body["trigger_id"], view=modal)

    async def _submit_edit(self, ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        draft_id = parse_draft_value(view.get("private_metadata"))
        text = input_value(view, EDIT_BLOCK, EDIT_INPUT)
        if draft_id is None:
            await ack(response_action="errors", errors={EDIT_BLOCK: self.not_allowed})
            return
        async with self.reviewer.sessions() as session:
            draft_view = await load_view(session, draft_id)
        if draft_view is None:
            await ack(response_action="errors", errors={EDIT_BLOCK: "This draft no longer exists."})
            return
        check = check_edit(self.reviewer.orchestrator, draft_view, text)
        if check.error:
            await ack(response_action="errors", errors={EDIT_BLOCK: check.error})
            return
        await ack()
        async with self.reviewer.sessions() as session, session.begin():
            decision = await service.approve(session, draft_id=draft_id, actor=body["user"]["id"],
                                             edited_text=text, extra_flags=edit_flags(check),
                                             bookings=self.reviewer.bookings)
        await self._after(decision, draft_id)

    async def _submit_reject(self, ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        draft_id = parse_draft_value(view.get("private_metadata"))
        reason = input_value(view, REJECT_BLOCK, REJECT_INPUT).strip()
        if draft_id is None:
            await ack(response_action="errors", errors={REJECT_BLOCK: self.not_allowed})
            return
        if not reason:
            await ack(response_action="errors", errors={REJECT_BLOCK: "A reason is required."})
            return
        await ack()
        async with self.reviewer.sessions() as session, session.begin():
            decision = await service.reject(session, draft_id=draft_id, actor=body["user"]["id"],
                                            reason=reason)
        await self._after(decision, draft_id)
