"""A follow-up message that answers "how old are the kids?" by splitting the kids of the order
between two ages, instead of an age for each:

- "they're all 6 now except 2 who are still 5", "all 7 except 3 who are still 5": every kid of
  the order is of the first age but for a count of the second (`all_but`); the count of the kids
  is the order's, so the bands are placed by `recount` against it;
- "18 of them are already 13, the other 12 are 12", "10 of them are 13 and the rest 15 are 12":
  two counts, each of one age (`two_parts`), read as that many ages, which the order's kids must
  match in number (`recount` asks otherwise).

- "half of them are 5 and the other half are 8 or 9": the order's kids in two halves, each of
  one age (or of two ages in one price band), read as half of the order's kids each
  (`halves`, `halves_told`); an odd count of kids, or two bands in one half ("12 or 13"), asks.

- "8 and 11 po, and the 2 babies are 1 and 3": ages one by one, then some of the kids by a word
  of their own with as many ages as their count (`ages_and_counted`), read as all those ages.

The count split by `two_parts` may be of a group the first message left unplaced, of an age not
said ("30 students + 5 chaperones" of a 7th grade): `young_groups` keeps the counts of such groups,
so the ages that add up to one of them place it (`recount`).

Only a whole message of this shape is read (a short lead-in such as "good q!" or "ok" aside): a
count without a number ("except a few", "some of them are 13") is not read, and stays asked."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.literal_gates import gated
from orchestrator.reading.age_bands import band

Span = tuple[int, int]

_LEAD = r"^\W*(?:(?:good\s+q(?:uestion)?|great\s+q(?:uestion)?|oh|ok|okay|sure|yes|so|well)\W+)*"
_YEARS = r"(?:\s*(?:years? old|yrs?(?: old)?|yo|y/o))?"
# (an email's sign-off name on a line of its own after the answer: "...are 12.\n\nRachel")
_END = r"[\s.!)]*(?:[:;]-?\)|😅|🙂|😊)?[\s.!]*(?:\n\s*[a-z]{2,15}[\s.!]*)?$"
_BE = r"(?:are|r|is|'re|re)"
# "they're all 6 now except 2 who are still 5", "all of them are 7 except 2 that are 5"
_ALL_BUT = gated(re.compile(
    rf"{_LEAD}(?:(?:they'?re|they are|they r|the kids are|kids are)\s+)?all(?:\s+of\s+them)?"
    rf"(?:\s+{_BE})?\s+(\d{{1,2}}){_YEARS}(?:\s+(?:now|already))?\s*,?\s+(?:except|but)(?:\s+for)?"
    rf"\s+(\d{{1,3}})(?:\s+of\s+them)?(?:\s+(?:who|that|which))?\s+(?:{_BE}|is)\s+"
    rf"(?:still\s+|only\s+|just\s+)?(\d{{1,2}}){_YEARS}(?:\s+still)?{_END}"
))  # fmt: skip
# "18 of them are already 13, the other 12 are 12"; "10 of them are 13 already and the other 15
# are still 12"
_TWO_PARTS = gated(re.compile(
    rf"{_LEAD}(\d{{1,3}})\s+of\s+(?:them|the\s+(?:kids|students))\s+{_BE}\s+(?:already\s+)?"
    rf"(\d{{1,2}}){_YEARS}(?:\s+already)?\s*(?:,\s*and|,|and|;)\s*(?:the\s+)?(?:other|rest|remaining)"
    rf"\s+(\d{{1,3}})\s+{_BE}\s+(?:still\s+|only\s+|just\s+)?(\d{{1,2}})"
    # "the other 6 are 11 and 12": the rest of them between two ages
    rf"(?:\s*(?:and|or|&|-|to)\s*(\d{{1,2}}))?{_YEARS}(?:\s+still)?{_END}"
))  # fmt: skip

_AGE_LIST = r"\d{1,2}(?:\s*(?:,\s*(?:and|&)\b|,|&|\band\b)\s*\d{1,2})*"
_PO = r"(?:\s+po\b)?"
# "8 and 11 po, and the 2 babies are 1 and 3", "they're 9 and 7, and the 2 little ones are 4 and 2"
_AGES_AND_COUNTED = gated(re.compile(
    rf"{_LEAD}(?:(?:they'?re|they are|they r|the (?:older|big|other) (?:ones|kids) are|ages?)\s+)?"
    rf"({_AGE_LIST}){_YEARS}{_PO}\s*,?\s*(?:and|&|plus)\s+the\s+(\d{{1,2}})\s+(?:babies|little ones|"
    r"littles|toddlers|younger ones|younger kids|little kids|youngest|twins|others)\s+(?:are|r)\s+"
    rf"(?:both\s+)?({_AGE_LIST}){_YEARS}{_PO}{_END}"
))  # fmt: skip

# one half's age, or two of them ("8 or 9", "8-9"): the younger is read when both are of one band
_HALF_AGE = rf"(\d{{1,2}})(?:\s*(?:or|and|&|-|to)\s*(\d{{1,2}}))?{_YEARS}"
# "half of them are 5 and the other half are 8 or 9", "half r 4 and half r 10"
_HALVES = gated(re.compile(
    rf"{_LEAD}half(?:\s+of\s+(?:them|em|the\s+kids))?\s+{_BE}\s+{_HALF_AGE}\s*(?:,\s*and|,|and|&|;)"
    rf"\s*(?:the\s+)?(?:other\s+)?half(?:\s+of\s+(?:them|em|the\s+kids))?\s+{_BE}\s+{_HALF_AGE}"
    rf"(?:\s+(?:lol|lmao|haha+))?{_END}"
))  # fmt: skip


def halves(
    text: str, *, toddler_max: int = 5, child_max: int = 12
) -> tuple[tuple[int, int], Span] | None:
    """The two ages of "half of them are 5 and the other half are 8 or 9" (5, 8) as the whole of
    normalized `text`, with the span read; None otherwise, or when one half's two ages are of two
    price bands ("12 or 13": kid or adult?)."""
    m = _HALVES.match(text)
    if not m:
        return None
    ages = []
    for first, second in ((m.group(1), m.group(2)), (m.group(3), m.group(4))):
        young, old = sorted((int(first), int(second or first)))
        if sum(young > edge for edge in (toddler_max, child_max)) != sum(
            old > edge for edge in (toddler_max, child_max)
        ):
            return None
        ages.append(young)
    return (ages[0], ages[1]), m.span()


def banded_halves(ages: tuple[int, int], catalog: Catalog) -> tuple[str, str]:
    """`halves`' two ages as price bands: ("toddlers", "children") for "half are 5, half are 8"."""
    return band(ages[0], catalog), band(ages[1], catalog)


