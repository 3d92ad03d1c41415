"""A question about the kids' price asked with only children counted ("do kids under 6 eat free?
we have a 3 yo and a 5 yo", "my 9 yr old only eats rice, do i still have to pay for her?", "can 2
small kids share one plate? they're 7 and 9"): the kids named are the question's context, not a
party to quote. The published kids' prices answer it; no order is priced."""

from __future__ import annotations

import re

from orchestrator.extraction import Inquiry

__all__ = ["kids_asked"]

# What a parent asks about a child's price beside the published "kids' price" words (`topics`):
# paying for a child at all, a shared or smaller plate, a kids' menu, the age the price ends at,
# eating free.
_KIDS_QUESTION = re.compile(
    r"\bpay (?:for|full price for) (?:her|him|them|each|both|my|our|the)\b"
    r"|\bshare (?:a|one|1|the same|their) (?:plate|portion|meal)\b"
    r"|\b(?:kids?'?s?|child(?:ren)?'?s?) (?:menu|portions?|plates?|sizes?|meals?)\b"
    r"|\bage (?:cutoff|cut-off|cut off|limit)\b"
    r"|\beat (?:for )?free\b"
    r"|\b(?:kids?'?s?|child(?:ren)?'?s?) (?:price|pricing|rate)\b"
)
# A child the question is about, named without a count ("our son is 7", "the little ones").
_CHILD = re.compile(
    r"\b(?:kids?|children|child|toddlers?|bab(?:y|ies)|little ones?|son|daughter|twins)\b"
    r"|\b\d{1,2}\s*(?:yo|y/o|yrs? old|years? old|year-old|yr-old)\b"
)


def kids_asked(inquiry: Inquiry, text: str) -> bool:
    """A question about the kids' price (`text` asks it, with a question mark) whose only count
    is children, or which names a child and counts no one, with nothing else of an order (no
    adult, protein, add-on, ZIP or change): the kids' prices answer it. An adult counted, or a
    protein or ZIP named, is an order: quoted."""
    lowered = text.lower()
    kids = bool(inquiry.children or inquiry.toddlers) or (
        inquiry.adults is None and bool(_CHILD.search(lowered))
    )
    ordered = inquiry.adults or inquiry.proteins or inquiry.add_ons or inquiry.zip_code
    if not kids or ordered or inquiry.removed or "?" not in text:
        return False
    return bool(_KIDS_QUESTION.search(lowered))
