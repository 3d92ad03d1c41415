"""The order to price from what the reading understood, with every doubt as a reason for the
reviewer and the catalog's well-defined assumptions kept apart (the reply states those)."""

from __future__ import annotations

from orchestrator.catalog import Catalog
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.order import Order, resolve_proteins
from orchestrator.reading.reasons import AMBIGUOUS_WORD, of_kind
from orchestrator.reading.restated_each import each_overflow, restated_once
from orchestrator.reading.short_tally import short_tally


def to_order(inquiry: Inquiry, catalog: Catalog) -> Order:
    """The order to price, with every check as a reason for the reviewer."""
    adults, children = inquiry.adults or 0, inquiry.children or 0
    proteins = restated_once(inquiry.proteins)  # "2 lobster each ... yes 2 lobster each": once
    lines, protein_checks = resolve_proteins(
        proteins, adults=adults, children=children, per_person=inquiry.per_person,
        picked=inquiry.picked_from,
        catalog=catalog, meatless=inquiry.meatless,
    )  # fmt: skip
    reasons = [reason for _, reason in inquiry.checks] + protein_checks
    # "2 lobster each, 4 kids 2 chicken each": four portions each read, or each for a group?
    bands = (adults > 0) + (children > 0)
    reasons += each_overflow(proteins, catalog.guests.included_portions, bands=bands)
    # "same proteins", "take off 2 shrimp" after a tally: the counts as the customer left them
    if inquiry.per_person is None and not (inquiry.keeps_rest or inquiry.portions_off):
        reasons += short_tally(proteins, adults + children, catalog.guests.included_portions)
    if adults == 0 and children + (inquiry.toddlers or 0) > 0:
        # kids with no adult: an adult count the words gave and the reading missed ("we have ate
        # adults", "the adults and 4 kids"), or a party of children alone; either way, asked
        reasons.append("no adult counted, only children: how many adults?")
    paying, portions = adults + children, sum(line.portions for line in lines)
    if lines and portions < paying:  # a count changed and the proteins kept the old one's portions
        reasons.append(f"{portions} protein portions for {paying} paying guests: what do the rest eat?")
    # The well-defined assumption the reply states: an ambiguous word priced as the catalog's
    # assumption. Any other check leaves the total unsure, a city named without its ZIP too: the
    # customer thinks the place is given, and a total "before travel" reads as the price.
    assumed = [r for r in protein_checks if of_kind(r, AMBIGUOUS_WORD)]
    return Order(
        adults=adults,
        children=children,
        toddlers=inquiry.toddlers or 0,
        proteins=tuple(lines),
        add_ons=inquiry.add_ons,
        zip_code=inquiry.zip_code,
        checks=tuple(dict.fromkeys(reasons)),
        assumptions=tuple(assumed),
    )
