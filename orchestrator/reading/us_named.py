"""The writer and their own crowd named as whose party it is, then counted as "us" (round q84c):
"grad party for me and my roommates!! 12 of us (all 22)", "bday dinner for me and my friends,
8 of us". "us" is the writer and the crowd just named: the count holds them, so the names are
explained, never guests on top. Only a plural crowd of no number that is no young word ("my
roommates", "my teammates", "the girls"), the writer in the pair, and "N of us" (or "N people")
said right after it with no other count of guests or join between; "for me and my kids, 6 of
us" (kids: of what ages?) and "for me and my 2 roommates, 12 of us" (3, or 12?) are left to the
readers and the checks."""

from __future__ import annotations

import re

Span = tuple[int, int]

_YOUNG = (
    r"(?:kids|kiddos|children|sons|daughters|grandkids|grandchildren|nephews|nieces|babies|"
    r"toddlers|little ones|littles|brothers|sisters|siblings|cousins)"
)
_CROWD = rf"(?:my|our|the)\s+(?!{_YOUNG}\b)[a-z]+s\b(?!')"
_JOIN = r"\s*(?:and|&|\+|n)\s*"
# "for me and my roommates", "for my roommates and me": the pair whose party it is
_PAIR = re.compile(
    rf"\bfor\s+(?:(?P<me>me|myself){_JOIN}(?P<crowd>{_CROWD})"
    rf"|(?P<crowd2>{_CROWD}){_JOIN}(?P<me2>me|myself|i))"
)
# the count of "us" after it ("12 of us (all 22)" is written "12 teens" by `grown_groups` first; "12
# people" counts the same crowd), and nothing counted or joined between ("... plus 12 adults": more)
_US = re.compile(r"\b\d{1,3}\s+(?:of\s+us|teens|adults|people|ppl|guests)\b")
_BETWEEN = re.compile(r"\d|\b(?:plus|and|with|also|too)\b|[+&]")


def us_named(text: str) -> list[Span]:
    """Spans of normalized `text` naming the writer and their crowd ("for me and my roommates")
    that an "N of us" said after them counts."""
    spans: list[Span] = []
    for m in _PAIR.finditer(text):
        us = _US.search(text, m.end(), m.end() + 60)
        if us is None or _BETWEEN.search(text, m.end(), us.start()):
            continue  # no count of us right after, or another count first
        spans.append((m.start("me") if m.group("me") else m.start("crowd2"), m.end()))
    return spans
