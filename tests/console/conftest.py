"""Console fixtures: the gateway app with the console installed, and a signed-in HTTP client."""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from app.main import create_app
from app.runtime import Runtime, build_runtime
from app.tasks import make_worker
from vocabulary.settings import Settings

PUBLIC_BASE = "https://gateway.example.com"
PASSWORD = "correct horse battery staple"
NO_TWILIO = {"twilio_account_sid": "", "twilio_auth_token": "", "twilio_from_number": ""}
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def console_app(runtime: Runtime, *, run_worker: bool = False) -> FastAPI:
    """create_app as the gateway builds it, plus the console unless main.py already mounts it."""
    from app.review.console.mount import install_console

    app = create_app(runtime=runtime, run_worker=run_worker)
    if not any(getattr(route, "path", "") == "/admin" for route in app.routes):
        install_console(app, runtime)
    return app


def csrf_of(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


@dataclass
class ConsoleClient:
    """An HTTP client on the console in-process, remembering the last page's CSRF token."""

    http: httpx.AsyncClient
    runtime: Runtime
    csrf: str = ""

    async def get(self, path: str, **kwargs: Any) -> httpx.Response:
        response = await self.http.get(path, **kwargs)
        if _CSRF.search(response.text):
            self.csrf = csrf_of(response.text)
        return response

    async def post(self, path: str, data: dict[str, str]) -> httpx.Response:
        """A form post with the current CSRF token (pass "csrf" in data to override it)."""
        response = await self.http.post(path, data={"csrf": self.csrf, **data})
        if _CSRF.search(response.text):
            self.csrf = csrf_of(response.text)
        return response

    async def sign_in(self, name: str = "Maya", password: str = PASSWORD) -> httpx.Response:
        await self.get("/admin/login")
        response = await self.post("/admin/login", {"name": name, "password": password})
        if response.status_code == 303:
            await self.get(response.headers["location"])  # the new session's CSRF token
        return response

    async def drain(self) -> int:
        return await make_worker(self.runtime).drain()


OpenConsole = Callable[..., Awaitable[ConsoleClient]]


@pytest.fixture
async def open_console(make_settings: Callable[..., Settings]) -> AsyncIterator[OpenConsole]:
    """Open a console: `twilio` configures Twilio (against the fake), `host` is the client IP."""
    stack = contextlib.AsyncExitStack()

    async def open_(*, twilio: bool = False, password: str = PASSWORD,
                    host: str = "127.0.0.1") -> ConsoleClient:
        settings = make_settings(admin_password=password, **({} if twilio else NO_TWILIO))
        runtime = build_runtime(settings)
        stack.push_async_callback(runtime.close)
        transport = httpx.ASGITransport(app=console_app(runtime), client=(host, 50123))
        http = await stack.enter_async_context(
            httpx.AsyncClient(transport=transport, base_url=PUBLIC_BASE)
        )
        return ConsoleClient(http=http, runtime=runtime)

    yield open_
    await stack.aclose()
