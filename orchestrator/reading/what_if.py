"""A change asked about with its price: "what if 2 more friends come, how much then?", "can 5 of
them have lobster instead of the strip? how much more would that be". The customer asks for the
price of the order with the change, so the change is read as said (the quote is the answer);
"if" or "can" there is the question's, not a doubt. Another hedge in the clause ("what if maybe
2 more come") or no price asked ("what if 2 more come?", "can 4 of them get lobster instead of
shrimp?": whether it can be done) leaves it asked."""

from __future__ import annotations

import re

Span = tuple[int, int]

# "what if", opening the clause (after "ok", "and", "so", "hmm")
_WHAT_IF = re.compile(r"\A\s*(?:(?:ok|okay|and|so|hmm|also|but)\s*,?\s+)?what\s+if\b")
# the price asked in the same clause, after the change
_PRICE = re.compile(
    r"\b(?:how\s+much|what(?:'s|s|\s+is|\s+would)\s+(?:it|that|the\s+(?:total|price|cost))|"
    r"what\s+(?:would|will)\s+(?:it|that)\s+(?:be|cost|come\s+to))\b"
)


def priced_what_if(clause: str, hedge: re.Pattern[str]) -> bool:
    """`clause` (normalized) asks the price of a change opened by "what if", with no other word
    of `hedge` in it."""
    if "if" not in clause or "what" not in clause:  # cheap gate: most clauses have neither
        return False
    opened = _WHAT_IF.match(clause)
    if opened is None or not _PRICE.search(clause, opened.end()):
        return False
    return not hedge.search(clause, opened.end())


# "can 5 of them have", "could 3 of us get": the guests of a swap asked as a question, right
# before the protein they would have
_CAN_SOME = re.compile(
    r"\b(?:can|could)\s+(\d{1,3})\s+of\s+(?:them|us|those|the\s+[a-z]+|our\s+[a-z]+)\s+"
    r"(?:have|get|do|switch\s+to|swap\s+to)\s+(?:the\s+)?$"
)


def priced_some(text: str, start: int) -> tuple[int, Span] | None:
    """ "can 5 of them have lobster instead of the strip? how much more would that be": how many
    guests the swap at `start` in normalized `text` is for, and the words read, when the price
    of it is asked after; else None."""
    m = _CAN_SOME.search(text, max(0, start - 40), start)
    if m is None or not _PRICE.search(text, start):
        return None
    return int(m.group(1)), (m.start(), start)
