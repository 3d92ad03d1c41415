"""Sign-in with ADMIN_PASSWORD (throttled per client and overall) and sign-out (server-side)."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request, Response
from fastapi.responses import RedirectResponse

from app.review.console.auth import COOKIE, COOKIE_PATH, Forbidden
from app.review.console.deps import ConsoleDep, StaffPost
from app.review.console.pages import PREFIX

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
async def logout(console: ConsoleDep, staff: StaffPost) -> Response:
    await console.auth.sign_out(staff)
    response = RedirectResponse(f"{PREFIX}/login" if not console.auth.local_only else PREFIX,
                                status_code=303)
    response.delete_cookie(COOKIE, path=COOKIE_PATH)
    return response
