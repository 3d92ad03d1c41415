"""Ages told in the sentence after the count ("10 scouts, 3 dads and me (the scoutmaster). they're
all between 11 and 12."): "they" are the one group counted there that can be kids (scouts, players,
girls...), the others being grown-ups by their word (dads, moms, parents, coaches, leaders); the
ages are written in a bracket after that group ("10 scouts (all 11-12)") for `shared_age` to read,
and the sentence that told them is dropped. Two groups that can be kids ("12 scouts, 6 siblings
and 4 parents. they're all 8-11") or ages out of the kids' band stay as they are (asked)."""

from __future__ import annotations

import re

from orchestrator.reading.sentences import sentence_start

# the one the party is for said to be among them, of those ages ("theyre all 8 or 9 (him too)",
# "(incl the birthday girl)"): a remark on who "they" are, no one more
_HONOREE = (
    r"(?:(?:him|her|he|she)(?:\s+(?:too|included|incl))?|(?:incl\.?|including)\s+(?:him|her|"
    r"the\s+(?:birthday|bday|b-day)\s+(?:boy|girl|kid)))"
)
_AGES_AFTER = re.compile(
    # ("the players are all 10-11": the group named again, the one that can be kids)
    r"(?P<stop>[.!;,]\s*|\s*\n\s*)(?:(?:they'?re|theyre|they are)\s+all|all of them are"
    r"|the (?P<who>[a-z]+) are all)\s+"
    r"(?:between\s+|ages?\s+)?(?P<a>\d{1,2})(?:\s*(?:-|to|and|&|or)\s*(?P<b>\d{1,2}))?"
    rf"(?:\s*(?:yrs? old|years? old|yrs?|yo))?(?:\s*\(\s*{_HONOREE}\s*\))?\s*(?=[.!;\n]|\Z)"
)
_COUNTED = re.compile(r"\b(\d{1,3}) (?:other |more )?([a-z]+)\b")
_KIDS = frozenset(
    ("girls", "boys", "kids", "children", "players", "swimmers", "dancers", "gymnasts", "scouts",
     "campers", "cubs", "cheerleaders")
)  # fmt: skip
_GROWN = frozenset(
    ("parents", "dads", "moms", "dad", "mom", "adults", "adult", "grownups", "coaches", "coach",
     "leaders", "leader", "chaperones", "chaperone", "teachers", "teacher", "mothers", "fathers",
     # a camp's grown-ups by role ("4 instructors and 10 parent volunteers", q85c)
     "instructors", "instructor", "counselors", "counselor", "volunteers", "parent")
)  # fmt: skip


def ages_next_sentence(text: str) -> str:
    """`text` (lower case, digits) with ages told in the next sentence moved to the one group of
    the sentence before that can be kids."""
    if "all" not in text:
        return text  # every match says "all" (speed)
    m = _AGES_AFTER.search(text)
    if not m or not all(6 <= int(age) <= 12 for age in (m.group("a"), m.group("b")) if age):
        return text
    opened = sentence_start(text, m.start(), ".!;\n")
    counts = list(_COUNTED.finditer(text, opened, m.start()))
    kids = [c for c in counts if c.group(2) in _KIDS]
    if len(kids) != 1 or any(c.group(2) not in _KIDS | _GROWN for c in counts):
        return text
    if m.group("who") and m.group("who") != kids[0].group(2):
        return text  # "the coaches are all ...": not the group that can be kids
    ages = f"{m.group('a')}-{m.group('b')}" if m.group("b") else m.group("a")
    at = kids[0].end()
    return f"{text[:at]} (all {ages}){text[at : m.start()]}{m.group('stop').rstrip()}{text[m.end() :]}"
