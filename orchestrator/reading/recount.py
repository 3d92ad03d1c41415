"""A follow-up's count changes applied to the order they correct: guests coming or dropping out,
a bare corrected count, kids among the earlier count, kids' ages told (placed by band in
`recount_ages`), and the counts a correction says it replaces. Whatever does not fit the order (a
band not said when the order has adults and kids, counts that do not add up, a dropout larger than
the group) stays a check."""

from __future__ import annotations

from dataclasses import dataclass, replace

from orchestrator.reading.adult_tables import adults_table
from orchestrator.reading.couples_out import couples_grown, couples_joining, couples_left
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.joiners_total import added_total, named_joiners, out_and_named
from orchestrator.reading.kids_joined import unsettled_people
from orchestrator.reading.kids_now import group_left, kids_now_fits
from orchestrator.reading.kin_out import kin_counted
from orchestrator.reading.named_with_kids import named_with_kids, with_more_kids
from orchestrator.reading.part_left import part_left_order
from orchestrator.reading.recount_ages import ages_placed, all_but_told, group_by_ages, one_band
from orchestrator.reading.replaced_total import replaced_total
from orchestrator.reading.split_ages import halves_told


@dataclass(frozen=True, slots=True)
class Recount:
    """The order after the changes, the checks they raise, and which of the message's own checks
    the order settles ("change": the count changes, applied or asked about with the order's
    counts; "was": the counts replaced)."""

    merged: Inquiry
    checks: tuple[tuple[str, str], ...]
    settled: frozenset[str]


def _guests(inquiry: Inquiry) -> int:
    return (inquiry.adults or 0) + (inquiry.children or 0) + (inquiry.toddlers or 0)


