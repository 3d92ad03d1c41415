"""Proteins named beside the headcount are the whole party's: "15 adults chicken shrimp 95630 plus
2 kids (6 and 8)", "kids 10, 7, 7 plus 6 adults, shrimp + chicken", "12 adults 3 kids (8, 10, 12)
chicken and shrimp for all", "chicken and strip steak for 10 adults" (the party is those 10). The
protein reader gives a protein right after a counted group to that group ("12 adults filet, 4 kids
chicken"); when no other group has a choice of its own, the count was the party's size, not whose
the food is. And a kids' age range before a protein ("3 kids, all between 6 and 9 chicken", "3
kids 8-10 with chicken") is their ages, never the protein's count."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import CHOSEN_FOR, CONNECT, ProteinAsk, with_
from orchestrator.reading.guests import ADULT, KID, PEOPLE

# the gap between a counted group and its protein when the protein only follows the count: spaces,
# commas, "with"/"w/", and other proteins of the same list ("6 adults, shrimp + chicken")
_BARE = re.compile(r"^(?:[\s,:+&/-]|\b(?:and|n|with|w)\b)*$")
_COUNTED = re.compile(r"\d")
# "3 kids, all of them between 6 and 9 ", "3 kids 8-", "kids ages 6 to ": a range of the kids'
# ages whose last number stands before the protein
_KID_RANGE = re.compile(
    rf"\b(?:{KID})\b\s*,?(?:\s+(?:all|of|them|are|aged?|ages|between|from|both|they're|who're)){{0,5}}"
    r"\s+\d{1,2}\s*(?:-|to|and|&)\s*$"
)
# "9 adults, filet and lobster for the grown-ups, plus 3 kids": the list's group said after it, so
# the adults', not the party's (round q73e)
_FOR_GROWN = re.compile(r"\s*for\s+(?:the\s+|all\s+(?:the\s+)?)?(?:adults|grown[- ]?ups)\b")
# "for 10 adults": the count after "for" is a group's size
_FOR_GROUP = re.compile(rf"\s*(?:{ADULT}|{PEOPLE})\b")


# "... for the kids and ny strip + shrimp for the adults": the group a choice before is for
_FOR_AFTER = re.compile(
    rf"\s*for\s+(?:the\s+|all\s+(?:the\s+)?|(?:every|each)\s+)?(?:({ADULT})|({KID}))\b"
)


def _plain(ask: ProteinAsk) -> bool:
    return ask.portions is None and not (ask.extra or ask.half or ask.rest or ask.share or ask.people)


def kid_ages_not_counts(text: str, asks: Sequence[ProteinAsk]) -> list[ProteinAsk]:
    """A count that is the last age of the kids' range before the protein is no count."""
    out = list(asks)
    for i, ask in enumerate(out):
        span = ask.count_span
        if span is None or ask.extra or not _KID_RANGE.search(text, max(0, span[0] - 60), span[0]):
            continue
        out[i] = with_(ask, portions=None, count_span=None, people=False)
    return out


def _beside_count(text: str, ask: ProteinAsk, groups: Sequence[tuple[int, int, str]]) -> bool:
    """The ask's group came from a counted group right before it, with only a list between."""
    before = [g for g in groups if g[1] <= ask.start and ask.start - g[1] <= 30]
    if not before or before[-1][2] != ask.group or not _COUNTED.match(text, before[-1][0]):
        return False
    return bool(_BARE.match(_without_proteins(text[before[-1][1] : ask.start], ask.said)))


def _without_proteins(gap: str, said: str) -> str:
    # the other proteins of the list stand between too ("6 adults, shrimp + chicken"); a cheap
    # removal of any word that is not a joiner is enough: _BARE then reads what is left
    words = [w for w in re.split(r"(\W+)", gap) if w]
    return "".join(w if not w[0].isalpha() or w in ("and", "n", "with", "w") else " " for w in words)


def party_wide(
    text: str, asks: Sequence[ProteinAsk], groups: Sequence[tuple[int, int, str]]
) -> list[ProteinAsk]:
    """Proteins given to a group only because they follow its count are everyone's when no
    protein is given to another group; a list with "for all" after it is everyone's too."""
    out = _chosen_after(text, asks, groups)
    kinds = {a.group for a in out if a.group}
    for i, ask in enumerate(out):
        if not ask.group or not _plain(ask) or not _beside_count(text, ask, groups):
            continue
        listed = [b for b in out if b.sentence == ask.sentence and b is not ask and (
            CONNECT.match(text[min(b.end, ask.end) : max(b.start, ask.start)]))]
        if any(b.per_guest and not b.group for b in listed):  # "3 kids (8, 10) chicken, shrimp for all"
            out[i] = with_(ask, group=None, per_guest=True)
        elif kinds == {"adults"} and not _FOR_GROWN.match(text, out[-1].end) and all(
            _plain(a) and a.each_for is None for a in out
        ) and all(
            a.sentence == b.sentence and CONNECT.match(text[a.end : b.start])
            for a, b in zip(out, out[1:], strict=False)
        ):  # "15 adults chicken shrimp ... plus 2 kids": no other group has a choice of its own,
            # nor anyone a count ("4 kids just 1 chicken each" is theirs), and the proteins are one
            # list ("kids 8 and 10 chicken and 9 adults shrimp" is two)
            out[i] = with_(ask, group=None)
    return out


def _chosen_after(
    text: str, asks: Sequence[ProteinAsk], groups: Sequence[tuple[int, int, str]]
) -> list[ProteinAsk]:
    """ "chicken for the kids and ny strip + shrimp for the adults": a protein right after the
    group an earlier choice is for ("for the kids") belongs to the list that names its own group
    after it ("... for the adults"), not to the group before it."""
    out = list(asks)
    for i, ask in enumerate(out):
        before = [g for g in groups if g[1] <= ask.start and ask.start - g[1] <= 30]
        if i == 0 or not ask.group or not _plain(ask) or not before or before[-1][2] != ask.group:
            continue
        chosen = CHOSEN_FOR.search(text, max(0, before[-1][0] - 20), before[-1][0])
        if not chosen or text[out[i - 1].end : chosen.start()].strip():
            continue  # "para los adultos filete": the group before is the filet's own
        last = ask  # the list goes on: "ny strip + shrimp + salmon for the adults"
        for nxt in out[i + 1 :]:
            if nxt.sentence != ask.sentence or not CONNECT.match(text[last.end : nxt.start]):
                break
            if m := _FOR_AFTER.match(text, nxt.end):
                if (kind := "adults" if m.group(1) else "kids") != ask.group:
                    out[i] = with_(ask, group=kind)
                break
            last = nxt
    return out


def whole_party_for(
    text: str, asks: Sequence[ProteinAsk], groups: Sequence[tuple[int, int, str]]
) -> list[ProteinAsk]:
    """ "chicken and strip steak for 10 adults": the only group of the message, counted after
    "for", is the party, one portion each (the number is its size, not the protein's count), so a
    follow-up adding kids with "same food" gives them the same."""
    if len(groups) != 1 or groups[0][2] != "adults":
        return list(asks)
    out = list(asks)
    for i, ask in enumerate(out):
        span = ask.count_span
        if (span is None or ask.extra or ask.each_for is not None or span[0] < ask.end
                or span[0] != groups[0][0] or not re.match(r"\s*for\s", text[ask.end : span[0]])
                or not _FOR_GROUP.match(text, span[1])):  # fmt: skip
            continue
        out[i] = with_(ask, portions=None, count_span=None, per_guest=True, group=None)
    return out
