"""Money said beside an order: a budget ("under 1k pls", "max 900 for the whole thing", "budget
800ish"), a per-head price ("~$50/head"), a competitor's price ("another company quoted us
$52/person") and an amount offered ("can you do 1300?"), its thousands written any way ("a budget
of roughly $1,200", "$1200.00", "$1.2k", "2,000 to work with"). Money is never a count and never a
price: its numbers and words change nothing of the order, whose quote answers whether it fits.
An amount asked to be met is a discount request, read by `discount_asked` (a topic for staff
beside the true quote)."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

Span = tuple[int, int]

# a count's word after the number keeps it a count ("up to 400 people")
_NOT_GUESTS = (
    r"(?!\s*(?:adults?|kids?|people|guests?|ppl|pax|persons?|children|teens?|toddlers?|of us|"
    r"proteins?|portions?)\b)"
)
# a bare number of a money's size (3 or 4 digits, or with a thousands comma)
_BARE = r"(\d{1,2},\d{3}|\d{3,4})(?:\s?ish)?\b"
# "$1k", "$1,000", "$1200.00", "~$50", "$52.50", "$1.2k": a dollar sign makes any number money
_MARKED = r"\$\s?(?:\d{1,3}(?:,\d{3})+|\d{1,5})(?:\.\d\d?)?(?:\s?k\b)?(?:\s?ish\b)?"
_DOLLARS = gated(re.compile(_MARKED))
# "under 1k", "1.5k budget": thousands said with a k
_THOUSANDS = gated(re.compile(r"\b\d{1,2}(?:\.\d)?\s?k\b" + _NOT_GUESTS))
# a per-head amount without a dollar sign ("50 bucks a head", "40 dollars per person")
_PER_HEAD = gated(re.compile(
    r"(?:\$\s?\d{1,3}(?:\.\d\d)?|\b\d{1,3}\s*(?:bucks|dollars))\s*(?:/\s*|per\s+|an?\s+|each\s+)?"
    r"(?:person|head|guest|plate|pp|pax|adult)\b"
))  # fmt: skip
# a bare amount after a word of a limit or a budget ("under 1,000", "max 900", "budget 800ish")
_LIMIT_BEFORE = gated(re.compile(
    r"\b(?:under|below|less than|no more than|not over|at most|max(?:imum)?|tops|"
    r"budget(?:ed)?(?:\s+(?:is|of|was|at))?\s*:?(?:\s*(?:~|about|around|like|roughly|approx\w*))?)"
    r"\s*~?\s*(?:" + _BARE + "|" + _MARKED + r"|\d{1,2}(?:\.\d)?\s?k\b)" + _NOT_GUESTS
))  # fmt: skip
# a bare amount before a word of a limit or an offer ("900 max", "600 flat", "1200 all in")
_LIMIT_AFTER = gated(re.compile(
    r"\b" + _BARE + r"\s*(?:max|maximum|tops|flat|all in|or less|or under|budget|total budget|"
    r"to spend|to work with|to play with|bucks|dollars)\b"
))  # fmt: skip
# an amount offered ("can you do 1300 if we book today", "could u go 900?")
_OFFERED = gated(re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u|ya|y'?all|we)\s+(?:guys\s+)?(?:do|go|make it|take|"
    r"accept|get it for|get|do it for)\s+(?:it\s+)?(?:for\s+)?" + _BARE + _NOT_GUESTS
))  # fmt: skip
# who else priced it ("another company", "the other place", "hibachi guy down the street")
_COMPETITOR = gated(re.compile(
    r"\b(?:another|other|a different|the other)\s+(?:hibachi\s+|catering\s+)?(?:company|companies|"
    r"caterers?|catering|place|places|business|vendors?|restaurant|spot|quote)\b"
    r"|\b(?:hibachi\s+)?(?:guy|place|company)\s+down the (?:street|road|block)\b"
))  # fmt: skip
# the least amount a bare number must have to be money: no budget is smaller, no party larger
_LEAST = 400


def _amount(m: re.Match[str]) -> int:
    bare = m.group(1) if m.lastindex else None
    return int(bare.replace(",", "")) if bare else _LEAST


def money_spans(text: str) -> list[Span]:
    """Spans of the money said in normalized `text`: budgets, per-head prices, competitors'
    prices and amounts offered, which are never a count nor an item of the order."""
    spans = [m.span() for p in (_DOLLARS, _THOUSANDS, _PER_HEAD, _COMPETITOR) for m in p.finditer(text)]
    for pattern in (_LIMIT_BEFORE, _LIMIT_AFTER, _OFFERED):
        spans += [m.span() for m in pattern.finditer(text) if _amount(m) >= _LEAST]
    return spans


def money_remarks(text: str) -> list[Span]:
    """The money spans of normalized `text` whose words explain themselves: a per-head amount only
    as a competitor's price ("another company quoted us $52/person"); one of no one's ("we have $40
    per person", "is it $40 per person?") stays asked: a budget, or a price offered?"""
    heads = [m.span() for m in _PER_HEAD.finditer(text)]
    rivals = [m.start() for m in _COMPETITOR.finditer(text)]
    kept = [(s, e) for s, e in heads if any(_same_sentence(text, r, s) for r in rivals)]
    return [span for span in money_spans(text) if span not in heads] + kept


def _same_sentence(text: str, a: int, b: int) -> bool:
    low, high = min(a, b), max(a, b)
    return not any(c in text[low:high] for c in ".;!?\n")


def offered_amount(text: str) -> bool:
    """Whether normalized `text` offers a bare amount to be met ("can you do 1300?")."""
    return any(_amount(m) >= _LEAST for m in _OFFERED.finditer(text))
