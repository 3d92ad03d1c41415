"""A scripted OpenAI-compatible chat-completions endpoint on a FakeServer."""

from __future__ import annotations

import json
import re
import threading
from typing import Any

from tests.fakes.server import FakeServer, Recorded, Reply

PATH = "/v1/chat/completions"


def tool_call(call_id: str, name: str, arguments: dict[str, Any] | str) -> dict[str, Any]:
    args = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": args}}


def completion(
    content: str | None = None,
    calls: list[dict[str, Any]] | None = None,
    prompt_tokens: int = 100,
    completion_tokens: int = 20,
) -> Reply:
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if calls:
        message["tool_calls"] = calls
    return Reply(
        200,
        {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": 1750000000,
            "model": "gpt-test",
            "choices": [
                {"index": 0, "message": message, "finish_reason": "tool_calls" if calls else "stop"}
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        },
    )


class Script:
    """Answers each request with the next scripted reply (the last one repeats)."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self._lock = threading.Lock()

    def __call__(self, _request: Recorded, _match: re.Match[str]) -> Reply:
        with self._lock:
            return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]


def script(fake: FakeServer, *replies: Reply) -> None:
    fake.route("POST", PATH, Script(*replies))


def requests(fake: FakeServer) -> list[dict[str, Any]]:
    return [r.json() for r in fake.calls("POST", PATH)]
