"""The answer to a question why the business's last quote costs what it does ("550 for 5
people?? why so high", "why is my 14 yr old adult price?", round q81b): the pricing rules behind
the quote, by the topics `orchestrator.reading.quote_why.quote_why_topics` recognizes there (the
recognition of both why-questions about our quote lives in that one module)."""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator import answers
from orchestrator.catalog import Catalog
from orchestrator.guard import is_price_question
from orchestrator.reading.quote_why import AGE_BANDS, quote_why_topics
from orchestrator.replies import Piece


def quote_why_answer(
    text: str, history: Sequence[tuple[str, str]], catalog: Catalog, *, short: bool
) -> tuple[frozenset[str], list[Piece]]:
    """The policy topics answered and the answer to `text` as a question why the business's
    last quote costs what it does (`quote_why_topics`); nothing when it is not one."""
    topics = quote_why_topics(text, history, catalog)
    if topics != {AGE_BANDS}:
        if is_price_question(text):
            # "Why is the total $550 when there are only 8 of us?": amounts beside a price
            # question with no tool run are the guard's flag; the rules in words alone
            return topics, _unpriced(topics, catalog)
        return topics, answers.policy_pieces(catalog, topics, short=short)
    # the bands by age alone: amounts beside a price question with no tool run are the guard's flag
    g = catalog.guests
    band = (f"Kids' pricing is for ages {g.child_min_age}-{g.child_max_age}; from "
            f"{g.child_max_age + 1} guests are priced as adults, and {g.toddler_max_age} and "
            "under eat free.")
    return frozenset({"kids_price"}), [Piece(band)]


def _unpriced(topics: frozenset[str], catalog: Catalog) -> list[Piece]:
    """The rules of `quote_why_answer` without an amount."""
    g = catalog.guests
    premium = ", ".join(p.name for p in catalog.proteins if p.premium)
    said = {
        "minimum": "That's our party minimum: when a small party's food comes to less, the "
                   "minimum is charged (travel aside).",
        "included": f"The premium proteins ({premium}) are an upgrade per portion; the others "
                    "are included.",
        "kids_price": f"Kids {g.child_min_age}-{g.child_max_age} have a kids' price and "
                      f"{g.toddler_max_age} and under eat free.",
    }
    return [Piece(sentence) for topic, sentence in said.items() if topic in topics]
