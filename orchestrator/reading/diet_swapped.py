"""Counted guests who eat no beef given the everyone's other protein twice, or another in its
place, "for them" (round q86g, blind 187 fy053): "13 dudes. ny strip and chicken. 2 of the guys
dont eat beef so 2 chicken each for them" is 11 NY strip and 15 chicken, their steak swapped for
chicken, as "2 of the guys want chicken instead of ny strip" reads; "... so chicken and shrimp for
them" beside ny strip and shrimp swaps their steak for chicken. Written that way.

Only when sure: the everyone's pair is the last pair named before them with no count, one of its
two is beef (NY strip or filet) and the other is not, and their food is the other twice ("2 chicken
each", "double chicken", "chicken x2") or the other beside one more that is no beef. A steak of no
kind, a food that leaves their beef or a third protein unplaced is left as written (asked)."""

from __future__ import annotations

import re

from orchestrator.reading.diet_parts import PAIR, PROTEIN, protein_key

_BEEF = frozenset({"ny strip", "filet"})
_SWAP = re.compile(
    r"\b(?P<who>\d{1,3}\s+of\s+(?:them|us|(?:the|my|our)\s+[a-z]+))\s+"
    r"(?:dont|don't|do not|cant|can't|can not|cannot)\s+(?:eat|have)\s+(?:any\s+)?(?:beef|red\s+meat)"
    rf"\s*,?\s*(?:so\s+)?(?:(?:2|double)\s+(?P<twice>{PROTEIN})(?:\s+each)?|(?P<times>{PROTEIN})\s*x\s*2"
    rf"|(?P<food>{PAIR}))\s+for\s+them\b"
)
_EVERYONE = re.compile(rf"(?P<pair>{PAIR})(?!\s+for\s+(?:the\s+)?\d)")
_ONE_PROTEIN = re.compile(PROTEIN)


def _keys(said: str) -> list[str]:
    return [protein_key(p.group(0)) for p in _ONE_PROTEIN.finditer(said)]


def beef_swapped(text: str) -> str:
    """Normalized `text` with counted guests who eat no beef given their food "for them" written
    as a swap of their beef ("2 of the guys want chicken instead of ny strip"); else unchanged."""
    if "for them" not in text:
        return text  # speed: every match names it
    for m in reversed(list(_SWAP.finditer(text))):
        pairs = list(_EVERYONE.finditer(text, 0, m.start()))
        if not pairs:
            continue
        everyone = _keys(pairs[-1]["pair"])
        beef = [k for k in everyone if k in _BEEF]
        kept = [k for k in everyone if k not in _BEEF]
        if len(beef) != 1 or len(kept) != 1:
            continue
        theirs = [protein_key(m["twice"] or m["times"])] * 2 if not m["food"] else _keys(m["food"])
        if kept[0] not in theirs or set(theirs) & (_BEEF | {"steak"}):
            continue
        new = theirs[1] if theirs[0] == kept[0] else theirs[0]
        # "2 of my buddies": written "2 of them", the form the swap readers count
        who = re.sub(r"\bof\s+.*", "of them", m["who"])
        text = f"{text[: m.start()]}{who} want {new} instead of {beef[0]}{text[m.end() :]}"
    return text
