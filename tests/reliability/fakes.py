"""Provider fakes for the reliability tests: one FakeServer playing Twilio, the Meta Graph API,
the Telegram Bot API, Slack and an OpenAI-compatible model, with switches to take any of them
down (503, or connections refused) and to slow them, and to bring them back."""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Callable
from typing import Any

from tests.fakes.server import FakeServer, Recorded, Reply
from tests.helpers import slack_routes, twilio_messages_route
from tests.reliability.signing import TG_TOKEN

TWILIO_SEND = r"/2010-04-01/Accounts/(\w+)/Messages\.json"
META_SEND = r"/v21\.0/me/messages"
META_PROFILE = r"/v21\.0/(\d+)"
TELEGRAM_SEND = rf"/bot{re.escape(TG_TOKEN)}/sendMessage"
OPENAI = r"/v1/chat/completions"
SEND_PATHS = ("/Messages.json", "/me/messages", "/sendMessage")


def _meta_send() -> Callable[[Recorded, Any], Reply]:
    mids = itertools.count(1)

    def handler(request: Recorded, _match: Any) -> Reply:
        recipient = request.json()["recipient"]["id"]
        return Reply(200, {"recipient_id": recipient, "message_id": f"m_out_{next(mids)}"})

    return handler


def _telegram_send() -> Callable[[Recorded, Any], Reply]:
    ids = itertools.count(5001)

    def handler(request: Recorded, _match: Any) -> Reply:
        form = request.form() or request.json()
        return Reply(200, {"ok": True, "result": {
            "message_id": next(ids), "date": 1749618300,
            "chat": {"id": int(form["chat_id"]), "type": "private"},
            "from": {"id": int(TG_TOKEN.split(":")[0]), "is_bot": True, "first_name": "Hibachi"},
            "text": form["text"]}})

    return handler


def model_reply(text: str) -> Reply:
    """A chat completion whose final answer is `text` (no tool calls)."""
    return Reply(200, {
        "id": "chatcmpl-reliability", "object": "chat.completion", "created": 1750000000,
        "model": "gpt-test",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                     "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    })


MODEL_TEXT = "Thanks for reaching out! We would love to cook for you. What date do you have in mind?"


class Providers:
    """All providers on one FakeServer. `outage[prefix]` answers 503 on paths that contain it;
    `delay[prefix]` slows them. Both may be changed while requests are in flight."""

    def __init__(self, fake: FakeServer) -> None:
        self.fake = fake
        self.outage: dict[str, int] = {}
        self.delay: dict[str, float] = {}
        self._lock = threading.Lock()
        twilio_messages_route(fake)
        slack_routes(fake)
        fake.route("GET", META_PROFILE, Reply(200, {"first_name": "Marisol", "last_name": "R"}))
        fake.route("POST", META_SEND, _meta_send())
        fake.route("POST", TELEGRAM_SEND, _telegram_send())
        fake.route("POST", OPENAI, model_reply(MODEL_TEXT))
        self._wrap_all()

    def _wrap_all(self) -> None:
        wrapped = []
        for method, pattern, handler in self.fake.routes:
            wrapped.append((method, pattern, self._guard(handler)))
        self.fake.routes[:] = wrapped

    def _guard(self, handler: Callable[[Recorded, Any], Reply]) -> Callable[[Recorded, Any], Reply]:
        def guarded(request: Recorded, match: Any) -> Reply:
            with self._lock:
                down = next((n for p, n in self.outage.items() if p in request.path and n), 0)
                if down:
                    self.outage = {p: (n - 1 if p in request.path and n > 0 else n)
                                   for p, n in self.outage.items()}
                delay = next((d for p, d in self.delay.items() if p in request.path), 0.0)
            if down:
                return Reply(503, {"error": "service unavailable", "status": 503,
                                   "ok": False, "code": 20503, "message": "Service Unavailable"},
                             delay=delay)
            reply = handler(request, match)
            return Reply(reply.status, reply.body, reply.headers, reply.delay or delay)

        return guarded

    def sends(self) -> list[Recorded]:
        """Every request that asked a channel provider to deliver a reply."""
        return [r for r in self.fake.calls("POST") if r.path.endswith(SEND_PATHS)]


def send_recipient(request: Recorded) -> str:
    """Who a recorded send was for, whatever the provider."""
    if request.path.endswith("/Messages.json"):
        return request.form()["To"].removeprefix("whatsapp:")
    if request.path.endswith("/me/messages"):
        return str(request.json()["recipient"]["id"])
    form = request.form() or request.json()
    return str(form["chat_id"])


class Unplugged:
    """Take a FakeServer off the network (connections refused) and put it back on the same port."""

    def __init__(self, fake: FakeServer) -> None:
        self.fake = fake

    def down(self) -> None:
        self.fake.unplug()

    def up(self) -> None:
        self.fake.plug()
