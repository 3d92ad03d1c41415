"""Couples of the order who drop out, said in a follow-up: "2 of the couples cant make it" is 4
guests fewer (a couple is two people), as "4 people cant make it" is. "a couple of them cant
make it" (two people, or two couples?) names no number and is left to the checks, which ask;
"one couple cant make it" is two guests fewer.

The couples' new count said beside ("one of the couples cant make it so 3 couples now" after
"me and my husband plus 4 couples, our kids 10 and 7"): the 3 counts the couples, not everyone,
when the one count of couples told before is those out and those left (4 = 1 + 3); the order
loses the couples out (10 adults less 2: 8, the kids kept). Two counts of couples before, or
counts that do not add up, stay asked (round q76b)."""

from __future__ import annotations

import re
from dataclasses import replace

from orchestrator.literal_gates import gated
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.words import HEDGES

Span = tuple[int, int]

_COUPLES_OUT = gated(re.compile(
    r"\b(\d{1,2}|one)\s+(?:of\s+(?:the|our|my|those)\s+)?couples?\s+"
    r"(?:(?:just|now|also|unfortunately|sadly)\s+)?"
    r"(?:(?:can't|cant|cannot|can not|won't|wont|will not|aren't|arent|are not)\s+"
    r"(?:make it|come|coming|be there|attend|be coming)(?:\s+(?:anymore|any more|after all|now))?"
    r"|dropped out|backed out|bailed|cancell?ed|pulled out)\b"
))  # fmt: skip
# "if 2 of the couples cant make it": a case weighed, no change said
_HEDGED = re.compile(rf"\b(?:{HEDGES})\b[^.!?;\n]*\Z")


def couples_out(text: str) -> list[tuple[int, Span]]:
    """(guests fewer, span) for each count of couples said not to come in normalized `text`."""
    return [
        (2 * (1 if m.group(1) == "one" else int(m.group(1))), m.span())
        for m in _COUPLES_OUT.finditer(text)
        if not _HEDGED.search(text, 0, m.start())
    ]


_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}  # fmt: skip
_NUM = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
# "plus 4 couples", "5 married couples": couples counted by their word, in the message as written
# (the reader's text has them as adults already)
_COUPLES = re.compile(rf"\b{_NUM}\s+(?:(?:other|more|married|young)\s+)?couples\b")
# "so 3 couples now", "its 2 couples left", "down to 3 couples"
_COUPLES_NOW = re.compile(rf"\b{_NUM}\s+couples\s+(?:now|left)\b|\bdown\s+to\s+{_NUM}\s+couples\b")


def _number(word: str) -> int:
    return _WORDS[word] if word in _WORDS else int(word)


def couples_told(text: str, read: Inquiry) -> Inquiry:
    """`read` with the counts of couples the message `text` (as written) tells, and the couples'
    count it says is left after a change ("so 3 couples now")."""
    low = text.lower()
    now = _COUPLES_NOW.search(low)
    counts = tuple(
        _number(m[1]) for m in _COUPLES.finditer(low)
        if not (now and now.start() <= m.start() < now.end())
    )  # fmt: skip
    return replace(read, couples=counts,
                   couples_now=_number(now[1] or now[2]) if now else None)  # fmt: skip


def couples_left(before: Inquiry, merged: Inquiry, later: Inquiry) -> Inquiry | None:
    """`merged` with the couples out of `before`'s adults when `later` says the couples' count
    left ("one of the couples cant make it so 3 couples now") and it fits the one count of
    couples told before; None otherwise (the count said is checked against the change as ever)."""
    if later.couples_now is None or before.adults is None or len(before.couples) != 1:
        return None
    if later.bare_total is not None or later.kids_said or not later.changes:
        return None
    if any(d >= 0 or band is not None for d, band in later.changes):
        return None
    out = -sum(d for d, _ in later.changes)
    if out % 2 or later.adults != 2 * later.couples_now:
        return None
    if before.couples[0] != out // 2 + later.couples_now or before.adults - out < 2 * later.couples_now:
        return None
    return replace(merged, adults=before.adults - out, children=before.children,
                   toddlers=before.toddlers)  # fmt: skip


def couples_grown(before: Inquiry, merged: Inquiry, later: Inquiry) -> Inquiry | None:
    """`merged` with the couples `later` says join ("one more couple wants in, so 5 couples now"
    after 4 couples) as two guests each, when the one count of couples told before and those
    joining make the couples' count said; None otherwise (round q86l). The adults read of "5
    couples" (10) are not the order's when others were counted beside the couples ("4 couples +
    me and my wife": 12 now)."""
    if later.couples_now is None or before.adults is None or len(before.couples) != 1:
        return None
    if later.bare_total is not None or later.kids_said or later.changes or later.adults_added:
        return None
    joining = later.couples_now - before.couples[0]
    if joining <= 0 or later.recount_adds != joining or later.adults != 2 * later.couples_now:
        return None
    return replace(merged, adults=before.adults + 2 * joining, children=before.children,
                   toddlers=before.toddlers)  # fmt: skip


def couples_joining(before: Inquiry, merged: Inquiry, later: Inquiry) -> Inquiry | None:
    """`merged` with the guests `later` adds when its couples are those guests told again ("+4 ppl
    same order, my neighbors (2 couples) want in" after 12 adults: the 2 couples are the 4, 16 in
    all, not a new count of 4); None otherwise (round q79c)."""
    if before.adults is None or len(later.changes) != 1 or later.bare_total is not None:
        return None
    added, band = later.changes[0]
    if band is not None or added <= 0 or later.kids_said or not later.adults_said:
        return None
    if later.adults != added or 2 * sum(later.couples) != added:
        return None
    return replace(merged, adults=before.adults + added, children=before.children,
                   toddlers=before.toddlers)  # fmt: skip


# "a couple of ppl cant make it now, can u redo it": two, or a few? With no count said beside it
# ("a couple cancelled, so it's 28 now" says the count), how many are out is asked (round q80g)
_COUPLE_OUT = re.compile(
    r"\ba couple(?: of)?\s+(?:ppl|people|guests|folks|friends|peeps|ppls)\s+"
    r"(?:(?:just|now|also|unfortunately|sadly)\s+)?"
    r"(?:can't|cant|cannot|can not|won't|wont|will not|aren't|arent|are not|dropped out|backed out|"
    r"bailed|cancell?ed|pulled out)\b"
)


def couple_unsure(text: str) -> list[tuple[str, str]]:
    """The check of "a couple of people" said not to come in the raw lower-cased `text` when the
    message says no number: two, or a few?"""
    m = _COUPLE_OUT.search(text)
    if m is None or re.search(r"\d", text):
        return []
    return [("guests", f"'{m.group(0)}': how many fewer guests?")]
