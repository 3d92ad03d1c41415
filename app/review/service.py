"""The draft state machine: every change of a draft's state is made here, and every "tell the
reviewers" goes through `notify_reviewers`. Slack, the console, the drafting job, ingest and the
send job all call these functions, so there is one code path and one audit trail.

    (drafting job) --propose--> pending
    pending --approve--> approved --send--> sent | failed
    pending --edit-----> edited   --send--> sent | failed
    failed (or a held send) --staff retry--> approved
    pending --reject---> rejected
    pending --new customer message--> superseded
    pending --time--> expired
    pending --redraft with a note--> redrafted --new draft--> (a new pending draft)
                                     redrafted --customer wrote meanwhile--> superseded

Every transition is a conditional UPDATE on the current state, so a double click, a Slack retry
or two staff members at once produce exactly one outcome and at most one outbox entry.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.util import identity_key

from app import outbox as entries
from app.bookings.approval import apply_approval
from app.bookings.desk import BookingDesk
from app.bookings.states import BOOKINGS_RESPONDER
from app.clock import clock_of
from app.customer_history import reply_route
from app.handoff import hand_to_staff, reopen
from app.jobs import enqueue
from app.metrics import DECISIONS
from app.models import AuditEvent, Conversation, Draft, Job, Outbox
from app.review import approve_sql
from app.states import ConversationStatus, DraftState, JobKind

PENDING = DraftState.PENDING
REDRAFTED = DraftState.REDRAFTED
REDRAFT_NOTE_MAX = 500
AUTO_PREFIX = "auto:"  # the actor of a decision made by an auto-approval rule (app.autoapprove)
DECIDABLE = frozenset({PENDING})
# Approved drafts whose reply is in the outbox, and those a staff retry sends again (a sent
# reply the provider later reported undelivered included).
SENDING = frozenset({DraftState.APPROVED, DraftState.EDITED})
RETRYABLE = SENDING | {DraftState.FAILED, DraftState.SENT}


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of a decision attempt. `ok` False means nothing changed. `review_job` is the
    job that refreshes the review message, which the deciding surface may run at once."""

    ok: bool
    state: str
    message: str
    outbox_id: int | None = None
    review_job: int | None = None


def audit(
    session: AsyncSession, *, actor: str, action: str, draft_id: int | None, **detail: Any
) -> None:
    session.add(AuditEvent(actor=actor, action=action, draft_id=draft_id, detail=detail))


def notify_reviewers(session: AsyncSession, draft_id: int, *, new: bool = False) -> Job:
    """Queue the Slack side of a change: post a new draft, or update its review message (the
    only way a review message is refreshed). The console reads the database directly."""
    # One partition per draft: its post and refreshes run one at a time, in the order queued,
    # so a refresh that read an older state never lands after one that read a newer state.
    partition = f"review:{draft_id}"
    if new:
        return enqueue(session, kind=JobKind.REVIEW_POST, payload={"draft_id": draft_id},
                       dedupe_key=f"review_post:{draft_id}", partition_key=partition)
    return enqueue(session, kind=JobKind.REVIEW_UPDATE, payload={"draft_id": draft_id},
                   partition_key=partition)


async def _decided(session: AsyncSession, draft_id: int, decision: Decision) -> Decision:
    """Tell the reviewers about a decision; the decision carries the job that does it."""
    job = notify_reviewers(session, draft_id)
    await session.flush()
    return dataclasses.replace(decision, review_job=job.id)


async def propose(session: AsyncSession, draft: Draft) -> Draft:
    """Store a new pending draft and put it before the reviewers."""
    draft.state = PENDING
    session.add(draft)
    await session.flush()
    notify_reviewers(session, draft.id, new=True)
    return draft


async def _transition(
    session: AsyncSession,
    draft_id: int,
    new_state: DraftState,
    *,
    before: Collection[DraftState] = DECIDABLE,
    **values: Any,
) -> Draft | None:
    if not await _moved(session, draft_id, new_state, before=before, **values):
        return None
    draft = await session.get(Draft, draft_id, populate_existing=True)
    return draft


