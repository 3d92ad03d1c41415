"""The guest counts of a later message applied to the order before it (`conversation.apply_later`):
adults said again or added ("actually 18 adults", "add 2 adults", "we're 14 now"), kids said again
or added ("oh and 4 kids", "2 more kids (8, 9)", "kids r 8 and 10"), guests moved or recounted ("3
more said yes", "5 of the 20 are kids"), and which of the order's checks the counts settle. A count
whose words leave open whether it adds or replaces is asked."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.add_on_group import ADD_ON_GROUP, counted_before
from orchestrator.reading.adults import adults_unsettled
from orchestrator.reading.count_instead import DROPPED_TO
from orchestrator.reading.everyone_again import everyone_again
from orchestrator.reading.group_answered import group_answered, groups_left
from orchestrator.reading.group_answered_total import group_total_placed
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.joiners_total import joined_everyone, joined_off
from orchestrator.reading.kids_by_other_ages import added_by_other_ages
from orchestrator.reading.kids_joined import aged_moved, kids_join, unsettled_people
from orchestrator.reading.kids_now import kids_now_checks, kids_now_fits
from orchestrator.reading.later_merge import Merge, drop
from orchestrator.reading.loose_counts import LOOSE, count_settles, total_settles
from orchestrator.reading.named_with_kids import joined_checks, named_with_more_kids
from orchestrator.reading.part_left import part_left_checks, part_left_noted
from orchestrator.reading.recount import Recount, recount
from orchestrator.reading.relative_kid import moved_guests
from orchestrator.reading.split_pairs import split_told

# partners the guests named again may bring: the group is no subgroup of the count alone
_PARTNERS = frozenset({"date", "gf", "bf", "girlfriend", "boyfriend", "wife", "husband", "partner"})


def adults_read(m: Merge) -> None:
    """The adults the later message counts: the order's adults replaced by them, or added to
    ("add 2 adults"), and asked where the words leave which open."""
    later, merged = m.later, m.merged
    subgroup = later.adults_weak and bool(merged.adults)  # "each for the 4 guys": some of them
    if subgroup and later.kin_said & _PARTNERS:  # "the 3 single guys are bringing dates now"
        m.asked.append(("added", f"the {later.adults} named with partners: how many in all now?"))
    if not (later.adults_said or (later.has_guests and not later.kids_said)) or subgroup:
        return
    # "14 parents" answering how many of the "+ parents" said before: added to the adults
    answered = 0 if _added(later, merged) else group_answered(m.state, later)
    # "10 parents" after "plus parents and siblings": the siblings are still unknown
    m.asked += groups_left(m.state, later) if answered else []
    added, fits = _added(later, merged) or answered, _fits(later, merged)
    _adults_asked(m, added, fits)
    if fits:
        m.dropped |= {"recount"}
    if not added and later.adults is not None and later.adults < (merged.adults or 0):
        m.dropped |= {DROPPED_TO}  # "drop it to 10 adults" after 12: lower, as it says (q85m)
    m.merged = replace(merged, adults=(merged.adults or 0) + added if added else later.adults,
                       proteins=everyone_again(merged) if added else merged.proteins)  # fmt: skip
    m.dropped |= {"guests", LOOSE} if count_settles(later, added) else {"guests"}
    # "add 2 adults": a person the first reading left uncounted ("the coach") still (a group
    # answered, "14 parents", is counted)
    if added and not answered:
        m.kept = unsettled_people(m.merged, groups=False)  # (no group: "for my parents" honorees)


def _added(later: Inquiry, merged: Inquiry) -> int:
    """The adults the later message adds to the order's ("2 more adults"), 0 when its count is
    the new one."""
    added = later.adults_added if later.adults == later.adults_added else 0
    if later.adults_added and later.aged_adults and not merged.aged_adults and (
        later.adults == later.adults_added + later.aged_adults
    ):  # "7 kids: 2, ..., 15. plus 5 employees are bringing a spouse": the kid of 15 and the
        added = later.adults  # 5 spouses, both more than the adults counted before
    return added


def _fits(later: Inquiry, merged: Inquiry) -> bool:
    """ "make that 17 adults, ... so add 2 more" after 15: the new count, the people it names and
    the 2 they add fit the order's count."""
    return bool(later.recount_adds) and merged.adults is not None and (
        merged.adults + later.recount_adds == later.adults
        # "make that fourteen sorry my brother and his wife are coming so add 2 more" after 12:
        # the only adults said are the 2 added, the new total bare, and they fit
        or (later.adults == later.adults_added == later.recount_adds
            and merged.adults + later.recount_adds == later.bare_total)
    )  # fmt: skip


