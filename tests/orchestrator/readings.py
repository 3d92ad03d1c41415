"""What the reading tests ask of an order: the order read from a message (after the earlier
customer messages it corrects), its guests by band, and its portions by protein."""

from __future__ import annotations

from orchestrator.catalog import Catalog
from orchestrator.extraction import Inquiry, extract, merge_history, to_order
from orchestrator.reading.order import Order


def order(text: str, catalog: Catalog, *earlier: str) -> Order:
    """The order as read from `text`, after the `earlier` customer messages when any."""
    inquiry = extract(text, catalog)
    if earlier:
        said: list[Inquiry] = [extract(t, catalog) for t in earlier]
        inquiry = merge_history(inquiry, said)
    return to_order(inquiry, catalog)


def guests(o: Order) -> tuple[int, int, int]:
    return o.adults, o.children, o.toddlers


def portions(o: Order) -> dict[str, int]:
    return {line.protein: line.portions for line in o.proteins}


# the tail of the business's quote in a conversation's history
QUOTE_TAIL = (" A $100 deposit holds the date (deducted from the bill); gratuity is not included, "
              "20-35% is customary.")


def zip_at(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The first "95..." ZIP of `text` with its span, as the venue readers take their ZIPs."""
    at = text.index("95")
    return [(text[at : at + 5], (at, at + 5))]
