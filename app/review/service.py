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
or two staff members at once produce exactly one outcome and at most one outbox entry. The
primitives (that UPDATE, the decision, the audit row, the reviewers' job) are in
`app.review.transitions`; the approval's two paths in `app.review.approving`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import outbox as entries
from app.bookings.desk import BookingDesk
from app.bookings.states import BOOKINGS_RESPONDER
from app.clock import clock_of
from app.handoff import hand_to_staff
from app.jobs import enqueue
from app.models import Draft
from app.review.approving import approve_draft, queue_reply
from app.review.transitions import (
    AUTO_PREFIX,
    DECIDABLE,
    PENDING,
    REDRAFTED,
    RETRYABLE,
    SENDING,
    Decision,
    audit,
    counted,
    decided,
    moved,
    notify_reviewers,
    refused,
    transition,
)
from app.states import DraftState, JobKind

__all__ = [
    "AUTO_PREFIX", "DECIDABLE", "PENDING", "REDRAFTED", "REDRAFT_NOTE_MAX", "RETRYABLE",
    "SENDING", "Decision", "approve", "audit", "drop_redraft", "expire_due", "notify_reviewers",
    "propose", "queue_reply", "redraft", "reject", "reply_failed", "retry_send", "send_failed",
    "send_succeeded", "supersede_pending",
]

REDRAFT_NOTE_MAX = 500


async def propose(session: AsyncSession, draft: Draft) -> Draft:
    """Store a new pending draft and put it before the reviewers."""
    draft.state = PENDING
    session.add(draft)
    await session.flush()
    notify_reviewers(session, draft.id, new=True)
    return draft


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
    decision = await approve_draft(session, draft_id, actor, edited_text, extra_flags, bookings)
    return counted("approve" if edited_text is None else "edit", decision)


async def reject(session: AsyncSession, *, draft_id: int, actor: str, reason: str) -> Decision:
    """Reject a pending draft; nothing is sent and the conversation needs a human."""
    return counted("reject", await _reject(session, draft_id, actor, reason))


async def _reject(session: AsyncSession, draft_id: int, actor: str, reason: str) -> Decision:
    if not reason.strip():
        return Decision(False, PENDING, "a reason is required")
    draft = await transition(session, draft_id, DraftState.REJECTED,
                             decided_at=clock_of(session).now(), decided_by=actor, reason=reason)
    if draft is None:
        return await refused(session, draft_id)
    await hand_to_staff(session, conversation_id=draft.conversation_id)
    audit(session, actor=actor, action="reject", draft_id=draft_id, original=draft.text,
          reason=reason)
    return await decided(session, draft_id,
                         Decision(True, DraftState.REJECTED, f"rejected by {actor}"))


async def _close_pending(
    session: AsyncSession, where: ColumnElement[bool], state: DraftState, action: str, *,
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
    await moved(session, draft_id, DraftState.SENT, before=SENDING)


async def send_failed(session: AsyncSession, *, draft_id: int) -> None:
    """The approved reply cannot be delivered without staff (permanent failure, opt-out)."""
    await moved(session, draft_id, DraftState.FAILED, before=SENDING)


async def reply_failed(session: AsyncSession, *, draft_id: int, reason: str) -> bool:
    """An approved reply that cannot go out as approved (a booking's deposit link could not be
    made, or its hold lapsed first): the draft fails with the reason and staff take over.
    False when the draft was no longer approved (nothing changed)."""
    draft = await transition(session, draft_id, DraftState.FAILED, before=SENDING,
                             reason=reason[:2000])
    if draft is None:
        return False
    await hand_to_staff(session, conversation_id=draft.conversation_id)
    notify_reviewers(session, draft_id)
    return True


async def retry_send(session: AsyncSession, *, draft_id: int, actor: str) -> Decision:
    """Queue a failed or held send again (staff's Retry button)."""
    return counted("retry", await _retry_send(session, draft_id, actor))


async def _retry_send(session: AsyncSession, draft_id: int, actor: str) -> Decision:
    outbox, requeued = await entries.requeue(session, draft_id=draft_id)
    if outbox is None:
        return Decision(False, "missing", "nothing to retry (send is missing)")
    if not requeued:
        if outbox.state in entries.RETRYABLE:  # someone else's retry won the race
            return Decision(False, outbox.state, "already retried")
        return Decision(False, outbox.state, f"nothing to retry (send is {outbox.state})")
    await transition(session, draft_id, DraftState.APPROVED, before=RETRYABLE)
    audit(session, actor=actor, action="retry", draft_id=draft_id)
    return await decided(session, draft_id, Decision(
        True, DraftState.APPROVED, f"retry queued by {actor}", outbox.id))


async def redraft(session: AsyncSession, *, draft_id: int, actor: str, note: str) -> Decision:
    """Send a pending draft back with staff's note; a job drafts again with the note, and the
    new draft takes the old one's place in the review message (app.review.redraft)."""
    return counted("redraft", await _redraft(session, draft_id, actor, note.strip()))


async def _redraft(session: AsyncSession, draft_id: int, actor: str, note: str) -> Decision:
    if not note:
        return Decision(False, PENDING, "a note for the new draft is required")
    if len(note) > REDRAFT_NOTE_MAX:
        return Decision(False, PENDING, f"the note is longer than {REDRAFT_NOTE_MAX} characters")
    draft = await transition(session, draft_id, REDRAFTED, decided_by=actor, reason=note)
    if draft is None:
        return await refused(session, draft_id)
    enqueue(session, kind=JobKind.REDRAFT, payload={"draft_id": draft_id},
            dedupe_key=f"redraft:{draft_id}")
    audit(session, actor=actor, action="redraft", draft_id=draft_id, original=draft.text,
          note=note)
    return await decided(session, draft_id,
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
