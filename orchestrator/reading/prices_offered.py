"""A reply that gave two prices, then a message taking "it" without saying which (round q84j).

Set 180's fr077: "ok cool book it" after "With lobster tail instead of filet mignon: 12 adults, 12
chicken, 12 lobster tail: $840.00 total, no travel fee. Or keep the filet mignon at $720.00." The
what-if's answer names both prices, and the booking names neither: the draft gave the deposit
alone, no question. "sounds good, lets do it" after "With the premium sake service: ...: $625.00
total ... Or without it at $600.00." was read as taking the add-on and priced at $625, no flag.
Two quotes in one reply ("Option A: Quote for ... Option B: Quote for ...") are the same: "great
book it" asked "What should we book: how many guests ...?" as if nothing had been quoted.

A reply gives two prices when it states two different totals, or one total and an alternative
at another amount ("Or keep the filet mignon at $720.00", "or without it at $600.00"). The
message leaves the choice unsaid when it only accepts or books ("ok cool book it", "sounds good,
lets do it", "yes please", "perfect, lock it in for sat"): no food, no amount, no option named.
Such a message is asked which, never booked at one of the prices."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from orchestrator.reading.our_quote import stated_totals

# a sentence that opens with "or" ("Or keep the filet mignon at $720.00", "Or without it at
# $600.00", "otherwise it's $880.00"): the alternative's amount
_ALTERNATIVE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:or|otherwise|alternatively)\b[^.\n]*?\$\s?(\d[\d,]*(?:\.\d\d)?)",
    re.IGNORECASE,
)
# a total however it is written ("$840.00 total" after a what-if's own words, "total of $840")
_TOTAL = re.compile(
    r"\$\s?(\d[\d,]*(?:\.\d\d)?)\s+(?:in\s+)?total\b|\btotal(?:\s+of|:)?\s+\$\s?(\d[\d,]*(?:\.\d\d)?)",
    re.IGNORECASE,
)
# words that accept or book and name nothing ("ok cool book it", "sounds good, lets do it",
# "yes please lock it in", "deal!", "perfect go ahead")
_ACCEPTING = re.compile(
    r"(?:[\W_]|\b(?:ok|okay|k|kk|cool|sweet|nice|alright|yes+|yeah|yep|yup|ya|sure|sounds?|good|"
    r"great|perfect|awesome|amazing|works?|fine|deal|love|it|that|this|thats|that's|lets|let's|"
    r"let|us|we|we'll|i|i'll|do|go|ahead|with|book|reserve|lock|in|confirm|please|pls|plz|thanks|"
    r"thank|you|thx|ty|then|so|just|and|the|date|for|me|is|all|set|to|want|wanna|"
    r"take|si|sí|dale|listo|perfecto|bueno|gracias)\b)*"
)
# a booking's day or time beside the acceptance ("book it for sat", "lock it in for the 14th at
# 6pm"): no choice of order in it
_WHEN = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\b\d{1,2}/\d{1,2}\b"
    # "the 14th", never "2nd one" (the second price named, set 168's ff066)
    r"|\b\d{1,2}(?:st|nd|rd|th)\b(?!\s*(?:one|option|quote|choice|price))"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bat\s+\d{1,2}\b"
)


def _amount(words: str) -> Decimal:
    """ "1,080.00" as an amount."""
    return Decimal(words.replace(",", ""))


def prices_offered(reply: str) -> set[Decimal]:
    """The prices a business reply offers: each total it states and each alternative's amount."""
    offered = set(stated_totals(reply))
    offered |= {_amount(m.group(1) or m.group(2)) for m in _TOTAL.finditer(reply)}
    offered |= {_amount(m.group(1)) for m in _ALTERNATIVE.finditer(reply)}
    return offered


def choice_unsaid(turns: Sequence[tuple[str, str]]) -> str | None:
    """Why the last message of `turns` ((role, text), oldest first) leaves unsaid which of the
    prices the reply before it offered it takes; None when that reply offered one price or the
    message says more than accepting or booking."""
    if len(turns) < 2 or turns[-1][0] != "customer" or turns[-2][0] != "business":
        return None
    if len(prices_offered(turns[-2][1])) < 2:
        return None
    words = _WHEN.sub(" ", turns[-1][1].lower())
    if not words.strip() or _ACCEPTING.fullmatch(words) is None:
        return None
    return "our reply gave two prices and the message takes one without saying which: which one?"
