"""A bare count answering the business's "how many" with every guest an adult: "12!! all adults,
everyone confirmed 🥳" after "How many will it be exactly, and is everyone 13 or older?" is "12
adults", which the readers take as the final count (it settles a loose count of an earlier
message, "like 10-12 of us"). A bare number with no word of who the guests are ("12") or with more
said ("12, all adults but 2 might bring kids") is left as it was for the readers and the net."""

from __future__ import annotations

import re

# the business asked for the count: "How many will it be exactly", "how many guests?"
_HOW_MANY = re.compile(r"\bhow many\b[^?\n]{0,80}\?", re.IGNORECASE)
# "12!! all adults, everyone confirmed", "12 - all adults", "it's 12, all grown ups, no kids"
_BARE_ALL_ADULTS = re.compile(
    r"^\W*(?:(?:ok|okay|so|yes|yep|yeah|update)\W+)?(?:(?:it'?s|its|it is|we'?re|we are)\s+)?"
    r"(\d{1,3})(?:\s+(?:total|of us))?[\s!.,:;-]+(?:(?:and\s+|they'?re\s+|they are\s+)?all\s+"
    r"(?:adults|grown-?ups|grown ups)|no kids)(?:[\s,!.-]+no kids)?"
    # then only the count's certainty said again: "everyone confirmed", "all confirmed", "final"
    r"(?:[\s,!.;-]+(?:(?:and\s+)?(?:every(?:one|body)(?:'s| is)?|all|we'?re|its|it'?s)\s+)?"
    r"(?:confirmed|final|locked in|set))?[\s!.,;:)(]*$",
    re.IGNORECASE,
)


def bare_count(asked: str, text: str) -> str | None:
    """`text` written "N adults" when it answers the business's `asked` "how many ...?" with a
    bare number said to be all adults and nothing more (see the module's docstring), else None."""
    if not _HOW_MANY.search(asked):
        return None
    said = re.sub(r"[^\x00-\u2000]", " ", text)  # emoji: no words
    answer = _BARE_ALL_ADULTS.match(said)
    return f"{answer.group(1)} adults" if answer and int(answer.group(1)) >= 2 else None


# the business's quote of adults alone: "Quote for 30 adults with 30 chicken, ..."
_QUOTED_ADULTS = re.compile(r"\bquote for (\d{1,3}) adults with\b", re.IGNORECASE)
# "headcount stays 30", "the count is still 30", "numbers remain at 30": the count not changed
_KEPT = re.compile(
    r"\b(?:the\s+)?(?:head\s*count|guest\s+count|count|numbers?)\s+(?:stays|remains|is still|"
    r"are still|still|will stay|staying)\s+(?:at\s+|the same at\s+)?(\d{1,3})\b"
    r"(?!\s*(?:[-/:]\s*\d|%|\$|am\b|pm\b|adults?\b|kids?\b|child|people\b|guests?\b|ppl\b))",
    re.IGNORECASE,
)


def count_kept(asked: str, text: str) -> str:
    """`text` with a count said to stay ("headcount stays 30") written "still 30 adults" when the
    business's last reply `asked` quoted that many adults and no one else: the number is the
    quote's adults, unchanged (with kids in the quote it is left for the readers to ask)."""
    quoted = _QUOTED_ADULTS.search(asked)
    if quoted is None:
        return text
    return _KEPT.sub(lambda m: f"still {m.group(1)} adults" if m.group(1) == quoted.group(1)
                     else m.group(0), text)  # fmt: skip
