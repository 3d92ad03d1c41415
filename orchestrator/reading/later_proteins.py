"""The proteins of a later message applied to the order before it (`conversation.apply_later`):
swaps ("swap the filet for lobster", "3 of us would rather have scallops"), removals ("no X for
the kids", "scratch the chicken, scallops instead"), and proteins named again or added ("just
chicken", "add lobster", "oh and 3 kids, lobster for the kids"). Where the words leave open whose
a protein is or what it replaces, it is asked."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.diet_swaps import diet_left
from orchestrator.reading.group_alone import group_alone_applied
from orchestrator.reading.group_counts import group_counts_read
from orchestrator.reading.group_removals import group_taken_out
from orchestrator.reading.half_swaps import halves_counted
from orchestrator.reading.joining_kids_choice import joining_kids_choice
from orchestrator.reading.later_merge import Merge, drop
from orchestrator.reading.meatless_rest import others_keep
from orchestrator.reading.new_choice import new_choice
from orchestrator.reading.replacements import (
    bare_removal,
    for_everyone,
    lost_proteins,
    new_event_order,
    one_for_one,
    plain,
    split_for_some,
    swap_counts_read,
    swapped,
)
from orchestrator.reading.steak_swapped import quoted_steak


def swaps_applied(m: Merge) -> None:
    """The later message's swaps applied to the order's proteins: for some of the guests ("half of
    them want filet instead", "4 of the kids want"), for all, or the earlier order looked up ("same
    food as last time"); the swap checks the order answers dropped."""
    m.later = quoted_steak(m.merged, m.later)  # "swap the steak for salmon": the order's one steak
    m.later = halves_counted(m.merged, m.later)  # "half of them want filet instead": of an even party
    m.later, m.checks = group_counts_read(m.merged, m.later, m.checks)  # "4 of the kids want"
    if m.later.partial_swaps:
        # "4 of them dont eat meat, can they get tofu instead of the chicken": their steak too?
        m.checks += diet_left(m.merged.proteins, m.later.partial_swaps, m.later.diet_out)
        _partial_swaps(m)
    later = m.later
    if later.swaps:
        if {old for old, _ in later.swaps} <= {a.protein for a in m.merged.proteins}:
            m.checks = drop(m.checks, {"swap"})  # applied to the order it corrects
        m.merged = replace(m.merged, proteins=swapped(m.merged.proteins, later.swaps))
        m.dropped |= {"proteins"}
    if "past_order" in later.topics and not later.proteins:
        # "now 14 adults, same food as last time": the food is the earlier order staff look up
        m.merged = replace(m.merged, proteins=())
        m.dropped |= {"proteins"}
    if len({a.protein for a in m.merged.proteins}) == 1 and all(map(plain, m.merged.proteins)):
        m.checks = drop(m.checks, {"instead"})  # "scallops instead" of the one protein
    if m.merged.proteins:  # "could we make it shrimp and vegetables instead?": the order's proteins
        m.checks = drop(m.checks, {"instead_all"})


def _partial_swaps(m: Merge) -> None:
    """ "ny strip and shrimp for 12 adults", then "3 of us would rather have scallops": the order's
    proteins for everyone, the swap applied to the 3 (the 12 is all)."""
    later, merged = m.later, m.merged
    kids = (merged.children or 0) + (merged.toddlers or 0)
    proteins = for_everyone(merged.proteins, merged.adults, kids)
    proteins, applied = split_for_some(proteins, later.partial_swaps, later.whole_swaps)
    if not kids and any(s[2] == "kids" for s in later.partial_swaps):  # no kids to swap for
        m.checks += (("proteins", "a swap for the kids, but no kids counted: how many?"),)
    if applied:
        m.checks = drop(m.checks, {"partial"})  # applied to the order it corrects
        m.checks = swap_counts_read(m.checks, later.partial_swaps)
        m.merged = replace(merged, proteins=proteins)
        m.dropped |= {"proteins"}


def removals(m: Merge) -> None:
    """The later message's removals applied: "no X for the kids", "just chicken" for a group,
    "scratch the chicken, scallops instead" (the other proteins stay); a protein taken out that
    the order lacks, or leaving none, asked."""
    m.merged, m.later, m.checks = group_taken_out(m.merged, m.later, m.checks)  # "no X for the kids"
    m.merged, m.later, m.checks = group_alone_applied(m.merged, m.later, m.checks)  # "just chicken"
    one = one_for_one(m.merged, m.later)
    if one is not None:  # "scratch the chicken, scallops instead": the other proteins stay
        m.merged, m.later = replace(m.merged, proteins=one), replace(m.later, proteins=(), removed=())
        m.dropped |= {"proteins"}
    m.checks += lost_proteins(m.merged, m.later) + bare_removal(m.merged, m.later)


def proteins_named(m: Merge) -> None:
    """The proteins the later message names or takes out, with the order's it keeps: a new order
    replaces the order's ("doing it again: 20 adults, filet and shrimp"), otherwise the named ones
    join those not taken out; the kids who join have their own choice."""
    state, later, merged = m.state, m.later, m.merged
    if not (later.proteins or later.removed):
        return
    if joining_kids_choice(m):  # "oh and 3 kids, they just want chicken": the order's chicken
        return
    named = {b.protein for b in later.proteins if not b.extra}  # extras add to the same protein
    joining = later.kids_said and not (state.children or state.toddlers) and (
        not later.adults_said or later.adults == later.adults_added  # "and 2 more adults"
    )
    # "oh and 3 kids, just tofu for them": the kids' choice (or asked), not the order's
    replacing = later.replace_proteins and not (joining and not later.removed)
    # "doing it again: 20 adults, filet and shrimp"; "lobster for everybody but keep the filet"
    replacing = replacing or new_event_order(later) or new_choice(merged, later)
    keep = tuple(  # "just chicken, shrimp is fine": what it keeps stays
        a for a in merged.proteins if a.protein in later.retained and a.protein not in named
    ) if replacing else tuple(
        a for a in merged.proteins if a.protein not in later.removed and a.protein not in named
    )  # fmt: skip
    if joining and not replacing and any(b.group == "kids" for b in later.proteins):
        # "10 adults, filet", "oh and 3 kids, lobster for the kids": everyone's was the adults'
        # (a swap for some of them before, "6 of us filet, the rest salmon": the adults' too, q85m)
        keep = tuple(replace(a, group="adults", per_guest=False) if plain(a) or _some_of(a) else a
                     for a in merged.proteins if a.protein not in later.removed)  # fmt: skip
    elif joining and keep and any(plain(b) for b in later.proteins):
        # "oh and 3 kids, they want lobster": theirs, or a protein added for everyone?
        m.checks += (("added", f"{', '.join(b.said for b in later.proteins)} named with "
                               "the kids who join: for them, or for everyone?"),)  # fmt: skip
    kept = others_keep(keep, later, merged.proteins)  # the vegetarians' own, the rest the others'
    m.merged = replace(merged, proteins=kept + later.proteins)
    m.dropped |= {"proteins"}
    _added_asked(m, keep, replacing=replacing)


def _added_asked(m: Merge, keep: tuple[ProteinAsk, ...], *, replacing: bool) -> None:
    """ "add lobster", "add 4 lobster tails" beside two proteins for everyone: extra portions or
    instead of some? (extras said "on top" or "extra", or the count each makes it, not asked)"""
    later = m.later
    chosen = {a.protein for a in keep if not a.extra and a.portions is None}
    new_names = [b.said for b in later.proteins if not b.extra]
    # "could we do 3 proteins each? add shrimp": the count each says the new one is on top
    # (or said before: "3 proteins each?", then "add shrimp as the third")
    each = later.per_person if later.per_person is not None else m.merged.per_person
    on_top = each is not None and each == len(chosen) + len(new_names)
    if later.adds and new_names and len(chosen) >= 2 and not replacing and not on_top:
        m.checks += (("added", f"{', '.join(new_names)} added beside the proteins chosen: "
                               "extra portions, or instead of one?"),)  # fmt: skip


def _some_of(ask: ProteinAsk) -> bool:
    """A share of everyone's protein by a swap for some ("6 of us filet", the rest salmon), of
    no group: the guests counted before the kids who join."""
    return ask.group is None and (ask.rest or ask.people) and not (ask.extra or ask.half or ask.share)
