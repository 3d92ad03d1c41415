"""The customer's messages read one by one, with a part of the order said back as a check taken
out of a later message ("that includes the 4 extra lobster right? and add the sake service"):
the clause (`reading.restated_items`) names items of the order before it only to ask whether the
quote has them, so it adds nothing; the rest of the message is read as it says. Items said back
that are not the order's ("that includes the 6 lobster right?" after 4, "the 3 kids are in
there?" after 2, "that includes the scallops?" after chicken and shrimp) are asked: which is it?"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from orchestrator.catalog import Catalog
from orchestrator.extraction import Inquiry, extract, merge_history
from orchestrator.reading.priced_order import to_order
from orchestrator.reading.quote_why import quote_number_question, why_sentence
from orchestrator.reading.reasons import AGES_NOT_GIVEN, of_kind
from orchestrator.reading.restated_items import restated_clauses

Span = tuple[int, int]


def read_turns(said: Sequence[str], catalog: Catalog) -> list[Inquiry]:
    """`extract` of each customer message, oldest first; a later message's clauses saying the
    order back read against the order of the messages before it."""
    read: list[Inquiry] = []
    for text in said:
        clauses = restated_clauses(text, catalog) if read else []
        before = merge_history(read[-1], read[:-1]) if clauses else None
        if before is None or not before.has_guests:
            # "why is lobster $15 more?": a question about the quote's numbers, no order; a ZIP
            # in a first message ("why is there a fee to 95758?") keeps its travel tool answer
            alone = extract(text, catalog)
            # "why is lobster so much?? lets do shrimp instead": the lobster is asked about
            why = why_sentence(text) if read else None
            if why and extract(text[slice(*why)], catalog).proteins:
                alone = extract(_blanked(text, [why]), catalog)
            asked = read or alone.zip_code is None
            read.append(quote_number_question(alone, text) if asked else alone)
            continue
        said_back = [_not_the_order(text[slice(*items)], before, catalog) for _, items in clauses]
        rest = extract(_blanked(text, [clause for clause, _ in clauses]), catalog)
        checks = rest.checks + tuple(("restated", why) for why in said_back if why)
        # a message that only says the order back is about the quote: the order stands
        topics = rest.topics if rest.quote_related else rest.topics | {"price"}
        read.append(replace(rest, checks=checks, topics=topics))
    return read


def _blanked(text: str, spans: Sequence[Span]) -> str:
    """`text` with each span written as spaces (the same length: no other span moves)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _not_the_order(items: str, before: Inquiry, catalog: Catalog) -> str | None:
    """Why the `items` said back are not the order `before` (None: they are)."""
    said = extract(items, catalog)
    # the kids said back are the order's, whose ages it has (or asks already)
    unsure = [why for _, why in said.checks if not of_kind(why, AGES_NOT_GIVEN)]
    if unsure or not (said.has_guests or said.proteins or said.add_ons):
        return f"'{items}' said back after the quote: not read as the order's items, which is it?"
    differs = f"'{items}' said back after the quote, but the order quoted differs: which is it?"
    kids = (before.children or 0) + (before.toddlers or 0)
    everyone = {before.paying, before.paying + kids} if said.people_total else set()
    if said.adults_said and said.adults not in {before.adults, *everyone}:  # "12 people": in all
        return differs
    if said.kids_said and (said.children or 0) + (said.toddlers or 0) not in (kids, before.children):
        return differs
    lines = {line.protein: line.portions for line in to_order(before, catalog).proteins}
    for ask in said.proteins:
        extra = sum(a.portions or 0 for a in before.proteins if a.protein == ask.protein and a.extra)
        if ask.protein not in lines or ask.portions not in (None, lines[ask.protein], extra or None):
            return differs
    if set(said.add_ons) - set(before.add_ons):
        return differs
    return None
