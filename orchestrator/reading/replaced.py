"""The counts a correction says it replaces: "32 adults and 8 children, not 23 and 8", "18 adults
instead of 14", "the kids are 10, 7 and 3, not 10, 7 and 9", "sorry I said 10 earlier", "u have 16
but its 18". The conversation explains them when the order corrected has them as counts or as
its kids' ages (`recount`)."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.alternation import alternation
from orchestrator.reading.time_swaps import time_swaps
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TODDLER_WORDS

Span = tuple[int, int]

_ADULT, _KID = alternation(ADULT_WORDS), alternation((*KID_WORDS, *TODDLER_WORDS))
_PEOPLE = alternation(PEOPLE_WORDS)
_WAS = re.compile(
    rf"\b(?:not|instead of|rather than)\s+(\d{{1,3}})(?:\s+(?:{_ADULT}|{_KID}|{_PEOPLE}))?"
    rf"(?:\s*,\s*\d{{1,3}}(?=\s*(?:,|and|&)\s*\d))*"  # "not 10, 7 and 9": a list of ages
    # ("its 24 not 22, 2 more moms rsvp'd": the 2 more are joiners, no count taken back; q86j)
    rf"(?:\s*(?:and|&|,|\+)\s*(\d{{1,3}})(?!\d|\s+more\b)(?:\s+(?:{_KID}|{_PEOPLE}))?)?\b"
)
# "sorry I said 10 earlier, its 13 adults", "I told you 12 before": a count the customer names as
# said before, which the new count replaces (a time word after it, so "like i said 10 adults"
# stays a count)
_SAID = re.compile(
    rf"\b(?:i|we)\s+(?:said|told you|wrote|put|put down|typed|gave you)\s+(\d{{1,3}})"
    rf"(?:\s+(?:{_ADULT}|{_KID}|{_PEOPLE}))?"
    r"\s+(?:earlier|before|previously|originally|at first|last time)\b"
)

# "u have 16 but its 18 adults", "you put 12 adults on there but we're 14" (round q82m): the count
# of our quote the customer says is wrong; "but" must follow ("you have 16 adults right?" asks
# nothing to replace), the quote's count then explained as "not 16" is, when the order has it
_QUOTED = re.compile(
    rf"\b(?:you|u|y'all|ya)\s+(?:have|had|got|put|put down|wrote|listed|quoted|counted)\s+(\d{{1,3}})"
    rf"(?:\s+(?:{_ADULT}|{_KID}|{_PEOPLE}))?(?:\s+(?:on|in)\s+(?:there|the quote|it))?\s*,?\s+but\b"
)


def repeated_counts(text: str, used: list[Span]) -> tuple[list[int], list[Span], list[tuple[str, str]]]:
    """ "32 adults and 8 children, not 23 and 8", "I said 10 earlier": the counts a correction says
    it replaces, outside the spans the guest reader placed ("not 10, 7 and 9": every age of the
    list). They are explained when the order corrected has them."""
    counts: list[int] = []
    spans: list[Span] = []
    times = time_swaps(text)  # "start at 6 instead of 5": an hour, no count
    for m in (*_WAS.finditer(text), *_SAID.finditer(text), *_QUOTED.finditer(text)):
        if any(s <= m.start(1) < e for s, e in (*used, *times)):
            continue  # "12 adults not 10": read with the adults
        counts += [int(n) for n in re.findall(r"\d+", m.group(0))]
        spans.append(m.span())
    return counts, spans, [("was", f"'not {n}': a count the order does not have") for n in counts]


# "18 adults, no sorry 19 adults", "15 people wait 16 people": a count taken back in the same
# breath for the same word's count after it (another word after it, "18 adults, sorry 19 kids",
# corrects nothing and stays asked)
_TAKEN_BACK = gated(re.compile(
    rf"\b\d{{1,3}}\s+({_ADULT}|{_KID}|{_PEOPLE})\b\s*[,.]*\s*(?:(?:no|nah|oops|oh)\s*,?\s*)?"
    r"(?:sorry|wait|actually|i mean|correction|my bad|oops|scratch that|make (?:it|that))"
    r"(?:\s*,?\s*(?:i mean|make (?:it|that)|it'?s|it is|we'?re|we are|no))?[\s,:!.-]*(?=\d{1,3}\s+(\w+))"
))  # fmt: skip


# "Not 10 people, 12 people.": the count taken back, its replacement after the comma by the same
# word ("not 10 people, 12 kids" corrects nothing)
_NOT_THEN = gated(re.compile(
    rf"\bnot\s+\d{{1,3}}\s+({_ADULT}|{_KID}|{_PEOPLE})\b\s*[,;]\s*(?:(?:it'?s|we'?re|we are)\s+)?"
    r"(?=\d{1,3}\s+(\w+))"
))  # fmt: skip


# "20 guests, not 16 guests" (so "2 tables of 10, not 2 tables of 8" once the tables are summed):
# the word after the count taken back says nothing new; hidden, the count is read as in "20
# guests, not 16" (`repeated_counts`: explained when the order corrected has it)
_NOT_AGAIN = gated(re.compile(
    rf"\b\d{{1,3}}\s+({_ADULT}|{_KID}|{_PEOPLE})\b\s*[,;]?\s*(?:but\s+)?"
    rf"(?:not|instead of|rather than)\s+\d{{1,3}}\s+({_ADULT}|{_KID}|{_PEOPLE})\b"
))  # fmt: skip


def counts_taken_back(text: str) -> list[Span]:
    """The spans of a count and the words that take it back for the count right after
    (`_TAKEN_BACK`), for the readers not to see: "18 adults, no sorry 19 adults" is 19 adults;
    "20 guests, not 16 guests": the word after the count taken back."""
    found = (*_TAKEN_BACK.finditer(text), *_NOT_THEN.finditer(text))
    spans = [m.span() for m in found if m.group(2) == m.group(1).split()[-1]]
    return spans + [m.span(2) for m in _NOT_AGAIN.finditer(text) if m[1] == m[2]]
