"""A remark that the people a choice is for are the occasion's honorees: "add 2 lobster tails on
top for my wife and her sister, they're the birthday girls", "filet for my dad and uncle, they're
the birthday boys". The plural "girls" or "boys" there names the two grown-ups just named, not a
group of kids, so the remark is hidden from the guest reader. Only right after (in the same
message, within a short stretch) a choice said "for" two people joined by "and" ("for my wife and
her sister"); "they're the birthday girls" alone stays, and the net asks. Takes the normalized,
lower-case text."""

from __future__ import annotations

import re

from orchestrator.reading.named import PERSON

Span = tuple[int, int]

# "for my wife and her sister": two people named by relation after a choice
_FOR_TWO = re.compile(rf"\bfor\s+{PERSON}\s+(?:and|&|\+|n)\s+{PERSON}\b")
# ", they're the birthday girls", "they are the bday boys"
_REMARK = re.compile(
    r"[\s,.!;-]*(?:(?:they'?re|theyre|they are|who are|both are)\s+(?:both\s+)?(?:the\s+)?"
    r"(?:birthday|bday|b-day)\s+(?:girls|boys|gals|guys|twins))\b"
)


def honorees_named(text: str) -> list[Span]:
    """The spans of normalized `text` that say the two people a choice is for are the
    honorees (hidden before the guest reading)."""
    if "birthday" not in text and "bday" not in text and "b-day" not in text:
        return []
    spans: list[Span] = []
    for m in _FOR_TWO.finditer(text):
        remark = _REMARK.match(text, m.end())
        if remark:
            spans.append(remark.span())
    return spans
