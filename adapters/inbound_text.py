"""The text each channel's adapter hands the responder, from what the customer sent.

Only email is reshaped (`strip_reply`: the newest reply, a forwarded message's body kept, quoted
history and signature removed); the other channels pass the text on as it came. Used where a
corpus is read as if it had arrived (`gateway eval-quotes`, the corpus tests), so the evaluation
measures the real path and the adapter stays the one owner of the normalization.

The corpora are written for one business, whose quotes their email threads hold from its own
domain (`CORPUS_BUSINESS`): what EMAIL_FROM tells the live gateway, the quoted quote's sender is
checked against (a competitor's quote in our words is none of ours).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from adapters.email_normalize import strip_reply
from vocabulary.messages import Channel

CORPUS_BUSINESS = "Sacramento Hibachi at Home <bookings@sachibachi.com>"

INBOUND_TEXT: Mapping[Channel, Callable[[str], str]] = {
    Channel.EMAIL: partial(strip_reply, business=CORPUS_BUSINESS),
}