def _adults_asked(m: Merge, added: int, fits: bool) -> None:
    """The questions an adults' count raises against the order's: the count and the ones it
    adds disagree, a count said in a message that adds, guests now with kids counted, a count
    beside a swap."""
    state, later, merged = m.state, m.later, m.merged
    if joined_off(merged, later, bool(added) or fits):  # "2 more couples ... so 20 adults" after 18
        m.asked.append(("added", f"{later.adults} adults, but {merged.adults} and "
                                 f"{later.adults_added} more is "
                                 f"{(merged.adults or 0) + later.adults_added}: which is it?"))
    if later.adds_guests and not added and merged.adults and not fits and not later.new_count:
        m.asked.append(("added", f"{later.adults} adults named in a message that adds: in "
                                 f"addition to the {merged.adults}, or in all?"))  # fmt: skip
    if later.people_total and not later.kids_said and (merged.children or merged.toddlers) and (
        not joined_everyone(state, later)  # "we're 14 now not 12, my cousin and her husband"
    ):
        m.asked.append(("added", f"{later.adults} guests now: adults, or all of them with the "
                                 "kids?"))  # fmt: skip  # "we're now 16 people"
    swapping = bool(later.swaps or later.partial_swaps)
    # "the Hendersons (2) cancelled, so 20 adults" after 22: those out make the count said
    out = [d for d, band in later.changes if band not in ("kids", "toddlers")]
    made = len(out) == len(later.changes) > 0 and (merged.adults or 0) + sum(out) == later.adults
    if swapping and not (added or later.adds_guests or later.new_count or fits or made) and (
        (later.adults or 0) < (merged.adults or 0)
    ):
        # "for 3 of us, scallops instead of shrimp" after 11 adults: the 3 who swap, or 3 now?
        # ("add 2 adults ... swap the strip for filet" adds; it is read as it says)
        m.asked.append(("added", f"{later.adults} beside a swap after {merged.adults} adults: "
                                 "the guests who swap, or the new count?"))  # fmt: skip


def recount_fits(m: Merge) -> None:
    """ "2 more of my friends can come so 14 of us now" after 12: the new total and the 2 fit, so
    the question of what the 2 are more than is settled."""
    later, merged = m.later, m.merged
    if later.recount_adds and not later.adults_said and later.bare_total is not None and (
        merged.adults is not None and merged.adults + later.recount_adds == later.bare_total
    ):
        m.dropped |= {"recount"}


def kids_read(m: Merge) -> None:
    """The kids the later message counts: added to the order's, one band of them replaced, or
    all of them replaced; a kid whose corrected age is 13 or over moves to the adults."""
    state, later = m.state, m.later
    if not later.kids_said:
        return
    # "2 more kids (8, 9)" after "our 3 kids (13, 9, 4)": more kids, no age corrected, so the kid
    # of 13 stays among the adults (round q85b: taken back, the order lost an adult unasked)
    more = later.kids_more or added_by_other_ages(m.merged, later)
    _kids_counted(m)
    joined = kids_join(state, later)
    if not later.adults_said:  # kids' ages corrected: a kid now 13+ moves to the adults
        m.merged = aged_moved(m.merged, later, joined=joined or more)
    m.dropped |= {"kids", "guests"}
    if joined:  # the people the first reading left uncounted are still uncounted
        m.kept = unsettled_people(m.merged)
    m.kept += () if later.adults_said else adults_unsettled(m.merged.checks)  # kids: no adults' count


def _kids_counted(m: Merge) -> None:
    """The order's kids with the later message's: added ("2 more kids (8, 9)"), one band
    replaced ("Children (6-12) is 8 now", "oh and a baby"), or all replaced."""
    later, merged = m.later, m.merged
    # "2 more kids (8, 9)", "my grandkids 10 & 7 are coming too" after kids of 6 and 9: added
    if later.kids_more or added_by_other_ages(merged, later):
        m.merged = replace(merged, children=(merged.children or 0) + (later.children or 0),
                           toddlers=(merged.toddlers or 0) + (later.toddlers or 0))  # fmt: skip
    elif later.one_band == "children" and merged.toddlers:  # "Children (6-12) is 8 now"
        m.merged = replace(merged, children=later.children)  # the little ones stay
    elif later.one_band == "toddlers" and merged.children:  # "oh and a baby": 6-12 stay
        if merged.toddlers or later.adds_guests:  # "also", "plus", "too": the rules ask
            m.asked.append(("added", f"{later.toddlers} little ones named beside the kids "
                                     "counted: in addition, or in all?"))  # fmt: skip
        m.merged = replace(merged, toddlers=later.toddlers)
    else:
        _kids_replaced(m)


