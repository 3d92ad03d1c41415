"""The text each channel's adapter hands the responder, from what the customer sent.

Only email is reshaped (`strip_reply`: the newest reply, a forwarded message's body kept, quoted
history and signature removed); the other channels pass the text on as it came. Used where a
corpus is read as if it had arrived (`gateway eval-quotes`, the corpus tests), so the evaluation
measures the real path and the adapter stays the one owner of the normalization.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from adapters.email_normalize import strip_reply
from vocabulary.messages import Channel

INBOUND_TEXT: Mapping[Channel, Callable[[str], str]] = {Channel.EMAIL: strip_reply}
