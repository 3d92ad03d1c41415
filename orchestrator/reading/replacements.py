"""The proteins of an order changed by a later message: a protein taken out and one named for
it ("scratch the chicken, scallops instead"), a swap for some of the guests, and the proteins a
change leaves unnamed, which it must never silently lose."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.cheaper_switch import cheaper_switched
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.reasons import SAID_BEYOND, numbers_of, of_kind


def one_for_one(state: Inquiry, later: Inquiry) -> tuple[ProteinAsk, ...] | None:
    """ "chicken and filet", then "scratch the chicken, scallops instead": the protein taken out
    becomes the one named for it, with its scope, and the others stay. None when the message is
    no such change of an order that has the one taken out. One named that the order has already
    ("make it lobster not chicken" after chicken and lobster) takes the other's portions, unless
    the change names the kids (then it is a swap for some, asked). "too much, switch to ny strip"
    gives up the order's one premium protein (`cheaper_switched`)."""
    if later.cheaper and later.replace_proteins and not (later.removed or later.only or later.swaps
                                                         or later.partial_swaps):  # fmt: skip
        cheaper = cheaper_switched(state.proteins, later.proteins[0], later.cheaper)
        return swapped(state.proteins, cheaper) if cheaper and plain(later.proteins[0]) else None
    if len(set(later.removed)) != 1 or len(later.proteins) != 1 or later.only:
        return None
    if not plain(new := later.proteins[0]):
        return None
    have = {a.protein for a in state.proteins}
    if later.removed[0] not in have or (new.protein in have and _for_group(later)):
        return None
    # "chicken and lobster", then "make it lobster not chicken": the chicken's portions lobster too
    return swapped(state.proteins, ((later.removed[0], new.protein),))


def _for_group(later: Inquiry) -> bool:
    """The kids named in the change ("for the kids do chicken not filet"): a swap for some."""
    return any(field == "kids_again" for field, _ in later.checks)


def lost_proteins(state: Inquiry, later: Inquiry) -> tuple[tuple[str, str], ...]:
    """ "chicken, filet and shrimp", then "no chicken, scallops and lobster instead": a message that
    takes proteins out and names others, without "just" or "only", does not say whether the ones
    it leaves unnamed stay; and one that takes out a protein the order lacks replaces nothing."""
    if given_up := premium_choice(state, later):
        return given_up
    if not (later.removed and later.proteins and later.replace_proteins) or later.only:
        return ()
    have = {a.protein for a in state.proteins}
    named = set(later.removed) | set(later.retained) | {b.protein for b in later.proteins}
    left = [a.said for a in state.proteins if a.protein not in named]
    if not set(later.removed) <= have and have:
        out = ", ".join(dict.fromkeys(key.replace("_", " ") for key in later.removed))
        return (("proteins", f"{out} taken out but not in the order: which protein changes?"),)
    if _for_group(later) and set(later.removed) <= have and named - set(later.removed) <= have:
        new = ", ".join(dict.fromkeys(b.said for b in later.proteins))
        out = ", ".join(dict.fromkeys(key.replace("_", " ") for key in later.removed))
        return (("proteins", f"{new} for {out} for some of the guests: how many of each?"),)
    if left:
        kept = ", ".join(dict.fromkeys(left))
        return (("proteins", f"{kept} not named in a change of the proteins: does it stay?"),)
    return ()


def new_event_order(later: Inquiry) -> bool:
    """ "We had you out in May ... doing it again for the 4th of July: 20 adults this time, filet
    and shrimp": a follow-up that books another event (an earlier one named) and states its count
    and two or more proteins for everyone is that event's whole order; its proteins replace the
    earlier event's, and an add-on asked for "too" adds nothing to them."""
    named = {a.protein for a in later.proteins}
    return (
        "earlier_event" in later.topics
        and later.adults_said
        and len(named) >= 2
        and all(plain(a) for a in later.proteins)
        and not (later.removed or later.swaps or later.partial_swaps or later.kids_more)
    )


def bare_removal(state: Inquiry, later: Inquiry) -> tuple[tuple[str, str], ...]:
    """ "12 adults, chicken and lobster", then "actually no lobster" (or "scratch the scallops",
    "nvm on the shrimp"): a protein taken out with nothing named for it and no word that the rest
    is the whole choice ("just the chicken then") does not say whether another replaces it; the
    guests chose two proteins, so a careful person asks rather than quote one."""
    if not later.removed or later.proteins or later.only or later.swaps or later.partial_swaps:
        return ()
    have = {a.protein for a in state.proteins}
    if not set(later.removed) <= have or not have - set(later.removed) - set(later.retained):
        return ()  # one the order lacks is asked elsewhere; "drop the shrimp, chicken is fine" says
    out = ", ".join(dict.fromkeys(key.replace("_", " ") for key in later.removed))
    return (("proteins", f"{out} taken out with nothing named for it: another instead?"),)


def plain(ask: ProteinAsk) -> bool:
    """Named without a count, scope or group: a name, not a new choice for some guests."""
    return ask.portions is None and not (ask.half or ask.rest or ask.group or ask.extra)


