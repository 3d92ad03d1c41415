"""Block Kit for the staff tools: the redraft modal, the redraft and automatic-send lines of the
review message, and the reminder text. Pure functions; every outside text is escaped."""

from __future__ import annotations

from typing import Any

from app.autoapprove import is_automatic, rule_of
from app.review.service import REDRAFT_NOTE_MAX
from app.review.slack_text import actor_mention, slack_escape
from app.review.view import DraftView

REDRAFT_CALLBACK = "redraft_draft"
REDRAFT_BLOCK, REDRAFT_INPUT = "redraft_note", "note_text"


def redraft_modal(view: DraftView) -> dict[str, Any]:
    """The modal behind the Redraft button: one instruction for the new draft."""
    return {
        "type": "modal",
        "callback_id": REDRAFT_CALLBACK,
        "private_metadata": f"draft:{view.draft.id}",
        "title": {"type": "plain_text", "text": "Redraft with a note"},
        "submit": {"type": "plain_text", "text": "Redraft"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": (
                f"A new draft for {slack_escape(view.customer_label)} replaces this one in the "
                "same message.")[:2900]}},
            {
                "type": "input",
                "block_id": REDRAFT_BLOCK,
                "label": {"type": "plain_text", "text": "Instruction for the new draft"},
                "hint": {"type": "plain_text", "text": "For example: offer Sunday instead; "
                         "shorter; he is a returning customer"},
                "element": {"type": "plain_text_input", "action_id": REDRAFT_INPUT,
                            "multiline": True, "max_length": REDRAFT_NOTE_MAX},
            },
        ],
    }


def redraft_status(view: DraftView) -> str:
    """The status line of a draft sent back for a redraft (until the new one replaces it)."""
    note = slack_escape(view.draft.reason or "")
    who = actor_mention(view.draft.decided_by) or "someone"
    return f":arrows_counterclockwise: Redrafting at {who}'s request: {note}"


def note_line(view: DraftView) -> str | None:
    """On a redraft: whose note it followed (the audit trail keeps it too)."""
    if not view.draft.staff_note:
        return None
    return (f":memo: Redraft #{view.draft.replaces_draft_id} note: "
            f"{slack_escape(view.draft.staff_note)}")


def automatic_status(view: DraftView) -> str | None:
    """The status line of a draft sent by an auto-approval rule, else None."""
    draft, outbox = view.draft, view.outbox
    if not is_automatic(draft.decided_by):
        return None
    rule = rule_of(draft.decided_by)
    if outbox is not None and outbox.state in ("sent", "delivered"):
        return (f":robot_face: Sent automatically (rule: {rule}); "
                f"{outbox.state} ({slack_escape(outbox.provider_message_id or '')})")
    if outbox is not None and outbox.state == "dry_run":
        return f":robot_face: Approved automatically (rule: {rule}); dry run, not sent"
    if outbox is not None and outbox.state in ("failed", "held"):
        return None  # the failure line says more
    return f":robot_face: Approved automatically (rule: {rule}), sending"


def reminder_text(view: DraftView, *, minutes: int, group: str) -> str:
    """The reminder posted in the review message's thread (and broadcast to the channel)."""
    mention = f"<!subteam^{group}> " if group else ""
    return (f"{mention}:alarm_clock: Draft #{view.draft.id} for "
            f"{slack_escape(view.customer_label)} has waited {minutes} minutes for a decision.")
