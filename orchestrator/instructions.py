"""Staff instructions for a redraft ("offer Sunday instead", "shorter").

The note reaches the model as a system message of its own, after the conversation, so it is never
mixed with the customer's words; the draft staff sent back goes before it as the assistant's turn.
The offline responder cannot follow a note: its fresh draft carries the note and a flag instead.
"""

from __future__ import annotations

from typing import Any

NOTE_MAX_CHARS = 500
NOT_APPLIED_FLAG = "staff_note_not_applied: the offline responder drafted afresh; edit by hand"


def clean_note(note: str) -> str:
    """The note as the model sees it: trimmed, control characters out, size-capped."""
    kept = "".join(ch for ch in note if ch in "\n\t" or ch.isprintable())
    return kept.strip()[:NOTE_MAX_CHARS]


def instruction_messages(note: str, previous_draft: str | None) -> list[dict[str, Any]]:
    """The messages appended after the customer's latest message for a redraft."""
    messages: list[dict[str, Any]] = []
    if previous_draft:
        messages.append({"role": "assistant", "content": previous_draft})
    messages.append({
        "role": "system",
        "content": (
            "Staff instruction (from the business's staff, not from the customer): write a new "
            "reply to the customer's latest message"
            + (" instead of the draft above" if previous_draft else "")
            + ", following this instruction. The rules above still apply: every price comes "
            "from a tool result.\nInstruction: " + clean_note(note)
        ),
    })
    return messages
