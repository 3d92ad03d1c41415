"""One kid of the quoted order the customer says was priced in the wrong band (round q80g): "you
counted my 4 year old, she's free!" after a quote for 8 adults and 3 kids (9, 6 and 4). It corrects
one field of the quote, so the rest of the order stands: the kid is in the band of their age, the
other kids and the adults as they were. A kid of an age the order does not have is asked about."""

from __future__ import annotations

import re
from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry

_AGE = r"(\d{1,2})\s*(?:-\s*)?(?:years?|yrs?|yo|y/o|y\.o\.)(?:\s*-?\s*old)?"
# "you counted my 4 year old", "u charged for my 4 yo", "my 4 year old is free", "my 4 yo should
# be free"
_COUNTED = re.compile(
    rf"\b(?:you|u|y'all)\s+(?:counted|charged(?:\s+for)?|included|priced|added)\s+my\s+{_AGE}"
    rf"|\bmy\s+{_AGE}\s+(?:is|should be|'s|was supposed to be)\s+(?:free|no charge)\b"
)


def counted_kid(text: str) -> int | None:
    """The age of the one kid normalized `text` says the quote priced wrongly, or None."""
    m = _COUNTED.search(text)
    return int(m.group(1) or m.group(2)) if m else None


def kid_recounted(state: Inquiry, later: Inquiry) -> Inquiry:
    """`later` ("you counted my 4 year old") as the order's kids with that one in its band."""
    age = later.counted_kid
    if age is None or later.adults_said or not (state.children or state.toddlers):
        return later
    if (later.children or 0) + (later.toddlers or 0) != 1 or later.kids_more:
        return later
    if age in state.kid_ages:  # the order's kids were read by their ages: they stand
        children, toddlers = state.children, state.toddlers
    elif later.toddlers and state.children and not state.kid_ages:  # one of the kids moves down
        children, toddlers = state.children - 1, (state.toddlers or 0) + 1
    else:
        why = f"a kid of {age} named: which kid of the order is it?"
        return replace(later, checks=(*later.checks, ("kids", why)))
    return replace(later, children=children, toddlers=toddlers, kid_ages=())
