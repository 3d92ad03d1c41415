"""The booking jobs. Payment-provider calls happen outside any transaction; their results commit
together with the job's completion (Worker.completing), so a crash means a re-run, and the
idempotency keys make a re-run harmless."""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.bookings.desk import BookingDesk
from app.bookings.drafts import confirmation_draft, reminder_draft
from app.bookings.notices import post_notice
from app.bookings.payments import DepositRequest, PaymentError
from app.bookings.states import BookingJob, BookingStatus, Notice, RefundState
from app.handoff import hand_to_staff
from app.jobs import ClaimedJob
from app.models import Booking, Conversation, Draft
from app.review.service import notify_reviewers, queue_reply, reply_failed
from app.worker import Handler, RetryLater, Worker
from orchestrator.bookings_text import DEPOSIT_LINK

log = logging.getLogger(__name__)


def _desk(worker: Worker) -> BookingDesk:
    desk = worker.runtime.bookings
    assert desk is not None
    return desk


async def _booking(worker: Worker, job: ClaimedJob) -> Booking:
    async with worker.runtime.sessions() as session:
        booking = await session.get(Booking, int(job.payload["booking_id"]))
    if booking is None:
        raise LookupError(f"booking {job.payload.get('booking_id')} is gone")
    return booking


def _give_up(worker: Worker, job: ClaimedJob, exc: PaymentError) -> bool:
    return exc.permanent or job.attempts >= worker.settings.job_max_attempts


async def run_link(worker: Worker, job: ClaimedJob) -> None:
    """Create the Checkout Session for a new hold, then queue the approved reply with its URL."""
    desk, booking = _desk(worker), await _booking(worker, job)
    if booking.status != BookingStatus.HOLD or booking.checkout_url:
        async with worker.completing(job) as session:
            if booking.status != BookingStatus.HOLD and not booking.checkout_url:
                await _reply_failed(session, booking, f"the hold was {booking.status} first")
        return
    assert booking.hold_expires_at is not None
    base = desk.settings.public_base_url
    request = DepositRequest(
        booking_id=booking.id,
        amount_cents=booking.deposit_cents,
        currency="usd",
        description=f"Deposit: hibachi party on {desk.label(booking.party_date)}",
        expires_at=booking.hold_expires_at,
        success_url=f"{base}/bookings/thank-you",
        cancel_url=f"{base}/bookings/thank-you?cancelled=1",
    )
    try:
        link = await desk.payments.checkout(request)
    except PaymentError as exc:
        if not _give_up(worker, job, exc):
            raise RetryLater(f"Checkout Session: {exc}") from exc
        async with worker.completing(job) as session:
            held = await session.get(Booking, booking.id, populate_existing=True)
            assert held is not None
            await desk.release(session, held, reason=f"deposit link could not be created: {exc}",
                               notice=Notice.LINK_FAILED)
            await _reply_failed(session, held, f"deposit link could not be created: {exc}")
        return
    async with worker.completing(job) as session:
        held = await session.get(Booking, booking.id, populate_existing=True)
        assert held is not None and held.reply_text is not None
        held.checkout_session_id, held.checkout_url, held.dry_run = (
            link.session_id, link.url, link.dry_run)
        if held.status != BookingStatus.HOLD:
            await _reply_failed(session, held, f"the hold was {held.status} before its link")
            return
        draft = await session.get(Draft, held.draft_id)
        assert draft is not None
        text = held.reply_text.replace(DEPOSIT_LINK, link.url)
        await session.execute(update(Draft).where(Draft.id == draft.id).values(final_text=text))
        await queue_reply(session, draft=draft, text=text, human_authored=held.reply_edited)
        notify_reviewers(session, draft.id)


async def _reply_failed(session: AsyncSession, booking: Booking, reason: str) -> None:
    """The approved reply cannot go out as approved: staff take over."""
    if booking.draft_id is None or not await reply_failed(session, draft_id=booking.draft_id,
                                                          reason=reason):
        await hand_to_staff(session, conversation_id=booking.conversation_id)


