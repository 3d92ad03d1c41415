"""A conversation's page and the decisions on its draft, all through app.review.service."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Form, HTTPException, Request, Response
from fastapi.responses import RedirectResponse

from app.bookings.console import conversation_bookings
from app.models import Draft
from app.review import service
from app.review.checks import EditCheck, check_edit, edit_flags
from app.review.console import queries
from app.review.console.auth import Session
from app.review.console.live import conversation_extras, mark_seen
from app.review.console.pages import PREFIX, Console
from app.review.view import load_view

log = logging.getLogger(__name__)


def build_review_routes(console: Console) -> APIRouter:
    router = APIRouter(prefix=PREFIX)
    runtime = console.runtime

    async def page(request: Request, session: Session, conversation_id: int, *,
                   status: int = 200, **extra: Any) -> Response:
        await mark_seen(console, conversation_id)
        async with runtime.sessions() as db:
            history = await queries.history(db, conversation_id)
            if history is None:
                raise HTTPException(404, "no such conversation")
            pending = history.pending
            view = await load_view(db, pending.id) if pending else None
            bookings = await conversation_bookings(db, runtime.bookings, conversation_id)
            extra.update(await conversation_extras(
                db, history, request.query_params.get("link_q", "")))
        extra.setdefault("edit_text", view.shown_text if view else "")
        return console.render(request, session, "conversation.html", status=status,
                              history=history, view=view, bookings=bookings, **extra)

    async def conversation_of(draft_id: int) -> int:
        async with runtime.sessions() as db:
            draft = await db.get(Draft, draft_id)
        if draft is None:
            raise HTTPException(404, "no such draft")
        return draft.conversation_id

    def done(conversation_id: int, notice: str) -> Response:
        url = f"{PREFIX}/conversations/{conversation_id}?notice={notice}"
        return RedirectResponse(url, status_code=303)

    @router.get("/conversations/{conversation_id}", response_model=None)
    async def conversation(request: Request, conversation_id: int) -> Response:
        return await page(request, console.staff(request), conversation_id)

    @router.post("/drafts/{draft_id}/approve", response_model=None)
    async def approve(request: Request, draft_id: int, csrf: str = Form("")) -> Response:
        session = console.staff_post(request, csrf)
        conversation_id = await conversation_of(draft_id)
        async with runtime.sessions() as db, db.begin():
            decision = await service.approve(db, draft_id=draft_id, actor=session.actor,
                                             bookings=runtime.bookings)
        if not decision.ok:
            return await page(request, session, conversation_id, status=409,
                              error=decision.message)
        return done(conversation_id, "approved")

    @router.post("/drafts/{draft_id}/edit", response_model=None)
    async def edit(
        request: Request,
        draft_id: int,
        text: str = Form(""),
        action: str = Form("check"),
        confirm: str = Form(""),
        csrf: str = Form(""),
    ) -> Response:
        session = console.staff_post(request, csrf)
        conversation_id = await conversation_of(draft_id)
        async with runtime.sessions() as db:
            view = await load_view(db, draft_id)
        assert view is not None
        check = check_edit(runtime, view, text)
        if check.error or action != "approve" or (check.flags and not confirm):
            return await page(request, session, conversation_id,
                              status=422 if check.error else 200, edit_text=text, check=check,
                              needs_confirm=bool(check.flags) and action == "approve")
        return await _approve_edit(request, session, draft_id, conversation_id, text, check)

    async def _approve_edit(request: Request, session: Session, draft_id: int,
                            conversation_id: int, text: str, check: EditCheck) -> Response:
        async with runtime.sessions() as db, db.begin():
            decision = await service.approve(db, draft_id=draft_id, actor=session.actor,
                                             edited_text=text,
                                             extra_flags=edit_flags(check),
                                             bookings=runtime.bookings)
        if not decision.ok:
            return await page(request, session, conversation_id, status=409,
                              error=decision.message, edit_text=text)
        return done(conversation_id, decision.state)

    @router.post("/drafts/{draft_id}/reject", response_model=None)
    async def reject(request: Request, draft_id: int, reason: str = Form(""),
                     csrf: str = Form("")) -> Response:
        session = console.staff_post(request, csrf)
        conversation_id = await conversation_of(draft_id)
        if not reason.strip():
            return await page(request, session, conversation_id, status=422,
                              reject_error="A reason is required.")
        async with runtime.sessions() as db, db.begin():
            decision = await service.reject(db, draft_id=draft_id, actor=session.actor,
                                            reason=reason.strip())
        if not decision.ok:
            return await page(request, session, conversation_id, status=409,
                              error=decision.message)
        return done(conversation_id, "rejected")

    @router.post("/drafts/{draft_id}/retry", response_model=None)
    async def retry(request: Request, draft_id: int, csrf: str = Form("")) -> Response:
        session = console.staff_post(request, csrf)
        conversation_id = await conversation_of(draft_id)
        async with runtime.sessions() as db, db.begin():
            decision = await service.retry_send(db, draft_id=draft_id, actor=session.actor)
        if not decision.ok:
            return await page(request, session, conversation_id, status=409,
                              error=decision.message)
        return done(conversation_id, "retry")

    return router
