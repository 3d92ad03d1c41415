"""Portions taken off an order by count or by whose they were (round q75f): "take off 1 filet and
1 shrimp" is one portion fewer of each; "my brother cant make it anymore, take off his filet and
shrimp" is his portion of each (one of each named) and him, one guest fewer. The portions come off
the counts the order has (`taken_from`); an order without that count asks. "take off the shrimp"
(no count, no one's) takes the protein out, read by `changes.remove_prefix`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from orchestrator.reading.asks import ProteinAsk

Span = tuple[int, int]

# the verb that takes portions off, then whose they were ("his") or nothing (a count follows)
_OFF = re.compile(
    r"\b(?:take off|take away|takeoff|remove|minus|subtract|knock off|drop|(?P<split>take|knock))\s+"
    r"(?:(?P<who>his|her)\s+)?"
)
# the split verb's "off" after the portions ("take 2 shrimp off", round q78k)
_SPLIT_OFF = re.compile(r"\s+off\b")
# between two portions of one list: "1 filet and 1 shrimp", "his filet, shrimp"
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&|\+|n)\s+)(?:(?:his|her)\s+)?")
# one guest said not to come before the portions: "my brother cant make it anymore, take off his"
_ONE_OUT = re.compile(
    r"\b(?:my|our)\s+(?:brother|sister|cousin|friend|bff|coworker|co-worker|neighbou?r|boss|uncle|"
    r"aunt|auntie|son|daughter|nephew|niece|mom|dad|grandma|grandpa)\s+"
    r"(?:(?:can't|cant|cannot|can not|won't|wont|isn't|isnt|is not|couldn't|couldnt)\s+"
    r"(?:make it|come|coming|be there|attend|be coming)(?:\s+(?:anymore|any more|after all))?"
    r"|(?:dropped out|backed out|bailed|had to cancel))\s*[,.;!-]*\s*(?:so\s+)?$"
)


@dataclass(frozen=True, slots=True)
class PortionsOff:
    """Portions a message takes off: (protein key, portions), the asks they are, the spans read,
    and the guests said not to come with them (the span read)."""

    portions: tuple[tuple[str, int], ...]
    asks: tuple[ProteinAsk, ...]
    spans: tuple[Span, ...]
    guest_out: Span | None = None
    whose: bool = False  # "his filet and shrimp": one person's portions


def _start(ask: ProteinAsk) -> int:
    return ask.count_span[0] if ask.count_span else ask.start


def portions_off(text: str, asks: Sequence[ProteinAsk]) -> PortionsOff | None:
    """The portions normalized `text` takes off, or None. A list is all counted ("take off 1 filet
    and 1 shrimp") or all someone's ("his filet and shrimp"), each portion a plain one."""
    by_start = {_start(a): a for a in asks}
    for m in _OFF.finditer(text):
        whose = m.group("who") is not None
        taken: list[ProteinAsk] = []
        at = m.end()
        while (ask := by_start.get(at)) is not None:
            counted = ask.count_span is not None and ask.portions is not None
            if counted == whose or ask.half or ask.rest or ask.group or ask.per_guest or ask.share:
                break
            taken.append(ask)
            join = _JOIN.match(text, ask.end)
            if not join:
                break
            at = join.end()
        split = _SPLIT_OFF.match(text, taken[-1].end) if taken and m.group("split") else None
        if not taken or (m.group("split") and not split):
            continue
        out = _ONE_OUT.search(text, 0, m.start())  # "my brother cant make it anymore, take off"
        portions = tuple((a.protein, 1 if whose else a.portions or 0) for a in taken)
        end = split.end() if split else taken[-1].end
        return PortionsOff(portions, tuple(taken), ((m.start(), end),),
                           out.span() if out else None, whose)  # fmt: skip
    return None


def taken_from(
    asks: tuple[ProteinAsk, ...], off: tuple[tuple[str, int], ...], *, guest_left: bool = False
) -> tuple[ProteinAsk, ...] | None:
    """The order's asks with `off` taken from their counts (a protein at none left goes), or None
    when the order has no count of one of them to take from ("take off 2 shrimp" after "shrimp
    and chicken for everyone": how many now?). The portion of a guest who left (`guest_left`) of
    a protein everyone has ("filet and chicken" for 10) follows the new count: nothing to take."""
    result = list(asks)
    for protein, n in off:
        i = next((i for i, a in enumerate(result) if a.protein == protein), -1)
        if i < 0:
            return None
        have = result[i]
        if guest_left and n == 1 and _everyones(have):
            continue
        if have.portions is None or have.portions < n or have.per_guest or (
            have.half or have.rest or have.group or have.share or have.extra
        ) or sum(a.protein == protein for a in result) > 1:
            return None
        left = have.portions - n
        result[i] = replace(have, portions=left)
    return tuple(a for a in result if a.portions != 0)


# the check a message taking portions off raises; the order it corrects settles it (`taken_from`)
OFF_CHECK = "portions_off"


def off_checks(off: PortionsOff | None) -> list[tuple[str, str]]:
    """What portions taken off ask: of an order without counts of them, how many now (settled by
    an order that has them); someone's portions with no word of them leaving ("take off his
    filet and shrimp"), whether that guest still comes."""
    if off is None:
        return []
    named = ", ".join(f"{n} {protein.replace('_', ' ')}" for protein, n in off.portions)
    checks = [(OFF_CHECK, f"{named} taken off, but the order has no such count to take from: "
                          "how many of each now?")]  # fmt: skip
    if off.whose and off.guest_out is None:
        checks.append(("guests", f"{named} taken off for one guest: is that guest still coming?"))
    return checks


# "6 salmon and 2 ny strip instead of 4 and 4": the counts the portions named before replace
_INSTEAD_OF = re.compile(
    r"\s*,?\s*(?:instead of|not|rather than)\s+(\d{1,3})((?:\s*(?:,|and|&)\s*\d{1,3})*)\b"
)


def counts_replaced(
    text: str, asks: Sequence[ProteinAsk]
) -> tuple[tuple[tuple[str, int], ...], Span | None]:
    """The order's counts a list of counted portions says it replaces, paired in order ("6 salmon
    and 2 ny strip instead of 4 and 4": salmon 4, ny strip 4), and the words read; none when the
    counts are not as many as the portions right before them."""
    for m in _INSTEAD_OF.finditer(text):
        numbers = [int(n) for n in re.findall(r"\d+", m.group(0))]
        before = [a for a in asks if a.end <= m.start()]
        listed = before[len(before) - len(numbers):] if len(before) >= len(numbers) else []
        joined = all(
            _JOIN.fullmatch(text, a.end, _start(b)) for a, b in zip(listed, listed[1:], strict=False)
        )
        if listed and joined and listed[-1].end == m.start() and all(
            a.count_span and a.portions and not (a.group or a.half or a.extra) for a in listed
        ):
            return tuple((a.protein, n) for a, n in zip(listed, numbers, strict=True)), m.span()
    return (), None


def counts_had(asks: tuple[ProteinAsk, ...], counts: tuple[tuple[str, int], ...]) -> bool:
    """Whether the order (`asks`) has each count a correction says it replaces (`counts_replaced`)."""
    have = {a.protein: a.portions for a in asks}
    return bool(counts) and all(have.get(protein) == n for protein, n in counts)


def _everyones(ask: ProteinAsk) -> bool:
    """A protein the order gives every guest: named without a count, scope or group."""
    return (ask.portions is None or ask.per_guest) and not (
        ask.half or ask.rest or ask.group or ask.extra or ask.share
    )
