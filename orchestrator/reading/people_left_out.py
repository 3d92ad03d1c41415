"""Partners or a kind of guest said to stay away, with no number: "11 of us ladies ... no husbands
this time!", "8 adults, no husbands allowed lol", "15 adults, no spouses this time". The "no"
takes no one out of the count the message gives: it says who the counted guests are not, so the
coverage check need not ask about it. Anything after the people but a short tail ("this time",
"allowed", "lol", an emoji's gap: spaces once normalized) keeps the negation asked: "no husbands
except my sister's" may add one."""

from __future__ import annotations

import re

# whom the "no" keeps away: partners and grown men or women as a kind, never kids (normalized to
# "0 kids") nor food
_WHO = (
    r"(?:husbands|wives|spouses|partners|hubbies|boyfriends|girlfriends|bfs|gfs|dates|"
    r"plus[- ]?ones|significant others|men|guys|boys|women|ladies|girls)"
)
# the tail that closes the clause: when, who allows it, a laugh, then the clause's end
_LEFT_OUT = re.compile(
    rf"\s+{_WHO}\b(?:\s+(?:this (?:time|year|round|go|trip)|allowed|invited|tonight|either))?"
    r"(?:\s*(?:lol|lmao|haha|😂))?(?:\s*(?:[.,!;)\n]|\Z)|[^\S\n]{2,}(?![^\S\n])"
    # "no husbands this time 😂 chicken": an emoji's gap ends the clause, not before "except"
    r"(?!(?:except|but|besides|other|only|just|apart|save|unless)\b))"
)


def people_left_out(text: str, start: int, end: int) -> bool:
    """Whether the negation at `start`..`end` of normalized `text` is a bare "no" keeping partners or
    a kind of grown guest away ("no husbands this time!"), at the end of its clause."""
    return text[start:end] == "no" and bool(_LEFT_OUT.match(text, end))
