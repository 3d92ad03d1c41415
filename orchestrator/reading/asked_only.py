"""A protein asked about and not wanted, said so in one breath (round q83b): "oh i was just asking
about the lobster, didnt want to add it. just the chicken and ny strip pls" after a quote that
added lobster for everyone; "i was only asking about the filet, we dont want it". The protein is
no choice; the words are explained. Without the second half ("i was just asking about the
lobster, can we add it for 4?") the protein is read as the message goes on, and a "not wanted"
with a scope after it ("dont want it for everyone", "didnt mean to add it to all") is left to the
other readers: some may still have it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import CONNECT, ProteinAsk

Span = tuple[int, int]

# "i was just asking about the", "we were only curious about", "i'm just asking abt the price of"
_ASKED_ONLY = re.compile(
    r"\b(?:was|were|am|i'?m|we'?re)\s+(?:just|only|merely)\s+(?:asking|curious|wondering|checking)"
    r"\s+(?:about|abt|bout|on)\s+(?:the\s+)?(?:(?:price|cost)\s+(?:of|for|on)\s+(?:the\s+)?)?"
)
# "didnt want to add it", "didn't mean to order it", "we dont want it", "wasnt trying to get them"
_NOT_WANTED = re.compile(
    r"\s*[,.;!-]*\s*(?:(?:but|and|so|i|we)\s+)*(?:didn'?t|did not|don'?t|do not|wasn'?t|was not|"
    r"weren'?t|were not)\s+(?:really\s+)?(?:want(?:ing)?|mean(?:ing)?|need|trying|going|gonna)\s+"
    r"(?:to\s+(?:add|order|get|include|have)\s+)?(?:it|them|that|those)\b"
)
# a scope after the refusal: some may still have it ("dont want it for everyone", "... if ...")
_SCOPED = re.compile(r"\s+(?:for|on|to|in|if|unless|except|but|with|added\s+to)\b")


def asked_only(
    text: str, asks: Sequence[ProteinAsk]
) -> tuple[list[ProteinAsk], list[Span], list[str]]:
    """`asks` without the proteins of normalized `text` asked about and not wanted in the same
    breath, the spans read, and those proteins (taken off an order that has them, as a quote
    that added them does)."""
    out, read, declined = list(asks), list[Span](), list[str]()
    for m in _ASKED_ONLY.finditer(text):
        named = [a for a in out if a.start == m.end()]
        if not named:
            continue
        end = named[0].end
        for a in out:  # "the lobster and the scallops, didnt want them"
            if a.start > end and CONNECT.fullmatch(text[end : a.start]):
                named.append(a)
                end = a.end
        no = _NOT_WANTED.match(text, end)
        if no is None or _SCOPED.match(text, no.end()):
            continue
        out = [a for a in out if not any(a is n for n in named)]
        read.append((m.start(), no.end()))
        declined += [a.protein for a in named if a.protein not in declined]
    return out, read, declined
