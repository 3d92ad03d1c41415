"""Argument models of the pricing tools. Their JSON schemas are what the model sees.

Limits that depend on the catalog (maximum guests, known protein names) are checked by the tools
themselves, so the owner can change them without touching code.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

ZIP_PATTERN = r"^\d{5}(-\d{4})?$"


class _Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ProteinPortions(_Args):
    """How many portions of one protein the party wants."""

    protein: str = Field(
        min_length=1,
        max_length=60,
        description="Protein as the customer said it, e.g. chicken, NY strip, filet mignon, lobster.",
    )
    portions: int = Field(ge=1, description="Number of portions of this protein for the whole party.")


class ProteinCostsArgs(_Args):
    """Arguments of calculate_protein_costs."""

    paying_guests: int = Field(
        ge=1, description="Adults plus children aged 6-12 (toddlers do not count)."
    )
    proteins: list[ProteinPortions] = Field(default_factory=list, max_length=20)


class TravelFeeArgs(_Args):
    """Arguments of calculate_travel_fee."""

    zip_code: str = Field(pattern=ZIP_PATTERN, description="The event's 5-digit US ZIP code.")


class PartyQuoteArgs(_Args):
    """Arguments of calculate_party_quote."""

    adults: int = Field(ge=0, description="Guests aged 13 and over.")
    children: int = Field(default=0, ge=0, description="Children aged 6 to 12.")
    toddlers: int = Field(default=0, ge=0, description="Children aged 5 and under (free).")
    proteins: list[ProteinPortions] = Field(
        default_factory=list,
        max_length=20,
        description="Requested portions. Omit proteins the customer did not count; "
        "each paying guest already gets 2 included portions.",
    )
    add_ons: list[str] = Field(
        default_factory=list,
        max_length=10,
        description="Party add-ons by name, e.g. premium sake service, extended performance, "
        "custom menu planning.",
    )
    zip_code: str | None = Field(
        default=None,
        pattern=ZIP_PATTERN,
        description="Event ZIP code; null when the customer has not given it.",
    )

    @model_validator(mode="after")
    def _someone_pays(self) -> PartyQuoteArgs:
        if self.adults + self.children < 1:
            raise ValueError("a party needs at least one adult or child aged 6-12")
        return self
