"""A conversation read as one order: each later customer message corrects the order before it and
changes only what it names ("actually 18 adults", "oh and 4 kids", "swap the filet for lobster",
"keep the shrimp"); a count said with "also" or "plus" asks whether it adds or replaces. The
walk over the conversation's messages is reading/history.py; the steps of one correction are the
counts' (reading/later_counts.py) and the proteins' (reading/later_proteins.py)."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.age_fixes import ages_fixed
from orchestrator.reading.all_adults_note import without_all_adults
from orchestrator.reading.answers import answer_taken, resolved
from orchestrator.reading.extras_missing import extras_restated
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.joiners_total import joined_notes
from orchestrator.reading.kid_added import kid_added
from orchestrator.reading.kid_recounted import kid_recounted
from orchestrator.reading.kids_again_counted import kids_again_kept
from orchestrator.reading.kinds_out import of_kind_out
from orchestrator.reading.later_add_ons import add_on_answered
from orchestrator.reading.later_counts import (
    adults_read,
    checks_settled,
    kids_read,
    recount_fits,
    recounted,
)
from orchestrator.reading.later_merge import Merge, drop
from orchestrator.reading.later_proteins import proteins_named, removals, swaps_applied
from orchestrator.reading.left_out_named import left_out_counted
from orchestrator.reading.order_edits import edits_applied
from orchestrator.reading.owned_swaps import owned_applied
from orchestrator.reading.part_recount import part_recounted
from orchestrator.reading.recount import Recount
from orchestrator.reading.references import reference_settled
from orchestrator.reading.relation_answered import relation_answered
from orchestrator.reading.restated_party import restated_settled
from orchestrator.reading.stale_counts import stale_counts
from orchestrator.reading.venue_zip import town_placed

# Topics of an earlier customer message that stay open until a person answers them.
CARRIED_TOPICS = frozenset({"off_menu"})


def apply_later(state: Inquiry, later: Inquiry) -> Inquiry:
    """`later` corrects `state`: what it names replaces what was said before."""
    m = _started(state, later)
    adults_read(m)  # "actually 18 adults", "add 2 adults"
    recount_fits(m)  # "2 more of my friends can come so 14 of us now"
    kids_read(m)  # "oh and 4 kids", "kids r 8 and 10"
    counted = recounted(m)  # "3 more said yes", "5 of the 20 are kids"
    checks_settled(m, counted)  # "kids same": the order's kids
    swaps_applied(m)  # "swap the filet for lobster", "3 of us would rather have scallops"
    removals(m)  # "no X for the kids", "scratch the chicken, scallops instead"
    proteins_named(m)  # "just chicken", "add lobster"
    # "take off his filet and shrimp", "6 salmon and 2 ny strip instead of 4 and 4"
    m.merged, m.checks = edits_applied(m.state, m.merged, m.later, m.checks)
    _details(m)
    return _result(m, counted)


def _started(state: Inquiry, later: Inquiry) -> Merge:
    """The merge's start: the answers to our questions and the add-ons they take applied, and
    the later message read against the order (whose kids, whose proteins, which ages)."""
    merged = resolved(add_on_answered(state, later), later)
    later = of_kind_out(later, merged.proteins)  # "no shellfish": the order's shrimp taken out
    later = owned_applied(state, answer_taken(state, later))  # "the lees want ..."
    later = ages_fixed(state, kid_added(state, later))  # "boys are 8 and 3 not 8 and 6"; "she's 1"
    later = kid_recounted(state, extras_restated(state, later))  # "you counted my 4 year old"
    later = kids_again_kept(state, later)  # "so 4 adults + the 2 kids": their ages told before
    later = left_out_counted(state, later)  # "u forgot my parents, its 4 adults": counted already
    later = part_recounted(state, later)  # "we're 20 teens now, not 18" after "18 teens + 4 leaders"
    return Merge(state, later, merged)


def _details(m: Merge) -> None:
    """The place, the proteins each and a meatless choice the later message says."""
    later = m.later
    if later.zip_code:
        m.merged = replace(m.merged, zip_code=later.zip_code)
        m.dropped |= {"zip", "travel"}
    else:  # "the address is 101 Parkshore Dr, Folsom" after "95630": the town its ZIP places
        m.checks = town_placed(m.checks, m.merged.zip_code)
    if later.per_person is not None:
        m.merged = replace(m.merged, per_person=later.per_person)
    if later.meatless:
        m.merged = replace(m.merged, meatless=later.meatless)


def _add_ons(m: Merge) -> tuple[str, ...]:
    """The order's add-ons and the later message's, less those it takes out; "no add ons" beside
    an add-on ordered before asks which."""
    later = m.later
    add_ons = tuple(
        dict.fromkeys(a for a in m.merged.add_ons + later.add_ons if a not in later.removed_add_ons)
    )
    if later.declines_add_ons and add_ons:  # "no add ons" beside an add-on ordered before: which?
        m.checks += (("add_ons", "'no add ons' said, but the order has add-ons: take them out?"),)
    return add_ons


def _result(m: Merge, counted: Recount) -> Inquiry:
    """The corrected order: the order's checks the message leaves open with its own, and what
    every message said (its people named, ages, groups) carried on."""
    state, later, merged = m.state, m.later, m.merged
    add_ons = _add_ons(m)
    return replace(
        merged,
        keeps_rest=later.keeps_rest,  # "make it 14 adults, same proteins": the counts as said
        portions_off=later.portions_off,  # "take off 2 shrimp": fewer portions, as the customer said
        add_ons=add_ons,
        checks=restated_settled(state, later, reference_settled(
            relation_answered(drop(merged.checks, m.dropped), later), later.proteins,
            adds=later.adds))  # "5 grandkids" answering ours; "18 cubs, ... 14 parents" (q86i)
        + m.kept + m.checks + tuple(stale_counts(state, merged, later)),
        assumptions=joined_notes(later.assumptions, counted.settled)
        if "kids" in m.dropped or "guests" in m.dropped
        else without_all_adults(merged.assumptions, counted.merged.adults != state.adults),  # 25 changed
        # a request only a person answers ("can the chef make birria tacos too?") stays with the
        # order when a later message is quoted: "and add the sake" answers nothing of it
        topics=later.topics | (state.topics & CARRIED_TOPICS),
        kid_ages=merged.kid_ages + later.kid_ages,
        counted_groups=state.counted_groups | later.counted_groups,
        couples=state.couples + later.couples,
        kin_said=state.kin_said | later.kin_said,
        owned_counts=state.owned_counts + later.owned_counts,
        named=merged.named + later.named,  # the people named of every message, and their checks
    )
