"""An addition with nothing before it to add to: "Adding my in-laws, so 2 more adults please" as
the first message (an email whose quoted thread, which holds the order, is not read) or "another
4 adults please" with no count anywhere in the conversation. Read alone it was an order of 2
adults at the $550 minimum, with no flag (round q77d); a careful person asks the whole count."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from orchestrator.reading.inquiry import Inquiry


def added_alone(inquiry: Inquiry, read: Sequence[Inquiry]) -> Inquiry:
    """`inquiry` (the conversation's reading) with a guests check when its last message adds
    adults ("2 more adults") and those added are all the adults counted: no earlier message and
    no other count in the message gives the party they join ("10 adults plus my brother's fam, 3
    more adults" counts 13: the 10 are there)."""
    last = read[-1]
    added = last.adults_added
    if added <= 0 or inquiry.adults != added or any(one.has_guests for one in read[:-1]):
        return inquiry
    why = f"{added} more adults with no count before them in this conversation: how many in all?"
    return dataclasses.replace(inquiry, checks=(*inquiry.checks, ("guests", why)))
