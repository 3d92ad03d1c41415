"""A phone's burst listing the party a line at a time whose last message (the one answered) ends
the list and gives the order: "me n my wife", "our 3 kids 12, 9 and 7", "her parents", then "and my
brother n his wife. chicken + salmon for all 95841"; "the list so far: me, him, his parents, ...",
"and our kids (6 and 2)", then "oh and 4 of his friends from work. we want chicken and scallops.
95610". The last message opening with "and", "plus" or "oh and" goes on the list, so the lines
before it are joined to it as one message's list ("me n my wife, our 3 kids 12, 9 and 7, her
parents and my brother n his wife. ..."), the last message still; the list's rules then hold
(people of no number, a total that disagrees, still asked). Only when every line since the
business's last reply (or the burst's greeting or occasion) names people and nothing else, the
writer opening one line and one only (two lines opening with "me" say the list again)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.turns import Turn

# the last message going on the list: "and my brother n his wife", "oh and 4 of his friends",
# "plus my 2 cousins", "+ her parents"
_GOES_ON = re.compile(
    r"^\s*(?:oh,?\s+|also\s+)?(?:and|plus|\+|&)\s+(?=(?:\d{1,3}\s+[a-z]|(?:my|our|his|her|their)\s+(?:\d{1,3}\s+)?[a-z]))",
    re.IGNORECASE,
)
# a heading naming who the line's people are: "grown ups: me, my husband, ...", "kids: the
# birthday boy + 3 friends (all 4)": dropped in the list joined (the relations and ages say who is
# grown; a relation of no age under "kids:" is asked as anywhere)
_SECTION = re.compile(
    r"^\s*(?:grown[- ]?ups|adults|us|kids|the kids|kiddos|children|little ones)\s*:\s*"
    r"(?=(?:me|my|our|his|her|their|the)\b)",
    re.IGNORECASE,
)
# a line of the list: opening with the writer or a relation ("me n my wife", "our 3 kids 12, 9 and
# 7", "her parents", "the list so far: me, him, ..."), possibly going on the line before ("and our
# kids (6 and 2)")
_PEOPLE_LINE = re.compile(
    r"^\s*(?:(?:the\s+)?(?:guest\s+)?list(?:\s+so\s+far)?\s*:\s*|(?:and|plus|\+|&)\s+"
    r"|(?:grown[- ]?ups|adults|us)\s*:\s*)?"
    r"(?:me|my|our|his|her|their)\b",
    re.IGNORECASE,
)
# what no line of people holds: a ZIP, a question, a count of guests by band not a relation's own
# ("our 3 kids" is a part of the list, "10 adults" a count), a food, a doubt or a greeting's words
_NOT_PEOPLE = re.compile(
    r"\d{5}|\?|(?<!their )(?<!his )(?<!her )(?<!our )(?<!my )"
    r"\b\d{1,3}\s+(?:adults|kids|children|people|ppl|guests|total)\b"
    r"|\b(?:chicken|shrimp|steak|strip|filet|salmon|scallops|lobster|tofu|veggies|protein|quote|"
    r"price|cost|how|maybe|might|probably|possibly|not|no|cant|can't|or|family|families|party|"
    r"bday|birthday|dinner|wedding|anniversary)\b",
    re.IGNORECASE,
)
# a line's closing word that says no one: "my parents obv", "her parents lol"
_FILLER = re.compile(r"\s+(?:obv|obvi|obviously|ofc|of course|lol|lmao|haha)\W*$", re.IGNORECASE)
_WRITER = re.compile(
    r"^\s*(?:(?:the\s+)?(?:guest\s+)?list(?:\s+so\s+far)?\s*:\s*|(?:grown[- ]?ups|adults|us)\s*:\s*)?"
    r"me\b",
    re.IGNORECASE,
)


def _people_line(text: str) -> bool:
    """Whether a message is one line of the party's list and nothing else."""
    return "\n" not in text.strip() and bool(_PEOPLE_LINE.match(text)) and not _NOT_PEOPLE.search(text)


def tail_joined(turns: Sequence[Turn]) -> list[Turn]:
    """`turns` ((role, text), oldest first) with the customer's lines of people right before a last
    message that goes on their list joined to it, as one message (the last); else as they are."""
    out = list(turns)
    if len(out) < 2 or out[-1][0] != "customer":
        return out
    section = _SECTION.match(out[-1][1]) is not None  # "kids: the birthday boy + ..."
    if not (section or _GOES_ON.match(out[-1][1])):
        return out
    start = len(out) - 1
    while start > 0 and out[start - 1][0] == "customer" and _people_line(out[start - 1][1]):
        start -= 1
    lines = [t for _, t in out[start:-1]]
    if not lines or sum(1 for t in lines if _WRITER.match(t)) != 1:
        return out  # the writer in no line (whose list?) or in two (the list said again)
    if section and not any(_SECTION.match(t) for t in lines):
        return out  # "kids:" after lines of no heading: a section of what?
    if start > 0 and out[start - 1][0] == "customer" and _PEOPLE_LINE.match(out[start - 1][1]):
        return out  # a line of people with more in it before them: the list began earlier
    last = _SECTION.sub("", re.sub(r"^\s*(?:oh,?\s+|also\s+)", "", out[-1][1]))
    joined = ", ".join(_FILLER.sub("", _SECTION.sub("", t)).strip().rstrip(".,") for t in lines)
    return [*out[:start], ("customer", f"{joined}{', ' if section else ' '}{last.strip()}")]
