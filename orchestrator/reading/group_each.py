"""A count per member of one group, said after the group's protein ("kids want chicken, 2 each",
"the kids only chicken, one portion apiece", "big kids: chicken x2 each"): that many portions for
each guest of the group this message counts. Said for a group the message does not count, it is
left to the other readers (and asked about)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk, with_

Span = tuple[int, int]

_EACH_AFTER = re.compile(
    r"\s*(?:for\s+(?:the\s+)?(?:kids|children|adults|them)\b)?"  # "chicken for the kids, 1 each"
    r"\s*(?:only\s+|just\s+)?[,(-]?\s*(?:x\s*)?(\d)\s*(?:x\s+)?(?:(?:portions?|pieces?|servings?)\s+)?"
    r"(?:each|apiece|per (?:kid|child|person|adult))\b(?:\s+is\s+fine)?\s*\)?"
)


def group_each(
    text: str, asks: Sequence[ProteinAsk], *, adults: int | None, children: int | None, most: int
) -> tuple[list[ProteinAsk], list[Span]]:
    """The asks with a per-member count applied to a group's protein, and the spans read; a count
    beyond the `most` portions a guest's price includes is left to the checks (extra, or not?)."""
    out, spans = list(asks), []
    for i, ask in enumerate(asks):
        if ask.group not in ("adults", "kids") or ask.portions is not None or ask.extra:
            continue
        size = children if ask.group == "kids" else adults
        m = _EACH_AFTER.match(text, ask.end)
        if m is None or not size or int(m.group(1)) > most:
            continue
        out[i] = with_(ask, portions=int(m.group(1)), each_for=size, count_span=m.span(1))
        spans.append(m.span())
    return out, spans


_EVERY_SINGLE = re.compile(r"\bevery\s+single\s+(?:one|1|person|guest)(?:\s+of\s+(?:us|them|em|'em))?\b")


# "each guy wants 2 ny strip", "every dude gets": a grown party's word after "each" / "every"
_EACH_MEMBER = re.compile(
    r"\b(?:each|every)\s+(?:guy|dude|bro|man|lady|gal|girl|member|coworker)(?=\s+(?:wants?|gets?)\b)"
)
# a kid counted anywhere: "each guy" may then be the grown ones only (left as it was, asked);
# "new years party" is the holiday, no age; "yo" an age only after its number ("13 yo"), a
# greeting otherwise ("yo its marcus again")
_ANY_KID = re.compile(
    r"\b(?:kids?|kiddos?|child(?:ren)?|toddlers?|bab(?:y|ies)|little ones?|boys|"
    r"(?<!new )(?:yrs?|years?))\b"
    r"|\d\s*y/?o\b|\(\s*\d"
)


def plain_every(text: str) -> str:
    """ "every single one (of them) wants 2 filets" written as "everyone wants 2 filets" (same
    length): the per-guest count the protein reader knows (its "1" read as one portion before);
    "each guy wants 2 ny strip" as "each one wants 2 ny strip" when no kid is counted."""
    chars = list(text)
    for m in _EVERY_SINGLE.finditer(text):
        chars[m.start() : m.end()] = "everyone".ljust(m.end() - m.start())
    if "each" in text or "every" in text:  # speed: the pattern only where it can match
        members = list(_EACH_MEMBER.finditer(text))
        if members and not _ANY_KID.search(text):
            for m in members:
                chars[m.start() : m.end()] = f"{m.group(0).split()[0]} one".ljust(m.end() - m.start())
    return "".join(chars)
