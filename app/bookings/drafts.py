"""Replies the gateway writes itself about a booking (the confirmation, the reminder). They go to
staff for review like any other draft; their amounts come from the booking's quote snapshot, which
is kept as the draft's tool result so the price guard checks staff edits against it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.text import sms_segments
from app.bookings.desk import BookingDesk, dollars
from app.bookings.states import BOOKINGS_RESPONDER
from app.models import Booking, Contact, Conversation, Draft, Message
from app.review.service import notify_reviewers
from orchestrator.bookings_text import confirmation_text, reminder_text
from orchestrator.replies import Piece, assemble
from vocabulary.messages import Channel

QUOTE_RUN = "booking_quote"


async def _latest_inbound(session: AsyncSession, conversation_id: int) -> int | None:
    return (
        await session.execute(
            select(Message.id)
            .where(Message.conversation_id == conversation_id, Message.direction == "in")
            .order_by(Message.id.desc())
            .limit(1)
        )
    ).scalar()


async def booking_draft(
    session: AsyncSession, desk: BookingDesk, booking: Booking, *, body: str, flag: str
) -> Draft:
    """A pending draft about `booking`, in the channel's style, posted for review."""
    conversation = await session.get(Conversation, booking.conversation_id)
    assert conversation is not None
    contact = await session.get(Contact, conversation.contact_id)
    channel = Channel(conversation.channel)
    text = assemble(channel=channel, catalog=desk.catalog,
                    customer_name=contact.display_name if contact else None, quote=None,
                    body=[Piece(body)], asked={"deposit", "gratuity"})
    draft = Draft(
        conversation_id=conversation.id,
        inbound_message_id=await _latest_inbound(session, conversation.id),
        text=text,
        flags=[flag],
        tool_runs=[{"name": QUOTE_RUN, "arguments": {"booking_id": booking.id},
                    "result": booking.quote, "error": None}],
        quote=booking.quote,
        responder=BOOKINGS_RESPONDER,
        segments=sms_segments(text).segments if channel == Channel.SMS else None,
        expires_at=desk.now() + timedelta(minutes=desk.settings.draft_expiry_minutes),
    )
    session.add(draft)
    await session.flush()
    notify_reviewers(session, draft.id, new=True)
    return draft


async def confirmation_draft(session: AsyncSession, desk: BookingDesk, booking: Booking) -> Draft:
    body = confirmation_text(
        guests=booking.guests,
        when=desk.label(booking.party_date),
        total=dollars(booking.total_cents),
        deposit=dollars(booking.paid_cents or booking.deposit_cents),
        includes_travel=booking.includes_travel,
        catalog=desk.catalog,
    )
    return await booking_draft(session, desk, booking, body=body,
                               flag=f"booking_confirmation: booking #{booking.id}")


async def reminder_draft(session: AsyncSession, desk: BookingDesk, booking: Booking) -> Draft:
    body = reminder_text(
        guests=booking.guests,
        when=desk.label(booking.party_date),
        total=dollars(booking.total_cents),
        deposit=dollars(booking.paid_cents or booking.deposit_cents),
        catalog=desk.catalog,
    )
    return await booking_draft(session, desk, booking, body=body,
                               flag=f"booking_reminder: booking #{booking.id}")
