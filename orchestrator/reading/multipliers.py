"""A count said per group that the reading did not multiply out: "6 households on our court, 4
adults in each" is read as 24 adults (`shorthand.written_counts` writes it so), but a count by
groups left in the text ("a few households, about 4 adults in each", "6 families, 4 or 5 per
family", "2 families with 6 in each": may be kids) would otherwise price the smaller count alone.
The safety net asks about any such multiplier still in the normalized text."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.count_multiples import multiple_checks
from orchestrator.reading.dozen_foods import dozen_foods
from orchestrator.reading.eat_elsewhere import eat_elsewhere_checks
from orchestrator.reading.named_numbers import name_or_count_checks
from orchestrator.reading.restated_kids import restated_after_comma
from orchestrator.reading.two_events import two_event_checks
from orchestrator.reading.unnumbered_arrivals import unnumbered_arrivals

_GROUPS = (
    r"(?:households?|famil(?:y|ies|ys)|fams?|couples?|tables?|groups?|teams?|houses?|homes?|units?)"
)
# a count of groups (or a vague one) and, later in the same sentence, "each" / "per household"
_GROUPS_THEN_EACH = re.compile(
    rf"\b(?:\d{{1,3}}|a few|few|several|some|a couple(?: of)?|couple(?: of)?|many)\s+{_GROUPS}\b"
    rf"[^.;!?\n]{{0,80}}?\b(?:in\s+each|at\s+each|each|apiece|per\s+{_GROUPS})\b"
)
# "4 adults per household" with no count of households said: how many households?
_PER_GROUP = re.compile(rf"\b\d{{1,3}}(?:\s+[a-z]+)?\s+(?:in\s+each|per)\s+{_GROUPS}\b")
# "6 families and 10 friends, all adults": families of no size summed with people as if each
# were one guest; how many are in them?
_FAMILIES_SUMMED = re.compile(
    r"\b\d{1,3}\s+(?:households?|famil(?:y|ies|ys)|fams?)\s*(?:,|\+|&|\band\b|\bplus\b)\s*"
    r"(?:\d{1,3}|a few|some)\s+[a-z]+"
)


def unread_multipliers(text: str) -> list[tuple[str, str]]:
    """Checks for a count said per group in normalized `text` that the reading left unmultiplied
    (one search each; both need a group word, rare in a message)."""
    m = _GROUPS_THEN_EACH.search(text) or _PER_GROUP.search(text) or _FAMILIES_SUMMED.search(text)
    if m is None:
        return []
    return [("guests", f"'{m.group(0)}': how many guests in all (adults and kids)?")]


def count_checks(text: str, raw: str, catalog: Catalog) -> list[tuple[str, str]]:
    """The checks on counts the normalized `text` names but the order may not hold: a name or a
    count ("Lodge 40 members"), a count per group not multiplied out, a group coming of no number
    ("also my cousins are coming"), kids counted twice after a comma ("2 toddlers, our 2
    babies"), and a food the raw lower-cased `raw` counts by the dozen ("2 dozen shrimp": pieces,
    before normalizing made it a count), and more than one event to cater ("both nights")."""
    return (name_or_count_checks(text) + unread_multipliers(text) + multiple_checks(text)
            + unnumbered_arrivals(text)
            + restated_after_comma(text) + dozen_foods(raw, catalog)
            + eat_elsewhere_checks(text)  # "if the kids ate separately": out, or eating apart?
            + two_event_checks(text))  # "15 adults each night": two bookings, two quotes
