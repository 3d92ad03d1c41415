"""Whom "the rest" / "everyone else" / "the others" leaves out: the party less the part counted
before it. The part is the people or portions counted in the sentence or the one before ("4 want
lobster. everyone else chicken and shrimp"), else a group with a choice of its own ("the kids want
chicken and shrimp, everyone else filet and ny strip": the party less the paying kids). A choice
for a part of no count beside "everyone else" ("the vegetarians get tofu, everyone else chicken
and shrimp") leaves nothing to subtract: asked, never priced as if the part were not there. A
part counted with one premium protein beside two for everyone else ("filet for the 4 guys,
everyone else chicken and shrimp") is asked too: 4 filet or 8 (their both portions)? Round q78e.
Counted lines one under another ("party of 18\n9 scallops\n9 lobster\nrest chicken") are one part:
the run of sentences before the rest, each only counted portions, up to the party (round q83s)."""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk

REST_UNCOUNTED = ("a choice for some of the party beside one for everyone else, with no count of "
                  "them: how many have which?")

# "3 salmon and 3 shrimp, everyone else chicken and ny strip": 3 guests with both, or 6 with one?
PAIRED_OR_APART = ("portions of two kinds counted apart beside two for everyone else: the same "
                   "guests with both, or as many guests as portions, each with one?")


def _counted_apart(asks: Sequence[ProteinAsk], near: tuple[int, int]) -> bool:
    """Two or more kinds counted by counts of their own ("3 salmon and 3 shrimp"), no count of
    people said for them ("3 of us want salmon and shrimp" is 3 guests, both each)."""
    own = [a for a in asks if a.portions and a.sentence in near
           and not (a.extra or a.rest or a.people or a.each_for is not None or a.of_each)]  # fmt: skip
    spans = {a.count_span or (a.start, a.end) for a in own}
    return len({a.protein for a in own}) > 1 and len(spans) > 1


def counted_before(asks: Sequence[ProteinAsk], rest: ProteinAsk, explicit: dict[int, int],
                   paying: int) -> int:
    """The portions counted before `rest`: those of its own sentence, else of the sentence before
    and the run of sentences before that which hold only counted portions ("9 scallops\n9 lobster
    \nrest chicken": 18), while the run stays within the party."""
    if explicit.get(rest.sentence):
        return explicit[rest.sentence]
    total, at = explicit.get(rest.sentence - 1, 0), rest.sentence - 2
    while total and explicit.get(at) and total + explicit[at] <= paying and all(
        a.portions is not None and not a.extra for a in asks if a.sentence == at
    ):
        total, at = total + explicit[at], at - 1
    return total


def dropped_choice(asks: Sequence[ProteinAsk], counts: dict[str, int]) -> list[str]:
    """A protein named with no count beside "everyone else" that the fill of the included portions
    left with none ("the vegetarians get tofu, everyone else chicken and shrimp": the tofu is
    for a part of no count, not nobody's): asked."""
    if not any(a.rest for a in asks):
        return []
    gone = [a for a in asks if a.portions is None and not a.extra and counts.get(a.protein) == 0]
    return [REST_UNCOUNTED] if gone else []


def rest_part(
    asks: Sequence[ProteinAsk],
    rest: ProteinAsk,
    *,
    counted: int,
    adults: int,
    children: int,
    premium: frozenset[str],
) -> tuple[int, list[str]]:
    """The guests the part before `rest` holds (`counted`: its portions counted nearby, read by
    the caller), and the checks left when that part is unsure."""
    near = (rest.sentence, rest.sentence - 1)
    rest_kinds = {a.protein for a in asks if a.rest and a.sentence == rest.sentence}
    groups = {a.group for a in asks if a.group and not a.rest and a.portions is None
              and a.sentence in near}  # fmt: skip
    if not counted and groups - {"adults", "kids"}:
        return 0, [REST_UNCOUNTED]
    if counted:
        part = {a.protein for a in asks
                if a.portions and not (a.extra or a.rest) and a.sentence in near}  # fmt: skip
        if len(part) < len(rest_kinds) and part & premium and counted < adults + children:
            # "filet for the 4 guys, everyone else chicken and shrimp": 4 filet, or 8?
            return counted, ["one protein for the part counted, two for everyone else: is theirs "
                             "both portions, or what is their second?"]  # fmt: skip
        if len(rest_kinds) > 1 and counted < adults + children and _counted_apart(asks, near):
            return counted, [PAIRED_OR_APART]
        return counted, []
    # "the kids want chicken and shrimp, everyone else filet": the party less the paying kids
    return sum(adults if g == "adults" else children for g in groups), []


def others_gap(asks: Sequence[ProteinAsk], *, meatless: int, paying: int) -> list[str]:
    """ "9 adults. 2 of us want lobster and filet, the other 6 chicken and shrimp": "the other N"
    says the parts make the party, so parts that leave guests out are asked. Each count is taken
    once (the vegetarians' too) and generously, so only a clear gap asks."""
    parts = sum({a.count_span: a.portions or 0 for a in asks if a.count_span and not a.extra}.values())
    if any(a.others for a in asks) and parts + meatless < paying:
        return [f"choices name {parts + meatless} people but {paying} guests pay: who has what?"]
    return []
