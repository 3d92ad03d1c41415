"""What the reading tests ask of an order: the order read from a message (after the earlier
customer messages it corrects), its guests by band, and its portions by protein."""

from __future__ import annotations

from orchestrator.catalog import Catalog
from orchestrator.drafts import Turn
from orchestrator.extraction import Inquiry, extract, merge_history, to_order
from orchestrator.offline import OfflineResponder
from orchestrator.offline_reply import OfflineReply
from orchestrator.quoted_order import QuoteOrder
from orchestrator.reading.order import Order
from orchestrator.tools import ZipCentroidDistance


def order(text: str, catalog: Catalog, *earlier: str) -> Order:
    """The order as read from `text`, after the `earlier` customer messages when any."""
    inquiry = extract(text, catalog)
    if earlier:
        said: list[Inquiry] = [extract(t, catalog) for t in earlier]
        inquiry = merge_history(inquiry, said)
    return to_order(inquiry, catalog)


def understood(text: str, catalog: Catalog, *history: str) -> Inquiry:
    """The offline responder's reading of `text` after `history` (customer and business turns,
    alternating, oldest first)."""
    responder = OfflineResponder(catalog=catalog, distance=ZipCentroidDistance.from_catalog(catalog))
    turns = tuple(Turn(role="customer" if i % 2 == 0 else "business", text=t)
                  for i, t in enumerate(history))  # fmt: skip
    return responder.understand(text, turns)


def flagged(text: str, catalog: Catalog) -> bool:
    """Whether the reading of `text` alone carries a check for the reviewer."""
    return bool(extract(text, catalog).checks)


def quoted(reply: OfflineReply) -> QuoteOrder:
    """The order a drafted reply priced (the reply must have priced one)."""
    assert reply.order is not None
    return reply.order


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