def for_everyone(asks: tuple[ProteinAsk, ...], adults: int | None, kids: int) -> tuple[ProteinAsk, ...]:
    """The asks counted for the whole party ("ny strip and shrimp for 12 adults" for 12 adults and
    no kids) written as a protein everyone has, so a later swap for some can split them."""
    if not adults or kids:
        return asks
    everyone = (replace(a, portions=None, group=None, count_span=None) for a in asks)
    return tuple(e if _all_of(a, adults) else a for a, e in zip(asks, everyone, strict=True))


def _all_of(ask: ProteinAsk, adults: int) -> bool:
    """Counted for all the `adults` (the party's one count), with no share, scope or extra."""
    unscoped = replace(ask, portions=None, group=None)
    return ask.portions == adults and ask.group in (None, "adults") and plain(unscoped)


def split_for_some(
    asks: tuple[ProteinAsk, ...],
    swaps: tuple[tuple[str, str, str | None, int | None], ...],
    whole: tuple[tuple[str, str], ...] = (),
) -> tuple[tuple[ProteinAsk, ...], bool]:
    """Swaps for some guests applied to a protein everyone has: for a group, each group gets its
    own; for N guests, N get the new protein and the rest keep the old (for all but N, a count
    of -N, the N keep the old and the rest get the new). Any other swap for some
    (or a protein not everyone has) is not applied: (asks, whether every swap was applied).
    A swap in `whole` ("for the adults, chicken not filet") is applied only where its group alone
    has the old protein: a share of everyone's ("not filet": which of their two?) is asked, as is
    a count of a group not read against the group's count ("4 of the kids", `group_counts`)."""
    out = list(asks)
    for n, (old, new, group, count) in enumerate(swaps):
        at = next((i for i, a in enumerate(out) if a.protein == old and plain(a)), None)
        if at is None and group is not None and (only := _group_only(out, old, group)) is not None:
            # "filet for the adults instead of the salmon" when only the adults have salmon: all of it
            out[only] = replace(out[only], protein=new)
            continue
        if at is None or (group is None) == (count is None) or (old, new) in whole:
            return asks, False
        a, sentence = out[at], 10_000 + n  # its own sentence, so "the rest" counts only these
        if group is not None:
            other = "kids" if group == "adults" else "adults"
            pair = [replace(a, group=other, per_guest=False), replace(a, protein=new, group=group,
                                                                        per_guest=False)]  # fmt: skip
        elif count is not None and count < 0:  # "for all but 3 of them, filet instead": 3 keep it
            pair = [replace(a, portions=-count, people=True, per_guest=False, sentence=sentence,
                            count_span=(a.start, a.end)),
                    replace(a, protein=new, rest=True, per_guest=False, sentence=sentence)]  # fmt: skip
        else:
            pair = [replace(a, protein=new, portions=count, people=True, per_guest=False,
                            sentence=sentence, count_span=(a.start, a.end)),
                    replace(a, rest=True, per_guest=False, sentence=sentence)]  # fmt: skip
        out[at : at + 1] = pair
    return tuple(out), True


def swapped(asks: tuple[ProteinAsk, ...], swaps: tuple[tuple[str, str], ...]) -> tuple[ProteinAsk, ...]:
    new = dict(swaps)
    return tuple(replace(a, protein=new.get(a.protein, a.protein)) for a in asks)


def _group_only(asks: list[ProteinAsk], old: str, group: str) -> int | None:
    """Where `old` is the one ask of that protein, and it is `group`'s alone, with no count, share
    or extra of its own: a swap for that group replaces all of it."""
    found = [i for i, a in enumerate(asks) if a.protein == old]
    if len(found) != 1:
        return None
    a = asks[found[0]]
    return found[0] if a.group == group and plain(replace(a, group=None)) else None


def premium_choice(state: Inquiry, later: Inquiry) -> tuple[tuple[str, str], ...]:
    """ "too much, switch to chicken" after filet and lobster: which premium protein the price
    gives up is not said (one of them, or both), and each leaves another total."""
    if not later.cheaper or not later.replace_proteins or later.removed or len(later.proteins) != 1:
        return ()
    given_up = [a.said for a in state.proteins if a.protein in later.cheaper]
    new = later.proteins[0]
    if len(set(given_up)) < 2 or new.protein in {a.protein for a in state.proteins}:
        return ()
    options = " or ".join(dict.fromkeys(given_up))
    return (("proteins", f"{new.said} for the price: in place of {options}, or both?"),)


def swap_counts_read(
    checks: tuple[tuple[str, str], ...], swaps: tuple[tuple[str, str, str | None, int | None], ...]
) -> tuple[tuple[str, str], ...]:
    """ "3 people would rather have chicken than filet" applied to the order: its '3 people' is
    the swap's count, no guests lost from the message's own (empty) count."""
    read = {(n, 0) for *_, n in swaps if n}  # '3 people' said, 0 read for them
    return tuple(
        c
        for c in checks
        if not (c[0] == "guests" and of_kind(c[1], SAID_BEYOND) and numbers_of(c[1]) in read)
    )
