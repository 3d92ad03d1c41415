"""A follow-up's new total said with the people it names joining ("we're 10 now not 8, my brother
and his wife r coming too", "my aunt and uncle are flying in so 28 adults now"): the people named
(`Inquiry.named`, one guest each, two for a pair word) are the guests the total adds when the
count before and they make it. With kids in the order, a total said as adults ("28 adults now")
counts against the adults before, a total with no guest word ("we're 14 now", "its 14 now")
against everyone before (adults and kids); a total that fits only the other count asks, as the
order has kids and the total may be either. Guests dropping out beside the people named coming
make the total with them ("3 people dropped but my sister and her husband are coming": -3 + 2)."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.all_adults_note import without_all_adults
from orchestrator.reading.inquiry import Inquiry


def _guests(inquiry: Inquiry) -> int:
    return (inquiry.adults or 0) + (inquiry.children or 0) + (inquiry.toddlers or 0)


def _kids(inquiry: Inquiry) -> int:
    return (inquiry.children or 0) + (inquiry.toddlers or 0)


def _joiners(later: Inquiry) -> int | None:
    """The guests `later` names and does not count (None: none, or not told how many)."""
    named = [n.guests for n in later.named if not n.group and n.check in later.checks]
    if not named or None in named:
        return None
    return sum(n or 0 for n in named)


def _same_kids(before: Inquiry, later: Inquiry) -> bool:
    """Whether `later`'s kids are the order's named again ("so 7 adults and the 2 kids", round
    q82m): its adults alone are the new total the people named make."""
    return later.kids_again == _kids(before) and (later.children, later.toddlers) == (
        before.children,
        before.toddlers,
    )


def joined_everyone(before: Inquiry, later: Inquiry) -> bool:
    """Whether `later`'s total with no guest word ("we're 14 now not 12, my cousin and her husband
    are coming too" after 10 adults and 2 kids) is everyone before with the people it names."""
    joiners = _joiners(later)
    if joiners is None or not later.people_total or later.kids_said or not _kids(before):
        return False
    if later.was and set(later.was) != {_guests(before)}:
        return False  # "not 10": the count it replaces is the adults, not everyone
    return before.adults is not None and later.adults == _guests(before) + joiners


def named_joiners(before: Inquiry, later: Inquiry) -> Inquiry | None:
    """The order `before` with the people `later` names added to its adults when its new total
    is they and the count before (no kids in `later`); None when the total does not say so."""
    joiners = _joiners(later)
    if joiners is None or (later.kids_said and not _same_kids(before, later)) or not before.adults:
        return None
    joined = replace(before, adults=before.adults + joiners)
    if not later.adults_said:  # "its 10 now, my brother and his wife are flying in" after 8
        return joined if later.bare_total == joined.adults and not _kids(before) else None
    if later.adults is None:
        return None
    if not _kids(before):
        return joined if not added_total(before, joined, later.adults)[1] else None
    if joined_everyone(before, later):
        return joined
    # "so 28 adults now" after 26 adults and 4 kids: said as adults, the kids stay
    said_adults = not later.people_total and later.bare_total is None
    return joined if said_adults and later.adults == joined.adults else None


def out_and_named(before: Inquiry, later: Inquiry) -> int | None:
    """The new total `later` states when guests dropping out and the people it names coming make it
    from the count before ("we're 14 now. 3 people dropped but my sister and her husband are coming
    after all" after 15: 15 - 3 + 2; round q81g); None otherwise (no kids on either side, the
    dropouts of no band, the people named of a known number)."""
    joiners = _joiners(later)
    if joiners is None or not later.changes or later.kids_said or _kids(before) or not before.adults:
        return None
    if any(band is not None or d >= 0 for d, band in later.changes) or later.adults_added:
        return None  # only guests dropping out, beside the people named coming
    said = later.adults if later.adults_said else later.bare_total
    net = sum(d for d, _ in later.changes)
    return said if said is not None and before.adults + net + joiners == said else None


def added_total(before: Inquiry, merged: Inquiry, total: int) -> tuple[Inquiry, list[str]]:
    """A new total stated beside the joiners named ("its 14 not 12, my sister n her husband r
    coming too" after 12): `merged` holds them added; the total they make stands, another asks.
    With kids in the order the total is everyone ("its 14 now, my aunt and uncle are coming too"
    after 10 adults and 2 kids); one that is the adults with the joiners may be either, and asks."""
    kids = _kids(merged)
    if total == _guests(merged) or (total == merged.adults and not kids):
        return merged, []
    if kids and total == merged.adults:
        return merged, [f"{total} now beside {kids} kids: the adults with the ones named, or "
                        "everyone?"]  # fmt: skip
    return merged, [f"{total} now, but {before.adults} and the ones named coming make "
                    f"{merged.adults}: which is it?"]  # fmt: skip


def joined_notes(notes: tuple[str, ...], settled: frozenset[str]) -> tuple[str, ...]:
    """`notes` of a follow-up, less "priced all 14 guests as adults" when its total is the
    people named joining the order (it may hold kids: "we're 14 now, my cousin and her husband")."""
    return without_all_adults(notes) if "named" in settled else notes


def joined_off(merged: Inquiry, later: Inquiry, settled: bool) -> bool:
    """Whether `later` adds grown-ups ("2 more couples joining us", `adults_added`) beside a new
    adult total they and the order's adults do not make ("so 20 adults" after 18: 18 + 4 is 22):
    the delta and the total disagree, which is asked, never priced as either (round q82e).
    `settled`: the caller read the two as one addition, or found them to fit."""
    if settled or not later.adults_added or merged.adults is None or later.adults is None:
        return False
    if later.aged_adults or later.adults <= later.adults_added:
        return False  # the adults said are the ones added ("2 more adults"), or kids' ages' teens
    return merged.adults + later.adults_added != later.adults
