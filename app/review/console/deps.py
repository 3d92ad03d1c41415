"""The dependencies console routes declare: the Console `install_console` put on `app.state`
(`ConsoleDep`), the signed-in reviewer (`Staff`), the reviewer of a form post with its CSRF
token checked (`StaffPost`), and `unit`, one transaction on the request's database session.

`prepare` is a dependency of the whole console router: it loads the signing key and checks
the server-side session before any of these runs.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Form, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.review.console.auth import Session
from app.review.console.pages import Console


def get_console(request: Request) -> Console:
    """The console `install_console` stored on the app."""
    console: Console = request.app.state.console
    return console


ConsoleDep = Annotated[Console, Depends(get_console)]


async def prepare(request: Request, console: ConsoleDep) -> None:
    """Router dependency: the signing key and the server-side session, once per request."""
    await console.prepare(request)


def get_staff(request: Request, console: ConsoleDep) -> Session:
    """The reviewer's session: 403 when not allowed, a redirect to sign-in when not signed in."""
    return console.staff(request)


def get_staff_post(request: Request, console: ConsoleDep,
                   csrf: Annotated[str, Form()] = "") -> Session:
    """`get_staff` plus the form's CSRF token (missing or wrong: 403)."""
    return console.staff_post(request, csrf)


def check_origin(request: Request, console: ConsoleDep) -> None:
    """Only the origin check (what is served before sign-in: the stylesheet, the script)."""
    console.staff_origin(request)


Staff = Annotated[Session, Depends(get_staff)]
StaffPost = Annotated[Session, Depends(get_staff_post)]


@contextlib.asynccontextmanager
async def unit(db: AsyncSession) -> AsyncIterator[AsyncSession]:
    """One transaction on the request's session, committed at the end (rolled back on error).
    Afterwards the session forgets what it loaded, as a closed session would: the next unit
    reads afresh, and no connection (SQLite has one) is held between units, so code that
    opens sessions of its own (the simulator, the sign-in store) can run in between."""
    try:
        async with db.begin():
            yield db
    finally:
        db.expunge_all()
