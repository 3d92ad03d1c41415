"""A conversation's page and the decisions on its draft, all through app.review.service and
the one `decide` helper (decisions.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response

from app.deps import DbSession, RuntimeDep
from app.review import service
from app.review.checks import check_edit, edit_flags
from app.review.console.decisions import conversation_of, decide, page
from app.review.console.deps import ConsoleDep, Staff, StaffPost, unit
from app.review.console.pages import PREFIX
from app.review.view import load_view

router = APIRouter(prefix=PREFIX)


@router.get("/conversations/{conversation_id}", response_model=None)
async def conversation(request: Request, conversation_id: int, console: ConsoleDep,
                       staff: Staff, db: DbSession, runtime: RuntimeDep) -> Response:
    return await page(request, console, staff, db, runtime, conversation_id)


@router.post("/drafts/{draft_id}/approve", response_model=None)
async def approve(request: Request, draft_id: int, console: ConsoleDep, staff: StaffPost,
                  db: DbSession, runtime: RuntimeDep) -> Response:
    conversation_id = await conversation_of(db, draft_id)
    return await decide(request, console, staff, db, runtime, conversation_id,
                        lambda s: service.approve(s, draft_id=draft_id, actor=staff.actor,
                                                  bookings=runtime.bookings),
                        notice="approved")


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
    async with unit(db):
        view = await load_view(db, draft_id)
    assert view is not None
    check = check_edit(runtime.orchestrator, view, text)
    if check.error or action != "approve" or (check.flags and not confirm):
        return await page(request, console, staff, db, runtime, conversation_id,
                          status=422 if check.error else 200, edit_text=text, check=check,
                          needs_confirm=bool(check.flags) and action == "approve")
    return await decide(request, console, staff, db, runtime, conversation_id,
                        lambda s: service.approve(s, draft_id=draft_id, actor=staff.actor,
                                                  edited_text=text,
                                                  extra_flags=edit_flags(check),
                                                  bookings=runtime.bookings),
                        edit_text=text)


@router.post("/drafts/{draft_id}/reject", response_model=None)
async def reject(request: Request, draft_id: int, console: ConsoleDep, staff: StaffPost,
                 db: DbSession, runtime: RuntimeDep,
                 reason: Annotated[str, Form()] = "") -> Response:
    conversation_id = await conversation_of(db, draft_id)
    if not reason.strip():
        return await page(request, console, staff, db, runtime, conversation_id, status=422,
                          reject_error="A reason is required.")
    return await decide(request, console, staff, db, runtime, conversation_id,
                        lambda s: service.reject(s, draft_id=draft_id, actor=staff.actor,
                                                 reason=reason.strip()),
                        notice="rejected")


@router.post("/drafts/{draft_id}/retry", response_model=None)
async def retry(request: Request, draft_id: int, console: ConsoleDep, staff: StaffPost,
                db: DbSession, runtime: RuntimeDep) -> Response:
    conversation_id = await conversation_of(db, draft_id)
    return await decide(request, console, staff, db, runtime, conversation_id,
                        lambda s: service.retry_send(s, draft_id=draft_id, actor=staff.actor),
                        notice="retry")
