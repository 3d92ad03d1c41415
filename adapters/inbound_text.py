"""The text each channel's adapter hands the responder, from what the customer sent.

Only email is reshaped (`strip_reply`: the newest reply, a forwarded message's body kept, quoted
history and signature removed); the other channels pass the text on as it came. Used where a
corpus is read as if it had arrived (`gateway eval-quotes`, the corpus tests), so the evaluation
measures the real path and the adapter stays the one owner of the normalization.

A quoted quote in an email thread is the business's only when sent from its own address or
domain, so the caller says whose From the corpus's threads are checked against: EMAIL_FROM for
`gateway eval-quotes`, the corpora's own business in the tests.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from adapters.email_normalize import strip_reply
from vocabulary.messages import Channel


def inbound_text(*, business: str) -> Mapping[Channel, Callable[[str], str]]:
    """Each channel's inbound normalization for `evaluate(..., prepare=...)`; `business` is the
    business's own From ("Name <address>"; empty: no quoted quote is known to be ours)."""
    return {Channel.EMAIL: partial(strip_reply, business=business)}
