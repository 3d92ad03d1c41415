"""Test helpers: signing requests the way each provider does, fake provider routes, and reading
the database. Signing and the Twilio and Slack routes are the bench's (`benchmarks.signing`,
`benchmarks.providers`), with the tests' secrets."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlencode

from sqlalchemy import func, select

from app.states import JobKind
from benchmarks import providers, signing
from vocabulary.errors import SignatureError
from vocabulary.webhook import WebhookRequest

FIXTURES = Path(__file__).parent / "fixtures"
TWILIO_TOKEN = "test-twilio-auth-token"
# A job kind no handler knows: the claim and wake-up tests take such jobs, they never run them.
NOOP = cast(JobKind, "noop")
SLACK_SECRET = "test-slack-signing-secret"

# The Messages API (201 with a new SID for every send) and the Slack Web API methods the
# reviewer calls, each answering ok; slack_call reads a recorded Slack call's arguments.
twilio_messages_route = providers.twilio_routes
slack_routes = providers.slack_routes
slack_call = providers.slack_args


def twilio_signed(url: str, body: bytes, token: str = TWILIO_TOKEN) -> dict[str, str]:
    return signing.twilio_signed(url, body, token)


def slack_signed(body: bytes, secret: str = SLACK_SECRET, timestamp: int | None = None
                 ) -> dict[str, str]:
    return signing.slack_signed(body, secret, timestamp)


def fixture_bytes(relative: str) -> bytes:
    return (FIXTURES / relative).read_bytes()


def form_body(fields: dict[str, str]) -> bytes:
    return urlencode(fields).encode()


async def count(session: Any, model: Any, *where: Any) -> int:
    query = select(func.count()).select_from(model)
    for condition in where:
        query = query.where(condition)
    return int((await session.execute(query)).scalar_one())


async def eventually(check: Any, *, within: float = 5.0) -> Any:
    """Await `check()` until it returns a truthy value (for work Bolt finishes after ack)."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        result = await check()
        if result or asyncio.get_running_loop().time() > deadline:
            return result
        await asyncio.sleep(0.05)


def accepts(verify: Callable[[WebhookRequest], None], request: WebhookRequest) -> bool:
    """Whether an adapter's `verify` lets `request` through (it raises SignatureError otherwise)."""
    try:
        verify(request)
    except SignatureError:
        return False
    return True
