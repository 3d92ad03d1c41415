"""A protein for everyone but a counted few, who want another "instead" with no "of" after it:
"10 adults, all filet except 3 want lobster instead", "chicken for everyone, but 4 people would
like salmon instead". The few give up the one protein everyone has; read as a swap for some
guests (applied by `some_swaps.swaps_for_some`: those guests get the new protein, the rest keep
the old one).

Read only when exactly one other protein is named, for everyone, before the few ("chicken and
filet for all except 3 want lobster instead": which one they give up is asked), the count of the
few is the new protein's (if it has one), and nothing in the clause asks ("except 3 could have
lobster instead?")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.changes import Swap
from orchestrator.reading.except_some import WANTS, except_some

Span = tuple[int, int]

# "except 3 want", "except for 2 of them who'd like", "but 4 people would rather have": a bare
# "but" and "get"/"have" too, as `some_guests` takes neither: read here only with a bare "instead"
# after the protein and one protein for everyone before, which make the few a swap's
_EXCEPT_SOME = except_some(
    r"except(?:\s+for)?|but", rf"{WANTS}|rather have|(?:will\s+)?get|gets|(?:will\s+)?have"
)
# the bare "instead" right after the new protein ("lobster instead", "lobster tails instead")
_INSTEAD = re.compile(r"(?:\s+tails?)?\s+instead\b(?!\s+of\b)")
_ASKED = re.compile(r"\b(?:can|could|may|should|maybe|might|possible)\b|\?")


def except_instead(
    text: str, kept: Sequence[ProteinAsk], swaps: Sequence[Swap], everyone: Callable[[ProteinAsk], bool]
) -> tuple[list[ProteinAsk], list[Swap], list[Span]]:
    """(the asks without the new protein of each such swap, the swaps with it, the spans read)."""
    out, found, spans = list(kept), list(swaps), list[Span]()
    if "instead" not in text:
        return out, found, spans  # speed: the cheap gate
    for ask in kept:
        m = _EXCEPT_SOME.search(text, max(0, ask.start - 45), ask.start)
        after = _INSTEAD.match(text, ask.end)
        if m is None or after is None or m.end() != ask.start:
            continue
        count = int(m.group(1))
        others = [a for a in kept if a is not ask]
        if len(others) != 1 or not everyone(others[0]) or others[0].start > m.start():
            continue
        if ask.portions not in (None, count) or _ASKED.search(text, m.start(), after.end() + 2):
            continue
        out.remove(ask)
        found.append(Swap(others[0].protein, ask.protein, (m.start(), after.end()), True, None, count))
        spans.append((m.start(), after.end()))
    return out, found, spans


# "except the 4 vegetarians would like", "except for 3 vegans who want": the few, by count
_EXCEPT_FEW = re.compile(
    r"\bexcept(?:o|\s+for)?\s+(?:the\s+|our\s+)?(\d{1,3})(?:\s+(?:vegetarians|vegans|veggies|people|guests|"
    r"of\s+(?:them|us)|(?:adults|adultos)(?=\s+(?:who|that|que)\b))|(?=\s+(?:who|that|que)\b))"
    r"\s*,?(?:\s+(?:who|that|they|que))?"
    # "except 3 adults who are vegetarian and want", "except 2 who dont eat meat and want", "excepto
    # 3 adultos que son vegetarianos y quieren" (round q85n, blind 184 fv042)
    r"(?:\s+(?:are|r|son)\s+(?:vegetarian[ao]?s?|vegan[ao]?s?)\s+(?:and|y)"
    r"|\s+(?:don'?t|do not)\s+eat\s+meat\s+and|\s+no\s+comen\s+carne\s+y)?"
    r"(?:\s+would|'d|\s+will|'ll)?\s+(?:prefer|want|wants|like|quieren|"
    r"would like|(?:will\s+)?get|(?:will\s+)?have)\s+(?:the\s+)?$"
)
_JOIN = re.compile(r"\s*(?:,|and|&|\+|n|/|y)\s*")
_MEAT_AFTER = re.compile(r"\s+instead\s+of\s+(?:the\s+|their\s+|any\s+)?meats?\b")
# "..., who'd like tofu and vegetables instead.", "... who want tofu and vegetables, 95630": the
# few's choice ending its clause, a bare "instead" or none (whatever everyone has, given up)
_CLAUSE_AFTER = re.compile(r"(?:\s+instead\b(?!\s+of\b))?\s*(?:[.,;!\n]|\s\d{5}\b|\Z)")
# "the meat": every protein everyone has must be one (salmon or shrimp may stay for a pescatarian)
_LAND_MEAT = frozenset({"chicken", "ny_strip", "filet_mignon"})


def meat_instead(
    text: str, kept: Sequence[ProteinAsk], swaps: Sequence[Swap], everyone: Callable[[ProteinAsk], bool]
) -> tuple[list[ProteinAsk], list[Swap], list[Span]]:
    """ "chicken and NY strip for everyone, except the 4 vegetarians would like tofu and
    vegetables instead of the meat": the few give up every protein everyone has, all of them meat,
    one new protein for each old (the counts are the same however they pair); (the asks without
    the new proteins, the swaps with them, the span read). Unchanged when anything else is named
    or the numbers of old and new proteins differ ("... would like tofu instead of the meat")."""
    if "except" not in text:
        return list(kept), list(swaps), []  # speed: the cheap gate
    asks = sorted(kept, key=lambda a: a.start)
    for i, first in enumerate(asks):
        m = _EXCEPT_FEW.search(text, max(0, first.start - 70), first.start)
        if m is None or m.end() != first.start:
            continue
        news = [first]
        while (at := i + len(news)) < len(asks) and _JOIN.fullmatch(text, news[-1].end, asks[at].start):
            news.append(asks[at])  # "tofu and vegetables": the new proteins, one list
        meat = _MEAT_AFTER.match(text, news[-1].end)
        after = meat or _CLAUSE_AFTER.match(text, news[-1].end)
        olds, count = asks[:i], int(m.group(1))
        if after is None or len(olds) != len(news) or len(olds) + len(news) != len(asks):
            return list(kept), list(swaps), []
        if not all(
            everyone(a) and (a.protein in _LAND_MEAT or not meat) and a.start < m.start() for a in olds
        ):
            return list(kept), list(swaps), []
        if any(a.portions not in (None, count) or a.protein in _LAND_MEAT for a in news):
            return list(kept), list(swaps), []
        span = (m.start(), after.end())
        pairs = zip(olds, news, strict=True)
        found = [Swap(o.protein, n.protein, span, True, None, count) for o, n in pairs]
        return [a for a in kept if a not in news], [*swaps, *found], [span]
    return list(kept), list(swaps), []


def meatless_left(meatless: int, meatless_spans: Sequence[Span], read: Sequence[Span]) -> int:
    """The vegetarian guests the order still sets apart: none when their count is the few of a
    swap read ("except the 4 vegetarians would like tofu and vegetables instead of the meat": the
    4 have their tofu and vegetables from the swap, and the rest are not 4 fewer again)."""
    if meatless and any(s < e2 and s2 < e for s, e in read for s2, e2 in meatless_spans):
        return 0
    return meatless
