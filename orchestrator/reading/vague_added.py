"""People of no number added after a count of guests ("30 people coming plus some guests", "12
adults and a few friends", "me + my 4 roommates + some friends", "14 adults so far plus them",
"plus father tom and some of the parish council", "a few more people from the sales team want to
join"): how many more? The count alone is no total to state, so it is asked."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

_VAGUE_ADDED = gated(re.compile(
    # "me + my 4 roommates + some friends": a count of people by any plural name
    r"\b\d{1,3}\s+(?:(?:adults|grown-?ups|people|ppl|guests|members|folks|[a-z'-]{3,}s)"
    r"(?:\s+(?:coming|attending|confirmed|total|so far))?"
    # "16 members, 9 of them bringing their spouse, plus some guests": after the plus-ones too
    r"|of\s+them\s+(?:are\s+|will\s+be\s+)?(?:bringing|bring)\s+(?:a|their|his|her)\s+[a-z+-]+)"
    r"\s*,?\s*(?:\+|&|\bplus\b|\band\b)\s*"
    r"(?:also\s+)?"
    r"((?:some|a few|several|a bunch of|a handful of)\s+(?:more\s+|other\s+)?"
    r"(?:guests|friends|people|folks|plus-?ones|plus ones|neighbou?rs|coworkers|spouses)"
    # "cousins flying in ... we're 14 adults so far plus them": the people named before, how many?
    r"|them|those)\b"
))  # fmt: skip
# "15 adults plus father tom and some of the parish council.": part of a body of no count named,
# after the people added to the count in the same clause; how many of them come?
_PART_OF_BODY = gated(re.compile(
    r"\b\d{1,3}\s+[a-z-]+(?:\s*\([^)]{0,30}\))?[^.!?\n\d]{0,40}?(?:\+|&|\bplus\b|\band\b)\s*"
    r"((?:some|a few|several|a bunch|a handful|part|members)\s+of\s+(?:the|our|my|his|her|their)\s+"
    r"[a-z-]+(?:\s+[a-z-]+)?)(?=\s*(?:[,.;!?\n]|$))"
))  # fmt: skip


# "A few more people from the sales team want to join", "some more friends might come": more
# guests of no number, with or without a count before (a follow-up's count is the conversation's)
_MORE_OF_NO_NUMBER = gated(re.compile(
    r"\b((?:a few|some|several|a couple|a handful|a bunch|a couple of|a few of)\s+more\s+"
    r"(?:people|ppl|guests|folks|friends|coworkers|co-workers|colleagues|adults|kids|children|"
    r"family|relatives|neighbou?rs|couples|parents|members))\b"
    # "what if we add a few more, how much then": more of no number, the guests of the order
    r"|\badd(?:ing)?\s+((?:a few|some|several|a couple|a handful|a bunch)\s+more)"
    r"(?=\s*(?:$|[,.;!?\n]|how\b|what\b))"
))  # fmt: skip


def vague_added(text: str) -> list[tuple[tuple[int, int], str]]:
    """The spans of normalized `text` naming people of no number added after a guest count, each
    with the check's words."""
    return [
        (m.span(g), f"did not understand '{m.group(g)}' (people of no number added to the count)")
        for m in [*_VAGUE_ADDED.finditer(text), *_PART_OF_BODY.finditer(text),
                  *_MORE_OF_NO_NUMBER.finditer(text)]  # fmt: skip
        for g in [1 if m.group(1) is not None else 2]
    ]
