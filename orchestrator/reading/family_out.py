"""A household named by its surname as dropping out, with how many grown-ups it is, beside the new
adult count ("the Nguyens cant make it anymore (thats 4 adults) so 10 adults now", "the Garcias had
to cancel (3 adults), so 9 adults"). The number in the bracket is the party's loss: returned as a
negative `recount_adds` (as `named_out` does), so the conversation takes the message as read only
when the earlier count minus it is the new count said (14 - 4 = 10); otherwise its check asks. A
household of no number ("the Nguyens cant come, so 10 adults") explains nothing.

A household's size said first, of no band ("the Nguyens (4) had to cancel", "the Hendersons (2)
cancelled, so we'll be 20 adults"), is that many guests fewer (`sized_family_out`, round q76b):
the conversation takes them from the adults of an order with no kids (a new count said beside
must be the earlier one less them), and asks "adults or kids?" of an order with kids."""

from __future__ import annotations

import re

from orchestrator.reading.couples_out import couples_out
from orchestrator.reading.single_out import once_unhedged

Span = tuple[int, int]

# "the nguyens cant make it anymore (thats 4 adults)", "the garcias had to cancel (3 adults)": a
# family by its plural surname, a word of dropping out, then its grown-ups in a bracket
_DROP = (
    r"(?:(?:can't|cant|cannot|can not|won't|wont|aren't|arent|couldn't|couldnt)\s+"
    r"(?:come|make it|attend|join(?:\s+us)?|be (?:there|coming))|had\s+to\s+(?:cancel|bail|drop out)|"
    r"(?:cancell?ed|bailed|dropped out))"
    r"(?:\s+(?:anymore|any more|after all|now))?"
)
_ADVERB = r"(?:(?:just|now|also|unfortunately|sadly|both)\s+)?"
_FAMILY_OUT = re.compile(
    rf"\bthe\s+[a-z]+s\s+{_ADVERB}{_DROP}"
    r"\s*\(\s*(?:(?:that'?s|thats|that is|it's|its)\s+)?(?P<n>\d{1,2})\s+(?:adults|grown-?ups)\s*\)"
    # the new count right after: "so 10 adults now", ", so it's 9 adults"
    r"(?=\s*[,;-]?\s*(?:and\s+)?so\s+(?:it'?s\s+|its\s+|we'?re\s+|were\s+|we\s+are\s+|that'?s\s+)?"
    r"(?:only\s+|just\s+|now\s+)?\d{1,3}\s+(?:adults|grown-?ups)\b)"
)


def family_out(text: str) -> tuple[int, list[Span]]:
    """(minus the grown-ups of the household said to drop out, the span of those words) in
    normalized `text`, when said once and unhedged; else (0, [])."""
    m = once_unhedged(text, list(_FAMILY_OUT.finditer(text)), through=False)
    return (-int(m.group("n")), [m.span()]) if m else (0, [])


_SIZED_OUT = re.compile(rf"\bthe\s+[a-z]+s\s*\(\s*(\d{{1,2}})\s*\)\s+{_ADVERB}{_DROP}")


def sized_family_out(text: str) -> list[tuple[int, Span]]:
    """[(the household's size, the span)] when normalized `text` names one household by its
    surname and size as dropping out ("the nguyens (4) had to cancel"), unhedged; else []."""
    m = once_unhedged(text, list(_SIZED_OUT.finditer(text)), through=False)
    return [(int(m.group(1)), m.span())] if m else []


def groups_out(text: str) -> list[tuple[int, Span]]:
    """The guests fewer by groups of a known size dropping out: couples ("one of the couples cant
    make it": 2) and a household by surname with its size ("the Hendersons (2) cancelled")."""
    return couples_out(text) + sized_family_out(text)
