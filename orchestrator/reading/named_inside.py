"""People named one by one inside a count the message gives, not guests to ask about: those a
count of adults says it includes ("26 adults including Linda and her husband"), those counted
extras are for, one extra each ("2 extra lobster tails for me and my bestie"), and those a party
is for, with the writer, before a count of the party ("30th bday for my twin bro and me!! 26
adults") or named again in the list that counts them ("a brunch for my mom and aunts. party will
be my mom, me and my husband, ..."). Each pattern opens with a rare word ("incl", "extra", "for
my"), so a message without one fails fast; the lists stop at "plus", "with" or a number ("12
adults including me and my husband plus my parents": the parents may be on top)."""

from __future__ import annotations

import re

Span = tuple[int, int]

_STOP = r"(?!(?:plus|with|and|or|but|no|not|for|also|too|please|pls|lol)\b)"
# one person: the writer, a relation ("her husband"), a name ("linda", "mrs. chen"), 1-2 words
_ONE = (
    rf"\b(?:me\b|myself\b|(?:(?:my|our|his|her|their|the)\s+)?(?:(?:mrs|mr|ms|dr)\.?\s+)?"
    rf"{_STOP}[a-z]+(?:\s+{_STOP}[a-z]+)?)"
)
# ("my parents and my husband + me": the writer joined by "+" is inside the list, round q81p; a
# "plus" before others stops it)
_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|n)\s+|\s*&\s*|\s*\+\s*(?=(?:me|myself)\b))"
_LIST = rf"({_ONE}(?:{_SEP}{_ONE}){{0,5}})"
_WHO = re.compile(_ONE)
# "26 adults including linda and her husband", "18 adults total incl. dad and mom", "12 adults,
# including robert and his wife"
_INCLUDING = re.compile(
    r"\b\d{1,3}\s+(?:adults|grown-?ups)\s*(?:(?:total|in total|altogether|in all)\s*)?[,(-]?\s*"
    r"(?:(?:that'?s|thats|that\s+is|which\s+is)\s+)?"  # "18 adults, that's including ..." (q81p)
    rf"(?:incl\.?|including)\s+{_LIST}(?=\s*(?:[.;!?\n,)+]|$))"
)
# "2 extra lobster tails for me and my bestie": as many people as extras
_EXTRAS_FOR = re.compile(
    rf"\b(\d)\s+(?:extra|additional)\s+[a-z]+(?:\s+tails?)?\s+for\s+{_LIST}(?=\s*(?:[.;!?\n,)]|please\b|pls\b|lol\b|$))"
)
# "30th bday for my twin bro and me!! 26 adults": whom the party is for, the writer among them
_FOR_US = re.compile(
    r"\b(?:bday|birthday|party|anniversary|celebration|dinner|\d{1,3}(?:st|nd|rd|th))\s+for\s+"
    r"((?:my|our)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:and|&|n)\s+(?:me|myself))\b"
)
# "a brunch for my mom and aunts. party will be my mom, me and ...": whom the party is for, named
# again later among the guests the list counts
_FOR_WHOM = re.compile(
    r"\b(?:brunch|lunch|luncheon|dinner|party|bday|birthday|celebration|shower)\s+for\s+"
    r"((?:my|our)\s+[a-z]+)\b(?!')"
)
_LISTED_BEFORE = re.compile(r"(?:,|:|\bbe|\band|&|\+)\s*\Z")
_COUNT_AFTER = re.compile(r"\b\d{1,3}\s+(?:adults|grown-?ups|people|guests|ppl)\b")


def named_inside(text: str) -> list[Span]:
    """The spans of normalized `text` naming people the counts read elsewhere already hold."""
    spans: list[Span] = []
    if "incl" in text:
        spans += [m.span(1) for m in _INCLUDING.finditer(text)]
    if "extra" in text or "additional" in text:
        spans += [
            m.span(2) for m in _EXTRAS_FOR.finditer(text) if _people(m.group(2)) == int(m.group(1))
        ]
    if " me" in text:
        spans += [
            m.span(1) for m in _FOR_US.finditer(text) if _COUNT_AFTER.search(text, m.end(), m.end() + 80)
        ]
    if "for my" in text or "for our" in text:
        spans += [m.span(1) for m in _FOR_WHOM.finditer(text) if _named_again(text, m.group(1), m.end())]
    return spans


def _named_again(text: str, who: str, after: int) -> bool:
    """Whether `who` ("my mom") is said again after `after` as an item of a list."""
    at = text.find(who, after)
    while at >= 0:
        end = at + len(who)
        whole = end == len(text) or not (text[end].isalnum() or text[end] == "'")
        if whole and _LISTED_BEFORE.search(text, max(0, at - 6), at):
            return True
        at = text.find(who, end)
    return False


def _people(words: str) -> int:
    """How many people a list names, one an item; a plural item ("my parents") counts no sure
    number (-1)."""
    items = [w.group(0) for w in _WHO.finditer(words)]
    if any(i.endswith("s") and not i.endswith(("ss", "mrs")) for i in items):
        return -1
    return len(items)
