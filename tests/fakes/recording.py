"""In-memory recording fakes for the internal seams: a `Sender`, a `ProfileSource` and a
`Drafter`. Each records what it was given, so a test asserts on exactly what crossed the seam."""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from adapters.base import ProfileSource, Sender
from app.channels import channel_limits
from orchestrator.bookings_text import BookingContext
from orchestrator.service import Draft, Turn
from orchestrator.tools.availability import Calendar
from vocabulary.errors import SendError
from vocabulary.messages import Channel, OutboundMessage, SendResult
from vocabulary.webhook import ChannelLimits


class RecordingSender(Sender):
    """Delivers nothing: records every message, answers `rec-<n>` ids, and raises the queued
    `failures` first (one per send)."""

    name = "recording"

    def __init__(self, *, channels: tuple[Channel, ...] = (Channel.SMS,),
                 failures: Iterable[SendError] = ()) -> None:
        self.channels = channels
        self.sent: list[OutboundMessage] = []
        self.attempts: list[OutboundMessage] = []
        self.failures: deque[SendError] = deque(failures)
        self.closed = False
        self._ids = itertools.count(1)

    def limits(self, channel: Channel) -> ChannelLimits:
        return channel_limits(channel)

    async def send(self, message: OutboundMessage) -> SendResult:
        self.attempts.append(message)
        if self.failures:
            raise self.failures.popleft()
        self.sent.append(message)
        return SendResult(provider_message_id=f"rec-{next(self._ids)}", parts=1)

    async def close(self) -> None:
        self.closed = True


class RecordingProfiles(ProfileSource):
    """Answers display names from `names` and records every lookup."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = dict(names)
        self.lookups: list[tuple[str, Channel]] = []

    async def fetch_profile(self, user_id: str, *, channel: Channel) -> str | None:
        self.lookups.append((user_id, channel))
        return self.names.get(user_id)


@dataclass
class DraftCall:
    """The arguments of one `Drafter.draft` call."""

    channel: Channel
    text: str
    history: list[Turn]
    customer_name: str | None
    staff_note: str | None = None
    booking: BookingContext | None = None


@dataclass
class RecordingDrafter:
    """A `Drafter` that returns `reply` (a fixed draft) and records every call."""

    reply: Draft = field(default_factory=lambda: make_draft("Thanks! What date is your party?"))
    calls: list[DraftCall] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    async def draft(self, *, channel: Channel, text: str, history: Sequence[Turn] = (),
                    customer_name: str | None = None, calendar: Calendar | None = None,
                    booking: BookingContext | None = None, staff_note: str | None = None,
                    previous_draft: str | None = None) -> Draft:
        self.calls.append(DraftCall(channel, text, list(history), customer_name,
                                    staff_note=staff_note, booking=booking))
        return self.reply

    def check_text(self, *, text: str, customer_text: str,
                   tool_runs: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
        self.checked.append(text)
        return ()

    def tool_schemas(self) -> list[dict[str, Any]]:
        return []

    async def aclose(self) -> None:
        return None


def make_draft(text: str, *, flags: tuple[str, ...] = (), needs_human: bool = False,
               quote: Mapping[str, Any] | None = None) -> Draft:
    """A model draft as the orchestrator returns it."""
    return Draft(text=text, tool_runs=(), flags=flags, quote=quote, responder="model",
                 model="gpt-test", usage={"total_tokens": 120}, latency_ms=42,
                 needs_human=needs_human)
