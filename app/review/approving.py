"""Approving a draft, as written or with staff's text: the draft moves to approved (or edited)
and exactly one send is queued. Two paths write the same rows (tests/review/
test_approve_paths.py compares them): a plain reply in two statements on PostgreSQL
(`app.review.approve_sql`: the read, then every write at once), and the ORM path a booking's
draft, a customer linked across channels and a session that holds the draft as an ORM object
(the drafting job's auto-approval) take. `app.review.service.approve` is the entry point."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app import outbox as entries
from app.bookings.approval import apply_approval
from app.bookings.desk import BookingDesk
from app.clock import clock_of
from app.customer_history import reply_route
from app.handoff import reopen
from app.models import Conversation, Draft, Outbox
from app.review import approve_sql
from app.review.transitions import (
    AUTO_PREFIX,
    DECIDABLE,
    PENDING,
    Decision,
    audit,
    decided,
    refused,
    transition,
)
from app.states import ConversationStatus, DraftState


def final_text(text: str, edited_text: str | None) -> tuple[bool, str]:
    """Whether staff's text is an edit (not the draft's, spaces aside), and the text to send."""
    if edited_text is None or edited_text.strip() == text.strip():
        return False, text
    return True, edited_text.strip()


async def approve_draft(
    session: AsyncSession,
    draft_id: int,
    actor: str,
    edited_text: str | None,
    extra_flags: tuple[str, ...],
    bookings: BookingDesk | None,
) -> Decision:
    """The approval, by the SQL path where it applies, else the ORM's."""
    base = await approve_sql.read(session, draft_id)
    if base is None:
        return Decision(False, "missing", f"draft {draft_id} does not exist")
    if base.has_booking or base.linked or approve_sql.loaded(session, draft_id,
                                                             base.conversation_id):
        return await _approve_orm(session, draft_id, actor, edited_text, extra_flags, bookings)
    if base.state not in DECIDABLE:
        return Decision(False, base.state, f"draft {draft_id} is {base.state}; nothing changed")
    edited, final = final_text(base.text, edited_text)
    state = DraftState.EDITED if edited else DraftState.APPROVED
    written = await approve_sql.write(session, approve_sql.Approval(
        draft_id=draft_id, state=state, actor=actor, action="edit" if edited else "approve",
        final_text=final, flags=[*base.flags, *extra_flags], original=base.text,
        human_authored=edited, conversation_id=base.conversation_id, channel=base.channel,
        recipient=base.recipient, reopen=not actor.startswith(AUTO_PREFIX),
        conversation_open=base.conversation_status == ConversationStatus.OPEN,
        decided_at=clock_of(session).now()))
    if written is None:  # decided meanwhile
        return await refused(session, draft_id)
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
    edited, final = final_text(base.text, edited_text)
    # A booking step that refuses (the last slot went meanwhile) must leave the draft pending.
    savepoint = await session.begin_nested() if base.booking_action else None
    draft = await transition(
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
        return await refused(session, draft_id)
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
            return await decided(session, draft.id, Decision(
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
    return await decided(
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
