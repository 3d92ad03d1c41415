"""A count in a burst (customer messages sent one after another before the business answers) after
a count of the same guests in an earlier message of the burst: "2 adults", then "5 kids (all 5)
and 4 adults", then "chicken and shrimp", "95661". The later message restates the party or adds
to it, and nothing in its words settles which: a careful person asks (in addition, or in all?)
rather than quote the later count alone. Words settle it: a correction ("*22 adults", "wait 18
not 15", "sorry", "actually", "make that", "now", "total", "so 20") is the new count, as a later
message after a reply is; an addition ("plus", "also", "too", "more", "and then") is read by
`conversation` as it always is. A count of the other band ("10 adults", then "3 kids (7, 9, 11)"),
kids' ages alone ("kids are 5, 8 and 10") and a share of the guests ("4 of them want filet") add
nothing to ask about."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from orchestrator.reading.burst_sums import family_total_checks, list_sum_checks
from orchestrator.reading.inquiry import Inquiry

Turn = tuple[str, str]

# words that settle a later count as the new one or as more guests (either way the reading is
# the one `conversation` already gives a later message)
_SETTLED = re.compile(
    r"\*|=|\?|\b(?:sorry|oops|wait|actually|meant|make\s+(?:that|it)|correction|typo|scratch|instead|"
    r"not|total|in\s+all|altogether|all\s+together|all\s+in|now|so|update[ds]?|change[ds]?|"
    r"including|incl|my\s+bad|whoops|i\s+mean|(?:what|how)\s+(?:about|if)|"
    r"plus|also|too|more|another|then|as\s+well|on\s+top|extra|additional|"
    r"of\s+(?:them|us|those|the|these))\b|^\s*(?:\+|&|and\b)",
    re.IGNORECASE,
)


def burst_followers(turns: Sequence[Turn]) -> frozenset[int]:
    """Indexes, among the customer messages of `turns` ((role, text), oldest first), of those sent
    right after another customer message (no business reply between)."""
    out: set[int] = set()
    index, previous = -1, ""
    for role, _ in turns:
        if role == "customer":
            index += 1
            if previous == "customer":
                out.add(index)
        previous = role
    return frozenset(out)


def _adults(one: Inquiry) -> bool:
    return one.adults_said and bool(one.adults) and not one.adults_weak


def _kids(one: Inquiry) -> bool:
    return one.kids_said and bool((one.children or 0) + (one.toddlers or 0))


def _counts_again(before: Inquiry, earlier: Sequence[Inquiry], later: Inquiry) -> bool:
    """`later` counts a band of guests the order `before` (of the messages `earlier`) counted
    already, by a count of its own."""
    if later.adds_guests or later.kids_more or later.adults_added or later.new_count:
        return False  # "also 4 adults", "2 more kids", "we're down to 18": the rules read these
    if later.recount_adds or later.changes or later.partial_swaps or later.people_total:
        return False
    adults = _adults(later) and bool(before.adults) and any(map(_adults, earlier))
    kids = _kids(later) and _kids(replace(before, kids_said=any(map(_kids, earlier))))
    return adults or (kids and not later.kids_by_ages)


def _guests(one: Inquiry) -> str:
    kids = (one.children or 0) + (one.toddlers or 0)
    parts = [f"{one.adults} adults"] if one.adults else []
    return " and ".join([*parts, f"{kids} kids"] if kids else parts)


def burst_asked(
    merged: Inquiry,
    read: Sequence[Inquiry],
    said: Sequence[str],
    followers: frozenset[int],
    merge: Callable[[Inquiry, Sequence[Inquiry]], Inquiry],
) -> Inquiry:
    """`merged` (the order of the messages `said`, read one by one as `read`) with a check for
    each message of a burst that counts again guests an earlier one counted, its words settling
    nothing (see the module's docstring). `merge` is `conversation.merge_history`."""
    asked = list_sum_checks(read, said, followers, merge)  # "me, my husband, ...", then "so 8 adults"
    asked += family_total_checks(read, said, followers)  # "my family and his family", "so 14 people"
    for i in sorted(followers):
        later = read[i]
        if i < 1 or i >= len(read) or _SETTLED.search(said[i]):
            continue
        before = merge(read[i - 1], read[: i - 1])
        if before.has_guests and _counts_again(before, read[:i], later):
            asked.append(("added", f"{_guests(before)}, then {_guests(later)} in the next message "
                                   "before a reply: in addition, or in all?"))  # fmt: skip
    return replace(merged, checks=merged.checks + tuple(asked)) if asked else merged
