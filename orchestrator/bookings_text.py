"""Booking sentences: availability answers, the deposit offer, and the replies about an existing
booking (move, cancel, confirmation, reminder). Pure functions of tool results and catalog facts.

A draft that offers a booking carries `DEPOSIT_LINK` where the payment link goes: the gateway
replaces it with the Stripe Checkout URL when staff approve, and staff who delete that line send
the reply without holding the date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from orchestrator.catalog import Catalog
from orchestrator.dates import find_date_phrase, label
from orchestrator.replies import Piece, assemble, money
from orchestrator.tools.availability import Calendar
from orchestrator.tools.registry import AVAILABILITY_TOOL, QUOTE_TOOL, ToolResult, run_tool
from orchestrator.tools.travel import DistanceService
from vocabulary.messages import Channel

DEPOSIT_LINK = "[DEPOSIT LINK]"
_MOVE = re.compile(
    r"\b(?:reschedul\w*|postpone\w*|move (?:it|the (?:date|party|booking|event)|our \w+|to)|"
    r"change (?:the|our) date|(?:a |to a )?(?:different|another|new) date|push (?:it|the \w+) back|"
    r"switch (?:the |our )?date)"
)


@dataclass(frozen=True, slots=True)
class BookingContext:
    """The conversation's active booking, as the app passes it in. `status` is "hold" (deposit
    not paid yet) or "confirmed"; amounts are strings in dollars."""

    booking_id: int
    status: str
    day: date
    guests: str
    total: str
    deposit: str
    deposit_paid: bool


def availability_pieces(result: Mapping[str, Any] | None, *, short: bool) -> list[Piece]:
    """The reply's sentences for a check_availability result."""
    if not result:
        return []
    pieces = [Piece(str(result["reason"]))]
    labels = list(result.get("alternative_labels") or [])
    if labels and not result.get("available"):
        shown = labels[:2] if short else labels
        pieces.append(Piece("Open nearby: " + "; ".join(shown) + "."))
    return pieces


