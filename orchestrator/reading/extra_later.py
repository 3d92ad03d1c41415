"""An extra protein named with no count, its count said after it in the same sentence: "we could
add lobster tails on top for the table, so add 4 pls", "lobster tails on top, like 4 of them",
"extra shrimp for the big eaters: 6 more" (round q82q).
The bare number after it, with nothing else named (no protein, no guests), is how many extra
portions; "a few extra", or a count with a word after it ("add 2 adults"), stays as it was (an
extra of no number is asked)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk, with_

# the rest of the extra's clause (no number, no sentence end), then "so add 4 (pls)", "like 4 of
# them", and the clause's end
_LATER_COUNT = re.compile(
    r"[^.!?\n\d]{0,40}?[,;:-]?\s*(?:(?:so|and|ok|okay)\s+)?(?:(?:pls|please|just|maybe)\s+)?"
    r"(?:(?:add|do|get|make\s+it)\s+(?P<n>\d{1,2})|like\s+(?P<m>\d{1,2})"
    # "extra shrimp for the big eaters: 6 more": after a stop, the bare count of more portions
    r"|(?:(?<=[,:;-])|(?<=[,:;-]\s))(?P<k>\d{1,2})(?=\s+(?:more|extra)\b))"
    r"(?:\s+(?:of\s+(?:them|those|em)|more|extra|on\s+top))?"
    r"(?:\s+(?:pls|plz|please|thx|thanks|lol|total))*\s*[!.)]*\s*(?:[.!?\n]|\Z)"
)


def later_counts(text: str, asks: Sequence[ProteinAsk]) -> list[ProteinAsk]:
    """`asks` with an extra of no count given the bare count said after it in its sentence (the
    number's span as its `count_span`); the others as they were."""
    out = list(asks)
    for i, ask in enumerate(asks):
        if not ask.extra or ask.portions is not None or ask.each_for is not None or ask.people:
            continue
        m = _LATER_COUNT.match(text, ask.end)
        if m is None or any(ask.end <= a.start < m.end() for a in asks if a is not ask):
            continue
        group = next(g for g in "nmk" if m.group(g))
        if int(m.group(group)) > 0:
            out[i] = with_(ask, portions=int(m.group(group)), count_span=m.span(group))
    return out