def recount(before: Inquiry, merged: Inquiry, later: Inquiry) -> Recount:
    """`later`'s count changes applied to `merged` (the order with `later`'s absolute counts
    already applied); `before` is the order `later` corrects."""
    settled: set[str] = set()
    replaced = {before.adults, before.children, before.toddlers, _guests(before), before.paying}
    if (later.was and set(later.was) <= replaced) or _ages_replaced(before, later):
        settled.add("was")
    if before.adults is None:
        return Recount(merged, (), frozenset(settled))
    if (mixed := out_and_named(before, later)) is not None:  # "3 people dropped but my sister and
        return Recount(replace(merged, adults=mixed), (), frozenset(settled | {"named", "change"}))
    if joined := named_joiners(before, later):  # "we're 10 now not 8, my brother and his wife r
        settled.add("named")  # coming too": the people named are the guests the new total adds
        merged = replace(merged, adults=joined.adults)  # (with kids: "we're 14 now" is everyone)
    elif replaced_total(before, later):  # "24 adults instead of 20 - my brothers are bringing
        settled.add("named")  # their wives": the count it replaces is the order's, they the growth
    elif more := with_more_kids(before, merged, later):  # "we're 15 now, my brother and his 2
        return Recount(more, (), frozenset(settled | {"named", "change"}))  # kids (9 and 6) ..."
    elif named_with_kids(before, later):  # "we're 13 now, my brother and his 2 kids (8 and 4) are
        settled.add("named")  # coming too" after 10 adults: they and their kids, by their ages
        if not later.adults_said and later.bare_total is not None:  # "its 15 now not 12, ...": the
            kids = (later.children or 0) + (later.toddlers or 0)  # bare total is everyone
            merged = replace(merged, adults=later.bare_total - kids, children=later.children,
                             toddlers=later.toddlers)  # fmt: skip
            return Recount(merged, (), frozenset(settled | {"change"}))
    if (left := part_left_order(before, merged, later)) is not None:  # "so 10 players now" after
        # 12 players (all 13-14): the kids' count read of the players is no kids (its check and
        # note dropped with the part's, `part_left_checks`), the kids' band's players are
        moved = left.children != before.children or left.toddlers != before.toddlers
        in_band = {"kids"} if moved else set()
        return Recount(left, (), frozenset(settled | in_band | {"change"}))
    if later.kids_band is not None:
        merged, checks = one_band(before, merged, later.kids_band)
        settled |= {"ages", "kids"} if not checks else {"ages"}
        return Recount(merged, tuple(("added", c) for c in checks), frozenset(settled))
    told = later.ages_told if later.kids_but is None else all_but_told(before, later.kids_but)
    if later.kids_halves is not None:  # "half of them are 5 and the other half are 8"
        told = halves_told((before.children or 0) + (before.toddlers or 0), later.kids_halves)
    if told is not None and sum(told) in before.uncounted and not (before.children or before.toddlers):
        merged, checks = group_by_ages(merged, told), []  # "18 of them are 13, the other 12 are 12"
        settled |= {"ages", "kids"}
        return Recount(merged, (), frozenset(settled))
    if told is not None:
        one_by_one = later.told_ages if later.kids_but is None else ()
        merged, checks = ages_placed(before, merged, told, one_by_one)
        settled |= {"ages", "kids"} if not checks else {"ages"}
        return Recount(merged, tuple(("added", c) for c in checks), frozenset(settled))
    if later.among is not None and (later.changes or later.bare_total is not None):
        merged, checks = merged, ["kids among the guests and the count changed too: how many now?"]
    elif later.among is not None:
        merged, checks = _among(before, merged, later)
    elif named := _named_out(before, merged, later):  # "2 of the kids cant come. the 5 yr old and
        merged, checks = named, []  # the 8 yr old": the kids of those ages leave their bands
        settled.add("kids")
    elif later.changes == ((-1, "kids"),) and len(later.named_kids) == 1:
        checks = [f"a kid of {later.named_kids[0][0]} not coming: which kid of the order?"]
    elif left := _kids_left(before, merged, later) or group_left(before, later, merged):  # "2 of the
        merged, checks = left, []  # girls cant make it so its 6 girls now" after 8, "so 4 friends now"
        settled.add("kids")
    elif grown := couples_grown(before, merged, later):  # "one more couple wants in, so 5 couples
        # now" after 4: the "one more" is a couple (q86l); the people named beside them still asked
        settled |= {"change", "recount"}
        return Recount(grown, unsettled_people(before), frozenset(settled))
    elif left := couples_left(before, merged, later):  # "so 3 couples now" after 4 less 1
        # the couples' count says nothing of the people named beside them whom the first reading
        # left uncounted ("5 couples from bible study + me and my husband"): still asked (q86l)
        return Recount(left, unsettled_people(before), frozenset(settled | {"change"}))
    elif joining := couples_joining(before, merged, later):  # "+4, my neighbors (2 couples)"
        merged, checks = joining, []
        settled.add("named")  # the people named are the couples who join
    elif later.changes or later.bare_total is not None:
        added = (joined.adults or 0) - before.adults if joined else 0
        merged, checks = _changes(before, merged, later, added)
    else:
        return Recount(merged, (), frozenset(settled))
    settled.add("change")  # applied, or replaced by a reason that names the order's counts
    return Recount(merged, tuple(("added", c) for c in checks), frozenset(settled))


def _ages_replaced(before: Inquiry, later: Inquiry) -> bool:
    """ "the kids are 9 and 4, not 9 and 7" after "2 kids (9 and 7)": the ages replaced are the
    order's kids' ages, and as many ages are told anew (a third age is asked)."""
    was = sorted(later.was)
    return bool(was) and was == sorted(before.kid_ages) and len(later.kid_ages) == len(was)


def _among(before: Inquiry, merged: Inquiry, later: Inquiry) -> tuple[Inquiry, list[str]]:
    """ "5 of the 20 are kids, ages 8 to 11": the kids leave the adults they were counted with."""
    kids = (later.children or 0) + (later.toddlers or 0)
    if before.children or before.toddlers:
        return merged, [f"{kids} of the guests said to be kids, but the order has kids already: "
                        "in addition, or among them?"]  # fmt: skip
    if later.among and later.among != before.adults:
        return merged, [f"kids among {later.among} guests, but the order has {before.adults}: "
                        "how many in all?"]  # fmt: skip
    if kids > (before.adults or 0):
        return merged, [f"{kids} kids among {before.adults} guests"]
    adults = (before.adults or 0) - kids
    return replace(merged, adults=adults, children=later.children, toddlers=later.toddlers,
                   aged_adults=0), []  # fmt: skip


