"""A protein's count told as one for each guest: "could we add 12 lobster tails on top, one for
each of us?", "8 extra filets, one per person". The "one" is each guest's share of the count, no
number of its own; the count is meant to be the party's, so the order holds it against the paying
guests (`order.resolve_proteins` asks when they differ: "add 8 lobster tails, one for each of us"
after 10 adults)."""

from __future__ import annotations

import re

from orchestrator.reading.asks import ProteinAsk, with_

Span = tuple[int, int]

# after the counted protein: "on top", "extra", then "one for each of us", "1 each", "one per
# person", "one apiece" (the normalizing writes "one" as 1)
_ONE_EACH = re.compile(
    r"(?:\s+(?:on\s+top|extra))?\s*[,(-]?\s*(?:so\s+)?1\s+(?:for\s+each(?:\s+of\s+(?:us|them|you|the\s+guests))?"
    r"|for\s+every(?:one|body)|each(?:\s+of\s+(?:us|them))?|per\s+(?:person|guest|head)|apiece)"
    r"(?:\s+(?:guest|person))?\b\)?"
)


def one_for_each(text: str, asks: list[ProteinAsk]) -> tuple[list[ProteinAsk], list[Span]]:
    """`asks` with those counted "one for each" marked (`one_each`), and the spans of those words
    in normalized `text`."""
    if " 1 " not in text and " 1" not in text:  # cheap gate: no "one" at all
        return asks, []
    out, spans = list(asks), []
    for i, ask in enumerate(asks):
        if not ask.portions or ask.portions < 2 or ask.count_span is None or ask.each_for is not None:
            continue
        if m := _ONE_EACH.match(text, ask.end):
            out[i] = with_(ask, one_each=True)
            spans.append(m.span())
    return out, spans
