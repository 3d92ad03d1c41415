"""Building the rows the direct tests start from, through the code that really makes them:
inbound messages through `app.ingest.ingest`, drafts through `app.review.service.propose`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from app.ingest import FloodPolicy, IngestResult, ingest
from app.models import Draft, Job, Message
from app.review import service
from app.runtime import Runtime
from vocabulary.messages import Channel, InboundKind, InboundMessage, ParsedWebhook

CUSTOMER = "+19165550123"
BUSINESS = "+19165550100"
RECEIVED = datetime(2026, 6, 12, 18, 30, tzinfo=UTC)


def inbound(n: int = 1, *, text: str = "Quote for 10 adults in 95630?", sender: str = CUSTOMER,
            recipient: str = BUSINESS, channel: Channel = Channel.SMS, kind: InboundKind = InboundKind.MESSAGE,
            received_at: datetime = RECEIVED, name: str | None = None,
            thread_ref: tuple[str, ...] = (), raw: Mapping[str, Any] | None = None
            ) -> InboundMessage:
    """Customer message number `n` (its provider id is derived from n)."""
    return InboundMessage(channel=channel, provider_message_id=f"SMtest{n:026d}", sender=sender,
                          recipient=recipient, text=text, received_at=received_at, kind=kind,
                          sender_name=name, thread_ref=thread_ref, raw=raw or {})


async def store(runtime: Runtime, *messages: InboundMessage, flood: FloodPolicy = FloodPolicy()
                ) -> IngestResult:
    async with runtime.sessions() as session, session.begin():
        return await ingest(session, ParsedWebhook(messages=messages), flood=flood)


async def stored_message(runtime: Runtime, message_id: int) -> Message:
    async with runtime.sessions() as session:
        message = await session.get(Message, message_id)
    assert message is not None
    return message


async def propose(runtime: Runtime, message_id: int, text: str = "Hi! $600.00 for 10 adults."
                  ) -> int:
    """A pending draft replying to a stored message."""
    message = await stored_message(runtime, message_id)
    async with runtime.sessions() as session, session.begin():
        draft = await service.propose(session, Draft(
            conversation_id=message.conversation_id, inbound_message_id=message_id, text=text,
            flags=["model_flag"], tool_runs=[], responder="model"))
        return draft.id


async def jobs(runtime: Runtime, kind: str | None = None) -> list[Job]:
    query = select(Job).order_by(Job.id)
    if kind is not None:
        query = query.where(Job.kind == kind)
    async with runtime.sessions() as session:
        return list((await session.execute(query)).scalars())
