"""Counts by groups standing in the writer's own list ("me, my husband, 5 couples from church"):
more people than the items before them, never the whole party. Split from `shorthand` by size."""

from __future__ import annotations

import re

# "me + my husband, 4 other couples, grandma, ...": "other" after a comma in a list says the couples
# are more people than the items before ("8 other adults"); elsewhere the word is dropped
# (the writer named before in the same sentence: "block party, 5 households ..." is no list)
# (or a grown role with a spouse that opens it: "who's coming: pastor ken and his wife, 5 couples")
_LIST_COMMA = re.compile(
    # ("us 2, grandma & grandpa, 3 couples from church ...": the writer's pair opening the list)
    r"(?:\b(?:me|myself)\b|\bus\s+[2-4]\b|\bthe\s+\d\s+of\s+us\b|\b(?:pastor|priest|minister|rabbi|reverend|deacon|principal)\b"
    r"[^.!?\n,]{0,12}\b(?:his|her)\s+(?:wife|husband|spouse)\b"
    # (or a pair of the writer's relations that opens the list: "it'll be my parents, 5 married
    # couples from their church, me and my fiance, ...")
    r"|(?:\bbe|:)\s+(?:my|our)\s+(?:parents|grandparents|in-?laws)\b"
    # (or the writer's couple as a bare "us" after "be": "it'll be us, my in-laws, 4 couples from
    # his work and ...", round q85k, 182 ft033)
    r"|\bbe\s+us\b)[^.!?\n]{0,60},\s*(?:and\s+|plus\s+)?\Z"
)


def other_in_list(m: re.Match[str]) -> str:
    """ "other " where a count by groups stands in a list after a comma ("me and my husband, 3
    families from our street (4 adults in each), ..."): more people than the items before it."""
    return "other " if in_list(m) else ""


def in_list(m: re.Match[str]) -> bool:
    """Whether `m` stands after a comma in a list the writer opened earlier in its sentence."""
    return bool(_LIST_COMMA.search(m.string, max(0, m.start() - 80), m.start()))
