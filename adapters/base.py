"""The adapter interface every channel module implements.

An adapter verifies a webhook request, parses its body into normalized messages (pure, no I/O)
and sends a reply. It never touches the database or the web framework: the app layer hands it a
`WebhookRequest` and stores what it returns.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from vocabulary.messages import Channel, OutboundMessage, ParsedWebhook, SendResult
from vocabulary.webhook import ChannelLimits, WebhookRequest


class ChannelAdapter(Protocol):
    """One provider (which may serve several channels, as Twilio serves SMS and WhatsApp)."""

    name: str
    channels: tuple[Channel, ...]

    def limits(self, channel: Channel) -> ChannelLimits:
        """The limits of one of this adapter's channels."""
        ...

    def verify(self, request: WebhookRequest) -> None:
        """Raise `SignatureError` unless the provider signed this request."""
        ...

    def parse(self, request: WebhookRequest) -> ParsedWebhook:
        """Turn a verified request into messages and statuses; raise `MalformedPayload`."""
        ...

    async def send(self, message: OutboundMessage) -> SendResult:
        """Deliver one reply; raise a `SendError` subclass on failure."""
        ...


class SentLookup(Protocol):
    """A provider that can say whether it already accepted a reply (Twilio's Messages list), so
    a send whose earlier attempt may have reached it is recorded instead of sent again."""

    async def find_sent(self, message: OutboundMessage, *, since: datetime) -> SendResult | None:
        """The provider's record of `message` sent at or after `since`, or None; raise
        `TransientSendError` when the provider cannot be asked (never guess)."""
        ...
