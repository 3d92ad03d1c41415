"""A fake Stripe API on 127.0.0.1 for the `stripe` SDK: Checkout Sessions and refunds, with
Stripe's idempotency (the same Idempotency-Key answers the same object), and the webhook
signature Stripe puts on the events it sends."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from tests.fakes.server import FakeServer, Recorded, Reply

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stripe"
SECRET_KEY = "sk_test_51PqLrTGatewayFakeKey0000000000000000000000000000"
WEBHOOK_SECRET = "whsec_3f9a1c7e5b2d4f6a8c0e2b4d6f8a0c2e"


def nested_form(body: bytes) -> dict[str, str]:
    """Stripe's form encoding flattened: {"line_items[0][quantity]": "1", ...}."""
    return dict(parse_qsl(body.decode(), keep_blank_values=True))


@dataclass
class FakeStripe:
    """Routes for POST /v1/checkout/sessions and POST /v1/refunds on a FakeServer."""

    server: FakeServer
    sessions: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_key: dict[str, dict[str, Any]] = field(default_factory=dict)
    fail_with: tuple[int, dict[str, Any]] | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def install(self) -> FakeStripe:
        self.server.route("POST", r"/v1/checkout/sessions", self._create_session)
        self.server.route("POST", r"/v1/refunds", self._refund)
        self.server.route("POST", r"/v1/checkout/sessions/([\w-]+)/expire", self._expire)
        return self

    def _expire(self, _request: Recorded, match: Any) -> Reply:
        session = self.sessions.get(match.group(1))
        if session is None or session["status"] != "open":
            return Reply(400, {"error": {"type": "invalid_request_error",
                                         "message": "Only open sessions can be expired."}})
        session["status"] = "expired"
        return Reply(200, session)

    def _failure(self) -> Reply | None:
        if self.fail_with is None:
            return None
        status, error = self.fail_with
        return Reply(status, {"error": error})

    def _idempotent(self, request: Recorded, build: Any) -> Reply:
        failure = self._failure()
        if failure is not None:
            return failure
        key = request.headers.get("idempotency-key", "")
        if key and key in self.by_key:
            return Reply(200, self.by_key[key], {"Idempotent-Replayed": "true"})
        obj = build(nested_form(request.body))
        if key:
            self.by_key[key] = obj
        return Reply(200, obj)

    def _create_session(self, request: Recorded, _match: Any) -> Reply:
        def build(form: dict[str, str]) -> dict[str, Any]:
            number = next(self._ids)
            session_id = f"cs_test_a1{number:04d}Kq8ZpVw3XhLmT9rB2nYcD"
            session = {
                "id": session_id,
                "object": "checkout.session",
                "amount_subtotal": int(form["line_items[0][price_data][unit_amount]"]),
                "amount_total": int(form["line_items[0][price_data][unit_amount]"]),
                "client_reference_id": form.get("client_reference_id"),
                "currency": form["line_items[0][price_data][currency]"],
                "expires_at": int(form["expires_at"]),
                "livemode": False,
                "metadata": {"booking_id": form["metadata[booking_id]"]},
                "mode": form["mode"],
                "payment_intent": None,
                "payment_status": "unpaid",
                "status": "open",
                "success_url": form["success_url"],
                "cancel_url": form["cancel_url"],
                "url": f"https://checkout.stripe.com/c/pay/{session_id}#fidkdWxOYHwnPyd1blpxYHZxWjA0",
            }
            self.sessions[session_id] = session
            return session

        return self._idempotent(request, build)

    def _refund(self, request: Recorded, _match: Any) -> Reply:
        def build(form: dict[str, str]) -> dict[str, Any]:
            return {
                "id": f"re_3PqLrTGateway{next(self._ids):04d}",
                "object": "refund",
                "amount": int(form["amount"]),
                "currency": "usd",
                "payment_intent": form["payment_intent"],
                "status": "succeeded",
                "metadata": {"booking_id": form.get("metadata[booking_id]", "")},
            }

        return self._idempotent(request, build)

    def created(self) -> list[Recorded]:
        return self.server.calls("POST", "/v1/checkout/sessions")

    def refunds(self) -> list[Recorded]:
        return self.server.calls("POST", "/v1/refunds")


def event(name: str, **values: Any) -> bytes:
    """A fixture event with {{placeholders}} filled in (session id, booking id, amounts...)."""
    text = (FIXTURES / f"{name}.json").read_text()
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", str(value))
    assert "{{" not in text, f"unfilled placeholder in {name}"
    json.loads(text)
    return text.encode()


def signed(payload: bytes, *, secret: str = WEBHOOK_SECRET, timestamp: int | None = None
           ) -> dict[str, str]:
    """The Stripe-Signature header: t=<unix time>,v1=HMAC-SHA256(secret, "<t>.<payload>")."""
    t = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{t}.".encode() + payload, hashlib.sha256).hexdigest()
    return {"Stripe-Signature": f"t={t},v1={digest}", "Content-Type": "application/json"}
