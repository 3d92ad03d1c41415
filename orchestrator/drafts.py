"""What drafting returns: the `Draft` for staff review, the tool runs behind its numbers, and the
conversation `Turn`s it was drafted from."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from orchestrator.quoted_order import QuoteOrder
from orchestrator.tools.registry import ToolResult


@dataclass(frozen=True)
class Turn:
    """One earlier message of the conversation."""

    role: Literal["customer", "business"]
    text: str


@dataclass(frozen=True)
class ToolRun:
    """A tool call made while drafting: the arguments, and the result or the error."""

    name: str
    arguments: Mapping[str, Any]
    result: Mapping[str, Any] | None
    error: str | None

    @classmethod
    def of(cls, result: ToolResult) -> ToolRun:
        return cls(
            name=result.name, arguments=dict(result.arguments), result=result.result, error=result.error
        )


@dataclass(frozen=True)
class Draft:
    """A reply waiting for review. `quote` is the party quote the draft states (amounts as strings)
    and `order` the order that quote priced: the offline reading, or the arguments of the model's
    quote call. `responder` is "model", "offline" (no model configured) or "fallback" (the model
    failed). `booking` is what approving the reply does to a booking: {"kind": "hold", ...} when it
    offers a quoted, open date (the text then carries the deposit-link placeholder), "move" or
    "cancel" for a change to the conversation's booking; None for an ordinary reply. `answered`
    names the policy questions the draft answers without a quote (topic names: "travel_policy",
    "minimum", ...; "travel" for a travel fee the tool worked out for a ZIP asked about)."""

    text: str
    tool_runs: tuple[ToolRun, ...]
    flags: tuple[str, ...]
    quote: Mapping[str, Any] | None
    responder: str
    model: str | None
    usage: Mapping[str, int]
    latency_ms: int
    needs_human: bool
    order: QuoteOrder | None = None
    booking: Mapping[str, Any] | None = None
    answered: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable dict (Decimals, if any slipped in, become strings); `order` in the
        shape `QuoteOrder.to_json` gives."""
        # Field by field rather than dataclasses.asdict: asdict deep-copies every tool result
        # first, and _jsonable copies it again anyway.
        data: dict[str, Any] = {}
        for item in dataclasses.fields(self):
            value = getattr(self, item.name)
            if item.name == "tool_runs":
                data["tool_runs"] = [_jsonable({f.name: getattr(run, f.name)
                                                for f in dataclasses.fields(run)})
                                     for run in value]
            elif item.name == "order":
                data["order"] = value.to_json() if value else None
            else:
                data[item.name] = _jsonable(value)
        return data


_PLAIN = (str, int, float, type(None))


def _jsonable(value: Any) -> Any:
    # Leaves first: `Mapping` is an ABC, slow to test each of a quote's hundred values against.
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, dict | Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    return value
