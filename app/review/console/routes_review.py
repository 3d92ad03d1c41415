"""A conversation's page and the decisions on its draft, all through app.review.service."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy.ext.asyncio import AsyncSession

from app.deps import DbSession, RuntimeDep
from app.models import Draft
from app.review import service
from app.review.checks import check_edit, edit_flags
from app.review.console import queries
from app.review.console.auth import Session
from app.review.console.pages import PREFIX, Console, ConsoleDep, Staff, StaffPost
from app.review.view import load_view

log = logging.getLogger(__name__)

router = APIRouter(prefix=PREFIX)
Action = Callable[[AsyncSession], Awaitable[service.Decision]]


async def page(request: Request, console: Console, staff: Session, db: AsyncSession,
               conversation_id: int, *, status: int = 200, **extra: Any) -> Response:
    history = await queries.history(db, conversation_id)
    if history is None:
        raise HTTPException(404, "no such conversation")
    pending = history.pending
    view = await load_view(db, pending.id) if pending else None
    extra.setdefault("edit_text", view.shown_text if view else "")
    return console.render(request, staff, "conversation.html", status=status,
                          history=history, view=view, **extra)


async def conversation_of(db: AsyncSession, draft_id: int) -> int:
    draft = await db.get(Draft, draft_id)
    if draft is None:
        raise HTTPException(404, "no such draft")
    return draft.conversation_id


async def decide(request: Request, console: Console, staff: Session, db: AsyncSession,
                 conversation_id: int, action: Action, *, notice: str | None = None,
                 **shown: Any) -> Response:
    """Make one decision and commit it: back to the conversation with a notice, or its page
    with the reason (409) when the draft was no longer open to it. `notice` defaults to the
    draft's new state; `shown` goes back onto a refused page (the edited text)."""
    decision = await action(db)
    await db.commit()
    if not decision.ok:
        return await page(request, console, staff, db, conversation_id, status=409,
                          error=decision.message, **shown)
    url = f"{PREFIX}/conversations/{conversation_id}?notice={notice or decision.state}"
    return RedirectResponse(url, status_code=303)


@router.get("/conversations/{conversation_id}", response_model=None)
async def conversation(request: Request, conversation_id: int, console: ConsoleDep,
                       staff: Staff, db: DbSession) -> Response:
    return await page(request, console, staff, db, conversation_id)


@router.post("/drafts/{draft_id}/approve", response_model=None)
async def approve(request: Request, draft_id: int, console: ConsoleDep, staff: StaffPost,
                  db: DbSession) -> Response:
    conversation_id = await conversation_of(db, draft_id)
    return await decide(request, console, staff, db, conversation_id, lambda s: service.approve(
        s, draft_id=draft_id, actor=staff.actor), notice="approved")


@router.post("/drafts/{draft_id}/edit", response_model=None)
async def edit(
    request: Request,
    draft_id: int,
    console: ConsoleDep,
    staff: StaffPost,
    db: DbSession,
    runtime: RuntimeDep,
    text: Annotated[str, Form()] = "",
    action: Annotated[str, Form()] = "check",
    confirm: Annotated[str, Form()] = "",
) -> Response:
    conversation_id = await conversation_of(db, draft_id)
    view = await load_view(db, draft_id)
    assert view is not None
    check = check_edit(runtime.orchestrator, view, text)
    if check.error or action != "approve" or (check.flags and not confirm):
        return await page(request, console, staff, db, conversation_id,
                          status=422 if check.error else 200, edit_text=text, check=check,
                          needs_confirm=bool(check.flags) and action == "approve")
    return await decide(request, console, staff, db, conversation_id, lambda s: service.approve(
        s, draft_id=draft_id, actor=staff.actor, edited_text=text, extra_flags=edit_flags(check),
    ), edit_text=text)


@router.post("/drafts/{draft_id}/reject", response_model=None)
async def reject(request: Request, draft_id: int, console: ConsoleDep, staff: StaffPost,
                 db: DbSession, reason: Annotated[str, Form()] = "") -> Response:
    conversation_id = await conversation_of(db, draft_id)
    if not reason.strip():
        return await page(request, console, staff, db, conversation_id, status=422,
                          reject_error="A reason is required.")
    return await decide(request, console, staff, db, conversation_id, lambda s: service.reject(
        s, draft_id=draft_id, actor=staff.actor, reason=reason.strip()), notice="rejected")


@router.post("/drafts/{draft_id}/retry", response_model=None)
async def retry(request: Request, draft_id: int, console: ConsoleDep, staff: StaffPost,
                db: DbSession) -> Response:
    conversation_id = await conversation_of(db, draft_id)
    return await decide(request, console, staff, db, conversation_id, lambda s: service.retry_send(
        s, draft_id=draft_id, actor=staff.actor), notice="retry")
