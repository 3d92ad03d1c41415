"""The writer and friends told with one band of ages for all ("me and 9 of my homies, all 16-17",
"me n 11 of the boys, all 25-30"), rewritten as the words the list readers know: teens as "me and
9 friends (all 16-17)", grown ages as "me and 11 friends, all adults". Split from `shorthand` by
size. Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

# The writer and a group of any name told with teen ages for all, in brackets or after a comma
# ("me and 9 of my homies, all 16-17", "me + 7 of the boys (all 16-17)", "me and 11 of my
# teammates, all 15 and 16"): the writer's friends of an adult's band, as "me and 9 friends (all
# 16-17)"; grown ages too: "me n 11 of the boys, all 25-30", "me n 9 guys from work, all 40-50",
# "me + 11 of my friends from sac state (all 22)")
# ("some are 11-12", "most 16" name no age for all and stay asked)
_WRITER_AND_TEENS = re.compile(
    r"\b(me|myself)\s*(?:and|&|\+|n|plus|with)\s*(\d{1,3})\s+(?:of\s+(?:my|the|our)\s+)?"
    r"(?!(?:hours|years|yrs|miles|minutes|mins|days|weeks|portions|proteins|tails|lbs|dollars)\b)"
    # where they are from, a school's name too ("from sac state", "from davis high")
    r"[a-z]+(?:\s+from\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2}?)?"
    r"\s*(?:,|-|\(|:)?\s*(?:(?:they're|they are|theyre|who are)\s+)?all\s+(?:ages?\s+)?"
    r"(1[3-9]|[2-9]\d)(?:\s*(?:-|to|and|&|n)\s*(1[3-9]|[2-9]\d))?"
    r"(?:\s*(?:yrs?|years? old|yo|y/o))?\s*\)?"
)
# "retirement thing for our boss, me n 9 of the guys": a person named right before the writer
# with a comma may be read as one of the list; the ages for all are then left to the checks
_NAMED_BEFORE = re.compile(r"\bfor\s+(?:our|my|his|her|their|the)\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*$")


def _writer_and_grown(m: re.Match[str], text: str) -> str:
    """The writer and friends of `m` told with ages for all: teens as "me and 9 friends (all
    16-17)", grown ages (20 and over) as "me and 11 friends, all adults"; after a person named
    with a comma, as they were."""
    if max(int(m.group(3)), int(m.group(4) or 0)) >= 20:
        if _NAMED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return m.group(0)
        return f"{m.group(1)} and {m.group(2)} friends, all adults "
    ages = f"{m.group(3)}-{m.group(4)}" if m.group(4) else m.group(3)
    return f"{m.group(1)} and {m.group(2)} friends (all {ages})"


def writer_and_friends(text: str) -> str:
    """`text` with the writer and friends of one band of ages written as the readers know them."""
    if "all" not in text or ("me" not in text and "myself" not in text):
        return text  # speed: no match without them
    return _WRITER_AND_TEENS.sub(lambda m: _writer_and_grown(m, text), text)
