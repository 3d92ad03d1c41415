"""The conversation's one state: whether it needs a person. Every change is made here.

    open --flagged draft, rejection, failed reply, budget digest, booking trouble--> needs_human
    needs_human --a person approves a reply--> open
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Conversation
from app.states import ConversationStatus


async def hand_to_staff(session: AsyncSession, *, conversation_id: int) -> None:
    """The conversation needs a person; the console and Slack show it so."""
    await _set(session, conversation_id, ConversationStatus.NEEDS_HUMAN)


async def reopen(session: AsyncSession, *, conversation_id: int) -> None:
    """A person answered: the conversation has had its human."""
    await _set(session, conversation_id, ConversationStatus.OPEN)


async def _set(session: AsyncSession, conversation_id: int, status: ConversationStatus) -> None:
    # By id: callers often hold a Conversation loaded by a session that is already closed.
    # Only a change is written: a conversation already in `status` keeps its updated_at (as the
    # approval's SQL path, app.review.approve_sql, reopens it).
    await session.execute(update(Conversation).where(Conversation.id == conversation_id,
                                                     Conversation.status != status)
                          .values(status=status))
