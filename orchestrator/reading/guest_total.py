"""The guest total said against the counts by band ("20 people, 5 of them kids", "family of 6",
"15 adults ... 17 in all"): the adults a total leaves once the kids are counted, and the checks a
careful reader raises when the two disagree or when a total may hold kids no word counted."""

from __future__ import annotations

import re

from orchestrator.reading.added_total import joined_totals
from orchestrator.reading.all_adults_note import all_adults
from orchestrator.reading.guest_record import Guests

# A total said of a family or a household ("family of 6", "household of 5"): its members may
# be kids, so pricing them all as adults is an assumption the reviewer must check.
_MAY_HOLD_KIDS = re.compile(r"\b(?:famil(?:y|ies)|households?)\b")
# A count said as one item of a list of groups ("grandparents (2), 4 people, and the grandkids: 9,
# 7, 4 and 1"): a group of its own between the others, not their sum; that it equals the paying
# guests (the toddlers left out) is a coincidence, never the sum confirmed (round q82u)
_ITEM_BEFORE = re.compile(r"(?:,|\band|&|\+)\s*\Z")
_ITEM_AFTER = re.compile(r"\s*(?:,|\band\b|&|\+)")


def _list_item(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a span of the total in `text` sits between two items of a list."""
    return any(
        _ITEM_BEFORE.search(text, 0, s) and _ITEM_AFTER.match(text, e) for s, e in spans
    )


def total_checked(
    text: str,
    g: Guests,
    *,
    total: int,
    adults: int | None,
    kids: int,
    kids_said: bool,
    counts: dict[str, int],
    total_spans: list[tuple[int, int]],
    on_top: bool,
) -> int | None:
    """The adults once the `total` said is set against `adults` and `kids` of normalized `text`;
    the checks and the note of the assumption made go to `g`. `on_top`: the total was
    summed from groups said apart ("10 members and 10 guests"), no second count beside it."""
    if adults is None:
        if counts["_unknown_kids"] or re.search(
            r"\b(?:including|incl|with)\s+(?:the\s+)?kids\b", text
        ):
            g.checks.append(("guests", f"how many of the {total} guests are kids?"))
        if total < kids:
            g.checks.append(("guests", f"{kids} kids but {total} guests in all"))
        adults = max(total - kids, 0) + counts["adults"]
        if not kids_said:  # of every guest priced: "18 of us, and 5 bring a spouse" is 23
            g.notes.append(all_adults(adults))
            # the assumption is the rule's for guest words; "family of 6" may hold kids
            if any(_MAY_HOLD_KIDS.search(text, s, e) for s, e in total_spans):
                g.checks.append(("guests", f"a family may include kids: how many of the "
                                           f"{total} are kids?"))  # fmt: skip
    elif total == adults and not on_top and (joined := joined_totals(text, total_spans)):
        g.checks.append(("guests", f"'{joined[0]}' beside {adults} adults: more guests, or the "
                                   "same ones?"))  # fmt: skip
    elif total not in (adults + kids, adults + counts["children"], adults) or (
        total != adults + kids and kids > counts["children"] and _list_item(text, total_spans)
    ):
        g.checks.append(("guests", f"the counts do not add up: {adults} adults and {kids} kids, "
                                   f"but {total} guests in all"))  # fmt: skip
    return adults
