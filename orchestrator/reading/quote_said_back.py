"""A customer's message read against our latest quote: each reader that keeps the order before
the message when the message only tells the quote what it misread (a count, a kid's band, an
item, a per-person count), in one entry point for the offline responder's two readings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from orchestrator.catalog import Catalog
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.prices_offered import choice_unsaid
from orchestrator.reading.quote_adults_kept import quote_adults_lost
from orchestrator.reading.quote_booked import count_disagreed
from orchestrator.reading.quote_each_denied import each_denied
from orchestrator.reading.quote_misread import Turn, misread_quote
from orchestrator.reading.quote_misread_ages import ages_misread
from orchestrator.reading.quote_misread_items import misread_items
from orchestrator.reading.quote_named import named_unsettled


def against_quote(
    inquiry: Inquiry, read: Sequence[Inquiry], text: str, turns: Sequence[Turn], sent: str,
    catalog: Catalog, *, whole: bool = True,
) -> Inquiry:  # fmt: skip
    """`inquiry` (the conversation's order) read against our latest quote in `turns`: its "was"
    checks settled, and, when `whole` (the message `text` itself is about the quote), the order
    before it kept where the message only corrects the quote ("18, not 8", "my nephew is 6, kids
    price?", "ny strip not filet", "1 of each, not 2"). `sent`: the message as the customer sent it."""
    inquiry = misread_quote(inquiry, read, text, turns, sent, whole=whole)
    # "sounds good, lets do it" after a reply giving two prices: which one? (round q84j)
    if why := choice_unsaid([*turns, ("customer", sent)]):
        inquiry = replace(inquiry, checks=(*inquiry.checks, ("price_choice", why)))
    if why := named_unsettled(text, turns):  # "the first one" after three quotes: 16 or 14?
        inquiry = replace(inquiry, checks=(*inquiry.checks, ("message", why)))
    if why := count_disagreed([*turns, ("customer", sent)]):  # "$660 for 14 people" after 12
        inquiry = replace(inquiry, checks=(*inquiry.checks, ("message", why)))
    if why := quote_adults_lost(inquiry, turns, sent):  # our 13 adults read as 8 (182 ft033)
        inquiry = replace(inquiry, checks=(*inquiry.checks, ("guests", why)))
    if not whole:
        return inquiry
    inquiry = ages_misread(inquiry, read, text, turns, catalog)
    inquiry = misread_items(inquiry, read, text, turns, catalog)
    return each_denied(inquiry, read, text, turns, catalog)
