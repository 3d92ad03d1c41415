"""Whom the party is for, told with their age in one message and named again in the next, where
the writer lists the whole party: "grad party for my twins (18) 🎓", then "it'll be me, my husband,
the twins, my parents and 10 of the twins' friends (all 18)". A phone's fragments: the two
messages, one after the other with no reply between, are read as one ("grad party for my twins
(18) 🎓 it'll be me, ..."), so the list readers place the twins once with their age.

Only when the earlier message says no number but that age, and the later one is a list that opens
with the writer and names them again without an age."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.turns import Turn

_WHO = r"(son|daughter|twins|triplets)"
# "grad party for my twins (18) 🎓": the age the only number of the message
_OCCASION = re.compile(
    rf"^[^\d]*\b(?:for|of)\s+(?:my|our)\s+{_WHO}\s*\(\s*\d{{1,2}}\s*\)[^\d]*$", re.IGNORECASE
)
# "it'll be me, my husband, the twins, ...": the writer's list, naming them again with no age
_AGAIN = r"\b(?:me|myself)\b[^.!?\n]{{0,40}}?\b(?:the|my|our)\s+{0}\b(?!\s*\(|\s+\d|\s+(?:are|r|is)\b)"


def honoree_turns(turns: Sequence[Turn]) -> list[Turn]:
    """`turns` ((role, text), oldest first) with an occasion message naming whom the party is for
    by age and the customer's next message listing the party with them joined as one."""
    out = list(turns)
    for i in range(len(out) - 1):
        (role, text), (next_role, later) = out[i], out[i + 1]
        if role != "customer" or next_role != "customer" or "(" not in text:
            continue
        occasion = _OCCASION.match(text)
        if occasion is None:
            continue
        if re.search(_AGAIN.format(occasion.group(1).lower()), later, re.IGNORECASE) is None:
            continue
        return [*out[:i], ("customer", f"{text.rstrip()} {later}"), *out[i + 2 :]]
    return out
