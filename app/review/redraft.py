"""The redraft job: a draft staff sent back with a note is drafted again with that note, and the
new draft takes the old one's place in the same review message (Slack `chat.update` of the same
ts; the console shows the new one).

The model gets the note as a staff instruction (orchestrator.instructions); the offline responder
drafts afresh and the new draft carries the note and a flag. The note stays on the new draft
(`staff_note`), on the old one (`reason`) and in the audit trail (`redraft`, `redrafted`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.customer_history import newer_inbound
from app.drafting import history_turns, new_draft
from app.handoff import hand_to_staff
from app.ingest import DRAFTED_KINDS
from app.jobs import ClaimedJob
from app.models import Contact, Conversation, Draft, Message
from app.review import service
from app.worker import Worker
from vocabulary.messages import Channel

log = logging.getLogger(__name__)


@dataclass
class _Inputs:
    old: Draft
    conversation: Conversation
    message: Message
    contact: Contact
    newer: bool
    history: list[Any]


async def _load(worker: Worker, draft_id: int) -> _Inputs | None:
    async with worker.runtime.sessions() as session:
        old = await session.get(Draft, draft_id)
        if old is None or old.state != service.REDRAFTED or old.inbound_message_id is None:
            return None
        conversation = await session.get(Conversation, old.conversation_id)
        message = await session.get(Message, old.inbound_message_id)
        assert conversation is not None and message is not None
        contact = await session.get(Contact, conversation.contact_id)
        assert contact is not None
        newer = await newer_inbound(session, conversation.id, message.id, DRAFTED_KINDS)
        history = [] if newer else await history_turns(session, conversation.id, message.id)
    return _Inputs(old, conversation, message, contact, newer, history)


async def run_redraft_job(worker: Worker, job: ClaimedJob) -> None:
    """Draft again with staff's note, unless the customer wrote meanwhile."""
    draft_id = int(job.payload["draft_id"])
    inputs = await _load(worker, draft_id)
    if inputs is None or inputs.newer:
        async with worker.completing(job) as session:
            if inputs is not None:
                await service.drop_redraft(session, draft_id=draft_id)
        return
    old, conversation, message = inputs.old, inputs.conversation, inputs.message
    note = old.reason or ""
    result = await worker.runtime.orchestrator.draft(
        channel=Channel(conversation.channel),
        text=message.text or ("[customer sent an attachment]" if message.attachments else ""),
        history=inputs.history,
        customer_name=inputs.contact.display_name,
        staff_note=note,
        previous_draft=old.text,
    )
    async with worker.completing(job) as session:
        if await newer_inbound(session, conversation.id, message.id, DRAFTED_KINDS):
            await service.drop_redraft(session, draft_id=draft_id)
            return
        await _replace(session, old, new_draft(worker, result, conversation, message.id), note)
        if result.needs_human:
            await hand_to_staff(session, conversation_id=conversation.id)


async def _replace(session: AsyncSession, old: Draft, draft: Draft, note: str) -> None:
    """Store the new draft in the old one's review message."""
    current = await session.get(Draft, old.id, populate_existing=True)
    assert current is not None
    draft.staff_note, draft.replaces_draft_id = note, old.id
    draft.slack_channel, draft.slack_ts = current.slack_channel, current.slack_ts
    # The message belongs to the new draft now: a late update for the old one changes nothing.
    current.slack_channel, current.slack_ts = None, None
    session.add(draft)
    await session.flush()
    service.audit(session, actor=old.decided_by or "staff", action="redrafted", draft_id=draft.id,
                  replaces=old.id, note=note, responder=draft.responder)
    service.notify_reviewers(session, draft.id, new=not draft.slack_ts)
    log.info("draft %s replaces draft %s after a staff note", draft.id, old.id)
