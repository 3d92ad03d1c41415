"""Sign-in with ADMIN_PASSWORD and sign-out."""

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
        if not auth.password_ok(password):
            log.info("console sign-in refused from %s", request.client.host if request.client else "?")
            return console.render(request, anonymous, "login.html", status=401,
                                  error="Wrong password.", name=name)
        response = RedirectResponse(PREFIX, status_code=303)
        auth.write(request, response, auth.signed_in(name))
        return response

    @router.post("/logout", response_model=None)
    async def logout(request: Request, csrf: str = Form("")) -> Response:
        console.staff_post(request, csrf)
        response = RedirectResponse(f"{PREFIX}/login" if not auth.local_only else PREFIX,
                                    status_code=303)
        response.delete_cookie(COOKIE, path=COOKIE_PATH)
        return response

    return router
