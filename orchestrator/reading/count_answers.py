"""A count chosen from the two the business asked between: "Is it 18 or 19 adults?" answered "oops
18, I counted myself twice lol", "19, sorry", "it's 18". The reply names the guest word the number
counts; the customer's bare number says which, and nothing else. It is written out with that word
("18 adults") so the readers take it as the new count, which settles the headcount check of the
earlier message. A number that is neither of the two, or more words than a slip owned ("18, plus
2 kids"), leave the message as it was (the readers and the net read it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.kid_answers import adults_answer, ages_answer, framed
from orchestrator.reading.little_answers import little_answer

# the reply's question: "Is it 18 or 19 adults?", "18 or 19 guests?"
_EITHER = re.compile(
    r"\b(\d{1,3})\s+or\s+(\d{1,3})\s+(adults|guests|people|grown-?ups)\s*\?", re.IGNORECASE
)
# the answer: a word of surprise or assent, the number, then at most a slip owned and a laugh
_ANSWER = re.compile(
    r"^\s*(?:(?:oops|oh|ah|sorry|yes|yeah|yep|ok|okay|haha|lol|whoops|my bad)[\s,.!-]*)*"
    r"(?:(?:it'?s|its|it is|we'?re|we are|we're actually|actually)\s+)?(\d{1,3})\b"
    r"(?:\s*(?:[,.!;-]+\s*)?(?:(?:i|we)\s+(?:counted|double[- ]counted|miscounted|added)"
    r"(?:\s+(?:myself|me|him|her|someone|one person|our [a-z]+))?(?:\s+(?:twice|double|wrong))?"
    r"|my bad|sorry|typo|oops|lol|haha|lmao|thanks|thank you))*[\s.!,]*$",
    re.IGNORECASE,
)


def counts_answered(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first) with a customer's bare answer to the business's
    "N or M adults?" written "N adults" (the number the customer chose, of the two)."""
    out: list[tuple[str, str]] = []
    either: re.Match[str] | None = None
    asked = ""  # the business's last reply: "How many of the 6 kids are under 6?" (little_answers)
    for role, text in turns:
        if role != "customer":
            either, asked = _EITHER.search(text), text
            out.append((role, text))
            continue
        answer = _ANSWER.match(text) if either else None
        if either and answer and answer.group(1) in (either.group(1), either.group(2)):
            text = f"{answer.group(1)} {either.group(3).lower()}"
        # "2 of them, the other 4 are 8-11"; "10 (bday boy), 9, 11, 7 and the baby is 2"; "All adults"
        text = (
            little_answer(asked, framed(text)) or ages_answer(asked, text) or adults_answer(asked, text)
            or text
        )
        out.append((role, text))
        either, asked = None, ""
    return out
