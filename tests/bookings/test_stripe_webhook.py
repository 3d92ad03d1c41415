"""POST /webhooks/stripe: signed with Stripe's scheme, idempotent on the event id. Forged,
stale, replayed, unknown and malformed events change nothing; an expired or failed session
releases the hold; a payment for a hold that already expired is kept if the date is still free
and flagged to staff for a refund if it is not."""

from __future__ import annotations

import json
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.models import Booking, BookingSlot, Conversation, Job, StripeEvent
from app.runtime import Runtime
from tests.bookings.conftest import (
    NOW,
    OpenApp,
    catalog_with,
    drain,
    hold,
    pending_draft,
)
from tests.fakes.stripe import event, signed
from tests.helpers import count

PAID = {"payment_status": "paid", "amount": 10000, "payment_intent": "pi_3PqMzJGateway0001"}


def completed(booking: Booking, event_id: str = "evt_1PqMzKGatewayPaid001", **values: Any) -> bytes:
    return event("checkout.session.completed", event_id=event_id,
                 session_id=booking.checkout_session_id, booking_id=booking.id,
                 **{**PAID, **values})


async def post(http: httpx.AsyncClient, body: bytes, headers: dict[str, str] | None = None
               ) -> httpx.Response:
    return await http.post("/webhooks/stripe", content=body,
                           headers=signed(body) if headers is None else headers)


async def state(runtime: Runtime, booking_id: int) -> tuple[str, int, int, int]:
    """(status, slots held, events recorded, confirmation jobs) for a booking."""
    async with runtime.sessions() as session:
        booking = await session.get(Booking, booking_id)
        assert booking is not None
        return (
            booking.status,
            await count(session, BookingSlot, BookingSlot.booking_id == booking_id),
            await count(session, StripeEvent),
            await count(session, Job, Job.kind == "booking_confirmed"),
        )


@pytest.fixture
async def held(booking_runtime: Runtime, http: httpx.AsyncClient) -> Booking:
    return await hold(booking_runtime, http, sid="SMhook0001")


@pytest.mark.parametrize("headers", [
    pytest.param(lambda b: signed(b, secret="whsec_someone_else"), id="wrong-secret"),
    pytest.param(lambda b: signed(b, timestamp=int(time.time()) - 600), id="stale"),
    pytest.param(lambda b: {"Content-Type": "application/json"}, id="unsigned"),
    pytest.param(lambda b: {"Stripe-Signature": "t=abc,v1=zz"}, id="garbled"),
    pytest.param(lambda b: {"Stripe-Signature": "t=1,v1=é".encode("latin-1")}, id="non-ascii"),
])
async def test_forged_or_stale_events_are_400_and_change_nothing(
    booking_runtime: Runtime, http: httpx.AsyncClient, held: Booking, headers: Any
) -> None:
    body = completed(held)
    response = await post(http, body, headers(body))
    assert response.status_code == 400
    assert await state(booking_runtime, held.id) == ("hold", 1, 0, 0)


async def test_a_tampered_body_is_400(booking_runtime: Runtime, http: httpx.AsyncClient,
                                      held: Booking) -> None:
    body = completed(held)
    tampered = body.replace(b'"amount_total": 10000', b'"amount_total": 1')
    assert (await post(http, tampered, signed(body))).status_code == 400
    assert await state(booking_runtime, held.id) == ("hold", 1, 0, 0)


async def test_a_replayed_event_changes_nothing_the_second_time(
    booking_runtime: Runtime, http: httpx.AsyncClient, held: Booking
) -> None:
    body = completed(held)
    first, again = await post(http, body), await post(http, body)  # freshly signed both times
    assert (first.status_code, first.text) == (200, "confirmed")
    assert (again.status_code, again.text) == (200, "duplicate")
    assert await state(booking_runtime, held.id) == ("confirmed", 1, 1, 1)
    await drain(booking_runtime)
    await drain(booking_runtime)
    async with booking_runtime.sessions() as session:
        from app.models import Draft

        assert await count(session, Draft, Draft.responder == "bookings") == 1


async def test_unknown_events_and_sessions_are_ignored(
    booking_runtime: Runtime, http: httpx.AsyncClient, held: Booking
) -> None:
    other = event("payment_intent.succeeded", event_id="evt_3PqMzJGatewayPi0001",
                  booking_id=held.id, amount=10000, payment_intent="pi_3PqMzJGateway0001")
    assert (r := await post(http, other)).status_code == 200 and r.text == "ignored"
    stranger = event("checkout.session.completed", event_id="evt_1PqMzKGatewayStrangr",
                     session_id="cs_test_someone_elses_session", booking_id=held.id, **PAID)
    assert (r := await post(http, stranger)).status_code == 200 and r.text == "unknown_session"
    live = json.loads(completed(held, event_id="evt_1PqMzKGatewayLive01"))
    live["livemode"] = True
    live_body = json.dumps(live).encode()
    assert (r := await post(http, live_body)).status_code == 200 and r.text == "other_mode"
    assert await state(booking_runtime, held.id) == ("hold", 1, 0, 0)


@pytest.mark.parametrize("body", [b"{not json", b'{"id": "evt_1", "type": 5}', b"[]",
                                  b"\xff\xfe"])
