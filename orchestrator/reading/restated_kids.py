"""Kids counted, then said again as who they are right after a dash or colon: "2 toddlers - our 2
babies (a 2yo and a 1yo)", "2 kids: my 2 boys (7 and 9)", "2 toddlers - a 2yo and a 1yo". The
second count, of the same number, names the same kids (a dash or colon introduces what the count
is, it adds nobody), so the words are written as the first count's bracket ("2 toddlers (a 2yo
and a 1yo)") for the kids' reader; a comma ("2 toddlers, our 2 babies (1 and 3)") may join a list
or say who they are: the same number again is asked (`restated_after_comma`; read as a list it
was 4 toddlers with no flag). A second count of another number is left to the readers."""

from __future__ import annotations

import re

from orchestrator.reading.alternation import alternation
from orchestrator.reading.words import KID_WORDS, TODDLER_WORDS

_KIDS = alternation((*KID_WORDS, *TODDLER_WORDS, "sons", "daughters", "twins", "grandkids"))
# "2 toddlers - our 2 babies": the count, a dash or colon, someone's count of the same kids
_RESTATED = re.compile(
    rf"\b(?P<n>\d{{1,2}})\s+(?:{_KIDS})\s*(?P<dash>\s-\s|\s?[-–—:]\s)\s*"
    rf"(?:(?:our|my|his|her|their|the)\s+)(?P<m>\d{{1,2}})\s+(?:little\s+)?(?:{_KIDS})\b"
)
# "12 adults, 2 toddlers, our 2 babies (1 and 3)": the same shape with a comma ("and" adds: no doubt)
_AFTER_COMMA = re.compile(
    rf"\b(?P<n>\d{{1,2}})\s+(?:{_KIDS})\s*,\s*(?:our|my|his|her|their)\s+(?P<m>\d{{1,2}})\s+"
    rf"(?:little\s+)?(?:{_KIDS})\b"
)
# "the 2 little ones are twins": the kids counted before said to be twins, the count theirs (2
# for twins, 3 for triplets): written without it ("the little ones are twins"), no kids more
_COUNTED_MULTIPLES = re.compile(
    rf"\b(the|our|my)\s+(\d)\s+((?:little\s+)?(?:{_KIDS}))\s+((?:are|r)\s+(?:both\s+|all\s+)?)"
    r"(twins|triplets)\b"
)
_UNIT = r"(?:\s*(?:-\s*)?(?:yo|y/o|y\.o\.?|years?(?:\s*-?\s*old)?|yrs?(?:\s*-?\s*old)?))"
_MONTHS = r"\d{1,2}\s*(?:-\s*)?(?:months?|mos|mo)(?:\s*-?\s*old)?"
_ITEM = rf"(?:a|an|one)\s+(?:\d{{1,2}}{_UNIT}|{_MONTHS}|newborn|infant|baby)"
# "2 toddlers - a 2yo and a 1yo": the count, a dash or colon, one item of an age for each kid
_AGES_AFTER = re.compile(
    rf"\b(?P<n>\d{{1,2}})\s+(?:{_KIDS})(?P<dash>\s*(?:\s-|[–—:])\s*)"
    rf"(?P<items>{_ITEM}(?:\s*(?:,|\band\b|&|\+)\s*{_ITEM})+)(?=\s*(?:[.,;!?\n]|$))"
)
_ITEMS = re.compile(_ITEM)


def restated_kids(norm: str) -> str:
    """`norm` with the kids said again after a dash written as the count's bracket."""
    if "twins" in norm or "triplets" in norm:
        norm = _COUNTED_MULTIPLES.sub(_multiples_named, norm)
    if not any(c in norm for c in "-–—:"):
        return norm  # speed
    return _AGES_AFTER.sub(_bracketed, _RESTATED.sub(_said_once, norm))


def _multiples_named(m: re.Match[str]) -> str:
    """ "the 2 little ones are twins" as "the little ones are twins" when the count is theirs."""
    if int(m.group(2)) != {"twins": 2, "triplets": 3}[m.group(5)]:
        return m.group(0)
    return f"{m.group(1)} {m.group(3)} {m.group(4)}{m.group(5)}"


def _said_once(m: re.Match[str]) -> str:
    """The first count alone, when the second after the dash is of the same number."""
    return m.group(0)[: m.start("dash") - m.start()] if m.group("n") == m.group("m") else m.group(0)


def _bracketed(m: re.Match[str]) -> str:
    """The kids' count with its items of age in a bracket, when there is one item for each kid."""
    if len(_ITEMS.findall(m.group("items"))) != int(m.group("n")):
        return m.group(0)
    head = m.group(0)[: m.start("dash") - m.start()]
    return f"{head} ({m.group('items')})"


def restated_after_comma(norm: str) -> list[tuple[str, str]]:
    """The check on kids counted and then someone's kids of the same number after a comma ("2
    toddlers, our 2 babies"): the same kids said again, or as many more?"""
    m = _AFTER_COMMA.search(norm)
    if m is None or m.group("n") != m.group("m"):
        return []
    return [("guests", f"'{m.group(0)}': the same {m.group('n')} or {m.group('n')} more?")]