async def _moved(
    session: AsyncSession,
    draft_id: int,
    new_state: DraftState,
    *,
    before: Collection[DraftState],
    **values: Any,
) -> bool:
    """`_transition` for a caller that needs only whether it happened (the send's outcomes):
    the draft is read back only when the session holds it, so that object is not left stale."""
    result = await session.execute(
        update(Draft)
        .where(Draft.id == draft_id, Draft.state.in_(before))
        .values(state=new_state, **values)
        .returning(Draft.id)
    )
    if result.scalar() is None:
        return False
    if session.identity_map.get(identity_key(Draft, draft_id)) is not None:
        await session.get(Draft, draft_id, populate_existing=True)
    return True


async def _refused(session: AsyncSession, draft_id: int) -> Decision:
    draft = await session.get(Draft, draft_id)
    if draft is None:
        return Decision(False, "missing", f"draft {draft_id} does not exist")
    return Decision(False, draft.state, f"draft {draft_id} is {draft.state}; nothing changed")


def _counted(action: str, decision: Decision) -> Decision:
    """Count every decision attempt once, here, whichever reviewer surface made it."""
    DECISIONS.labels(action=action if decision.ok else f"{action}_refused").inc()
    return decision


async def approve(
    session: AsyncSession,
    *,
    draft_id: int,
    actor: str,
    edited_text: str | None = None,
    extra_flags: tuple[str, ...] = (),
    bookings: BookingDesk | None = None,
) -> Decision:
    """Approve a pending draft, as written or with staff's text, and queue exactly one send.
    `extra_flags` records what the edit checks said about staff's text. A draft that holds,
    moves or cancels a booking does so through `bookings` (app.bookings.approval)."""
    decision = await _approve(session, draft_id, actor, edited_text, extra_flags, bookings)
    return _counted("approve" if edited_text is None else "edit", decision)


def _final_text(text: str, edited_text: str | None) -> tuple[bool, str]:
    """Whether staff's text is an edit (not the draft's, spaces aside), and the text to send."""
    if edited_text is None or edited_text.strip() == text.strip():
        return False, text
    return True, edited_text.strip()


async def _approve(
    session: AsyncSession,
    draft_id: int,
    actor: str,
    edited_text: str | None,
    extra_flags: tuple[str, ...],
    bookings: BookingDesk | None,
) -> Decision:
    """A plain reply in two statements on PostgreSQL (app.review.approve_sql): the read, then
    every write at once. A booking's draft, a customer linked across channels, and a session
    that holds the draft as an ORM object (the drafting job's auto-approval) take the ORM path."""
    base = await approve_sql.read(session, draft_id)
    if base is None:
        return Decision(False, "missing", f"draft {draft_id} does not exist")
    if base.has_booking or base.linked or approve_sql.loaded(session, draft_id,
                                                             base.conversation_id):
        return await _approve_orm(session, draft_id, actor, edited_text, extra_flags, bookings)
    if base.state not in DECIDABLE:
        return Decision(False, base.state, f"draft {draft_id} is {base.state}; nothing changed")
    edited, final = _final_text(base.text, edited_text)
    state = DraftState.EDITED if edited else DraftState.APPROVED
    written = await approve_sql.write(session, approve_sql.Approval(
        draft_id=draft_id, state=state, actor=actor, action="edit" if edited else "approve",
        final_text=final, flags=[*base.flags, *extra_flags], original=base.text,
        human_authored=edited, conversation_id=base.conversation_id, channel=base.channel,
        recipient=base.recipient, reopen=not actor.startswith(AUTO_PREFIX),
        conversation_open=base.conversation_status == ConversationStatus.OPEN,
        decided_at=clock_of(session).now()))
    if written is None:  # decided meanwhile
        return await _refused(session, draft_id)
    return Decision(True, state, f"{state} by {actor}", written.outbox_id, written.review_job)


