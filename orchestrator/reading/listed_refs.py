"""People named before a list of grown-ups and named again in it, so counted once in its total: the
honorees of the occasion ("50th anniversary for my parents ... plus my parents = 10 adults") and
the count "the 2 of them" refers back to ("a party for 2 of my buyers ... plus the 2 of them and
me")."""

from __future__ import annotations

import re

from orchestrator.reading.listed_parts import LEAD, NOT_GROWN, ONE, PAIR, PARTNER, ROLE, opening

Span = tuple[int, int]


# whom the event is for: "for my parents", "throwing my parents a 50th" (round q85j)
_HONORING = r"(?:for|throwing|throw|giving|give|surprising|surprise|treating|treat|honoring)"


def honored_again(text: str, start: int, parts: list[str]) -> list[Span]:
    """The spans of the honorees named before the list ("50th anniversary for my parents ... plus
    my parents = 10 adults"), when a part of the list names them again in the same words: the same
    people, counted in the total (each phrase once before the list, or none is taken)."""
    spans: list[Span] = []
    for part in parts:
        part = part[lead.end() :] if (lead := LEAD.match(part)) else part  # "it'll be my parents"
        if not (PAIR.fullmatch(part) or ONE.fullmatch(part)) or not part.startswith(("my ", "our ")):
            continue
        said = [m.span(1) for m in re.finditer(rf"\b{_HONORING}\s+({re.escape(part)})\b", text[:start])]
        spans += said if len(said) == 1 else []
    return spans


# "the 2 of them": the people a count before the list named ("a party for 2 of my buyers")
_THEM = re.compile(r"the\s+(?P<n>\d{1,3})\s+of\s+them")
_SOMEONE = re.compile(rf"\b(?:he|she|his|her|hers|him|they|their|them|{PARTNER}|{ROLE})\b")
_NAMED_BEFORE = re.compile(r"\b(?P<n>\d{1,3})\s+(?:of\s+)?(?:my|our)\s+[a-z'-]+s\b(?=\D*\Z)")


def referred(text: str, start: int, parts: list[str]) -> list[Span]:
    """The span of the count "the 2 of them" in the list refers back to ("throwing a party for 2
    of my buyers ... plus the 2 of them and me"), when it is the last number before the list and
    the same number, and its sentence names no one else ("my boss is throwing a party for 3 of my
    clients": is the boss coming?); else none (its number stays to the net)."""
    them = [int(t.group("n")) for p in parts if (t := _THEM.fullmatch(p))]
    before = _NAMED_BEFORE.search(text, 0, start)
    if (
        len(them) != 1
        or before is None
        or int(before.group("n")) != them[0]
        or NOT_GROWN.search(before.group(0))
    ):
        return []
    if _SOMEONE.search(text, opening(text, before.start()), before.start()):
        return []
    return [before.span()]
