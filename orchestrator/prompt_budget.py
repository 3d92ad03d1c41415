"""Size caps on what is sent to the model: each message, and the whole prompt.

Customer text is outside input of any size (a 450 kB email, a burst of pasted SMS), and every
earlier message is sent again as history, so without caps one conversation can make requests of
megabytes. The stored messages stay whole; only the model's copy is shortened, and the draft is
flagged so the reviewer knows the model did not see everything.

Order of cuts: each long message keeps its beginning (where people state what they want); then the
oldest history turns are left out until the prompt fits; the system prompt is never cut, and the
newest customer message is shortened further only when nothing else is left to drop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

TRUNCATED = "truncated"


@dataclass(frozen=True, slots=True)
class PromptLimits:
    """Characters of message content: per message (system prompt excepted) and in total."""

    max_message_chars: int = 6_000
    max_prompt_chars: int = 24_000


@dataclass(frozen=True, slots=True)
class FittedPrompt:
    """The messages to send, and what was cut (empty when nothing was)."""

    messages: list[dict[str, Any]]
    shortened: int = 0
    dropped: int = 0

    @property
    def flags(self) -> tuple[str, ...]:
        """The reviewer's flag: "truncated: ..." saying what the model did not see."""
        if not (self.shortened or self.dropped):
            return ()
        parts = []
        if self.shortened:
            parts.append(f"{self.shortened} long message(s) shortened for the model")
        if self.dropped:
            parts.append(f"{self.dropped} earlier message(s) left out of its prompt")
        return (f"{TRUNCATED}: " + ", ".join(parts) + " (the full text is stored)",)


def _marker(hidden: int) -> str:
    return f"\n[... {hidden:,} more characters not shown to you; staff see the full text ...]"


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, its end replaced by a note of what is missing."""
    if len(text) <= limit:
        return text
    if limit < 2 * len(_marker(len(text))):  # no room for the note as well: a plain cut
        return text[: max(limit, 0)]
    keep = limit - len(_marker(len(text)))
    return text[:keep] + _marker(len(text) - keep)


def _size(messages: Sequence[dict[str, Any]]) -> int:
    return sum(len(m.get("content") or "") for m in messages)


def fit_prompt(messages: Sequence[dict[str, Any]], limits: PromptLimits) -> FittedPrompt:
    """`messages` (system prompt first, newest customer message last) within `limits`."""
    if len(messages) < 2:
        return FittedPrompt([dict(m) for m in messages])
    system, *history, latest = (dict(m) for m in messages)
    shortened = 0
    for message in (*history, latest):
        content = message.get("content") or ""
        if len(content) > limits.max_message_chars:
            message["content"] = shorten(content, limits.max_message_chars)
            shortened += 1
    dropped = 0
    while history and _size([system, *history, latest]) > limits.max_prompt_chars:
        history.pop(0)
        dropped += 1
    room = limits.max_prompt_chars - _size([system])
    content = latest.get("content") or ""
    if len(content) > room:
        latest["content"] = shorten(messages[-1].get("content") or "", max(room, 0))
        shortened += int(len(content) == len(messages[-1].get("content") or ""))  # once only
    return FittedPrompt([system, *history, latest], shortened, dropped)
