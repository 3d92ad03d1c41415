"""Checks on staff-edited text before it is sent: channel limits and the price guard."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adapters.base import ChannelLimits
from adapters.text import TooLong, fit_to_limits, sms_segments
from app.messages import Channel
from app.review.view import DraftView

# Used when a channel's adapter is not configured (dry-run sends still respect real limits).
FALLBACK_LIMITS = {
    Channel.SMS: ChannelLimits(max_chars=1600, counts_segments=True),
    Channel.WHATSAPP: ChannelLimits(max_chars=1600),
    Channel.MESSENGER: ChannelLimits(max_chars=2000, max_parts=3),
    Channel.INSTAGRAM: ChannelLimits(max_chars=1000, max_parts=3),
    Channel.TELEGRAM: ChannelLimits(max_chars=4096, max_parts=3),
    Channel.EMAIL: ChannelLimits(max_chars=20000),
}


@dataclass(frozen=True, slots=True)
class EditCheck:
    """`error` blocks the edit; `flags` and `note` are shown to the reviewer."""

    error: str | None
    flags: tuple[str, ...]
    note: str


def channel_limits(runtime: Any, channel: Channel) -> ChannelLimits:
    sender = runtime.channels.senders.get(channel)
    if sender is not None:
        limits: ChannelLimits = sender.limits(channel)
        return limits
    return FALLBACK_LIMITS.get(channel, ChannelLimits(max_chars=4000))


def check_edit(runtime: Any, view: DraftView, text: str) -> EditCheck:
    """Refuse empty or too-long text; flag amounts the pricing tools never produced."""
    text = text.strip()
    if not text:
        return EditCheck("The reply is empty.", (), "")
    channel = Channel(view.conversation.channel)
    try:
        fit_to_limits(text, channel_limits(runtime, channel))
    except TooLong as exc:
        return EditCheck(f"Too long for {channel.value}: {exc}.", (), "")
    note = ""
    if channel == Channel.SMS:
        info = sms_segments(text)
        note = f"{info.segments} SMS segment(s), {info.encoding}"
    flags = runtime.orchestrator.check_text(
        text=text,
        customer_text=view.latest.text if view.latest else "",
        tool_runs=view.draft.tool_runs or [],
    )
    return EditCheck(None, tuple(flags), note)


def edit_flags(check: EditCheck) -> tuple[str, ...]:
    """The flags an approved edit carries: the price guard's, then the segment note."""
    return (*check.flags, *((check.note,) if check.note else ()))
