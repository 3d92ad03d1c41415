"""School grades read as the kids' ages they stand for, by their usual US ages: a grade is
rewritten as an age inside the price band every child of that grade is in, keeping the text's
length (the spans read before it still hold):

- "N 2nd graders", "a 1st grader", "their 4th grader": "N 7 year olds", "a 6 year old", ...;
- "a freshman", "a sophomore": a 14 or 15 year old (a college one is grown as well).

1st to 6th grade are 6-12, 8th grade and up 13 and over. A grade in a kid's bracket ("Ella (6th
grade) and Sam (preschool)") is left asked: rewritten as "(11)" it was dropped by a list reader.
Kindergarten (5 or 6) and 7th grade (12 or 13) straddle a price line: left as written, so the
reader asks; so are "middle schoolers" (11-14), "junior" and "senior" (a high school year or a
grown-up's title) and a grade with no kid counted ("the kids are in 3rd and 5th grade").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (words.py runs `many_graders` and is imported by checks.py)
    from orchestrator.reading.checks import Covered

# A grade's age inside the one price band the whole grade is in (7th grade straddles: none)
_ADULT_AGE = 13  # 8th grade and up: teens, adults by the reading rules
_GRADE_AGE = {1: 6, 2: 7, 3: 8, 4: 9, 5: 10, 6: 11, 8: 13, 9: 14, 10: 15, 11: 16, 12: 17}
# a grade spelled out ("sixth graders"); seventh straddles (12 or 13) and is not here
_WORD_GRADE = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
               "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}  # fmt: skip
_ORDINAL = rf"(?:(?P<grade>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{'|'.join(_WORD_GRADE)}))"
# "2 2nd graders", "24 3rd graders", "a 1st grader", "our 4th grader", "twin 3rd graders": a kid
# counted by grade
_GRADERS = re.compile(
    rf"(?P<lead>\b(?:a|an|\d{{1,3}}|our|their|his|her|my|twin|and|&)\s)"
    rf"{_ORDINAL}[- ]grader(?P<plural>s?)\b"
)
# "a freshman", "a sophomore": a high school year (a college year is grown as well)
_YEAR = re.compile(r"(?<=\ba\s)(?P<word>freshman|sophomore)\b")
_YEAR_AGE = {"freshman": 14, "sophomore": 15}
# A kid told by a grade across a price line: with a grade rewritten beside it, the reader would
# price the others and drop this one ("a 3rd grader and a 7th grader"), so none is rewritten
_STRADDLING = re.compile(
    r"\b(?:7th|seventh)[- ]grade|kindergar|\bk[- ]?(?:5|8|12)?\b|middle[- ]?school|\bpre-?\s?k"
)


def grade_ages(norm: str) -> str:
    """`norm` with kids' school grades rewritten as ages of the same price band, same length;
    a grade that straddles a price line, or any other, unchanged (and all, beside one)."""
    if _STRADDLING.search(norm):
        return norm
    if "grade" in norm:
        norm = many_graders(norm)
        norm = _GRADERS.sub(_graders, norm)
    if "a freshman" in norm or "a sophomore" in norm:
        norm = _YEAR.sub(lambda m: _fitted(f"{_YEAR_AGE[m.group('word')]}yr old", m.group(0)), norm)
    return norm


def _fitted(new: str, old: str) -> str:
    """`new` padded with spaces to the length of `old`, or `old` when it does not fit."""
    return new.ljust(len(old)) if len(new) <= len(old) else old


def _graders(m: re.Match[str]) -> str:
    """"2nd graders" as "7 year olds" (7th grade, or no grade, left as written)."""
    age = _GRADE_AGE.get(_grade(m))
    if age is None:
        return m.group(0)
    plural, lead = m.group("plural"), m.group("lead")
    old = m.group(0)[len(lead) :]
    long = f"{age} year old{plural}"
    return lead + _fitted(long if len(long) <= len(old) else f"{age} yr old{plural}", old)


# a class counted by its grade, ten or more ("25 sixth graders", "22 4th graders"): the count is
# no single digit the year-olds' reader takes
_MANY_GRADERS = re.compile(rf"(?<![\d.,$/:-])\b(?P<n>[1-9]\d{{1,2}})\s+{_ORDINAL}[- ]graders\b")


def _grade(m: re.Match[str]) -> int:
    """The grade of `m`, told by digits or spelled out."""
    return int(m.group("grade")) if m.group("grade") else _WORD_GRADE[m.group("word")]


def many_graders(text: str) -> str:
    """`text` with a class counted by its grade, ten or more, written as kids of the grade's band
    or teens ("25 sixth graders" as "25 kids(6-12)"), same length; 7th grade and kindergarten
    left as written (asked). Run before the count readers too, which count the grown-ups beside
    young members told by their ages ("+ 3 teachers")."""
    if "grader" not in text or _STRADDLING.search(text):
        return text
    return _MANY_GRADERS.sub(_many_graders, text)


def _many_graders(m: re.Match[str]) -> str:
    """ "25 sixth graders" as "25 kids(6-12)", "20 9th graders" as "20 teens" (the band the whole
    grade is in; 7th grade, or no grade, left as written)."""
    age = _GRADE_AGE.get(_grade(m))
    if age is None:
        return m.group(0)
    if age >= _ADULT_AGE:
        return _fitted(f"{m.group('n')} teens", m.group(0))
    # the band the grade is in ("25 sixth graders": "25 kids(6-12)", as a form's field reads)
    return _fitted(f"{m.group('n')} kids(6-12)", m.group(0))


# A kid told by a grade ("a 7th grader", "2 kindergartners", "4 middle schoolers", "a preschooler")
# counted, not a group named by its grade ("party for the 4th graders: 26 students")
_GRADE_KID = re.compile(
    r"\b(?:a|an|\d+|our|their|his|her|my|twin|and|&)\s+(?P<kid>(?:(?:\d{1,2}(?:st|nd|rd|th)|seventh|"
    rf"{'|'.join(_WORD_GRADE)})[- ]graders?"
    r"|kindergart[a-z]*ers?|(?:middle|high)[- ]?schoolers?|pre-?\s?schoolers?)\b)"
)


def graders_unread(text: str, covered: Covered) -> list[tuple[str, str]]:
    """Checks for the kids told by a school grade in normalized `text` that no read span holds
    ("6 adults, a 3rd grader and a 7th grader": 7th grade is 12 or 13, left as written, and the
    reader must not price the party without them)."""
    return [
        ("kids", f"did not understand '{m.group('kid')}' (a kid told by a school grade: how old?)")
        for m in _GRADE_KID.finditer(text)
        if m.span("kid") not in covered
    ]
