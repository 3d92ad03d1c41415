"""The inbox, the customer-message simulator and the stylesheet."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, Response
from fastapi.responses import FileResponse, RedirectResponse
from sqlalchemy.ext.asyncio import AsyncSession

from app.deps import DbSession, RuntimeDep
from app.digest import recent_digests
from app.review.console import queries, staff_queries
from app.review.console.auth import Session
from app.review.console.deps import ConsoleDep, Staff, StaffPost, check_origin, unit
from app.review.console.pages import HERE, PREFIX, Console
from app.review.console.simulate import CHANNELS, SimulationError, simulate
from app.runtime import Runtime

log = logging.getLogger(__name__)

router = APIRouter(prefix=PREFIX)


async def inbox_page(request: Request, console: Console, staff: Session, db: AsyncSession,
                     runtime: Runtime, *, q: str = "", status: int = 200,
                     error: str | None = None, form: dict[str, str] | None = None) -> Response:
    async with unit(db):
        rows = await staff_queries.customer_rows(db, await queries.inbox(db, q=q))
        auto = await staff_queries.auto_status(db, runtime.settings)
        digests = await recent_digests(db, since=runtime.clock() - timedelta(days=1))
    return console.render(
        request, staff, "inbox.html", status=status, rows=rows, q=q, auto=auto,
        digests=digests,
        sim_channels=CHANNELS, sim_error=error, sim=form or {},
        twilio_live="twilio" in runtime.channels.inbound,
    )


@router.get("", response_model=None)
async def inbox(request: Request, console: ConsoleDep, staff: Staff, db: DbSession,
                runtime: RuntimeDep, q: str = "") -> Response:
    return await inbox_page(request, console, staff, db, runtime, q=q[:100])


@router.post("/simulate", response_model=None)
async def simulate_message(
    request: Request,
    console: ConsoleDep,
    staff: StaffPost,
    db: DbSession,
    runtime: RuntimeDep,
    channel: Annotated[str, Form()] = "sms",
    sender: Annotated[str, Form()] = "",
    name: Annotated[str, Form()] = "",
    text: Annotated[str, Form()] = "",
) -> Response:
    form = {"channel": channel, "sender": sender, "name": name, "text": text}
    try:
        # Outside any unit of `db`: the simulator stores through sessions of its own.
        result = await simulate(runtime=runtime, channel=channel, sender=sender, text=text,
                                name=name)
    except SimulationError as exc:
        return await inbox_page(request, console, staff, db, runtime, status=422,
                                error=str(exc), form=form)
    log.info("%s simulated a %s message from %s", staff.actor, channel, sender)
    if result.message_id is None:
        return RedirectResponse(f"{PREFIX}?notice=duplicate", status_code=303)
    async with unit(db):
        conversation_id = await queries.conversation_of_message(db, result.message_id)
    return RedirectResponse(
        f"{PREFIX}/conversations/{conversation_id}?notice=simulated", status_code=303
    )


@router.get("/static/console.css", include_in_schema=False,
            dependencies=[Depends(check_origin)])
async def stylesheet() -> FileResponse:
    return FileResponse(HERE / "static" / "console.css", media_type="text/css")