async def run_expire(worker: Worker, job: ClaimedJob) -> None:
    """Release a hold whose time ran out without a payment."""
    desk = _desk(worker)
    async with worker.completing(job) as session:
        booking = await session.get(Booking, int(job.payload["booking_id"]))
        if booking is None or booking.status != BookingStatus.HOLD:
            return
        if booking.hold_expires_at is not None and booking.hold_expires_at > desk.now():
            raise RetryLater("hold not expired yet",
                             delay=(booking.hold_expires_at - desk.now()).total_seconds())
        await desk.release(session, booking, reason="hold expired: no deposit was paid",
                           notice=Notice.EXPIRED)


async def run_confirmed(worker: Worker, job: ClaimedJob) -> None:
    """The confirmation reply, for staff to review and send."""
    desk = _desk(worker)
    async with worker.completing(job) as session:
        booking = await session.get(Booking, int(job.payload["booking_id"]))
        if booking is not None and booking.status == BookingStatus.CONFIRMED:
            await confirmation_draft(session, desk, booking)


async def run_reminder(worker: Worker, job: ClaimedJob) -> None:
    """The reminder draft, unless the party moved, was cancelled or is already past."""
    desk = _desk(worker)
    async with worker.completing(job) as session:
        booking = await session.get(Booking, int(job.payload["booking_id"]))
        if (
            booking is not None
            and booking.status == BookingStatus.CONFIRMED
            and booking.party_date == date.fromisoformat(job.payload["date"])
            and booking.party_date >= desk.today()
        ):
            await reminder_draft(session, desk, booking)


async def run_refund(worker: Worker, job: ClaimedJob) -> None:
    """Refund the deposit of a cancelled booking whose reply promised it."""
    desk, booking = _desk(worker), await _booking(worker, job)
    if booking.refund_state != RefundState.REQUESTED:
        async with worker.completing(job):
            return
    try:
        refund_id = await desk.payments.refund(
            booking_id=booking.id,
            payment_intent_id=booking.payment_intent_id or "",
            amount_cents=booking.paid_cents or booking.deposit_cents,
        )
        state = RefundState.DRY_RUN if desk.payments.dry_run or booking.dry_run else RefundState.REFUNDED
    except PaymentError as exc:
        if not _give_up(worker, job, exc):
            raise RetryLater(f"refund: {exc}") from exc
        refund_id, state = None, RefundState.FAILED
        log.warning("refund for booking %s failed: %s", booking.id, exc)
    async with worker.completing(job) as session:
        held = await session.get(Booking, booking.id, populate_existing=True)
        assert held is not None
        held.refund_id, held.refund_state = refund_id, state
        if state == RefundState.FAILED:
            desk.notify(session, held, Notice.REFUND_FAILED)


async def run_close_link(worker: Worker, job: ClaimedJob) -> None:
    """A cancelled hold's link must not take a payment any more."""
    desk, booking = _desk(worker), await _booking(worker, job)
    if booking.checkout_session_id:
        try:
            await desk.payments.expire(booking.checkout_session_id)
        except PaymentError as exc:
            if not _give_up(worker, job, exc):
                raise RetryLater(f"expire Checkout Session: {exc}") from exc
            # Already complete or expired at Stripe: a late payment is flagged when it arrives.
            log.warning("could not expire the link of booking %s: %s", booking.id, exc)
    async with worker.completing(job):
        pass


async def run_notice(worker: Worker, job: ClaimedJob) -> None:
    """Tell staff in Slack (without Slack the console's bookings page shows the same)."""
    booking = await _booking(worker, job)
    async with worker.runtime.sessions() as session:
        conversation = await session.get(Conversation, booking.conversation_id)
    await post_notice(worker.runtime, booking, Notice(job.payload["notice"]), conversation)
    async with worker.completing(job):
        pass


def booking_handlers() -> dict[str, Handler]:
    return {
        BookingJob.LINK: run_link,
        BookingJob.EXPIRE: run_expire,
        BookingJob.CONFIRMED: run_confirmed,
        BookingJob.REMINDER: run_reminder,
        BookingJob.REFUND: run_refund,
        BookingJob.CLOSE_LINK: run_close_link,
        BookingJob.NOTICE: run_notice,
    }
