"""The booking side of a draft: the deposit-link line added to a reply that offers a quoted, open
date, and the policy reply to a request to move or cancel a booking."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

from orchestrator import bookings_text
from orchestrator.bookings_text import BookingContext
from orchestrator.catalog import Catalog
from orchestrator.drafts import Draft, ToolRun
from orchestrator.extraction import normalize
from orchestrator.guard import check_draft
from orchestrator.tools.availability import Calendar
from orchestrator.tools.registry import ToolResult
from orchestrator.tools.travel import DistanceService
from vocabulary.messages import Channel


def guard(draft_text: str, customer_text: str, runs: Sequence[ToolResult], catalog: Catalog
          ) -> tuple[str, ...]:
    """The price guard over a draft's text and the tool results behind it."""
    return check_draft(
        draft_text=draft_text,
        customer_text=customer_text,
        tool_results=[r.result for r in runs if r.ok and r.result is not None],
        tools_called=len(runs),
        catalog_amounts=catalog.money_facts(),
    )


def with_offer(
    text: str, runs: Sequence[ToolResult], channel: Channel, catalog: Catalog
) -> tuple[str, Mapping[str, Any] | None]:
    """The text with the deposit-link line when it offers a quoted, open date."""
    # The runs as `ToolRun` dicts, without `dataclasses.asdict`'s deep copy of every result:
    # the offer copies the one quote it keeps.
    offer = bookings_text.offer_from_runs([{"name": r.name, "arguments": r.arguments,
                                            "result": r.result, "error": r.error} for r in runs])
    if offer is None:
        return text, None
    line = bookings_text.offer_line(offer, catalog)
    return bookings_text.with_line(text, line, channel), offer


def change_draft(
    text: str,
    *,
    channel: Channel,
    customer_name: str | None,
    booking: BookingContext,
    calendar: Calendar,
    catalog: Catalog,
    distance: DistanceService,
    started: float,
) -> Draft | None:
    """A reply applying the policy to a request to move or cancel the active booking, or None
    when the message asks for neither."""
    change = bookings_text.change_reply(
        normalize(text), text, booking=booking, calendar=calendar, catalog=catalog,
        distance=distance, channel=channel, customer_name=customer_name,
    )
    if change is None:
        return None
    return Draft(
        text=change.text,
        tool_runs=tuple(ToolRun.of(r) for r in change.runs),
        flags=change.flags + guard(change.text, text, change.runs, catalog),
        quote=None,
        responder="offline",
        model=None,
        usage={},
        latency_ms=int((time.monotonic() - started) * 1000),
        needs_human=change.needs_human,
        booking=change.action,
    )