def _girls_of_adults(before: Inquiry, later: Inquiry, said: int) -> bool:
    """ "one of the girls cant make it so 11 adults now" (or "so 10 now") after 12 adults and no
    kids: the girls are the adults, as the stated adults' count agrees only when they are."""
    if before.children or before.toddlers or (not later.adults_said and later.bare_total is None):
        return False  # ("2 of the girls cant make it so 10 now": a bare total agrees the same way)
    return (before.adults or 0) + sum(d for d, _ in later.changes) == said


def _changes(
    before: Inquiry, merged: Inquiry, later: Inquiry, joiners: int = 0
) -> tuple[Inquiry, list[str]]:
    """Guests coming or dropping out, checked against a count the same message states;
    `joiners`: the people named whom the new total was found to add (`named_joiners`)."""
    kids_before = (before.children or 0) + (before.toddlers or 0)
    net = sum(d for d, band in later.changes if band not in ("kids", "toddlers"))
    if later.adults_said and later.adults_added == later.adults and later.bare_total is not None:
        return added_total(before, merged, later.bare_total)  # "its 15 not 12. my sister n her ..."
    said = later.adults if later.adults_said else later.bare_total
    fits = kids_now_fits(before, later)  # "so 10 players now" after 12 less 2
    if fits and later.adults == later.adults_added and net == 0:
        said = None  # "so 10 players now ... add 2 adults": the kids' count, the adults added
    if said is not None:  # "actually 18 adults, 3 more said yes", "make that 17"
        if (
            later.changes
            and (before.adults or 0) + net != said
            and not _girls_of_adults(before, later, said)
        ):
            return merged, [f"{said} guests, but {before.adults} and {net:+d} is "
                            f"{(before.adults or 0) + net}: which is it?"]  # fmt: skip
        if later.adults_said:
            return merged, []
        if kids_before:
            return merged, [f"{said}: adults, or all the guests?"]
        # "10 lobster tails": of what? (not when the guests told coming agree with it: "3 more
        # counselors confirmed so 22 now" after 19 is the guests)
        told = net + later.recount_adds + joiners  # ("make it 10, our intern is coming" after 9)
        if not (told and (before.adults or 0) + told == said) and any(
            a.portions is not None for a in before.proteins
        ):
            return merged, [f"{said}: the guests, or the portions counted?"]
        return replace(merged, adults=said), []
    joined = sum(d for d, band in later.changes if band is None and d > 0)
    if joined and later.kids_said:  # "2 more coming, my nephews, ages 9 and 4": the ages' bands
        return _joined_by_ages(before, merged, later, joined)
    checks: list[str] = []
    for delta, band in later.changes:
        if band is None and kids_before and not adults_table(
            before.adult_tables, later.tables_added, delta
        ):  # ("1 more table of 6" after "4 tables of 6, all adults, plus the grandkids": adults)
            checks.append(f"{abs(delta)} guests {'more' if delta > 0 else 'fewer'}: adults or kids?")
        elif band == "kids" and fits:
            continue  # "2 of the players cant make it so 10 players now": the 10 after it
        elif band in ("kids", "toddlers"):  # "minus the 2 toddlers": from their own band
            merged, why = _kids_out(merged, -delta, band == "toddlers")
            checks += why
        elif band == "kin" and not kin_counted(before.counted_groups, before.kin_said, later.kin_said):
            checks.append(f"{-delta} named dropping out: among whom?")  # after "me and 6 coworkers"
        elif (merged.adults or 0) + delta < 0 or (delta < 0 and (merged.adults or 0) + delta == 0):
            # ("my parents cant come" after 2 adults and 8 kids: no adult left, who is?)
            checks.append(f"{-delta} guests dropping out of {merged.adults}")
        else:
            merged = replace(merged, adults=(merged.adults or 0) + delta)
    return merged, checks


