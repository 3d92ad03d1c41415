"""The model tool-calling loop over an OpenAI-compatible chat-completions endpoint.

The model decides which tools to call; the tools compute every number. Tool results go back to
the model verbatim, so nothing a customer writes can change them. Failures the model cannot
repair (bad JSON arguments, an unknown tool, no final text, too many rounds) raise `LoopError`;
the service turns every failure into the offline responder's draft.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openai import AsyncOpenAI
from openai.types.chat import ChatCompletion

from orchestrator.catalog import Catalog
from orchestrator.tools.availability import Calendar
from orchestrator.tools.registry import ToolResult, run_tool
from orchestrator.tools.travel import DistanceService

log = logging.getLogger(__name__)

FATAL_TOOL_ERRORS = {"bad_json", "unknown_tool"}


class LoopError(RuntimeError):
    """The model's turn cannot be used. `reason` is a short machine-readable word."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        super().__init__(f"{reason}: {detail}" if detail else reason)


@dataclass
class LoopState:
    """What the loop has done so far; kept by the caller so a failed loop still reports usage."""

    runs: list[ToolResult] = field(default_factory=list)
    usage: dict[str, int] = field(default_factory=dict)
    requests: int = 0

    def add_usage(self, usage: Any) -> None:
        if usage is None:
            return
        for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
            value = getattr(usage, key, None)
            if isinstance(value, int):
                self.usage[key] = self.usage.get(key, 0) + value


def _assistant_message(message: Any) -> dict[str, Any]:
    return {
        "role": "assistant",
        "content": message.content,
        "tool_calls": [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.function.name, "arguments": call.function.arguments},
            }
            for call in message.tool_calls
        ],
    }


# The bearer token, as the SDK's own `chat.completions.create` asks for it.
_REQUEST_OPTIONS: Any = {"security": {"bearer_auth": True}}


async def _complete(client: AsyncOpenAI, body: dict[str, Any]) -> ChatCompletion:
    """One chat-completions request through the SDK's client (its auth, retries, timeouts, error
    types and response model), with the body sent as built. `chat.completions.create` would first
    walk the whole body (every message and tool schema, each round) against the SDK's TypedDicts
    to transform it, which changes nothing in a body of plain JSON dicts like this one and cost
    more CPU than the rest of the request."""
    return await client.post("/chat/completions", cast_to=ChatCompletion, body=body,
                             options=_REQUEST_OPTIONS)


async def run_model_loop(
    *,
    client: AsyncOpenAI,
    model: str,
    messages: Sequence[Mapping[str, Any]],
    tools: list[dict[str, Any]],
    catalog: Catalog,
    distance: DistanceService,
    max_tool_rounds: int,
    state: LoopState,
    max_tokens: int | None = None,
    calendar: Calendar | None = None,
    between_rounds: Callable[[], None] | None = None,
) -> str:
    """Ask the model, run the tools it calls (every call of a round, in order), feed the results
    back, and return its final text. At most `max_tool_rounds` rounds of tool calls; the request
    after the last round forbids tools so the model has to answer. `max_tokens` caps each answer;
    an answer cut off at the cap is a failure, not a draft. `between_rounds` runs after each
    round's tool results, before the next request: work the caller has to do anyway and that
    needs no answer of the model's."""
    cap: dict[str, Any] = {"max_completion_tokens": max_tokens} if max_tokens else {}
    convo: list[dict[str, Any]] = [dict(m) for m in messages]
    for round_no in range(max_tool_rounds + 1):
        last = round_no == max_tool_rounds
        response = await _complete(client, {
            "model": model, "messages": convo, "tools": tools,
            "tool_choice": "none" if last else "auto", **cap})
        state.requests += 1
        state.add_usage(response.usage)
        if not response.choices:
            raise LoopError("no_choices")
        if response.choices[0].finish_reason == "length":
            raise LoopError("truncated", f"the answer reached the {max_tokens}-token cap")
        message = response.choices[0].message
        calls = list(message.tool_calls or [])
        if not calls:
            text = (message.content or "").strip()
            if not text:
                raise LoopError("no_final_text")
            return text
        if last:
            raise LoopError(
                "too_many_tool_rounds", f"still calling tools after {max_tool_rounds} rounds"
            )
        convo.append(_assistant_message(message))
        for call in calls:
            function = getattr(call, "function", None)
            if function is None:
                raise LoopError("unsupported_tool_call", str(getattr(call, "type", "")))
            result = run_tool(
                function.name,
                function.arguments or "",
                catalog=catalog,
                distance=distance,
                calendar=calendar,
            )
            state.runs.append(result)
            if result.error_kind in FATAL_TOOL_ERRORS:
                raise LoopError(result.error_kind or "tool_error", result.error or "")
            log.info("tool %s called by the model (ok=%s)", function.name, result.ok)
            convo.append({"role": "tool", "tool_call_id": call.id, "content": result.content()})
        if between_rounds is not None:
            between_rounds()
    raise LoopError("too_many_tool_rounds")  # unreachable: the last round returns or raises
