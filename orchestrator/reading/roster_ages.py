"""Ages a youth group's organizer tells in the shapes a roster or a sign-up takes, written as the
readers know them (round q86i, set 188):

- a roster answering "how old are the 10 scouts?": a line of names each with an age ("here's the
  roster lol\\nLiam 8\\nNoah 7\\n...") is the ages alone ("ages 8, 7, ..."), which the answer
  readers place on the kids asked about (as many ages as kids, else asked). Only a message that is
  the roster and at most a short heading of no number and no other news;
- a count then "they're" and its ages ("5 siblings, theyre 2, 4, 8, 11 and 15"): see
  `kids_they_are.count_they_are`;
- "theyre all 2nd graders, so 7 and 8": the ages said after the grade (when they fit it) are the
  answer, the grade its reason;
- a count's bracket in Spanish ("15 jovenes (todos entre 14 y 17 anos)") is "(all 14-17)".

Takes lower-case text with number words written as digits and accents removed."""

from __future__ import annotations

import re

from orchestrator.reading.kids_they_are import count_they_are

# a roster's line: a name (one or two words), then the age ("liam 8", "noah - 7", "eli, 9",
# "mia (10)", "ezra: 8 yrs"), an optional bullet or number before
_ROSTER_LINE = re.compile(
    r"[ \t]*(?:[-\u2022*\u00b7][ \t]*|\d{1,2}[.)][ \t]+)?(?P<name>[a-z][a-z'.]*(?: [a-z][a-z'.]*)?)"
    r"[ \t]*(?:[-:,][ \t]*|\([ \t]*)?(?:age[ \t]+)?(?P<age>\d{1,2})[ \t]*\)?"
    r"(?:[ \t]*(?:yrs?(?: old)?|years? old|yo|y/o))?[ \t]*"
)
# the words a line's name may not be: guests, roles, food and the words of a count or a place
_NOT_NAMES = frozenset(
    ("adult", "adults", "kid", "kids", "child", "children", "toddler", "toddlers", "baby", "babies",
     "parent", "parents", "mom", "moms", "dad", "dads", "leader", "leaders", "scout", "scouts",
     "teen", "teens", "sibling", "siblings", "coach", "coaches", "people", "ppl", "guests", "total",
     "zip", "table", "room", "pack", "troop", "den", "grade", "age", "ages", "me", "us", "plus",
     "and", "chicken", "shrimp", "steak", "salmon", "tofu", "lobster", "scallops", "filet",
     "vegetables", "veggies", "strip", "station", "post", "unit", "crew", "team", "girls", "boys",
     "members", "students", "players", "families", "family", "households", "couples", "cubs")
)  # fmt: skip
# a heading before a roster: short words of handing it over, none a count or news
_HEADING_WORDS = frozenset(
    ("ok", "okay", "ok so", "so", "sure", "yes", "yep", "yeah", "here", "here's", "heres", "here is",
     "here are", "u", "you", "go", "the", "our", "my", "roster", "list", "names", "kids", "scouts",
     "cubs", "ages", "lol", "haha", "it", "is", "are", "they", "of", "with", "their", "and",
     "full", "class", "team", "troop", "den", "girls", "boys", "hi", "hello", "thanks")
)  # fmt: skip
_MIN_LINES = 3


def _heading_ok(line: str) -> bool:
    """Whether `line` is a short heading of handing over a roster ("here's the roster lol")."""
    words = re.findall(r"[a-z']+|\d", line)
    return len(words) <= 8 and all(w in _HEADING_WORDS for w in words)


def roster_ages(text: str) -> str:
    """`text` as "ages 8, 7, ..." when it is a roster of names with ages under at most a short
    heading; otherwise as it was."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    if len(lines) < _MIN_LINES:
        return text
    heading = [] if _ROSTER_LINE.fullmatch(lines[0]) else lines[:1]
    if heading and not _heading_ok(heading[0]):
        return text
    ages = []
    for line in lines[len(heading) :]:
        m = _ROSTER_LINE.fullmatch(line)
        if m is None or any(word in _NOT_NAMES for word in m.group("name").split()):
            return text
        ages.append(m.group("age"))
    if len(ages) < _MIN_LINES:
        return text
    return "ages " + ", ".join(ages)


# "theyre all 2nd graders, so 7 and 8": the grade, then the ages it means
_GRADE_THEN_AGES = re.compile(
    r"\b(?P<they>they'?re|theyre|they are|they r)\s+all\s+(?:in\s+)?(?:the\s+)?"
    r"(?P<grade>[1-6])(?:st|nd|rd|th)\s+grade(?:rs)?\s*,?\s*(?:so|ie|i\.e\.|=|which is)\s+"
    r"(?:ages?\s+)?(?P<a>\d{1,2})\s*(?P<join>and|or|-|to|&)\s*(?P<b>\d{1,2})\b"
)


def _grade_ages(m: re.Match[str]) -> str:
    """The ages of `m` alone when they fit its grade (a 2nd grader is 7 or 8, give or take a
    year); otherwise the words as they were."""
    low, high = int(m.group("grade")) + 4, int(m.group("grade")) + 7
    if not all(low <= int(age) <= high for age in (m.group("a"), m.group("b"))):
        return m.group(0)
    return f"{m.group('they')} all {m.group('a')} {m.group('join')} {m.group('b')}"


# "15 jovenes (todos entre 14 y 17 anos)", "(todos de 14 a 17)": a band in a count's bracket
_SPANISH_BAND = re.compile(
    r"(?<=\d )(?P<who>[a-z]+ )\(\s*tod[oa]s\s+(?:tienen\s+|son\s+)?(?:entre|de)\s+(?P<a>\d{1,2})"
    r"\s+(?:y|a)\s+(?P<b>\d{1,2})(?:\s+anos)?\s*\)"
)


def told_ages(text: str) -> str:
    """`text` with a roster, a count's ages after "they're", the ages said after a grade and a
    Spanish band in a count's bracket written as the readers know them."""
    text = roster_ages(text) if "\n" in text else text
    if "they" in text:
        text = count_they_are(text)
        if "grade" in text:
            text = _GRADE_THEN_AGES.sub(_grade_ages, text)
    if "tod" in text:
        text = _SPANISH_BAND.sub(r"\g<who>(all \g<a>-\g<b>)", text)
    return text
