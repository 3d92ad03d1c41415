"""The safety net for a protein the words give to one group ("lobster for every adult", "chicken
for the kids", "the kids get chicken", "adults: filet"): read on its own, apart from the protein
reader's scopes, so that a choice the reading priced for another number of guests than the group
counts (all of them, say) is flagged for the reviewer, never quoted silently. The same net for a
protein the words give to everyone ("for all 10 of us adults and 2 kids", "+ 1 shrimp on top for
everyone"): a count that leaves guests out, or extras not the same for each guest, are flagged."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import OWN_CHOICE, ProteinAsk
from orchestrator.reading.guests import ADULT, KID, PEOPLE, TEEN, TODDLER
from orchestrator.reading.sentences import sentence_start

# with the Spanish words when the normalizing did not write them in English ("los grandes")
_ADULTS = r"adults?|grown[- ]?ups|adult[oa]s|grandes|mayores"
_KIDS = r"kids?|children|child|kiddos?|nin[oa]s|chic[oa]s|peques"
# The group after the protein, in its clause: "for every adult", "for all the kids", "for the
# adults only"; a number before the group word is a count of its own ("for 10 adults")
_AFTER = re.compile(
    r"^\s*(?:tails?\s+|portions?\s+)?(?:for|to|para)\s+(?:[a-z']+\s+){0,3}?"
    rf"(?:({_ADULTS})|({_KIDS}))\b"
)
# The group before the protein: "every adult gets", "the kids want", "adults:", "kids - just"
_BEFORE = re.compile(
    rf"\b(?:({_ADULTS})|({_KIDS}))\s*(?::|-|\b(?:all\s+|will\s+|would\s+|can\s+)?"
    r"(?:get|gets|want|wants|have|has|having|eat|eats|like|prefer|prefers|do|doing|quieren|comen"
    r"|prefieren|piden)\b)"
    r"\s*(?:(?:just|only|the|some|a|an)\s+)*\Z"
)
# The other group joined to the one named: "for the adults and kids", "kids + adults get"
_GROUP = rf"\b(?:{_ADULTS}|{_KIDS})"
_BOTH = re.compile(rf"{_GROUP}\s*(?:and|&|\+|n|plus|,|y)\s*(?:the\s+|l[oa]s\s+)?{_GROUP}\b")


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the ask's clause before and after it (a comma, a sentence end or a new line
    ends a clause)."""
    cut = sentence_start(text, start, ",.;!?\n")
    ends = [i for c in ",.;!?\n" if (i := text.find(c, end)) != -1]
    return text[cut:start], text[end : min(ends) if ends else len(text)]


# A count after the protein that opens a list naming every kind of guest: "lobster for all 10 of
# us adults and 2 kids (8, 11)", "salmon for 9 adults + 3 kids": the protein is for everyone
_GUESTS = rf"(?:{ADULT}|{KID}|{TEEN}|{TODDLER}|{PEOPLE})"
_FOR_LIST = re.compile(
    r"^\s*(?:tails?\s+)?for\s+(?:all\s+(?:of\s+)?)?(?:the\s+|us\s+)?\d{1,4}\s+(?:of\s+us\s+)?"
    rf"(?:\w+\s+)?{_GUESTS}\b(?:\s*\([^)]*\))?\s*(?:and|&|\+|plus|n|,)\s*"
    rf"(?:our\s+|their\s+|the\s+|my\s+)?\d{{1,4}}\s+(?:\w+\s+)?{_GUESTS}\b"
)
# Extras the words give every guest: "+ 1 shrimp on top for everyone", "2 filet extra each"
_ALL_EXTRA = re.compile(
    r"^\s*(?:tails?\s+)?(?:\w+\s+){0,2}(?:on top|extra|more)\s+(?:of\s+(?:that|those|it)\s+)?"
    r"(?:for\s+(?:all|everyone|everybody|each|every|the whole)|each|per (?:person|guest|head)"
    r"|apiece)\b"
)


def named_group(text: str, ask: ProteinAsk) -> str | None:
    """"adults" or "kids" when the words give this protein to that group alone, else None."""
    before, after = _clause(text, ask.start, ask.end)
    found = _AFTER.match(after) or _BEFORE.search(before)
    if found is None or re.search(r"\d", found.group(0)) or _BOTH.search(before + " " + after):
        return None
    if found.re is _BEFORE and re.search(r"\d\s*$", before[: found.start()]):
        return None  # "12 adults: chicken and shrimp": the party's count, then its choice
    return "adults" if found.group(1) else "kids"


