"""Kids counted in a request, then who they are and their ages in the next words: "can we do 2
kids too? theyre my roommate's little sisters, 8 and 11", "add 3 kids. they're my cousin's boys,
7, 9 and 10". The "they're" is those kids: whose they are names no one more, and the ages are
theirs, so the text is written "2 kids too, ages 8 and 11" for the kid reader. Only when there are
as many ages as kids and the ages end the sentence; otherwise the words stay for the net. A
count of siblings, cousins or scouts the same way ("5 siblings, theyre 2, 4, 8, 11 and 15") takes
its ages in brackets (`count_they_are`)."""

from __future__ import annotations

import re

# "2 kids too? theyre my roommate's little sisters, 8 and 11"
_KIDS_THEN_AGES = re.compile(
    r"\b(?P<n>\d{1,2}) (?P<who>kids|children|girls|boys)(?P<too> too| as well)?\s*[?.!,;:-]+\s*"
    r"(?:they'?re|theyre|they are|they r)\b"
    # whose they are: "my roommate's little sisters", "my cousin's boys", "his nieces"
    r"(?:\s+(?:my|our|his|her|their)\s+(?:[a-z]+'s\s+)?(?:(?:little|lil|younger|baby|two|2)\s+)?"
    r"(?:sisters|brothers|boys|girls|kids|nieces|nephews|cousins|daughters|sons|grandkids))?"
    r"\s*,?\s*(?:ages?\s+)?"
    r"(?P<ages>\d{1,2}(?:(?:\s*,\s*|\s*,?\s+and\s+|\s*&\s*)\d{1,2})*)(?:\s+(?:yrs?|years?)(?:\s+old)?)?"
    r"(?=\s*(?:$|[.!?\n]))"
)


# "2 of our faculty's kids are joining, they're 10 and 4": some grown-ups' kids who join, by whose
# they are (an owner's word: "of our kids" may be the order's own), then their ages
_SOMES_KIDS_JOIN = re.compile(
    r"\b(?P<n>\d{1,2}) of (?:our|the|my) [a-z]+(?:'s|s') (?:kids|children) (?:are|r|will be) "
    r"(?:joining|coming)(?: too| as well)?(?=\s*[,.!;:-]+\s*(?:they'?re|theyre|they are|they r)\s+"
    r"(?P<ages>\d{1,2}(?:(?:\s*,\s*|\s*,?\s+and\s+|\s*&\s*)\d{1,2})*)\s*(?:$|[.!?\n]))"
)


def _as_many(m: re.Match[str]) -> bool:
    """The ages of `m` are as many as its count."""
    return len(re.findall(r"\d{1,2}", m.group("ages"))) == int(m.group("n"))


def _joined(m: re.Match[str]) -> str:
    if not _as_many(m):
        return m.group(0)
    return f"{m.group('n')} kids are coming too"


def kids_they_are(text: str) -> str:
    """Lowercase `text` (digits) with "N kids? they're <whose>, a and b" written "N kids, ages a
    and b" when there are N ages, and "N of our faculty's kids are joining, they're a and b"
    written "N kids are coming too, they're a and b" (the kids who join, as the readers know)."""
    if "they" not in text:
        return text
    if " of " in text:
        text = _SOMES_KIDS_JOIN.sub(_joined, text)

    def written(m: re.Match[str]) -> str:
        if not _as_many(m):
            return m.group(0)
        return f"{m.group('n')} {m.group('who')}{m.group('too') or ''}, ages {m.group('ages')}"

    return _KIDS_THEN_AGES.sub(written, text)


# "5 siblings, theyre 2, 4, 8, 11 and 15": a count, then "they're" and its ages, closing the
# sentence
_AGE_LIST = r"\d{1,2}(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)\d{1,2})+"
_COUNT_THEN_AGES = re.compile(
    r"\b(?P<n>\d{1,2}) (?P<who>siblings|brothers and sisters|kids|children|cousins|scouts|cubs)"
    rf"\s*[,;:-]\s*(?:they'?re|theyre|they are|they r)\s+(?:ages?\s+)?(?P<ages>{_AGE_LIST})"
    r"(?:\s*(?:yrs?(?: old)?|years? old))?(?=\s*(?:[.!?\n]|$))"
)


def count_they_are(text: str) -> str:
    """Lowercase `text` (digits) with "N siblings, theyre a, b and c" written "N siblings (a, b
    and c)" when there are N ages (round q86i: a youth group's organizer answering us)."""

    def bracketed(m: re.Match[str]) -> str:
        return f"{m.group('n')} {m.group('who')} ({m.group('ages')})" if _as_many(m) else m.group(0)

    return _COUNT_THEN_AGES.sub(bracketed, text)
