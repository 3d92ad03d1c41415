"""After the deposit: a customer moves or cancels (the reply applies the refund policy, staff
confirm, the booking and the calendar follow), staff hear about payments in Slack, and a deposit
link Stripe refuses to create never leaves a silent hold."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
from icalendar import Calendar
from sqlalchemy import select, update

from app.bookings.feed import calendar_token, feed_path
from app.models import Booking, BookingSlot, Contact, Draft, Job, Outbox
from app.runtime import Runtime
from tests.bookings.conftest import OpenApp, approve, drain, hold, pending_draft, sms
from tests.fakes.server import FakeServer
from tests.fakes.stripe import FakeStripe, event, signed
from tests.helpers import count, slack_call, slack_routes

PAID = {"payment_status": "paid", "amount": 10000, "payment_intent": "pi_3PqMzJGateway0001"}


async def booked(runtime: Runtime, http: httpx.AsyncClient, sid: str = "SMchg0001") -> Booking:
    """A held booking, paid through a signed webhook, its confirmation approved and sent."""
    booking = await hold(runtime, http, sid=sid)
    body = event("checkout.session.completed", event_id=f"evt_paid_{sid}",
                 session_id=booking.checkout_session_id, booking_id=booking.id, **PAID)
    assert (await http.post("/webhooks/stripe", content=body, headers=signed(body))).text == "confirmed"
    await drain(runtime)
    assert (await approve(runtime, (await pending_draft(runtime)).id)).ok
    await drain(runtime)
    return booking


async def feed_events(runtime: Runtime, http: httpx.AsyncClient) -> list[Any]:
    async with runtime.sessions() as session, session.begin():
        token = await calendar_token(session, runtime.bookings)  # type: ignore[arg-type]
    response = await http.get(feed_path(token))
    return list(Calendar.from_ical(response.content).walk("VEVENT"))


async def test_cancelling_a_week_ahead_refunds_the_deposit(
    booking_runtime: Runtime, http: httpx.AsyncClient, fake_stripe: FakeStripe,
    fake_twilio: FakeServer,
) -> None:
    runtime = booking_runtime
    booking = await booked(runtime, http)
    assert len(await feed_events(runtime, http)) == 1
    await sms(http, "SMchg0002", "So sorry, we need to cancel the party.")
    await drain(runtime)
    draft = await pending_draft(runtime)
    assert draft.text == (
        "I'm sorry you have to cancel your party on Saturday, June 13. Since it's 7 or more days "
        "away, your $100.00 deposit will be refunded in full once our team confirms.")
    assert draft.booking_action == {"kind": "cancel", "booking_id": booking.id, "refund": True}
    assert draft.flags == [f"booking_cancel: booking #{booking.id}"]

    assert (await approve(runtime, draft.id)).ok
    await drain(runtime)
    async with runtime.sessions() as session:
        cancelled = await session.get(Booking, booking.id)
        assert await count(session, BookingSlot) == 0
    assert cancelled is not None
    assert (cancelled.status, cancelled.refund_state) == ("cancelled", "refunded")
    (refund,) = fake_stripe.refunds()
    form = refund.form()
    assert (form["payment_intent"], form["amount"]) == ("pi_3PqMzJGateway0001", "10000")
    assert refund.headers["idempotency-key"] == f"booking-{booking.id}-refund"
    assert cancelled.refund_id is not None and cancelled.refund_id.startswith("re_")
    assert fake_twilio.calls("POST", "/Messages.json")[-1].form()["Body"] == draft.text
    assert await feed_events(runtime, http) == []  # the owner's calendar drops it


async def test_cancelling_inside_the_week_keeps_the_deposit(
    booking_runtime: Runtime, http: httpx.AsyncClient, fake_stripe: FakeStripe,
) -> None:
    runtime = booking_runtime
    booking = await booked(runtime, http)
    runtime.clock.fixed = datetime(2026, 6, 9, 18, 0, tzinfo=UTC)  # four days before
    await sms(http, "SMchg0003", "We have to cancel, sorry")
    await drain(runtime)
    draft = await pending_draft(runtime)
    assert "the $100.00 deposit isn't refundable this close to the date" in draft.text
    assert draft.booking_action == {"kind": "cancel", "booking_id": booking.id, "refund": False}
    assert (await approve(runtime, draft.id)).ok
    await drain(runtime)
    async with runtime.sessions() as session:
        cancelled = await session.get(Booking, booking.id)
    assert cancelled is not None
    assert (cancelled.status, cancelled.refund_state) == ("cancelled", "not_refundable")
    assert fake_stripe.refunds() == []


async def test_moving_the_party_moves_the_booking_and_the_calendar(
    booking_runtime: Runtime, http: httpx.AsyncClient,
) -> None:
    runtime = booking_runtime
    booking = await booked(runtime, http)
    await sms(http, "SMchg0004", "Could we move it to Saturday June 20 instead?")
    await drain(runtime)
    draft = await pending_draft(runtime)
    assert draft.text == (
        "Good news: Saturday, June 20 is open. Once our team confirms, your party moves from "
        "Saturday, June 13 to Saturday, June 20 and your $100.00 deposit carries over.")
    assert (await approve(runtime, draft.id)).ok
    async with runtime.sessions() as session:
        moved = await session.get(Booking, booking.id)
        slots = [(s.day, s.booking_id) for s in (await session.execute(select(BookingSlot))).scalars()]
        reminders = (await session.execute(select(Job.run_after).where(
            Job.kind == "booking_reminder").order_by(Job.id))).scalars().all()
    assert moved is not None and (moved.party_date, moved.status) == (date(2026, 6, 20), "confirmed")
    assert slots == [(date(2026, 6, 20), booking.id)]
    assert reminders[-1] == datetime(2026, 6, 18, 17, 0, tzinfo=UTC)
    (party,) = await feed_events(runtime, http)
    assert party.decoded("dtstart") == date(2026, 6, 20) and party["sequence"] == moved.sequence
    # The reminder queued for the old date finds the party moved and drafts nothing.
    runtime.clock.fixed = datetime(2026, 6, 11, 17, 0, tzinfo=UTC)
    await drain(runtime)
    async with runtime.sessions() as session:
        assert await count(session, Draft, Draft.state == "pending") == 0


@pytest.fixture
def fake_slack() -> Iterator[FakeServer]:
    with FakeServer() as fake:
        slack_routes(fake)
        yield fake


async def test_slack_hears_about_the_deposit_with_outside_text_escaped(
    open_app: OpenApp, fake_slack: FakeServer,
) -> None:
    runtime, http = await open_app(
        slack_bot_token="xoxb-test", slack_signing_secret="test-slack-signing-secret",
        slack_review_channel="C06A1HBCH9Q", slack_api_base_url=fake_slack.url + "/api/")
    booking = await hold(runtime, http, sid="SMslack001")
    async with runtime.sessions() as session, session.begin():
        await session.execute(update(Contact).values(display_name="<!channel> Tom & <b>Jerry</b>"))
    body = event("checkout.session.completed", event_id="evt_slack_paid",
                 session_id=booking.checkout_session_id, booking_id=booking.id, **PAID)
    assert (await http.post("/webhooks/stripe", content=body, headers=signed(body))).status_code == 200
    await drain(runtime)
    notices = [slack_call(r) for r in fake_slack.calls("POST", "chat.postMessage")
               if "Deposit paid" in slack_call(r).get("text", "")]
    (notice,) = notices
    assert notice["channel"] == "C06A1HBCH9Q"
    assert notice["text"].splitlines()[:3] == [
        "*:moneybag: Deposit paid: party booked*",
        "&lt;!channel&gt; Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;: Saturday, June 13, 2026, 10 adults",
        "Total $600.00; deposit $100.00; paid $100.00",
    ]
    assert f"/admin/conversations/{booking.conversation_id}|Open the conversation>" in notice["text"]


async def test_a_link_stripe_refuses_releases_the_hold_and_tells_staff(
    booking_runtime: Runtime, http: httpx.AsyncClient, fake_stripe: FakeStripe,
) -> None:
    runtime = booking_runtime
    fake_stripe.fail_with = (401, {"type": "invalid_request_error",
                                   "message": "Invalid API Key provided: sk_test_****0000"})
    await sms(http, "SMfail0001", "Quote for 10 adults with filet mignon, ZIP 95630, June 13")
    await drain(runtime)
    draft = await pending_draft(runtime)
    assert (await approve(runtime, draft.id)).ok
    await drain(runtime)
    async with runtime.sessions() as session:
        booking = (await session.execute(select(Booking))).scalar_one()
        failed = await session.get(Draft, draft.id)
        notices = (await session.execute(select(Job.payload).where(
            Job.kind == "booking_notice"))).scalars().all()
        assert await count(session, Outbox) == 0 and await count(session, BookingSlot) == 0
    assert booking.status == "released"
    assert booking.note is not None and booking.note.startswith("deposit link could not be created: HTTP 401")
    assert failed is not None and failed.state == "failed"
    assert notices == [{"booking_id": booking.id, "notice": "link_failed"}]
    assert len(fake_stripe.created()) == 1  # a bad key is not retried


async def test_cancelling_a_hold_closes_its_deposit_link(
    booking_runtime: Runtime, http: httpx.AsyncClient, fake_stripe: FakeStripe,
) -> None:
    runtime = booking_runtime
    booking = await hold(runtime, http, sid="SMchg0005")
    await sms(http, "SMchg0006", "Actually please cancel, we changed plans")
    await drain(runtime)
    draft = await pending_draft(runtime)
    assert draft.text == ("No problem: once our team confirms, we'll release Saturday, June 13. "
                          "No deposit was taken, so there's nothing to refund.")
    assert (await approve(runtime, draft.id)).ok
    await drain(runtime)
    async with runtime.sessions() as session:
        cancelled = await session.get(Booking, booking.id)
        assert await count(session, BookingSlot) == 0
    assert cancelled is not None and (cancelled.status, cancelled.refund_state) == ("cancelled", None)
    (expire,) = fake_stripe.server.calls("POST", "/expire")
    assert expire.path == f"/v1/checkout/sessions/{booking.checkout_session_id}/expire"
    assert fake_stripe.sessions[booking.checkout_session_id or ""]["status"] == "expired"
