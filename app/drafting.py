"""The drafting job: conversation history + the new message -> orchestrator -> a pending Draft.

The model call happens outside any transaction. The draft, its review notification and the job's
completion commit together, so a crash yields a re-run, never two drafts.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.text import segments_for
from app.channels import channel_limits
from app.clock import clock_of
from app.ingest import DRAFTED_KINDS, recent_inbound
from app.jobs import ClaimedJob
from app.metrics import DRAFT_SECONDS, DRAFTS
from app.models import Contact, Conversation, Draft, Message
from app.review.service import propose
from app.worker import Worker
from orchestrator.service import Turn
from vocabulary.messages import Channel

log = logging.getLogger(__name__)

HISTORY_TURNS = 20


async def _newer_inbound(session: AsyncSession, conversation_id: int, message_id: int) -> bool:
    newer = await session.execute(
        select(Message.id)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == "in",
            Message.kind.in_(DRAFTED_KINDS),
            Message.id > message_id,
        )
        .limit(1)
    )
    return newer.scalar() is not None


async def _history(session: AsyncSession, conversation_id: int, message_id: int) -> list[Turn]:
    rows = (
        await session.execute(
            select(Message)
            .where(Message.conversation_id == conversation_id, Message.id < message_id)
            .order_by(Message.id.desc())
            .limit(HISTORY_TURNS)
        )
    ).scalars()
    return [
        Turn(role="customer" if m.direction == "in" else "business", text=m.text)
        for m in reversed(list(rows))
        if m.text
    ]


async def _profile_name(worker: Worker, channel: Channel, address: str) -> str | None:
    """The customer's display name from the channel's profile API (Meta), when it has one."""
    source = worker.runtime.channels.profiles.get(channel)
    return await source.fetch_profile(address, channel=channel) if source else None


def _segments(channel: Channel, text: str) -> int | None:
    info = segments_for(channel_limits(channel), text)
    return info.segments if info else None


async def run_draft_job(worker: Worker, job: ClaimedJob) -> None:
    """Draft a reply to one inbound message, unless a newer message will be drafted instead."""
    conversation_id = int(job.payload["conversation_id"])
    message_id = int(job.payload["message_id"])
    async with worker.runtime.sessions() as session:
        conversation = await session.get(Conversation, conversation_id)
        message = await session.get(Message, message_id)
        if conversation is None or message is None:
            raise LookupError(f"conversation {conversation_id} or message {message_id} is gone")
        contact = await session.get(Contact, conversation.contact_id)
        assert contact is not None
        skip = contact.opted_out or await _newer_inbound(session, conversation_id, message_id)
        history = [] if skip else await _history(session, conversation_id, message_id)
    if skip:
        async with worker.completing(job):
            log.info("draft for message %s skipped (newer message or opted out)", message_id)
        return
    text = message.text or ("[customer sent an attachment]" if message.attachments else "")
    name = contact.display_name or await _profile_name(
        worker, Channel(conversation.channel), contact.address
    )
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
        payload = result.to_json()
        flags = list(payload["flags"])
        burst = await recent_inbound(session, conversation_id)
        if burst > worker.settings.flood_messages_per_minute:
            flags.append(f"flood: {burst} messages in the last minute; one draft for the burst")
        draft = Draft(
            conversation_id=conversation_id,
            inbound_message_id=message_id,
            text=result.text,
            flags=flags,
            tool_runs=payload["tool_runs"],
            quote=payload["quote"],
            responder=result.responder,
            model=result.model,
            usage=dict(result.usage),
            latency_ms=result.latency_ms,
            segments=_segments(Channel(conversation.channel), result.text),
            expires_at=clock_of(session).now()
            + timedelta(minutes=worker.settings.draft_expiry_minutes),
        )
        if result.needs_human:  # `conversation` was read in another session: update the row
            await session.execute(
                update(Conversation)
                .where(Conversation.id == conversation_id)
                .values(status="needs_human")
            )
        await propose(session, draft)
        DRAFTS.labels(responder=result.responder).inc()
        DRAFT_SECONDS.labels(responder=result.responder).observe(result.latency_ms / 1000)
        log.info("draft %s for conversation %s (%s)", draft.id, conversation_id, result.responder)
