"""An order that only the business's quote states (round q82h): "I just spoke with your team on
the phone. Could you email me the quote we discussed?", then the quote ("Quote for 30 adults with
30 filet mignon, 30 lobster tail: ... Total $2275.00."), then the change ("please make it 32
adults - two more of my colleagues confirmed"). The customer never wrote the order; the quote
sent is the order the change is made to, so it is written as the customer's message before the
change, the turns before it left out (they hold no order).

Only when the latest reply holds exactly one quote, read with its party, portions and place (a
ZIP the quote names or the one the customer gave), it is the only quote of the conversation, and
no customer turn before it holds a number or a food or add-on of the catalog (an order of theirs
is read as it was, the quote beside it as it always is); and every food or add-on the quote names
is in the order written from it (a part of the quote not read leaves the conversation as it was)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.our_quote import totals_stated
from orchestrator.reading.quote_options import customer_zip, quotes

# the add-ons named before their price ("add-ons (premium sake service) $25.00"), as the quotes of
# a conversation's writer put it; `quotes` reads the responder's "add-ons $25.00 (names)"
_NAMES_FIRST = re.compile(r"\badd-ons \(([^)]+)\) \$[\d,.]+")


def quote_as_base(turns: Sequence[tuple[str, str]], food: re.Pattern[str]) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first, the last the message to answer) with the only quote
    written as the customer's order when no customer turn before it says one (the module
    docstring); as they were otherwise. `food` matches the catalog's foods and add-ons."""
    turns = list(turns)
    if len(turns) < 3 or turns[-1][0] != "customer" or turns[-2][0] != "business":
        return turns
    quoted = [i for i, (r, t) in enumerate(turns[:-1]) if r == "business" and totals_stated(t)]
    if quoted != [len(turns) - 2] or totals_stated(turns[-2][1]) != 1:
        return turns
    before = [t.lower() for r, t in turns[:-2] if r == "customer"]
    if not before or any(re.search(r"\d", t) or food.search(t) for t in before):
        return turns
    latest = quotes(turns[-2][1], customer_zip(turns[:-2]))
    if len(latest) != 1:
        return turns
    order = latest[0].order
    named = _NAMES_FIRST.search(turns[-2][1])
    if named and ". add " not in order:  # "add-ons (premium sake service) $25.00": a writer's order
        order += f". add {named.group(1)}"
    if set(food.findall(turns[-2][1].lower())) - set(food.findall(order.lower())):
        return turns  # a food or add-on of the quote not in the order written: read as it was
    return [("customer", order), turns[-2], turns[-1]]
