"""What the offline responder takes and gives: an earlier message's shape and a drafted reply."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from orchestrator.quoted_order import QuoteOrder
from orchestrator.tools.registry import ToolResult


class TurnLike(Protocol):
    """An earlier message: `service.Turn` or anything shaped like it."""

    @property
    def role(self) -> Literal["customer", "business"]: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class OfflineReply:
    """A drafted reply with the tool runs behind its numbers."""

    text: str
    runs: tuple[ToolResult, ...]
    flags: tuple[str, ...]
    needs_human: bool
    quote: Mapping[str, Any] | None
    order: QuoteOrder | None = None
    answered: tuple[str, ...] = ()  # the policy questions answered without a quote (`Draft`)
