"""The guest total said against the counts by band ("20 people, 5 of them kids", "family of 6",
"15 adults ... 17 in all"): the adults a total leaves once the kids are counted, and the checks a
careful reader raises when the two disagree or when a total may hold kids no word counted."""

from __future__ import annotations

import re

from orchestrator.reading.added_total import joined_totals
from orchestrator.reading.all_adults_note import all_adults
from orchestrator.reading.guest_record import Guests
from orchestrator.reading.words import PEOPLE_WORDS

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


# kids counted right after a guest total, joined by a word ("20 people plus 5 kids (7-10)"): "plus"
# and "+" put them on top of the total, as "10 of us big people + 2 kids" does; "and", "&", "with"
# may name the kids among the total or beside it, which a careful reader asks (round q83e)
_KIDS_JOINED = re.compile(
    # the guest word after a total said without it ("we are 20 people plus 5 kids"), or its size
    # word ("20 people total plus 5 kids": the kids are then asked whatever joins them)
    rf"(?:\s+(?:{'|'.join(PEOPLE_WORDS)}))?(\s+(?:total|in all|altogether))?"
    # a stop or a bracket may open the joining word ("20 people. plus 5 kids", "20 people (plus 5
    # kids 7-10)"); a few spaces at most after it: a longer run is a phrase the normalizing blanked
    # ("24 guests and half of them are kids" is read "24 guests and      12 kids": among them)
    r"\s*[,.(]?\s*(plus|\+|and|&|with|w/)\s{0,2}(?:(?:my|our|the|their)\s+)?(\d{1,3})\s+(?:more\s+)?"
    r"(?:kids?|kiddos?|children|child|little ones|toddlers?|bab(?:y|ies)|infants?)\b"
)
_SIZE_WORD = re.compile(r"\b(?:total|in all|altogether)\Z")
# kids joined to a guest total with no count of their own ("20 guests plus kids (7, 9)", "12 ppl +
# a 7 year old and twin 10 yr olds"): among the total or on top, the joined form cannot say which
# when their number is read from ages or items (round q83n)
_KIDS_LOOSE = re.compile(
    rf"(?:\s+(?:{'|'.join(PEOPLE_WORDS)}))?(?:\s+(?:total|in all|altogether))?"
    r"\s*[,.(]?\s*(?:plus|\+|and|&|with|w/)\s{0,2}(?:(?:my|our|the|their|a|an|two|three|twin)\s+)?"
    r"(?:kids?|kiddos?|children|little ones|toddlers?|bab(?:y|ies)|twins|triplets|\d{1,2}\s*-?\s*"
    r"(?:yrs?|years?)(?:\s*-?\s*olds?)?)\b"
)


def _kids_joined(text: str, spans: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The word joining kids counted right after a guest total in `text` (its `spans`) and
    their count, if any."""
    for s, e in spans:
        if joined := _KIDS_JOINED.match(text, e):
            sized = joined.group(1) or _SIZE_WORD.search(text, s, e)  # "20 total plus 5 kids"
            return ("sized" if sized else joined.group(2)), joined.group(3)
    return None


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
        kids_after = _kids_joined(text, total_spans) if kids else None
        if kids_after and kids_after[0] in ("plus", "+"):
            if len(total_spans) > 1:  # "20 people plus 5 kids (7-10) so 20 total"
                g.checks.append(("guests", f"{kids_after[1]} kids said after {total} guests, and "
                                           f"{total} in all: among them, or more?"))  # fmt: skip
            return total + counts["adults"]
        if kids and not kids_after and any(_KIDS_LOOSE.match(text, e) for _, e in total_spans):
            g.checks.append(("guests", f"kids said after {total} guests: among the {total}, or "
                                       "more?"))  # fmt: skip
        if kids_after:
            g.checks.append(("guests", f"{kids_after[1]} kids said after {total} guests: among the "
                                       f"{total}, or more?"))  # fmt: skip
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
