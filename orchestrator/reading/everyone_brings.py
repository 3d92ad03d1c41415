"""A guest each of a counted group of grown-ups brings: "our wine club has 10 members and
everyone's bringing one guest, so 20 adults", "12 coworkers and each of them is bringing a
plus-one". Every one of the N brings one: N more adults, written "N members plus N more adults"
for the list and count readers (a total said after, "so 20 adults", must then be that sum, or
the role list asks). Only a count of grown-ups by their word, or of the writer's own crowd ("15
of us from the run club, and everyone's bringing one guest": 30; "of us" is read as adults, as
the guest reader reads it), and one guest or partner each;
"everyone's bringing their kids" (how many?) or "some are bringing a guest" stays to the other
readers and the net. `brought_partners` reads "5 of them are bringing a spouse" (some of the
group). Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

from orchestrator.reading.alternation import alternation

# grown-ups by the group's word: "10 members", "12 coworkers"
_GROWN = alternation(
    ("members", "adults", "coworkers", "co-workers", "colleagues", "employees", "teachers", "nurses",
     "parents", "guys", "ladies", "women", "men", "clients", "officers", "firefighters")
)  # fmt: skip
# where the crowd is from, between the count and the guests: "15 of us from the run club"
_FROM = r"(?: (?:from|in|at) (?:(?:the|our|my) )?[a-z'-]+(?: [a-z'-]+){0,2}?)?"
_EVERYONE = (
    r"(?:everyone|everybody|each(?: of them| of us| one)?|all of them|they(?:'re| are) all|they all)"
    r"(?:'s|s| is| are| will be| will| r)?"
)
_EACH_BRINGS = re.compile(
    rf"\b(\d{{1,3}}) ({_GROWN}|of us)({_FROM},? and (?:{_EVERYONE}) (?:bringing|bring|brings) "
    r"(?:1|a|one|their|his or her|her or his) (?:guest|spouse|partner|plus[- ]?one|plus[- ]?1|\+1|date|"
    r"significant other))\b(?!s)"
)


def everyone_brings(text: str) -> str:
    """`text` with "N members and everyone's bringing a guest" written "N members plus N more
    adults"."""
    if "bring" not in text:
        return text  # speed: no one brings anyone
    return _EACH_BRINGS.sub(_each_brings, text)


def _each_brings(m: re.Match[str]) -> str:
    """ "N members and everyone's bringing a guest" as "N members plus N more adults" ("N of us"
    as "N adults": the readers add no guests more to a count of "us")."""
    group = "adults" if m.group(2) == "of us" else m.group(2)
    return f"{m.group(1)} {group} plus {m.group(1)} more adults"
