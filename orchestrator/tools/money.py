"""Cent arithmetic shared by the pricing tools: Decimal, rounded half up."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
TENTH = Decimal("0.1")


def cents(amount: Decimal) -> Decimal:
    """Round to whole cents, half up (the way a customer rounds by hand)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def tenths(amount: Decimal) -> Decimal:
    """Round to one decimal place, half up (miles)."""
    return amount.quantize(TENTH, rounding=ROUND_HALF_UP)


def percent_of(amount: Decimal, percent: Decimal) -> Decimal:
    """`percent` % of `amount`, in cents."""
    return cents(amount * percent / Decimal(100))
