"""Proteins a message names without ordering them, set apart before the order is read: a choice
weighed before a decision ("filet or salmon... let's do salmon"), one dismissed or an allergen
("allergic to shrimp"), one liked again after its count ("add 5 lobster tails, he loves
lobster"), one disliked ("take the chicken off, our VP hates chicken", "my wife doesn't like
shrimp"), the reason of a swap ("filet is delicious but he cant eat it") and one called dull
after a "just" list ("just chicken and scallops, shrimp is kinda boring"). Each reader takes its
mentions out of the asks and returns the spans it read."""

from __future__ import annotations

from dataclasses import dataclass

from orchestrator.catalog import Catalog
from orchestrator.reading.allergies import allergens_apart
from orchestrator.reading.asked_only import asked_only
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.disliked import disliked_apart, disliked_removed
from orchestrator.reading.dull import dull_apart
from orchestrator.reading.protein_liked import liked_again
from orchestrator.reading.swap_reason import swap_reasons
from orchestrator.reading.weighed import dismissed, settled_choice

Span = tuple[int, int]


@dataclass(frozen=True)
class NotOrdered:
    """The asks left, the spans each reader read, and the dislikes told apart."""

    asks: list[ProteinAsk]
    weighed: list[Span]
    passed: list[Span]
    liked: list[Span]
    disliked_alone: list[Span]
    dislikes: tuple[str, ...]
    declined: tuple[str, ...] = ()  # asked about, not wanted: off the order (`asked_only`)


def not_ordered(norm: str, asks: list[ProteinAsk], catalog: Catalog) -> NotOrdered:
    """The proteins of normalized `norm` named but not ordered, taken out of `asks` in turn."""
    asks, weighed = settled_choice(norm, asks)
    asks, passed = allergens_apart(norm, *dismissed(norm, asks))  # 'allergic to shrimp'
    asks, asked, declined = asked_only(norm, asks)  # "just asking about the lobster, didnt want it"
    asks, liked = liked_again(norm, asks)  # "add 5 lobster tails ..., he loves lobster"
    asks, disliked = disliked_removed(norm, asks)  # "take the chicken off ..., our VP hates chicken"
    asks, disliked_alone, dislikes = disliked_apart(norm, asks, catalog)  # "my wife doesn't like shrimp"
    asks, swap_why = swap_reasons(norm, asks)  # "filet is delicious but he cant eat it"
    asks, dull = dull_apart(norm, asks)  # "just chicken and scallops, shrimp is kinda boring"
    return NotOrdered(
        asks=asks,
        weighed=weighed,
        passed=passed + asked,
        liked=liked + disliked + disliked_alone + swap_why + dull,
        disliked_alone=disliked_alone,
        dislikes=dislikes,
        declined=tuple(declined),
    )