def halves_told(kids: int, split: tuple[str, str]) -> tuple[int, int, int]:
    """ "half of them are 5, the other half 8" after "10 kids": the order's kids by band (6-12,
    5 and under, 13 and over), as the ages told one by one would give them; an odd or no count of
    kids gives an empty count, which the recount asks about (half of 5 kids is no whole kid)."""
    if not kids or kids % 2:
        return (0, 0, 0)
    bands = {"children": 0, "toddlers": 0, "adults": 0}
    for one in split:
        bands[one] += kids // 2
    return bands["children"], bands["toddlers"], bands["adults"]


def ages_and_counted(text: str) -> tuple[list[int], Span] | None:
    """The ages of "8 and 11 po, and the 2 babies are 1 and 3" (8, 11, 1, 3) as the whole of
    normalized `text`, with the span read; None otherwise, or when the count the second part
    names is not its number of ages ("the 2 babies are 1")."""
    m = _AGES_AND_COUNTED.match(text)
    if not m:
        return None
    first, last = (re.findall(r"\d+", m.group(g)) for g in (1, 3))
    if int(m.group(2)) != len(last):
        return None
    return [int(n) for n in first + last], m.span()


def all_but(text: str) -> tuple[tuple[int, int, int], Span] | None:
    """(the age of all, how many are not, their age) of "all 6 except 2 who are still 5" as the
    whole of normalized `text`, with the span read; None otherwise (or when the two ages are the
    same, which says nothing)."""
    m = _ALL_BUT.match(text)
    if not m or m.group(1) == m.group(3) or int(m.group(2)) == 0:
        return None
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))), m.span()


def two_parts(text: str, *, toddler_max: int = 5, child_max: int = 12) -> tuple[list[int], Span] | None:
    """The ages of "18 of them are already 13, the other 12 are 12" (18 thirteens, 12 twelves) as
    the whole of normalized `text`, with the span read; None otherwise. The rest between two ages
    ("the other 6 are 11 and 12") are read as of the younger when both ages are of one price band
    (`toddler_max`, `child_max`: the bands' last ages); two bands ("12 and 13") stay asked."""
    m = _TWO_PARTS.match(text)
    if not m or int(m.group(1)) == 0 or int(m.group(3)) == 0:
        return None
    if m.group(5) is not None:
        young, old = sorted((int(m.group(4)), int(m.group(5))))
        bands = [sum(age > edge for edge in (toddler_max, child_max)) for age in (young, old)]
        if int(m.group(3)) < 2 or young == old or bands[0] != bands[1]:
            return None
    ages = [int(m.group(2))] * int(m.group(1)) + [int(m.group(4))] * int(m.group(3))
    return ages, m.span()


def banded_but(split: tuple[int, int, int], catalog: Catalog) -> tuple[str, int, str] | None:
    """`all_but`'s ages as price bands: ("children", 2, "toddlers") for "all 6 except 2 who are
    still 5"; None when both ages are of one band (nothing to place apart, and nothing asked)."""
    most, count, other = split
    first, second = band(most, catalog), band(other, catalog)
    return (first, count, second) if first != second else None


# "30 students", "12 players": a group of young people of an age not said (a kid, a teen or older)
# (a pack's cubs, by their rank too: "6 cubs", "5 lions" answered with a roster, round q86o)
_YOUNG = (
    r"(?:students|players|swimmers|dancers|gymnasts|scouts|campers|athletes|graders|kids|cubs|"
    r"cub scouts|webelos|lions|tigers|wolves|bears)"
)


def young_groups(text: str, numbers: list[int]) -> tuple[int, ...]:
    """The `numbers` the reading did not place that count a group of young people right after
    them in normalized `text` ("30 students")."""
    return tuple(n for n in numbers if re.search(rf"(?<![\d.,$]){n}\s+{_YOUNG}\b", text))
