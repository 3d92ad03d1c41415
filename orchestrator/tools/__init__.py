"""Pricing tools: plain functions over Decimal, their argument models and the registry."""

from orchestrator.tools.args import PartyQuoteArgs, ProteinCostsArgs, ProteinPortions, TravelFeeArgs
from orchestrator.tools.proteins import ProteinCosts, ToolArgumentError, calculate_protein_costs
from orchestrator.tools.quote import PartyQuote, calculate_party_quote
from orchestrator.tools.registry import TOOLS, ToolResult, run_tool, tool_schemas
from orchestrator.tools.travel import (
    Distance,
    DistanceService,
    TravelFee,
    ZipCentroidDistance,
    calculate_travel_fee,
)

__all__ = [
    "TOOLS",
    "Distance",
    "DistanceService",
    "PartyQuote",
    "PartyQuoteArgs",
    "ProteinCosts",
    "ProteinCostsArgs",
    "ProteinPortions",
    "ToolArgumentError",
    "ToolResult",
    "TravelFee",
    "TravelFeeArgs",
    "ZipCentroidDistance",
    "calculate_party_quote",
    "calculate_protein_costs",
    "calculate_travel_fee",
    "run_tool",
    "tool_schemas",
]
