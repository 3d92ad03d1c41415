"""The adapter contracts, one per role a provider module can play.

- `InboundAdapter`: a provider's webhook. Verify, parse (pure, no I/O), an optional replay nonce,
  and the acknowledgement the provider expects.
- `Sender`: delivers replies on its channels, within their declared limits.
- `ProfileSource` (optional): the customer's display name from the provider's profile API.
- `SubscriptionVerifier` (optional): answers a provider's GET subscription check (Meta).

An adapter never touches the database or the web framework: the app layer hands it a
`WebhookRequest` and stores what it returns. Adapters subclass the protocols they implement, so
mypy checks each one where it is defined and the defaults below (no nonce, an empty 200, nothing
to warm or close) are inherited rather than copied.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Protocol

from vocabulary.messages import Channel, OutboundMessage, ParsedWebhook, SendResult
from vocabulary.webhook import Ack, ChannelLimits, WebhookRequest


class InboundAdapter(Protocol):
    """One provider webhook (which may carry several channels, as Twilio's carries SMS and
    WhatsApp). `name` labels it in logs and metrics."""

    name: str

    def verify(self, request: WebhookRequest) -> None:
        """Raise `SignatureError` unless the provider signed this request."""
        ...

    def parse(self, request: WebhookRequest) -> ParsedWebhook:
        """Turn a verified request into messages and statuses; raise `MalformedPayload`."""
        ...

    def replay_nonce(self, request: WebhookRequest) -> str | None:
        """A value the provider signs once per request, so the app can refuse a replayed copy;
        None when the provider has none (it relies on its own signature or ids)."""
        return None

    def ack(self, parsed: ParsedWebhook) -> Ack:
        """The 200 answer for an accepted delivery (default: an empty body)."""
        return Ack()


class Sender(Protocol):
    """Delivers replies on `channels` (one provider account may serve several)."""

    name: str
    channels: tuple[Channel, ...]

    def limits(self, channel: Channel) -> ChannelLimits:
        """The limits of one of this sender's channels."""
        ...

    async def send(self, message: OutboundMessage) -> SendResult:
        """Deliver one reply; raise a `SendError` subclass on failure."""
        ...

    async def warm(self) -> None:
        """Load what the first send needs (SDK, client) ahead of it, without calling the
        provider (default: nothing to load)."""
        return None

    async def close(self) -> None:
        """Release connections the sender opened (default: nothing to release)."""
        return None


class ProfileSource(Protocol):
    """Looks up a customer's display name; never raises for provider trouble."""

    async def fetch_profile(self, user_id: str, *, channel: Channel) -> str | None:
        """The name, or None when the provider will not say."""
        ...


class SubscriptionVerifier(Protocol):
    """A provider that confirms its webhook subscription with a signed GET (Meta)."""

    def verify_subscription(self, query: Mapping[str, str]) -> str:
        """The challenge to echo back; raise `SignatureError` for a request not from us."""
        ...


class SentLookup(Protocol):
    """A provider that can say whether it already accepted a reply (Twilio's Messages list), so
    a send whose earlier attempt may have reached it is recorded instead of sent again."""

    async def find_sent(self, message: OutboundMessage, *, since: datetime) -> SendResult | None:
        """The provider's record of `message` sent at or after `since`, or None; raise
        `TransientSendError` when the provider cannot be asked (never guess)."""
        ...
