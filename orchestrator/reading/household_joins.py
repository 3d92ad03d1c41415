"""A household that joins the order, named by whose it is and counted right after the words of
coming: "my aunt's family is coming too: 3 adults and 2 kids (12 and 9). same food", "our
neighbors are joining as well - 2 adults + 1 kid (7)", or by its people after the words of
coming: "my brother and his family can make it after all! him, his wife and their 3 kids (12, 7
and 5)" (the couple two adults, the kids by their ages), or said to be added, then its people:
"we're adding my cousin's family: him, his wife and their two boys (7 and 12). same menu" (round
q76j: "same food" right after says there is an order to add to; "their kids" with no number, kids
with no ages, or no "same food", stay asked). The household says who; its counts are
more guests on top of the order's, as "3 more adults and 2 more kids (12 and 9)" would say. The
words are written so (right-aligned over the household's words, same length, so every span
after them still holds), and the readers of added guests do the rest.

Only a household of the writer's own ("my", "our"), said to be coming with "too", "as well",
"also" or "after all", and counts of adults (and kids) right after its colon or dash (which
says they are the household's: "my sister's family is coming as well, 3 adults and 2 kids" may be
the new count of everyone, asked); anything
else stays with the readers and the net. A message that names a food of the menu or a ZIP is
read as it stands: it may be a first message, whose household is no addition to an order (and
"more" would then price the household alone), so the net asks."""

from __future__ import annotations

import re

_WHO = (
    r"(?:my|our)\s+(?:[a-z'-]+'s\s+(?:family|fam|household|crew|bunch)"
    r"|(?:next[- ]door\s+)?neighbou?rs|in-?laws|cousins)"
)
_COMING = (
    r"\s+(?:is|are|will\s+be|r|can)\s+(?:also\s+|now\s+|actually\s+)?"
    r"(?:coming|joining(?:\s+us)?|able\s+to\s+come|able\s+to\s+make\s+it|make\s+it|come)"
    r"(?:\s+(?:too|as\s+well|also|after\s+all))\b"
)
_COUNTS = (
    r"(?P<adults>\d{1,2})\s+(?P<aw>adults?|grown-?ups)\b"
    r"(?:(?P<join>\s*(?:,|\band\b|&|\+|\bplus\b)\s*)(?P<kids>\d{1,2})\s+(?P<kw>kids?|children|child)\b)?"
)
_JOINS = re.compile(rf"\b(?P<who>{_WHO}){_COMING}\s*[:-]\s*{_COUNTS}")


# "my brother and his family can make it after all! him, his wife and their 3 kids (12, 7 and 5)":
# the household named, said to come, then its people: the couple two adults, their kids counted
_FAMILY_OF = (
    r"(?:my|our)\s+[a-z'-]+\s+(?:and|&|\+)\s+(?:his|her|their)\s+(?:family|fam|crew|kids)"
)
_COUPLE = (
    r"(?:him|her),?\s+(?:his|her)\s+(?:wife|husband|spouse|partner|gf|bf|girlfriend|boyfriend)"
)
_KIDS_AGED = (
    r"(?P<kids>\d{1,2})\s+(?P<kw>kids|children|boys|girls|sons|daughters)\s*\(\s*\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})+\s*\)"
)
_FAMILY_JOINS = re.compile(
    rf"\b(?P<who>{_FAMILY_OF}){_COMING}\s*[!.]*\s*(?:[:,-]\s*)?"  # ("after all!!": a run of marks)
    rf"(?:(?:it'?s|that'?s)\s+)?{_COUPLE}\s*,?\s+(?:and|&|\+|plus)\s+(?:their\s+)?{_KIDS_AGED}"
)
# "we're adding my cousin's family: him, his wife and their 2 boys (7 and 12)": the household
# said to be added, then its people so (the adding word says they come on top of the order's)
_ADDED_FAMILY = re.compile(
    r"\b(?:adding|add)\s+(?P<who>(?:my|our)\s+[a-z'-]+'s\s+(?:family|fam|household))\s*[:-]\s*"
    rf"{_COUPLE}\s*,?\s+(?:and|&|\+|plus)\s+(?:their\s+)?{_KIDS_AGED}"
    # "same food" after it: an order before to add to (a first message adds to nothing, asked)
    r"(?=\s*\)?\s*[.!,;-]?\s*(?:please\s+|pls\s+)?same\s+(?:food|menu|order|as\s+before)\b)"
)
_ZIP = re.compile(r"(?<!\d)\d{5}(?!\d)")


def household_joins(text: str, food: re.Pattern[str]) -> str:
    """Normalized `text` with a joining household's counts written as added guests ("my aunt's
    family is coming too: 3 adults and 2 kids" as "3 more adults and 2 more kids", padded to the
    same length); else unchanged. `food` finds a word of the menu."""
    if not any(w in text for w in ("adult", "grown", " him", " her")):
        return text  # speed: every such household is counted in adults or named as a couple
    if food.search(text) or _ZIP.search(text):
        return text  # a whole order: a first message, perhaps, with nothing to add to
    for m in reversed(list(_JOINS.finditer(text))):
        said = f"{m.group('adults')} more {m.group('aw')}"
        if m.group("kids"):
            said += f"{m.group('join')}{m.group('kids')} more {m.group('kw')}"
        start, end = m.start("who"), m.end()
        if len(said) > end - start:
            continue  # never: the household's words are longer than the "more"s
        text = text[:start] + said.rjust(end - start) + text[end:]
    families = [*_FAMILY_JOINS.finditer(text), *_ADDED_FAMILY.finditer(text)]
    for f in sorted(families, key=lambda f: f.start(), reverse=True):
        said = f"2 more adults and {f.group('kids')} more kids"  # ("their 2 boys": kids)
        start, end = f.start("who"), f.start("kids") + len(f.group("kids")) + 1 + len(f.group("kw"))
        if len(said) <= end - start:
            text = text[:start] + said.rjust(end - start) + text[end:]
    return text
