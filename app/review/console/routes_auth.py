"""Sign-in with ADMIN_PASSWORD and sign-out."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request, Response
from fastapi.responses import RedirectResponse

from app.review.console.auth import COOKIE, COOKIE_PATH, Forbidden
from app.review.console.pages import PREFIX, ConsoleDep, StaffPost

log = logging.getLogger(__name__)

router = APIRouter(prefix=PREFIX)


@router.get("/login", response_model=None)
async def login_form(request: Request, console: ConsoleDep) -> Response:
    if console.auth.local_only:
        console.staff(request)
        return RedirectResponse(PREFIX, status_code=303)
    return console.render(request, console.auth.anonymous(request), "login.html")


@router.post("/login", response_model=None)
async def login(
    request: Request,
    console: ConsoleDep,
    password: Annotated[str, Form()] = "",
    name: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    auth = console.auth
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
async def logout(console: ConsoleDep, _staff: StaffPost) -> Response:
    response = RedirectResponse(f"{PREFIX}/login" if not console.auth.local_only else PREFIX,
                                status_code=303)
    response.delete_cookie(COOKIE, path=COOKIE_PATH)
    return response
