"""What approving a draft does to bookings. Called by the review service inside the approval's
transaction (under a savepoint): a refusal leaves the draft pending and changes nothing.

- "hold": the reply offers a quoted, open date and still carries the deposit-link placeholder.
  A slot is taken (the database refuses the last one twice), the hold expires after
  `hold_hours`, and the reply waits for the `booking_link` job to put the Checkout URL in it.
  Staff who removed the placeholder line send the reply without holding anything.
- "move": the booking takes a slot on the new date and gives up the old one.
- "cancel": the booking is cancelled, its slot freed, and the deposit refunded when the reply
  promised it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.bookings.desk import EXPIRY_GRACE, BookingDesk, audit, cents
from app.bookings.slots import release_slot, take_slot
from app.bookings.states import ACTIVE, BookingJob, BookingStatus, RefundState
from app.jobs import enqueue
from app.models import Booking, Draft
from orchestrator.bookings_text import DEPOSIT_LINK
from orchestrator.replies import guests_phrase


@dataclass(frozen=True, slots=True)
class Applied:
    """`ok` False: refuse the approval with `message`. `defer_send`: the reply is queued by the
    booking_link job once the deposit link exists."""

    ok: bool
    message: str = ""
    defer_send: bool = False


async def apply_approval(
    session: AsyncSession,
    desk: BookingDesk | None,
    *,
    draft: Draft,
    text: str,
    edited: bool,
    actor: str,
) -> Applied:
    """Apply the draft's booking action (see the module docstring)."""
    action: dict[str, Any] = dict(draft.booking_action or {})
    kind = action.get("kind")
    if kind == "hold" and DEPOSIT_LINK not in text:
        return Applied(True, "sent without a hold: the deposit line was removed")
    if desk is None:
        return Applied(False, "bookings are not available in this process; nothing was changed")
    if kind == "hold":
        return await _hold(session, desk, draft, action, text, edited, actor)
    booking = await session.get(Booking, int(action.get("booking_id", 0)))
    if booking is None or booking.conversation_id != draft.conversation_id:
        return Applied(False, "the booking this reply is about does not exist")
    if booking.status not in ACTIVE:
        return Applied(False, f"booking #{booking.id} is {booking.status}; nothing was changed")
    if kind == "move":
        return await _move(session, desk, booking, date.fromisoformat(action["date"]), actor)
    if kind == "cancel":
        return await _cancel(session, desk, booking, bool(action.get("refund")), actor)
    return Applied(False, f"unknown booking action {kind!r}")


async def _hold(
    session: AsyncSession,
    desk: BookingDesk,
    draft: Draft,
    action: dict[str, Any],
    text: str,
    edited: bool,
    actor: str,
) -> Applied:
    day = date.fromisoformat(action["date"])
    refusal = desk.refusal(day)
    if refusal:
        return Applied(False, f"{refusal} Remove the deposit line to send the reply without a hold.")
    quote = dict(action["quote"])
    expires = desk.now() + timedelta(hours=desk.rules.hold_hours)
    booking = Booking(
        conversation_id=draft.conversation_id,
        draft_id=draft.id,
        party_date=day,
        party_time=action.get("time"),
        status=BookingStatus.HOLD,
        guests=guests_phrase(quote, short=False),
        quote=quote,
        total_cents=cents(quote["total"]),
        deposit_cents=cents(quote["deposit"]),
        includes_travel=bool(quote.get("total_includes_travel")),
        hold_expires_at=expires,
        dry_run=desk.payments.dry_run,
        reply_text=text,
        reply_edited=edited,
    )
    session.add(booking)
    await session.flush()
    slot = await take_slot(session, booking_id=booking.id, day=day,
                           capacity=desk.rules.parties_per_day)
    if slot is None:
        return Applied(False, f"{desk.label(day)} is no longer open: its last slot was just taken. "
                              "Edit the reply (remove the deposit line) or reject it.")
    enqueue(session, kind=BookingJob.LINK, payload={"booking_id": booking.id},
            dedupe_key=f"{BookingJob.LINK}:{booking.id}")
    enqueue(session, kind=BookingJob.EXPIRE, payload={"booking_id": booking.id},
            dedupe_key=f"{BookingJob.EXPIRE}:{booking.id}", run_after=expires + EXPIRY_GRACE)
    audit(session, "booking_hold", booking, actor=actor, date=day.isoformat(), slot=slot)
    return Applied(True, f"{desk.label(day)} held until the deposit is paid", defer_send=True)


async def _move(
    session: AsyncSession, desk: BookingDesk, booking: Booking, day: date, actor: str
) -> Applied:
    refusal = desk.refusal(day)
    if refusal:
        return Applied(False, refusal)
    old = booking.party_date
    await release_slot(session, booking_id=booking.id)
    await session.flush()
    slot = await take_slot(session, booking_id=booking.id, day=day,
                           capacity=desk.rules.parties_per_day)
    if slot is None:
        return Applied(False, f"{desk.label(day)} is no longer open; nothing was changed")
    booking.party_date = day
    booking.sequence += 1
    if booking.status == BookingStatus.CONFIRMED:
        desk.queue_reminder(session, booking)
    audit(session, "booking_moved", booking, actor=actor, old=old.isoformat(), new=day.isoformat())
    return Applied(True, f"moved from {desk.label(old)} to {desk.label(day)}")


async def _cancel(
    session: AsyncSession, desk: BookingDesk, booking: Booking, refund: bool, actor: str
) -> Applied:
    paid = booking.status == BookingStatus.CONFIRMED
    booking.status = BookingStatus.CANCELLED
    booking.hold_expires_at = None
    booking.sequence += 1
    await release_slot(session, booking_id=booking.id)
    if paid and refund:
        booking.refund_state = RefundState.REQUESTED
        enqueue(session, kind=BookingJob.REFUND, payload={"booking_id": booking.id},
                dedupe_key=f"{BookingJob.REFUND}:{booking.id}")
    elif paid:
        booking.refund_state = RefundState.NOT_REFUNDABLE
    elif booking.checkout_session_id and not booking.dry_run:
        enqueue(session, kind=BookingJob.CLOSE_LINK, payload={"booking_id": booking.id},
                dedupe_key=f"{BookingJob.CLOSE_LINK}:{booking.id}")
    booking.note = f"cancelled by {actor}" + (" (deposit refunded)" if paid and refund else "")
    audit(session, "booking_cancelled", booking, actor=actor, refund=paid and refund)
    return Applied(True, "booking cancelled" + (", deposit refund queued" if paid and refund else ""))
