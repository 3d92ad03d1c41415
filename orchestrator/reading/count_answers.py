"""A count chosen from the two the business asked between: "Is it 18 or 19 adults?" answered "oops
18, I counted myself twice lol", "19, sorry", "it's 18". The reply names the guest word the number
counts; the customer's bare number says which, and nothing else. It is written out with that word
("18 adults") so the readers take it as the new count, which settles the headcount check of the
earlier message. A number that is neither of the two, or more words than a slip owned ("18, plus
2 kids"), leave the message as it was (the readers and the net read it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.count_replies import bare_count, count_kept
from orchestrator.reading.diet_answers import diet_answer
from orchestrator.reading.field_answers import fields_answered
from orchestrator.reading.kid_answers import adults_answer, ages_answer, framed
from orchestrator.reading.little_answers import little_answer
from orchestrator.reading.told_guests import guests_told

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
    r"|my bad|sorry|typo|oops|lol|haha|lmao|thanks|thank you))*"
    # then a remark of no number nor anyone or anything more ("math is hard on a monday", "clearly
    # i cant count lol", "long week"; "16, plus my wife" is no remark, round q73e)
    r"(?:[\s.!,;-]+(?![^\n]*\b(?:plus|add|also|more|and|with|kids?|child|children|bab(?:y|ies)|"
    r"coming|come|join\w*|bring\w*|adults?|guests?|people|ppl|chicken|steak|shrimp|salmon|filet|"
    r"lobster|tofu|scallops?|veg\w*|sake|zip|instead|but|or|not|no)\b)[a-z' ]{3,40})?[\s.!,]*$",
    re.IGNORECASE,
)


def counts_answered(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first) with a customer's bare answer to the business's
    "N or M adults?" written "N adults" (the number the customer chose, of the two), and the
    answers between two steaks or two ZIPs written out (`field_answers`)."""
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
            other = either.group(2) if answer.group(1) == either.group(1) else either.group(1)
            out = [_recounted(r, t, other, text) for r, t in out]
        # "2 of them, the other 4 are 8-11"; "10 (bday boy), 9, 11, 7 and the baby is 2"; "All adults"
        text = (
            little_answer(asked, framed(text)) or ages_answer(asked, text) or adults_answer(asked, text)
            or diet_answer(asked, text)  # "5 of them. They'd want tofu ..." after "how many ... vegan"
            # "scratch the kids", "3, they're 4 7 and 13" after a quote (round q73i)
            or guests_told(asked, text) or _all_adults(asked, text, out) or text  # "12!! all adults"
        )
        text = count_kept(asked, text)  # "headcount stays 30" after a quote for 30 adults
        out.append((role, text))
        either, asked = None, ""
    return fields_answered(out)  # "the included one is fine" after "NY strip or filet?" (round q73e)


# kids told by an earlier customer message: "like 10-12 of us plus my 2 kids (6, 9)"
_KIDS_BEFORE = re.compile(
    r"\b(?:kids?|child(?:ren)?|bab(?:y|ies)|toddlers?|infants?|sons?|daughters?|grandkids|"
    r"\d{1,2}\s*(?:yo|y/o|yrs?|years?)(?:\s+old)?)\b",
    re.IGNORECASE,
)


def _all_adults(asked: str, text: str, before: list[tuple[str, str]]) -> str | None:
    """`bare_count` ("12!! all adults" is "12 adults"), unless an earlier customer message told
    kids: "all adults" then says the kids are no guests or the 12 counts them, which the answer
    does not settle, so it is left to the readers and the net (round q79o)."""
    if any(role == "customer" and _KIDS_BEFORE.search(t) for role, t in before):
        return None
    return bare_count(asked, text)


def _recounted(role: str, text: str, other: str, chosen: str) -> tuple[str, str]:
    """An earlier customer message's count the business asked against ("so 17 adults" when the
    customer chose 16 of "16 or 17 adults?") as the count chosen ("so 16 adults"), so the parts it
    counted ("me plus 15 from the office") make it (round q73e)."""
    if role != "customer":
        return role, text
    return role, re.sub(rf"(?<![\d$.,])\b{other}\s+(?:adults|guests|people|grown-?ups)\b", chosen, text,
                        flags=re.IGNORECASE)
