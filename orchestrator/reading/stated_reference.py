"""An order named by reference and stated right after it: "Same food as before please (chicken and
NY strip)", "same as last time: filet and shrimp", "same food as last time (chicken and filet)".
The reference names no order staff must look up; the order is the one the message states, read as
any other."""

from __future__ import annotations

import re

from orchestrator.message_topics import message_topics
from orchestrator.reading.references import ELSEWHERE

Span = tuple[int, int]

# what opens the order stated after its reference: "... please (", "...: "; the reference's own
# last word may come first ("same food as last time (chicken and filet)")
_STATED_AFTER = re.compile(
    r"[^\S\n]*(?:(?:time|year|time around)\b[^\S\n]*)?(?:please|pls|plz)?[^\S\n]*[(:][^\S\n]*"
)


def stated_after(text: str, span: Span, order_word: re.Pattern[str]) -> bool:
    """The reference at `span` of normalized `text` is followed by a bracket or a colon opening
    a catalog word (`order_word`): the order it names is stated there."""
    after = _STATED_AFTER.match(text, span[1])
    return bool(after and order_word.match(text, after.end()))


def order_topics(plain: str, norm: str, order_word: re.Pattern[str]) -> tuple[frozenset[str], bool]:
    """`message_topics(plain)`, without "past_order" when every reference of `norm` to an earlier
    order states that order right after it (`order_word`: the catalog's words)."""
    topics, complaint = message_topics(plain)
    if "past_order" not in topics:
        return topics, complaint  # speed: most messages name no earlier order
    if all(stated_after(norm, m.span(), order_word) for m in ELSEWHERE.finditer(norm)):
        topics = topics - {"past_order"}
    return topics, complaint
