"""What "N proteins each" says about the choices beside it (`per_plate`): one guest's plate named
("2 proteins each: one filet one salmon") or halves of each guest's N portions ("2 proteins each,
half salmon half chicken"). Split from `order` by meaning (round q85n), no reading changed."""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk, with_


def per_plate(
    asks: Sequence[ProteinAsk], per_person: int | None, paying: int
) -> tuple[list[ProteinAsk], int]:
    """What "N proteins each" says about the choices beside it: counts that add up to N name one
    guest's plate ("2 proteins each: one filet one salmon"), so each is per paying guest; two
    halves of one protein each split the N portions of every guest ("2 proteins each, half salmon
    half chicken"), so each half is N portions a guest (returned as the halves' multiplier); a
    half that names its own plate ("half chicken + filet") is left as it is. Read only when the
    choices are nothing else: any other scope, a group or an extra leaves them as they are, and
    the counts that then do not add up are asked about. Extras with their number after the plate
    ("one strip one chicken ... add 8 extra chicken") stay in all, on top of the plates."""
    out = list(asks)
    plate = [a for a in out if not a.extra]
    if per_person is None or paying < 2 or not plate or any(a.group for a in out):
        return out, 1
    if any(a.extra and (a.portions is None or a.each_for is not None or a.people) for a in out):
        return out, 1  # an extra of no number, or per guest: the plates stay asked about
    if all(a.portions is not None and a.each_for is None and not a.people for a in plate) and (
        sum(a.portions or 0 for a in plate) == per_person != per_person * paying
    ):
        return [a if a.extra else with_(a, each_for=0) for a in out], 1
    if len(plate) < len(out):
        return out, 1
    if sorted(a.half for a in out) == [1, 2]:  # one protein a half: the half's whole plate
        return out, per_person
    return out, 1
