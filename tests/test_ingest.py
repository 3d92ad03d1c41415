"""Storing parsed webhook content, called directly with normalized messages (no HTTP, no
adapter): rows, the jobs queued, duplicates, keywords, echoes, threads, floods, statuses."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.ingest import FloodPolicy, apply_status, mark_nonce
from app.models import Contact, Conversation, Draft, Message, Outbox
from app.review import service
from app.runtime import Runtime
from app.states import DraftState, JobKind, OutboxState
from tests.fakes.clock import FrozenClock
from tests.records import BUSINESS, CUSTOMER, RECEIVED, inbound, jobs, propose, store
from vocabulary.messages import Channel, DeliveryStatus, InboundKind, InboundMessage


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


async def _contact(runtime: Runtime, address: str = CUSTOMER) -> Contact:
    async with runtime.sessions() as session:
        contact = (await session.execute(
            select(Contact).where(Contact.address == address))).scalar_one()
    return contact


async def test_a_message_is_stored_once_with_one_draft_job(runtime: Runtime) -> None:
    message = inbound(1, name="Dana Whitfield")
    first = await store(runtime, message)
    again = await store(runtime, message)  # the provider's retry
    assert (len(first.stored), first.duplicates, first.jobs) == (1, 0, 1)
    assert (again.stored, again.duplicates, again.jobs) == ([], 1, 0)
    async with runtime.sessions() as session:
        row = await session.get(Message, first.stored[0])
        assert row is not None
        conversation = await session.get(Conversation, row.conversation_id)
    assert conversation is not None
    assert (row.direction, row.channel, row.sender, row.recipient, row.text, row.kind) == (
        "in", "sms", CUSTOMER, BUSINESS, message.text, "message")
    assert row.created_at == RECEIVED and conversation.last_inbound_at == RECEIVED
    assert (conversation.channel, conversation.business_address) == ("sms", BUSINESS)
    assert (await _contact(runtime)).display_name == "Dana Whitfield"
    (job,) = await jobs(runtime, JobKind.DRAFT)
    assert job.payload == {"conversation_id": conversation.id, "message_id": row.id}
    assert job.dedupe_key == f"draft:{row.id}"


async def test_stop_opts_out_and_start_opts_back_in_without_drafts(runtime: Runtime) -> None:
    stop = await store(runtime, inbound(1, text="STOP", kind=InboundKind.OPT_OUT))
    contact = await _contact(runtime)
    assert contact.opted_out and contact.opted_out_at is not None
    question = await store(runtime, inbound(2))  # stored, never drafted while opted out
    start = await store(runtime, inbound(3, text="START", kind=InboundKind.OPT_IN))
    help_ = await store(runtime, inbound(4, text="HELP", kind=InboundKind.HELP))
    assert [r.jobs for r in (stop, question, start, help_)] == [0, 0, 0, 0]
    assert [len(r.stored) for r in (stop, question, start, help_)] == [1, 1, 1, 1]
    contact = await _contact(runtime)
    assert (contact.opted_out, contact.opted_out_at) == (False, None)
    assert await jobs(runtime, JobKind.DRAFT) == []


async def test_a_new_message_supersedes_the_pending_draft(runtime: Runtime) -> None:
    first = await store(runtime, inbound(1))
    draft_id = await propose(runtime, first.stored[0])
    second = await store(runtime, inbound(2, text="Make that 12 adults"))
    async with runtime.sessions() as session:
        draft = await session.get(Draft, draft_id)
    assert draft is not None and draft.state is DraftState.SUPERSEDED
    assert [j.payload["message_id"] for j in await jobs(runtime, JobKind.DRAFT)] == [
        first.stored[0], second.stored[0]]
    assert [j.payload for j in await jobs(runtime, JobKind.REVIEW_UPDATE)] == [
        {"draft_id": draft_id}]


async def test_echoes_are_stored_as_ours_or_skipped_when_the_gateway_sent_them(
    runtime: Runtime,
) -> None:
    echo = {"channel": Channel.MESSENGER, "kind": InboundKind.ECHO, "sender": "104857392",
            "recipient": "7083456100000001"}
    page_echo = inbound(1, text="We'll call you tomorrow", **echo)  # type: ignore[arg-type]
    ours = inbound(2, raw={"from_gateway": True}, **echo)  # type: ignore[arg-type]
    staff = await store(runtime, page_echo)
    gateway = await store(runtime, ours)
    assert (len(staff.stored), staff.jobs) == (1, 0)
    assert (gateway.stored, gateway.duplicates, gateway.jobs) == ([], 1, 0)
    async with runtime.sessions() as session:
        row = await session.get(Message, staff.stored[0])
    assert row is not None and (row.direction, row.sender) == ("out", "104857392")
    assert (await _contact(runtime, "7083456100000001")).channel == "messenger"


async def test_an_email_reply_joins_the_thread_it_references(runtime: Runtime) -> None:
    def email(n: int, thread_ref: tuple[str, ...] = ()) -> InboundMessage:
        return inbound(n, channel=Channel.EMAIL, sender="dana@example.com", thread_ref=thread_ref)

    first = await store(runtime, email(1))
    other = await store(runtime, email(2))
    contact = await _contact(runtime, "dana@example.com")
    async with runtime.sessions() as session, session.begin():
        first_row = await session.get(Message, first.stored[0])
        assert first_row is not None
        # A second thread for the same customer, newer than the first.
        newer = Conversation(contact_id=contact.id, channel="email")
        session.add(newer)
    reply = await store(runtime, email(3, thread_ref=(first_row.provider_message_id,)))
    latest = await store(runtime, email(4))
    async with runtime.sessions() as session:
        rows = {m.id: m.conversation_id for m in (await session.execute(select(Message))).scalars()}
    assert rows[other.stored[0]] == rows[first.stored[0]]
    assert rows[reply.stored[0]] == first_row.conversation_id
    assert rows[latest.stored[0]] == newer.id  # no reference: the latest conversation


async def test_a_burst_is_stored_whole_and_drafted_after_the_cooldown(
    runtime: Runtime, clock: FrozenClock
) -> None:
    flood = FloodPolicy(limit=3, cooldown=60.0)
    for n in range(1, 6):
        await store(runtime, inbound(n, text=f"message {n}", received_at=clock.now()),
                    flood=flood)
        clock.advance(1)
    start = clock.now() - timedelta(seconds=5)
    waits = [(j.run_after - start).total_seconds() for j in await jobs(runtime, JobKind.DRAFT)]
    # Within the limit drafted at once (message n at second n-1); past it after the cooldown.
    assert waits == [0, 1, 2, 63, 64]
    clock.advance(60)  # the burst is a minute old: the next message is drafted at once
    await store(runtime, inbound(6, received_at=clock.now()), flood=flood)
    assert (await jobs(runtime, JobKind.DRAFT))[-1].run_after == clock.now()


async def test_delivery_statuses_move_the_outbox_and_tell_the_reviewers(runtime: Runtime) -> None:
    stored = await store(runtime, inbound(1))
    draft_id = await propose(runtime, stored.stored[0])
    async with runtime.sessions() as session, session.begin():
        decision = await service.approve(session, draft_id=draft_id, actor="U05R2M8KQ3A")
        outbox = await session.get(Outbox, decision.outbox_id)
        assert outbox is not None
        outbox.state, outbox.provider_message_id = OutboxState.SENT, "SMout1"
    before = len(await jobs(runtime, JobKind.REVIEW_UPDATE))

    def status(state: str, sid: str = "SMout1") -> DeliveryStatus:
        return DeliveryStatus(channel=Channel.SMS, provider_message_id=sid, status=state,
                              error_code="30005" if state == "undelivered" else None)

    async with runtime.sessions() as session, session.begin():
        assert await apply_status(session, status("sent")) is True  # known, changes nothing
        assert await apply_status(session, status("delivered", "SMunknown")) is False
    assert len(await jobs(runtime, JobKind.REVIEW_UPDATE)) == before
    async with runtime.sessions() as session, session.begin():
        assert await apply_status(session, status("undelivered")) is True
        outbox = await session.get(Outbox, decision.outbox_id)
    assert outbox is not None
    assert (outbox.state, outbox.last_error) == (OutboxState.FAILED, "undelivered (error 30005)")
    assert len(await jobs(runtime, JobKind.REVIEW_UPDATE)) == before + 1


async def test_a_nonce_is_accepted_once_per_provider(runtime: Runtime) -> None:
    async with runtime.sessions() as session, session.begin():
        assert await mark_nonce(session, provider="mailgun", nonce="tok-1") is True
        assert await mark_nonce(session, provider="mailgun", nonce="tok-1") is False
        assert await mark_nonce(session, provider="other", nonce="tok-1") is True


def test_flood_policy_defaults_match_the_settings() -> None:
    from vocabulary.settings import Settings

    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert FloodPolicy() == FloodPolicy(settings.flood_messages_per_minute,
                                        settings.flood_cooldown_seconds)
    assert timedelta(seconds=FloodPolicy().cooldown) == timedelta(minutes=1)
