"""The console's router and `install_console`: every route module under one router whose
dependencies load the signing key and check the session. Kept out of the package's __init__ so a
route module elsewhere (app.bookings.console) can import the console's dependencies without
importing every route first."""


from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import APIRouter, Depends, FastAPI
from sqlalchemy.exc import SQLAlchemyError

from app.bookings import console as bookings_console
from app.review.console import live, routes_auth, routes_inbox, routes_review, routes_staff
from app.review.console.deps import prepare
from app.review.console.live import install_filters
from app.review.console.pages import Console
from app.runtime import Runtime

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def load_key(app: FastAPI) -> AsyncIterator[None]:
    """SECRET_KEY unset: generate it into the database on start (else on the first request)."""
    console: Console = app.state.console
    try:
        await console.auth.load_key()
    except SQLAlchemyError as exc:
        log.warning("console signing key not loaded at start-up (retried per request): %s", exc)
    yield


# Every route below first loads the signing key and checks the server-side session.
router = APIRouter(include_in_schema=False, dependencies=[Depends(prepare)], lifespan=load_key)
for _routes in (routes_auth, routes_inbox, routes_review, bookings_console, routes_staff, live):
    router.include_router(_routes.router)


def install_console(app: FastAPI, runtime: Runtime) -> None:
    """Mount the console on the app; the password (or localhost-only mode) comes from
    runtime.settings."""
    console = Console.build(runtime)
    install_filters(console)
    app.state.runtime = runtime
    app.state.console = console
    app.include_router(router)
