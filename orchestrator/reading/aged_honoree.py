"""The person a party is for, or the baby, named with an age of their own beside a list of the
other kids' ages ("12 adults + the birthday girl (shes turning 1 lol) + her cousins 4 and 9", "3
kids (8, 10, 3) and the birthday boy who is turning 1", "a lunch for the baby (6 months) - 20
adults + 3 kids (5, 7, 10)"): one guest more, of the band of that age. When the list holds that
age the guest may be one of it (asked, as twins of an age listed once are); "the baby" of no age
beside the kids is asked too."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from orchestrator.catalog import Catalog
from orchestrator.reading.age_bands import band
from orchestrator.reading.honoree import Counted

if TYPE_CHECKING:
    from orchestrator.reading.guest_record import Guests

_NUMBER = re.compile(r"\d+")

_WHO = (
    r"\b(?:(?:the|my|our)\s+(?:(?:birthday|bday|b-day)\s+(?:boy|girl)|baby(?:\s+(?:boy|girl))?)"
    # "a baptism lunch for baby Gabriel (4 months)", "... plus baby Gabriel (4 months)", "bautizo de
    # mi bebé Mateo (4 meses)" (bebé read "baby"): the baby by name, the age in brackets after
    r"|(?:(?<=for )|(?<=plus )|(?<=\+ )|(?<=mi )|(?<=my )|(?<=our ))"
    r"baby\s+(?!shower\b)[a-z]{3,}(?=\s*\()"
    # "the baptism of our son Gabriel (4 months)": a child by relation and name, told in months
    r"|(?:(?<=my )|(?<=our ))(?:son|daughter|grandson|granddaughter|nephew|niece)\s+[a-z]{3,}"
    r"(?=\s*\(\s*\d{1,2}\s*(?:mos?|months?|meses)\b)"
    # "... and 6 kids all between 6 and 10, plus Sofia (she will turn 1)": a name added after the
    # party, the bracket telling her age
    r"|(?:(?<=plus )|(?<=\+ ))(?!(?:the|my|our|his|her|their|me|kids|adults)\b)[a-z]{3,}"
    r"(?=\s*\(\s*(?:s?he|s?he'?ll|who)\b))"
)
_PRONOUN = r"(?:s?he'?s|s?he\s+is|hes|shes|who'?s|who\s+is)"
# "(she will turn 1)", "(she'll be 2)", "(he turns 1)": the age the event gives them
_WILL = r"(?:(?:s?he|who)\s+(?:will\s+(?:turn|be)|turns)\s+|s?he'?ll\s+(?:turn|be)\s+)"
_UNIT = r"(mos?|months?|meses|mes|yrs?|years?|yo|y/o)?(?:\s*old)?"
# The age told right after them: in brackets ("(shes turning 1 lol)", "(turning 3)", "(6 months)"),
# or after "who is turning", "turning", "who is" ending the item
_AGED = re.compile(
    rf"{_WHO}\s*(?:\(\s*(?:{_PRONOUN}\s+)?(?:turning\s+|just turned\s+|{_WILL})?(\d{{1,2}})\s*{_UNIT}"
    r"(?:\s+(?:lol|haha|lmao))?\s*!*\s*\)"
    # ("and the bday girl lol shes 1": a laugh between, "shes 1" her age)
    rf"|,?\s+(?:(?:lol|haha|lmao)\s+)?(?:{_PRONOUN}\s+|who\s+)?"
    r"(?:turning\s+|just turned\s+|(?<=is )|(?<='s )|(?<=\bshes )|(?<=\bhes ))"
    rf"(\d{{1,2}})\s*{_UNIT}"
    r"(?=\s*(?:$|[.,;:!?)\n/]|and\b|&|\+|plus\b))"  # ("... he's 2 / shrimp": a line's end)
    # "plus the baby, 3 months": the age after a comma alone, told in months (q84m)
    r"|,\s*(\d{1,2})\s*(mos?|months?|meses)(?:\s*old)?(?=\s*(?:$|[.,;:!?)\n]|and\b|&|\+|plus\b)))"
)
# "the baby" as an item of the party with no age after it ("12 adults + the baby + kids 8 and 10")
_NO_AGE = re.compile(
    r"(?:[,+&]|\band|\bplus|\bwith)\s*(?:the|our|my)\s+baby\b(?!')(?!\s*(?:\(|,?\s*(?:who|is|turning|shower|"
    r"girl|boy)\b|,\s*\d{1,2}\s*(?:mos?|months?|meses)\b))"  # ("the baby, 3 months": aged, q84m)
)


# "12 adults + 4 kids (3, 6, 9, 10) + the birthday boy" at "my son's 7th birthday": the honoree
# as an item of the party, his age the birthday's ordinal (none said: asked)
_HONOREE_ITEM = re.compile(
    r"(?:[,+&:!.]|^|\band|\bplus)\s*(?:the|our|my)\s+(?:birthday|bday|b-day)\s+(?:boy|girl)\b(?!')"
)
# Kids counted by the range their ages are in ("6 kids all between 6 and 10"): the ages listed
_KIDS_RANGE = re.compile(
    r"\b\d{1,2}\s+(?:kids|children)\s*,?\s*(?:are\s+)?(?:all\s+)?(?:between|from|aged?|ages)\s+"
    r"(\d{1,2})\s*(?:and|to|-)\s*(\d{1,2})\b"
)
_ORDINAL = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b"
    # "party for my son turning 6": the age the party is for; with a time after ("turning 6 next
    # month", "turns 6 on the 14th") it may be the age before, at the party: asked
    r"|\b(?:my|our)\s+(?:son|daughter|grandson|granddaughter|nephew|niece|boy|girl)\s+"
    r"(?:(?:who\s+)?is\s+|who'?s\s+|'s\s+)?(?:turning|turns)\s+(\d{1,2})\b"
    r"(?!\s*(?:st|nd|rd|th|am|pm|[:/]|\d|next|in|on|this|soon|later|by|after|before)\b)"
)


def count_aged_honoree(
    text: str, catalog: Catalog, g: Guests, counts: dict[str, int], relatives: Sequence[Counted],
    kin: Sequence[Counted] = (),
) -> None:
    """Add to `counts` the honoree or the baby told with an age beside the kids counted by their
    ages (the kid readers' ages in `g`, the `relatives` told with theirs), with the spans read and
    the checks raised in `g`. `kin`: the relations told with an age ("his big sister (9)"), beside
    whom "the birthday boy" of the list is counted (or asked) as beside kids listed."""
    if counts["_unknown_kids"]:
        return  # "3 kids and the birthday girl (turning 1)": the kids' ages are asked first
    listed = [*g.kid_ages, *(int(n) for r in relatives for n in _NUMBER.findall(text, *r.span))]
    if not listed and (kids := [n for r in kin if r.band for n in _NUMBER.findall(text, *r.span)]):
        # "10 adults, the birthday boy, his big sister (9) and ...": the honoree beside a relation
        # of an age is no one the relation's reader counted (left, he was dropped unasked)
        _honoree_item(text, catalog, g, counts, [int(n) for n in kids])
        return
    if not listed and (ranged := _KIDS_RANGE.search(text)):
        # "6 kids all between 6 and 10, plus Sofia (she will turn 1)": every age of the range
        listed = list(range(int(ranged.group(1)), int(ranged.group(2)) + 1))
    if not listed:
        _honoree_unaged(text, g, counts)
        return
    for m in _AGED.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in g.used):
            continue  # "the baby (18 months)": counted with the relations
        age = int(m.group(1) or m.group(3) or m.group(5))
        unit = m.group(2) or m.group(4) or m.group(6) or ""
        months = unit.startswith(("mo", "mes"))
        g.used.append(m.span())
        if not months and age in listed:
            g.checks.append(("kids", f"'{m.group(0).strip()}': one of the kids listed, or one more?"))
            continue
        counts["toddlers" if months else band(age, catalog)] += 1
    if any(not any(s <= m.start() < e for s, e in g.used) for m in _NO_AGE.finditer(text)):
        g.checks.append(("kids", "the baby beside the kids counted: how old?"))
    _honoree_item(text, catalog, g, counts, listed)


def _honoree_item(
    text: str, catalog: Catalog, g: Guests, counts: dict[str, int], listed: Sequence[int]
) -> None:
    """Count "+ the birthday boy" beside the kids listed by age, of the birthday's age."""
    for m in _HONOREE_ITEM.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in g.used):
            continue  # told with an age of their own above
        g.used.append(m.span())
        ages = {int(o.group(1) or o.group(2)) for o in _ORDINAL.finditer(text)}
        who = m.group(0).strip(" ,+&:!.")
        if len(ages) != 1:
            g.checks.append(("kids", f"'{who}' beside the kids counted: how old?"))
        elif (age := ages.pop()) in listed:
            g.checks.append(("kids", f"'{who}': one of the kids listed, or one more?"))
        else:
            counts[band(age, catalog)] += 1


def _honoree_unaged(text: str, g: Guests, counts: dict[str, int]) -> None:
    """Ask of "+ the birthday boy" beside kids counted with no ages listed ("8 kids (6-8) + the
    birthday boy", "the bday girl + 10 kids (all 7-9)"): one of them or one more, the count
    cannot say, and left alone he was dropped unasked (round q83n)."""
    if not counts["children"] + counts["toddlers"]:
        return
    for m in _HONOREE_ITEM.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in g.used):
            g.used.append(m.span())
            who = m.group(0).strip(" ,+&:!.")
            g.checks.append(("kids", f"'{who}' beside the kids counted: one of them, or one more?"))
