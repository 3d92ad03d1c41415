"""What a message says that only a later message of a conversation uses: a new count said
against the order ("we're down to 18 adults"), the kids told again or by their ages alone, people
our quote left out. Read from every message; `conversation` decides what each changes. Moved
whole from `extraction` by size."""

from __future__ import annotations

from typing import TypedDict

from orchestrator.catalog import Catalog
from orchestrator.reading.add_on_group import counted_words
from orchestrator.reading.age_bands import by_band, one_band
from orchestrator.reading.count_down import count_down
from orchestrator.reading.follow_up import FollowUp
from orchestrator.reading.kid_recounted import counted_kid
from orchestrator.reading.kids_again_counted import kids_again
from orchestrator.reading.kids_now import kids_halved, kids_now
from orchestrator.reading.left_out_named import left_out
from orchestrator.reading.split_ages import banded_but, banded_halves


class LaterFields(TypedDict):
    """The `Inquiry` fields a follow-up's recount reads."""

    new_count: bool
    counted_kid: int | None
    kids_again: int | None
    left_out: bool
    kids_now: bool
    kids_halved: bool
    counted_groups: frozenset[str]
    ages_told: tuple[int, int, int] | None
    told_ages: tuple[int, ...]
    kids_band: str | None
    kids_but: tuple[str, int, str] | None
    kids_halves: tuple[str, str] | None


def later_fields(
    norm: str, follow: FollowUp, catalog: Catalog, *, children: int | None, said_guests: bool
) -> LaterFields:
    """The fields of normalized `norm` (its follow-up reading `follow`) that a later message's
    recount uses; ages told alone count only where the message states no guests of its own."""
    alone = not said_guests
    return LaterFields(
        new_count=count_down(norm), counted_kid=counted_kid(norm),  # "we're down to 18 adults"
        kids_again=kids_again(norm), left_out=left_out(norm),  # "+ the 2 kids", "u forgot my mom"
        kids_now=kids_now(norm, children), kids_halved=kids_halved(norm),  # "so 10 players now"
        counted_groups=counted_words(norm),  # "12 parents": the sake "for the parents" later
        ages_told=by_band(follow.ages, catalog) if follow.ages and alone else None,
        told_ages=tuple(follow.ages) if follow.ages and alone else (),
        kids_band=one_band(follow.age_range, catalog) if follow.age_range and alone else None,
        kids_but=banded_but(follow.all_but, catalog) if follow.all_but and alone else None,
        kids_halves=banded_halves(follow.halves, catalog) if follow.halves and alone else None,
    )
