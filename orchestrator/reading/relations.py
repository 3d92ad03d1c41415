"""Family members named by relation with their age in parentheses ("our grandson (2)", "the baby
(18 months)", "my twins (10)", "my little brother (9)", "... and his baby sister is 2"): each
one guest (twins two) of the band the age gives; several named with their ages one by one
("their cousins (7, 9, 11)", "my 2 nephews who are 9 and 4"): one guest per age, when the ages
are as many as the count said. A relation without its age ("my son (age ?)", "my nephews") is
left to the coverage check. After "for" a relation may be among a count said before and is left
unplaced, unless it heads a list with its own friends and no count comes before ("grad dinner for
my son (18) + 11 of his friends (all 18)": round q83l)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.catalog import Catalog
from orchestrator.literal_gates import gated
from orchestrator.reading.age_bands import band
from orchestrator.reading.honoree import Counted
from orchestrator.reading.partners import PARTNER

_RELATION = (
    r"(?:(?:little|lil|baby|big|youngest|oldest|eldest|younger|older)\s+)?"
    # "her little bro who is 4", "his lil sis is 3": the short forms are the same relation
    r"(son|daughter|grandson|granddaughter|niece|nephew|baby|boy|girl|stepson|stepdaughter|"
    r"godson|goddaughter|brother|sister|bro|sis|cousin|twins|triplets"
    r"|youngest|littlest"  # "and our youngest who is 4": the youngest of the writer's kids
    # "our little one who is 5", written "our kid who is 5" by `one_guest`
    r"|kid(?=\s+who)"
    r"|(?<=little )(?:guy|one|man)|(?<=lil )(?:guy|one|man))"  # "our little guy who is 3"
)
AGED_RELATION = re.compile(
    # "our daughter (she's turning 5)", "our son (he's 7)": the age told in a clause in brackets
    rf"\b(?:my|our|his|her|their|the)\s+{_RELATION}\s*(?:\(\s*(?:(?:she|he)(?:'s|s|\s+is)\s+)?"
    r"(?:(?:turning|just\s+turned)\s+)?(?:age[sd]?\s*:?\s*)?(\d{1,2})\s*"
    # ("our son (hes 22, the grad lol)": a remark after the age, inside the bracket)
    r"(mos?|months?|yrs?|years?|yo|y/o)?(?:\s*old)?(?:\s*,\s*(?:the\s+)?[a-z' !.]{1,24})?\s*\)"
    # "+ her brother who is 4", "and his little sister who's 3": the age after "who is", the item
    # ending with it
    r"|,?\s+(?:who\s+is|who'?s|who\s+r)\s+(\d{1,2})(?:\s*(mos?|months?|yrs?|years?|yo|y/o)(?:\s*old)?)?"
    r"(?=\s*(?:$|[.,;:!?)\n]|and\b|&|\+|plus\b)))"
)
# "the kids are 8, 9 and his baby sister is 2": a relation of someone else's, an item of a list
# with its age after "is" (not "my son is 9", which may be whose party it is, among the kids)
_IS_RELATION = re.compile(
    rf"(?:(?<=\band )|(?<=& )|(?<=\+ )|(?<=\bplus )|(?<=, ))(?:his|her|their)\s+{_RELATION}\s+"
    r"(?:is|'s)\s+(\d{1,2})(?:\s*(mos?|months?|yrs?|years?|yo|y/o)(?:\s*old)?)?"
    r"(?=\s*(?:$|[.,;:!?)\n]|and\b|&|\+|plus\b))"
)
_MANY = {"twins": 2, "triplets": 3}
# "12 kids including my son (9)", "a party for my daughter (7)": maybe among a count already said;
# left unplaced, so the number is asked about
_AMONG_BEFORE = re.compile(
    r"\b(?:including|incl\.?|includes|among (?:them|those)|of (?:them|those)|one (?:is|being)|for|"
    r"of|with|besides)\s*$"
)
# "grad dinner for my son (18) + 11 of his friends (all 18) + me n his dad": the one the party is
# for heads the list of his own peers (no count said before it holds him): one guest, as after a
# colon ("grad dinner: my son (18) + 11 of his friends ...")
_FOR_BEFORE = re.compile(r"\bfor\s*$")
# "my sister + her husband with their baby (10 months)": the couple's own child, joined to the list
# item by "with" after a partner, one guest more (not "12 kids with my son (9)", maybe among them)
_COUPLE_WITH = re.compile(rf"\b(?:his|her|their|my)\s+{PARTNER}\s+with\s*$")
_HEADS_PEERS = re.compile(
    r"\s*(?:\+|&|\band\b|\bplus\b|\bwith\b)\s*\d{1,3}\s+of\s+(?:his|her)\s+friends\b"
)
_COUNT_BEFORE = re.compile(r"\b\d{1,3}\s*(?:ppl|people|guests|adults|kids|total|of us)\b")


def _heads_own_peers(text: str, m: re.Match[str]) -> bool:
    """Whether the relation of `m`, after "for", heads a list with his or her own peers and no
    guest count is said before it."""
    before = text[max(0, m.start() - 20) : m.start()]
    return bool(
        _FOR_BEFORE.search(before)
        and _HEADS_PEERS.match(text, m.end())
        and not _COUNT_BEFORE.search(text[: m.start()])
    )


def aged_relations(text: str, catalog: Catalog, lists: Sequence[tuple[int, int]] = ()) -> list[Counted]:
    """Each relation told with its age in parentheses, as guests of the age's band; not one
    inside a kids' list of ages (`lists`: "4 kids (10, 9, 2 and our baby girl who is 1)", read
    there as one of the list)."""
    found = []
    for m in [*AGED_RELATION.finditer(text), *_IS_RELATION.finditer(text)]:
        among = _AMONG_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
        if among and _COUPLE_WITH.search(text, max(0, m.start() - 40), m.start()):
            among = None  # "... + her husband with their baby (10 months)": theirs, one more
        if among and not (m.re is AGED_RELATION and _heads_own_peers(text, m)):
            continue
        if any(s <= m.start() < e for s, e in lists):
            continue
        if m.re is _IS_RELATION:
            who, age, unit = m.group(1), int(m.group(2)), m.group(3) or ""
        else:
            who, age = m.group(1), int(m.group(2) or m.group(4))
            unit = m.group(3) or m.group(5) or ""
        toddler = unit.startswith("mo") or age <= catalog.guests.toddler_max_age
        found.append(Counted(_MANY.get(who, 1), "toddlers" if toddler else band(age, catalog),
                             m.span()))  # fmt: skip
    return found


_AGES = r"\d{1,2}(?:\s*(?:,|&|and)\s*\d{1,2})+"
_YEARS = r"(?:\s*(?:yrs?|years?)(?:\s*old)?|\s*yo|\s*y/o)?"
# Several relations with their ages, in brackets or after "who are": never kid words ("3 boys
# (9, 7)" is the kid reader's)
AGED_RELATIVES = re.compile(
    # "my aunt's 2 grandkids (9, 4)": a relative's relations, as the writer's own ("his 2 big
    # sisters (9 and 11)": big as older, round q83f)
    r"\b(?:(\d{1,2})\s+of\s+)?(?:my|our|his|her|their|the)\s+(?:[a-z]+'s\s+)?(?:(\d{1,2})\s+)?(?:(?:little|younger|older|big)\s+)?"
    r"(?:sons|daughters|grandsons|granddaughters|grandkids|grandchildren|nieces|nephews|cousins|"
    r"brothers|sisters|stepkids|stepsons|stepdaughters|godchildren|nieces and nephews"
    r"|grads|graduates"  # "our 2 grads (18 and 22)": the writer's kids graduating, by their ages
    r"|(?<=\d of their )(?:friends|classmates|buddies|pals))"  # "5 of their friends (3, 4, 6)": by ages
    # "my 2 nephews, they're 9 and 4": the ages after "they're" as after "who are"
    rf"\s*(?:\(\s*(?:ages?\s*:?\s*)?({_AGES}){_YEARS}\s*\)|,?\s+(?:who\s+are|who\s+r|are|aged?|ages?"
    r"|they'?re|they\s+are)\s+"
    rf"({_AGES})\b{_YEARS}(?=\s*(?:$|[.,;:!?)\n]|and\b|&|\+|plus\b))"
    # "my grandkids, 10, 7 and 2.", "my nieces 11, 7 and 4.": the ages after a comma or a space,
    # the sentence or the item ending with them ("my nephews 9 and 6, same food"; "the grandkids:
    # 11, 9, 6, 4 and 2" after a colon)
    rf"|(?:\s*[,:]\s*|\s+)({_AGES}){_YEARS}(?=\s*(?:$|[.;!?\n]|,\s*(?![\d\s])|(?:are|r|can|will)\s+"
    r"(?:also\s+|now\s+)?(?:come|coming|make it|join|joining)\b)))"
)  # "who are 9 and 4 chicken": the 4 may be a count of chicken, left to the checks


def aged_relatives(text: str, catalog: Catalog) -> tuple[list[Counted], list[tuple[str, str]]]:
    """Relations named with their ages one by one: one guest per age (by its band); a count that
    the ages do not match comes back as a check, its guests not counted."""
    found, checks = [], []
    for m in AGED_RELATIVES.finditer(text):
        if _AMONG_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        ages = [int(n) for n in re.findall(r"\d+", m.group(3) or m.group(4) or m.group(5))]
        named = m.group(1) or m.group(2)  # "3 of their cousins (4, 8, 10)", "their 3 cousins (...)"
        if named and int(named) != len(ages):
            checks.append(("kids", f"'{m.group(0)}': {named} named but {len(ages)} ages given"))
            continue
        bands = [band(age, catalog) for age in ages]
        found += [Counted(bands.count(b), b, m.span()) for b in dict.fromkeys(bands)]
    return found, checks


_SINGLE = r"son|daughter|grandson|granddaughter|niece|nephew|stepson|stepdaughter|godson|goddaughter"
# "one of the 15 is my nephew, he's 10": some of the earlier count are kids named by relation
_AMONG_RELATION = gated(re.compile(
    r"\b(?:\d{1,3}|one)\s+of\s+(?:the|those|these|them|us|our)(?:\s+\d{1,4})?(?:\s+[a-z]+)?\s+"
    rf"(is|are)\s+(?:actually\s+)?(?:my|our|their|his|her)\s+(?:little\s+)?(?:({_SINGLE})|({_SINGLE})s)\b"
))  # fmt: skip


def relation_among(text: str) -> str:
    """The text with "N of the M is/are my nephew(s)" written the way the kid readers know ("N of
    the M r  my kid   "), each rewrite the same length, so the kids among an earlier count are
    read with their ages."""
    chars = list(text)
    for m in _AMONG_RELATION.finditer(text):
        start, end = m.span(1)
        chars[start:end] = "r".ljust(end - start)
        one = m.group(2) is not None
        start, end = m.span(2) if one else (m.start(3), m.end(3) + 1)
        chars[start:end] = ("kid" if one else "kids").ljust(end - start)
    return "".join(chars)


_KIDS_COUNTED = re.compile(r"\b\d{1,3}\s+(?:more\s+)?(?:kids|children|kiddos|little ones)\b")
# "also 3 kids, lobster for them" stays asked (the corpus's rule: for them only, or everyone too?)
_GROWN = re.compile(
    r"\b(?:adults?|grown[- ]?ups?|people|guests|ppl|everyone|everybody|all of us|also|too|as well|"
    r"plus)\b"
)
_FOR_THEM = re.compile(r"\bfor (them)\b")


def them_as_kids(text: str) -> str:
    """ "oh and 3 kids (6, 9, 11), just tofu for them": in a message that counts kids and nobody
    else, "for them" is for the kids, written so the protein reader sees the group ("for kids")."""
    counted = _KIDS_COUNTED.search(text)
    if counted is None or _GROWN.search(text):
        return text
    chars = list(text)
    for m in _FOR_THEM.finditer(text, counted.end()):
        chars[m.start(1) : m.end(1)] = "kids"
    return "".join(chars)
