"""Kids added to an order already quoted, with no number: "too much lol the one before that, plus a
few kids", "add some kids", "a few kids are coming too". The follow-up says who comes, not how
many, so no reader counts it and the message named nothing else of the order: it was handed to a
person with no question ("unhandled"). The draft asks how many kids and how old they are, flagged
for a reviewer, and states no total."""

from __future__ import annotations

import re

from orchestrator.reading.inquiry import Inquiry
from orchestrator.replies import Piece

FLAG = "check_order: kids added without a number: how many, and how old?"
# the message adds them ("plus", "add", "coming too"), not only names them ("are kids free?")
_ADDED = re.compile(
    r"(?:\bplus\b|\+|\badd(?:ing)?\b|\balso\b|\bcoming\b|\bjoining\b|\bbring(?:ing)?\b|\btoo\b|"
    r"\bwith\b|\band\b)"
)


def kids_added_asked(inquiry: Inquiry, text: str, *, short: bool) -> Piece | None:
    """The question for kids added with no number by lower-cased `text` (`inquiry` its reading,
    its kids checked as named without a number), or None."""
    if not any(field == "kids" and "without a number" in why for field, why in inquiry.checks):
        return None
    if "?" in text or not _ADDED.search(text.lower()):
        return None  # "do kids eat free?": a question, answered elsewhere
    brief = "How many kids are coming, and how old are they? 6-12 are $30, 5 & under free."
    full = ("How many kids are coming, and how old are they? Kids 6-12 are $30.00 and kids 5 and "
            "under eat free; I'll update the quote as soon as I know.")
    return Piece(brief if short else full)
