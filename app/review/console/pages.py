"""Shared pieces of the console routes: templates, the signed-in reviewer, CSRF, labels.
The routes reach the Console through the dependencies in deps.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from app.review.console.auth import (
    SESSION_SECONDS,
    ConsoleAuth,
    Forbidden,
    Session,
    SignInRequired,
)
from app.review.console.sessions import ConsoleSessions
from app.review.console.throttle import SignInThrottle, ThrottleLimits
from app.runtime import Runtime
from app.secret_key import load_secret_key

HERE = Path(__file__).parent
PREFIX = "/admin"

OUTBOX_LABELS = {
    "pending": "Queued to send",
    "sending": "Sending",
    "sent": "Sent",
    "delivered": "Delivered",
    "held": "Held",
    "failed": "Failed",
    "dry_run": "DRY RUN - not sent",
}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; form-action 'self'",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
NOTICES = {
    "approved": "Approved: the worker sends the reply.",
    "edited": "Approved with your edit: the worker sends the reply.",
    "rejected": "Rejected: nothing is sent; the conversation needs a human.",
    "retry": "Send queued again.",
    "simulated": "Customer message delivered through the webhook path; a reply is being drafted.",
    "duplicate": "That message was already delivered (duplicate).",
    "redrafting": "Sent back with your note: a new draft replaces this one in a moment.",
    "redraft_refused": "Nothing changed: the draft was already decided, or the note was empty.",
    "linked": "Linked: one customer, one history across these channels.",
    "unlinked": "Unlinked: this contact is a customer of its own again.",
    "dismissed": "Suggestion dismissed; it will not be offered again.",
    "auto_stop": "Automatic replies are stopped until someone resumes them.",
    "auto_resume": "Automatic replies resumed (within AUTO_APPROVE and its rules).",
    "snippet_saved": "Saved reply added.",
    "snippet_deleted": "Saved reply deleted.",
}


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


def safe_url(value: str | None) -> str | None:
    """Only http(s) links are rendered (an attachment URL comes from outside)."""
    return value if value and value.startswith(("https://", "http://")) else None


@dataclass
class Console:
    """Sign-in, sessions and page rendering, built once per app by `install_console`."""

    auth: ConsoleAuth
    templates: Jinja2Templates
    throttle: SignInThrottle

    @classmethod
    def build(cls, runtime: Runtime) -> Console:
        templates = Jinja2Templates(directory=str(HERE / "templates"))
        templates.env.filters["when"] = when
        templates.env.filters["safe_url"] = safe_url
        templates.env.globals.update(prefix=PREFIX, outbox_labels=OUTBOX_LABELS)
        settings = runtime.settings

        def clock() -> datetime:  # looked up on each call: tests move runtime.clock
            return runtime.clock()

        async def secret_key() -> bytes:
            return await load_secret_key(runtime.sessions, settings.secret_key)

        store = ConsoleSessions(sessions=runtime.sessions, clock=clock,
                                lifetime_seconds=SESSION_SECONDS)
        auth = ConsoleAuth(password=settings.admin_password,
                           public_host=urlsplit(settings.public_base_url).hostname or "",
                           secret_key=secret_key, store=store)
        throttle = SignInThrottle(sessions=runtime.sessions, clock=clock, limits=ThrottleLimits(
            per_client=settings.console_sign_in_failures_per_client,
            overall=settings.console_sign_in_failures,
            window_seconds=settings.console_sign_in_window_seconds))
        return cls(auth=auth, templates=templates, throttle=throttle)

    async def prepare(self, request: Request) -> None:
        """Dependency of every console route: the signing key and the server-side session."""
        await self.auth.prepare(request)

    def staff(self, request: Request) -> Session:
        """The reviewer's session: 403 when not allowed, a redirect when not signed in."""
        try:
            return self.auth.current(request)
        except Forbidden as exc:
            raise HTTPException(403, str(exc)) from exc
        except SignInRequired as exc:
            raise HTTPException(303, "sign in", headers={"Location": f"{PREFIX}/login"}) from exc

    def staff_origin(self, request: Request) -> None:
        """Only the origin check (pages shown before sign-in, like the stylesheet)."""
        try:
            self.auth.check_origin(request)
        except Forbidden as exc:
            raise HTTPException(403, str(exc)) from exc

    def staff_post(self, request: Request, csrf: str | None) -> Session:
        """`staff` plus the form's CSRF token (missing or wrong: 403)."""
        session = self.staff(request)
        try:
            self.auth.check_csrf(session, csrf)
        except Forbidden as exc:
            raise HTTPException(403, str(exc)) from exc
        return session

    def render(self, request: Request, session: Session, template: str, *, status: int = 200,
               **context: Any) -> HTMLResponse:
        """A page with the session's CSRF token; the cookie is (re)written with it."""
        context.update(session=session, csrf=session.csrf, local_only=self.auth.local_only,
                       notice=NOTICES.get(request.query_params.get("notice", "")))
        response = self.templates.TemplateResponse(request, template, context, status_code=status)
        self.auth.write(request, response, session)
        response.headers.update(SECURITY_HEADERS)
        return response
