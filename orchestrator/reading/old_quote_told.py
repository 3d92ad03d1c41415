"""What a quote the customer got before had, told beside the order stated anew ("hey i got a quote
from u guys yesterday that had 3 kids on it but my youngest is 4 so she should be free. its 10
adults + 3 kids (11, 8, 4), ..."): the old quote's count is no guest, and the kid named by her
place among the ages listed ("my youngest is 4", one of the "(11, 8, 4)") no kid more. Both are
taken out of the message before it is read, only when the message counts the same guests again
itself (the count of the same word, the age among the ages told); otherwise the words stay for the
reader and its safety net, which ask. Set 170 fh085 (round q84g)."""

from __future__ import annotations

import re

_GUESTS = r"(?:kids?|children|adults?|people|guests|ppl)"
# "a quote from u guys yesterday that had 3 kids on it", "the quote you sent said 12 adults": the
# count the old quote had (group 1: its number, group 2: its guest word)
_OLD_QUOTE = re.compile(
    r"\b(?:a|the|your|ur|that|my|our)\s+(?:quote|estimate)\b[^.!?\n]{0,60}?\b(?:that\s+|which\s+)?"
    r"(?:had|has|said|says|showed|shows|listed|was\s+for)\s+"
    rf"(\d{{1,3}})\s+({_GUESTS})\b(?:\s+on\s+it)?",
    re.IGNORECASE,
)
# "my youngest is 4", "our oldest is 11": one kid by her place among the ages (group 1: the age)
_PLACED_KID = re.compile(
    r"\b(?:my|our)\s+(?:youngest|oldest|eldest)\s+(?:is|was|turned)\s+(\d{1,2})\b", re.I
)
# "3 kids (11, 8, 4)": the ages listed in brackets after a count of kids
_AGES = re.compile(
    r"\b\d{1,2}\s+(?:kids?|children)\s*\(\s*(\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})+)\s*\)", re.I
)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _word(word: str) -> str:
    return {"kid": "kids", "child": "kids", "children": "kids", "adult": "adults"}.get(word, word)


def before_our_quotes(turns: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` with `old_quote_told` applied to the customer's messages before any business turn
    (after one, a quote told back is ours, which the quote readers read)."""
    out, ours = [], False
    for role, text in turns:
        ours = ours or role != "customer"
        out.append((role, text if ours else old_quote_told(text)))
    return out


def old_quote_told(text: str) -> str:
    """`text` with an old quote's count and a kid placed among the listed ages blanked
    when the message counts those guests again; `text` unchanged otherwise."""
    m = _OLD_QUOTE.search(text)
    if m is None:
        return text
    again = [
        c for c in re.finditer(rf"\b(\d{{1,3}})\s+({_GUESTS})\b", text, re.I)
        if c.start() >= m.end() and _word(c.group(2).lower()) == _word(m.group(2).lower())
    ]  # fmt: skip
    if not again:
        return text
    out = _blank(text, m.start(1), m.end())
    ages = _AGES.search(out)
    placed = _PLACED_KID.search(out)
    if ages and placed:
        told = [int(n) for n in re.findall(r"\d{1,2}", ages.group(1))]
        age = int(placed.group(1))
        if age == (min(told) if "young" in placed.group(0) else max(told)):
            out = _blank(out, placed.start(), placed.end())
    return out
