"""The lowest price asked with no protein chosen ("whats the cheapest way to feed 25 ppl??",
"what's the least we can spend for 30 adults?", "most budget-friendly way to host 12 adults"):
any two of the included proteins give that price, but which two is the customer's choice, so the
order is asked (round q79g). Read as a count alone, the party was quoted with no protein and the
choice left out. With proteins named ("cheapest option, chicken and veggies is fine") the order
is read as it says."""

from __future__ import annotations

import dataclasses
import re

from orchestrator.catalog import Catalog
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.reasons import worded

CHEAPEST = "the lowest price asked with no protein chosen"

_LOWEST = re.compile(
    r"\b(?:cheapest|least expensive|lowest(?:\s+(?:price|cost|priced))?|cheapest ones?|"
    r"most (?:budget[- ]?friendly|affordable|economical|inexpensive)|least (?:we|i|you|u) "
    r"(?:can|could|would|will) (?:spend|pay|do)|budget[- ]?friendly|bare minimum)\b"
)


def lowest_unchosen(inquiry: Inquiry, text: str, catalog: Catalog) -> Inquiry:
    """`inquiry` (the conversation's order) with the check asking which included proteins when
    the last message `text` asks for the lowest price and no protein is chosen."""
    if not inquiry.has_guests or inquiry.proteins or not _LOWEST.search(text.lower()):
        return inquiry
    included = ", ".join(p.name for p in catalog.proteins if not p.premium)
    reason = worded(f"no proteins chosen: any two of the included proteins ({included}) give the "
                    "lowest price, which two?", CHEAPEST)  # fmt: skip
    return dataclasses.replace(inquiry, checks=(*inquiry.checks, ("protein_choice", reason)))


def choice_question(reason: str) -> str:
    """The question to the customer of the check `lowest_unchosen` raises."""
    return "Which two proteins would you like? A" + reason.partition(": a")[2].replace(
        ", which two?", "."
    )
