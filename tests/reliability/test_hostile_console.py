"""Console sign-in under attack (issue 14, item 10), through the real HTTP app with an injected
clock: wrong passwords throttled per client and overall (429 with Retry-After, the password not
even compared), a fresh CSRF token after every failure, a burst of 300 parallel guesses that gets
exactly the allowed number of tries, cookies signed with SECRET_KEY (generated into the database
when unset, never derived from the password), and sign-out that ends a saved cookie everywhere."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import select

from app.clock import Clock
from app.models import ConsoleSession, GatewaySecret, SignInFailure
from app.runtime import Runtime, build_runtime
from tests.console.conftest import NO_TWILIO, PASSWORD, ConsoleClient, console_app, csrf_of
from tests.helpers import count
from vocabulary.settings import Settings

PUBLIC_BASE = "https://gateway.example.com"
START = datetime(2026, 6, 11, 18, 0, tzinfo=UTC)


Open = Callable[..., Awaitable[ConsoleClient]]


@pytest.fixture
def clock() -> Clock:
    return Clock(fixed=START)


@pytest.fixture
async def gateway(make_settings: Callable[..., Settings], clock: Clock
                  ) -> AsyncIterator[Callable[..., Awaitable[Runtime]]]:
    """Build gateway processes on one database, each with the shared injected clock."""
    stack = contextlib.AsyncExitStack()

    async def build(**overrides: Any) -> Runtime:
        values = {"admin_password": PASSWORD, **NO_TWILIO, **overrides}
        runtime = build_runtime(make_settings(**values))
        runtime.clock = clock
        stack.push_async_callback(runtime.close)
        return runtime

    yield build
    await stack.aclose()


@pytest.fixture
async def open_client() -> AsyncIterator[Callable[..., Awaitable[ConsoleClient]]]:
    stack = contextlib.AsyncExitStack()

    async def open_(runtime: Runtime, host: str = "198.51.100.7") -> ConsoleClient:
        transport = httpx.ASGITransport(app=console_app(runtime), client=(host, 50123))
        http = await stack.enter_async_context(
            httpx.AsyncClient(transport=transport, base_url=PUBLIC_BASE))
        return ConsoleClient(http=http, runtime=runtime)

    yield open_
    await stack.aclose()


async def failures(runtime: Runtime) -> int:
    async with runtime.sessions() as db:
        return await count(db, SignInFailure)


async def test_wrong_passwords_are_throttled_per_client(
    gateway: Any, open_client: Any, clock: Clock
) -> None:
    runtime = await gateway()
    attacker = await open_client(runtime, host="203.0.113.50")
    await attacker.get("/admin/login")
    tokens = [attacker.csrf]
    for _ in range(5):
        refused = await attacker.post("/admin/login", {"password": "guess", "name": "x"})
        assert refused.status_code == 401 and "Wrong password." in refused.text
        tokens.append(attacker.csrf)
    assert len(set(tokens)) == 6  # a new CSRF token after every failure
    stale = await attacker.post("/admin/login", {"password": "guess", "csrf": tokens[-2]})
    assert stale.status_code == 403  # the previous form cannot be replayed
    # The limit is reached: even the right password is not compared now.
    throttled = await attacker.post("/admin/login", {"password": PASSWORD})
    assert (throttled.status_code, throttled.headers["retry-after"]) == (429, "900")
    assert "Try again in 900 seconds" in throttled.text
    assert await failures(runtime) == 5  # throttled attempts are not counted again
    clock.advance(timedelta(seconds=300))
    later = await attacker.post("/admin/login", {"password": "guess"})
    assert (later.status_code, later.headers["retry-after"]) == (429, "600")

    # Another client is not throttled by this one.
    staff = await open_client(runtime, host="198.51.100.20")
    assert (await staff.sign_in("Maya")).status_code == 303
    assert (await staff.get("/admin")).status_code == 200

    clock.advance(timedelta(seconds=601))  # the window has passed
    assert (await attacker.sign_in("Maya")).status_code == 303
    assert await failures(runtime) == 0  # a sign-in clears the client's failures


async def test_wrong_passwords_are_throttled_overall(gateway: Any, open_client: Any,
                                                     clock: Clock) -> None:
    runtime = await gateway(console_sign_in_failures=8)
    for number in range(8):  # a spread attack: one guess from each of 8 addresses
        client = await open_client(runtime, host=f"203.0.113.{number + 1}")
        assert (await client.sign_in("x", password=f"guess {number}")).status_code == 401
    newcomer = await open_client(runtime, host="198.51.100.99")
    response = await newcomer.sign_in("Maya")
    assert (response.status_code, response.headers["retry-after"]) == (429, "900")
    clock.advance(timedelta(seconds=900))
    assert (await newcomer.sign_in("Maya")).status_code == 303


async def test_a_burst_of_300_guesses_gets_five_tries(gateway: Any, open_client: Any) -> None:
    """The issue's reproduction: 300 wrong passwords at once from one client."""
    runtime = await gateway()
    attacker = await open_client(runtime, host="203.0.113.66")
    await attacker.get("/admin/login")
    cookie = attacker.http.cookies.get("gateway_console")
    assert cookie
    headers = {"Cookie": f"gateway_console={cookie}"}

    async def guess(number: int) -> int:
        response = await attacker.http.post(
            "/admin/login", data={"csrf": attacker.csrf, "password": f"guess {number}"},
            headers=headers)
        return response.status_code

    statuses = await asyncio.gather(*(guess(n) for n in range(300)))
    assert sorted(set(statuses)) == [401, 429]
    assert statuses.count(401) == 5 and statuses.count(429) == 295
    assert await failures(runtime) == 5


