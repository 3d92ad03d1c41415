"""The Redraft button in Slack: `redraft` opens the `redraft_draft` modal; its submission sends
the draft back with the note (app.review.service.redraft), and the worker's new draft replaces it
in the same review message."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from slack_sdk.errors import SlackApiError

from app.review import service
from app.review.blocks import parse_draft_value
from app.review.staff_blocks import REDRAFT_BLOCK, REDRAFT_CALLBACK, REDRAFT_INPUT, redraft_modal
from app.review.view import load_view
from app.states import DraftState

if TYPE_CHECKING:
    from slack_bolt.context.ack.async_ack import AsyncAck

    from app.review.slack import SlackReviewer

log = logging.getLogger(__name__)
REDRAFT_ACTION = "redraft"


def _note(view: dict[str, Any]) -> str:
    node: Any = view
    for key in ("state", "values", REDRAFT_BLOCK, REDRAFT_INPUT, "value"):
        node = node.get(key) if isinstance(node, dict) else None
    return node.strip() if isinstance(node, str) else ""


async def _refresh(reviewer: SlackReviewer, draft_id: int) -> None:
    try:
        await reviewer.update_draft(draft_id)
    except SlackApiError as exc:  # the worker's review_update job tries again
        log.warning("could not update review message for draft %s: %s", draft_id, exc)


def register_redraft(reviewer: SlackReviewer, *, not_allowed: str) -> None:
    """Add the redraft button and modal listeners to the reviewer's Bolt app."""
    app = reviewer.app

    @app.action(REDRAFT_ACTION)
    async def on_redraft(ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        draft_id = parse_draft_value(action.get("value"))
        if draft_id is None:
            return
        user = body["user"]["id"]
        if not reviewer.allowed(user):
            channel = (body.get("channel") or {}).get("id") or reviewer.settings.slack_review_channel
            await reviewer.client.chat_postEphemeral(channel=channel, user=user, text=not_allowed)
            return
        async with reviewer.sessions() as session:
            view = await load_view(session, draft_id)
        if view is None or view.draft.state != DraftState.PENDING:
            await _refresh(reviewer, draft_id)
            return
        await reviewer.client.views_open(trigger_id=body["trigger_id"], view=redraft_modal(view))

    @app.view(REDRAFT_CALLBACK)
    async def on_redraft_submit(ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        user = body["user"]["id"]
        draft_id = parse_draft_value(view.get("private_metadata"))
        note = _note(view)
        if draft_id is None or not reviewer.allowed(user):
            await ack(response_action="errors", errors={REDRAFT_BLOCK: not_allowed})
            return
        if not note:
            await ack(response_action="errors",
                      errors={REDRAFT_BLOCK: "Write what the new draft should do."})
            return
        if len(note) > service.REDRAFT_NOTE_MAX:
            await ack(response_action="errors", errors={
                REDRAFT_BLOCK: f"At most {service.REDRAFT_NOTE_MAX} characters."})
            return
        await ack()
        async with reviewer.sessions() as session, session.begin():
            await service.redraft(session, draft_id=draft_id, actor=user, note=note)
        await _refresh(reviewer, draft_id)
