"""Test helpers: signing requests the way each provider does, and reading the database."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from tests.fakes.server import FakeServer, Recorded, Reply

FIXTURES = Path(__file__).parent / "fixtures"
_sids = itertools.count(1)


def fixture_bytes(relative: str) -> bytes:
    return (FIXTURES / relative).read_bytes()


def twilio_signed(url: str, body: bytes, token: str = "test-twilio-auth-token") -> dict[str, str]:
    """Headers for a form body signed with Twilio's algorithm."""
    params = dict(parse_qsl(body.decode(), keep_blank_values=True))
    signature = RequestValidator(token).compute_signature(url, params)
    return {
        "X-Twilio-Signature": signature,
        "Content-Type": "application/x-www-form-urlencoded",
    }


def form_body(fields: dict[str, str]) -> bytes:
    return urlencode(fields).encode()


def twilio_messages_route(fake: FakeServer) -> None:
    """The Messages API: 201 with a new SID for every send (kept from the moment the request
    arrives, as Twilio keeps a message it accepted even if its answer never reaches the sender),
    and the Messages list filtered by To, From and DateSent>= (a day, as Twilio filters)."""
    created: list[dict[str, Any]] = []
    lock = threading.Lock()

    def create(request: Recorded, match: Any) -> Reply:
        form = request.form()
        sid = f"SM{next(_sids):032x}"
        now = time.gmtime()
        message = {
            "sid": sid,
            "account_sid": match.group(1),
            "to": form.get("To"),
            "from": form.get("From"),
            "body": form.get("Body"),
            "status": "queued",
            "num_segments": "1",
            "direction": "outbound-api",
            "date_created": time.strftime("%a, %d %b %Y %H:%M:%S +0000", now),
            "date_sent": time.strftime("%a, %d %b %Y %H:%M:%S +0000", now),
        }
        with lock:
            created.append({**message, "day": time.strftime("%Y-%m-%d", now)})
        return Reply(201, message)

    def listing(request: Recorded, _match: Any) -> Reply:
        query = request.query
        since = query.get("DateSent>", "")[:10]
        with lock:
            found = [
                {k: v for k, v in m.items() if k != "day"} for m in reversed(created)
                if m["to"] == query.get("To", m["to"]) and m["from"] == query.get("From", m["from"])
                and m["day"] >= since
            ]
        return Reply(200, {"messages": found, "page": 0, "page_size": 50, "start": 0,
                           "end": max(0, len(found) - 1), "uri": request.path,
                           "first_page_uri": request.path, "next_page_uri": None,
                           "previous_page_uri": None})

    fake.route("POST", r"/2010-04-01/Accounts/(\w+)/Messages\.json", create)
    fake.route("GET", r"/2010-04-01/Accounts/(\w+)/Messages\.json", listing)


async def count(session: Any, model: Any, *where: Any) -> int:
    query = select(func.count()).select_from(model)
    for condition in where:
        query = query.where(condition)
    return int((await session.execute(query)).scalar_one())


def slack_signed(body: bytes, secret: str = "test-slack-signing-secret",
                 timestamp: int | None = None) -> dict[str, str]:
    """Headers Slack sends: v0 HMAC-SHA256 of "v0:{ts}:{body}" with the signing secret."""
    import hashlib
    import hmac
    import time

    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": f"v0={digest}",
        "Content-Type": "application/x-www-form-urlencoded",
    }


def slack_routes(fake: FakeServer) -> None:
    """The Slack Web API methods the reviewer calls, each answering ok."""
    stamps = itertools.count(1)

    def post_message(request: Recorded, _match: Any) -> Reply:
        channel = request.form().get("channel") or request.json().get("channel")
        return Reply(200, {"ok": True, "channel": channel, "ts": f"1749608152.{next(stamps):06d}"})

    fake.route("POST", r"/api/chat\.postMessage", post_message)
    fake.route("POST", r"/api/auth\.test", Reply(200, {
        "ok": True, "team_id": "T05QX7HB2LK", "user_id": "U0BOT", "bot_id": "B0BOT",
        "team": "Sac Valley Hibachi", "user": "gateway"}))
    for method in ("chat.update", "views.open", "chat.postEphemeral"):
        fake.route("POST", rf"/api/{method.replace('.', chr(92) + '.')}", Reply(200, {"ok": True}))


def slack_call(request: Recorded) -> dict[str, Any]:
    """The arguments of a recorded Slack Web API call (the SDK posts JSON or a form)."""
    import json

    if request.headers.get("content-type", "").startswith("application/json"):
        return dict(request.json())
    form = request.form()
    return {k: json.loads(v) if k in ("blocks", "view") else v for k, v in form.items()}


async def eventually(check: Any, *, within: float = 5.0) -> Any:
    """Await `check()` until it returns a truthy value (for work Bolt finishes after ack)."""
    import asyncio

    deadline = asyncio.get_running_loop().time() + within
    while True:
        result = await check()
        if result or asyncio.get_running_loop().time() > deadline:
            return result
        await asyncio.sleep(0.05)