async def test_sign_out_ends_a_saved_cookie_everywhere(gateway: Any, open_client: Any,
                                                       clock: Clock) -> None:
    web1, web2 = await gateway(), await gateway()  # two processes on one database
    staff = await open_client(web1)
    assert (await staff.sign_in("Maya")).status_code == 303
    saved = staff.http.cookies.get("gateway_console")
    assert saved
    other = await open_client(web2)
    other.http.cookies.set("gateway_console", saved, domain="gateway.example.com", path="/admin")
    assert (await other.get("/admin")).status_code == 200  # the other process accepts it

    signed_out = await staff.post("/admin/logout", {})
    assert (signed_out.status_code, signed_out.headers["location"]) == (303, "/admin/login")
    async with web1.sessions() as db:
        row = (await db.execute(select(ConsoleSession))).scalar_one()
    assert row.reviewer == "Maya" and row.ended_at == START

    for client in (staff, other):
        client.http.cookies.set("gateway_console", saved, domain="gateway.example.com",
                                path="/admin")
        inbox = await client.get("/admin")
        assert (inbox.status_code, inbox.headers["location"]) == (303, "/admin/login")
        posted = await client.post("/admin/simulate", {"sender": "+19165550123", "text": "hi"})
        assert posted.status_code == 303 and posted.headers["location"] == "/admin/login"

    # A session also ends on the server when its 12 hours are over.
    assert (await staff.sign_in("Maya")).status_code == 303
    assert (await staff.get("/admin")).status_code == 200
    clock.advance(timedelta(seconds=12 * 3600 + 1))
    assert (await staff.get("/admin")).status_code == 303


async def test_cookies_are_signed_with_the_generated_secret_key(gateway: Any,
                                                                open_client: Any) -> None:
    runtime = await gateway()
    staff = await open_client(runtime)
    assert (await staff.sign_in("Maya")).status_code == 303
    cookie = staff.http.cookies.get("gateway_console")
    assert cookie
    async with runtime.sessions() as db:
        (secret,) = (await db.execute(select(GatewaySecret))).scalars().all()
    assert secret.name == "secret_key" and len(secret.value) >= 64
    # The old scheme (a key derived from the password with a fixed salt) does not verify it:
    # knowing the cookie gives nothing to test password guesses against.
    old_key = hashlib.scrypt(PASSWORD.encode(), salt=b"gateway console session v1",
                             n=2**14, r=8, p=1, dklen=32)
    with pytest.raises(BadSignature):
        URLSafeTimedSerializer(old_key, salt="console-session").loads(cookie)
    with pytest.raises(BadSignature):
        URLSafeTimedSerializer(PASSWORD, salt="console-session").loads(cookie)

    # A second process reads the same generated key: no second row, and the cookie works there.
    second = await open_client(await gateway())
    second.http.cookies.set("gateway_console", cookie, domain="gateway.example.com",
                            path="/admin")
    assert (await second.get("/admin")).status_code == 200
    async with runtime.sessions() as db:
        assert await count(db, GatewaySecret) == 1


async def test_configured_secret_key_is_used_and_nothing_is_generated(
    gateway: Any, open_client: Any
) -> None:
    first = await open_client(await gateway(secret_key="k" * 48))
    assert (await first.sign_in("Maya")).status_code == 303
    cookie = first.http.cookies.get("gateway_console")
    assert cookie
    rotated = await open_client(await gateway(secret_key="another-key-" * 4))
    rotated.http.cookies.set("gateway_console", cookie, domain="gateway.example.com",
                             path="/admin")
    assert (await rotated.get("/admin")).status_code == 303  # a new key signs everyone out
    same = await open_client(await gateway(secret_key="k" * 48))
    same.http.cookies.set("gateway_console", cookie, domain="gateway.example.com", path="/admin")
    assert (await same.get("/admin")).status_code == 200
    async with first.runtime.sessions() as db:
        assert await count(db, GatewaySecret) == 0
    assert re.fullmatch(r"[\w-]+", csrf_of((await same.get("/admin")).text))


async def test_the_secret_key_is_generated_on_start(gateway: Any) -> None:
    runtime = await gateway()
    app = console_app(runtime)
    async with runtime.sessions() as db:
        assert await count(db, GatewaySecret) == 0
    async with app.router.lifespan_context(app), runtime.sessions() as db:
        (secret,) = (await db.execute(select(GatewaySecret))).scalars().all()
    assert secret.name == "secret_key"
