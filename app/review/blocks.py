"""Block Kit for the Slack review message and its modals. Pure functions of a DraftView."""

from __future__ import annotations

from typing import Any

from app.outbox import RETRYABLE
from app.review.slack_text import actor_mention, clip, slack_escape
from app.review.staff_blocks import automatic_status, note_line, redraft_status
from app.review.view import DraftView
from app.states import DraftState, OutboxState

ACTIONS_BLOCK = "draft_actions"
EDIT_CALLBACK, REJECT_CALLBACK = "edit_draft", "reject_draft"
EDIT_BLOCK, EDIT_INPUT = "draft_body", "draft_text"
REJECT_BLOCK, REJECT_INPUT = "reject_reason", "reason_text"
SLACK_TEXT_LIMIT = 2900  # a section's text may hold 3000 characters


def draft_value(draft_id: int) -> str:
    return f"draft:{draft_id}"


def parse_draft_value(value: object) -> int | None:
    """The draft id from a button value or private_metadata ("draft:42"), else None. The value
    comes from a signed but outside payload, so anything that is not such a string is None."""
    if not isinstance(value, str) or not value.startswith("draft:"):
        return None
    number = value.removeprefix("draft:")
    return int(number) if number.isascii() and number.isdigit() and len(number) <= 9 else None


def _mrkdwn(text: str) -> dict[str, Any]:
    """A mrkdwn text object whose outside parts are already escaped. `verbatim` stops Slack's
    automatic parsing (bare URLs, channel names) of the customer's words."""
    return {"type": "mrkdwn", "text": clip(text, SLACK_TEXT_LIMIT), "verbatim": True}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": _mrkdwn(text)}


def _quote(text: str) -> str:
    """Raw outside text as an escaped mrkdwn block quote (the `> ` marks are ours)."""
    return "\n".join("> " + slack_escape(line) for line in (text or " ").splitlines() or [" "])


def _button(action_id: str, text: str, draft_id: int, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": text},
        "value": draft_value(draft_id),
    }
    if style:
        button["style"] = style
    return button


def status_line(view: DraftView) -> str:
    """One line on where the draft stands, shown once it is no longer pending."""
    draft, outbox = view.draft, view.outbox
    special = automatic_status(view) or (
        redraft_status(view) if draft.state == DraftState.REDRAFTED else None)
    if special:
        return special
    who = actor_mention(draft.decided_by)
    error = slack_escape(outbox.last_error) if outbox is not None else ""
    if outbox is not None and outbox.state in (OutboxState.SENT, OutboxState.DELIVERED):
        provider_id = slack_escape(outbox.provider_message_id)
        return f":white_check_mark: {outbox.state.capitalize()} ({provider_id})" + (
            f", approved by {who}" if who else "")
    if outbox is not None and outbox.state == OutboxState.FAILED:
        return f":x: Send failed: {error}"
    if outbox is not None and outbox.state == OutboxState.HELD:
        return f":pause_button: Held: {error}"
    if outbox is not None and outbox.state == OutboxState.DRY_RUN:
        return ":test_tube: Dry run: channel not configured, not sent"
    labels = {
        "approved": f"Approved by {who}, sending", "edited": f"Approved with edits by {who}, sending",
        "rejected": f"Rejected by {who}: {slack_escape(draft.reason)}", "superseded":
        f"Superseded: {slack_escape(draft.reason)}" if draft.reason
        else "Superseded by a newer customer message",
        "expired": "Expired without a decision",
        "sent": "Sent", "failed": f"Failed: {error}",
    }
    return labels.get(draft.state, slack_escape(draft.state))


def review_blocks(view: DraftView) -> list[dict[str, Any]]:
    """The review message: customer, context, draft, quote, flags, then buttons or status."""
    draft = view.draft
    header = f"*Draft #{draft.id}* for *{slack_escape(view.customer_label)}*"
    if view.conversation.subject:
        header += f"\nSubject: {slack_escape(view.conversation.subject)}"
    blocks: list[dict[str, Any]] = [_section(header)]
    if view.context:
        turns = "\n".join(
            f"{'Customer' if m.direction == 'in' else 'Us'}: {slack_escape(m.text[:200])}"
            for m in view.context
        )
        blocks.append({"type": "context", "elements": [_mrkdwn(turns)]})
    if view.latest is not None:
        blocks.append(_section("*Customer wrote:*\n" + _quote(view.latest.text)))
    if view.locations:
        shared = "\n".join(slack_escape(line) for line in view.locations)
        blocks.append(_section("*Shared location:*\n" + shared))
    blocks.append(_section("*Draft reply:*\n" + _quote(view.shown_text)))
    order = view.order_lines()
    if order:
        blocks.append(_section("*Order as understood:*\n" + slack_escape("\n".join(order))))
    note = note_line(view)
    if note:
        blocks.append({"type": "context", "elements": [_mrkdwn(note)]})
    quote = view.quote_lines()
    if quote:
        blocks.append(_section("*Quote (from the pricing tools):*\n"
                               + "\n".join(slack_escape(line) for line in quote)))
    details = [f"responder: {slack_escape(draft.responder)}"]
    if draft.segments:
        details.append(f"SMS segments: {draft.segments}")
    if view.flags:
        details.append(":warning: " + "; ".join(slack_escape(flag) for flag in view.flags))
    blocks.append({"type": "context", "elements": [_mrkdwn(" | ".join(details))]})
    if draft.state == DraftState.PENDING:
        blocks.append({"type": "actions", "block_id": ACTIONS_BLOCK, "elements": [
            _button("approve", "Approve", draft.id, "primary"),
            _button("edit", "Edit", draft.id),
            _button("redraft", "Redraft", draft.id),
            _button("reject", "Reject", draft.id, "danger"),
        ]})
    else:
        blocks.append(_section(status_line(view)))
        if view.outbox is not None and view.outbox.state in RETRYABLE:
            blocks.append({"type": "actions", "block_id": ACTIONS_BLOCK,
                           "elements": [_button("retry", "Retry", draft.id)]})
    return blocks


def fallback_text(view: DraftView) -> str:
    """The notification text (mrkdwn too, so escaped like the blocks)."""
    return f"Draft #{view.draft.id} for {slack_escape(view.customer_label)}: {view.draft.state}"


def edit_modal(view: DraftView, *, hint: str = "") -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": EDIT_CALLBACK,
        "private_metadata": draft_value(view.draft.id),
        "title": {"type": "plain_text", "text": "Edit reply"},
        "submit": {"type": "plain_text", "text": "Send"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            _section(f"To {slack_escape(view.customer_label)}. {slack_escape(hint)}".strip()),
            {
                "type": "input",
                "block_id": EDIT_BLOCK,
                "label": {"type": "plain_text", "text": "Reply"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": EDIT_INPUT,
                    "multiline": True,
                    # plain_text_input: not mrkdwn, so the draft goes in exactly as written.
                    "initial_value": view.shown_text,
                },
            },
        ],
    }


def reject_modal(view: DraftView) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": REJECT_CALLBACK,
        "private_metadata": draft_value(view.draft.id),
        "title": {"type": "plain_text", "text": "Reject draft"},
        "submit": {"type": "plain_text", "text": "Reject"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            {
                "type": "input",
                "block_id": REJECT_BLOCK,
                "label": {"type": "plain_text", "text": "Why? (staff will follow up by hand)"},
                "element": {"type": "plain_text_input", "action_id": REJECT_INPUT,
                            "multiline": True},
            }
        ],
    }
