"""An addition said twice, as a count and then its reason: "add 3 adults, 3 more parents want to
come too" adds 3, not 6. The reason's count is written "3 of the parents", which the readers of
follow-ups take as who the added are (`asides.added_who`). A reason joined by "and" ("add 2
adults, and 2 more of my friends want to come") may be a second addition and is left asked."""

from __future__ import annotations

import re

# kids are no restated adults ("add 3 adults, 3 more kids"); words.py's lists import this module
_NOT_ADULTS = r"(?:kids?|children|child|kiddos?|little ones|littles|toddlers?|babies|baby|infants?)"
# "add 3 adults, 3 more parents want to come too", "add 4 adults - 4 more coworkers signed up"
_SAID_TWICE = re.compile(
    r"\badd(?:ing)?\s+(\d{1,3})\s+(?:more\s+)?(?:adults?|people|ppl|guests)"
    r"(?:\s+(?:pls|please|plz))?\s*[,:;-]\s*"
    rf"(\d{{1,3}})\s+more\s+(?!(?:{_NOT_ADULTS})\b)(?=[a-z-]+s\s+(?:want|wanna|are|r|can|signed)\b"
    # ("add 2 adults pls, 2 more dads": the reason said alone, its sentence's end; round q86l)
    r"|[a-z-]+s\s*(?:[.!?\n]|\Z))"
)


def addition_restated(text: str) -> str:
    """Normalized `text` with the reason's "N more" after "add N adults," written "N of the"."""
    if "add" not in text:
        return text  # speed: most messages add no one
    return _SAID_TWICE.sub(
        lambda m: (
            m.group(0)[: m.start(2) - m.start()] + f"{m.group(2)} of the "
            if m.group(1) == m.group(2)
            else m.group(0)
        ),
        text,
    )


# the reason after "add N adults," with its own count(s): "2 more dads and a mom", "3 more dads",
# or the restated form `addition_restated` wrote ("2 of the dads") with someone more after it
_REASON_AFTER = re.compile(
    r"\badd(?:ing)?\s+(\d{1,3})\s+(?:more\s+)?(?:adults?|people|ppl|guests)"
    r"(?:\s+(?:pls|please|plz))?\s*[,:;-]\s*"
    rf"(?:(\d{{1,3}})\s+more|(\d{{1,3}})\s+of\s+the)\s+(?!(?:{_NOT_ADULTS})\b)[a-z-]+s\b"
    r"(?P<more>\s*(?:,|\+|&|and|plus|n)\s*(?:a|an|one|my|our|his|her|their|\d{1,3})\s+[a-z-]+)?"
)


def reason_disagrees(text: str) -> list[str]:
    """ "add 2 adults pls, 2 more dads and a mom": the people the reason names are not the count
    added (3 named, 2 said), so which it is is asked (round q86r)."""
    if "add" not in text:
        return []
    found = []
    for m in _REASON_AFTER.finditer(text):
        said, named = int(m.group(1)), int(m.group(2) or m.group(3))
        if said != named or m.group("more"):
            found.append(f"'{m.group(0)}': {said} added, but who joins is counted otherwise: "
                         "how many are joining?")
    return found
