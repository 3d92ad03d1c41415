"""An email's quoted thread (`vocabulary.quoted_thread`) taken out of its text and read as the
conversation's history when the gateway holds none: the business's quote the customer answers
is then the order the reply changes, as a history turn would be ("Adding my in-laws, so 2 more
adults please" above the quote of 10 adults and 2 kids: 12 and 2). A conversation with turns of
its own keeps them: the gateway's record is the conversation, the quoted copy only repeats it.
Earlier customer turns carrying a thread of their own lose it (it is older still). A quote in our
words whose sender is not known to be us ("[unknown]": another caterer's, written the same way)
is no turn of ours: the reply answering it is asked (`thread_doubt`, round q79f)."""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator.drafts import Turn
from vocabulary.quoted_thread import split_thread

UNKNOWN_QUOTE = ("the email answers a quote below it in our words from a sender not known to be "
                 "us (another caterer's?): which order, and is it ours?")


def thread_doubt(text: str, history: Sequence[Turn]) -> str | None:
    """The check an email's thread raises when the gateway holds no conversation of its own and
    the quote the reply answers is not known to be the business's (`UNKNOWN_QUOTE`); else None."""
    if history:
        return None
    return UNKNOWN_QUOTE if any(role == "unknown" for role, _ in split_thread(text)[1]) else None


def with_thread(text: str, history: Sequence[Turn]) -> tuple[str, tuple[Turn, ...]]:
    """`text` without its quoted thread, and `history`, or the thread's turns when `history` is
    empty."""
    newest, thread = split_thread(text)
    kept = tuple(Turn(t.role, split_thread(t.text)[0]) if t.role == "customer" else t
                 for t in history)  # fmt: skip
    if kept:
        return newest, kept
    return newest, tuple(Turn("business" if role == "business" else "customer", said)
                         for role, said in thread if role != "unknown")  # fmt: skip
