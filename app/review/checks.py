"""Checks on staff-edited text before it is sent: channel limits and the price guard."""

from __future__ import annotations

from dataclasses import dataclass

from adapters.text import TooLong, fit_to_limits, segments_for
from app.channels import channel_limits
from app.orchestrator_factory import Drafter
from app.review.view import DraftView
from vocabulary.messages import Channel


@dataclass(frozen=True, slots=True)
class EditCheck:
    """`error` blocks the edit; `flags` and `note` are shown to the reviewer."""

    error: str | None
    flags: tuple[str, ...]
    note: str


def check_edit(orchestrator: Drafter, view: DraftView, text: str) -> EditCheck:
    """Refuse empty or too-long text; flag amounts the pricing tools never produced."""
    text = text.strip()
    if not text:
        return EditCheck("The reply is empty.", (), "")
    channel = Channel(view.conversation.channel)
    limits = channel_limits(channel)
    try:
        fit_to_limits(text, limits)
    except TooLong as exc:
        return EditCheck(f"Too long for {channel.value}: {exc}.", (), "")
    info = segments_for(limits, text)
    note = f"{info.segments} SMS segment(s), {info.encoding}" if info else ""
    flags = orchestrator.check_text(
        text=text,
        customer_text=view.latest.text if view.latest else "",
        tool_runs=view.draft.tool_runs or [],
    )
    return EditCheck(None, tuple(flags), note)


def edit_flags(check: EditCheck) -> tuple[str, ...]:
    """The flags an approved edit carries: the price guard's, then the segment note."""
    return (*check.flags, *((check.note,) if check.note else ()))
