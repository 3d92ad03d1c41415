"""A question how the chef cooks the food of the order we quoted ("thanks! quick q, is the tofu
cooked on the same grill as the chicken? my daughter is vegan", round q86e): a question about the
kitchen, answered by staff, not a new order. The proteins it names are the quote's, so quoting
them again (as the reading of the conversation would) answers nothing: the reply says our team
confirms the dietary details, with no total. A change beside it ("add 2 adults", "swap the
chicken") or a count keeps it an order."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator import answers
from orchestrator.catalog import Catalog
from orchestrator.replies import Piece
from orchestrator.staff_promises import staff_pieces

_SHARED = r"(?:grill|griddle|surface|pan|flat ?top|oil|spatula|utensils?|tools?|station|cooktop)"
_KITCHEN = re.compile(
    # "is the tofu cooked on the same grill as the chicken", "do you cook the veggies separately"
    r"\b(?:cook(?:ed|s)?|grill(?:ed|s)?|prepared?|prep(?:ped)?|made|fr(?:y|ied)|handled?)\b"
    rf"[^.?!\n]{{0,50}}?\b(?:(?:on|in|with)\s+(?:the\s+)?same\s+{_SHARED}|separate(?:ly)?\b|"
    rf"apart\b|on\s+(?:its|their|a)\s+own\s+{_SHARED})"
    # "same grill as the meat?", "a separate grill for the veggies?"
    rf"|\bsame\s+{_SHARED}\s+as\b|\bseparate\s+(?:{_SHARED}|cooking)\b"
)
# A change of the order or a count beside the question: an order, read as one
_CHANGED = re.compile(
    r"\d|\b(?:add|adding|instead|swap|switch|change|make it|upgrade|more|drop|remove|cancel|"
    r"take off|book|date|deposit|extra|also want|plus)\b"
)


def kitchen_question(text: str, history: Sequence[tuple[str, str]]) -> bool:
    """`text` asks how the kitchen cooks the food, after a business turn that quoted a total,
    and changes nothing of the order (`history`: (role, text) turns, oldest first)."""
    if "?" not in text:
        return False
    business = [said for role, said in history if role == "business"]
    if not business or "total" not in business[-1].lower():
        return False
    low = text.lower()
    return bool(_KITCHEN.search(low)) and not _CHANGED.search(low)


def kitchen_answer(
    catalog: Catalog,
    policy_topics: frozenset[str],
    staff_topics: frozenset[str],
    flags: tuple[str, ...],
    *,
    short: bool,
) -> tuple[list[Piece], tuple[str, ...]]:
    """The reply's pieces for a kitchen question: the policies asked beside it (not the menu's
    list, which answers no kitchen question), then the staff's promise (the menu's: our team
    confirms the dietary details) beside the other `staff_topics`; and the `flags` with it named."""
    policies = answers.policy_pieces(catalog, policy_topics - {"menu", "included"}, short=short)
    staff, asks = staff_pieces(staff_topics | {"menu"}, short=short)
    kept = tuple(f for f in flags if not f.startswith("staff_to_confirm"))
    return [*policies, *staff], (*kept, f"staff_to_confirm: {', '.join(asks)}")