async def _approve_orm(
    session: AsyncSession,
    draft_id: int,
    actor: str,
    edited_text: str | None,
    extra_flags: tuple[str, ...],
    bookings: BookingDesk | None,
) -> Decision:
    base = await session.get(Draft, draft_id)
    if base is None:
        return Decision(False, "missing", f"draft {draft_id} does not exist")
    edited, final = _final_text(base.text, edited_text)
    # A booking step that refuses (the last slot went meanwhile) must leave the draft pending.
    savepoint = await session.begin_nested() if base.booking_action else None
    draft = await _transition(
        session,
        draft_id,
        DraftState.EDITED if edited else DraftState.APPROVED,
        decided_at=clock_of(session).now(),
        decided_by=actor,
        final_text=final,
        flags=[*base.flags, *extra_flags],
    )
    if draft is None:
        if savepoint is not None:
            await savepoint.rollback()
        return await _refused(session, draft_id)
    conversation = await session.get(Conversation, draft.conversation_id)
    assert conversation is not None
    if not actor.startswith(AUTO_PREFIX):  # a person answered: the conversation has had its human
        await reopen(session, conversation_id=conversation.id)
    if savepoint is not None:
        applied = await apply_approval(session, bookings, draft=draft, text=final, edited=edited,
                                       actor=actor)
        if not applied.ok:
            await savepoint.rollback()
            return Decision(False, PENDING, applied.message)
        await savepoint.commit()
        if applied.defer_send:
            audit(session, actor=actor, action="edit" if edited else "approve",
                  draft_id=draft.id, original=base.text, sent=final, booking=applied.message)
            return await _decided(session, draft.id, Decision(
                True, draft.state, f"{draft.state} by {actor}; {applied.message}"))
    outbox = await queue_reply(session, draft=draft, text=final, human_authored=edited)
    audit(
        session,
        actor=actor,
        action="edit" if edited else "approve",
        draft_id=draft.id,
        original=base.text,
        sent=final,
    )
    return await _decided(
        session, draft.id, Decision(True, draft.state, f"{draft.state} by {actor}", outbox.id)
    )


async def queue_reply(
    session: AsyncSession, *, draft: Draft, text: str, human_authored: bool
) -> Outbox:
    """The outbox entry for an approved draft, and its send job. A customer linked across
    channels is answered where they last wrote."""
    conversation = await session.get(Conversation, draft.conversation_id)
    assert conversation is not None
    conversation, contact = await reply_route(session, conversation)
    return await entries.create(
        session,
        draft_id=draft.id,
        conversation_id=conversation.id,
        channel=conversation.channel,
        recipient=contact.address,
        text=text,
        human_authored=human_authored,
    )


async def reject(session: AsyncSession, *, draft_id: int, actor: str, reason: str) -> Decision:
    """Reject a pending draft; nothing is sent and the conversation needs a human."""
    return _counted("reject", await _reject(session, draft_id, actor, reason))


async def _reject(session: AsyncSession, draft_id: int, actor: str, reason: str) -> Decision:
    if not reason.strip():
        return Decision(False, PENDING, "a reason is required")
    draft = await _transition(session, draft_id, DraftState.REJECTED,
                              decided_at=clock_of(session).now(),
                              decided_by=actor, reason=reason)
    if draft is None:
        return await _refused(session, draft_id)
    await hand_to_staff(session, conversation_id=draft.conversation_id)
    audit(session, actor=actor, action="reject", draft_id=draft_id, original=draft.text,
          reason=reason)
    return await _decided(session, draft_id,
                          Decision(True, DraftState.REJECTED, f"rejected by {actor}"))


async def _close_pending(
    session: AsyncSession, where: Any, state: DraftState, action: str, *,
    reason: str | None = None,
) -> list[int]:
    """Pending drafts matching `where` end in `state`, decided by the system."""
    result = await session.execute(
        update(Draft)
        .where(Draft.state == PENDING, where)
        .values(state=state, decided_at=clock_of(session).now(), decided_by="system",
                reason=reason)
        .returning(Draft.id)
    )
    ids = list(result.scalars())
    for draft_id in ids:
        detail = {"reason": reason} if reason else {}
        audit(session, actor="system", action=action, draft_id=draft_id, **detail)
        notify_reviewers(session, draft_id)
    return ids


async def supersede_pending(
    session: AsyncSession, *, conversation_id: int, reason: str | None = None
) -> list[int]:
    """A new customer message, or a reply staff sent outside the gateway (`reason` says who
    answered where), replaces any pending draft of the conversation, except the gateway's own
    booking drafts (a confirmation stays due whatever the customer writes next)."""
    return await _close_pending(
        session,
        and_(Draft.conversation_id == conversation_id, Draft.responder != BOOKINGS_RESPONDER),
        DraftState.SUPERSEDED, "supersede", reason=reason,
    )


