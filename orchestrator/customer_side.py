"""What the checks of a model draft read from the customer's messages alone: the offline reading
of the order (the model's quoted order is checked against it) and whether they complain.

It needs no answer of the model's, so the orchestrator reads it while the model has the tool
results (`run_model_loop`'s `between_rounds`) rather than after the final answer: in a burst,
the drafts' last steps queue for the CPU while their earlier steps wait on the model anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from orchestrator.complaints import is_complaint
from orchestrator.drafts import Turn
from orchestrator.extraction import READ_MAX_CHARS, Inquiry, normalize
from orchestrator.offline import OfflineResponder
from orchestrator.quoted_order import QuoteOrder

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CustomerSide:
    """The reading of the order (None: no guest count, or the reading failed) and a complaint."""

    order: QuoteOrder | None
    complaint: bool


def read_customer_side(offline: OfflineResponder, text: str, history: Sequence[Turn]
                       ) -> CustomerSide:
    """The customer's side of the checks, for the message `text` after `history`."""
    last: Inquiry | None = None
    try:
        order, last = offline.order_read(text, history)
    except Exception:  # a reading bug leaves the model's order unconfirmed, hence flagged
        log.exception("offline reading failed while checking the model's order")
        order = None
    # The reading of `text` says whether it complains (`is_complaint` of the message normalized),
    # unless it read only the beginning of a long message.
    whole = last is not None and len(text) <= READ_MAX_CHARS
    return CustomerSide(order, last.complaint if last is not None and whole
                        else is_complaint(normalize(text)))
