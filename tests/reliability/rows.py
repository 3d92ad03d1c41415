"""Row counts for asserting that a refused request stored nothing."""

from __future__ import annotations

from typing import Any

# What a refused request must leave behind in an empty database.
EMPTY = {"messages": 0, "contacts": 0, "conversations": 0, "jobs": 0, "webhook_nonces": 0,
         "drafts": 0, "outbox": 0, "audit_events": 0}


async def stored_rows(runtime: Any) -> dict[str, int]:
    """How many rows each table a webhook may write holds."""
    from app.models import (
        AuditEvent,
        Contact,
        Conversation,
        Draft,
        Job,
        Message,
        Outbox,
        WebhookNonce,
    )
    from tests.helpers import count

    models = (Message, Contact, Conversation, Job, WebhookNonce, Draft, Outbox, AuditEvent)
    async with runtime.sessions() as session:
        return {m.__tablename__: await count(session, m) for m in models}
