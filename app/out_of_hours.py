"""The out-of-hours acknowledgement: a customer writing while the business is closed gets the
catalog's fixed text at once ("...our team will answer tomorrow at 9:00 AM"), once per closed
spell, and only under the auto-approval rules (AUTO_APPROVE, rule `out_of_hours`, not stopped in
the console). The real draft still waits for staff.

The acknowledgement is a draft of its own (responder `out_of_hours`) approved as
`auto:out_of_hours`, so it goes through the outbox, the audit trail and the review message like
any other reply.
"""

from __future__ import annotations

import functools
import logging
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.autoapprove import rule_configured, rule_in_force, send_automatically
from app.customer_history import linked_conversation_ids
from app.models import Contact, Conversation, Draft, Message
from app.review.service import notify_reviewers
from app.worker import Worker
from orchestrator.catalog import BUNDLED_CATALOG, load_catalog
from orchestrator.hours import BusinessHours
from vocabulary.settings import Settings

log = logging.getLogger(__name__)

RESPONDER = "out_of_hours"
RULE = "out_of_hours"


@functools.lru_cache(maxsize=8)
def _hours_in(path: Path) -> BusinessHours | None:
    return load_catalog(path).business_hours


def business_hours(settings: Settings) -> BusinessHours | None:
    """The catalog's business hours (None when the catalog keeps none); the file is read once
    (start-up already validated it)."""
    return _hours_in(settings.business_catalog or BUNDLED_CATALOG)


async def _acknowledged_this_spell(
    session: AsyncSession, hours: BusinessHours, conversation_id: int, now: datetime
) -> bool:
    """An acknowledgement went to this customer since the business last closed."""
    ids = await linked_conversation_ids(session, conversation_id)
    last = (await session.execute(
        select(Draft.created_at)
        .where(Draft.conversation_id.in_(ids), Draft.responder == RESPONDER)
        .order_by(Draft.id.desc()).limit(1)
    )).scalar()
    if last is None:
        return False
    opening = hours.next_open(last)
    return opening is not None and opening > now


async def acknowledge_out_of_hours(
    worker: Worker, conversation: Conversation, message: Message
) -> int | None:
    """Send the acknowledgement when closed and allowed; the id of its draft, or None."""
    hours = business_hours(worker.settings)
    now = worker.runtime.clock()
    if hours is None or hours.is_open(now) or not hours.out_of_hours_reply:
        return None
    # The settings first: with automatic replies off (the default) no session is opened at
    # all (an empty transaction cost every draft written out of hours 0.2 ms of CPU).
    if rule_configured(worker.settings, RULE) is not None:
        return None
    async with worker.runtime.sessions() as session, session.begin():
        if await rule_in_force(session, worker.settings, RULE):
            return None
        contact = await session.get(Contact, conversation.contact_id)
        text = hours.acknowledgement(now)
        if contact is None or contact.opted_out or text is None:
            return None
        if await _acknowledged_this_spell(session, hours, conversation.id, now):
            return None
        draft = Draft(
            conversation_id=conversation.id, inbound_message_id=message.id, text=text,
            flags=[], responder=RESPONDER, created_at=now,
            expires_at=now + timedelta(minutes=worker.settings.draft_expiry_minutes),
        )
        session.add(draft)
        await session.flush()
        notify_reviewers(session, draft.id, new=True)
        await send_automatically(session, draft_id=draft.id, rule=RULE,
                                 reason=f"closed; next opening {hours.describe_opening(now)}")
        log.info("out-of-hours acknowledgement %s for conversation %s", draft.id, conversation.id)
        return draft.id
