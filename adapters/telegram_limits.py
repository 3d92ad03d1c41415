"""What a Telegram reply can carry, apart from the adapter: the gateway needs it even when
Telegram is off (a dry-run reply must fit the real channel), without loading python-telegram-bot."""

from __future__ import annotations

from vocabulary.messages import Channel
from vocabulary.webhook import ChannelLimits

# Telegram allows 4096 characters per message; a reply may take three.
LIMITS = {Channel.TELEGRAM: ChannelLimits(max_chars=4096, max_parts=3)}
