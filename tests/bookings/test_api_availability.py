"""The /v1 API reads the bookings calendar from the database for check_availability."""

from __future__ import annotations

from datetime import date

from app.models import Booking, BookingSlot, Contact, Conversation
from tests.bookings.conftest import OpenApp

AUTH = {"Authorization": "Bearer test-key-0123456789"}


async def test_process_checks_the_date_against_the_database(open_app: OpenApp) -> None:
    runtime, http = await open_app(api_keys="test-key-0123456789")
    listed = await http.get("/v1/orchestrator/tools", headers=AUTH)
    assert "check_availability" in [t["name"] for t in listed.json()["tools"]]
    async with runtime.sessions() as session, session.begin():
        contact = Contact(channel="sms", address="+19165550170")
        session.add(contact)
        await session.flush()
        conversation = Conversation(contact_id=contact.id, channel="sms")
        session.add(conversation)
        await session.flush()
        for slot_no in (1, 2):
            booking = Booking(conversation_id=conversation.id, party_date=date(2026, 6, 13),
                              status="confirmed", total_cents=60000, deposit_cents=10000)
            session.add(booking)
            await session.flush()
            session.add(BookingSlot(day=date(2026, 6, 13), slot_no=slot_no, booking_id=booking.id))
    response = await http.post("/v1/orchestrator/process", headers=AUTH, json={
        "message": "Are you free Saturday June 13? 10 adults, chicken, ZIP 95630",
        "channel": "web_chat"})
    assert response.status_code == 200
    body = response.json()
    (check,) = [t for t in body["tools"] if t["name"] == "check_availability"]
    assert check["arguments"] == {"date": "Saturday June 13"}
    assert (check["result"]["status"], check["result"]["alternative_labels"]) == (
        "taken", ["Friday, June 12", "Sunday, June 14", "Monday, June 15"])
    assert "Saturday, June 13 is already booked." in body["draft"]
    assert "staff_to_confirm: date" not in body["flags"]
