"""The corpora's cases as their channels' adapters hand them over.

The corpora under tests/data are written for one business, whose quotes their email threads quote
from its own domain (sachibachi.com); the live gateway checks against EMAIL_FROM instead."""

from __future__ import annotations

from adapters.inbound_text import inbound_text

CORPUS_FROM = "Sacramento Hibachi at Home <bookings@sachibachi.com>"
INBOUND_TEXT = inbound_text(business=CORPUS_FROM)
