"""The writer's child named, then named again at the head of their friends: "my son leo turns 7,
leo and 6 of his friends (all 7)" is "my son and 6 of his friends (all 7)", which the shared
ages' reader counts as 7 kids (the honoree and the friends). Only a name the message gave as the
writer's son or daughter ("my son leo", "our daughter mia") is taken, and only where the friends
are said to be that child's (his with a son, her with a daughter); "leo, plus 6 of his friends"
(a comma after the name) too.

A first name the occasion makes the honoree ("leo turns 7!", "leo's 7th birthday", "party for leo
who is turning 7", "for leo turning 7"), of a kid's age (6-12), named again before "and 6 of his
(her) friends" with one age for them all after ("(all 7)"), is the same: the child and the friends
(7 kids). Only one such name, and no son or daughter named. The name may carry its age where it
heads the list ("party for mia (turning 8) + 9 of her friends (all 8)", "party for mia (8), 9 of
her friends (all 8)", "jake who's turning 9 + ..."); a kid whose age is not the friends' keeps it
("eli (turning 6) + 6 of his friends (all 5)": a paying 6-year-old beside 6 free ones)."""

from __future__ import annotations

import re

# "my son leo", "our daughter mia,": the name right after the relation
_NAMED = re.compile(r"\b(?:my|our) (son|daughter) ([a-z]{2,15})\b")
# words after "my son" that are no name ("my son is turning 7", "my son and 6 of his friends")
_NO_NAME = frozenset(
    ("is", "and", "turns", "turned", "turning", "will", "was", "has", "had", "who", "with", "plus")
    + ("or", "the", "his", "her", "just", "also", "wants", "birthday", "bday", "party", "and")
)


# the honoree by a first name and the age the occasion gives: "leo turns 7", "leo's 7th birthday",
# "for leo who is turning 7", "for leo turning 7"
_HONOREE = re.compile(
    r"(?:^|(?<=[\s,.!:;(]))([a-z]{2,15})(?:'s|s)?\s+\(?\s*(?:(?:is\s+|who\s+is\s+|who's\s+|whos\s+)?"
    r"(?:turns|turning)\s+(\d{1,2})\b|(\d{1,2})(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b)"
)
# words before "turns" or "'s 7th" that are no name
_NOT_NAME = _NO_NAME | frozenset(
    ("he", "she", "son", "daughter", "kid", "boy", "girl", "who", "it", "that", "twins", "baby")
    + ("whos", "who's", "which", "one", "niece", "nephew", "grandson", "granddaughter", "i", "we")
    + ("little", "lil", "stepson", "stepdaughter", "for", "to", "dude", "man", "guy", "child")
)
# "party for mia (8)", "bday for leo (7)": the honoree by a first name and the age in brackets
_PARTY_FOR = re.compile(
    r"\b(?:party|bday|b-day|birthday|celebration)\s+for\s+([a-z]{2,15})\s*\(\s*(\d{1,2})"
    r"(?:\s*(?:yo|yrs?|years?)(?:\s*old)?)?\s*\)"
)
# the age told beside the name heading the list: " (turning 8)", " (8)", " who's turning 9"
_TOLD_AGE = (
    r"\s*\(\s*(?:(?:is\s+)?turning\s+|turns\s+)?\d{1,2}(?:\s*(?:yo|yrs?|years?))?\s*\)"
    r"|\s+(?:(?:who\s+is|who's|whos|is)\s+)?turning\s+\d{1,2}"
)
# the friends' one age or band: "(all 8)", ", all 7-9"
_FRIENDS_AGES = re.compile(
    r"\s*[,(:-]?\s*(?:they're\s+|they are\s+|who are\s+)?all\s+(?:ages?\s+)?(\d{1,2})"
    r"(?:\s*(?:-|to)\s*(\d{1,2}))?"
)
_ALL_AGE_AFTER = r"(?=\s*[,(:-]?\s*(?:they're\s+|they are\s+|who are\s+)?all\b)"


def named_honorees(text: str) -> set[tuple[str, int]]:
    """The kid honorees (first name, age) the occasion in `text` names: "leo turns 7", "party
    for mia (8)"."""
    return {
        (m.group(1), int(m.group(2) or m.group(3)))
        for m in _HONOREE.finditer(text)
        if m.group(1) not in _NOT_NAME and 1 <= int(m.group(2) or m.group(3)) <= _KID_MAX
    } | {
        (m.group(1), int(m.group(2)))
        for m in _PARTY_FOR.finditer(text)
        if m.group(1) not in _NOT_NAME and 1 <= int(m.group(2)) <= _KID_MAX
    }


