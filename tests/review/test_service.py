"""The draft state machine, called directly (no HTTP, no Slack): every transition, what it
queues, what it audits, and what it refuses."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from app.handoff import hand_to_staff
from app.models import AuditEvent, Conversation, Draft, Outbox
from app.review import approve_sql, service
from app.runtime import Runtime
from app.states import DraftState, JobKind, OutboxState
from tests.records import CUSTOMER, inbound, jobs, propose, store


async def _pending(runtime: Runtime, n: int = 1) -> int:
    """A pending draft in a conversation of its own (customer n; n=1 is CUSTOMER)."""
    sender = CUSTOMER if n == 1 else f"+1916555{n:04d}"
    result = await store(runtime, inbound(n, sender=sender))
    return await propose(runtime, result.stored[0])


async def _draft(runtime: Runtime, draft_id: int) -> Draft:
    async with runtime.sessions() as session:
        draft = await session.get(Draft, draft_id)
    assert draft is not None
    return draft


async def _audit(runtime: Runtime) -> list[tuple[str, str, int | None, dict[str, object]]]:
    async with runtime.sessions() as session:
        rows = (await session.execute(select(AuditEvent).order_by(AuditEvent.id))).scalars()
        return [(e.actor, e.action, e.draft_id, e.detail) for e in rows]


async def test_propose_stores_a_pending_draft_and_posts_it_once(runtime: Runtime) -> None:
    draft_id = await _pending(runtime)
    draft = await _draft(runtime, draft_id)
    assert draft.state is DraftState.PENDING
    (post,) = await jobs(runtime, JobKind.REVIEW_POST)
    assert (post.payload, post.dedupe_key) == ({"draft_id": draft_id}, f"review_post:{draft_id}")


async def test_approve_queues_exactly_one_send_and_tells_the_reviewers(runtime: Runtime) -> None:
    draft_id = await _pending(runtime)
    async with runtime.sessions() as session, session.begin():
        decision = await service.approve(session, draft_id=draft_id, actor="U05R2M8KQ3A")
    async with runtime.sessions() as session, session.begin():
        again = await service.approve(session, draft_id=draft_id, actor="U0OTHER")
    assert (decision.ok, decision.state, decision.message) == (
        True, "approved", "approved by U05R2M8KQ3A")
    assert (again.ok, again.state) == (False, "approved")
    draft = await _draft(runtime, draft_id)
    assert (draft.decided_by, draft.final_text) == ("U05R2M8KQ3A", draft.text)
    async with runtime.sessions() as session:
        (outbox,) = (await session.execute(select(Outbox))).scalars().all()
    assert outbox.id == decision.outbox_id
    assert (outbox.state, outbox.recipient, outbox.text, outbox.human_authored) == (
        OutboxState.PENDING, CUSTOMER, draft.text, False)
    (send,) = await jobs(runtime, JobKind.SEND)
    assert (send.payload, send.dedupe_key) == ({"outbox_id": outbox.id}, f"send:{outbox.id}")
    (update_job,) = await jobs(runtime, JobKind.REVIEW_UPDATE)
    assert update_job.id == decision.review_job and update_job.payload == {"draft_id": draft_id}
    assert await _audit(runtime) == [("U05R2M8KQ3A", "approve", draft_id,
                                      {"original": draft.text, "sent": draft.text})]


async def test_an_edit_is_sent_as_written_by_staff_and_keeps_the_checks(runtime: Runtime) -> None:
    draft_id = await _pending(runtime)
    same = await _pending(runtime, 2)  # another conversation's draft, approved unchanged
    original = (await _draft(runtime, draft_id)).text
    async with runtime.sessions() as session, session.begin():
        edited = await service.approve(session, draft_id=draft_id, actor="console:maya",
                                       edited_text="  Hi! $600.00 all in. Book Saturday?  ",
                                       extra_flags=("1 SMS segment(s), GSM-7",))
        unchanged = await service.approve(session, draft_id=same, actor="console:maya",
                                          edited_text=f" {original} ")
    assert (edited.state, unchanged.state) == ("edited", "approved")
    draft = await _draft(runtime, draft_id)
    assert (draft.text, draft.final_text) == (original, "Hi! $600.00 all in. Book Saturday?")
    assert draft.flags == ["model_flag", "1 SMS segment(s), GSM-7"]
    async with runtime.sessions() as session:
        outbox = await session.get(Outbox, edited.outbox_id)
        plain = await session.get(Outbox, unchanged.outbox_id)
    assert outbox is not None and plain is not None
    assert (outbox.text, outbox.human_authored) == ("Hi! $600.00 all in. Book Saturday?", True)
    assert (plain.text, plain.human_authored) == (original, False)
    actions = [(actor, action) for actor, action, _, _ in await _audit(runtime)]
    assert actions == [("console:maya", "edit"), ("console:maya", "approve")]


async def test_reject_needs_a_reason_and_hands_the_conversation_to_a_human(
    runtime: Runtime,
) -> None:
    draft_id = await _pending(runtime)
    async with runtime.sessions() as session, session.begin():
        blank = await service.reject(session, draft_id=draft_id, actor="console:maya", reason=" ")
    assert (blank.ok, blank.message) == (False, "a reason is required")
    assert (await _draft(runtime, draft_id)).state is DraftState.PENDING
    async with runtime.sessions() as session, session.begin():
        decision = await service.reject(session, draft_id=draft_id, actor="console:maya",
                                        reason="call them instead")
    assert (decision.ok, decision.state) == (True, "rejected")
    draft = await _draft(runtime, draft_id)
    async with runtime.sessions() as session:
        conversation = await session.get(Conversation, draft.conversation_id)
    assert conversation is not None and conversation.status == "needs_human"
    assert (draft.state, draft.reason, draft.decided_by) == (
        DraftState.REJECTED, "call them instead", "console:maya")
    assert await jobs(runtime, JobKind.SEND) == []
    assert (await _audit(runtime))[-1][1:] == ("reject", draft_id, {
        "original": draft.text, "reason": "call them instead"})


async def test_a_decision_on_a_missing_draft_changes_nothing(runtime: Runtime) -> None:
    async with runtime.sessions() as session, session.begin():
        decision = await service.approve(session, draft_id=999, actor="U05R2M8KQ3A")
        retried = await service.retry_send(session, draft_id=999, actor="U05R2M8KQ3A")
    assert (decision.ok, decision.state) == (False, "missing")
    assert (retried.ok, retried.message) == (False, "nothing to retry (send is missing)")
    assert await jobs(runtime) == []


async def test_supersede_touches_only_the_conversations_pending_draft(runtime: Runtime) -> None:
    mine, foreign = await _pending(runtime), await _pending(runtime, 2)
    async with runtime.sessions() as session, session.begin():
        await service.approve(session, draft_id=foreign, actor="U05R2M8KQ3A")
    decided = await _pending(runtime, 3)
    conversation_id = (await _draft(runtime, mine)).conversation_id
    async with runtime.sessions() as session, session.begin():
        ids = await service.supersede_pending(session, conversation_id=conversation_id)
        again = await service.supersede_pending(session, conversation_id=conversation_id)
    assert (ids, again) == ([mine], [])
    draft = await _draft(runtime, mine)
    assert (draft.state, draft.decided_by) == (DraftState.SUPERSEDED, "system")
    assert (await _draft(runtime, foreign)).state is DraftState.APPROVED
    assert (await _draft(runtime, decided)).state is DraftState.PENDING
    assert (await _audit(runtime))[-1] == ("system", "supersede", mine, {})
    assert (await jobs(runtime, JobKind.REVIEW_UPDATE))[-1].payload == {"draft_id": mine}


async def test_expire_due_expires_only_drafts_past_their_time(runtime: Runtime) -> None:
    due, fresh = await _pending(runtime), await _pending(runtime, 2)
    now = (await _draft(runtime, due)).created_at
    async with runtime.sessions() as session, session.begin():
        await session.execute(update(Draft).where(Draft.id == due)
                              .values(expires_at=now - timedelta(seconds=1)))
        await session.execute(update(Draft).where(Draft.id == fresh)
                              .values(expires_at=now + timedelta(seconds=1)))
        assert await service.expire_due(session, now=now) == [due]
    assert (await _draft(runtime, due)).state is DraftState.EXPIRED
    assert (await _draft(runtime, fresh)).state is DraftState.PENDING
    assert (await _audit(runtime))[-1] == ("system", "expire", due, {})


async def test_send_outcomes_move_only_an_approved_draft(runtime: Runtime) -> None:
    pending, approved = await _pending(runtime), await _pending(runtime, 9)
    async with runtime.sessions() as session, session.begin():
        await service.approve(session, draft_id=approved, actor="U05R2M8KQ3A")
        await service.send_succeeded(session, draft_id=pending)
        await service.send_failed(session, draft_id=approved)
        await service.send_succeeded(session, draft_id=approved)  # failed is not sendable
    assert (await _draft(runtime, pending)).state is DraftState.PENDING
    assert (await _draft(runtime, approved)).state is DraftState.FAILED


async def test_retry_requeues_a_failed_send_once(runtime: Runtime) -> None:
    draft_id = await _pending(runtime)
    async with runtime.sessions() as session, session.begin():
        decision = await service.approve(session, draft_id=draft_id, actor="U05R2M8KQ3A")
        await session.execute(update(Outbox).values(state=OutboxState.FAILED, attempts=3,
                                                    last_error="Twilio 400"))
        await service.send_failed(session, draft_id=draft_id)
    async with runtime.sessions() as session, session.begin():
        retried = await service.retry_send(session, draft_id=draft_id, actor="console:maya")
        again = await service.retry_send(session, draft_id=draft_id, actor="console:maya")
    assert (retried.ok, retried.state, retried.outbox_id) == (True, "approved", decision.outbox_id)
    assert (again.ok, again.message) == (False, "nothing to retry (send is pending)")
    async with runtime.sessions() as session:
        outbox = await session.get(Outbox, decision.outbox_id)
    assert outbox is not None
    assert (outbox.state, outbox.attempts, outbox.last_error) == (OutboxState.PENDING, 0, None)
    assert (await _draft(runtime, draft_id)).state is DraftState.APPROVED
    first, second = await jobs(runtime, JobKind.SEND)
    assert (second.payload, second.dedupe_key) == ({"outbox_id": decision.outbox_id}, None)
    assert first.dedupe_key == f"send:{decision.outbox_id}"


async def test_a_persons_approval_reopens_the_conversation_an_automatic_one_does_not(
    runtime: Runtime,
) -> None:
    by_person, automatic = await _pending(runtime), await _pending(runtime, 2)
    for draft_id, actor in ((by_person, "U05R2M8KQ3A"), (automatic, "auto:returning_customer")):
        conversation_id = (await _draft(runtime, draft_id)).conversation_id
        async with runtime.sessions() as session, session.begin():
            await hand_to_staff(session, conversation_id=conversation_id)
        async with runtime.sessions() as session, session.begin():
            assert (await service.approve(session, draft_id=draft_id, actor=actor)).ok
    statuses = []
    for draft_id in (by_person, automatic):
        async with runtime.sessions() as session:
            conversation = await session.get(
                Conversation, (await _draft(runtime, draft_id)).conversation_id)
        assert conversation is not None
        statuses.append(conversation.status)
    assert statuses == ["open", "needs_human"]


async def test_an_approval_written_after_the_draft_was_decided_writes_nothing(
    runtime: Runtime,
) -> None:
    """The race between an approval's read and its write (another reviewer decided the draft
    in between): the write finds the draft no longer pending and adds no entry, job or audit."""
    draft_id = await _pending(runtime)
    async with runtime.sessions() as session, session.begin():
        base = await approve_sql.read(session, draft_id)
    assert base is not None and base.state is DraftState.PENDING
    async with runtime.sessions() as session, session.begin():
        assert (await service.reject(session, draft_id=draft_id, actor="console:maya",
                                     reason="call them")).ok
    queued = len(await jobs(runtime))
    async with runtime.sessions() as session, session.begin():
        written = await approve_sql.write(session, approve_sql.Approval(
            draft_id=draft_id, state=DraftState.APPROVED, actor="U05R2M8KQ3A",
            action="approve", final_text=base.text, flags=base.flags, original=base.text,
            human_authored=False, conversation_id=base.conversation_id, channel=base.channel,
            recipient=base.recipient, reopen=True, conversation_open=False,
            decided_at=runtime.clock.now()))
    assert written is None
    assert (await _draft(runtime, draft_id)).state is DraftState.REJECTED
    async with runtime.sessions() as session:
        assert (await session.execute(select(Outbox))).scalars().all() == []
    assert len(await jobs(runtime)) == queued
    assert [action for _, action, _, _ in await _audit(runtime)] == ["reject"]
