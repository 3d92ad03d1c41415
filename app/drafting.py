"""The drafting job: conversation history + the new message -> orchestrator -> a pending Draft.

The model call happens outside any transaction. The draft, its review notification and the job's
completion commit together, so a crash yields a re-run, never two drafts.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from sqlalchemy import update

from adapters.text import sms_segments
from app import customers
from app.customer_history import messages_before, newer_inbound
from app.ingest import DRAFTED_KINDS, recent_inbound
from app.jobs import ClaimedJob, enqueue
from app.metrics import DRAFT_SECONDS, DRAFTS
from app.models import Contact, Conversation, Draft, Message, utcnow
from app.out_of_hours import acknowledge_out_of_hours
from app.staff_hooks import after_draft
from app.worker import Worker
from vocabulary.messages import Channel

log = logging.getLogger(__name__)

HISTORY_TURNS = 20


async def _newer_inbound(session: Any, conversation_id: int, message_id: int) -> bool:
    return await newer_inbound(session, conversation_id, message_id, DRAFTED_KINDS)


async def history_turns(session: Any, conversation_id: int, message_id: int) -> list[Any]:
    """The conversation so far as turns for the model, across the customer's linked channels."""
    from orchestrator.service import Turn

    rows = await messages_before(session, conversation_id, message_id, limit=HISTORY_TURNS)
    return [
        Turn(role="customer" if m.direction == "in" else "business", text=m.text)
        for m in rows
        if m.text
    ]


async def _profile_name(worker: Worker, channel: str, address: str) -> str | None:
    """The customer's display name from the channel's profile API (Meta), when it has one."""
    sender = worker.runtime.channels.senders.get(Channel(channel))
    fetch = getattr(sender, "fetch_profile", None)
    if fetch is None:
        return None
    name: str | None = await fetch(address, channel=Channel(channel))
    return name


async def run_draft_job(worker: Worker, job: ClaimedJob) -> None:
    """Draft a reply to one inbound message, unless a newer message will be drafted instead."""
    conversation_id = int(job.payload["conversation_id"])
    message_id = int(job.payload["message_id"])
    async with worker.runtime.sessions() as session, session.begin():
        conversation = await session.get(Conversation, conversation_id)
        message = await session.get(Message, message_id)
        if conversation is None or message is None:
            raise LookupError(f"conversation {conversation_id} or message {message_id} is gone")
        # Linked before reading history, so the first draft already sees every channel.
        await customers.resolve(session, contact_id=conversation.contact_id, message_id=message_id)
        contact = await session.get(Contact, conversation.contact_id)
        assert contact is not None
        skip = contact.opted_out or await _newer_inbound(session, conversation_id, message_id)
        history = [] if skip else await history_turns(session, conversation_id, message_id)
    if skip:
        async with worker.completing(job):
            log.info("draft for message %s skipped (newer message or opted out)", message_id)
        return
    await acknowledge_out_of_hours(worker, conversation, message)
    text = message.text or ("[customer sent an attachment]" if message.attachments else "")
    name = contact.display_name or await _profile_name(worker, conversation.channel, contact.address)
    result = await worker.runtime.orchestrator.draft(
        channel=Channel(conversation.channel),
        text=text,
        history=history,
        customer_name=name,
    )
    async with worker.completing(job) as session:
        if name and not contact.display_name:
            await session.execute(
                update(Contact).where(Contact.id == contact.id).values(display_name=name)
            )
        if await _newer_inbound(session, conversation_id, message_id):
            return
        flags = []
        burst = await recent_inbound(session, conversation_id)
        if burst > worker.settings.flood_messages_per_minute:
            flags.append(f"flood: {burst} messages in the last minute; one draft for the burst")
        draft = new_draft(worker, result, conversation, message_id, extra_flags=flags)
        session.add(draft)
        if result.needs_human:  # `conversation` was loaded by a closed session: update by id
            await session.execute(update(Conversation).where(Conversation.id == conversation_id)
                                  .values(status="needs_human"))
        await session.flush()
        enqueue(session, kind="review_post", payload={"draft_id": draft.id},
                dedupe_key=f"review_post:{draft.id}")
        await after_draft(session, worker.settings, draft, message)
        DRAFTS.labels(responder=result.responder).inc()
        DRAFT_SECONDS.labels(responder=result.responder).observe(result.latency_ms / 1000)
        log.info("draft %s for conversation %s (%s)", draft.id, conversation_id, result.responder)


def new_draft(
    worker: Worker, result: Any, conversation: Conversation, message_id: int, *,
    extra_flags: list[str] | None = None,
) -> Draft:
    """A pending Draft row from the orchestrator's result (a draft or a redraft)."""
    payload = result.to_json()
    return Draft(
        conversation_id=conversation.id,
        inbound_message_id=message_id,
        text=result.text,
        flags=[*payload["flags"], *(extra_flags or [])],
        tool_runs=payload["tool_runs"],
        quote=payload["quote"],
        responder=result.responder,
        model=result.model,
        usage=dict(result.usage),
        latency_ms=result.latency_ms,
        segments=sms_segments(result.text).segments
        if conversation.channel == Channel.SMS.value
        else None,
        expires_at=utcnow() + timedelta(minutes=worker.settings.draft_expiry_minutes),
    )
