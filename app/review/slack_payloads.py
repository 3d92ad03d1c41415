"""Slack requests before Bolt sees them: the signature and timestamp check, and the shape of
interactivity payloads (what the Bolt listeners may safely index into)."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from slack_sdk.signature import Clock as SlackClock
from slack_sdk.signature import SignatureVerifier

from app.clock import Clock

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a request to /slack/events is answered before Bolt sees it."""

    status: int
    text: str


def refuse_unverified(*, body: bytes, headers: Mapping[str, str],
                      verifier: SignatureVerifier) -> Refusal | None:
    """Checked before Bolt reads anything: Bolt answers 500 to a non-numeric timestamp or a
    body that is not UTF-8, before it ever looks at the signature. None: hand it to Bolt."""
    timestamp = headers.get("x-slack-request-timestamp", "")
    signature = headers.get("x-slack-signature", "")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return Refusal(400, "unreadable request")
    # compare_digest refuses non-ASCII strings with a TypeError: such a header is forged.
    if not (timestamp.isdigit() and signature.isascii()) or not verifier.is_valid(
        body=body, timestamp=timestamp, signature=signature
    ):
        return Refusal(401, "invalid signature")
    if not readable_interaction(text, headers.get("content-type", "")):
        log.warning("unreadable Slack request refused")
        return Refusal(400, "unreadable request")
    return None


class EpochSeconds(SlackClock):
    """slack_sdk's clock (epoch seconds) read from the app's."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def now(self) -> float:
        return self._clock.now().timestamp()


def readable_interaction(body: str, content_type: str) -> bool:
    """Whether a signed request has the shape the handlers rely on. Bolt and the listeners
    index into the payload freely, so a payload of another shape would be a 500."""
    if content_type.startswith("application/json"):
        try:
            event = json.loads(body)
        except (ValueError, RecursionError):
            return False
        return isinstance(event, dict) and isinstance(event.get("type"), str)
    try:
        raw = parse_qs(body, strict_parsing=True).get("payload", [""])[0]
        payload = json.loads(raw)
    except (ValueError, RecursionError):
        return False
    if not isinstance(payload, dict) or not isinstance(payload.get("type"), str):
        return False
    user = payload.get("user")
    if not isinstance(user, dict) or not isinstance(user.get("id"), str):
        return False
    if payload["type"] == "block_actions":
        actions = payload.get("actions")
        return isinstance(actions, list) and all(isinstance(a, dict) for a in actions)
    if payload["type"] in ("view_submission", "view_closed"):
        return isinstance(payload.get("view"), dict)
    return True


def input_value(view: dict[str, Any], block: str, action: str) -> str:
    """A modal input's text; empty when the submission lacks it (answered as a form error)."""
    node: Any = view
    for key in ("state", "values", block, action, "value"):
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, str) else ""
