"""The shape of a message read as the words a list would be: a bulleted list under a heading
("Who's coming:\n- me and my wife\n- my parents\n- 4 neighbors") is one list of items, and kids
named with their ages ("our kids Emma (11) and Jake (7)") are counted by them ("our 2 kids (11
and 7)"), and a phone's next line opening with "and" and a count goes on the line before.
Applied to lower-cased text before the counts are read."""

from __future__ import annotations

import re

# A heading line ending with a colon, then two bullet lines or more, none a form's "Label: value"
_BULLETS = re.compile(r"(?m)^([^\n:]*:)[ \t]*\n((?:[ \t]*[-*][ \t]+[^\n:]+(?:\n|$)){2,})")
_BULLET = re.compile(r"^[ \t]*[-*][ \t]+", re.MULTILINE)
# One kid by a name and an age in brackets; the names are words of no other meaning here. After
# "the kids -" / "the kids:" an age may also be "(turning 7)" or bare ("Lucas 10"), a baby said
# before the name ("baby Noah (1)"), round q82p
_NOT_NAME = (
    r"(?!(?:ages?|aged|are|r|is|about|around|like|maybe|turning|turn|both|all|each|and|plus|with)\b)"
)
_NAMED = (
    rf"(?:baby\s+)?{_NOT_NAME}[a-z]{{2,12}}\s*"
    r"(?:\(\s*(?:turning\s+|turns\s+|age\s+)?\d{1,2}\s*\)|(?:1[0-7]|\d)\b(?!\s*[/:.-]?\d))"
)
_NAMED_KIDS = re.compile(
    # ("my sister's kids Mia (10) and Leo (4)": a relation's kids, "my sister's 2 kids (10 and 4)")
    r"\b(?P<whose>(?:our|my|his|her|their|the)(?:\s+(?:sister|brother|cousin|neighbou?r)(?:'s|s))?)\s+"
    r"(?P<word>kids|children|boys|girls|sons|daughters)(?:\s+-\s+|\s*:\s*|\s+)"
    rf"(?P<names>{_NAMED}(?:\s*,\s*{_NAMED})*\s*,?\s*(?:and|&|\+|n)\s+{_NAMED})"
)
_AGE = re.compile(r"\d{1,2}")
# A phone's fragments: a line opening with "and" and a count of people goes on the line before,
# which ends in a word ("plus me and 1 other coach\nand 8 moms": one list of who comes)
_AND_LINE = re.compile(r"(?<=[a-z])[ \t]*\n[ \t]*(?=(?:and|&)[ \t]+\d{1,3}[ \t]+[a-z])")


def _joined(m: re.Match[str]) -> str:
    items = [item.strip() for item in _BULLET.sub("", m.group(2)).splitlines() if item.strip()]
    return f"{m.group(1)} {', '.join(items)}.\n"


def _counted(m: re.Match[str]) -> str:
    ages = [age.strip() for age in _AGE.findall(m.group("names"))]
    listed = ", ".join(ages[:-1]) + f" and {ages[-1]}"
    return f"{m.group('whose')} {len(ages)} {m.group('word')} ({listed})"


def plain_list(text: str) -> str:
    """A bulleted list under its heading as one sentence of items; kids named with their ages
    as their number and their ages; a line opening with "and" and a count joined to the line
    before; a serial comma before the last age dropped."""
    text = _NAMED_KIDS.sub(_counted, _BULLETS.sub(_joined, text))
    text = _AND_LINE.sub(" ", text) if "\nand " in text or "\n& " in text else text
    # a serial comma in a list of numbers: "(12, 8, and 2)" is "(12, 8 and 2)"
    return re.sub(r"(?<=\d),\s*(and|&)\s*(?=\d)", r" \1 ", text)
