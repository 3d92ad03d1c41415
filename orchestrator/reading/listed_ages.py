"""Ages told after a group of kids or siblings with no brackets, rewritten in brackets as the list
readers know them: "our 3 kids they are 18 15 and 11" is "our 3 kids (18, 15 and 11)" (as many
ages as the count says, else left as it is and asked; "their 3 kids 2/8/13", slashed, the same and
never a date then; "our 3 kids 19 15 and 11 my parents ..."
spoken with no commas too, the ages ending where the next item or the food starts), "his sisters
10 and 4, and 6 of his classmates" is "his sisters (10 and 4), and 6 of his classmates" (two or
more ages, ending where the list goes on: a comma, a full stop, "and" or "plus"; "my cousins 2
and 3 friends" is left), "his big sister 9 and 4 friends" is "his big sister (9) and 4 friends"
(the honoree's one sibling or cousin with one kid's age; the burst's line says it the same way).
Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

_AGES = r"(\d{1,2}(?:\s*,?\s*\d{1,2})*?\s*,?\s*(?:and|&|n)\s*\d{1,2})"
_END = r"(?=\s*[,.;!\n]|\s+(?:and|plus|with)\b|\s*\+|\s*$)"
# ... or, spoken without commas, where the next item opens ("my parents") or the food follows
_SPOKEN_END = (
    r"(?=\s*[,.;!\n]|\s+(?:and|plus|with|my|our|their|his|her)\b|\s*\+|\s*$"
    r"|\s+(?:chicken|shrimp|steak|filet|ny strip|salmon|scallops|lobster|veggies|vegetables)\b)"
)
# "our 3 kids they are 18 15 and 11", "my 2 boys who are 9 and 12"; "our 3 kids 19 15 and 11 my
# parents ...", "their 2 girls 8 and 4 chicken and shrimp": the ages right after, as many as
# the count (spoken lists)
_COUNTED = re.compile(
    r"\b((?:our|my|the|their)\s+(\d{1,2})\s+(?:kids|children|boys|girls))\s*,?\s*"
    rf"(?:(?:they\s+are|they're|theyre|who\s+are|ages?|aged)\s+{_AGES}{_END}|{_AGES}{_SPOKEN_END}"
    # "their 3 kids 2/8/13": the ages one by one between slashes (as many as the count: no date)
    rf"|(?:(?:ages?|aged)\s+)?(\d{{1,2}}(?:\s*/\s*\d{{1,2}})+){_END})"
)
# "his sisters 10 and 4", "her brothers 8 and 11": siblings named with their ages after them
_SIBLINGS = re.compile(
    r"\b((?:his|her|their|my|our)\s+(?:little\s+|big\s+|younger\s+|older\s+)?"
    rf"(?:sisters|brothers|siblings|sibs|cousins))\s+{_AGES}{_END}"
)
# "his big sister 9 and 4 friends", "her cousin 10, ...": the honoree's one sibling or cousin
# named with one kid's age (a second number after it, "his sister 9 and 11", is left and asked;
# "my sister 30" is the writer's, and a grown age no kid's: left)
_SIBLING = re.compile(
    r"\b((?:his|her)\s+(?:little\s+|lil\s+|big\s+|younger\s+|older\s+|baby\s+)?"
    r"(?:sister|brother|cousin|sis|bro))\s+(1[0-7]|\d)"
    # no second age after it ("his sister 9 and 11"); a count of others may follow ("and 4 friends")
    r"(?!\s*(?:,|and|&|n|\+)\s*\d{1,2}(?!\d)(?!\s*(?:\(|(?!(?:and|n)\b)[a-z])))"
    rf"(?!\s*(?:yrs?|years?|y/?o|months?|mos?)\b){_END}"
)


def _ages(said: str) -> list[str]:
    return re.findall(r"\d{1,2}", said)


def _counted(m: re.Match[str]) -> str:
    ages = _ages(m.group(3) or m.group(4) or m.group(5))
    if len(ages) != int(m.group(2)):
        return m.group(0)  # "our 3 kids they are 8 and 10": which kid? asked
    return f"{m.group(1)} ({', '.join(ages[:-1])} and {ages[-1]})"


def _siblings(m: re.Match[str]) -> str:
    ages = _ages(m.group(2))
    return f"{m.group(1)} ({', '.join(ages[:-1])} and {ages[-1]})"


def listed_ages(text: str) -> str:
    """`text` with the ages told after a counted group of kids or after siblings in brackets."""
    text = _COUNTED.sub(_counted, text)
    text = _SIBLINGS.sub(_siblings, text)
    return _SIBLING.sub(r"\1 (\2)", text)
