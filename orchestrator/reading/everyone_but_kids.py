"""A choice for everyone but the kids: "everyone except the 4 kids wants ny strip and shrimp, the
kids (6, 8, 9 and 11) just want chicken". Everyone but the kids are the adults, so the words are
written as "the adults", whose choice the group readers place (round q82a); left as they were, the
readers took "the 4 kids wants ny strip" for 4 portions of NY strip.

A count of the kids set apart ("the 4 kids") must be the kids' count the message gives elsewhere,
by a count ("10 adults and 4 kids") or by their ages in brackets ("the kids (6, 8, 9 and 11)"):
a count given nowhere else, or another ("10 adults and 5 kids, everyone except the 4 kids"), would
be lost by the rewriting, so the words stay as they are and the coverage check asks about the
"except". Without a count ("everyone but the kids") the kids are those the message counts; none
counted leaves the kids without a number, which is asked about."""

from __future__ import annotations

import re

_KIDS = r"(?:kids|children|kiddos|little ones)"
# "everyone except the 4 kids", "everybody but the kids", "all of us besides the kids"
_EVERYONE_BUT = re.compile(
    r"\b(?:everyone|everybody|every1|all of us)\s+(?:except(?:\s+for)?|but|besides|other than|"
    rf"apart from)\s+(?:the|our)\s+(?:(\d{{1,2}})\s+)?{_KIDS}\b"
)
# the kids' count given elsewhere: "4 kids", or their ages in brackets "kids (6, 8, 9 and 11)"
_COUNTED = re.compile(rf"(?<![\d.,$])(\d{{1,2}})\s+(?:(?:little|young)\s+)?{_KIDS}\b")
_AGES = re.compile(rf"\b{_KIDS}\s*\(\s*(\d{{1,2}}(?:\s*(?:,\s*and|,|and|&)\s*\d{{1,2}})*)\s*\)")


def _kid_counts(text: str) -> set[int]:
    """The counts of kids normalized `text` gives: by a number before the kid word, or by the
    number of ages in brackets after it."""
    counts = {int(m.group(1)) for m in _COUNTED.finditer(text)}
    return counts | {len(re.findall(r"\d+", m.group(1))) for m in _AGES.finditer(text)}


def everyone_but_kids(text: str) -> str:
    """Normalized `text` with "everyone except the (N) kids" written as "the adults", when the
    count said (if any) is the only count of kids the rest of the message gives; else unchanged."""
    if "kid" not in text and "child" not in text and "little" not in text:
        return text  # speed
    found = _EVERYONE_BUT.search(text)
    if not found or _EVERYONE_BUT.search(text, found.end()):
        return text
    rest = text[: found.start()] + " " + text[found.end() :]
    if found.group(1) is not None and _kid_counts(rest) != {int(found.group(1))}:
        return text  # "10 adults and 5 kids, everyone except the 4 kids": which kid eats with them?
    return text[: found.start()] + "the adults" + text[found.end() :]
