"""Kids counted with one age (or one band of ages) said for all of them, rewritten as the words
the readers know: "8 girls total including the birthday girl, all of them 9" are "8 kids all age
9", "my daughter + 8 of her friends (all 11-12)" are "9 kids all ages 11-12"; a team's roles told
with their ages ("12 players all 10-11 yrs", "9 swimmers (all 7-9 yrs old)") are kids the same
way. Only ages of the kids' band (6-12) are rewritten; "most of them 9" names no age for all and
stays asked."""

from __future__ import annotations

import re

_AGES = (
    r"\s*[,(:-]?\s*(?:(?:they're|they are|theyre|who are)\s+)?all(?:\s+of\s+them)?(?:\s+ages?)?"
    r"\s+(\d{1,2})(?:\s*(?:-|to)\s*(\d{1,2}))?(?:\s*(?:yrs? old|years? old|yrs?|yo|y/o))?(\s*\))?"
    # "all 9 or 10", "all 9+", "all 9 and 10": not one age or one band
    r"(?!\s*(?:or|and|&|\+|%|\d|-|to)\b|\s*[+%\d-])"
)
# "8 girls total including the birthday girl, all of them 9": the honoree is among the count
_KIDS_ALL = re.compile(
    r"\b(\d{1,2}) (?:girls|boys|kids|children|players|swimmers|dancers|gymnasts|scouts|campers)"
    r"(?:\s+total)?"
    r"(?:\s*,?\s*(?:including|incl|counting)\s+(?:the\s+birthday\s+(?:girl|boy)|her|him"
    r"|my\s+(?:daughter|son)))?" + _AGES
)
# "my daughter + 8 of her friends (all 11-12)": the honoree and her friends, all of one band
_CHILD_AND_FRIENDS = re.compile(
    r"\bmy (?:daughter|son)\s*(?:\+|\band\b|&|\bplus\b|\bwith\b)\s*(\d{1,2})\s+(?:of\s+(?:her|his)\s+)?"
    r"(?:friends|buddies|besties|classmates|teammates)" + _AGES
)

# "8 kids all 6-8 yrs", "10 kids (all 6-8 yrs old, including her)" are read as they are: only
# the words the readers do not know are rewritten (girls, boys, "total", "including", "of them")
_UNKNOWN_WORDS = re.compile(
    r"girls|boys|total|includ|incl|counting|of them|players|swimmers|dancers|gymnasts|scouts|campers"
)


def _in_band(m: re.Match[str]) -> bool:
    """Whether every age the match says is a kid's of 6-12."""
    return all(6 <= int(age) <= 12 for age in (m.group(2), m.group(3)) if age)


def _kids_all(m: re.Match[str]) -> str:
    if not _in_band(m) or not _UNKNOWN_WORDS.search(m.group(0)):
        return m.group(0)
    return _written(int(m.group(1)), m)


def _written(count: int, m: re.Match[str]) -> str:
    ages = f"{m.group(2)}-{m.group(3)}" if m.group(3) else m.group(2)
    told = f"all {'ages' if m.group(3) else 'age'} {ages}"
    # "11 girls (all 8 yrs old), me + 2 other coaches": the bracket kept, so the counts after it
    # are not read as more of the kids' ages
    return f"{count} kids ({told})" if m.group(4) else f"{count} kids {told}"


def shared_ages(text: str) -> str:
    """`text` (lower case, digits) with kids of one shared age written as a count of kids."""
    if "all" not in text:
        return text  # every match says "all" (speed)
    text = _KIDS_ALL.sub(_kids_all, text)
    if "my " not in text:
        return text
    return _CHILD_AND_FRIENDS.sub(
        lambda m: _written(int(m.group(1)) + 1, m) if _in_band(m) else m.group(0), text
    )


# "6 kids (all 7)", "5 girls incl the birthday girl (all 8)": every kid's one age in the count's
# bracket, written as the readers know it
_ALL_AGE = re.compile(r"(?:(?<=kids )|(?<=girls )|(?<=girl )|(?<=boys )|(?<=boy ))\(all (\d{1,2})\)")
# "2 more girls can come, theyre 9 and 7": girls told by their ages are kids
_MORE_BY_AGES = re.compile(
    r"\b(\d{1,2}) more (?:girls|boys)\b(?=[^.!?;]{0,25}\b(?:they'?re|theyre|ages?) \d)"
)


def ages_told(text: str) -> str:
    """`text` (lower case, digits) with a bracket's "(all 8)" after kids written "(all age 8)" and
    girls or boys added with their ages written as kids."""
    if "(all " in text:
        text = _ALL_AGE.sub(r"(all age \1)", text)
    if "more girls" in text or "more boys" in text:
        text = _MORE_BY_AGES.sub(r"\1 more kids", text)
    return text
