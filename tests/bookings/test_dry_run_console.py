"""The demo without any provider: a booking in dry-run mode through the review console. The
deposit link is this gateway's dry-run page, labelled as such; staff mark the deposit paid and
the booking goes on exactly as a Stripe payment would take it."""

from __future__ import annotations

import re

from sqlalchemy import select

from app.models import Booking, Draft, Outbox
from tests.bookings.conftest import INQUIRY, OpenApp, drain
from tests.console.conftest import NO_TWILIO, PASSWORD, ConsoleClient

NO_STRIPE = {"stripe_secret_key": "", "stripe_webhook_secret": ""}


async def test_a_dry_run_booking_in_the_console(open_app: OpenApp) -> None:
    runtime, http = await open_app(admin_password=PASSWORD, **NO_TWILIO, **NO_STRIPE)
    console = ConsoleClient(http=http, runtime=runtime)
    anonymous = await http.get("/admin/bookings")
    assert anonymous.status_code in (303, 403)
    await console.sign_in()

    simulated = await console.post("/admin/simulate", {"channel": "sms", "sender": "+19165550123",
                                                        "name": "", "text": INQUIRY})
    assert simulated.status_code == 303
    conversation_url = simulated.headers["location"].split("?")[0]
    await drain(runtime)
    page = await console.get(conversation_url)
    assert "Approving this draft holds <strong>Saturday, June 13</strong>" in page.text
    async with runtime.sessions() as session:
        draft = (await session.execute(select(Draft))).scalar_one()
    approved = await console.post(f"/admin/drafts/{draft.id}/approve", {})
    assert approved.status_code == 303
    await drain(runtime)

    async with runtime.sessions() as session:
        booking = (await session.execute(select(Booking))).scalar_one()
        outbox = (await session.execute(select(Outbox))).scalar_one()
    assert booking.dry_run and booking.status == "hold"
    link = booking.checkout_url or ""
    assert re.fullmatch(r"https://gateway\.example\.com/bookings/dry-run/dryrun_\d+_[\w-]+", link)
    assert outbox.text.endswith(f"pay the $100.00 deposit within 24 hours here: {link}")
    assert outbox.state == "dry_run"  # no channel configured either: nothing leaves the machine
    page = await console.get(conversation_url)
    assert "DRY RUN - no payment taken" in page.text and link in page.text
    landing = await http.get(link.removeprefix("https://gateway.example.com"))
    assert landing.status_code == 200 and "takes no payment" in landing.text

    listing = await console.get("/admin/bookings")
    assert "deposit links are DRY RUN links" in listing.text
    assert "Held: awaiting deposit" in listing.text and "DRY RUN link" in listing.text
    assert f"/admin/bookings/{booking.id}/mark-paid" in listing.text
    assert "/calendar/" in listing.text and "/bookings.ics" in listing.text

    assert (await http.post(f"/admin/bookings/{booking.id}/mark-paid",
                            data={"csrf": "forged"})).status_code == 403
    paid = await console.post(f"/admin/bookings/{booking.id}/mark-paid", {})
    assert paid.status_code == 303
    await drain(runtime)
    async with runtime.sessions() as session:
        confirmed = await session.get(Booking, booking.id)
        confirmation = (await session.execute(
            select(Draft).where(Draft.responder == "bookings"))).scalar_one()
    assert confirmed is not None and (confirmed.status, confirmed.paid_cents) == ("confirmed", 10000)
    assert "deposit paid: $100.00; balance due on the day: $500.00" in confirmation.text
    listing = await console.get("/admin/bookings")
    assert "Booked: deposit paid" in listing.text and "Mark deposit paid" not in listing.text
    page = await console.get(conversation_url)
    assert "deposit paid $100.00" in page.text
    again = await console.post(f"/admin/bookings/{booking.id}/mark-paid", {})
    assert again.status_code == 409
