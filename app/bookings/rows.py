"""The bookings as the console lists them: one row per booking with its customer, date, status
and amounts. Kept apart from the console's routes so the conversation page (app.review.console)
and the bookings page both read them without importing each other."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.bookings.desk import BookingDesk, dollars
from app.bookings.events import is_dry_run_hold
from app.bookings.states import BookingStatus
from app.models import Booking, Contact, Conversation
from orchestrator.dates import label
from orchestrator.replies import money

LIMIT = 200
STATUS_LABELS = {
    BookingStatus.HOLD: "Held: awaiting deposit",
    BookingStatus.CONFIRMED: "Booked: deposit paid",
    BookingStatus.RELEASED: "Released",
    BookingStatus.CANCELLED: "Cancelled",
    BookingStatus.PAID_WITHOUT_SLOT: "Paid, no slot: refund or make room",
}


@dataclass(frozen=True, slots=True)
class BookingRow:
    """A booking as the console shows it."""

    booking: Booking
    customer: str
    when: str
    status_label: str
    total: str
    deposit: str
    paid: str | None
    can_mark_paid: bool


def row(booking: Booking, contact: Contact | None, desk: BookingDesk) -> BookingRow:
    return BookingRow(
        booking=booking,
        customer=(contact.display_name or contact.address) if contact else "",
        when=label(booking.party_date, today=desk.today())
        + (f" at {booking.party_time}" if booking.party_time else ""),
        status_label=STATUS_LABELS.get(BookingStatus(booking.status), booking.status),
        total=money(dollars(booking.total_cents)),
        deposit=money(dollars(booking.deposit_cents)),
        paid=money(dollars(booking.paid_cents)) if booking.paid_cents else None,
        can_mark_paid=is_dry_run_hold(booking),
    )


async def rows(session: AsyncSession, desk: BookingDesk, *where: object,
                order: object = Booking.party_date) -> list[BookingRow]:
    query = (
        select(Booking, Contact)
        .join(Conversation, Conversation.id == Booking.conversation_id)
        .join(Contact, Contact.id == Conversation.contact_id)
        .where(*where)  # type: ignore[arg-type]
        .order_by(order, Booking.id)  # type: ignore[arg-type]
        .limit(LIMIT)
    )
    return [row(b, c, desk) for b, c in (await session.execute(query)).all()]


async def conversation_bookings(session: AsyncSession, desk: BookingDesk | None,
                                conversation_id: int) -> list[BookingRow]:
    """Every booking of a conversation, the next party first."""
    if desk is None:
        return []
    return await rows(session, desk, Booking.conversation_id == conversation_id,
                       order=Booking.party_date.desc())
