"""The people the choices count against the guests who pay ("12 adults: 7 want chicken+shrimp, 6
want filet+lobster"): each group's count is taken once (its two proteins name one group). Groups
naming more people than pay are asked, and so are groups that name fewer when they are the whole
order ("5 want chicken+shrimp, 6 want filet+lobster" of 12: what does the twelfth have?), as the
vegetarians counted beside them ("10 want chicken & shrimp, 9 want filet & shrimp, 2 vegetarians
want tofu x2" of 20 is 21 people). A choice for everyone, the rest or a share beside the groups
fills the others, so fewer people is no gap then. Round q82e."""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk


def people_gap(
    asks: Sequence[ProteinAsk], *, meatless: int, paying: int, meatless_keys: frozenset[str]
) -> list[str]:
    """The check when the people the choices count are not the guests who pay; [] otherwise."""
    groups = {a.count_span: a.portions or 0 for a in asks if a.people and a.count_span is not None}
    people = sum(groups.values())
    if not people:
        return []
    # vegetarians told apart, with no group choice of their own counted among the people; the
    # choices named after them ("the other 3 are vegetarian and want tofu") are theirs, uncounted
    if meatless and not any(
        a.people and a.count_span is not None and a.protein in meatless_keys for a in asks
    ):
        people += meatless
    if people > paying:
        return [f"choices name {people} people but {paying} guests pay: who has what?"]
    whole = all(a.people or a.extra for a in asks) and not any(
        a.rest or a.others or a.half or a.share or a.per_guest or a.group for a in asks
    )
    if whole and people < paying:
        return [f"choices name {people} people but {paying} guests pay: what do the others have?"]
    return []
