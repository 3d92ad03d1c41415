"""The child a party is for, left out of the count: "Bday party for my stepson Max, he's turning
6! it'll be me, my wife, his sister (4), my in-laws and 2 couples from next door", "My son Ethan
turns 10 next month, we want 6 kids (his friends, ages 9-10) and 8 adults". The writer's list
("me, my ...") names everyone but the child whose party it is, or the kids counted are the child's
friends ("6 kids (his friends ...)", "5 of her friends") with no word that adds the child ("the
birthday boy and ...", "him + ...", "including her", "she's inviting ..."). Are they coming
(surely, it is their party) and counted? A careful person asks, so it is a check; priced as read,
the draft would be short by the child with no flag.

Only a paying child, 6 to 17 (one of 5 or under is free and eats no portions): "my son/daughter/
stepson/nephew/grandson ... turning N", "he's/she's turning N", "my son's 7th". A grown honoree is
honoree_left_out's. Takes the normalized, lower-case text."""

from __future__ import annotations

import re

from orchestrator.reading.named_child import named_child, named_honorees

_CHILD = (
    r"(?:step-?)?(?:son|daughter|nephew|niece|grandson|granddaughter|boy|girl|"
    r"little\s+(?:brother|sister))"
)
# whom the party is for: "my stepson max, he's turning 6", "my son ethan turns 10",
# "for my daughter turning 10", "my son's 7th", "jake's party, he's turning 8"
_HONOREE = re.compile(
    rf"\b(?:my|our)\s+{_CHILD}(?:\s+[a-z]+)?"
    r"(?:,\s*(?:he|she)(?:'s|s|\s+is|\s+will\s+be)?|'s|\s+is|\s+will\s+be)?"
    r"\s+turn(?:s|ing)\s+(?P<a1>\d{1,2})\b"
    rf"|\b(?:my|our)\s+{_CHILD}'?s\s+(?P<a2>\d{{1,2}})(?:st|nd|rd|th)\b"
    r"|\b(?:he|she)(?:'s|s|\s+is|\s+will\s+be)\s+turning\s+(?P<a3>\d{1,2})\b"
)
# the writer's list that counts the guests: "me, my husband", "me + my wife", "me and my sister"
_LIST = re.compile(r"\bme\s*(?:,|\+|&|\band\b)\s*(?:my|our|his|her)\b")
# the kids counted are the child's friends: "6 kids (his friends", "5 of her friends"
_FRIENDS = re.compile(
    r"\b\d{1,3}\s+(?:kids|children|boys|girls)\s*\(\s*(?:his|her)\s+(?:friends|classmates|buddies)"
    r"|\b\d{1,3}\s+of\s+(?:his|her)\s+(?:friends|classmates|buddies|teammates)\b"
)
# words that count the child or make the count hold them
_COUNTED = re.compile(
    r"\b(?:him|the\s+(?:birthday|bday|b-day)\s+(?:boy|girl|kid)|birthday\s+(?:boy|girl)|"
    r"incl\.?|including|includes|total|altogether|in\s+all|"
    r"\d{1,3}\s+(?:of\s+us|people|ppl|guests|pax)|"
    r"(?:he|she)(?:'s|s|\s+is|\s+will\s+be)?\s+(?:inviting|bringing|having|asked|invited)|"
    rf"(?:my|our)\s+{_CHILD}\s*(?:\+|&|and|plus|with)\s*\d+|"
    r"(?:he|she)\s*(?:\+|&|and|plus|with)\s*\d+|"
    # named again with an age ("our son (8)": the normalizing's word for "him (8)", "the birthday
    # boy")
    rf"(?:my|our)\s+{_CHILD}\s*\(\s*\d+)\b"
    # "her" standing for the child ("her and 5 friends", "plus her"), not "her brother"
    r"|\bher\s*(?:[,+&()]|and\b|plus\b|$)"
)
# an age list ("our kids (10, 6)", "kids: 8, 8, 7, 9 and 6", "our kids 9, 6 and 3", "kids are 10,
# 10, 9"): the child's age in it is the child
_AGE_LIST = re.compile(
    r"(?:\(|\b(?:kids|children)\s*(?:are\b|:)?|\bages?\s*:?)\s*(\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*)"
)
# kids counted who may hold the child ("our 3 kids"; the child's own, "his 2 cousins (7 and 9)",
# do not)
_KIDS = re.compile(r"(?<!\bhis )(?<!\bher )\b\d{1,3}\s+(?:kids|children|boys|girls)\b")
_NAME = re.compile(r"(?:my|our)\s+" + _CHILD + r"\s+(?P<name>[a-z]+)")
_NOT_NAMES = {"is", "will", "turns", "turning", "has", "he", "she", "and", "who", "just"}


def honoree_age(text: str) -> int | None:
    """The age of the child the party in normalized `text` is for, as its occasion tells it ("my
    daughter's 9th", "my son ethan turns 10"), or None."""
    honoree = _HONOREE.search(text)
    age = honoree and (honoree["a1"] or honoree["a2"] or honoree["a3"])
    return int(age) if age else None


