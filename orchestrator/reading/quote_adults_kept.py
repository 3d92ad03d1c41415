"""Our quote's adults against the conversation's reading: a follow-up that names no one leaving
and no new count of grown-ups ("oh and my sister's 2 boys can come too, they're 7 and 11. same
food") must not price fewer adults than our latest quote counted. When the reading of the
earlier messages finds fewer (a household list it reads short, "us, my in-laws, 4 couples from
his work and our 3 kids (13, 9, 4)" read as 8 adults where the quote said 13), the draft asks
rather than quoting the short count (set 182's ft033)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.our_quote import our_quotes

Turn = tuple[str, str]

# words that may take grown-ups away or state their number anew: the reading's own to settle
_FEWER_SAID = re.compile(
    r"\b(?:not|no|cant|can't|cannot|couldn'?t|won'?t|wont|isn'?t|aren'?t|no longer|drop\w*|minus|"
    r"less|fewer|only|just|down|instead|actually|cancel\w*|out|lost|short|make it|scratch|remove\w*|"
    r"take|without|except|sick|skip\w*|bail\w*|flak\w*|total|all|now|correct\w*|wrong|mistake|"
    r"typo|meant|sorry|oops|adults?|people|ppl|guests?|of us|grown|persons?|pax|couples?|"
    r"nadie|no pueden?|menos|solo|ahora|somos|adultos|personas)\b"
)


# a number of kids ("2 boys", "3 kids") or their ages ("they're 7 and 11", "(7, 9)")
_KIDS_NUMBER = re.compile(
    r"\d{1,3}\s*(?:more\s+|little\s+|young\s+)?(?:kids?|boys?|girls?|child\w*|bab\w+|toddlers?|"
    r"nephews?|nieces?|sons?|daughters?|grandkids?|twins|triplets)\b"
)
_AGES = re.compile(
    r"(?:they'?re|theyre|they are|ages?|aged|\()\s*\d{1,2}(?:\s*(?:,|and|&|n)\s*\d{1,2})*"
    r"|\d{1,2}\s*(?:yrs?|years?|yo|y/o|months?|mos?)\b"
)


def _count_said(low: str) -> bool:
    """A number in lower-case `low` that is neither a number of kids nor their ages ("Final
    headcount came in at 27"): a count the reading settles."""
    return bool(re.search(r"\d", _AGES.sub(" ", _KIDS_NUMBER.sub(" ", low))))


def quote_adults_lost(inquiry: Inquiry, turns: Sequence[Turn], sent: str) -> str | None:
    """Why the order read (`inquiry`) after our latest quote in `turns` is asked: it has fewer
    adults than that quote counted while the customer's message `sent` says nothing that could
    take any away; None otherwise."""
    if not turns or turns[-1][0] != "business" or inquiry.adults is None:
        return None
    quotes = our_quotes(turns[-1][1])
    if len(quotes) != 1:
        return None
    quoted = sum(n for n, band in quotes[0].bands if band.startswith("adult"))
    low = sent.lower()
    if not quoted or inquiry.adults >= quoted or _FEWER_SAID.search(low) or _count_said(low):
        return None
    return f"our quote counted {quoted} adults; this reads {inquiry.adults}: which is it?"
