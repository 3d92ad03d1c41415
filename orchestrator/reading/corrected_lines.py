"""A count corrected inside the same message: "15 adults, ny strip and shrimp, 95823\n*16 not 15",
"20 adults chicken and shrimp 95834\nsorry i meant 22 not 20 rest same", "15 adults ... 95843. oh
wait 2 more guys just confirmed so 17". The part after the correction is read as the follow-up it
is (`conversation.merge_history`): it changes only what it names, and its new count stands only as
the follow-up rules let it (the reason and the earlier count make it, or it is asked).

Only a line, or a sentence, that opens with a word taking back what was said ("actually", "sorry i
meant", "oh wait", "oops", "*", "P.S.", or "make it 16,": a new count) and says a number splits,
after a part that counts guests; "chicken... actually make it steak" (no number) and "roughly 30
adults - actually, precisely 31 adults" (inside a sentence) stay one message."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.turns import Turn

# The opening of a correction: at a line's start, or a sentence's ("95843. oh wait ...")
_CORRECTION = re.compile(
    r"(?:\n\s*|(?<=[.!?])[ \t]+)"
    r"(?=(?:\*\s*\d{1,3},?\s+not\s+\d"  # "*16 not 15" (never a "* 6 friends" bullet)
    r"|(?:(?:oh|ok|okay|oops|sorry|omg|ugh)[\s,]+)*(?:actually|i meant|oh wait|wait|oops|"
    r"correction|scratch that|my bad|sorry)\b"
    r"|p\.?\s?s\.?[\s:-]"
    # "95630. make it 16, my sister's coming too": a new count told as the one to quote
    r"|make\s+(?:it|that)\s+\d{1,3}(?=\s*(?:[,.!;\n]|$|(?:now|people|guests|adults|ppl|total)\b))"
    r"|(?:it's|its|it is|we're|we are)\s+\d{1,3}\s+(?:adults\s+)?not\s+\d))",
    re.IGNORECASE,
)
# a guest count in the part before: "15 adults", "just 5 of us", "expecting 28 adults"
_COUNTED = re.compile(
    r"\b\d{1,3}\s+(?:adults?|people|ppl|guests|of us|kids|children)\b", re.IGNORECASE
)
# a count in the correction, not a time or a ZIP ("P.S. can we start at 6:30?")
_NUMBER = re.compile(r"(?<![\d:$])\b\d{1,3}\b(?!\s*(?:am|pm|:|%|\d|\$))", re.IGNORECASE)


def _split(text: str) -> list[str]:
    """`text` as the message and the correction after it (one part when none is told)."""
    for m in _CORRECTION.finditer(text):
        before, after = text[: m.start()].rstrip(), text[m.end() :].strip()
        if _COUNTED.search(before) and _NUMBER.search(after):
            return [before, after]
    return [text]


def corrections_apart(turns: Sequence[Turn]) -> list[Turn]:
    """`turns` ((role, text), oldest first) with each customer message that corrects its own
    count split into the message and the correction, two customer messages in a row."""
    out: list[Turn] = []
    for role, text in turns:
        parts = _split(text) if role == "customer" else [text]
        out += [(role, part) for part in parts]
    return out