def group_choice_checks(
    text: str,
    asks: Sequence[ProteinAsk],
    *,
    adults: int | None,
    children: int | None,
    adding: bool = False,
) -> list[tuple[str, str]]:
    """A protein given to a group without a count whose reading prices another number of guests:
    the adults' choice read for everyone while this message counts kids, the kids' while it counts
    adults, in any language the reading reads ("langosta para todos los adultos"); and every
    choice given to one group while the other is counted, unless the message adds guests to an
    order told before (`adding`: "2 more adults and 4 kids, chicken for the kids")."""
    checks: list[tuple[str, str]] = []
    for ask in asks:
        if ask.extra or ask.half or ask.rest or ask.share:
            continue
        if ask.portions is not None:  # "4 filet for the adults": 4 in all, a count of its own
            continue
        group = named_group(text, ask)
        if group is None or ask.group == group:
            continue
        others = children if group == "adults" else adults
        if not others:
            continue  # "12 adults, lobster for every adult": the group is everyone (this message)
        checks.append(("proteins", f"{ask.said} for the {group}: how many portions?"))
    return checks + ([] if adding else _unchosen(text, asks, adults=adults, children=children))


def _unchosen(
    text: str, asks: Sequence[ProteinAsk], *, adults: int | None, children: int | None
) -> list[tuple[str, str]]:
    """Every choice given to one group while the other is counted: "12 adults and 3 kids, chicken
    for the kids" says nothing of the adults' protein."""
    if any(a.portions is not None or a.half or a.rest or a.share for a in asks):
        return []  # "4 filet for the adults and chicken for the rest": counts of their own
    # the reader's scope beside the words': "the adults want filet and shrimp" gives the shrimp,
    # joined to the filet, to the adults too
    groups = {named_group(text, a) or a.group for a in asks if not a.extra}
    if len(groups) != 1 or None in groups:
        return []
    group = groups.pop()
    other, count = ("adults", adults) if group == "kids" else ("kids", children)
    return [("proteins", f"a choice for the {group} only: what do the {other} have?")] if count else []


_AGES = re.compile(r"\s*\([^)]*\)")


def _for_everyone(text: str, end: int, after: str) -> bool:
    """A list naming every kind of guest after the protein, its last group without a choice of its
    own ("filet for the 12 adults and the 3 kids (6, 9, 11) just chicken" has one)."""
    if (listed := _FOR_LIST.match(after)) is None:
        return False
    at = end + listed.end()
    at = ages.end() if (ages := _AGES.match(text, at)) else at
    return OWN_CHOICE.match(text, at) is None


def _portions(portions: int, each_for: int | None, paying: int) -> int:
    """The portions an ask prices: its count, per guest when it is "each"."""
    return portions * (each_for or paying) if each_for is not None else portions


def everyone_checks(
    text: str, asks: Sequence[ProteinAsk], *, adults: int | None, children: int | None
) -> list[tuple[str, str]]:
    """A protein the words give to every guest, priced for another number: a count that names
    every kind of guest ("for all 10 of us adults and 2 kids") read as fewer portions than the
    guests who pay, or extras "on top for everyone" whose portions are not the same for each."""
    paying = (adults or 0) + (children or 0)
    checks: list[tuple[str, str]] = []
    for ask in asks:
        if ask.portions is None or not paying:
            continue
        _, after = _clause(text, ask.start, ask.end)
        portions = _portions(ask.portions, ask.each_for, paying)
        if not ask.extra and _for_everyone(text, ask.end, after) and portions != paying:
            checks.append(("proteins", f"{ask.said} for all {paying} guests, priced {portions}: "
                           "how many portions?"))  # fmt: skip
        elif ask.extra and _ALL_EXTRA.match(text[ask.end : ask.end + 50]) and (
            portions % paying or portions > 2 * paying
        ):  # "5 shrimp on top for everyone": 5 each (a plate of 7) or 5 in all?
            checks.append(("proteins", f"{ask.portions} extra {ask.said} for everyone: each, or "
                           "in all?"))  # fmt: skip
    return checks
