"""The send job with an in-memory recording sender: what the sender is handed, and what each
outcome (sent, transient, permanent, held, reauthorization, no channel, opted out) records."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from adapters.text import sms_segments
from app.channels import Channels
from app.models import ChannelState, Contact, Draft, Job, Message, Outbox, SendAttempt
from app.review import service
from app.runtime import Runtime
from app.states import DraftState, JobKind, JobState, OutboxState
from app.tasks import make_worker
from tests.fakes.clock import FrozenClock
from tests.fakes.recording import RecordingSender
from tests.records import BUSINESS, CUSTOMER, RECEIVED, inbound, jobs, propose, store
from vocabulary.errors import (
    PermanentSendError,
    ReauthRequired,
    SendError,
    SendHeld,
    TransientSendError,
)
from vocabulary.messages import Channel

TEXT = "Hi! 10 adults with filet mignon comes to $600.00. Which date works?"


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def failures() -> list[SendError]:
    return []


@pytest.fixture
def sender(failures: list[SendError]) -> Iterator[RecordingSender]:
    yield RecordingSender(channels=(Channel.SMS, Channel.EMAIL), failures=failures)


@pytest.fixture
def channels(sender: RecordingSender) -> Channels:
    channels = Channels()
    channels.add_sender(sender)
    return channels


async def _approved(runtime: Runtime, *, edited: str | None = None, n: int = 1,
                    channel: Channel = Channel.SMS, sender: str = CUSTOMER) -> int:
    stored = await store(runtime, inbound(n, channel=channel, sender=sender))
    draft_id = await propose(runtime, stored.stored[0], TEXT)
    async with runtime.sessions() as session, session.begin():
        decision = await service.approve(session, draft_id=draft_id, actor="U05R2M8KQ3A",
                                         edited_text=edited)
    assert decision.outbox_id is not None
    return decision.outbox_id


async def _send(runtime: Runtime) -> None:
    """Run the worker; make any scheduled retry due and run again, until nothing is left."""
    worker = make_worker(runtime)
    for _ in range(10):
        await worker.drain()
        async with runtime.sessions() as session, session.begin():
            result = await session.execute(update(Job).where(Job.state == JobState.QUEUED)
                                           .values(run_after=runtime.clock.now()))
        if not result.rowcount:  # type: ignore[attr-defined]
            return


async def _outbox(runtime: Runtime, outbox_id: int) -> tuple[Outbox, Draft, list[tuple[int, str]]]:
    async with runtime.sessions() as session:
        outbox = await session.get(Outbox, outbox_id)
        assert outbox is not None and outbox.draft_id is not None
        draft = await session.get(Draft, outbox.draft_id)
        attempts = (await session.execute(select(SendAttempt).order_by(SendAttempt.id))).scalars()
        assert draft is not None
        return outbox, draft, [(a.attempt, a.result) for a in attempts]


async def test_an_approved_reply_is_handed_to_the_sender_once_and_recorded(
    runtime: Runtime, sender: RecordingSender
) -> None:
    outbox_id = await _approved(runtime, edited="Hi! $600.00 all in.")
    await _send(runtime)
    (message,) = sender.sent
    assert (message.channel, message.recipient, message.text, message.idempotency_key) == (
        Channel.SMS, CUSTOMER, "Hi! $600.00 all in.", str(outbox_id))
    assert (message.sender, message.human_authored, message.last_inbound_at) == (
        BUSINESS, True, RECEIVED)
    assert (message.in_reply_to, message.references) == (None, ())  # threading is email's
    outbox, draft, attempts = await _outbox(runtime, outbox_id)
    assert (outbox.state, outbox.provider_message_id, outbox.attempts, outbox.last_error) == (
        OutboxState.SENT, "rec-1", 1, None)
    assert outbox.segments == sms_segments("Hi! $600.00 all in.").segments
    assert draft.state is DraftState.SENT and attempts == [(1, "sent")]
    async with runtime.sessions() as session:
        out = (await session.execute(select(Message).where(Message.direction == "out"))
               ).scalar_one()
    assert (out.provider_message_id, out.text, out.draft_id, out.segments) == (
        "rec-1", "Hi! $600.00 all in.", draft.id, outbox.segments)
    assert [j.payload for j in await jobs(runtime, JobKind.REVIEW_UPDATE)] == [
        {"draft_id": draft.id}] * 2  # approved, then sent


@pytest.mark.parametrize("failures", [[TransientSendError("503", code="503"),
                                       TransientSendError("timeout", retry_after=30.0)]])
async def test_transient_failures_are_retried_until_sent(
    runtime: Runtime, sender: RecordingSender, clock: FrozenClock
) -> None:
    outbox_id = await _approved(runtime)
    await make_worker(runtime).drain()  # RETRY_BASE_SECONDS is 0: the 503 is retried at once
    outbox, draft, _ = await _outbox(runtime, outbox_id)
    assert (outbox.state, outbox.attempts, outbox.last_error) == (
        OutboxState.PENDING, 2, "timeout")
    (job,) = await jobs(runtime, JobKind.SEND)
    assert job.state is JobState.QUEUED
    assert job.run_after == clock.now() + timedelta(seconds=30)  # the provider's Retry-After
    await _send(runtime)
    outbox, draft, attempts = await _outbox(runtime, outbox_id)
    assert (outbox.state, outbox.attempts, draft.state) == (OutboxState.SENT, 3, DraftState.SENT)
    assert attempts == [(1, "transient"), (2, "transient"), (3, "sent")]
    assert len(sender.attempts) == 3 and len(sender.sent) == 1
    assert {m.idempotency_key for m in sender.attempts} == {str(outbox_id)}


@pytest.mark.parametrize(("failures", "state", "result", "draft_state"), [
    ([PermanentSendError("invalid number", code="21211")], "failed", "permanent", "failed"),
    ([SendHeld("outside the 24-hour window", code="window")], "held", "held", "approved"),
])
async def test_a_send_that_cannot_succeed_is_shown_not_retried(
    runtime: Runtime, sender: RecordingSender, state: str, result: str, draft_state: str
) -> None:
    outbox_id = await _approved(runtime)
    await _send(runtime)
    outbox, draft, attempts = await _outbox(runtime, outbox_id)
    assert (outbox.state, draft.state, attempts) == (state, draft_state, [(1, result)])
    assert len(sender.attempts) == 1 and sender.sent == []


@pytest.mark.parametrize("failures", [[ReauthRequired("token expired", code="190")]])
async def test_a_refused_token_marks_the_channel(runtime: Runtime) -> None:
    outbox_id = await _approved(runtime)
    await _send(runtime)
    async with runtime.sessions() as session:
        state = await session.get(ChannelState, "sms")
    assert state is not None and state.needs_reauth
    assert state.detail == "token expired (code 190)"
    assert (await _outbox(runtime, outbox_id))[0].state is OutboxState.FAILED


async def test_no_sender_means_dry_run_and_an_opt_out_means_nothing_is_sent(
    runtime: Runtime, sender: RecordingSender
) -> None:
    telegram = await _approved(runtime, channel=Channel.TELEGRAM, sender="6384000001")
    opted_out = await _approved(runtime, n=2, sender="+19165550999")
    async with runtime.sessions() as session, session.begin():
        await session.execute(update(Contact).where(Contact.address == "+19165550999")
                              .values(opted_out=True))
    await _send(runtime)
    assert sender.attempts == []
    dry, dry_draft, _ = await _outbox(runtime, telegram)
    assert (dry.state, dry.last_error, dry_draft.state) == (
        OutboxState.DRY_RUN, "channel not configured: not sent", DraftState.APPROVED)
    out, out_draft, attempts = await _outbox(runtime, opted_out)
    assert (out.state, out.last_error, out_draft.state) == (
        OutboxState.FAILED, "the customer opted out: not sent", DraftState.FAILED)
    assert sorted(attempts) == [(0, "dry_run"), (0, "failed")]


async def test_an_email_reply_threads_onto_the_customers_last_message(
    runtime: Runtime, sender: RecordingSender
) -> None:
    first = inbound(1, channel=Channel.EMAIL, sender="dana@example.com",
                    thread_ref=("<older@example.com>",))
    await store(runtime, first)
    await _approved(runtime, n=2, channel=Channel.EMAIL, sender="dana@example.com")
    await _send(runtime)
    (message,) = sender.sent
    assert message.in_reply_to == inbound(2).provider_message_id
    assert message.references == ()  # message 2 carried no references of its own
