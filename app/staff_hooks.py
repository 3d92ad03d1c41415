"""What a new pending draft sets off for the staff tools, called by the drafting job in its
transaction: the customer's older drafts on other linked channels give way to it, and the
auto-approval policy may send it at once."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.autoapprove import Verdict, consider
from app.customer_history import linked_conversation_ids
from app.models import Draft, Message
from app.review.service import supersede_pending
from vocabulary.settings import Settings


async def after_draft(session: AsyncSession, settings: Settings, draft: Draft, message: Message,
                      *, conversation_ids: list[int] | None = None) -> Verdict:
    """Supersede pending drafts on the customer's other channels (`conversation_ids`: the
    linked conversations, when the caller read them in this transaction), then apply the
    policy."""
    linked = conversation_ids or await linked_conversation_ids(session, draft.conversation_id)
    for conversation_id in linked:
        if conversation_id != draft.conversation_id:
            await supersede_pending(session, conversation_id=conversation_id)
    return await consider(session, settings, draft, message)