def offer_from_runs(runs: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """A booking offer when the drafting produced a quote with a known travel fee and an open
    date: {"kind": "hold", "date", "date_label", "time", "quote"}; else None."""
    quotes = [r for r in runs if r.get("name") == QUOTE_TOOL and r.get("result")]
    dates = [r for r in runs if r.get("name") == AVAILABILITY_TOOL and r.get("result")]
    if not quotes or not dates:
        return None
    quote, when = quotes[-1]["result"], dates[-1]["result"]
    if not when.get("available") or not quote.get("total_includes_travel"):
        return None
    return {
        "kind": "hold",
        "date": when["date"],
        "date_label": when["date_label"],
        "time": when.get("time"),
        "quote": dict(quote),
    }


def offer_line(offer: Mapping[str, Any], catalog: Catalog) -> str:
    """The sentence that carries the deposit link."""
    deposit = money(offer["quote"]["deposit"])
    hours = catalog.bookings.hold_hours
    return (
        f"To book {offer['date_label']}, pay the {deposit} deposit within {hours} hours here: "
        f"{DEPOSIT_LINK}"
    )


def with_line(text: str, line: str, channel: Channel) -> str:
    """`line` added to a reply: before an email's sign-off, else at the end."""
    sign_off = "\n\nBest regards,"
    if channel == Channel.EMAIL and sign_off in text:
        head, tail = text.split(sign_off, 1)
        return f"{head}\n\n{line}{sign_off}{tail}"
    separator = " " if channel in (Channel.SMS, Channel.PHONE) else "\n\n"
    return f"{text.rstrip()}{separator}{line}"


def wants_change(normalized_text: str) -> str | None:
    """ "move", "cancel" or None for a message about an existing booking."""
    if _MOVE.search(normalized_text):
        return "move"
    if "cancel" in normalized_text or "call it off" in normalized_text:
        return "cancel"
    return None


def refundable(day: date, today: date, catalog: Catalog) -> bool:
    """The published rule: the deposit is refunded when cancelled this many days before, or more."""
    return (day - today).days >= catalog.policies.deposit_refund_days


def cancel_reply(booking: BookingContext, *, today: date, catalog: Catalog) -> tuple[str, bool]:
    """The reply to a cancellation request and whether the deposit is refunded."""
    when = label(booking.day, today=today)
    days = catalog.policies.deposit_refund_days
    if not booking.deposit_paid:
        return (f"No problem: once our team confirms, we'll release {when}. No deposit was taken, "
                "so there's nothing to refund."), False
    deposit = money(booking.deposit)
    if refundable(booking.day, today, catalog):
        return (f"I'm sorry you have to cancel your party on {when}. Since it's {days} or more days "
                f"away, your {deposit} deposit will be refunded in full once our team confirms."
                ), True
    return (f"I'm sorry you have to cancel your party on {when}. Our policy refunds the deposit when "
            f"a party is cancelled {days} or more days before, so the {deposit} deposit isn't "
            "refundable this close to the date. Our team will confirm the cancellation."), False


def move_reply(
    booking: BookingContext, result: Mapping[str, Any] | None, *, today: date, catalog: Catalog
) -> tuple[str, dict[str, Any] | None, bool]:
    """The reply to a request to move the party, the move to apply on approval (None when there
    is nothing to apply yet), and whether staff must decide (inside the refund window)."""
    when = label(booking.day, today=today)
    if result is None or result.get("status") in ("unparsed", "unknown"):
        ask = f"Happy to look at moving your party on {when}. What date would you like instead?"
        return ask, None, False
    if not result.get("available"):
        pieces = availability_pieces(result, short=False)
        text = " ".join(p.text for p in pieces)
        return f"{text} Which date would work instead of {when}?", None, False
    move = {"kind": "move", "booking_id": booking.booking_id, "from": booking.day.isoformat(),
            "date": result["date"], "date_label": result["date_label"]}
    if refundable(booking.day, today, catalog) or not booking.deposit_paid:
        deposit = money(booking.deposit)
        carry = f" and your {deposit} deposit carries over" if booking.deposit_paid else ""
        return (f"Good news: {result['date_label']} is open. Once our team confirms, your party moves "
                f"from {when} to {result['date_label']}{carry}."), move, False
    days = catalog.policies.deposit_refund_days
    return (f"{result['date_label']} is open. Because your party is less than {days} days away, our "
            "team needs to approve the change; they'll confirm shortly."), move, True


@dataclass(frozen=True, slots=True)
class ChangeReply:
    """A reply about the active booking and what approving it does (`action`, or None)."""

    text: str
    runs: tuple[ToolResult, ...]
    flags: tuple[str, ...]
    action: dict[str, Any] | None
    needs_human: bool


def change_reply(
    normalized_text: str,
    text: str,
    *,
    booking: BookingContext,
    calendar: Calendar,
    catalog: Catalog,
    distance: DistanceService,
    channel: Channel,
    customer_name: str | None,
) -> ChangeReply | None:
    """The reply to a request to move or cancel `booking`; None when the message asks neither."""
    kind = wants_change(normalized_text)
    if kind is None:
        return None
    today = calendar.now.astimezone(catalog.bookings.zone).date()
    runs: tuple[ToolResult, ...] = ()
    needs_human = False
    action: dict[str, Any] | None
    if kind == "cancel":
        sentence, refund = cancel_reply(booking, today=today, catalog=catalog)
        action = {"kind": "cancel", "booking_id": booking.booking_id, "refund": refund}
    else:
        phrase = find_date_phrase(text)
        result = None
        if phrase is not None:
            run = run_tool(AVAILABILITY_TOOL, {"date": phrase}, catalog=catalog, distance=distance,
                           calendar=calendar)
            runs, result = (run,), run.result if run.ok else None
        sentence, action, needs_human = move_reply(booking, result, today=today, catalog=catalog)
    reply = assemble(channel=channel, catalog=catalog, customer_name=customer_name, quote=None,
                     body=[Piece(sentence)], asked={"deposit", "gratuity"})
    return ChangeReply(reply, runs, (f"booking_{kind}: booking #{booking.booking_id}",), action,
                       needs_human)


def confirmation_text(*, guests: str, when: str, total: Decimal, deposit: Decimal,
                      includes_travel: bool, catalog: Catalog) -> str:
    """The reply confirming a paid deposit."""
    balance = max(Decimal("0.00"), total - deposit)
    days = catalog.policies.deposit_refund_days
    total_word = "Total" if includes_travel else "Total before travel"
    return (
        f"Thank you! Your deposit of {money(deposit)} is received and your hibachi party is booked "
        f"for {when} ({guests}). {total_word}: {money(total)}; deposit paid: {money(deposit)}; "
        f"balance due on the day: {money(balance)}. The deposit is refundable if you cancel {days} "
        "or more days before the party."
    )


def reminder_text(*, guests: str, when: str, total: Decimal, deposit: Decimal,
                  catalog: Catalog) -> str:
    """The reminder sent a few days before the party."""
    balance = max(Decimal("0.00"), total - deposit)
    return (
        f"Just a reminder: your hibachi party with {catalog.business.name} is on {when} "
        f"({guests}). The balance of {money(balance)} is due on the day. Reply here if anything "
        "has changed."
    )
