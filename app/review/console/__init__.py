"""The built-in review console under /admin: inbox, conversations, decisions, a simulator.

Wire it with `install_console(app, runtime)`. It needs no middleware: the session is a signed
cookie read by the routes' `Staff` dependencies (see pages.py and auth.py).
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI

from app.review.console import routes_auth, routes_inbox, routes_review
from app.review.console.pages import Console
from app.runtime import Runtime

router = APIRouter(include_in_schema=False)
router.include_router(routes_auth.router)
router.include_router(routes_inbox.router)
router.include_router(routes_review.router)


def install_console(app: FastAPI, runtime: Runtime) -> None:
    """Mount the console on the app; the password (or localhost-only mode) comes from
    runtime.settings."""
    app.state.runtime = runtime
    app.state.console = Console.build(runtime.settings)
    app.include_router(router)


__all__ = ["install_console", "router"]
