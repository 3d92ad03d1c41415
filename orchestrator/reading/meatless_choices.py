"""The choices named right after the guests who eat no meat ("2 are vegetarian so tofu & veggies
for them"): theirs, counted for them, not everyone's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.catalog import Catalog
from orchestrator.reading.asks import CONNECT, ProteinAsk, with_

Span = tuple[int, int]

_TO_CHOICE = re.compile(
    # "2 are vegetarian so tofu & veggies for them", "2 are vegan -> tofu + veggies"
    # ("3 of them are vegetarian, can they get tofu and veggies?")
    # (a filler or "now" between: "3 of the guys went vegetarian lol so tofu & veggies", q86f)
    r"[\s:,(-]*(?:(?:lol|haha|lmao|now|too)\b[\s,!.]*)*"
    r"(?:and\s+|so\s+|->?\s*|>\s*)?(?:(?:can|could)\s+)?"
    r"(?:they(?:'ll|'re|'d| will| are| want| get)?\s+)?"
    r"(?:will\s+|would\s+)?"
    r"(?:have|get|want|eat|do|having|getting|like|need)?\s*(?:the\s+|just\s+|only\s+)?"
)


def meatless_choices(
    text: str, asks: Sequence[ProteinAsk], spans: Sequence[Span], catalog: Catalog
) -> list[ProteinAsk]:
    """ "2 are vegetarian: they'll have tofu and veggies": the meatless choices named right after
    the guests who eat no meat are theirs (one portion each of each), not everyone's; one choice
    alone ("2 of them vegan so tofu for them") is all their included portions, and a count "each"
("3 are vegetarian and want tofu x2 each") is each of theirs (round q82t)."""
    out = list(asks)
    for start, end in spans:
        count = int(re.search(r"\d+", text[start:end]).group(0))  # type: ignore[union-attr]
        at, theirs = end, []
        for i, ask in enumerate(out):
            if ask.start < at:
                continue
            # ("3 are vegetarian so 2 tofu each": the count before the choice is the gap's end)
            span = ask.count_span
            gap = text[at : span[0] if span and at <= span[0] < ask.start else ask.start]
            joined = CONNECT.fullmatch(gap) if at != end else _TO_CHOICE.fullmatch(gap)
            if not joined or catalog.protein(ask.protein).premium:
                break
            if ask.portions is not None:  # "the other 3 are vegetarian and want tofu x2 each":
                if ask.each_for == 0 and not ask.extra:  # each of them, not every guest
                    out[i] = with_(ask, each_for=count)
                break
            out[i] = with_(ask, portions=count, people=True)
            at = ask.end
            theirs.append(i)
        if len(theirs) == 1 and _FOR_THEM.match(text, at):
            out[theirs[0]] = with_(out[theirs[0]], portions=count * catalog.guests.included_portions)
    return out


_FOR_THEM = re.compile(r"\s*(?:only\s+|alone\s+)?for\s+(?:them|those\s+\d+|the\s+\d+)\b")
