"""The console's bookings page (/admin/bookings) and the staff action a dry-run link needs:
marking its deposit paid, as the Stripe webhook would."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import or_

from app.bookings.desk import BookingDesk, Payment, audit
from app.bookings.events import is_dry_run_hold
from app.bookings.feed import calendar_token, feed_path
from app.bookings.rows import rows
from app.bookings.states import ACTIVE, BookingStatus, RefundState
from app.deps import DbSession, RuntimeDep
from app.models import Booking
from app.review.console.deps import ConsoleDep, Staff, StaffPost, unit
from app.review.console.pages import PREFIX

log = logging.getLogger(__name__)
RECENT_DAYS = 30

router = APIRouter(prefix=PREFIX)


def get_desk(runtime: RuntimeDep) -> BookingDesk:
    """The booking desk (404 when bookings are not configured)."""
    if runtime.bookings is None:
        raise HTTPException(404, "bookings are not available")
    return runtime.bookings


Desk = Annotated[BookingDesk, Depends(get_desk)]


@router.get("/bookings", response_model=None)
async def bookings(request: Request, console: ConsoleDep, staff: Staff, desk: Desk,
                   db: DbSession, runtime: RuntimeDep) -> Response:
    today = desk.today()
    async with unit(db):
        attention = await rows(db, desk, or_(
            Booking.status == BookingStatus.PAID_WITHOUT_SLOT,
            Booking.refund_state.in_((RefundState.DUE, RefundState.FAILED))))
        upcoming = await rows(db, desk, Booking.status.in_(tuple(ACTIVE)),
                               Booking.party_date >= today)
        recent = await rows(
            db, desk,
            Booking.status.in_((BookingStatus.RELEASED, BookingStatus.CANCELLED)),
            Booking.updated_at >= desk.now() - timedelta(days=RECENT_DAYS),
            order=Booking.updated_at.desc())
        token = await calendar_token(db, desk)
    settings = runtime.settings
    return console.render(
        request, staff, "bookings.html", attention=attention, upcoming=upcoming,
        recent=recent, feed_url=settings.public_base_url + feed_path(token),
        dry_run=desk.payments.dry_run, stripe_webhook=bool(settings.stripe_webhook_secret),
    )


@router.post("/bookings/{booking_id}/mark-paid", response_model=None)
async def mark_paid(booking_id: int, staff: StaffPost, desk: Desk, db: DbSession) -> Response:
    async with unit(db):
        booking = await db.get(Booking, booking_id)
        if booking is None:
            raise HTTPException(404, "no such booking")
        if not is_dry_run_hold(booking):
            raise HTTPException(409, "only a held booking with a dry-run link can be marked "
                                     "paid here; real payments arrive from Stripe")
        payment = Payment(amount_cents=booking.deposit_cents, currency="usd",
                          payment_intent_id=None, source=f"dry run: {staff.actor}")
        outcome = await desk.confirm_payment(db, booking, payment)
        audit(db, "booking_mark_paid", booking, actor=staff.actor, outcome=outcome)
    log.info("%s marked dry-run booking %s paid: %s", staff.actor, booking_id, outcome)
    return RedirectResponse(f"{PREFIX}/bookings", status_code=303)
