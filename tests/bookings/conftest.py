"""Booking fixtures: a fake Stripe on 127.0.0.1, settings pointing the SDK at it, a runtime
with a fixed clock, and helpers to send customer messages and run the worker."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.models import Booking, Draft
from app.review import service
from app.runtime import Runtime, build_runtime
from app.tasks import make_worker
from orchestrator.catalog import BUNDLED_CATALOG
from tests.fakes.server import FakeServer
from tests.fakes.stripe import SECRET_KEY, WEBHOOK_SECRET, FakeStripe
from tests.helpers import form_body, twilio_signed
from vocabulary.settings import Settings

PUBLIC_BASE = "https://gateway.example.com"
# Tuesday March 10, 2026, 11:00 in Sacramento.
NOW = datetime(2026, 3, 10, 18, 0, tzinfo=UTC)
TWILIO_URL = PUBLIC_BASE + "/webhooks/twilio"


def catalog_with(tmp_path: Path, **bookings: str) -> Path:
    """The bundled catalog with [bookings] values replaced (TOML literals)."""
    text = BUNDLED_CATALOG.read_text()
    for key, value in bookings.items():
        start = text.index(f"\n{key} = ", text.index("[bookings]"))
        end = text.index("\n", start + 1)
        text = text[:start] + f"\n{key} = {value}" + text[end:]
    path = tmp_path / "catalog.toml"
    path.write_text(text)
    return path


@pytest.fixture
def fake_stripe() -> Iterator[FakeStripe]:
    with FakeServer() as server:
        yield FakeStripe(server).install()


@pytest.fixture
def stripe_settings(make_settings: Callable[..., Settings], fake_stripe: FakeStripe
                    ) -> Callable[..., Settings]:
    def build(**overrides: Any) -> Settings:
        values = {
            "stripe_secret_key": SECRET_KEY,
            "stripe_webhook_secret": WEBHOOK_SECRET,
            "stripe_api_base_url": fake_stripe.server.url,
        }
        return make_settings(**{**values, **overrides})

    return build


OpenApp = Callable[..., Awaitable[tuple[Runtime, httpx.AsyncClient]]]


@pytest.fixture
async def open_app(stripe_settings: Callable[..., Settings]) -> AsyncIterator[OpenApp]:
    """A runtime (clock fixed at NOW) and an HTTP client on its app; settings overrides apply."""
    from app.main import create_app

    stack = contextlib.AsyncExitStack()

    async def open_(**overrides: Any) -> tuple[Runtime, httpx.AsyncClient]:
        runtime = build_runtime(stripe_settings(**overrides))
        runtime.clock.fixed = NOW
        stack.push_async_callback(runtime.close)
        app = create_app(runtime=runtime, run_worker=False)
        client = await stack.enter_async_context(httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url=PUBLIC_BASE))
        return runtime, client

    yield open_
    await stack.aclose()


@pytest.fixture
async def booking_app(open_app: OpenApp) -> tuple[Runtime, httpx.AsyncClient]:
    return await open_app()


@pytest.fixture
def booking_runtime(booking_app: tuple[Runtime, httpx.AsyncClient]) -> Runtime:
    return booking_app[0]


@pytest.fixture
def http(booking_app: tuple[Runtime, httpx.AsyncClient]) -> httpx.AsyncClient:
    return booking_app[1]


async def sms(http: httpx.AsyncClient, sid: str, text: str, sender: str = "+19165550123") -> None:
    """A customer SMS through the real Twilio webhook route."""
    body = form_body({"MessageSid": sid, "From": sender, "To": "+19165550100", "Body": text})
    response = await http.post(TWILIO_URL, content=body, headers=twilio_signed(TWILIO_URL, body))
    assert response.status_code == 200


async def drain(runtime: Runtime) -> int:
    return await make_worker(runtime).drain()


async def pending_draft(runtime: Runtime, conversation_id: int | None = None) -> Draft:
    """The newest pending draft (of a conversation)."""
    query = select(Draft).where(Draft.state == "pending").order_by(Draft.id.desc())
    if conversation_id is not None:
        query = query.where(Draft.conversation_id == conversation_id)
    async with runtime.sessions() as session:
        draft = (await session.execute(query.limit(1))).scalar()
    assert draft is not None, "no pending draft"
    return draft


async def approve(runtime: Runtime, draft_id: int, text: str | None = None) -> service.Decision:
    async with runtime.sessions() as session, session.begin():
        return await service.approve(session, draft_id=draft_id, actor="console:Maya",
                                     edited_text=text, bookings=runtime.bookings)


async def only_booking(runtime: Runtime) -> Booking:
    async with runtime.sessions() as session:
        (booking,) = (await session.execute(select(Booking))).scalars().all()
    return booking


INQUIRY = "Hi! Quote for 10 adults with filet mignon for all, ZIP 95630, on Saturday June 13?"


async def hold(runtime: Runtime, http: httpx.AsyncClient, *, sid: str,
               sender: str = "+19165550123", text: str = INQUIRY) -> Booking:
    """A customer asks, staff approve, the link job runs: the booking is held with its link."""
    await sms(http, sid, text, sender=sender)
    await drain(runtime)
    draft = await pending_draft(runtime)
    decision = await approve(runtime, draft.id)
    assert decision.ok, decision.message
    await drain(runtime)
    async with runtime.sessions() as session:
        booking = (await session.execute(
            select(Booking).where(Booking.draft_id == draft.id))).scalar_one()
    assert booking.status == "hold" and booking.checkout_session_id
    return booking
