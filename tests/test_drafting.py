"""The drafting job with an in-memory recording drafter and profile source: what the
orchestrator is asked, what is stored for review, and when nothing is drafted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from adapters.text import sms_segments
from app.channels import Channels
from app.drafting import run_draft_job
from app.models import Contact, Conversation, Draft
from app.runtime import Runtime
from app.states import DraftState, JobKind, JobState
from app.worker import Worker
from orchestrator.service import Turn
from tests.fakes.clock import FrozenClock
from tests.fakes.recording import RecordingDrafter, RecordingProfiles, make_draft
from tests.records import inbound, jobs, store
from vocabulary.messages import Attachment, Channel, InboundKind
from vocabulary.settings import Settings

PSID = "7083456100000001"
REPLY = make_draft("Hi Marisol! 10 adults with filet mignon comes to $600.00. Which date?",
                   flags=("complaint",), needs_human=True, quote={"total": "600.00"})


@pytest.fixture
def orchestrator() -> RecordingDrafter:
    return RecordingDrafter(reply=REPLY)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def profiles() -> RecordingProfiles:
    return RecordingProfiles({PSID: "Marisol R"})


@pytest.fixture
def channels(profiles: RecordingProfiles) -> Channels:
    return Channels(profiles={Channel.MESSENGER: profiles})


@pytest.fixture
def settings(make_settings: Callable[..., Settings]) -> Settings:
    return make_settings(flood_messages_per_minute=2, draft_expiry_minutes=90)


async def _drain(runtime: Runtime) -> int:
    return await Worker(runtime=runtime, handlers={JobKind.DRAFT: run_draft_job}).drain()


async def _drafts(runtime: Runtime) -> list[Draft]:
    async with runtime.sessions() as session:
        return list((await session.execute(select(Draft).order_by(Draft.id))).scalars())


async def test_one_draft_for_the_latest_message_with_the_conversation_so_far(
    runtime: Runtime, orchestrator: RecordingDrafter, clock: FrozenClock
) -> None:
    await store(runtime, inbound(1, text="Hi, do you cater in Folsom?", name="Dana"))
    second = await store(runtime, inbound(2, text="10 adults, filet mignon, 95630"))
    assert await _drain(runtime) == 2  # the first job skips itself: a newer message is waiting
    (call,) = orchestrator.calls
    assert (call.channel, call.text, call.customer_name) == (
        Channel.SMS, "10 adults, filet mignon, 95630", "Dana")
    assert call.history == [Turn(role="customer", text="Hi, do you cater in Folsom?")]
    (draft,) = await _drafts(runtime)
    assert (draft.state, draft.inbound_message_id, draft.text) == (
        DraftState.PENDING, second.stored[0], REPLY.text)
    assert (draft.responder, draft.model, draft.usage, draft.latency_ms) == (
        "model", "gpt-test", {"total_tokens": 120}, 42)
    assert (draft.flags, draft.quote) == (["complaint"], {"total": "600.00", "order": None})
    assert draft.segments == sms_segments(REPLY.text).segments
    assert draft.expires_at == clock.now() + timedelta(minutes=90)
    # The drafting job posts the review itself (no Slack here): no second job, and the draft's
    # id is noted on the job that made it, so a re-run would post this draft, not draft again.
    assert await jobs(runtime, JobKind.REVIEW_POST) == []
    made = [job for job in await jobs(runtime, JobKind.DRAFT) if "draft_id" in job.payload]
    assert [(job.payload["draft_id"], job.state) for job in made] == [(draft.id, JobState.DONE)]
    async with runtime.sessions() as session:
        conversation = await session.get(Conversation, draft.conversation_id)
    assert conversation is not None and conversation.status == "needs_human"


async def test_a_missing_name_comes_from_the_profile_source_once(
    runtime: Runtime, orchestrator: RecordingDrafter, profiles: RecordingProfiles
) -> None:
    messenger: dict[str, Any] = {"channel": Channel.MESSENGER, "sender": PSID,
                                 "recipient": "104857392016482"}
    await store(runtime, inbound(1, **messenger))
    await _drain(runtime)
    await store(runtime, inbound(2, text="Saturday works", **messenger))
    await _drain(runtime)
    assert profiles.lookups == [(PSID, Channel.MESSENGER)]
    assert [c.customer_name for c in orchestrator.calls] == ["Marisol R", "Marisol R"]
    async with runtime.sessions() as session:
        contact = (await session.execute(select(Contact))).scalar_one()
    assert contact.display_name == "Marisol R"
    assert [d.segments for d in await _drafts(runtime)] == [None, None]  # not billed by segment


async def test_nothing_is_drafted_for_a_customer_who_opted_out(
    runtime: Runtime, orchestrator: RecordingDrafter
) -> None:
    await store(runtime, inbound(1))
    await store(runtime, inbound(2, text="STOP", kind=InboundKind.OPT_OUT))
    assert await _drain(runtime) == 1
    assert orchestrator.calls == [] and await _drafts(runtime) == []
    (job,) = await jobs(runtime, JobKind.DRAFT)
    assert job.state == "done"


async def test_an_attachment_alone_is_described_and_a_burst_is_flagged(
    runtime: Runtime, orchestrator: RecordingDrafter, clock: FrozenClock
) -> None:
    photo = Attachment(url="https://api.twilio.com/media/ME1", content_type="image/jpeg")
    for n in range(1, 4):
        message = inbound(n, text="", received_at=clock.now())
        await store(runtime, message if n < 3 else replace(message, attachments=(photo,)))
    await _drain(runtime)
    (call,) = orchestrator.calls
    assert call.text == "[customer sent an attachment]"
    (draft,) = await _drafts(runtime)
    assert draft.flags == ["complaint", "flood: 3 messages in the last minute; one draft for the burst"]



async def test_a_failed_count_of_the_model_outcome_costs_no_second_model_call(
    runtime: Runtime, orchestrator: RecordingDrafter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The outcome is recorded on its own before the draft's transaction, the breaker first:
    # its statement failing is logged, the tokens after it are not written, the draft commits.
    from sqlalchemy import text

    from app import draft_budget, model_outcome
    from app.models import UsageCounter

    monkeypatch.setattr(model_outcome, "_MODEL_ANSWERED", text("INSERT INTO no_such_table VALUES (1)"))
    await store(runtime, inbound(1, text="10 adults, filet mignon, 95630"))
    assert await _drain(runtime) == 1
    assert len(orchestrator.calls) == 1
    (draft,) = await _drafts(runtime)
    assert (draft.state, draft.text) == (DraftState.PENDING, REPLY.text)
    (job,) = await jobs(runtime, JobKind.DRAFT)
    assert (job.state, job.payload["draft_id"]) == (JobState.DONE, draft.id)
    async with runtime.sessions() as session:
        scopes = set((await session.execute(select(UsageCounter.scope))).scalars())
    assert draft_budget.TOKENS not in scopes  # not written: the breaker's statement failed first
    assert "drafts:minute" in scopes  # the admission, committed before the model call