def _named_honoree(text: str) -> str:
    """`text` with a kid honoree named by a first name the occasion gives, named again before
    "and 6 of his friends (all 7)", written "my son" ("my daughter" with her friends)."""
    found = named_honorees(text)
    if len({name for name, _ in found}) != 1 or len(found) != 1:
        return text  # two names, or one name told two ages: whose party, how old?
    name, age = found.pop()
    # a kid of 6-12 heading "6 of his friends" joins the friends' count when they share the band
    # ("my son and 6 of his friends (all 7)": 7 kids); any other keeps the age the occasion gives
    # ("my son (4) and 6 of his friends (all 7)", "my son (9) + 6 friends (all 8)"), counted by
    # the relations' reader in that age's own band, beside the friends
    # the name may carry its age where it heads the list ("mia (turning 8) + 9 of her friends",
    # "mia (8) + ...", "jake who's turning 9 + ..."): the same child, the same age
    return re.sub(
        rf"(?<![a-z']){name}(?:{_TOLD_AGE})?,?((?:(?<=,)|\s*(?:\+|\band\b|&|\bplus\b|\bwith\b))\s*\d{{1,2}}\s+"
        rf"(?:of\s+(his|her)\s+)?(?:friends|buddies|besties|classmates|teammates)){_ALL_AGE_AFTER}",
        lambda m: _child_words(m.group(2), _told(age, m.group(2), text, m.end()))
        + re.sub(r"^\s*(?=\d)", " + ", m.group(1)),  # "mia (8), 9 of her friends": a list
        text,
    )


def _told(age: int, pronoun: str | None, text: str, end: int) -> str:
    """The honoree's age kept in brackets unless the child joins the friends' count: a kid of
    6-12 whose age lies in the one age (or band) told for all the friends right after `end`
    ("mia turns 6 ... mia + 9 of her friends (all 5)": a paying 6-year-old beside 9 free ones)."""
    band = _FRIENDS_AGES.match(text, end)
    if band is None or not 6 <= age <= 12 or not pronoun:
        return f" ({age})"
    low = int(band.group(1))
    high = int(band.group(2)) if band.group(2) else low
    return "" if low <= age <= high else f" ({age})"


def _child_words(pronoun: str | None, told: str) -> str:
    """The child's words, "my son" ("my daughter" with her friends; with no pronoun the count is
    the same either way), and `told`, the age kept in brackets or nothing."""
    return f"my {'daughter' if pronoun == 'her' else 'son'}{told}"


_KID_MAX = 17  # a son's or daughter's party: a grown honoree's friends are another reader's


def named_child(text: str) -> str:
    """`text` (lower case, digits) with the writer's named son or daughter, named again before
    "and 6 of his friends", written "my son" (or "my daughter") there; else unchanged."""
    found = {(m.group(1), m.group(2)) for m in _NAMED.finditer(text) if m.group(2) not in _NO_NAME}
    if not found:
        return _named_honoree(text)  # "leo turns 7! leo and 6 of his friends (all 7)"
    if " of h" not in text:
        return text  # speed: the friends are said to be his or hers
    if len(found) != 1:
        return text  # two named children: whose friends?
    relation, name = found.pop()
    pronoun = "his" if relation == "son" else "her"
    # "our son max's 5th birthday ... max and 8 of his friends (all 6)": a free 5-year-old beside
    # 8 kids, not 9 kids of 6 (the age kept as the occasion gives it, as for a name alone)
    ages = {int(m.group(2) or m.group(3)) for m in _HONOREE.finditer(text) if m.group(1) == name}
    told = f" ({ages.pop()})" if len(ages) == 1 and not ages & set(range(6, 13)) else ""
    return re.sub(
        rf"(?<![a-z'])(?:(?:my|our) {relation} )?{name},?"  # "my son leo and 6 of his friends" too
        rf"(\s*(?:\+|\band\b|&|\bplus\b|\bwith\b)\s*\d{{1,2}}\s+of\s+{pronoun}\s+)",
        rf"my {relation}{told}\1",
        text,
    )
