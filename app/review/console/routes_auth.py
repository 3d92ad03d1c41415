"""Sign-in with ADMIN_PASSWORD (throttled per client and overall) and sign-out (server-side)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Form, HTTPException, Request, Response
from fastapi.responses import RedirectResponse

from app.review.console.auth import COOKIE, COOKIE_PATH, Forbidden
from app.review.console.pages import PREFIX, Console

log = logging.getLogger(__name__)


def build_auth_routes(console: Console) -> APIRouter:
    router = APIRouter(prefix=PREFIX)
    auth = console.auth

    @router.get("/login", response_model=None)
    async def login_form(request: Request) -> Response:
        if auth.local_only:
            console.staff(request)
            return RedirectResponse(PREFIX, status_code=303)
        return console.render(request, auth.anonymous(request), "login.html")

    @router.post("/login", response_model=None)
    async def login(
        request: Request,
        password: str = Form(""),
        name: str = Form(""),
        csrf: str = Form(""),
    ) -> Response:
        if auth.local_only:
            console.staff(request)
            return RedirectResponse(PREFIX, status_code=303)
        anonymous = auth.anonymous(request)
        try:
            auth.check_csrf(anonymous, csrf)
        except Forbidden as exc:
            raise HTTPException(403, str(exc)) from exc
        client = request.client.host if request.client else "?"
        verdict = await console.throttle.attempt(client, lambda: auth.password_ok(password))
        if not verdict.ok:
            # A new CSRF token after every failure: a captured form cannot be replayed.
            fresh = auth.fresh_anonymous()
            if verdict.retry_after is not None:
                log.warning("console sign-in throttled for %s (%ss)", client, verdict.retry_after)
                throttled = console.render(
                    request, fresh, "login.html", status=429, name=name,
                    error=f"Too many failed sign-ins. Try again in {verdict.retry_after} seconds.")
                throttled.headers["Retry-After"] = str(verdict.retry_after)
                return throttled
            log.info("console sign-in refused from %s", client)
            return console.render(request, fresh, "login.html", status=401,
                                  error="Wrong password.", name=name)
        response = RedirectResponse(PREFIX, status_code=303)
        auth.write(request, response, await auth.sign_in(name))
        return response

    @router.post("/logout", response_model=None)
    async def logout(request: Request, csrf: str = Form("")) -> Response:
        session = console.staff_post(request, csrf)
        await auth.sign_out(session)
        response = RedirectResponse(f"{PREFIX}/login" if not auth.local_only else PREFIX,
                                    status_code=303)
        response.delete_cookie(COOKIE, path=COOKIE_PATH)
        return response

    return router
