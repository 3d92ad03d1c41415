"""Protein costs: premium upgrades on every premium portion, extra portions beyond the allowance."""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from pydantic import BaseModel

from orchestrator.catalog import Catalog, Protein
from orchestrator.tools.args import ProteinCostsArgs, ProteinPortions
from orchestrator.tools.money import cents


class ToolArgumentError(ValueError):
    """Arguments that parse but make no sense for this catalog (unknown protein, absurd count)."""


class ProteinLine(BaseModel):
    """One protein of the order with its upgrade charge."""

    protein: str
    name: str
    portions: int
    upgrade_each: Decimal
    upgrade_cost: Decimal


class ProteinCosts(BaseModel):
    """What the protein choices add to a quote."""

    paying_guests: int
    included_portions: int
    requested_portions: int
    extra_portions: int
    extra_portion_price: Decimal
    extra_portion_cost: Decimal
    lines: list[ProteinLine]
    upgrade_cost: Decimal
    assumptions: list[str]


def _normal(text: str) -> str:
    return re.sub(r"[^a-z ]+", " ", text.lower()).strip()


@functools.lru_cache(maxsize=8)
def _names(catalog: Catalog) -> dict[str, Protein]:
    """Every name of a catalog protein (its key spelt with spaces, its name and aliases, lower
    case) to the protein, the first in the catalog's order where two share one: built once per
    catalog instead of a set per protein on every call."""
    names: dict[str, Protein] = {}
    for protein in catalog.proteins:
        for name in (
            protein.key.replace("_", " "),
            protein.name.lower(),
            *(a.lower() for a in protein.aliases),
        ):
            names.setdefault(name, protein)
    return names


def resolve_protein(catalog: Catalog, name: str) -> tuple[Protein, str | None]:
    """The catalog protein a customer's word names, and the assumption made if it was ambiguous."""
    wanted = " ".join(_normal(name).split())
    if (named := _names(catalog).get(wanted)) is not None:
        return named, None
    for amb in catalog.ambiguous:
        if wanted in {amb.word, f"{amb.word}s"}:
            assumed = catalog.protein(amb.assume)
            others = [catalog.protein(k) for k in amb.options if k != amb.assume]
            alternatives = "; ".join(
                f"{p.name} is +${p.upgrade} per portion" if p.premium else f"{p.name} is included"
                for p in others
            )
            note = (
                f"'{amb.word}' is ambiguous: priced as {assumed.name}"
                f"{' (included)' if not assumed.premium else ''}; {alternatives}. Please confirm."
            )
            return assumed, note
    known = ", ".join(p.name for p in catalog.proteins)
    raise ToolArgumentError(f"unknown protein {name!r}; choices: {known}")


def protein_costs(
    catalog: Catalog, *, paying_guests: int, proteins: list[ProteinPortions]
) -> ProteinCosts:
    """Upgrades and extra portions for `paying_guests` ordering `proteins` (counts per protein)."""
    limits = catalog.guests
    if paying_guests > limits.max_guests:
        raise ToolArgumentError(
            f"{paying_guests} guests is more than the {limits.max_guests} we can quote"
        )
    merged: dict[str, int] = {}
    assumptions: list[str] = []
    for item in proteins:
        protein, note = resolve_protein(catalog, item.protein)
        merged[protein.key] = merged.get(protein.key, 0) + item.portions
        if note and note not in assumptions:
            assumptions.append(note)
    requested = sum(merged.values())
    if requested > limits.max_portions:
        raise ToolArgumentError(
            f"{requested} portions is more than the {limits.max_portions} we can quote"
        )
    lines = []
    for key, portions in merged.items():
        protein = catalog.protein(key)
        lines.append(
            ProteinLine(
                protein=key,
                name=protein.name,
                portions=portions,
                upgrade_each=protein.upgrade,
                upgrade_cost=cents(protein.upgrade * portions),
            )
        )
    included = paying_guests * limits.included_portions
    extra = max(0, requested - included)
    return ProteinCosts(
        paying_guests=paying_guests,
        included_portions=included,
        requested_portions=requested,
        extra_portions=extra,
        extra_portion_price=limits.extra_portion_price,
        extra_portion_cost=cents(limits.extra_portion_price * extra),
        lines=lines,
        upgrade_cost=cents(sum((line.upgrade_cost for line in lines), Decimal("0.00"))),
        assumptions=assumptions,
    )


def calculate_protein_costs(catalog: Catalog, args: ProteinCostsArgs) -> ProteinCosts:
    """Tool: protein upgrade and extra-portion costs for a number of paying guests."""
    return protein_costs(catalog, paying_guests=args.paying_guests, proteins=args.proteins)