async def test_malformed_signed_bodies_are_400(booking_runtime: Runtime, http: httpx.AsyncClient,
                                               held: Booking, body: bytes) -> None:
    assert (await post(http, body)).status_code == 400
    assert await state(booking_runtime, held.id) == ("hold", 1, 0, 0)


async def test_without_a_webhook_secret_the_webhook_is_off(open_app: OpenApp) -> None:
    _runtime, http = await open_app(stripe_webhook_secret="")
    body = event("payment_intent.succeeded", event_id="evt_x", booking_id=1, amount=1,
                 payment_intent="pi_x")
    assert (await post(http, body)).status_code == 404


@pytest.mark.parametrize("kind", ["checkout.session.expired", "checkout.session.async_payment_failed"])
async def test_an_expired_or_failed_session_releases_the_hold_and_tells_staff(
    booking_runtime: Runtime, http: httpx.AsyncClient, held: Booking, kind: str
) -> None:
    body = event(kind, event_id="evt_1PqMzKGatewayEnded01", session_id=held.checkout_session_id,
                 booking_id=held.id, amount=10000, payment_intent="pi_3PqMzJGateway0001")
    assert (r := await post(http, body)).status_code == 200 and r.text == "released"
    assert await state(booking_runtime, held.id) == ("released", 0, 1, 0)
    async with booking_runtime.sessions() as session:
        notice = (await session.execute(select(Job).where(Job.kind == "booking_notice"))
                  ).scalar_one()
        booking = await session.get(Booking, held.id)
    expected = "expired" if kind.endswith("expired") else "payment_failed"
    assert notice.payload == {"booking_id": held.id, "notice": expected}
    assert booking is not None and booking.note in (
        "the deposit link expired unpaid", "the deposit payment failed")


async def test_an_async_payment_confirms_only_when_it_clears(
    booking_runtime: Runtime, http: httpx.AsyncClient, held: Booking
) -> None:
    pending = completed(held, payment_status="unpaid")
    assert (await post(http, pending)).text == "awaiting_async_payment"
    assert (await state(booking_runtime, held.id))[0] == "hold"
    cleared = event("checkout.session.async_payment_succeeded",
                    event_id="evt_1PqMzKGatewayAsync01", session_id=held.checkout_session_id,
                    booking_id=held.id, **PAID)
    assert (await post(http, cleared)).text == "confirmed"
    assert await state(booking_runtime, held.id) == ("confirmed", 1, 2, 1)


async def test_a_wrong_amount_is_flagged_not_confirmed(
    booking_runtime: Runtime, http: httpx.AsyncClient, held: Booking
) -> None:
    assert (await post(http, completed(held, amount=100))).text == "amount_mismatch"
    assert (await state(booking_runtime, held.id))[0] == "hold"


async def _expire(runtime: Runtime, booking: Booking) -> None:
    """Let the hold run out: the expiry job releases it (nobody sleeps; the clock moves)."""
    runtime.clock.advance(timedelta(hours=24, minutes=11))
    await drain(runtime)
    assert (await state(runtime, booking.id))[:2] == ("released", 0)


async def test_payment_after_the_hold_expired_rebooks_a_still_free_date(
    booking_runtime: Runtime, http: httpx.AsyncClient, held: Booking
) -> None:
    await _expire(booking_runtime, held)
    response = await post(http, completed(held))
    assert (response.status_code, response.text) == (200, "rebooked")
    assert await state(booking_runtime, held.id) == ("confirmed", 1, 1, 1)
    await drain(booking_runtime)
    assert "booked for Saturday, June 13" in (await pending_draft(booking_runtime)).text


async def test_payment_after_the_hold_expired_and_the_date_was_taken_goes_to_staff(
    open_app: OpenApp, tmp_path: Path
) -> None:
    runtime, http = await open_app(
        business_catalog=catalog_with(tmp_path, parties_per_day="1"))
    first = await hold(runtime, http, sid="SMlate0001")
    await _expire(runtime, first)
    second = await hold(runtime, http, sid="SMlate0002", sender="+19165550188")
    response = await post(http, completed(first))
    assert (response.status_code, response.text) == (200, "paid_without_slot")
    async with runtime.sessions() as session:
        late = await session.get(Booking, first.id)
        other = await session.get(Booking, second.id)
        conversation = await session.get(Conversation, first.conversation_id)
        notices = (await session.execute(select(Job.payload).where(
            Job.kind == "booking_notice"))).scalars().all()
        confirmations = await count(session, Job, Job.kind == "booking_confirmed")
        slots = (await session.execute(select(BookingSlot))).scalars().all()
    assert late is not None and other is not None and conversation is not None
    assert (late.status, late.refund_state, late.paid_cents) == ("paid_without_slot", "due", 10000)
    assert late.note == ("paid after the hold had expired and the date is now fully booked: "
                         "refund or make room")
    assert other.status == "hold" and conversation.status == "needs_human"
    assert {"booking_id": first.id, "notice": "paid_without_slot"} in notices
    assert confirmations == 0
    assert [(s.day, s.booking_id) for s in slots] == [(date(2026, 6, 13), second.id)]
    assert runtime.clock.now() > NOW
