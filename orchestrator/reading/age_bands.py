"""The price band of a guest's age, and of ages told together: 5 and under eat free
("toddlers"), 6 to 12 are "children", 13 and over "adults" (the catalog's limits)."""

from __future__ import annotations

from orchestrator.catalog import Catalog


def band(age: int, catalog: Catalog) -> str:
    """The price band of an age: "toddlers", "children" or "adults"."""
    if age <= catalog.guests.toddler_max_age:
        return "toddlers"
    return "children" if age <= catalog.guests.child_max_age else "adults"


def by_band(ages: list[int], catalog: Catalog) -> tuple[int, int, int]:
    """Ages told alone, counted by band: (children 6-12, kids 5 and under, 13 and over)."""
    bands = [band(age, catalog) for age in ages]
    return bands.count("children"), bands.count("toddlers"), bands.count("adults")


def one_band(ages: tuple[int, int], catalog: Catalog) -> str | None:
    """The kids' band every age of a range falls in ("between 6 and 10": children); None when the
    range spans two bands ("between 4 and 9") or is of teens, who are asked about."""
    low, high = sorted(ages)
    first = band(low, catalog)
    return first if first == band(high, catalog) and first != "adults" else None
