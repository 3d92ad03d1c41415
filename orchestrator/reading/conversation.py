"""A conversation read as one order: each later customer message corrects the order before it and
changes only what it names ("actually 18 adults", "oh and 4 kids", "swap the filet for lobster",
"keep the shrimp"); a count said with "also" or "plus" asks whether it adds or replaces. The
walk over the conversation's messages is reading/history.py."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.add_on_group import ADD_ON_GROUP, counted_before
from orchestrator.reading.adults import adults_unsettled
from orchestrator.reading.age_fixes import ages_fixed
from orchestrator.reading.all_adults_note import without_all_adults
from orchestrator.reading.answers import answer_taken, resolved
from orchestrator.reading.everyone_again import everyone_again
from orchestrator.reading.extras_missing import extras_restated
from orchestrator.reading.group_alone import group_alone_applied
from orchestrator.reading.group_counts import group_counts_read
from orchestrator.reading.group_removals import group_taken_out
from orchestrator.reading.half_swaps import halves_counted
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.joiners_total import joined_everyone, joined_notes, joined_off
from orchestrator.reading.kid_added import kid_added
from orchestrator.reading.kid_recounted import kid_recounted
from orchestrator.reading.kids_again_counted import kids_again_kept
from orchestrator.reading.kids_by_other_ages import added_by_other_ages
from orchestrator.reading.kids_joined import aged_moved, kids_join, unsettled_people
from orchestrator.reading.kids_now import kids_now_checks, kids_now_fits
from orchestrator.reading.kinds_out import of_kind_out
from orchestrator.reading.later_add_ons import add_on_answered
from orchestrator.reading.left_out_named import left_out_counted
from orchestrator.reading.loose_counts import LOOSE, count_settles, total_settles
from orchestrator.reading.meatless_rest import others_keep
from orchestrator.reading.named_with_kids import joined_checks, named_with_more_kids
from orchestrator.reading.new_choice import new_choice
from orchestrator.reading.order_edits import edits_applied
from orchestrator.reading.owned_swaps import owned_applied
from orchestrator.reading.recount import recount
from orchestrator.reading.references import reference_settled
from orchestrator.reading.relation_answered import relation_answered
from orchestrator.reading.relative_kid import moved_guests
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
from orchestrator.reading.stale_counts import stale_counts
from orchestrator.reading.venue_zip import town_placed

# Topics of an earlier customer message that stay open until a person answers them.
CARRIED_TOPICS = frozenset({"off_menu"})


# partners the guests named again may bring: the group is no subgroup of the count alone
_PARTNERS = frozenset({"date", "gf", "bf", "girlfriend", "boyfriend", "wife", "husband", "partner"})


def _drop(checks: tuple[tuple[str, str], ...], fields: set[str]) -> tuple[tuple[str, str], ...]:
    return tuple(c for c in checks if c[0] not in fields)


def apply_later(state: Inquiry, later: Inquiry) -> Inquiry:
    """`later` corrects `state`: what it names replaces what was said before."""
    merged = resolved(add_on_answered(state, later), later)
    later = of_kind_out(later, merged.proteins)  # "no shellfish": the order's shrimp taken out
    later, dropped = owned_applied(state, answer_taken(state, later)), set()  # "the lees want ..."
    later = ages_fixed(state, kid_added(state, later))  # "boys are 8 and 3 not 8 and 6"; "she's 1"
    later = kid_recounted(state, extras_restated(state, later))  # "you counted my 4 year old"
    later = kids_again_kept(state, later)  # "so 4 adults + the 2 kids": their ages told before
    later = left_out_counted(state, later)  # "u forgot my parents, its 4 adults": counted already
    kept: tuple[tuple[str, str], ...] = ()
    asked: list[tuple[str, str]] = []
    subgroup = later.adults_weak and bool(merged.adults)  # "each for the 4 guys": some of them
    if subgroup and later.kin_said & _PARTNERS:  # "the 3 single guys are bringing dates now"
        asked.append(("added", f"the {later.adults} named with partners: how many in all now?"))
    if (later.adults_said or (later.has_guests and not later.kids_said)) and not subgroup:
        added = later.adults_added if later.adults == later.adults_added else 0
        if later.adults_added and later.aged_adults and not merged.aged_adults and (
            later.adults == later.adults_added + later.aged_adults
        ):  # "7 kids: 2, ..., 15. plus 5 employees are bringing a spouse": the kid of 15 and the
            added = later.adults  # 5 spouses, both more than the adults counted before
        # "make that 17 adults, ... so add 2 more" after 15: the new count, the names and the 2 fit
        fits = bool(later.recount_adds) and merged.adults is not None and (
            merged.adults + later.recount_adds == later.adults
            # "make that fourteen sorry my brother and his wife are coming so add 2 more" after 12:
            # the only adults said are the 2 added, the new total bare, and they fit
            or (later.adults == later.adults_added == later.recount_adds
                and merged.adults + later.recount_adds == later.bare_total)
        )
        if joined_off(merged, later, bool(added) or fits):  # "2 more couples ... so 20 adults" after 18
            asked.append(("added", f"{later.adults} adults, but {merged.adults} and "
                                   f"{later.adults_added} more is "
                                   f"{(merged.adults or 0) + later.adults_added}: which is it?"))
        if later.adds_guests and not added and merged.adults and not fits and not later.new_count:
            asked.append(("added", f"{later.adults} adults named in a message that adds: in "
                                   f"addition to the {merged.adults}, or in all?"))  # fmt: skip
        if later.people_total and not later.kids_said and (merged.children or merged.toddlers) and (
            not joined_everyone(state, later)  # "we're 14 now not 12, my cousin and her husband"
        ):
            asked.append(("added", f"{later.adults} guests now: adults, or all of them with the "
                                   "kids?"))  # fmt: skip  # "we're now 16 people"
        if fits:
            dropped |= {"recount"}
        swapping = bool(later.swaps or later.partial_swaps)
        # "the Hendersons (2) cancelled, so 20 adults" after 22: those out make the count said
        out = [d for d, band in later.changes if band not in ("kids", "toddlers")]
        made = len(out) == len(later.changes) > 0 and (merged.adults or 0) + sum(out) == later.adults
        if swapping and not (added or later.adds_guests or later.new_count or fits or made) and (
            (later.adults or 0) < (merged.adults or 0)
        ):
            # "for 3 of us, scallops instead of shrimp" after 11 adults: the 3 who swap, or 3 now?
            # ("add 2 adults ... swap the strip for filet" adds; it is read as it says)
            asked.append(("added", f"{later.adults} beside a swap after {merged.adults} adults: "
                                   "the guests who swap, or the new count?"))  # fmt: skip
        merged = replace(merged, adults=(merged.adults or 0) + added if added else later.adults,
                         proteins=everyone_again(merged) if added else merged.proteins)  # fmt: skip
        dropped |= {"guests", LOOSE} if count_settles(later, added) else {"guests"}
        if added:  # "add 2 adults": a person the first reading left uncounted ("the coach") still
            kept = unsettled_people(merged, groups=False)  # (no group: "for my parents" honorees)
    if later.recount_adds and not later.adults_said and later.bare_total is not None and (
        merged.adults is not None and merged.adults + later.recount_adds == later.bare_total
    ):  # "2 more of my friends can come so 14 of us now" after 12: the new total and the 2 fit
        dropped |= {"recount"}
    if later.kids_said:
        # "2 more kids (8, 9)", "my grandkids 10 & 7 are coming too" after kids of 6 and 9: added
        if later.kids_more or added_by_other_ages(merged, later):
            merged = replace(merged, children=(merged.children or 0) + (later.children or 0),
                             toddlers=(merged.toddlers or 0) + (later.toddlers or 0))  # fmt: skip
        elif later.one_band == "children" and merged.toddlers:  # "Children (6-12) is 8 now"
            merged = replace(merged, children=later.children)  # the little ones stay
        elif later.one_band == "toddlers" and merged.children:  # "oh and a baby": 6-12 stay
            if merged.toddlers or later.adds_guests:  # "also", "plus", "too": the rules ask
                asked.append(("added", f"{later.toddlers} little ones named beside the kids "
                                       "counted: in addition, or in all?"))  # fmt: skip
            merged = replace(merged, toddlers=later.toddlers)
        else:
            told = (later.children or 0) + (later.toddlers or 0) + later.aged_adults
            kids = (merged.children or 0) + (merged.toddlers or 0)
            # "2 more people coming, my cousin's kids (9 and 4)": the ages are the joiners' (recount)
            joining = sum(d for d, band in later.changes if band is None and d > 0)
            if later.kids_by_ages and not later.adults_said and kids and told not in (kids, joining):
                # "kids r 8 and 10" for the 3 kids counted before
                asked.append(("added", f"{told} ages given for {kids} kids: which kids?"))
            if later.adds_guests and (merged.children or merged.toddlers) and not (
                kids_now_fits(state, later) or named_with_more_kids(state, later)
            ):  # "so 10 players now": the new count; "we're 15 now, my brother and his 2 kids"
                kids = (later.children or 0) + (later.toddlers or 0)
                asked.append(("added", f"{kids} kids named in a message that adds: in addition "
                                       "to the others, or in all?"))  # fmt: skip
            merged = replace(merged, children=later.children, toddlers=later.toddlers)
        joined = kids_join(state, later)
        if not later.adults_said:  # kids' ages corrected: a kid now 13+ moves to the adults
            merged = aged_moved(merged, later, joined=joined)
        dropped |= {"kids", "guests"}
        if joined:  # the people the first reading left uncounted are still uncounted
            kept = unsettled_people(merged)
        kept += () if later.adults_said else adults_unsettled(merged.checks)  # kids: no adults' count
    moved = moved_guests(merged, later.moves)  # "the 12 yr old will be 13 by then"
    if moved is not None:
        merged = moved
        dropped |= {"move"}
    counted = recount(state, merged, later)  # "3 more said yes", "5 of the 20 are kids"
    merged = counted.merged
    if "kids" in counted.settled:  # "4, 8 and 11": the kids' ages the order lacked
        dropped |= {"kids"}
    if total_settles(later, counted.settled, counted.checks):  # "final count came in at 32"
        dropped |= {"guests", LOOSE}
    if merged.adults is not None and merged.children is None:
        merged = replace(merged, children=0, toddlers=0)
    # "kids still 12": the order's kids when it has as many
    kids_told = f"kids_same_{(merged.children or 0) + (merged.toddlers or 0)}"
    if merged.children or merged.toddlers:  # "kids same", "the kids": the order's kids
        dropped |= {"kids_same", "kids_again", kids_told}
    bands = (("again_children", merged.children), ("again_toddlers", merged.toddlers))
    dropped |= {key for key, n in bands if n}  # "is the 5 yo free?": one of the order's
    # "the 4 yr old doesnt need a plate": a little one of that age the order counts
    free = {f"free_{age}" for age in merged.kid_ages} if merged.toddlers else set()
    dropped |= free
    if merged.adults:  # "these dudes can eat": the adults counted
        dropped |= {"guests_again"}
    settled = set(counted.settled) | (dropped & {"kids_same", "kids_again", "guests_again", "move",
                                                 "recount", kids_told, *(k for k, _ in bands), *free})
    joiners = joined_checks(later, counted)  # "we're 10 now, my brother and his wife r coming"
    said = tuple(c for c in later.checks if c not in joiners)
    later_checks = kids_now_checks(state, later, _drop(said, settled))  # "so 10 players now"
    # "add the sake service for the parents" after "12 parents": the group counted before
    groups = state.counted_groups
    later_checks = tuple(
        c for c in later_checks if c[0] != ADD_ON_GROUP or not counted_before(c[1], groups)
    )
    later_checks += tuple(asked) + counted.checks
    if later.retained and set(later.retained) <= {a.protein for a in merged.proteins}:
        later_checks = _drop(later_checks, {"keep"})
    later = halves_counted(merged, later)  # "half of them want filet instead": half of an even party
    later, later_checks = group_counts_read(merged, later, later_checks)  # "4 of the kids want"
    if later.partial_swaps:
        # "ny strip and shrimp for 12 adults", then "3 of us would rather have scallops": the 12 is all
        kids = (merged.children or 0) + (merged.toddlers or 0)
        proteins = for_everyone(merged.proteins, merged.adults, kids)
        proteins, applied = split_for_some(proteins, later.partial_swaps, later.whole_swaps)
        if not kids and any(s[2] == "kids" for s in later.partial_swaps):  # no kids to swap for
            later_checks += (("proteins", "a swap for the kids, but no kids counted: how many?"),)
        if applied:
            later_checks = _drop(later_checks, {"partial"})  # applied to the order it corrects
            later_checks = swap_counts_read(later_checks, later.partial_swaps)
            merged = replace(merged, proteins=proteins)
            dropped |= {"proteins"}
    if later.swaps:
        if {old for old, _ in later.swaps} <= {a.protein for a in merged.proteins}:
            later_checks = _drop(later_checks, {"swap"})  # applied to the order it corrects
        merged = replace(merged, proteins=swapped(merged.proteins, later.swaps))
        dropped |= {"proteins"}
    if "past_order" in later.topics and not later.proteins:
        # "now 14 adults, same food as last time": the food is the earlier order staff look up
        merged = replace(merged, proteins=())
        dropped |= {"proteins"}
    if len({a.protein for a in merged.proteins}) == 1 and all(map(plain, merged.proteins)):
        later_checks = _drop(later_checks, {"instead"})  # "scallops instead" of the one protein
    if merged.proteins:  # "could we make it shrimp and vegetables instead?": the order's proteins
        later_checks = _drop(later_checks, {"instead_all"})
    merged, later, later_checks = group_taken_out(merged, later, later_checks)  # "no X for the kids"
    merged, later, later_checks = group_alone_applied(merged, later, later_checks)  # "just chicken"
    one = one_for_one(merged, later)
    if one is not None:  # "scratch the chicken, scallops instead": the other proteins stay
        merged, later = replace(merged, proteins=one), replace(later, proteins=(), removed=())
        dropped |= {"proteins"}
    later_checks += lost_proteins(merged, later) + bare_removal(merged, later)
    if later.proteins or later.removed:
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
            keep = tuple(replace(a, group="adults", per_guest=False) if plain(a) else a
                         for a in merged.proteins if a.protein not in later.removed)  # fmt: skip
        elif joining and keep and any(plain(b) for b in later.proteins):
            # "oh and 3 kids, they want lobster": theirs, or a protein added for everyone?
            later_checks += (("added", f"{', '.join(b.said for b in later.proteins)} named with "
                                       "the kids who join: for them, or for everyone?"),)  # fmt: skip
        merged = replace(merged, proteins=others_keep(keep, later) + later.proteins)  # vegetarians
        dropped |= {"proteins"}
        chosen = {a.protein for a in keep if not a.extra and a.portions is None}
        # "add lobster", "add 4 lobster tails": beside two proteins for everyone, extra portions
        # or instead of some? (extras said "on top" or "extra" are not asked about)
        new_names = [b.said for b in later.proteins if not b.extra]
        # "could we do 3 proteins each? add shrimp": the count each says the new one is on top
        # (or said before: "3 proteins each?", then "add shrimp as the third")
        each = later.per_person if later.per_person is not None else merged.per_person
        on_top = each is not None and each == len(chosen) + len(new_names)
        if later.adds and new_names and len(chosen) >= 2 and not replacing and not on_top:
            later_checks += (("added", f"{', '.join(new_names)} added beside the proteins chosen: "
                                       "extra portions, or instead of one?"),)  # fmt: skip
    # "take off his filet and shrimp", "6 salmon and 2 ny strip instead of 4 and 4"
    merged, later_checks = edits_applied(state, merged, later, later_checks)
    if later.zip_code:
        merged = replace(merged, zip_code=later.zip_code)
        dropped |= {"zip", "travel"}
    else:  # "the address is 101 Parkshore Dr, Folsom" after "95630": the town its ZIP places
        later_checks = town_placed(later_checks, merged.zip_code)
    if later.per_person is not None:
        merged = replace(merged, per_person=later.per_person)
    if later.meatless:
        merged = replace(merged, meatless=later.meatless)
    add_ons = tuple(
        dict.fromkeys(a for a in merged.add_ons + later.add_ons if a not in later.removed_add_ons)
    )
    if later.declines_add_ons and add_ons:  # "no add ons" beside an add-on ordered before: which?
        later_checks += (("add_ons", "'no add ons' said, but the order has add-ons: take them out?"),)
    return replace(
        merged,
        keeps_rest=later.keeps_rest,  # "make it 14 adults, same proteins": the counts as said
        portions_off=later.portions_off,  # "take off 2 shrimp": fewer portions, as the customer said
        add_ons=add_ons,
        checks=reference_settled(relation_answered(_drop(merged.checks, dropped), later),
                                 later.proteins, adds=later.adds)  # "5 grandkids" answering ours
        + kept + later_checks + tuple(stale_counts(state, merged, later)),
        assumptions=joined_notes(later.assumptions, counted.settled)
        if "kids" in dropped or "guests" in dropped
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
