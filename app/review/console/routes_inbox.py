"""The inbox, the customer-message simulator and the stylesheet."""

from __future__ import annotations

import logging
from datetime import timedelta

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import FileResponse, RedirectResponse

from app.digest import recent_digests
from app.review.console import queries, staff_queries
from app.review.console.pages import HERE, PREFIX, Console
from app.review.console.simulate import CHANNELS, SimulationError, simulate

log = logging.getLogger(__name__)


def build_inbox_routes(console: Console) -> APIRouter:
    router = APIRouter(prefix=PREFIX)
    runtime = console.runtime

    async def inbox_page(request: Request, *, q: str = "", status: int = 200,
                         error: str | None = None, form: dict[str, str] | None = None) -> Response:
        session = console.staff(request)
        async with runtime.sessions() as db:
            rows = await staff_queries.customer_rows(db, await queries.inbox(db, q=q))
            auto = await staff_queries.auto_status(db, runtime.settings)
            digests = await recent_digests(db, since=runtime.clock() - timedelta(days=1))
        return console.render(
            request, session, "inbox.html", status=status, rows=rows, q=q, auto=auto,
            digests=digests,
            sim_channels=CHANNELS, sim_error=error, sim=form or {},
            twilio_live="twilio" in runtime.channels.inbound,
        )

    @router.get("", response_model=None)
    async def inbox(request: Request, q: str = "") -> Response:
        return await inbox_page(request, q=q[:100])

    @router.post("/simulate", response_model=None)
    async def simulate_message(
        request: Request,
        channel: str = Form("sms"),
        sender: str = Form(""),
        name: str = Form(""),
        text: str = Form(""),
        csrf: str = Form(""),
    ) -> Response:
        session = console.staff_post(request, csrf)
        form = {"channel": channel, "sender": sender, "name": name, "text": text}
        try:
            result = await simulate(runtime=runtime, channel=channel, sender=sender, text=text,
                                    name=name)
        except SimulationError as exc:
            return await inbox_page(request, status=422, error=str(exc), form=form)
        log.info("%s simulated a %s message from %s", session.actor, channel, sender)
        if result.message_id is None:
            return RedirectResponse(f"{PREFIX}?notice=duplicate", status_code=303)
        async with runtime.sessions() as db:
            conversation_id = await queries.conversation_of_message(db, result.message_id)
        return RedirectResponse(
            f"{PREFIX}/conversations/{conversation_id}?notice=simulated", status_code=303
        )

    @router.get("/static/console.css", include_in_schema=False)
    async def stylesheet(request: Request) -> FileResponse:
        console.staff_origin(request)
        return FileResponse(HERE / "static" / "console.css", media_type="text/css")

    return router