def _kids_left(before: Inquiry, merged: Inquiry, later: Inquiry) -> Inquiry | None:
    """Kids dropping out with the kids' new count said beside ("2 of the girls cant make it
    anymore so its 6 girls now" after 8 girls, all 10): when the order's kids, all of one band
    (children), less those dropping out are the count said, the count stands in that band (the
    kids left are some of the order's); None otherwise (the readers' changes apply, or ask)."""
    out = [d for d, band in later.changes if band == "kids"]
    if not out or len(out) != len(later.changes) or any(d >= 0 for d in out):
        return None
    if later.bare_total is not None or later.adults_said or not later.kids_said:
        return None
    if before.toddlers or not before.children or later.toddlers or not later.children:
        return None
    if before.children + sum(out) != later.children:
        return None
    return replace(merged, children=later.children, toddlers=0)


def _named_out(before: Inquiry, merged: Inquiry, later: Inquiry) -> Inquiry | None:
    """Kids dropping out named by their ages ("2 of the kids can't come, the 5 yr old and the 8
    yr old"): as many as drop out, each an age of the order's kids; None when they are not."""
    ages = list(before.kid_ages)
    kids = [d for d, band in later.changes if band == "kids"]
    # ("..., and we lost 2 adults too": grown-ups dropping out beside them, q84m)
    grown = [d for d, band in later.changes if band == "adults" and d < 0]
    if len(kids) != 1 or len(kids) + len(grown) != len(later.changes) or later.bare_total is not None:
        return None
    if not later.named_kids or len(later.named_kids) != -kids[0]:
        return None
    if len(later.named_kids) == 1 and ages.count(later.named_kids[0][0]) != 1:
        return None  # "the 8 yr old cant come" beside two kids of 8, or none: which kid? asked
    if len(later.named_kids) > 1 and before.aged_adults:
        return None  # a grown kid among the ages ("3 kids (4, 10, 13)"): who is counted where? asked
    for age, _ in later.named_kids:
        if age not in ages:
            return None
        ages.remove(age)
    out = {b: sum(1 for _, band in later.named_kids if band == b) for b in ("children", "toddlers")}
    children = (merged.children or 0) - out["children"]
    toddlers = (merged.toddlers or 0) - out["toddlers"]
    if children < 0 or toddlers < 0 or out["children"] + out["toddlers"] != len(later.named_kids):
        return None
    adults = (merged.adults or 0) + sum(grown)
    if adults <= 0:
        return None
    return replace(merged, adults=adults, children=children, toddlers=toddlers, kid_ages=tuple(ages))


def _joined_by_ages(
    before: Inquiry, merged: Inquiry, later: Inquiry, joined: int
) -> tuple[Inquiry, list[str]]:
    """Guests who join with their ages told ("2 more coming, ages 9 and 4"): each takes the band of
    an age, added to the order before; ages that do not match the guests who join are asked."""
    children, toddlers, grown = later.children or 0, later.toddlers or 0, later.aged_adults
    if len(later.changes) != 1 or children + toddlers + grown != joined:
        return merged, [f"{joined} guests more, and ages told for {children + toddlers + grown}: "
                        "who is who?"]  # fmt: skip
    return replace(merged, adults=(before.adults or 0) + grown,
                   children=(before.children or 0) + children,
                   toddlers=(before.toddlers or 0) + toddlers,
                   aged_adults=before.aged_adults + grown), []  # fmt: skip


def _kids_out(merged: Inquiry, out: int, little: bool = False) -> tuple[Inquiry, list[str]]:
    """Kids dropping out ("one of the kids can't come"): from their band when every kid of the
    order is in one band; little ones said so ("take off the 2 toddlers") from theirs."""
    children, toddlers = merged.children or 0, merged.toddlers or 0
    if out <= 0:
        return merged, [f"{-out} more kids: how old?"]
    if little:
        return (replace(merged, toddlers=toddlers - out), []) if toddlers >= out else (
            merged, [f"{out} little ones dropping out, but the order has {toddlers}"])
    if children and toddlers and not little:
        return merged, [f"{out} of the kids dropping out: 6-12 or 5 and under?"]
    if children >= out:
        return replace(merged, children=children - out), []
    if toddlers >= out:
        return replace(merged, toddlers=toddlers - out), []
    return merged, [f"{out} kids dropping out, but the order has {children + toddlers}"]
