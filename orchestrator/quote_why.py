"""A question why the business's last quote costs what it does ("550 for 5 people?? why so
high", "why is my 14 yr old adult price?", "where's the other 65 from?"): the customer asks
about the quote's price, changes nothing in it, and the figures or ages the question names are
the quote's own, said back, not a new order. The answer is the pricing rules behind the quote:
the party minimum when the quote applied it, the upgrade prices when it has a premium protein,
the kids' price when it counts children or the question is about a guest's age (round q81b).

Only a message whose every word is a question about the price is read so: one that asks for a
change ("can we drop the lobster", "take off the extras", "instead", "what if"), books, or is
about travel, the deposit or the tip is left to the other readings, and so is one that corrects
the quote's reading ("i said ny strip not filet", "it's 18 adults, not 8"): a correction of a
field keeps the rest of the quoted order."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator import answers
from orchestrator.catalog import Catalog
from orchestrator.guard import is_price_question
from orchestrator.reading.our_quote import stated_totals
from orchestrator.reading.words import normalize
from orchestrator.replies import Piece

# "why so high", "how come kids are 35", "where's the other 65 from?", "where does the 65 come from"
_WHY = re.compile(
    r"\bwhy\b|\bhow come\b|\bwhere(?:'?s| is| does| did| do)\b[^?.!]*\b(?:from|come)\b"
)
# the question is about the price or a guest's band, not the date or the menu
_PRICED = re.compile(
    r"\$|\d|\b(?:price|priced|pricing|cost|costs|charge|charged|charging|expensive|pricey|high|"
    r"much|extra|adult|adults|kid|kids|child|children|minimum|total|more)\b"
)
# a change, a booking or another topic beside the question: not only a question about the price
_OTHER = re.compile(
    r"\b(?:instead|switch|swap|change|changed|drop|remove|take|taking|add|adding|make it|"
    r"what if|how about|can (?:we|u|you|i)|could (?:we|u|you|i)|let'?s|lets|book|keep|go with|"
    r"want|wanna|rather|travel|mile|miles|fee|deposit|tip|gratuity|tax|discount|deal|cheaper|"
    r"lower|less|off|actually|wrong|mistake|error|overcharg\w*|refund|date|time|available|"
    # a correction of the order said back ("i said ny strip not filet", "it's 18 adults, not 8")
    # (a party's "we said chicken and shrimp" as the writer's own "i said")
    r"(?:i|we) (?:said|asked|ordered|meant|wanted|requested)|not|should|supposed)\b"
)
_KID_WORDS = re.compile(r"\b(?:kid|kids|child|children)\b")
# "my 14 yr old", "she's 13 years old", "what age": a guest's age, not a price, is asked about
_AGE_NAMED = re.compile(r"\b\d+\s*(?:yr|yrs|year|years|y/?o)\b|\bages?\b")
AGE_BANDS = "age_bands"  # `quote_why_topics`: the question is which band an age is priced in


def quote_why_topics(
    text: str, history: Sequence[tuple[str, str]], catalog: Catalog
) -> frozenset[str]:
    """The policy topics that answer `text` as a question why the business's last reply, a
    quote, costs what it does; empty when `text` is not only such a question (module doc)."""
    if not history or history[-1][0] != "business" or not stated_totals(history[-1][1]):
        return frozenset()
    norm = normalize(text)
    if not _WHY.search(norm) or not _PRICED.search(norm) or _OTHER.search(norm):
        return frozenset()
    if _AGE_NAMED.search(norm):  # "why is my 14 yr old adult price?": the ages each band covers
        return frozenset({AGE_BANDS})
    quote = history[-1][1].lower()
    topics = set()
    if "minimum" in quote:
        topics.add("minimum")
    if any(p.premium and p.name.lower() in quote for p in catalog.proteins):
        topics.add("included")
    if re.search(r"\b(?:child|children|kids?)\b", quote) or _KID_WORDS.search(norm):
        topics.add("kids_price")
    return frozenset(topics)


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
