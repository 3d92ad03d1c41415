"""The tool registry: schemas in OpenAI "tools" format and `run_tool`, which never raises.

Whatever the model (or the offline responder) passes, `run_tool` answers a `ToolResult`: the
computed result, or an error with a kind the loop uses to decide whether to carry on.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from orchestrator.catalog import Catalog
from orchestrator.tools.args import PartyQuoteArgs, ProteinCostsArgs, TravelFeeArgs
from orchestrator.tools.availability import AvailabilityArgs, Calendar, check_availability
from orchestrator.tools.proteins import ToolArgumentError, calculate_protein_costs
from orchestrator.tools.quote import calculate_party_quote
from orchestrator.tools.travel import DistanceService, calculate_travel_fee

log = logging.getLogger(__name__)

ErrorKind = Literal["bad_json", "unknown_tool", "invalid_arguments"]
QUOTE_TOOL = "calculate_party_quote"
AVAILABILITY_TOOL = "check_availability"


@dataclass(frozen=True, slots=True)
class ToolContext:
    """What a tool may use: the catalog, the distance service and the bookings calendar (None
    where no database is at hand; check_availability then answers "unknown")."""

    catalog: Catalog
    distance: DistanceService
    calendar: Calendar | None = None


Runner = Callable[[ToolContext, Any], BaseModel]


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A tool: its argument model, what the model is told about it, and the function."""

    name: str
    description: str
    args_model: type[BaseModel]
    run: Runner


@dataclass(frozen=True, slots=True)
class ToolResult:
    """One tool run. `result` is JSON-able (amounts as strings) or None with `error` set."""

    name: str
    arguments: Mapping[str, Any]
    result: Mapping[str, Any] | None
    error: str | None = None
    error_kind: ErrorKind | None = None
    raw_arguments: str = field(default="", repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None

    def content(self) -> str:
        """What goes back to the model as the tool message."""
        payload = self.result if self.ok else {"error": self.error}
        return json.dumps(payload, separators=(",", ":"))


TOOLS: dict[str, ToolSpec] = {
    spec.name: spec
    for spec in (
        ToolSpec(
            name=QUOTE_TOOL,
            description=(
                "Exact quote for a hibachi party: guests by age band, protein upgrades, extra portions, "
                "add-ons, the party minimum, travel fee (when a ZIP is known), total, deposit and "
                "gratuity. "
                "Use it for every price you state."
            ),
            args_model=PartyQuoteArgs,
            run=lambda ctx, args: calculate_party_quote(ctx.catalog, ctx.distance, args),
        ),
        ToolSpec(
            name="calculate_travel_fee",
            description="Road miles and travel fee from the chef's base to a ZIP code.",
            args_model=TravelFeeArgs,
            run=lambda ctx, args: calculate_travel_fee(ctx.catalog, ctx.distance, args),
        ),
        ToolSpec(
            name="calculate_protein_costs",
            description="Protein upgrade and extra-portion costs for a number of paying guests.",
            args_model=ProteinCostsArgs,
            run=lambda ctx, args: calculate_protein_costs(ctx.catalog, args),
        ),
        ToolSpec(
            name=AVAILABILITY_TOOL,
            description=(
                "Whether the party date the customer names is open (holds and bookings, blackout "
                "dates, notice period), with the nearest open dates when it is not. Call it for any "
                "date before saying anything about it."
            ),
            args_model=AvailabilityArgs,
            run=lambda ctx, args: check_availability(ctx.catalog, ctx.calendar, args),
        ),
    )
}


def _inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """Replace `$ref`s with their definitions: some OpenAI-compatible servers ignore `$defs`."""
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return walk(dict(defs[ref.removeprefix("#/$defs/")]))
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    return dict(walk(schema))


def tool_schemas(catalog: Catalog) -> list[dict[str, Any]]:
    """Every tool in OpenAI's chat-completions "tools" format, with the catalog's choices named."""
    proteins = ", ".join(p.name for p in catalog.proteins)
    add_ons = ", ".join(a.name for a in catalog.add_ons)
    out = []
    for spec in TOOLS.values():
        description = spec.description
        if spec.name in (QUOTE_TOOL, "calculate_protein_costs"):
            description += f" Proteins: {proteins}."
        if spec.name == AVAILABILITY_TOOL:
            rules = catalog.bookings
            description += (
                f" Parties start between {rules.service_start:%H:%M} and {rules.service_end:%H:%M}, "
                f"{rules.time_zone} time; {rules.notice_hours} hours' notice."
            )
        if spec.name == QUOTE_TOOL:
            description += f" Add-ons: {add_ons}."
        out.append(
            {
                "type": "function",
                "function": {
                    "name": spec.name,
                    "description": description,
                    "parameters": _inline_refs(spec.args_model.model_json_schema()),
                },
            }
        )
    return out


def _validation_message(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"]) or "arguments"
        parts.append(f"{where}: {err['msg']}")
    return "invalid arguments: " + "; ".join(parts)


def run_tool(
    name: str,
    arguments_json: str | Mapping[str, Any],
    *,
    catalog: Catalog,
    distance: DistanceService,
    calendar: Calendar | None = None,
) -> ToolResult:
    """Run a tool by name with JSON (or already-parsed) arguments. Errors come back as results."""
    raw = arguments_json if isinstance(arguments_json, str) else json.dumps(dict(arguments_json))
    spec = TOOLS.get(name)
    if spec is None:
        return ToolResult(name, {}, None, f"unknown tool {name!r}", "unknown_tool", raw)
    try:
        parsed = json.loads(raw) if raw.strip() else {}
    except json.JSONDecodeError as exc:
        return ToolResult(name, {}, None, f"arguments are not valid JSON: {exc.msg}", "bad_json", raw)
    if not isinstance(parsed, dict):
        return ToolResult(name, {}, None, "arguments must be a JSON object", "bad_json", raw)
    try:
        args = spec.args_model.model_validate(parsed)
        result = spec.run(ToolContext(catalog, distance, calendar), args)
    except ValidationError as exc:
        return ToolResult(name, parsed, None, _validation_message(exc), "invalid_arguments", raw)
    except ToolArgumentError as exc:
        return ToolResult(name, parsed, None, str(exc), "invalid_arguments", raw)
    log.debug("tool %s ran", name)
    return ToolResult(name, parsed, result.model_dump(mode="json"), None, None, raw)