def child_honoree_left_out(text: str) -> list[tuple[str, str]]:
    """A check when the child the party in normalized `text` is for is in no count of the guests."""
    honoree = _HONOREE.search(text)
    age = honoree and (honoree["a1"] or honoree["a2"] or honoree["a3"])
    if honoree is None or not age or not 6 <= int(age) < 18:
        return []
    if _COUNTED.search(text) or any(
        age in re.findall(r"\d+", m.group(1)) for m in _AGE_LIST.finditer(text)
    ):
        return []
    name = _NAME.match(text, honoree.start())
    if name and name["name"] not in _NOT_NAMES and re.search(
        rf"\b{name['name']}\b", text[name.end() :]
    ):
        return []  # "my son max ... max and 6 friends": named again in the list
    if _FRIENDS.search(text) or (_LIST.search(text) and not _KIDS.search(text)):
        return [("guests", "the birthday child is in no count of the guests: counted?")]
    return []


# the party's child by a first name heading the friends: "party for mia + 9 of her friends (all
# 8)", "bday for jake and 6 of his buddies"
_NAME_HEADS = re.compile(
    r"(?:\b(?:for|its|it's)\s+|^|[.!?]\s+)([a-z]{2,15})\s*(?:\+|&|\band\b|\bplus\b|\bwith\b|,)\s*"
    r"\d{1,2}\s+(?:of\s+(?:his|her|their)\s+)?(?:friends|buddies|besties|classmates|teammates)\b"
)
# words heading such a list that are no name ("for him + 5 of his friends", "for my son and ...")
_NO_NAMES = frozenset(
    ("him", "her", "them", "me", "us", "he", "she", "son", "daughter", "kids", "girl", "boy", "both")
    + ("twins", "adults", "parents", "myself", "party", "bday", "birthday", "dinner", "people", "it")
)
# the count holds the child anyway: "10 kids total", "including her", "18 people"
_HELD = re.compile(
    r"\b(?:total|including|incl|in\s+all|altogether|\d{1,3}\s+(?:people|ppl|guests|pax))\b"
)


def named_head_unaged(text: str) -> list[tuple[str, str]]:
    """A check when the child a party in normalized `text` is for, named by a first name, heads
    the friends' list with no age told for them anywhere ("party for mia + 9 of her friends (all
    8)"): she is surely a guest, but a kid of how old (free at 5, a child at 6-12, an adult at 13)?
    Priced as read, the draft leaves her out with no flag."""
    for m in _NAME_HEADS.finditer(text):
        name = m.group(1)
        if name in _NO_NAMES or _HELD.search(text):
            continue
        aged = (
            rf"\b{name}(?:'?s)?\s*(?:\(\s*(?:turning\s+|turns\s+)?\d"
            r"|(?:is\s+|who's\s+|whos\s+|who\s+is\s+)?(?:turning|turns|is)\s+\d"
            r"|\d{1,2}(?:st|nd|rd|th)\b)"
        )
        if re.search(aged, text) or re.search(rf"\b(?:my|our)\s+(?:son|daughter)\s+{name}\b", text):
            continue  # her age told: counted by the named child's reader (`named_child`)
        return [("guests", f"{name} heads the list of friends with no age told: how old, counted?")]
    return []


# the friends counted: "7 of his friends", "9 of their friends", "6 kids (her friends"
_ANY_FRIENDS = re.compile(
    r"\b\d{1,3}\s+(?:kids|children|boys|girls)\s*\(\s*(?:his|her|their)\s+(?:friends|classmates)"
    r"|\b\d{1,3}\s+of\s+(?:his|her|their)\s+(?:friends|classmates|buddies|besties|teammates)\b"
)


# words before "turning 7" that are no name: "my twins are turning 7", "(theyre turning 6)"
# nor is a relation ("my daughters 8th bday": the daughter, counted with the household's kids)
_THEY = frozenset(("are", "theyre", "they", "both", "twins", "triplets", "kids", "all", "girls")
                  + ("daughter", "daughters", "son", "sons", "boys", "baby", "grandson", "grandsons")
                  + ("granddaughter", "granddaughters", "nephew", "nephews", "niece", "nieces"))


def named_honoree_out(text: str) -> list[tuple[str, str]]:
    """A check when a paying kid the party in normalized `text` is for, named by a first name with
    an age ("party for noah (turning 8)!! 7 of his friends (all 8)", "the twins mia and ella
    (turning 8) + 9 of their friends"), is in no count: the friends are counted, and the named
    child's reader did not put the child at their head (`named_child`)."""
    kids = [(n, age) for n, age in named_honorees(text) if 6 <= age < 18 and n not in _THEY]
    if not kids or not _ANY_FRIENDS.search(text) or _HELD.search(text) or _COUNTED.search(text):
        return []
    if named_child(text) != text:
        return []  # "mia (turning 8) + 9 of her friends (all 8)": counted at their head
    return [("guests", f"{kids[0][0]}, whose party it is, is in no count of the guests: counted?")]
