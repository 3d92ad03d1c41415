"""One customer across channels: the automatic SMS/WhatsApp link, addresses stated in messages
offered as suggestions (never linked silently), one history for the model, and replies on the
channel the customer last wrote on."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app import customers
from app.models import AuditEvent, Contact, LinkSuggestion, Outbox
from app.review import service
from app.tasks import make_worker
from tests.fakes.server import FakeServer
from tests.staff_helpers import (
    RecordingOrchestrator,
    contact,
    deliver,
    drafts,
    email,
    telegram,
    twilio_message,
)

ASK = "Hi! How much for hibachi for 10 adults with filet mignon?"


@pytest.fixture
def orchestrator(settings: Any) -> RecordingOrchestrator:
    from app.orchestrator_factory import build_orchestrator

    return RecordingOrchestrator(build_orchestrator(settings))


def test_stated_addresses_are_normalized() -> None:
    found = customers.stated_addresses(
        "Text me at (916) 555-0123 or +1 916.555.0199, email Dana.Reyes@Example.com. "
        "UK cell +447700900123. Not a phone: order 12345678, zip 95630."
    )
    assert [(s.kind, s.address) for s in found] == [
        ("email", "dana.reyes@example.com"), ("phone", "+19165550123"),
        ("phone", "+19165550199"), ("phone", "+447700900123")]
    assert "(916) 555-0123" in found[1].evidence


async def test_same_phone_on_sms_and_whatsapp_is_one_customer_with_one_history(
    client: httpx.AsyncClient, runtime: Any, fake_twilio: FakeServer,
    orchestrator: RecordingOrchestrator,
) -> None:
    worker = make_worker(runtime)
    await twilio_message(client, channel="sms", sender="+19165550123", text=ASK)
    await worker.drain()
    await twilio_message(client, channel="whatsapp", sender="+19165550123",
                         text="We're in Folsom 95630", name="Dana Reyes")
    await worker.drain()

    sms, whatsapp = (await contact(runtime, "sms", "+19165550123"),
                     await contact(runtime, "whatsapp", "+19165550123"))
    assert sms.customer_id is not None and sms.customer_id == whatsapp.customer_id
    # The model saw the SMS turn while drafting the WhatsApp reply.
    second = orchestrator.calls[1]
    assert second["channel"].value == "whatsapp"
    assert [(t.role, t.text) for t in second["history"]] == [("customer", ASK)]
    first, latest = await drafts(runtime)
    assert first.state == "superseded"  # the customer wrote again, on the other channel
    assert latest.state == "pending" and latest.quote is not None
    assert Decimal(latest.quote["total"]) == Decimal("600.00")
    async with runtime.sessions() as session:
        (event,) = (await session.execute(
            select(AuditEvent).where(AuditEvent.action == "link"))).scalars()
        assert event.actor == "system"
        assert event.detail["how"] == "the same phone number on SMS and WhatsApp"

    async with runtime.sessions() as session, session.begin():
        assert (await service.approve(session, draft_id=latest.id, actor="U1")).ok
    await worker.drain()
    (send,) = fake_twilio.calls("POST", "/Messages.json")
    assert send.form()["To"] == "whatsapp:+19165550123"
    assert "$600.00" in send.form()["Body"]


async def test_reply_goes_out_where_the_customer_last_wrote(
    client: httpx.AsyncClient, runtime: Any, fake_twilio: FakeServer,
) -> None:
    worker = make_worker(runtime)
    await twilio_message(client, channel="sms", sender="+19165550144", text="Do you charge sales tax?")
    await worker.drain()
    await deliver(runtime, email("kim.ho@example.com", "Following up by email: is tip included?",
                                 name="Kim Ho"))
    await worker.drain()
    by_sms, by_email = await drafts(runtime)
    assert (by_sms.state, by_email.state) == ("pending", "pending")  # two people, so far
    sms, mail = await contact(runtime, "sms", "+19165550144"), await contact(runtime, "email",
                                                                           "kim.ho@example.com")
    async with runtime.sessions() as session, session.begin():
        await customers.link(session, contact_id=sms.id, other_id=mail.id, actor="console:Maya",
                             how="linked by staff")
    async with runtime.sessions() as session, session.begin():
        assert (await service.approve(session, draft_id=by_sms.id, actor="console:Maya")).ok
    async with runtime.sessions() as session:
        outbox = (await session.execute(select(Outbox))).scalar_one()
    assert (outbox.channel, outbox.recipient) == ("email", "kim.ho@example.com")
    assert fake_twilio.calls("POST", "/Messages.json") == []


async def test_stated_email_is_suggested_never_linked(
    client: httpx.AsyncClient, runtime: Any, orchestrator: RecordingOrchestrator,
) -> None:
    worker = make_worker(runtime)
    await deliver(runtime, email("dana.reyes@example.com", "Can you do July 19?", name="Dana Reyes"))
    await worker.drain()
    await twilio_message(client, channel="sms", sender="+19165550155",
                         text="This is Dana, my email is Dana.Reyes@Example.com if that's easier")
    await worker.drain()
    sms = await contact(runtime, "sms", "+19165550155")
    mail = await contact(runtime, "email", "dana.reyes@example.com")
    assert sms.customer_id is None and mail.customer_id is None
    # Not linked, so the SMS draft saw none of the email.
    assert orchestrator.calls[-1]["history"] == []
    async with runtime.sessions() as session:
        (suggestion,) = (await session.execute(select(LinkSuggestion))).scalars()
    assert (suggestion.contact_id, suggestion.other_contact_id, suggestion.address,
            suggestion.state) == (sms.id, mail.id, "dana.reyes@example.com", "open")
    assert "Dana.Reyes@Example.com" in suggestion.evidence


async def test_stated_phone_waits_for_its_contact(client: httpx.AsyncClient, runtime: Any) -> None:
    worker = make_worker(runtime)
    await deliver(runtime, telegram("81234567", "call me at (916) 555-0166 about a party"))
    await worker.drain()
    async with runtime.sessions() as session:
        (waiting,) = (await session.execute(select(LinkSuggestion))).scalars()
    assert (waiting.address, waiting.other_contact_id) == ("+19165550166", None)
    await twilio_message(client, channel="sms", sender="+19165550166", text="Hi, it's Sam")
    await worker.drain()
    sms = await contact(runtime, "sms", "+19165550166")
    async with runtime.sessions() as session:
        suggestion = await session.get(LinkSuggestion, waiting.id)
        assert suggestion is not None
        assert (suggestion.other_contact_id, suggestion.state) == (sms.id, "open")
        assert (await session.get(Contact, sms.id)).customer_id is None  # type: ignore[union-attr]


async def test_unlinked_pair_is_not_linked_again(client: httpx.AsyncClient, runtime: Any) -> None:
    worker = make_worker(runtime)
    await twilio_message(client, channel="sms", sender="+19165550188", text="hi")
    await twilio_message(client, channel="whatsapp", sender="+19165550188", text="hello")
    await worker.drain()
    whatsapp = await contact(runtime, "whatsapp", "+19165550188")
    assert whatsapp.customer_id is not None
    async with runtime.sessions() as session, session.begin():
        assert await customers.unlink(session, contact_id=whatsapp.id, actor="console:Maya")
    await twilio_message(client, channel="whatsapp", sender="+19165550188", text="still me")
    await worker.drain()
    sms = await contact(runtime, "sms", "+19165550188")
    whatsapp = await contact(runtime, "whatsapp", "+19165550188")
    assert (sms.customer_id, whatsapp.customer_id) == (None, None)
    async with runtime.sessions() as session:
        refusal = (await session.execute(select(LinkSuggestion))).scalar_one()
        actions = (await session.execute(select(AuditEvent.action).order_by(AuditEvent.id))
                   ).scalars().all()
    assert (refusal.state, refusal.decided_by) == ("dismissed", "console:Maya")
    assert [a for a in actions if a in ("link", "unlink")] == ["link", "unlink"]


async def test_linking_merges_two_customers_and_unlinking_the_last_pair_dissolves_it(
    runtime: Any,
) -> None:
    ids = []
    for message in (email("a@example.com", "hi"), email("b@example.com", "hi"),
                    email("c@example.com", "hi")):
        await deliver(runtime, message)
    async with runtime.sessions() as session:
        ids = list((await session.execute(select(Contact.id).order_by(Contact.id))).scalars())
    async with runtime.sessions() as session, session.begin():
        first = await customers.link(session, contact_id=ids[0], other_id=ids[1], actor="s",
                                     how="test")
        await customers.link(session, contact_id=ids[2], other_id=ids[1], actor="s", how="test")
    async with runtime.sessions() as session:
        groups = (await session.execute(select(Contact.customer_id))).scalars().all()
    assert groups == [first, first, first]
    async with runtime.sessions() as session, session.begin():
        await customers.unlink(session, contact_id=ids[0], actor="s")
        await customers.unlink(session, contact_id=ids[1], actor="s")
    async with runtime.sessions() as session:
        groups = (await session.execute(select(Contact.customer_id))).scalars().all()
    assert groups == [None, None, None]
    with pytest.raises(customers.LinkError):
        async with runtime.sessions() as session, session.begin():
            await customers.link(session, contact_id=ids[0], other_id=ids[0], actor="s", how="t")


async def test_stated_email_waits_for_its_contact(client: httpx.AsyncClient, runtime: Any) -> None:
    # The draft's reading statement says whether linking is due (an email lower-cased in SQL).
    worker = make_worker(runtime)
    await deliver(runtime, telegram("81234568", "email me at Lee.Park@Example.com for the menu"))
    await worker.drain()
    async with runtime.sessions() as session:
        (waiting,) = (await session.execute(select(LinkSuggestion))).scalars()
    assert (waiting.address, waiting.other_contact_id) == ("lee.park@example.com", None)
    await deliver(runtime, email("Lee.Park@Example.com", "Hi, it's Lee", name="Lee Park"))
    await worker.drain()
    async with runtime.sessions() as session:
        mail = (await session.execute(select(Contact).where(Contact.channel == "email"))
                ).scalar_one()
        suggestion = await session.get(LinkSuggestion, waiting.id)
        assert suggestion is not None
        assert (suggestion.other_contact_id, suggestion.state) == (mail.id, "open")
