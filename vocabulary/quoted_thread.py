"""The earlier messages an email quotes, carried in its text to the responder.

An email reply often holds the conversation below its newest words ("On ... wrote:" with "> "
lines, an Outlook "From:/Sent:/Subject:" block) when the gateway has no record of it: the
business answered from its own mail client, or the thread began elsewhere. The email adapter,
which alone can parse the thread, writes the turns it could tell apart after the newest reply,
under `MARK`, one "[customer]" or "[business]" line opening each turn's text, oldest first; the
responder splits them off again (`split_thread`) and reads them as the conversation's history.
An "[unknown]" turn is a quote in the business's words whose sender the adapter could not tell
is the business (another caterer's quote in the same words, or the gateway not told its own
address): no history, and the reply answering it is asked. Both sides import this module so the
format has one owner.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MARK = "[quoted thread]"
_ROLES = ("customer", "business", "unknown")
_TURN = re.compile(r"^\[(customer|business|unknown)\]$", re.MULTILINE)

QuotedTurn = tuple[str, str]  # (role, text): role "customer", "business" or "unknown"


def write_thread(newest: str, turns: Sequence[QuotedTurn]) -> str:
    """`newest` with `turns` (oldest first) written after it; `newest` alone when there are none."""
    if not turns:
        return newest
    blocks = [f"[{role}]\n{text.strip()}" for role, text in turns if role in _ROLES]
    return "\n\n".join([newest.rstrip(), MARK, *blocks])


def split_thread(text: str) -> tuple[str, tuple[QuotedTurn, ...]]:
    """The newest words of `text` and the quoted turns written after them (oldest first); `text`
    unchanged and no turns when it carries no thread."""
    head, mark, rest = text.partition(f"\n\n{MARK}\n\n")
    if not mark:
        return text, ()
    parts = _TURN.split(rest)  # ["", role, text, role, text, ...]
    turns = tuple((parts[i], parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2))
    return head.rstrip(), tuple(turn for turn in turns if turn[1])


def newest_words(text: str) -> str:
    """`text` without a quoted thread: what the customer wrote this time (addresses stated,
    topics asked, a ZIP typed are theirs, not the thread's)."""
    return split_thread(text)[0]
