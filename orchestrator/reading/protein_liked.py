"""Why extra portions are asked for: "add 5 lobster tails on top for the table pls, he loves
lobster 🦞". A clause of liking whose object is a protein the same message already asks for with
a count, or as extras, names no choice of its own: it says why those portions are wanted. Read
as a protein for everyone it would add a portion for each guest beside the extras counted, a
confident wrong price; so the liked protein is dropped from the asks and its words explained.
So is a liked protein the message names again ("can we make the shrimp lobster instead? He loves
lobster": the swap's reason). A liked protein the message asks for nowhere else ("he loves
lobster" alone) is left to the readers, which treat it as named, and to the checks."""

from __future__ import annotations

import re

from orchestrator.literal_gates import Pattern, gated
from orchestrator.reading.asks import ProteinAsk

Span = tuple[int, int]

# right before the protein: a break or a "because", a short subject, the verb of liking (a
# relation by its bare word as a name too: "kuya loves lobster", "dad loves lobster")
_LIKING_BEFORE = gated(re.compile(
    r"(?:^|[.,;!?\n]|\b(?:since|because|cuz|bc|coz|and)\b)\s*"
    r"(?:he|she|they|we|i|(?:my|our|his|her|the)\s+[a-z'-]+|kuya|ate|dad|mom|papa|mama|lolo|lola|"
    r"tito|tita|tio|tia|abuelo|abuela|grandpa|grandma|hubby)\s+"
    r"(?:really\s+|just\s+|totally\s+)?(?:loves?|likes?|adores?|enjoys?|is obsessed with)\s+"
    r"(?:the\s+)?\Z"
))  # fmt: skip
# right after it: nothing but a word of emphasis, emoji or a break, up to the clause's end
_CLAUSE_END = re.compile(r"(?:\s*(?:tails?|so much|a lot|lol|haha))*[^\w.,;!?\n]*(?:$|[.,;!?\n])")


def liked_again(text: str, asks: list[ProteinAsk]) -> tuple[list[ProteinAsk], list[Span]]:
    """`asks` without the plain asks of normalized `text` that only say a protein counted in the
    message is liked, and the spans of those clauses."""
    counted = {a.protein for a in asks if a.portions is not None or a.extra}
    # "make the shrimp lobster instead? He loves lobster": a protein the message names twice, the
    # liked mention the reason of the other (the other stays whichever it is)
    named = [a.protein for a in asks]
    counted |= {p for p in named if named.count(p) > 1}
    return reason_clauses(text, asks, opener=_LIKING_BEFORE, end=_CLAUSE_END, proteins=counted)


def reason_clauses(
    text: str, asks: list[ProteinAsk], *, opener: Pattern, end: Pattern, proteins: set[str]
) -> tuple[list[ProteinAsk], list[Span]]:
    """`asks` without the plain asks of `text` whose protein is one of `proteins` and that only
    close a clause of feeling (`opener` right before the protein, `end` right after it), and the
    spans of those clauses: why extras are wanted ("he loves lobster"), why a protein is taken off
    (`disliked`: "our VP hates chicken")."""
    kept, spans = [], []
    for ask in asks:
        plain = ask.portions is None and not ask.extra and not ask.half and not ask.rest
        before = opener.search(text, 0, ask.start) if plain else None
        if before and ask.protein in proteins and end.match(text, ask.end):
            spans.append((before.start(), ask.end))
            continue
        kept.append(ask)
    return kept, spans
