"""People named as dropping out, in a message that says the new count ("my cousin and her husband
can't come na, so 26 adults lang", "one of my brothers-in-law and his wife can't travel, so they
won't come. 7 adults now"): the people named (one by one or a relation with their partner, as
`named` counts them) are that many fewer than the count before. The number is returned as a
negative `recount_adds`, so the conversation takes the message as read only when the earlier
count minus the people named is the new count (28 - 2 = 26); otherwise its check asks. The new
count may come first as a correction ("actually its 11 adults not 12, my brother bailed"). Names of
no number ("my cousins can't come, so 20 adults") and hedged drops ("if my aunt and her husband
can't come") explain nothing."""

from __future__ import annotations

import re

from orchestrator.reading.family_out import family_out
from orchestrator.reading.named import named_people
from orchestrator.reading.single_out import single_out
from orchestrator.reading.words import HEDGES

Span = tuple[int, int]

# "one of my brothers-in-law and his wife": one of a plural relation, then their partner
_ONE_OF = re.compile(
    r"\b(?:1|one)\s+of\s+(?:my|our|his|her|their)\s+[a-z]+(?:-[a-z]+)*\s*(?:,|&|\+|and|n|with)\s*\Z"
)
_OUT = re.compile(
    r"\s+(?:(?:just|now|also|unfortunately|sadly|both)\s+)?"
    r"(?:can't|cant|cannot|can not|won't|wont|will not|aren't|arent|are not|couldn't|couldnt)\s+"
    r"(?:come|make it|travel|attend|join(?:\s+us)?|be (?:there|coming))"
    r"(?:\s+(?:na|anymore|any more|after all|now))?\b"
    # "my brother bailed", "my cousin dropped out" (after the new count: `_COUNT_BEFORE`)
    r"|\s+(?:(?:just|now|also)\s+)?(?:bailed|dropped out|backed out)\b"
    # "can't travel, so they won't come": the drop said twice
    r"(?:\s*,?\s*so\s+they\s+(?:won't|wont|can't|cant)\s+(?:come|make it|be there))?"
)
# the new count of adults said after the drop, in the same message
_NEW_COUNT = re.compile(
    r"\b\d{1,3}\s+(?:adults|grown-?ups|grownups)\s+(?:now|lang|total|in all|left)\b"
    r"|\bso\s+(?:it's\s+|its\s+|we're\s+|were\s+|we are\s+|now\s+)?\d{1,3}\s+"
    r"(?:adults|grown-?ups|grownups)\b"
)
# the new count said first as a correction: "actually its 11 adults not 12, my brother bailed"
_COUNT_BEFORE = re.compile(r"\b\d{1,3}\s+(?:adults|grown-?ups)\s*,?\s+not\s+\d{1,3}\s*[,.;-]*\s*\Z")
_HEDGED = re.compile(rf"\b(?:{HEDGES})\b")


def named_out(text: str) -> tuple[int, list[Span]]:
    """(minus the people named as dropping out, the spans of the names and their drop) in
    normalized `text`, when exactly one such run is named and a new adult count follows it;
    else the grown-ups said to come before a new total (`more_before_total`)."""
    found = []
    for m, named, (start, _) in named_people(text):
        out = _OUT.match(text, m.end())
        if out is None or _HEDGED.search(text, start, m.start()):
            continue
        first = m.start()
        if one := _ONE_OF.search(text, max(start, m.start() - 50), m.start()):
            named, first = named + 1, one.start()
        found.append((named, (first, out.end())))
    if len(found) != 1 or not (
        _NEW_COUNT.search(text, found[0][1][1])
        or _COUNT_BEFORE.search(text, max(0, found[0][1][0] - 40), found[0][1][0])
    ):
        more = more_before_total(text)  # or "2 of the agents are single so it's 14 adults"
        return more if more[0] else family_out(text) if "(" in text else single_out(text)
    return -found[0][0], [found[0][1]]


# "2 more dads want to come as chaperones, so 20 adults total": grown-ups of a plural word said
# to come, then the new adult total; the conversation checks that the count before plus them is it
_MORE_COMING = re.compile(
    r"\b(\d{1,2})\s+more\s+([a-z]+s)\b(?:\s+(?:want|wants|to|come|coming|join|joining|are|r|can|"
    r"could|will|make|it|decided|also|too|now|us))*(?:\s+as\s+(?:well|[a-z]+s))?\s*,?\s*"
    r"(?=so\s+(?:it's\s+|its\s+|we're\s+|were\s+|we are\s+|now\s+)?\d{1,3}\s+(?:adults|grown-?ups)\s+"
    r"(?:total|now|in all|altogether)\b)"
)
# words of people who may be kids, or guest words other readers count ("2 more kids", "2 more adults")
_NOT_GROWN = re.compile(
    r"(?:kids|children|boys|girls|teens|students|sons|daughters|babies|toddlers|grandkids|nephews|"
    r"nieces|players|scouts|adults|people|guests|ppl|persons|folks|more)\Z"
)


def more_before_total(text: str) -> tuple[int, list[Span]]:
    """(the grown-ups said to come, their span) for "2 more dads want to come as chaperones, so
    20 adults total" in normalized `text`, when said once; else (0, [])."""
    found = [m for m in _MORE_COMING.finditer(text) if not _NOT_GROWN.search(m.group(2))]
    if len(found) != 1 or _HEDGED.search(text, 0, found[0].start()):
        return 0, []
    return int(found[0].group(1)), [found[0].span()]
