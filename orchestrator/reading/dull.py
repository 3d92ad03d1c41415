"""A protein called dull after the message says which ones it wants instead: "no wait just chicken
and scallops, shrimp is kinda boring lol", "only filet and salmon, chicken is too plain". The remark
says why that protein is left out, no choice of it: read as an ask, it kept the protein the "just"
list drops (and asked how many of each of three). Only when "just" or "only" heads a list of other
proteins before it in the message, and the protein is named nowhere else in it; a remark alone
("shrimp is boring") is left to the readers and the checks."""

from __future__ import annotations

import re

from orchestrator.reading.asks import ProteinAsk

Span = tuple[int, int]

# right before the protein: a break (the remark is its own clause)
_OPENS = re.compile(r"(?:^|[.,;!?\n-]|\b(?:since|because|cuz|bc|coz|tho|lol))\s*(?:the\s+)?\Z")
# right after it: it is dull ("is kinda boring", "'s too plain", "is so basic"), to the clause's end
_DULL = re.compile(
    r"\s*(?:is|'s|s|are|r|was)\s+(?:(?:kinda|kind of|sorta|so|too|a bit|a little|pretty|really|just|"
    r"super|very|way too)\s+)*(?:boring|plain|bland|basic|meh|overdone|lame|blah)\b"
    r"(?:\s*(?:lol|haha|lmao|tbh|imo|honestly))*[^\w.,;!?\n]*(?=$|[.,;!?\n])"
)
_JUST = re.compile(r"\b(?:just|only)\s+(?:do\s+|get\s+|have\s+|the\s+)?\Z")


def dull_apart(text: str, asks: list[ProteinAsk]) -> tuple[list[ProteinAsk], list[Span]]:
    """`asks` without the plain asks of normalized `text` that only call a protein dull after a
    "just" list of other proteins, and the spans of those remarks."""
    listed = [a for a in asks if _JUST.search(text, max(0, a.start - 20), a.start)]
    if not listed:
        return asks, []
    kept, spans = [], []
    for ask in asks:
        plain = ask.portions is None and not (ask.extra or ask.half or ask.rest or ask.group)
        dull = _DULL.match(text, ask.end) if plain else None
        again = any(a.protein == ask.protein and a is not ask for a in asks)
        after_list = ask.start > listed[0].end and all(a.protein != ask.protein for a in listed)
        if dull and _OPENS.search(text, 0, ask.start) and after_list and not again:
            spans.append((ask.start, dull.end()))
            continue
        kept.append(ask)
    return kept, spans
