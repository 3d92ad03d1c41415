"""The party quote: guests, proteins, add-ons, the party minimum, travel, deposit and gratuity."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel

from orchestrator.catalog import AddOn, Catalog
from orchestrator.tools.args import PartyQuoteArgs
from orchestrator.tools.money import cents, percent_of
from orchestrator.tools.proteins import ProteinCosts, ToolArgumentError, protein_costs
from orchestrator.tools.travel import DistanceService, TravelFee, travel_fee


class GuestLine(BaseModel):
    """One age band of the party."""

    category: str
    label: str
    count: int
    unit_price: Decimal
    amount: Decimal


class AddOnLine(BaseModel):
    add_on: str
    name: str
    price: Decimal


class Gratuity(BaseModel):
    """The customary tip range, not part of the total."""

    included: bool
    low_percent: Decimal
    high_percent: Decimal
    low: Decimal
    high: Decimal


class PartyQuote(BaseModel):
    """A complete quote, every amount in cents."""

    adults: int
    children: int
    toddlers: int
    paying_guests: int
    guest_lines: list[GuestLine]
    base_cost: Decimal
    proteins: ProteinCosts
    upgrade_cost: Decimal
    extra_portions: int
    extra_portion_cost: Decimal
    add_ons: list[AddOnLine]
    add_on_cost: Decimal
    food_subtotal: Decimal
    party_minimum: Decimal
    minimum_applied: bool
    minimum_adjustment: Decimal
    food_total: Decimal
    travel: TravelFee
    total: Decimal
    total_includes_travel: bool
    deposit: Decimal
    balance_after_deposit: Decimal
    gratuity: Gratuity
    sales_tax_charged: bool
    assumptions: list[str]


def resolve_add_on(catalog: Catalog, name: str) -> AddOn:
    """The add-on a name or alias refers to."""
    wanted = " ".join(name.lower().replace("-", " ").replace("_", " ").split())
    for add_on in catalog.add_ons:
        if wanted in {add_on.key.replace("_", " "), add_on.name.lower(), *add_on.aliases}:
            return add_on
    known = ", ".join(a.name for a in catalog.add_ons)
    raise ToolArgumentError(f"unknown add-on {name!r}; choices: {known}")


def _guest_lines(catalog: Catalog, args: PartyQuoteArgs) -> list[GuestLine]:
    g = catalog.guests
    bands = (
        ("adult", f"adults ({g.adult_min_age}+)", args.adults, g.adult_price),
        ("child", f"children ({g.child_min_age}-{g.child_max_age})", args.children, g.child_price),
        ("toddler", f"children {g.toddler_max_age} and under", args.toddlers, Decimal("0.00")),
    )
    return [
        GuestLine(category=cat, label=label, count=n, unit_price=price, amount=cents(price * n))
        for cat, label, n, price in bands
        if n
    ]


def party_quote(catalog: Catalog, distance: DistanceService, args: PartyQuoteArgs) -> PartyQuote:
    """Price a party exactly as the published price list says."""
    total_guests = args.adults + args.children + args.toddlers
    if total_guests > catalog.guests.max_guests:
        raise ToolArgumentError(
            f"{total_guests} guests is more than the {catalog.guests.max_guests} we can quote"
        )
    paying = args.adults + args.children
    proteins = protein_costs(catalog, paying_guests=paying, proteins=args.proteins)
    add_ons: dict[str, AddOn] = {}
    for name in args.add_ons:
        add_on = resolve_add_on(catalog, name)
        add_ons.setdefault(add_on.key, add_on)  # flat per party: naming it twice does not double it
    lines = _guest_lines(catalog, args)
    base = cents(sum((line.amount for line in lines), Decimal("0.00")))
    add_on_cost = cents(sum((a.price for a in add_ons.values()), Decimal("0.00")))
    subtotal = base + proteins.upgrade_cost + proteins.extra_portion_cost + add_on_cost
    minimum = catalog.minimum.food_total
    food_total = max(subtotal, minimum)
    travel = travel_fee(catalog, distance, args.zip_code)
    total = food_total + (travel.fee or Decimal("0.00"))
    policies = catalog.policies
    assumptions = list(proteins.assumptions)
    if travel.fee is None:
        assumptions.append("total excludes the travel fee, which is to be confirmed")
    return PartyQuote(
        adults=args.adults,
        children=args.children,
        toddlers=args.toddlers,
        paying_guests=paying,
        guest_lines=lines,
        base_cost=base,
        proteins=proteins,
        upgrade_cost=proteins.upgrade_cost,
        extra_portions=proteins.extra_portions,
        extra_portion_cost=proteins.extra_portion_cost,
        add_ons=[AddOnLine(add_on=a.key, name=a.name, price=a.price) for a in add_ons.values()],
        add_on_cost=add_on_cost,
        food_subtotal=subtotal,
        party_minimum=minimum,
        minimum_applied=subtotal < minimum,
        minimum_adjustment=food_total - subtotal,
        food_total=food_total,
        travel=travel,
        total=total,
        total_includes_travel=travel.fee is not None,
        deposit=policies.deposit,
        balance_after_deposit=max(Decimal("0.00"), total - policies.deposit),
        gratuity=Gratuity(
            included=policies.gratuity_included,
            low_percent=policies.gratuity_low_percent,
            high_percent=policies.gratuity_high_percent,
            low=percent_of(total, policies.gratuity_low_percent),
            high=percent_of(total, policies.gratuity_high_percent),
        ),
        sales_tax_charged=policies.sales_tax,
        assumptions=assumptions,
    )


def calculate_party_quote(
    catalog: Catalog, distance: DistanceService, args: PartyQuoteArgs
) -> PartyQuote:
    """Tool: the full quote for a party."""
    return party_quote(catalog, distance, args)
