"""The owner's calendar: confirmed parties as an ICS feed at a secret URL.

The token is BOOKINGS_CALENDAR_TOKEN, or one the gateway generates once and keeps in the
database. A moved party keeps its UID with a higher SEQUENCE, so calendar apps update it; a
cancelled one leaves the feed, so they remove it.
"""

from __future__ import annotations

import secrets
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.bookings.desk import BookingDesk, dollars
from app.bookings.slots import insert_ignore
from app.bookings.states import BookingStatus
from app.models import Booking, Contact, Conversation, GatewaySecret
from orchestrator.replies import money

if TYPE_CHECKING:  # icalendar is loaded when a calendar is first served (start-up time)
    from icalendar import Event

TOKEN_NAME = "calendar_token"
PAST_DAYS = 60
PARTY_HOURS = 3


async def calendar_token(session: AsyncSession, desk: BookingDesk) -> str:
    """The feed's token: the configured one, else generated on first use and stored."""
    if desk.settings.bookings_calendar_token:
        return desk.settings.bookings_calendar_token
    await insert_ignore(session, GatewaySecret,
                        {"name": TOKEN_NAME, "value": secrets.token_urlsafe(24),
                         "created_at": desk.now()}, ["name"])
    stored = await session.get(GatewaySecret, TOKEN_NAME)
    assert stored is not None
    return stored.value


def feed_path(token: str) -> str:
    return f"/calendar/{token}/bookings.ics"


def _event(booking: Booking, customer: str, desk: BookingDesk, stamp: datetime) -> Event:
    from icalendar import Event

    event = Event()
    host = desk.settings.public_base_url.split("://", 1)[-1].split("/", 1)[0]
    event.add("uid", f"booking-{booking.id}@{host}")
    event.add("dtstamp", stamp)
    event.add("sequence", booking.sequence)
    if booking.party_time:
        start = datetime.combine(booking.party_date, time.fromisoformat(booking.party_time),
                                 tzinfo=desk.rules.zone)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(hours=PARTY_HOURS))
    else:
        event.add("dtstart", booking.party_date)
        event.add("dtend", booking.party_date + timedelta(days=1))
    event.add("summary", f"Hibachi party: {customer} ({booking.guests})")
    balance = dollars(max(0, booking.total_cents - (booking.paid_cents or 0)))
    event.add("description", "\n".join([
        f"Guests: {booking.guests}",
        f"Total: {money(dollars(booking.total_cents))}"
        + ("" if booking.includes_travel else " before travel"),
        f"Deposit paid: {money(dollars(booking.paid_cents or 0))}",
        f"Balance due: {money(balance)}",
        f"Conversation: {desk.settings.public_base_url}/admin/conversations/{booking.conversation_id}",
    ]))
    zip_code = (booking.quote.get("travel") or {}).get("zip_code")
    if zip_code:
        event.add("location", f"ZIP {zip_code}")
    event.add("status", "CONFIRMED")
    return event


async def ics_feed(session: AsyncSession, desk: BookingDesk) -> bytes:
    """Confirmed parties from two months back onwards."""
    since = desk.today() - timedelta(days=PAST_DAYS)
    rows = (
        await session.execute(
            select(Booking, Contact)
            .join(Conversation, Conversation.id == Booking.conversation_id)
            .join(Contact, Contact.id == Conversation.contact_id)
            .where(Booking.status == BookingStatus.CONFIRMED, Booking.party_date >= since)
            .order_by(Booking.party_date, Booking.id)
        )
    ).all()
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", "-//chat-gateway//bookings//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{desk.catalog.business.name}: parties")
    cal.add("x-wr-timezone", desk.rules.time_zone)
    stamp = desk.now()
    for booking, contact in rows:
        customer = contact.display_name or contact.address
        cal.add_component(_event(booking, customer, desk, booking.updated_at or stamp))
    return cal.to_ical()

