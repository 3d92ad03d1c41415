"""A booking of the quote that gives the party's address in another ZIP than the quote's (round
q80g): "looks right, book it! address is 2210 Sunrise Ave, Roseville 95661" after a quote for
95678. The customer confirms a quote priced for one place and names another; which one the party
is at (and its travel fee) is the customer's to say, so it is asked, not re-quoted."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.inquiry import Inquiry


def booked_elsewhere(before: Inquiry, current: Inquiry, merged: Inquiry) -> Inquiry:
    """`merged` (the order with `current` applied to `before`) with a check when `current` books
    the quote of `before` and names another ZIP than its own."""
    quoted, told = before.zip_code, current.zip_code
    if "booking" not in current.topics or not quoted or not told or quoted == told:
        return merged
    why = f"the address's ZIP {told} differs from the quoted {quoted}: which is the party's?"
    return replace(merged, checks=(*merged.checks, ("zip_choice", why)))
