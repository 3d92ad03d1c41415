"""Households counted in brackets after their label, in a list under a heading that counts them:
"we'll be 4 households: my parents (2 adults), us (2 adults + our daughter, 11), my brother's
family (2 adults + 2 kids, 9 and 6), and my husband's parents (2 adults)" (round q84l). Each
bracket is that household's count, written as the household readers know it unbracketed ("my
parents 2 adults, us 2 adults + 1 kid (11), my brother's family 2 adults + 2 kids (9 and 6)"),
same length, so every span after it still holds; the heading's number and the households'
readers then check the households against it (a heading of 3 over 4 households stays asked).

Only a bracket that holds a count of adults first, then at most the household's kids with their
ages ("+ 2 kids, 9 and 6", "+ 1 kid (4)", "+ our son, 10", "+ our 2 girls, 7 and 9"): kids of no
age, a relation of no count or anything else in it leaves the message as it stands."""

from __future__ import annotations

import re

# The heading that counts the households ("4 households:", "3 families for my dad's 60th:")
_HEADING = re.compile(r"\b\d{1,2}\s+(?:households|families)\b[^.!?\n]{0,50}:")
# Whose household: "my parents", "my in-laws", "us", "ours", "my brother's family", "my
# husband's parents", "my brother's" (a family's name, "the lees (3 adults)", is read in its
# brackets already)
_LABEL = (
    r"(?:(?:my|our)\s+(?:parents|in-?laws|grandparents"
    r"|[a-z-]+(?:'s|’s)(?:\s+(?:family|fam|household|parents|crew))?)"
    r"|us|ours)"
)
# A label that ends in a guest word ("my husband's parents")
_PAIR_LAST = re.compile(r"(?<='s )(?:grand)?parents\Z")
_AGES = r"\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*"
# The kids after the household's adults: "2 kids, 9 and 6", "1 kid (4)", "our son, 10", "our 2
# girls, 7 and 9", "our daughter (11)"
_KIDS = (
    rf"(?:(?P<n>\d{{1,2}})\s+(?:kids?|children|child)|(?:our|their)\s+(?P<one>son|daughter|boy|girl|kid)"
    rf"|(?:our|their)\s+(?P<m>\d)\s+(?:kids|boys|girls|sons|daughters))"
    rf"\s*(?:,\s*(?P<ages>{_AGES})|\(\s*(?P<bages>{_AGES})\s*\))"
)
_ITEM = re.compile(
    rf"(?P<label>{_LABEL})\s*\(\s*(?P<adults>\d{{1,2}})\s+(?P<aw>adults?)"
    rf"(?:\s*(?:\+|&|and|plus)\s*{_KIDS})?\s*\)"
)


def household_brackets(text: str) -> str:
    """Normalized `text` with each household's bracketed count after its label written out
    unbracketed under a heading that counts the households, same length; else unchanged."""
    heading = _HEADING.search(text)
    if heading is None:
        return text
    for m in reversed(list(_ITEM.finditer(text, heading.end()))):
        said = _written(m)
        start, end = m.end("label"), m.end()
        pair = _PAIR_LAST.search(m.group("label"))
        if pair and said == f" {m.group('adults')} {m.group('aw')}":
            # "my husband's parents (2 adults)" as "my husband's 2 parents": the count on the
            # guest word, which the net would otherwise ask about as a group of no number
            start = m.start("label") + pair.start()
            said = f"{m.group('adults')} {pair.group(0)}"
        if said is None or len(said) > end - start:
            continue
        text = text[:start] + said.ljust(end - start) + text[end:]
    return text


def _written(m: re.Match[str]) -> str | None:
    """The household's count unbracketed ("2 adults + 2 kids (9 and 6)"), or None when the
    kids' number and their ages do not agree."""
    said = f" {m.group('adults')} {m.group('aw')}"
    ages = m.group("ages") or m.group("bages")
    if ages is None:
        return said
    told = len(re.findall(r"\d{1,2}", ages))
    count = 1 if m.group("one") else int(m.group("n") or m.group("m"))
    if told != count:
        return None  # "our 2 girls, 7": which is which? left to the readers, which ask
    return f"{said} + {count} {'kid' if count == 1 else 'kids'} ({ages})"
