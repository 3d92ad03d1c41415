"""The travel fee to a city named without a ZIP ("do you charge extra to come out to auburn?"):
the travel tool run for each of the city's street ZIP codes, so the answer states only what the
tool returned, as one fee when every ZIP of the city pays the same and as a range otherwise."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import zipcodes

from orchestrator.answers import travel_sentence
from orchestrator.replies import Piece, money
from orchestrator.tools.registry import ToolResult

# a ZIP a travel question names ("why is there a $32 travel charge to 95667?")
_ZIP = re.compile(r"\b\d{5}\b")
# A city with more street ZIPs than this is too spread out for a range to help (Sacramento).
_MOST_ZIPS = 6


def city_zip_codes(city: str, state: str) -> list[str]:
    """The street-delivery ZIP codes of `city` in `state` (PO boxes have no place to cook)."""
    rows = zipcodes.filter_by(city=city.title(), state=state, zip_code_type="STANDARD")
    return sorted(row["zip_code"] for row in rows)


def city_fees(
    city: str, state: str, run: Callable[[str, Mapping[str, Any]], ToolResult]
) -> tuple[str, tuple[ToolResult, ...]] | None:
    """The sentence on the travel fee to `city` and the calculate_travel_fee runs behind it;
    None when the city has no street ZIP, too many, or a ZIP the tool cannot price."""
    codes = city_zip_codes(city, state)
    if not codes or len(codes) > _MOST_ZIPS:
        return None
    runs = tuple(run("calculate_travel_fee", {"zip_code": code}) for code in codes)
    results = [r.result for r in runs]
    if any(r is None or r.get("miles") is None for r in results):
        return None
    found = [r for r in results if r is not None]
    miles = sorted(Decimal(str(r["miles"])) for r in found)
    fees = sorted(Decimal(str(r["fee"])) for r in found)
    name = city.title()
    if len(found) == 1:
        where = f"{name} ({codes[0]}) is {miles[0]} miles from us"
    else:
        where = f"{name} ({', '.join(codes)}) is {miles[0]} to {miles[-1]} miles from us"
    if fees[-1] == 0:
        return f"{where}: no travel fee.", runs
    if fees[0] == fees[-1]:
        return f"{where}: travel fee {money(fees[0])}.", runs
    low = "no fee" if fees[0] == 0 else money(fees[0])
    return f"{where}: travel fee {low} to {money(fees[-1])}, depending on the ZIP code.", runs


def zip_fee(
    norm: str, run: Callable[[str, Mapping[str, Any]], ToolResult]
) -> tuple[list[Piece], tuple[ToolResult, ...]]:
    """The travel fee to the first ZIP a travel question names (the sentence and the
    calculate_travel_fee run behind it), so its answer states only what the tool returned."""
    runs = tuple(run("calculate_travel_fee", {"zip_code": z}) for z in _ZIP.findall(norm)[:1])
    return [Piece(travel_sentence(dict(r.result) if r.result else None)) for r in runs], runs


def zip_priced(runs: Sequence[ToolResult]) -> bool:
    """Whether the travel tool priced the ZIP of `runs` (`zip_fee`'s): the answer's travel rule
    then asks for no ZIP."""
    return any(r.result is not None and r.result.get("status") == "calculated" for r in runs)
