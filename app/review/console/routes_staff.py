"""Console routes for the staff tools: redraft with a note, link and unlink contacts, accept or
dismiss suggested links, the automatic-replies stop switch, and saved replies."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Form, HTTPException, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from app import autoapprove, customers
from app.models import Contact, Conversation, Draft, LinkSuggestion, Snippet
from app.review import service
from app.review.console import staff_queries
from app.review.console.pages import PREFIX, Console

log = logging.getLogger(__name__)
SNIPPET_TITLE_MAX, SNIPPET_BODY_MAX = 80, 1600


def _back(conversation_id: int, notice: str) -> Response:
    return RedirectResponse(f"{PREFIX}/conversations/{conversation_id}?notice={notice}",
                            status_code=303)


def build_staff_routes(console: Console) -> APIRouter:
    router = APIRouter(prefix=PREFIX)
    runtime = console.runtime

    async def conversation_of_contact(contact_id: int) -> int:
        async with runtime.sessions() as db:
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
    async def redraft(request: Request, draft_id: int, note: str = Form(""),
                      csrf: str = Form("")) -> Response:
        session = console.staff_post(request, csrf)
        async with runtime.sessions() as db, db.begin():
            draft = await db.get(Draft, draft_id)
            if draft is None:
                raise HTTPException(404, "no such draft")
            decision = await service.redraft(db, draft_id=draft_id, actor=session.actor, note=note)
        if not decision.ok:
            log.info("redraft of draft %s refused: %s", draft_id, decision.message)
            return _back(draft.conversation_id, "redraft_refused")
        return _back(draft.conversation_id, "redrafting")

    @router.post("/contacts/{contact_id}/link", response_model=None)
    async def link(request: Request, contact_id: int, other_id: int = Form(0),
                   csrf: str = Form("")) -> Response:
        session = console.staff_post(request, csrf)
        back = await conversation_of_contact(contact_id)
        try:
            async with runtime.sessions() as db, db.begin():
                await customers.link(db, contact_id=contact_id, other_id=other_id,
                                     actor=session.actor, how="linked by staff")
        except customers.LinkError as exc:
            raise HTTPException(422, str(exc)) from exc
        return _back(back, "linked")

    @router.post("/contacts/{contact_id}/unlink", response_model=None)
    async def unlink(request: Request, contact_id: int, back: int = Form(0),
                     csrf: str = Form("")) -> Response:
        session = console.staff_post(request, csrf)
        target = back or await conversation_of_contact(contact_id)
        try:
            async with runtime.sessions() as db, db.begin():
                await customers.unlink(db, contact_id=contact_id, actor=session.actor)
        except customers.LinkError as exc:
            raise HTTPException(422, str(exc)) from exc
        return _back(target, "unlinked")

    @router.post("/suggestions/{suggestion_id}/{decision}", response_model=None)
    async def decide(request: Request, suggestion_id: int, decision: str, back: int = Form(0),
                     csrf: str = Form("")) -> Response:
        session = console.staff_post(request, csrf)
        if decision not in ("accept", "dismiss"):
            raise HTTPException(404, "no such decision")
        try:
            async with runtime.sessions() as db, db.begin():
                suggestion = await db.get(LinkSuggestion, suggestion_id)
                if suggestion is None:
                    raise HTTPException(404, "no such suggestion")
                await customers.decide_suggestion(db, suggestion_id=suggestion_id,
                                                  accept=decision == "accept", actor=session.actor)
        except customers.LinkError as exc:
            raise HTTPException(409, str(exc)) from exc
        target = back or await conversation_of_contact(suggestion.contact_id)
        return _back(target, "linked" if decision == "accept" else "dismissed")

    @router.post("/auto/{switch}", response_model=None)
    async def auto_switch(request: Request, switch: str, csrf: str = Form("")) -> Response:
        session = console.staff_post(request, csrf)
        if switch not in ("stop", "resume"):
            raise HTTPException(404, "no such switch")
        async with runtime.sessions() as db, db.begin():
            await autoapprove.set_paused(db, pause=switch == "stop", actor=session.actor)
        log.info("%s set automatic replies to %s", session.actor, switch)
        return RedirectResponse(f"{PREFIX}?notice=auto_{switch}", status_code=303)

    @router.get("/snippets", response_model=None)
    async def snippet_page(request: Request) -> Response:
        session = console.staff(request)
        async with runtime.sessions() as db:
            saved = await staff_queries.snippets(db)
        return console.render(request, session, "snippets.html", snippets=saved)

    @router.post("/snippets", response_model=None)
    async def add_snippet(request: Request, title: str = Form(""), body: str = Form(""),
                          csrf: str = Form("")) -> Response:
        session = console.staff_post(request, csrf)
        title, body = title.strip(), body.strip()
        if not title or not body or len(title) > SNIPPET_TITLE_MAX or len(body) > SNIPPET_BODY_MAX:
            async with runtime.sessions() as db:
                saved = await staff_queries.snippets(db)
            return console.render(
                request, session, "snippets.html", status=422, snippets=saved,
                snippet_error=f"A title (at most {SNIPPET_TITLE_MAX} characters) and a text (at "
                f"most {SNIPPET_BODY_MAX}) are both needed.", form={"title": title, "body": body})
        async with runtime.sessions() as db, db.begin():
            db.add(Snippet(title=title, body=body, created_by=session.actor))
        return RedirectResponse(f"{PREFIX}/snippets?notice=snippet_saved", status_code=303)

    @router.post("/snippets/{snippet_id}/delete", response_model=None)
    async def delete_snippet(request: Request, snippet_id: int, csrf: str = Form("")) -> Response:
        console.staff_post(request, csrf)
        async with runtime.sessions() as db, db.begin():
            snippet = await db.get(Snippet, snippet_id)
            if snippet is not None:
                await db.delete(snippet)
        return RedirectResponse(f"{PREFIX}/snippets?notice=snippet_deleted", status_code=303)

    return router
