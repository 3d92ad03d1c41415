"""Twins and triplets told with their age ("twins age 4", "triplets, both 2", "the twins' 3rd
birthday"): each match's group 1 is the word, group 2 the age. Split from `guests` by size."""

from __future__ import annotations

import re

# twins with the age told after them: "twins age 4", "twins (9)", "triplets, both 2", "twins turning
# 4" (not a count of kids said elsewhere, which the kids' ages are read with)
MULTIPLE_AGED = re.compile(
    # "twins (both 18)", "twins (both finishing at davis high, 18 yo!)": an aside before the age
    # only with the age's unit after it
    r"\b(twins|triplets)\s*(?:\(\s*(?:both\s+|all\s+)?(?:aged?\s+|ages?\s+)?"
    r"(?:[a-z' ]{3,40},\s*(?=\d{1,2}\s*(?:yo|y/o|yrs?\s+old|years\s+old)\b))?"
    r"|,?\s*(?:both\s+|all\s+)?(?:aged?|ages?)\s+|,\s*(?:both|all)\s+"
    # ("their twins, who are 5": the comma before "who" of a list item)
    r"|(?:\s*,\s*(?=(?:who|that)\s)|\s+)(?:(?:who|that)\s+)?"
    r"(?:(?:are|r|is)\s+(?:turning|gonna be|going to be)|are|r|is|turning|"
    r"turned|turn|turns|just turned)\s+(?:both\s+|all\s+)?"
    # "twins bday (they're turning 3)", "twins birthday party (they turn 2)", "twins birthday,
    # they'll be 4"
    # "twins bday (turning 4)": the age the event gives them
    r"|\s+(?:bday|b-day|birthday)(?:\s+party)?\s*[(,-]?\s*"
    r"(?:(?:they'?re|they are|theyre|they'?ll|they will|they)\s+(?:turning\s+|turn\s+|be\s+)?"
    r"|(?:turning|turn|turns)\s+)"
    # "my twins, theyre turning 5!", "our twins - they're turning 2", "the twins, they'll be 4"
    # ("our twins 🎈 they're turning 1": an emoji between, a space once normalized)
    r"|(?:\s*[,(-]\s*|\s+)(?:they'?re|they are|theyre|they'?ll be|they will be)\s+"
    r"(?:turning\s+|gonna be\s+)?)"
    r"(\d{1,2})\b(?!\s+(?:of|more|extra|out)\b)(?:\s*(?:yo|y/o|yrs?|years?)(?:[- ]?old)?)?(?:\s*\))?"
)  # not "the twins are 2 of the 10 kids"
# the twins' birthday by its ordinal: "the twins' 3rd birthday", "our twins 7th bday"
_MULTIPLE_ORDINAL = re.compile(
    r"\b(twins|triplets)(?:'s?)?\s+(\d{1,2})(?:st|nd|rd|th)\s+(?:bday|b-day|birthday|bd)\b"
)


def multiples_aged(text: str) -> list[re.Match[str]]:
    """The twins or triplets told with their age, then those told by their birthday's ordinal."""
    return [*MULTIPLE_AGED.finditer(text), *_MULTIPLE_ORDINAL.finditer(text)]


_OWNED = re.compile(r"\b(?:my|our|his|her|their)\s+\Z")


def owned_span(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The span of twins or triplets told with their age, with the word of whose they are before
    them ("our twins (they're turning 4)"): the owner names the twins, no one else."""
    owner = _OWNED.search(text, max(0, m.start() - 6), m.start())
    return (owner.start() if owner else m.start(), m.end())


# Whose twins they are, as an item of the writer's list ("me and my wife and our twins, theyre
# turning 3, plus ..."): the twins counted by their age by the reader above, no adults
_OWNER = re.compile(r"(?:my|our|his|her|their|the)\s+(?=twins\b|triplets\b)")


def listed_multiples(text: str, at: int) -> re.Match[str] | None:
    """The twins or triplets told with their age at `at` ("our twins, theyre turning 3"), or None."""
    owner = _OWNER.match(text, at)
    return MULTIPLE_AGED.match(text, owner.end()) if owner else None


# "my twins are turning 5 ... me and my husband, 3 other kids (7, 9, 10) and the twins": the twins
# named again as an item of the list, their age told before; counted by that age, no adults
MULTIPLES_AGAIN = re.compile(
    # (", 6 of their friends" after them is the next item, no age of theirs)
    r"(?:my|our|the)\s+(?:twins|triplets)\b(?!')(?!\s*[(-]?\s*(?:age|aged|\d)"
    r"|\s*,\s*(?:age|aged|\d{1,2}\b(?!\s+(?:of|other|more)\b)))"
)


def multiples_named_again(text: str, at: int) -> re.Match[str] | None:
    """The twins or triplets at `at` named again, their age told elsewhere in `text`, or None."""
    again = MULTIPLES_AGAIN.match(text, at)
    if again is None:
        return None
    told = [m for m in multiples_aged(text) if not at <= m.start() < again.end()]
    return again if told else None


# A count of grown-ups said anywhere in the message ("16 adults total", "party of 20 people")
_GROWN_COUNT = re.compile(r"\b\d{1,3}\s+(?:adults|grown-?ups|grownups|people|ppl|guests)\b")
_GROWN_AGE = 18


def grown_in_count(text: str, age: int) -> bool:
    """Grown twins or triplets at their birthday ("my dad and his 2 brothers (the triplets turn
    60!). 16 adults total"): whose party it is, inside the count of grown-ups the message says,
    never guests beside it (teens stay counted by their age: "the twins turn 16, 12 adults")."""
    return age >= _GROWN_AGE and _GROWN_COUNT.search(text) is not None
