"""Which channel adapters are on, built from settings. A channel with incomplete credentials
has no adapter: its webhook is refused and its replies go to the dry-run outbox."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from adapters import email_send, meta, telegram, twilio
from adapters.base import SentLookup
from adapters.email import EmailSender, MailgunInbound, SendGridInbound
from adapters.meta import MetaAdapter
from adapters.telegram import TelegramAdapter
from adapters.twilio import TwilioAdapter
from vocabulary.messages import Channel
from vocabulary.settings import Settings
from vocabulary.webhook import ChannelLimits

# What each channel can carry, as its adapter declares it; known even for a channel that is off.
DECLARED_LIMITS: dict[Channel, ChannelLimits] = {
    **twilio.LIMITS, **meta.LIMITS, **telegram.LIMITS, **email_send.LIMITS,
}


@dataclass
class Channels:
    """Inbound adapters by webhook name, senders by channel."""

    inbound: dict[str, Any] = field(default_factory=dict)
    senders: dict[Channel, Any] = field(default_factory=dict)
    # Channels whose provider can say whether it already accepted a reply (see app.outbox).
    lookups: dict[Channel, SentLookup] = field(default_factory=dict)

    def add(self, adapter: Any, *, inbound_as: str | None = None) -> None:
        if inbound_as:
            self.inbound[inbound_as] = adapter
        for channel in getattr(adapter, "channels", ()):
            self.senders[channel] = adapter

    async def close(self) -> None:
        seen: set[int] = set()
        for adapter in [*self.inbound.values(), *self.senders.values()]:
            if id(adapter) in seen:
                continue
            seen.add(id(adapter))
            close = getattr(adapter, "close", None)
            if close is not None:
                await close()


def build_channels(settings: Settings, *, http: Any) -> Channels:
    """Adapters for every channel whose credentials are complete."""
    channels = Channels()
    if settings.twilio_enabled:
        twilio_adapter = TwilioAdapter.from_settings(settings)
        channels.add(twilio_adapter, inbound_as="twilio")
        channels.lookups.update(dict.fromkeys(twilio_adapter.channels, twilio_adapter))
    if settings.meta_enabled:
        channels.add(MetaAdapter.from_settings(settings, http=http), inbound_as="meta")
    if settings.telegram_enabled:
        channels.add(TelegramAdapter.from_settings(settings), inbound_as="telegram")
    if settings.smtp_enabled:
        channels.add(EmailSender.from_settings(settings))
    if settings.mailgun_enabled:
        channels.inbound["mailgun"] = MailgunInbound.from_settings(settings)
    if settings.sendgrid_enabled:
        channels.inbound["sendgrid"] = SendGridInbound.from_settings(settings)
    return channels
