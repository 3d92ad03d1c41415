"""The live console: pages poll a small JSON endpoint (plain JavaScript in static/console.js, no
framework, no CDN) and swap the regions whose version changed.

Each region carries `data-version`, a key of what it shows (message ids, draft and delivery
states), so a poll swaps only what really changed. The draft region is never swapped under a
reviewer who is typing in it: the script offers to show the new state instead. Polling was chosen
over server-sent events: every process can answer it from the database alone, with no broadcast
between web and worker processes and nothing to keep open through proxies.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Response
from fastapi.responses import FileResponse, JSONResponse
from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.customer_history import linked_conversation_ids
from app.deps import DbSession
from app.models import Conversation, Draft
from app.review.console import queries, staff_queries
from app.review.console.deps import ConsoleDep, Staff, check_origin, unit
from app.review.console.pages import HERE, PREFIX, SECURITY_HEADERS, Console
from app.review.console.queries import History
from app.review.view import load_view
from app.states import DraftState

POLL_MS = 2000
SCRIPT = HERE / "static" / "console.js"


def _digest(parts: list[Any]) -> str:
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]


def history_key(history: History) -> str:
    """Changes when a message arrives or a send changes state."""
    return _digest([
        [m.id for m in history.messages],
        sorted((o.id, o.state) for o in history.outbox.values()),
        history.drafting and history.pending is None,
    ])


def draft_key(history: History) -> str:
    """Changes when another draft is up for review (or none is)."""
    pending = history.pending
    return f"draft-{pending.id}" if pending else "none"


def decided_key(history: History) -> str:
    return _digest([(d.id, d.state) for d in history.drafts if d.state != "pending"])


def inbox_key(rows: list[staff_queries.CustomerRow]) -> str:
    return _digest([(r.conversation.id, r.pending, r.unread, r.channels, r.conversation.status,
                     str(r.last_inbound_at)) for r in rows])


def install_filters(console: Console) -> None:
    console.templates.env.filters.update(
        history_key=history_key, draft_key=draft_key, decided_key=decided_key, inbox_key=inbox_key)


async def summary(db: AsyncSession) -> dict[str, int]:
    """Unread customer messages and drafts waiting, for the header of every live page."""
    waiting = (await db.execute(select(Conversation.id).where(
        Conversation.last_inbound_at.is_not(None),
        or_(Conversation.staff_read_at.is_(None),
            Conversation.last_inbound_at > Conversation.staff_read_at),
    ))).scalars().all()
    unread = sum((await staff_queries.unread_counts(db, list(waiting))).values())
    pending = len((await db.execute(select(Draft.id).where(Draft.state == DraftState.PENDING))).all())
    return {"unread": unread, "pending": pending}


async def conversation_extras(db: AsyncSession, history: History, link_q: str = ""
                              ) -> dict[str, Any]:
    """What the conversation page shows beside the history: the customer card and saved replies
    (the page marks the conversation read separately, in a transaction of its own)."""
    return {"card": await staff_queries.customer_card(db, history.contact, link_q),
            "snippets": await staff_queries.snippets(db)}


async def mark_seen(db: AsyncSession, conversation_id: int) -> None:
    """Staff looked at the conversation (and the customer's other channels)."""
    async with unit(db):
        ids = await linked_conversation_ids(db, conversation_id)
        stale = await staff_queries.needs_read_mark(db, ids)
    if stale:
        async with unit(db):
            await staff_queries.mark_read(db, ids)


def _json(data: dict[str, Any]) -> Response:
    response = JSONResponse(data)
    response.headers.update(SECURITY_HEADERS)
    return response


router = APIRouter(prefix=PREFIX)


def _render(console: Console, name: str, **context: Any) -> str:
    return console.templates.get_template(name).render(**context)


@router.get("/live/inbox", response_model=None)
async def live_inbox(console: ConsoleDep, staff: Staff, db: DbSession, q: str = "") -> Response:
    async with unit(db):
        rows = await staff_queries.customer_rows(db, await queries.inbox(db, q=q[:100]))
        counts = await summary(db)
    html = _render(console, "_inbox_rows.html", rows=rows, q=q[:100])
    return _json({**counts, "parts": [
        {"id": "inbox-rows", "version": inbox_key(rows), "html": html}]})


@router.get("/live/conversations/{conversation_id}", response_model=None)
async def live_conversation(conversation_id: int, console: ConsoleDep, staff: Staff,
                            db: DbSession) -> Response:
    await mark_seen(db, conversation_id)
    async with unit(db):
        history = await queries.history(db, conversation_id)
        if history is None:
            raise HTTPException(404, "no such conversation")
        pending = history.pending
        view = await load_view(db, pending.id) if pending else None
        extras = await conversation_extras(db, history)
        counts = await summary(db)
    context = {"history": history, "view": view, "csrf": staff.csrf,
               "edit_text": view.shown_text if view else "", **extras}
    return _json({**counts, "parts": [
        {"id": "history", "version": history_key(history),
         "html": _render(console, "_history.html", **context)},
        {"id": "draft-region", "version": draft_key(history),
         "html": _render(console, "draft.html", **context) if view else ""},
        {"id": "decided", "version": decided_key(history),
         "html": _render(console, "_decided.html", **context)},
    ]})


@router.get("/static/console.js", include_in_schema=False, dependencies=[Depends(check_origin)])
async def script() -> FileResponse:
    return FileResponse(Path(SCRIPT), media_type="text/javascript")
