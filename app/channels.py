"""Which channel adapters are on, built from settings. A channel with incomplete credentials
has no adapter: its webhook is refused and its replies go to the dry-run outbox."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import httpx

from adapters import email_send, meta, telegram_limits, twilio
from adapters.base import InboundAdapter, ProfileSource, Sender, SentLookup, SubscriptionVerifier
from adapters.email import EmailSender, MailgunInbound, SendGridInbound
from adapters.meta import MetaAdapter
from adapters.twilio import TwilioAdapter
from app.clock import SYSTEM_CLOCK
from vocabulary.messages import Channel
from vocabulary.settings import Settings
from vocabulary.webhook import ChannelLimits

# What each channel can carry, as its adapter declares it; known even for a channel that is off.
DECLARED_LIMITS: dict[Channel, ChannelLimits] = {
    **twilio.LIMITS, **meta.LIMITS, **telegram_limits.LIMITS, **email_send.LIMITS,
}


def channel_limits(channel: Channel) -> ChannelLimits:
    """The limits the channel's adapter declares, whether or not the channel is configured
    (a dry-run reply must still fit the real channel); web chat and phone get 4000."""
    return DECLARED_LIMITS.get(channel, ChannelLimits(max_chars=4000))


@dataclass
class Channels:
    """The configured adapters, by role: inbound by webhook name, senders and profile sources
    by channel, subscription checks by webhook name."""

    inbound: dict[str, InboundAdapter] = field(default_factory=dict)
    senders: dict[Channel, Sender] = field(default_factory=dict)
    profiles: dict[Channel, ProfileSource] = field(default_factory=dict)
    subscriptions: dict[str, SubscriptionVerifier] = field(default_factory=dict)
    # Channels whose provider can say whether it already accepted a reply (see app.sending).
    lookups: dict[Channel, SentLookup] = field(default_factory=dict)

    def add_sender(self, sender: Sender) -> None:
        for channel in sender.channels:
            self.senders[channel] = sender

    def with_inbound(self, name: str, adapter: InboundAdapter) -> Channels:
        """A copy in which `adapter` answers the `name` webhook (the console's simulator)."""
        return dataclasses.replace(self, inbound={**self.inbound, name: adapter})

    async def warm(self) -> None:
        """Load every sender's SDK and client ahead of its first send (a worker's start)."""
        for sender in {id(sender): sender for sender in self.senders.values()}.values():
            await sender.warm()

    async def close(self) -> None:
        """Close every sender once (one adapter may serve several channels)."""
        closed: set[int] = set()
        for sender in self.senders.values():
            if id(sender) not in closed:
                closed.add(id(sender))
                await sender.close()


def build_channels(
    settings: Settings, *, http: httpx.AsyncClient, now: Callable[[], datetime] = SYSTEM_CLOCK.now
) -> Channels:
    """Adapters for every channel whose credentials are complete; `now` is their clock
    (messaging windows, timestamp windows, arrival times)."""
    channels = Channels()

    def seconds() -> float:
        return now().timestamp()

    if settings.twilio_enabled:
        twilio_adapter = TwilioAdapter.from_settings(settings, now=now)
        channels.inbound["twilio"] = twilio_adapter
        channels.add_sender(twilio_adapter)
        channels.lookups.update(dict.fromkeys(twilio_adapter.channels, twilio_adapter))
    if settings.meta_enabled:
        meta_adapter = MetaAdapter.from_settings(settings, http=http, now=now)
        channels.inbound["meta"] = meta_adapter
        channels.subscriptions["meta"] = meta_adapter
        channels.add_sender(meta_adapter)
        channels.profiles.update(dict.fromkeys(meta_adapter.channels, meta_adapter))
    if settings.telegram_enabled:
        from adapters.telegram import TelegramAdapter  # python-telegram-bot, only when on

        telegram_adapter = TelegramAdapter.from_settings(settings)
        channels.inbound["telegram"] = telegram_adapter
        channels.add_sender(telegram_adapter)
    if settings.smtp_enabled:
        channels.add_sender(EmailSender.from_settings(settings))
    if settings.mailgun_enabled:
        channels.inbound["mailgun"] = MailgunInbound.from_settings(settings, now=seconds)
    if settings.sendgrid_enabled:
        channels.inbound["sendgrid"] = SendGridInbound.from_settings(settings, now=seconds)
    return channels
