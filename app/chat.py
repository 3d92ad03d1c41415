"""`gateway chat`: one message through ingest and drafting, without HTTP."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.ingest import ingest
from app.models import Draft
from app.runtime import build_runtime
from app.worker import Worker
from vocabulary.messages import Channel, InboundMessage, ParsedWebhook
from vocabulary.settings import Settings


async def run_chat(
    settings: Settings, *, channel: Channel, sender: str, text: str, message_id: str, at: datetime
) -> Draft | None:
    """Store the message as if it arrived on `channel`, run its draft job, return the draft."""
    from app.drafting import run_draft_job

    runtime = build_runtime(settings)
    try:
        message = InboundMessage(channel=channel, provider_message_id=message_id, sender=sender,
                                 recipient="gateway-cli", text=text, received_at=at)
        async with runtime.sessions() as session, session.begin():
            result = await ingest(session, ParsedWebhook(messages=(message,)))
        if not result.stored:
            return None
        worker = Worker(runtime=runtime, handlers={"draft": run_draft_job})
        await worker.drain()
        async with runtime.sessions() as session:
            return (
                await session.execute(
                    # The last one: an out-of-hours acknowledgement may come before the reply.
                    select(Draft).where(Draft.inbound_message_id == result.stored[0])
                    .order_by(Draft.id.desc()).limit(1)
                )
            ).scalar()
    finally:
        await runtime.close()
