"""The booking desk: the one owner of booking state. It answers what the calendar looks like,
confirms paid deposits and releases holds; approval.py uses it for holds, moves and cancellations.
Every change happens in the caller's transaction, and every follow-up (drafts, Slack, refunds,
reminders) is a job queued in that same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.bookings.payments import Payments
from app.bookings.slots import release_slot, take_slot, taken_by_day
from app.bookings.states import ACTIVE, BookingJob, BookingStatus, Notice, RefundState
from app.handoff import hand_to_staff
from app.jobs import enqueue
from app.models import AuditEvent, Booking
from orchestrator.catalog import Bookings, Catalog
from orchestrator.dates import label
from orchestrator.tools.availability import AvailabilityArgs, Calendar, check_availability
from vocabulary.settings import Settings

if TYPE_CHECKING:  # the drafting side's text: loaded where a draft asks for the context
    from orchestrator.bookings_text import BookingContext

EXPIRY_GRACE = timedelta(minutes=10)  # Stripe's "expired" event usually comes first
REMINDER_TIME = time(10, 0)
BOOKABLE = frozenset({"available", "taken"})


_BOOKINGS = Booking.__table__.c
_ACTIVE = sorted(str(status) for status in ACTIVE)
# Every draft asks for the conversation's next active booking: SQL text built once (building
# the ORM statement and loading the whole row cost more than running it).
_NEXT_ACTIVE = text(
    "SELECT id, status, party_date, guests, total_cents, deposit_cents FROM bookings "
    "WHERE conversation_id = :conversation AND status IN :active AND party_date >= :today "
    "ORDER BY party_date LIMIT 1"
).bindparams(bindparam("active", expanding=True),
             bindparam("today", type_=_BOOKINGS.party_date.type)).columns(
    _BOOKINGS.id, _BOOKINGS.status, _BOOKINGS.party_date, _BOOKINGS.guests,
    _BOOKINGS.total_cents, _BOOKINGS.deposit_cents)


@dataclass(frozen=True, slots=True)
class Payment:
    """A deposit payment, from a Stripe event or staff marking a dry-run link paid."""

    amount_cents: int
    currency: str
    payment_intent_id: str | None
    source: str


def cents(amount: str | Decimal) -> int:
    return int((Decimal(str(amount)) * 100).to_integral_value())


def dollars(amount_cents: int) -> Decimal:
    return (Decimal(amount_cents) / 100).quantize(Decimal("0.01"))


class BookingDesk:
    """Booking rules from the catalog, the clock, and the payment provider."""

    def __init__(
        self, *, catalog: Catalog, clock: Callable[[], datetime], payments: Payments,
        settings: Settings,
    ) -> None:
        self.catalog = catalog
        self.clock = clock
        self.payments = payments
        self.settings = settings

    @property
    def rules(self) -> Bookings:
        return self.catalog.bookings

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.now().astimezone(self.rules.zone).date()

    def label(self, day: date) -> str:
        return label(day, today=self.today())

    async def calendar(self, session: AsyncSession) -> Calendar:
        """The days held or booked from today to the booking horizon, read now."""
        now = self.now()
        today = now.astimezone(self.rules.zone).date()
        last = today + timedelta(days=self.rules.horizon_days + 31)
        taken = await taken_by_day(session, first=today - timedelta(days=1), last=last)
        return Calendar(now=now, taken=taken)

    async def context(self, session: AsyncSession, conversation_id: int) -> BookingContext | None:
        """The conversation's next active booking, for drafting replies about it."""
        booking = (await session.execute(_NEXT_ACTIVE, {
            "conversation": conversation_id, "active": _ACTIVE, "today": self.today()})).first()
        if booking is None:
            return None
        from orchestrator.bookings_text import BookingContext

        return BookingContext(
            booking_id=booking.id,
            status=booking.status,
            day=booking.party_date,
            guests=booking.guests,
            total=str(dollars(booking.total_cents)),
            deposit=str(dollars(booking.deposit_cents)),
            deposit_paid=booking.status == BookingStatus.CONFIRMED,
        )

    def refusal(self, day: date) -> str | None:
        """Why `day` cannot be booked now (past, notice, blackout, horizon), else None. Whether
        a slot is free is for the database to say when the slot is taken."""
        answer = check_availability(
            self.catalog, Calendar(now=self.now()), AvailabilityArgs(date=day.isoformat())
        )
        return None if answer.status in BOOKABLE else answer.reason

    def reminder_at(self, day: date) -> datetime:
        """When the reminder draft is due: `reminder_days` before the party, 10:00 local."""
        local = datetime.combine(day - timedelta(days=self.rules.reminder_days), REMINDER_TIME,
                                 tzinfo=self.rules.zone)
        return local.astimezone(self.now().tzinfo)

    def queue_reminder(self, session: AsyncSession, booking: Booking) -> None:
        enqueue(session, kind=BookingJob.REMINDER,
                payload={"booking_id": booking.id, "date": booking.party_date.isoformat()},
                dedupe_key=f"{BookingJob.REMINDER}:{booking.id}:{booking.party_date.isoformat()}",
                run_after=self.reminder_at(booking.party_date))

    async def confirm_payment(self, session: AsyncSession, booking: Booking, payment: Payment) -> str:
        """Apply a paid deposit; returns what happened (for the event log and tests)."""
        if booking.status == BookingStatus.CONFIRMED:
            return "already_confirmed"
        booking.paid_cents, booking.paid_at = payment.amount_cents, self.now()
        booking.payment_intent_id = payment.payment_intent_id or booking.payment_intent_id
        if payment.amount_cents != booking.deposit_cents or payment.currency != "usd":
            booking.note = (f"paid {payment.amount_cents} {payment.currency} cents, expected "
                            f"{booking.deposit_cents} usd: check before confirming")
            self.notify(session, booking, Notice.AMOUNT_MISMATCH)
            return "amount_mismatch"
        if booking.status == BookingStatus.HOLD:
            return self._confirmed(session, booking, "confirmed")
        if booking.status == BookingStatus.RELEASED:
            # Paid after the hold lapsed: keep the party if the day still has room.
            refusal = self.refusal(booking.party_date)
            slot = None if refusal else await take_slot(
                session, booking_id=booking.id, day=booking.party_date,
                capacity=self.rules.parties_per_day)
            if slot is not None:
                booking.note = "paid after the hold had expired; the date was still free: rebooked"
                return self._confirmed(session, booking, "rebooked")
            booking.status = BookingStatus.PAID_WITHOUT_SLOT
            booking.refund_state = RefundState.DUE
            booking.note = ("paid after the hold had expired and "
                            f"{refusal or 'the date is now fully booked'}: refund or make room")
            await self._needs_human(session, booking)
            self.notify(session, booking, Notice.PAID_WITHOUT_SLOT)
            return "paid_without_slot"
        booking.refund_state = RefundState.DUE
        booking.note = f"paid while {booking.status}: refund due"
        await self._needs_human(session, booking)
        self.notify(session, booking, Notice.PAID_AFTER_CANCEL)
        return "paid_after_cancel"

    def _confirmed(self, session: AsyncSession, booking: Booking, outcome: str) -> str:
        booking.status = BookingStatus.CONFIRMED
        booking.hold_expires_at = None
        booking.sequence += 1
        enqueue(session, kind=BookingJob.CONFIRMED, payload={"booking_id": booking.id},
                dedupe_key=f"{BookingJob.CONFIRMED}:{booking.id}")
        self.notify(session, booking, Notice.PAID)
        self.queue_reminder(session, booking)
        audit(session, "booking_confirmed", booking, outcome=outcome)
        return outcome

    async def release(
        self, session: AsyncSession, booking: Booking, *, reason: str, notice: Notice | None
    ) -> bool:
        """Release a hold nobody paid; False when it is no longer a hold."""
        if booking.status != BookingStatus.HOLD:
            return False
        booking.status, booking.note = BookingStatus.RELEASED, reason
        booking.hold_expires_at = None
        await release_slot(session, booking_id=booking.id)
        audit(session, "booking_released", booking, reason=reason)
        if notice is not None:
            self.notify(session, booking, notice)
        return True

    def notify(self, session: AsyncSession, booking: Booking, notice: Notice) -> None:
        """Tell staff in Slack (a job; the console shows bookings from the database)."""
        enqueue(session, kind=BookingJob.NOTICE,
                payload={"booking_id": booking.id, "notice": notice.value})

    async def _needs_human(self, session: AsyncSession, booking: Booking) -> None:
        await hand_to_staff(session, conversation_id=booking.conversation_id)


def audit(session: AsyncSession, action: str, booking: Booking, *, actor: str = "system",
          **detail: object) -> None:
    """An audit event about a booking (the review service's trail, without importing it)."""
    session.add(AuditEvent(actor=actor, action=action[:40], draft_id=booking.draft_id,
                           detail={"booking_id": booking.id, **detail}))
