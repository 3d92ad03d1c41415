"""Stripe events about deposit Checkout Sessions, applied once each.

Handled: checkout.session.completed (paid at once, or "unpaid" while an async method clears),
checkout.session.async_payment_succeeded, checkout.session.expired and
checkout.session.async_payment_failed. Anything else, a session the gateway did not create, or an
event from the other mode (test vs live) is ignored and changes nothing. An event id already
handled changes nothing either: the id is recorded in the same transaction as its effect.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.bookings.desk import BookingDesk, Payment
from app.bookings.slots import insert_ignore
from app.bookings.states import BookingStatus, Notice
from app.models import Booking, StripeEvent

PAID = ("checkout.session.completed", "checkout.session.async_payment_succeeded")
ENDED = {
    "checkout.session.expired": ("the deposit link expired unpaid", Notice.EXPIRED),
    "checkout.session.async_payment_failed": ("the deposit payment failed", Notice.PAYMENT_FAILED),
}
HANDLED = frozenset({*PAID, *ENDED})


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore")


class EventData(_Loose):
    object: dict[str, Any]


class StripeEventIn(_Loose):
    """The parts of a Stripe event the gateway reads."""

    id: str = Field(min_length=1, max_length=255)
    type: str = Field(min_length=1, max_length=100)
    livemode: bool = False
    data: EventData


class CheckoutSessionIn(_Loose):
    id: str = Field(min_length=1, max_length=255)
    payment_status: str | None = None
    amount_total: int | None = None
    currency: str | None = None
    payment_intent: str | dict[str, Any] | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)

    @property
    def payment_intent_id(self) -> str | None:
        if isinstance(self.payment_intent, dict):
            value = self.payment_intent.get("id")
            return value if isinstance(value, str) else None
        return self.payment_intent


def _wrong_mode(desk: BookingDesk, event: StripeEventIn) -> bool:
    """A live event reaching a test key (or the reverse) belongs to another setup."""
    key = desk.settings.stripe_secret_key
    if key.startswith("sk_test_") or key.startswith("rk_test_"):
        return event.livemode
    if key.startswith("sk_live_") or key.startswith("rk_live_"):
        return not event.livemode
    return False


async def handle_event(session: AsyncSession, desk: BookingDesk, event: StripeEventIn) -> str:
    """Apply one verified event in the caller's transaction; returns the outcome."""
    if event.type not in HANDLED:
        return "ignored"
    if _wrong_mode(desk, event):
        return "other_mode"
    checkout = CheckoutSessionIn.model_validate(event.data.object)
    booking = (
        await session.execute(
            select(Booking).where(Booking.checkout_session_id == checkout.id).with_for_update()
        )
    ).scalar()
    if booking is None or checkout.metadata.get("booking_id") not in (None, str(booking.id)):
        return "unknown_session"
    recorded = await insert_ignore(
        session,
        StripeEvent,
        {"event_id": event.id, "type": event.type, "booking_id": booking.id,
         "outcome": "processing", "received_at": desk.now()},
        ["event_id"],
    )
    if recorded is None:
        return "duplicate"
    outcome = await _apply(session, desk, booking, event.type, checkout)
    await session.execute(update(StripeEvent).where(StripeEvent.id == recorded)
                          .values(outcome=outcome))
    return outcome


async def _apply(
    session: AsyncSession, desk: BookingDesk, booking: Booking, kind: str, checkout: CheckoutSessionIn
) -> str:
    if kind in PAID:
        if checkout.payment_status not in ("paid", "no_payment_required"):
            return "awaiting_async_payment"
        payment = Payment(
            amount_cents=checkout.amount_total or 0,
            currency=(checkout.currency or "").lower(),
            payment_intent_id=checkout.payment_intent_id,
            source=kind,
        )
        return await desk.confirm_payment(session, booking, payment)
    reason, notice = ENDED[kind]
    released = await desk.release(session, booking, reason=reason, notice=notice)
    return "released" if released else f"ignored_{booking.status}"


def is_dry_run_hold(booking: Booking) -> bool:
    """A hold whose link is a dry run: staff may mark its deposit paid from the console."""
    return booking.dry_run and booking.status == BookingStatus.HOLD
