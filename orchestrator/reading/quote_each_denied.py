"""A message that tells our latest quote it multiplied the portions each guest has (round q83u):
"its one of each per person, not 2 of each 😅" after "Quote for 12 adults with 24 filet mignon,
24 chicken" when the customer had asked "12 adults, 2 proteins each: one filet one chicken". As
with a misread guest count (`quote_misread`), the customer corrects the quote, not an order of
their own: the order their earlier messages state stands.

Read only when every part agrees: the message says the per-person count of each protein and
denies the quote's ("one of each, not 2 of each", "1 each not 2 each"); the earlier order is sure
(no check), its guests and place are the quote's, its proteins are the quote's, each priced at
the count said per paying guest while the quote has each at the count denied per paying guest;
and the message read alone names no guests, protein, add-on or place, its only checks being the
denial's own ("not 2") and the per-person amount it did not place. Otherwise it is read as it
says (asked)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from orchestrator.catalog import Catalog
from orchestrator.reading.history import merge_history
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.priced_order import to_order
from orchestrator.reading.quote_misread import Turn, latest_quote, quote_bands
from orchestrator.reading.quote_misread_items import quoted_keys
from orchestrator.reading.words import normalize

_ONE_TWO = {"one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3}
_EACH = r"(?:of\s+each|each)(?:\s+(?:per\s+(?:person|guest|head)|pp|a\s+person))?"
# "one of each per person, not 2 of each", "1 each not 2 each", "one of each pp instead of two of each"
_DENIED = re.compile(
    rf"\b(one|1|two|2)\s+{_EACH}\s*,?\s*(?:not|instead\s+of|rather\s+than)\s+(two|2|three|3)\s+{_EACH}\b"
)
# the message read alone: the denial's "not 2", the per-person amount and the count it could not place
_OWN_CHECK = re.compile(
    r"'not \d+': a count the order does not have"
    r"|did not understand '[^']+' \(a per-person amount not placed\)"
    r"|did not place the number [1-3] in the order"
)


def _said_alone(last: Inquiry) -> bool:
    """Whether the message read alone names nothing of an order and raises only the denial's
    checks."""
    named = (
        last.has_guests or last.adults or last.children or last.toddlers or last.proteins
        or last.add_ons or last.zip_code or last.removed or last.swaps or last.changes
    )  # fmt: skip
    return not named and all(_OWN_CHECK.search(why) for _, why in last.checks)


def each_denied(
    inquiry: Inquiry, read: Sequence[Inquiry], text: str, turns: Sequence[Turn], catalog: Catalog
) -> Inquiry:
    """The order before the message when the message `text` only tells our latest quote it gave
    each guest the denied number of each protein (module doc); `inquiry` otherwise. `read`: each
    customer message read alone, the last `text`; `turns`: the earlier turns."""
    quote = latest_quote(turns)
    m = _DENIED.search(normalize(text))
    if quote is None or m is None or len(read) < 2 or not _said_alone(read[-1]):
        return inquiry
    said, denied = _ONE_TWO[m.group(1)], _ONE_TWO[m.group(2)]
    before = merge_history(read[-2], read[:-2])
    quoted = quoted_keys(quote.portions, catalog)
    if said >= denied or quoted is None or before.checks or not before.has_guests:
        return inquiry
    order = to_order(before, catalog)
    bands = (order.adults, order.children, order.toddlers)
    if order.checks or quote_bands(quote) != bands or quote.zip_code not in (None, order.zip_code):
        return inquiry
    paying = order.adults + order.children
    priced = {line.protein: line.portions for line in order.proteins}
    if not priced or set(priced) != set(quoted) or order.add_ons:
        return inquiry
    if any(n != said * paying or quoted[k] != denied * paying for k, n in priced.items()):
        return inquiry
    return replace(before, topics=read[-1].topics | before.topics)
