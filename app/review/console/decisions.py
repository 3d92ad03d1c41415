"""A conversation's page, and the one way a console route decides on a draft: `decide` runs
the decision in its own transaction, then goes back to the conversation with a notice, or
shows the page again with the reason (409) when the draft was no longer open to it."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import HTTPException, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.bookings.rows import conversation_bookings
from app.models import Draft
from app.review import service
from app.review.console import queries
from app.review.console.auth import Session
from app.review.console.deps import unit
from app.review.console.live import conversation_extras, mark_seen
from app.review.console.pages import PREFIX, Console
from app.review.view import load_view
from app.runtime import Runtime

log = logging.getLogger(__name__)

Action = Callable[[AsyncSession], Awaitable[service.Decision]]
"""One call into app.review.service on the given session (approve, reject, retry, redraft)."""


def back(conversation_id: int, notice: str) -> Response:
    """To the conversation's page, with a notice (pages.NOTICES) on top."""
    return RedirectResponse(f"{PREFIX}/conversations/{conversation_id}?notice={notice}",
                            status_code=303)


async def page(request: Request, console: Console, staff: Session, db: AsyncSession,
               runtime: Runtime, conversation_id: int, *, status: int = 200,
               **extra: Any) -> Response:
    """The conversation page (marked read first); `extra` goes to the template."""
    await mark_seen(db, conversation_id)
    async with unit(db):
        history = await queries.history(db, conversation_id)
        if history is None:
            raise HTTPException(404, "no such conversation")
        pending = history.pending
        view = await load_view(db, pending.id) if pending else None
        bookings = await conversation_bookings(db, runtime.bookings, conversation_id)
        extra.update(await conversation_extras(
            db, history, request.query_params.get("link_q", "")))
    extra.setdefault("edit_text", view.shown_text if view else "")
    return console.render(request, staff, "conversation.html", status=status,
                          history=history, view=view, bookings=bookings, **extra)


async def conversation_of(db: AsyncSession, draft_id: int) -> int:
    """The draft's conversation (404 when there is no such draft)."""
    async with unit(db):
        found = (await db.execute(
            select(Draft.conversation_id).where(Draft.id == draft_id))).scalar()
    if found is None:
        raise HTTPException(404, "no such draft")
    return int(found)


async def decide(request: Request, console: Console, staff: Session, db: AsyncSession,
                 runtime: Runtime, conversation_id: int, action: Action, *,
                 notice: str | None = None, refused_notice: str | None = None,
                 **shown: Any) -> Response:
    """Make one decision and commit it. Done: back to the conversation with `notice` (default:
    the draft's new state). Refused: back with `refused_notice` when given, else the page again
    with the reason (409) and `shown` (the edited text)."""
    async with unit(db):
        decision = await action(db)
    if decision.ok:
        return back(conversation_id, notice or decision.state)
    log.info("%s: decision on conversation %s refused: %s", staff.actor, conversation_id,
             decision.message)
    if refused_notice is not None:
        return back(conversation_id, refused_notice)
    return await page(request, console, staff, db, runtime, conversation_id, status=409,
                      error=decision.message, **shown)
