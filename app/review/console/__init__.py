"""The built-in review console under /admin: inbox, conversations, decisions, a simulator.

Wire it with `install_console(app, runtime)`. It needs no middleware: the session is a signed
cookie naming a server-side session, checked by a dependency of every route (see auth.py).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Depends, FastAPI
from sqlalchemy.exc import SQLAlchemyError

from app.bookings.console import build_booking_routes
from app.review.console.live import build_live_routes
from app.review.console.pages import Console
from app.review.console.routes_auth import build_auth_routes
from app.review.console.routes_inbox import build_inbox_routes
from app.review.console.routes_review import build_review_routes
from app.review.console.routes_staff import build_staff_routes
from app.runtime import Runtime

log = logging.getLogger(__name__)


def build_console_router(runtime: Runtime) -> APIRouter:
    """Every /admin route; the password (or localhost-only mode) comes from runtime.settings."""
    console = Console.build(runtime)

    @contextlib.asynccontextmanager
    async def startup(_app: Any) -> AsyncIterator[None]:
        # SECRET_KEY unset: generate it into the database on start (else on the first request).
        try:
            await console.auth.load_key()
        except SQLAlchemyError as exc:
            log.warning("console signing key not loaded at start-up (retried per request): %s",
                        exc)
        yield

    # Every route below first loads the signing key and checks the server-side session.
    router = APIRouter(include_in_schema=False, dependencies=[Depends(console.prepare)],
                       lifespan=startup)
    router.include_router(build_auth_routes(console))
    router.include_router(build_inbox_routes(console))
    router.include_router(build_review_routes(console))
    router.include_router(build_booking_routes(console))
    router.include_router(build_staff_routes(console))
    router.include_router(build_live_routes(console))
    return router


def install_console(app: FastAPI, runtime: Runtime) -> None:
    """Mount the console on the app (no middleware is needed)."""
    app.include_router(build_console_router(runtime))


__all__ = ["build_console_router", "install_console"]
