"""Auto-approval by policy: off by default; each rule (faq, greeting, returning_quote,
out_of_hours); never with a flag, never a new customer's first quote; the stop switch; every
automatic send audited as automatic and shown as such in Slack and the console."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app import autoapprove
from app.main import create_app
from app.models import AuditEvent, Conversation, Draft, Message, Outbox
from app.out_of_hours import acknowledge_out_of_hours
from app.review import service
from app.runtime import Runtime, build_runtime
from app.tasks import make_worker
from tests.conftest import store_appended
from tests.fakes.server import FakeServer
from tests.helpers import slack_call, slack_routes
from tests.staff_helpers import deliver, drafts, telegram, twilio_message
from vocabulary.messages import InboundKind
from vocabulary.settings import Settings

WEDNESDAY_NIGHT = datetime(2030, 6, 13, 5, 0, tzinfo=UTC)  # 22:00 in Sacramento
THURSDAY_NOON = datetime(2030, 6, 13, 19, 0, tzinfo=UTC)
THURSDAY_NIGHT = datetime(2030, 6, 14, 5, 30, tzinfo=UTC)


@pytest.fixture
def fake_slack() -> Any:
    with FakeServer() as fake:
        slack_routes(fake)
        yield fake


Opener = Callable[..., contextlib.AbstractAsyncContextManager[tuple[Runtime, httpx.AsyncClient]]]


@pytest.fixture
def gateway(make_settings: Callable[..., Settings]) -> Opener:
    """A runtime and an HTTP client on the app, with these settings overrides."""

    @contextlib.asynccontextmanager
    async def open_(**overrides: Any) -> AsyncIterator[tuple[Runtime, httpx.AsyncClient]]:
        runtime = build_runtime(make_settings(**overrides))
        runtime.clock.fixed = THURSDAY_NOON
        transport = httpx.ASGITransport(app=create_app(runtime=runtime, run_worker=False))
        try:
            async with httpx.AsyncClient(transport=transport,
                                         base_url="https://gateway.example.com") as client:
                yield runtime, client
        finally:
            await runtime.close()

    return open_


ON = {"auto_approve": True}


async def _events(runtime: Runtime) -> list[tuple[str, str, int | None]]:
    async with runtime.sessions() as session:
        rows = (await session.execute(select(AuditEvent.actor, AuditEvent.action,
                                             AuditEvent.draft_id).order_by(AuditEvent.id))).all()
    return [(a, b, c) for a, b, c in rows]


async def _verdict(runtime: Runtime, draft: Draft) -> autoapprove.Verdict:
    async with runtime.sessions() as session:
        message = await session.get(Message, draft.inbound_message_id)
        assert message is not None
        return await autoapprove.evaluate(session, runtime.settings, draft, message)


async def test_off_by_default(gateway: Opener, fake_twilio: FakeServer) -> None:
    async with gateway() as (runtime, client):
        await twilio_message(client, channel="sms", sender="+19165550101",
                             text="Do you charge sales tax?")
        await make_worker(runtime).drain()
        (draft,) = await drafts(runtime)
        assert draft.state == "pending"
        assert (await _verdict(runtime, draft)).reason == "automatic replies are off (AUTO_APPROVE)"
    assert fake_twilio.calls("POST", "/Messages.json") == []


async def test_faq_rule_sends_and_says_so_in_slack_and_the_console(
    gateway: Opener, fake_twilio: FakeServer, fake_slack: FakeServer,
) -> None:
    slack = {"slack_bot_token": "xoxb-test", "slack_signing_secret": "s",
             "slack_review_channel": "C06A1HBCH9Q", "slack_api_base_url": fake_slack.url + "/api/"}
    async with gateway(**ON, **slack) as (runtime, client):
        await twilio_message(client, channel="sms", sender="+19165550102",
                             text="Hi! Do you charge sales tax?")
        await make_worker(runtime).drain()
        (draft,) = await drafts(runtime)
        assert (draft.state, draft.decided_by) == ("sent", "auto:faq")
        (send,) = fake_twilio.calls("POST", "/Messages.json")
        assert send.form()["Body"] == draft.text == "No sales tax is charged."
        assert await _events(runtime) == [("auto:faq", "approve", draft.id),
                                          ("auto:faq", "auto_approve", draft.id)]
        async with runtime.sessions() as session:
            event = (await session.execute(select(AuditEvent).where(
                AuditEvent.action == "auto_approve"))).scalar_one()
        assert event.detail == {"rule": "faq", "reason": "rule faq"}
        (posted,) = fake_slack.calls("POST", "chat.postMessage")
        assert "Approved automatically (rule: faq)" in json.dumps(slack_call(posted)["blocks"])
        assert all(b["type"] != "actions" for b in slack_call(posted)["blocks"])
        last = slack_call(fake_slack.calls("POST", "chat.update")[-1])
        assert "Sent automatically (rule: faq)" in json.dumps(last["blocks"])

        from app.review.console.mount import install_console  # noqa: F401  (mounted by create_app)

        page = await client.get(f"/admin/conversations/{draft.conversation_id}")
        assert page.status_code == 200  # localhost-only console without a password
        assert '<span class="badge auto">sent automatically</span>' in page.text
        assert '<span class="badge auto">automatic</span>' in page.text


async def test_money_unknown_topics_and_flags_wait_for_staff(
    gateway: Opener, fake_twilio: FakeServer,
) -> None:
    async with gateway(**ON, auto_approve_faq_topics="tax,deposit,equipment") as (runtime, client):
        worker = make_worker(runtime)
        await twilio_message(client, channel="sms", sender="+19165550103",
                             text="Is the deposit refundable?")  # a known topic, but money
        await twilio_message(client, channel="sms", sender="+19165550104",
                             text="Do you charge sales tax? Can you bring tables?")  # a flag
        await twilio_message(client, channel="sms", sender="+19165550105",
                             text="Do you do birthdays?")  # no known topic
        await worker.drain()
        money, flagged, unknown = await drafts(runtime)
        assert [d.state for d in (money, flagged, unknown)] == ["pending"] * 3
        assert (await _verdict(runtime, money)).reason == "never a new customer's first quote"
        assert (await _verdict(runtime, flagged)).reason == "flags: staff_to_confirm: equipment"
        assert (await _verdict(runtime, unknown)).reason == "flags: unhandled"
        # A customer staff answered before may get an FAQ answer, but not one stating money.
        async with runtime.sessions() as session, session.begin():
            assert (await service.approve(session, draft_id=money.id, actor="console:Maya")).ok
        await twilio_message(client, channel="sms", sender="+19165550103",
                             text="And is the deposit refundable if we move the date?")
        await worker.drain()
        latest = (await drafts(runtime))[-1]
        assert latest.state == "pending"
        assert (await _verdict(runtime, latest)).reason == "no rule matches"
    assert len(fake_twilio.calls("POST", "/Messages.json")) == 1  # staff's approval only


async def test_greeting_rule(gateway: Opener) -> None:
    async with gateway(**ON) as (runtime, _client):
        await deliver(runtime, telegram("81234567", "/start", kind=InboundKind.START, name="Ana"))
        await make_worker(runtime).drain()
        (draft,) = await drafts(runtime)
        assert draft.decided_by == "auto:greeting" and "$" not in draft.text
        async with runtime.sessions() as session:
            outbox = (await session.execute(select(Outbox))).scalar_one()
        assert (outbox.channel, outbox.state) == ("telegram", "dry_run")  # Telegram not configured


async def test_never_a_new_customers_first_quote(gateway: Opener,
                                                 fake_twilio: FakeServer) -> None:
    async with gateway(**ON, auto_approve_rules="returning_quote") as (runtime, client):
        worker = make_worker(runtime)
        await twilio_message(client, channel="sms", sender="+19165550106",
                             text="Quote for 10 adults with chicken, ZIP 95630?")
        await worker.drain()
        (first,) = await drafts(runtime)
        assert first.state == "pending" and first.quote is not None
        assert (await _verdict(runtime, first)).reason == "never a new customer's first quote"
        async with runtime.sessions() as session, session.begin():
            assert (await service.approve(session, draft_id=first.id, actor="console:Maya")).ok
        await twilio_message(client, channel="sms", sender="+19165550106",
                             text="And for 12 adults with chicken?")
        await worker.drain()
        second = (await drafts(runtime))[-1]
        assert second.decided_by == "auto:returning_quote" and "$660.00" in second.text
    bodies = [r.form()["Body"] for r in fake_twilio.calls("POST", "/Messages.json")]
    assert len(bodies) == 2 and "$660.00" in bodies[1]


async def test_stop_switch_stops_every_rule(gateway: Opener, fake_twilio: FakeServer) -> None:
    async with gateway(**ON) as (runtime, client):
        worker = make_worker(runtime)
        async with runtime.sessions() as session, session.begin():
            await autoapprove.set_paused(session, pause=True, actor="console:Maya")
        await twilio_message(client, channel="sms", sender="+19165550107",
                             text="Do you charge sales tax?")
        await deliver(runtime, telegram("81234568", "/start", kind=InboundKind.START))
        # Time only moves forward (jobs are due by the runtime clock): later that night.
        runtime.clock.fixed = THURSDAY_NIGHT  # nor the out-of-hours acknowledgement
        await twilio_message(client, channel="sms", sender="+19165550108", text="Hi, tip included?")
        await worker.drain()
        assert [d.state for d in await drafts(runtime)] == ["pending"] * 3
        assert (await _verdict(runtime, (await drafts(runtime))[0])).reason == (
            "automatic replies are stopped in the console")
        async with runtime.sessions() as session, session.begin():
            await autoapprove.set_paused(session, pause=False, actor="console:Maya")
        runtime.clock.fixed = THURSDAY_NOON + timedelta(days=1)  # Friday noon: open again
        await twilio_message(client, channel="sms", sender="+19165550107",
                             text="Is tip included?")
        await worker.drain()
        assert (await drafts(runtime))[-1].decided_by == "auto:faq"
    assert len(fake_twilio.calls("POST", "/Messages.json")) == 1


async def test_out_of_hours_acknowledgement(gateway: Opener, fake_twilio: FakeServer) -> None:
    async with gateway(**ON) as (runtime, client):
        worker = make_worker(runtime)
        runtime.clock.fixed = WEDNESDAY_NIGHT
        await twilio_message(client, channel="sms", sender="+19165550109",
                             text="Quote for 10 adults in 95630?")
        await worker.drain()
        ack, real = await drafts(runtime)
        assert (ack.responder, ack.decided_by, ack.state) == ("out_of_hours", "auto:out_of_hours",
                                                              "sent")
        assert ack.text == ("Thanks for your message! Our team is away right now and will "
                            "answer tomorrow at 9:00 AM.")
        assert real.state == "pending" and real.quote is not None  # the quote waits for staff
        await twilio_message(client, channel="sms", sender="+19165550109", text="Also 2 kids")
        await worker.drain()
        assert sum(d.responder == "out_of_hours" for d in await drafts(runtime)) == 1
        runtime.clock.fixed = THURSDAY_NOON  # open: no acknowledgement
        await twilio_message(client, channel="sms", sender="+19165550109", text="Any news?")
        await worker.drain()
        runtime.clock.fixed = THURSDAY_NIGHT  # the next night: a new one
        await twilio_message(client, channel="sms", sender="+19165550109", text="Hello?")
        await worker.drain()
        assert sum(d.responder == "out_of_hours" for d in await drafts(runtime)) == 2
        assert [e[1] for e in await _events(runtime) if e[0] == "auto:out_of_hours"] == [
            "approve", "auto_approve"] * 2
    bodies = [r.form()["Body"] for r in fake_twilio.calls("POST", "/Messages.json")]
    assert bodies == [ack.text, ack.text]


async def test_out_of_hours_acknowledgement_needs_auto_approval(
    gateway: Opener, fake_twilio: FakeServer,
) -> None:
    for n, overrides in enumerate(({}, {**ON, "auto_approve_rules": "faq"})):
        async with gateway(**overrides) as (runtime, client):
            runtime.clock.fixed = WEDNESDAY_NIGHT
            await twilio_message(client, channel="sms", sender=f"+1916555011{n}", text="Hi there")
            await make_worker(runtime).drain()
            assert [d.responder for d in await drafts(runtime)] == ["offline"] * (n + 1)
    assert fake_twilio.calls("POST", "/Messages.json") == []


async def test_out_of_hours_with_automatic_replies_off_opens_no_session(gateway: Opener) -> None:
    """The settings decide first: a draft written while closed, with AUTO_APPROVE off, pays for
    no session (and transaction) of the acknowledgement's."""
    async with gateway() as (runtime, client):
        runtime.clock.fixed = WEDNESDAY_NIGHT
        await twilio_message(client, channel="sms", sender="+19165550112", text="Hi there")
        await store_appended(runtime)
        async with runtime.sessions() as session:
            message = (await session.execute(select(Message))).scalar_one()
            conversation = await session.get(Conversation, message.conversation_id)
        assert conversation is not None
        opened: list[object] = []
        real = runtime.sessions

        def counted() -> Any:
            opened.append(None)
            return real()

        runtime.sessions = counted  # type: ignore[assignment]
        try:
            done = await acknowledge_out_of_hours(make_worker(runtime), conversation, message)
        finally:
            runtime.sessions = real
        assert done is None and opened == []


async def test_never_in_a_conversation_that_needs_a_human(gateway: Opener,
                                                          fake_twilio: FakeServer) -> None:
    async with gateway(**ON) as (runtime, client):
        worker = make_worker(runtime)
        await twilio_message(client, channel="sms", sender="+19165550111",
                             text="The chef never showed up last Saturday. Unacceptable.")
        await worker.drain()
        await twilio_message(client, channel="sms", sender="+19165550111",
                             text="Also, do you charge sales tax?")
        await worker.drain()
        complaint, faq = await drafts(runtime)
        assert complaint.state == "superseded" and "complaint" in complaint.flags
        assert faq.state == "pending"
        assert (await _verdict(runtime, faq)).reason == "the conversation needs a human"
        # Once a person has answered, the rules apply again.
        async with runtime.sessions() as session, session.begin():
            assert (await service.approve(session, draft_id=faq.id, actor="console:Maya")).ok
        await twilio_message(client, channel="sms", sender="+19165550111",
                             text="Is tip included?")
        await worker.drain()
        assert (await drafts(runtime))[-1].decided_by == "auto:faq"
    assert len(fake_twilio.calls("POST", "/Messages.json")) == 2