def _kids_replaced(m: Merge) -> None:
    """The order's kids replaced by the later message's, asked when ages are told for other kids
    than those counted, or the kids are named in a message that adds."""
    state, later, merged = m.state, m.later, m.merged
    told = (later.children or 0) + (later.toddlers or 0) + later.aged_adults
    kids = (merged.children or 0) + (merged.toddlers or 0)
    # "2 more people coming, my cousin's kids (9 and 4)": the ages are the joiners' (recount)
    joining = sum(d for d, band in later.changes if band is None and d > 0)
    # some ages corrected ("7 and 5, not 6 and 4") written as the whole list (`ages_fixed`): its
    # kid of 13 or more, an adult of the order, is one of the ages told (round q85i)
    whole = bool(later.was) and sorted(later.was) == sorted(state.kid_ages)
    grown = kids + state.aged_adults if whole else kids
    if later.kids_by_ages and not later.adults_said and kids and told not in (kids, joining, grown):
        # "kids r 8 and 10" for the 3 kids counted before
        m.asked.append(("added", f"{told} ages given for {kids} kids: which kids?"))
    # "My brother's two girls (6 and 9) can join us as well": joiners, never in place of the kids
    # (someone else's kids, "my brother's two girls (6 and 9).", are no correction of the order's)
    joins = later.adds_guests or later.kids_join or later.others_only
    if joins and (merged.children or merged.toddlers) and not (
        kids_now_fits(state, later) or named_with_more_kids(state, later)
    ):  # "so 10 players now": the new count; "we're 15 now, my brother and his 2 kids"
        kids = (later.children or 0) + (later.toddlers or 0)
        m.asked.append(("added", f"{kids} kids named in a message that adds: in addition "
                                 "to the others, or in all?"))  # fmt: skip
    m.merged = replace(merged, children=later.children, toddlers=later.toddlers)


def recounted(m: Merge) -> Recount:
    """The guests moved ("the 12 yr old will be 13 by then") and the count changes ("3 more said
    yes", "5 of the 20 are kids") applied to the order; what the recount settles dropped."""
    moved = moved_guests(m.merged, m.later.moves)
    if moved is not None:
        m.merged = moved
        m.dropped |= {"move"}
    counted = recount(m.state, m.merged, m.later)
    m.later = part_left_noted(m.state, m.later)  # "so 10 players now": players of 13-14, no kids
    m.merged = counted.merged
    if "kids" in counted.settled:  # "4, 8 and 11": the kids' ages the order lacked
        m.dropped |= {"kids"}
    if total_settles(m.later, counted.settled, counted.checks):  # "final count came in at 32"
        m.dropped |= {"guests", LOOSE}
    if m.merged.adults is not None and m.merged.children is None:
        m.merged = replace(m.merged, children=0, toddlers=0)
    return counted


def checks_settled(m: Merge, counted: Recount) -> None:
    """The later message's own checks the order answers left out ("kids same" when it has kids,
    "3 more than what count?" when the counts fit), the questions its counts raised added."""
    state, later, merged = m.state, m.later, m.merged
    settled = _settled(m, counted)
    joiners = joined_checks(later, counted)  # "we're 10 now, my brother and his wife r coming"
    said = tuple(c for c in later.checks if c not in joiners)
    checks = kids_now_checks(state, later, drop(said, settled))  # "so 10 players now"
    checks = part_left_checks(state, later, checks)  # "one of the girls is out ... so 9 players now"
    # "add the sake service for the parents" after "12 parents": the group counted before
    groups = state.counted_groups
    checks = tuple(c for c in checks if c[0] != ADD_ON_GROUP or not counted_before(c[1], groups))
    checks += tuple(m.asked) + counted.checks
    if later.retained and set(later.retained) <= {a.protein for a in merged.proteins}:
        checks = drop(checks, {"keep"})
    m.checks = checks
    group_total_placed(m)  # "5 of the husbands, so 17 adults total" after "12 of us ... husbands"


def _settled(m: Merge, counted: Recount) -> set[str]:
    """The fields of the later message's checks the order answers: the kids or adults it names
    again ("kids same", "is the 5 yo free?", "these dudes can eat"), and those its recount
    settles; the order's own checks of them are dropped too."""
    merged = m.merged
    # "kids still 12": the order's kids when it has as many
    kids_told = f"kids_same_{(merged.children or 0) + (merged.toddlers or 0)}"
    if merged.children or merged.toddlers:  # "kids same", "the kids": the order's kids
        m.dropped |= {"kids_same", "kids_again", kids_told}
    bands = (("again_children", merged.children), ("again_toddlers", merged.toddlers))
    m.dropped |= {key for key, n in bands if n}  # "is the 5 yo free?": one of the order's
    # "the 4 yr old doesnt need a plate": a little one of that age the order counts
    free = {f"free_{age}" for age in merged.kid_ages} if merged.toddlers else set()
    m.dropped |= free
    # "tofu and vegetables for those 2, chicken and shrimp for the other 16": the order's 18
    split = split_told((merged.adults or 0) + (merged.children or 0))
    m.dropped |= {split}
    if merged.adults:  # "these dudes can eat": the adults counted
        m.dropped |= {"guests_again"}
    return set(counted.settled) | (m.dropped & {"kids_same", "kids_again", "guests_again", "move",
                                                "recount", kids_told, *(k for k, _ in bands), *free,
                                                DROPPED_TO, split})  # fmt: skip
