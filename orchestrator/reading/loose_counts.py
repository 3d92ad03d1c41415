"""Numbers of a loose guest count: an RSVP tally ("16 yes and 3 maybes", "26 yes, 4 no"), those
invited ("30 invited"), a hedged count ("maybe 21", "prob like 20", "16 or 19"), a range of the
guests ("like 10-12 of us", round q79d). Left unplaced in the message that says them, they are
asked under the field `LOOSE`, which a later message of the conversation stating the final count
settles (`conversation`): "the maybes all came through as yes, so 19 adults". A later addition
("add 2 more adults") or a count still open ("18 so far") settles none of them. Other unplaced
numbers (of food, of ages) stay asked whatever follows. Those said to have declined beside a
count named final ("final headcount is 14 adults ... (2 declined)") are out of it: explained."""

from __future__ import annotations

import re

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.places import zip_like
from orchestrator.reading.reasons import unplaced

# The field of the check on a loose guest count's number (see the module's docstring).
LOOSE = "loose"

_N = r"(\d{1,3})"
# "16 yes", "3 maybes", "30 invited", "4 no", "15 for sure", "14 confirmed", "25 rsvp'd"
_TALLY = re.compile(
    _N + r"\s+(?:(?:people|ppl|guests|adults|of us)\s+)?(?:yes(?:es)?|yeses|yes'?s|maybes?|maybe'?s|"
    r"invited|invites|rsvp'?d|rsvps?|confirmed|pending|tentative|declined|nos?|no'?s|for sure|"
    r"so far|def(?:initely)?\s+coming)\b",
    re.IGNORECASE,
)
# "maybe 21", "maybe 2 more", "prob like 20", "16 or 19", "invited 30", "up to 25"
_HEDGED = re.compile(
    r"\b(?:maybe|possibly|prob(?:ably)?|perhaps|potentially|might be|could be|up to|or|invited)"
    r"\s+(?:like\s+|about\s+|around\s+|another\s+)?" + _N + r"\b(?!\s*(?:am|pm|:\d|[/-]\d))",
    re.IGNORECASE,
)

# "like 10-12 of us", "15-20 people", "20 to 25 guests": a range of the guests, both its ends
_RANGE = re.compile(
    _N + r"\s*(?:-|–|to)\s*" + _N + r"\s+(?:of us|people|ppl|guests|adults|pax|folks)\b", re.IGNORECASE
)

# "(2 declined)", "3 said no", "2 can't make it": those out, beside a count named final
_DECLINED = re.compile(
    _N + r"\s+(?:(?:people|ppl|guests|of them)\s+)?(?:declined|said no|can'?t make it|"
    r"cannot make it|aren'?t coming|are not coming|won'?t make it)\b",
    re.IGNORECASE,
)
# "final headcount is 14 adults", "final count: 14 adults", "14 adults confirmed"
_FINAL_ADULTS = re.compile(
    r"\bfinal\s+(?:head\s*|guest\s*)?count\s*(?:is|will be|:|-|=)?\s*\d{1,3}\s+adults\b"
    r"|\b\d{1,3}\s+adults\s+(?:confirmed|final)\b",
    re.IGNORECASE,
)


def _every(text: str, spans: set[tuple[int, int]]) -> set[str]:
    """The numbers of `text` every one of whose mentions is at one of `spans`."""
    every: dict[str, bool] = {}
    for m in re.finditer(r"(?<![\d$.,])\d{1,3}(?![\d,.]\d)", text):
        every[m.group(0)] = every.get(m.group(0), True) and m.span() in spans
    return {n for n, all_at in every.items() if all_at}


def declined_beside_final(text: str) -> set[str]:
    """The numbers of `text` that only count guests who declined ("(2 declined)") where the
    message names its adults as the final count ("final headcount is 14 adults"): those out of a
    count already final, explained (round q79d)."""
    if not _FINAL_ADULTS.search(text):
        return set()
    return _every(text, {m.span(1) for m in _DECLINED.finditer(text)})


def loose_numbers(text: str) -> set[str]:
    """The numbers of `text` every one of whose mentions is of a loose guest count."""
    spans = {m.span(1) for p in (_TALLY, _HEDGED) for m in p.finditer(text)}
    spans |= {m.span(g) for m in _RANGE.finditer(text) for g in (1, 2)}
    return _every(text, spans)


def tally_word(text: str, span: tuple[int, int]) -> bool:
    """The word at `span` of `text` is the kind of a tally's number ("3 maybes", "4 no"): part of
    a loose guest count, no item listed beside the proteins."""
    return any(m.start(1) < span[0] and span[1] <= m.end() for m in _TALLY.finditer(text))


def unplaced_checks(text: str, numbers: list[str]) -> list[tuple[str, str]]:
    """The checks on the `numbers` the reading of `text` left unplaced: a ZIP's under "zip", a
    loose guest count's under `LOOSE`, any other under "message"."""
    loose = loose_numbers(text) if numbers else set()
    out = declined_beside_final(text) if loose else set()
    return [
        ("zip" if zip_like(text, n) else LOOSE if n in loose else "message", unplaced(n))
        for n in numbers
        if n not in out
    ]


def count_settles(later: Inquiry, added: int) -> bool:
    """`later`, a message naming the adults after an order, states the final count: no addition
    ("add 2 more adults" leaves "16 yes and 3 maybes" open), and no count of its own still loose
    or rough ("18 so far", "22 at least, maybe a couple more")."""
    return not (added or later.adults_added or later.adds_guests or later.recount_adds) and not any(
        field in {LOOSE, "guests"} for field, _ in later.checks
    )


def total_settles(later: Inquiry, settled: frozenset[str], asked: tuple[object, ...]) -> bool:
    """`later`'s bare new total ("Final count came in at 32", "its 18 now") was applied with
    nothing asked (`settled` by the recount, no check of its own `asked`), and is no change by a
    number nor loose or rough: it is the final count, which settles the order's range or rough
    count as a count of adults does ("30 to 35 adults", then "final count came in at 32")."""
    return (later.bare_total is not None and "change" in settled and not asked
            and not later.changes and count_settles(later, 0))  # fmt: skip
