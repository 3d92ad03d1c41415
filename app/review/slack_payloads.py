"""The shape of Slack interactivity payloads: what the Bolt listeners may safely index into."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs


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
