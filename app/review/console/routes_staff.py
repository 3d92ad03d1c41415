"""Console routes for the staff tools: redraft with a note, link and unlink contacts, accept or
dismiss suggested links, the automatic-replies stop switch, and saved replies."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import autoapprove, customers
from app.deps import DbSession, RuntimeDep
from app.models import Contact, Conversation, LinkSuggestion, Snippet
from app.review import service
from app.review.console import staff_queries
from app.review.console.decisions import back, conversation_of, decide
from app.review.console.deps import ConsoleDep, Staff, StaffPost, unit
from app.review.console.pages import PREFIX

log = logging.getLogger(__name__)
SNIPPET_TITLE_MAX, SNIPPET_BODY_MAX = 80, 1600

router = APIRouter(prefix=PREFIX)


async def conversation_of_contact(db: AsyncSession, contact_id: int) -> int:
    """The contact's latest conversation (404 when there is no such contact or none)."""
    async with unit(db):
        contact = await db.get(Contact, contact_id)
        if contact is None:
            raise HTTPException(404, "no such contact")
        found = (await db.execute(
            select(Conversation.id).where(Conversation.contact_id == contact_id)
            .order_by(Conversation.id.desc()).limit(1))).scalar()
    if found is None:
        raise HTTPException(404, "no conversation for this contact")
    return int(found)


@router.post("/drafts/{draft_id}/redraft", response_model=None)
async def redraft(request: Request, draft_id: int, console: ConsoleDep, staff: StaffPost,
                  db: DbSession, runtime: RuntimeDep,
                  note: Annotated[str, Form()] = "") -> Response:
    conversation_id = await conversation_of(db, draft_id)
    return await decide(request, console, staff, db, runtime, conversation_id,
                        lambda s: service.redraft(s, draft_id=draft_id, actor=staff.actor,
                                                  note=note),
                        notice="redrafting", refused_notice="redraft_refused")


@router.post("/contacts/{contact_id}/link", response_model=None)
async def link(contact_id: int, staff: StaffPost, db: DbSession,
               other_id: Annotated[int, Form()] = 0) -> Response:
    target = await conversation_of_contact(db, contact_id)
    try:
        async with unit(db):
            await customers.link(db, contact_id=contact_id, other_id=other_id,
                                 actor=staff.actor, how="linked by staff")
    except customers.LinkError as exc:
        raise HTTPException(422, str(exc)) from exc
    return back(target, "linked")


@router.post("/contacts/{contact_id}/unlink", response_model=None)
async def unlink(contact_id: int, staff: StaffPost, db: DbSession,
                 back_to: Annotated[int, Form(alias="back")] = 0) -> Response:
    target = back_to or await conversation_of_contact(db, contact_id)
    try:
        async with unit(db):
            await customers.unlink(db, contact_id=contact_id, actor=staff.actor)
    except customers.LinkError as exc:
        raise HTTPException(422, str(exc)) from exc
    return back(target, "unlinked")


@router.post("/suggestions/{suggestion_id}/{decision}", response_model=None)
async def suggestion(suggestion_id: int, decision: str, staff: StaffPost, db: DbSession,
                     back_to: Annotated[int, Form(alias="back")] = 0) -> Response:
    if decision not in ("accept", "dismiss"):
        raise HTTPException(404, "no such decision")
    try:
        async with unit(db):
            found = await db.get(LinkSuggestion, suggestion_id)
            if found is None:
                raise HTTPException(404, "no such suggestion")
            await customers.decide_suggestion(db, suggestion_id=suggestion_id,
                                              accept=decision == "accept", actor=staff.actor)
    except customers.LinkError as exc:
        raise HTTPException(409, str(exc)) from exc
    target = back_to or await conversation_of_contact(db, found.contact_id)
    return back(target, "linked" if decision == "accept" else "dismissed")


@router.post("/auto/{switch}", response_model=None)
async def auto_switch(switch: str, staff: StaffPost, db: DbSession) -> Response:
    if switch not in ("stop", "resume"):
        raise HTTPException(404, "no such switch")
    async with unit(db):
        await autoapprove.set_paused(db, pause=switch == "stop", actor=staff.actor)
    log.info("%s set automatic replies to %s", staff.actor, switch)
    return RedirectResponse(f"{PREFIX}?notice=auto_{switch}", status_code=303)


@router.get("/snippets", response_model=None)
async def snippet_page(request: Request, console: ConsoleDep, staff: Staff,
                       db: DbSession) -> Response:
    async with unit(db):
        saved = await staff_queries.snippets(db)
    return console.render(request, staff, "snippets.html", snippets=saved)


@router.post("/snippets", response_model=None)
async def add_snippet(request: Request, console: ConsoleDep, staff: StaffPost, db: DbSession,
                      title: Annotated[str, Form()] = "",
                      body: Annotated[str, Form()] = "") -> Response:
    title, body = title.strip(), body.strip()
    if not title or not body or len(title) > SNIPPET_TITLE_MAX or len(body) > SNIPPET_BODY_MAX:
        async with unit(db):
            saved = await staff_queries.snippets(db)
        return console.render(
            request, staff, "snippets.html", status=422, snippets=saved,
            snippet_error=f"A title (at most {SNIPPET_TITLE_MAX} characters) and a text (at "
            f"most {SNIPPET_BODY_MAX}) are both needed.", form={"title": title, "body": body})
    async with unit(db):
        db.add(Snippet(title=title, body=body, created_by=staff.actor))
    return RedirectResponse(f"{PREFIX}/snippets?notice=snippet_saved", status_code=303)


@router.post("/snippets/{snippet_id}/delete", response_model=None)
async def delete_snippet(snippet_id: int, _staff: StaffPost, db: DbSession) -> Response:
    async with unit(db):
        snippet = await db.get(Snippet, snippet_id)
        if snippet is not None:
            await db.delete(snippet)
    return RedirectResponse(f"{PREFIX}/snippets?notice=snippet_deleted", status_code=303)
