"""The business catalog: prices and facts loaded from an owner-editable TOML file.

Every price the gateway states comes from here, through the pricing tools. Money is `Decimal`
read from strings or integers (never floats), so a typo cannot hide a rounding error.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from datetime import date, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from orchestrator.hours import BusinessHours

CENT = Decimal("0.01")
BUNDLED_CATALOG = Path(__file__).resolve().parent / "catalog" / "hibachi.toml"


class CatalogError(ValueError):
    """A catalog file that cannot be used: names the file, the field and the reason."""

    def __init__(self, *, file: Path, field: str, reason: str) -> None:
        self.file = file
        self.field = field
        self.reason = reason
        super().__init__(f"catalog {file}: {field}: {reason}")


def _exact_decimal(value: Any) -> Any:
    # Floats are refused because 0.1 + 0.2 style errors would reach customers' totals.
    if isinstance(value, bool | float):
        raise ValueError('write money and factors as a quoted string, e.g. "55.00"')
    if isinstance(value, int):
        return Decimal(value)
    return value


def _money(value: Any) -> Any:
    value = _exact_decimal(value)
    try:
        amount = Decimal(value) if isinstance(value, str) else value
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc
    if isinstance(amount, Decimal) and amount != amount.quantize(CENT):
        raise ValueError("money has at most two decimal places")
    return amount


Money = Annotated[Decimal, BeforeValidator(_money), Field(ge=0)]
Factor = Annotated[Decimal, BeforeValidator(_exact_decimal), Field(ge=0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Business(_Strict):
    """Who the business is, for the prompt and sign-offs."""

    name: str = Field(min_length=1)
    phone: str = Field(min_length=1)
    service_area: str = Field(min_length=1)
    description: str = ""


class Guests(_Strict):
    """Per-guest prices by age band and the protein allowance."""

    adult_price: Money
    adult_min_age: int = Field(ge=1)
    child_price: Money
    child_min_age: int = Field(ge=1)
    child_max_age: int = Field(ge=1)
    toddler_max_age: int = Field(ge=0)
    included_portions: int = Field(ge=0)
    extra_portion_price: Money
    max_guests: int = Field(ge=1)
    max_portions: int = Field(ge=1)

    @model_validator(mode="after")
    def _bands(self) -> Guests:
        if (
            not self.toddler_max_age + 1
            == self.child_min_age
            <= self.child_max_age
            == self.adult_min_age - 1
        ):
            raise ValueError("age bands must be contiguous: toddler < child < adult")
        return self


class Protein(_Strict):
    """One protein choice; `upgrade` 0.00 means included."""

    key: str = Field(pattern=r"^[a-z_]+$")
    name: str = Field(min_length=1)
    upgrade: Money
    aliases: tuple[str, ...] = Field(min_length=1)

    @property
    def premium(self) -> bool:
        return self.upgrade > 0


class Ambiguous(_Strict):
    """A customer word that could mean several proteins, priced as `assume`."""

    word: str = Field(min_length=1)
    options: tuple[str, ...] = Field(min_length=2)
    assume: str


class AddOn(_Strict):
    """A flat per-party extra."""

    key: str = Field(pattern=r"^[a-z_]+$")
    name: str = Field(min_length=1)
    price: Money
    aliases: tuple[str, ...] = Field(min_length=1)


class Minimum(_Strict):
    food_total: Money


class Travel(_Strict):
    """Where the chef starts and how travel is charged."""

    base_zip: str = Field(pattern=r"^\d{5}$")
    free_miles: Factor
    per_mile: Money
    road_factor: Factor
    earth_radius_miles: Factor = Decimal("3958.8")


class Policies(_Strict):
    """Deposit, notice, gratuity and tax facts a reply may state."""

    deposit: Money
    deposit_refund_days: int = Field(ge=0)
    notice_hours: int = Field(ge=0)
    gratuity_low_percent: Factor
    gratuity_high_percent: Factor
    gratuity_included: bool = False
    sales_tax: bool = False


class Bookings(_Strict):
    """The business's capacity and calendar rules. The deposit and the refund rule are the ones in
    [policies] (one place each, so a quote and a booking can never disagree about them)."""

    parties_per_day: int = Field(ge=1, le=50)
    blackout_dates: tuple[date, ...] = ()
    notice_hours: int = Field(ge=0)
    service_start: time
    service_end: time
    time_zone: str = "America/Los_Angeles"
    hold_hours: int = Field(default=24, ge=1, le=24)  # Stripe Checkout lives 30 min to 24 h
    reminder_days: int = Field(default=2, ge=1)
    horizon_days: int = Field(default=365, ge=7, le=730)
    alternatives: int = Field(default=3, ge=1, le=10)

    @model_validator(mode="after")
    def _calendar(self) -> Bookings:
        if self.service_start >= self.service_end:
            raise ValueError("service_start must be before service_end")
        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {self.time_zone!r}") from exc
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)


class Catalog(_Strict):
    """The whole validated catalog."""

    business: Business
    guests: Guests
    proteins: tuple[Protein, ...] = Field(min_length=1)
    ambiguous: tuple[Ambiguous, ...] = ()
    add_ons: tuple[AddOn, ...] = ()
    minimum: Minimum
    travel: Travel
    policies: Policies
    bookings: Bookings
    business_hours: BusinessHours | None = None  # when staff answer; None: no hours kept

    @model_validator(mode="after")
    def _consistent(self) -> Catalog:
        if self.bookings.notice_hours != self.policies.notice_hours:
            raise ValueError(
                "bookings.notice_hours and policies.notice_hours differ: a reply would state one "
                "notice and availability would apply the other"
            )
        keys = [p.key for p in self.proteins]
        if len(set(keys)) != len(keys):
            raise ValueError("protein keys must be unique")
        seen: dict[str, str] = {}
        items: list[Protein | AddOn] = [*self.proteins, *self.add_ons]
        for item in items:
            for alias in (item.key, *item.aliases):
                owner = seen.setdefault(alias.lower(), item.key)
                if owner != item.key:
                    raise ValueError(f"alias {alias!r} names both {owner} and {item.key}")
        for amb in self.ambiguous:
            unknown = [k for k in (*amb.options, amb.assume) if k not in keys]
            if unknown or amb.assume not in amb.options:
                raise ValueError(f"ambiguous word {amb.word!r} refers to unknown proteins {unknown}")
        return self

    def __hash__(self) -> int:
        # The reading's caches are keyed by the catalog, about ten look-ups a draft, and
        # pydantic's frozen hash walks every nested model each time (28 us): hashed once.
        return self._fields_hash

    @functools.cached_property
    def _fields_hash(self) -> int:
        return hash(tuple(self.__dict__[name] for name in type(self).model_fields))

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False
                   ) -> Catalog:
        """A copy (pydantic's); one with fields replaced hashes them anew."""
        copied = super().model_copy(update=update, deep=deep)
        copied.__dict__.pop("_fields_hash", None)
        return copied

    def protein(self, key: str) -> Protein:
        """The protein with this key (KeyError if none)."""
        for protein in self.proteins:
            if protein.key == key:
                return protein
        raise KeyError(key)

    def money_facts(self) -> frozenset[Decimal]:
        """Every amount the catalog itself publishes, which a reply may quote directly."""
        amounts = {
            self.guests.adult_price,
            self.guests.child_price,
            self.guests.extra_portion_price,
            self.minimum.food_total,
            self.travel.per_mile,
            self.policies.deposit,
        }
        amounts.update(p.upgrade for p in self.proteins if p.premium)
        amounts.update(a.price for a in self.add_ons)
        return frozenset(amounts)


def load_catalog(path: Path) -> Catalog:
    """Read and validate a catalog file; raise `CatalogError` naming the file and field."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogError(file=path, field="(file)", reason=exc.strerror or str(exc)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(file=path, field="(syntax)", reason=str(exc)) from exc
    try:
        return Catalog.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(root)"
        raise CatalogError(file=path, field=field, reason=first["msg"]) from exc
