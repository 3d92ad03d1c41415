"""End to end against the fake Stripe: quote -> date -> approve -> deposit link -> signed payment
webhook -> confirmed booking -> confirmation reply -> reminder two days before."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import httpx
from icalendar import Calendar
from sqlalchemy import select

from app.bookings.feed import calendar_token, feed_path
from app.models import Booking, BookingSlot, Draft, Job, Outbox, StripeEvent
from app.runtime import Runtime
from tests.bookings.conftest import NOW, approve, drain, only_booking, pending_draft, sms
from tests.fakes.server import FakeServer
from tests.fakes.stripe import SECRET_KEY, FakeStripe, event, signed
from tests.helpers import count

INQUIRY = "Hi! Quote for 10 adults with filet mignon for all, ZIP 95630, on Saturday June 13?"
PAID = {"payment_status": "paid", "amount": 10000, "payment_intent": "pi_3PqMzJGateway0001"}


async def _pay(http: httpx.AsyncClient, booking: Booking, event_id: str = "evt_1PqMzKGatewayPaid001"
               ) -> httpx.Response:
    body = event("checkout.session.completed", event_id=event_id,
                 session_id=booking.checkout_session_id, booking_id=booking.id, **PAID)
    return await http.post("/webhooks/stripe", content=body, headers=signed(body))


async def test_quote_to_booked_party(
    http: httpx.AsyncClient, booking_runtime: Runtime, fake_stripe: FakeStripe,
    fake_twilio: FakeServer,
) -> None:
    runtime = booking_runtime
    await sms(http, "SMbook0001", INQUIRY)
    await drain(runtime)

    # The draft quotes from the pricing tool, says the date is open, and offers the deposit.
    draft = await pending_draft(runtime)
    assert "$600.00 total" in draft.text
    assert "Saturday, June 13 is open." in draft.text
    assert draft.text.endswith(
        "To book Saturday, June 13, pay the $100.00 deposit within 24 hours here: [DEPOSIT LINK]")
    assert [run["name"] for run in draft.tool_runs] == ["calculate_party_quote", "check_availability"]
    assert draft.booking_action is not None
    assert (draft.booking_action["kind"], draft.booking_action["date"]) == ("hold", "2026-06-13")
    assert draft.booking_action["quote"]["total"] == "600.00"

    # Approval holds the date; the reply waits for its link.
    decision = await approve(runtime, draft.id)
    assert decision.ok and decision.outbox_id is None
    booking = await only_booking(runtime)
    assert (booking.status, booking.party_date, booking.guests) == (
        "hold", date(2026, 6, 13), "10 adults")
    assert (booking.total_cents, booking.deposit_cents) == (60000, 10000)
    assert booking.hold_expires_at == NOW + timedelta(hours=24)
    async with runtime.sessions() as session:
        assert await count(session, BookingSlot, BookingSlot.day == date(2026, 6, 13)) == 1
        assert await count(session, Outbox) == 0

    await drain(runtime)
    # The Checkout Session Stripe was asked for.
    (create,) = fake_stripe.created()
    form = dict(__import__("urllib.parse").parse.parse_qsl(create.body.decode()))
    assert create.headers["authorization"] == f"Bearer {SECRET_KEY}"
    assert create.headers["idempotency-key"] == f"booking-{booking.id}-checkout"
    assert form["mode"] == "payment"
    assert form["line_items[0][price_data][unit_amount]"] == "10000"
    assert form["line_items[0][price_data][currency]"] == "usd"
    assert form["line_items[0][price_data][product_data][name]"] == (
        "Deposit: hibachi party on Saturday, June 13")
    assert form["metadata[booking_id]"] == str(booking.id)
    assert form["expires_at"] == str(int((NOW + timedelta(hours=24)).timestamp()))
    assert form["success_url"] == "https://gateway.example.com/bookings/thank-you"
    booking = await only_booking(runtime)
    session_obj = fake_stripe.sessions[booking.checkout_session_id or ""]
    # The Checkout URL goes out verbatim in the approved reply, to the customer's phone.
    (sent,) = fake_twilio.calls("POST", "/Messages.json")
    assert session_obj["url"] in sent.form()["Body"]
    assert sent.form()["Body"] == draft.text.replace("[DEPOSIT LINK]", session_obj["url"])
    assert booking.checkout_url == session_obj["url"] and not booking.dry_run

    # Stripe reports the payment: the booking is confirmed.
    response = await _pay(http, booking)
    assert response.status_code == 200 and response.text == "confirmed"
    booking = await only_booking(runtime)
    assert (booking.status, booking.paid_cents, booking.payment_intent_id) == (
        "confirmed", 10000, "pi_3PqMzJGateway0001")
    assert booking.hold_expires_at is None
    async with runtime.sessions() as session:
        (recorded,) = (await session.execute(select(StripeEvent))).scalars().all()
        assert (recorded.event_id, recorded.outcome) == ("evt_1PqMzKGatewayPaid001", "confirmed")
        reminder = (await session.execute(
            select(Job).where(Job.kind == "booking_reminder"))).scalar_one()
    # Two days before, 10:00 in Sacramento (PDT, UTC-7).
    assert reminder.run_after == datetime(2026, 6, 11, 17, 0, tzinfo=UTC)

    # The confirmation reply is queued for review with the booking's exact figures.
    await drain(runtime)
    confirmation = await pending_draft(runtime)
    assert confirmation.responder == "bookings"
    assert confirmation.text == (
        "Thank you! Your deposit of $100.00 is received and your hibachi party is booked for "
        "Saturday, June 13 (10 adults). Total: $600.00; deposit paid: $100.00; balance due on the "
        "day: $500.00. The deposit is refundable if you cancel 7 or more days before the party.")
    assert confirmation.flags == [f"booking_confirmation: booking #{booking.id}"]
    assert (await approve(runtime, confirmation.id)).ok
    await drain(runtime)
    assert fake_twilio.calls("POST", "/Messages.json")[-1].form()["Body"] == confirmation.text

    # The owner's calendar has the party.
    async with runtime.sessions() as session, session.begin():
        token = await calendar_token(session, runtime.bookings)  # type: ignore[arg-type]
    feed = await http.get(feed_path(token))
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("text/calendar")
    (party,) = Calendar.from_ical(feed.content).walk("VEVENT")
    assert party.decoded("dtstart") == date(2026, 6, 13)
    assert str(party["summary"]) == "Hibachi party: +19165550123 (10 adults)"
    assert "Balance due: $500.00" in str(party["description"])
    assert (await http.get(feed_path(token + "x"))).status_code == 404

    # The reminder waits for its day (the clock is injected, nothing sleeps).
    runtime.clock.fixed = datetime(2026, 6, 11, 16, 59, tzinfo=UTC)
    await drain(runtime)
    async with runtime.sessions() as session:
        assert await count(session, Draft, Draft.state == "pending") == 0
    runtime.clock.fixed = datetime(2026, 6, 11, 17, 0, tzinfo=UTC)
    await drain(runtime)
    reminder_draft = await pending_draft(runtime)
    assert reminder_draft.text == (
        "Just a reminder: your hibachi party with Sacramento Hibachi at Home is on Saturday, "
        "June 13 (10 adults). The balance of $500.00 is due on the day. Reply here if anything "
        "has changed.")
    assert reminder_draft.flags == [f"booking_reminder: booking #{booking.id}"]


async def test_removing_the_deposit_line_sends_without_a_hold(
    http: httpx.AsyncClient, booking_runtime: Runtime, fake_stripe: FakeStripe,
    fake_twilio: FakeServer,
) -> None:
    await sms(http, "SMbook0002", INQUIRY)
    await drain(booking_runtime)
    draft = await pending_draft(booking_runtime)
    edited = draft.text.split(" To book ")[0]
    decision = await approve(booking_runtime, draft.id, text=edited)
    assert decision.ok and decision.outbox_id is not None
    await drain(booking_runtime)
    async with booking_runtime.sessions() as session:
        assert await count(session, Booking) == 0 and await count(session, BookingSlot) == 0
    assert fake_stripe.created() == []
    assert fake_twilio.calls("POST", "/Messages.json")[-1].form()["Body"] == edited


async def test_a_taken_date_offers_the_nearest_open_dates_and_no_deposit(
    http: httpx.AsyncClient, booking_runtime: Runtime,
) -> None:
    runtime = booking_runtime
    # Both of June 13's slots are taken by earlier bookings.
    for n in range(2):
        await sms(http, f"SMfull{n}", INQUIRY, sender=f"+1916555014{n}")
        await drain(runtime)
        assert (await approve(runtime, (await pending_draft(runtime)).id)).ok
    await sms(http, "SMfull9", INQUIRY, sender="+19165550149")
    await drain(runtime)
    draft = await pending_draft(runtime)
    assert "Saturday, June 13 is already booked." in draft.text
    assert "Open nearby: Friday, June 12; Sunday, June 14" in draft.text
    assert draft.booking_action is None and "[DEPOSIT LINK]" not in draft.text