async def expire_due(session: AsyncSession, *, now: datetime | None = None) -> list[int]:
    """Pending drafts past their expiry (at `now`, default the session's clock) become expired
    (not rejected)."""
    return await _close_pending(
        session, Draft.expires_at < (now or clock_of(session).now()), DraftState.EXPIRED, "expire"
    )


async def send_succeeded(session: AsyncSession, *, draft_id: int) -> None:
    """The provider accepted the approved reply (the send job tells the reviewers)."""
    await _moved(session, draft_id, DraftState.SENT, before=SENDING)


async def send_failed(session: AsyncSession, *, draft_id: int) -> None:
    """The approved reply cannot be delivered without staff (permanent failure, opt-out)."""
    await _moved(session, draft_id, DraftState.FAILED, before=SENDING)


async def reply_failed(session: AsyncSession, *, draft_id: int, reason: str) -> bool:
    """An approved reply that cannot go out as approved (a booking's deposit link could not be
    made, or its hold lapsed first): the draft fails with the reason and staff take over.
    False when the draft was no longer approved (nothing changed)."""
    draft = await _transition(session, draft_id, DraftState.FAILED, before=SENDING,
                              reason=reason[:2000])
    if draft is None:
        return False
    await hand_to_staff(session, conversation_id=draft.conversation_id)
    notify_reviewers(session, draft_id)
    return True


async def retry_send(session: AsyncSession, *, draft_id: int, actor: str) -> Decision:
    """Queue a failed or held send again (staff's Retry button)."""
    return _counted("retry", await _retry_send(session, draft_id, actor))


async def _retry_send(session: AsyncSession, draft_id: int, actor: str) -> Decision:
    outbox, requeued = await entries.requeue(session, draft_id=draft_id)
    if outbox is None:
        return Decision(False, "missing", "nothing to retry (send is missing)")
    if not requeued:
        if outbox.state in entries.RETRYABLE:  # someone else's retry won the race
            return Decision(False, outbox.state, "already retried")
        return Decision(False, outbox.state, f"nothing to retry (send is {outbox.state})")
    await _transition(session, draft_id, DraftState.APPROVED, before=RETRYABLE)
    audit(session, actor=actor, action="retry", draft_id=draft_id)
    return await _decided(session, draft_id, Decision(
        True, DraftState.APPROVED, f"retry queued by {actor}", outbox.id))


async def redraft(session: AsyncSession, *, draft_id: int, actor: str, note: str) -> Decision:
    """Send a pending draft back with staff's note; a job drafts again with the note, and the
    new draft takes the old one's place in the review message (app.review.redraft)."""
    return _counted("redraft", await _redraft(session, draft_id, actor, note.strip()))


async def _redraft(session: AsyncSession, draft_id: int, actor: str, note: str) -> Decision:
    if not note:
        return Decision(False, PENDING, "a note for the new draft is required")
    if len(note) > REDRAFT_NOTE_MAX:
        return Decision(False, PENDING, f"the note is longer than {REDRAFT_NOTE_MAX} characters")
    draft = await _transition(session, draft_id, REDRAFTED, decided_by=actor, reason=note)
    if draft is None:
        return await _refused(session, draft_id)
    enqueue(session, kind=JobKind.REDRAFT, payload={"draft_id": draft_id},
            dedupe_key=f"redraft:{draft_id}")
    audit(session, actor=actor, action="redraft", draft_id=draft_id, original=draft.text,
          note=note)
    return await _decided(session, draft_id,
                          Decision(True, REDRAFTED, f"redraft requested by {actor}"))


async def drop_redraft(session: AsyncSession, *, draft_id: int) -> bool:
    """The customer wrote again while a redraft was pending: the new message gets its own draft."""
    result = await session.execute(
        update(Draft).where(Draft.id == draft_id, Draft.state == REDRAFTED)
        .values(state=DraftState.SUPERSEDED, decided_at=clock_of(session).now(), reason=None)
        .returning(Draft.id)
    )
    if result.scalar() is None:
        return False
    audit(session, actor="system", action="supersede", draft_id=draft_id)
    notify_reviewers(session, draft_id)
    return True
