"""A rough count taken back for an exact one within the message ("we're about uh no exactly 32
adults", "around 25 adults, actually exactly 25", "maybe 18, no wait, exactly 18 adults"): the
exact number is the count, written in place of the rough one so no reader sees the rough word.
A rough count left standing ("about 32, maybe 35") stays rough and is asked."""

from __future__ import annotations

import re

_GUEST = r"(?:adults?|kids?|children|people|guests?|ppl|persons|pax|folks)"
_ROUGH = (
    r"(?:about|around|approx\.?|approximately|roughly|~|maybe|probably|prob|possibly|i think|"
    r"like|como|unos|unas|aprox|aproximadamente)"
)
_FILLER = r"(?:(?:uh+|um+|er+|hmm+|ok|lol)[ ,.]+)?"
_TAKEN_BACK = (
    r"(?:no wait|no no|no|nope|actually|wait|i mean|sorry|correction|scratch that|let me check)"
)
_ROUGH_THEN_EXACT = re.compile(
    rf"\b{_ROUGH}\s*{_FILLER}(?:(\d{{1,4}})\s*({_GUEST})?\s*)?[,.;-]*\s*{_FILLER}{_TAKEN_BACK}"
    rf"[ ,.!-]+(?:{_TAKEN_BACK}[ ,.!-]+)?(?:it'?s\s+|we'?re\s+|its\s+|it is\s+)?"
    rf"(?:exactly|precisely)\s*:?\s*(\d{{1,4}})\b(\s*{_GUEST}\b)?"
)


def exact_after_rough(text: str) -> str:
    """`text` (lower case, number words as digits) with a rough count taken back for an exact one
    written as the exact count ("about uh no exactly 32 adults" is "32 adults")."""

    def exact(m: re.Match[str]) -> str:
        guest = m.group(4) or (f" {m.group(2)}" if m.group(2) else "")
        return f"{m.group(3)}{guest}"

    return _ROUGH_THEN_EXACT.sub(exact, text)
