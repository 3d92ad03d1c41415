"""Travel fee: road miles from the chef's base ZIP, the first miles free, then a rate per mile.

Distance is behind `DistanceService` so a routing service can replace the default estimate
(great-circle distance between ZIP centroids times a road factor), which needs no network.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, Protocol

from pydantic import BaseModel

from orchestrator import zip_table
from orchestrator.catalog import Catalog
from orchestrator.tools.args import TravelFeeArgs
from orchestrator.tools.money import cents, tenths


@dataclass(frozen=True, slots=True)
class Distance:
    """Road miles to a destination (rounded to 0.1) and its place name when known."""

    miles: Decimal
    place: str | None = None


class DistanceService(Protocol):
    """Road distance between two ZIP codes; None when either ZIP is unknown."""

    def road_miles(self, *, origin_zip: str, destination_zip: str) -> Distance | None: ...


@functools.lru_cache(maxsize=4096)
def _centroid(zip_code: str) -> tuple[float, float, str] | None:
    row = zip_table.matching(zip_code)
    if row is None:
        return None
    return float(row.lat), float(row.long), f"{row.city.title()}, {row.state}"


class ZipCentroidDistance:
    """Haversine distance between ZIP centroids (the `zipcodes` package) times a road factor."""

    def __init__(self, *, road_factor: Decimal, earth_radius_miles: Decimal) -> None:
        self.road_factor = road_factor
        self.earth_radius_miles = earth_radius_miles

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> ZipCentroidDistance:
        """The default service configured by the catalog's travel section."""
        return cls(
            road_factor=catalog.travel.road_factor, earth_radius_miles=catalog.travel.earth_radius_miles
        )

    def road_miles(self, *, origin_zip: str, destination_zip: str) -> Distance | None:
        origin, destination = _centroid(origin_zip), _centroid(destination_zip)
        if origin is None or destination is None:
            return None
        lat1, lon1, lat2, lon2 = map(
            math.radians, (origin[0], origin[1], destination[0], destination[1])
        )
        h = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        great_circle = 2 * float(self.earth_radius_miles) * math.asin(math.sqrt(h))
        # str() of the float keeps the shortest repr, so rounding to 0.1 happens on the value a
        # person would see, not on binary noise.
        miles = tenths(Decimal(str(great_circle)) * self.road_factor)
        return Distance(miles=miles, place=destination[2])


class TravelFee(BaseModel):
    """The travel part of a quote. `fee` and `miles` are None when the ZIP is unknown or missing."""

    status: Literal["calculated", "to_be_confirmed"]
    zip_code: str | None
    place: str | None
    base_zip: str
    miles: Decimal | None
    free_miles: Decimal
    per_mile: Decimal
    billable_miles: Decimal | None
    fee: Decimal | None
    note: str


def travel_fee(catalog: Catalog, distance: DistanceService, zip_code: str | None) -> TravelFee:
    """Travel fee to `zip_code`, or a to-be-confirmed result that invents nothing."""
    travel = catalog.travel
    zip5 = zip_code[:5] if zip_code else None
    found = distance.road_miles(origin_zip=travel.base_zip, destination_zip=zip5) if zip5 else None
    if found is None:
        note = (
            f"ZIP {zip5} was not found; travel fee to be confirmed"
            if zip5
            else "no ZIP code given; travel fee to be confirmed"
        )
        return TravelFee(
            status="to_be_confirmed",
            zip_code=zip5,
            place=None,
            miles=None,
            billable_miles=None,
            fee=None,
            note=note,
            base_zip=travel.base_zip,
            free_miles=travel.free_miles,
            per_mile=travel.per_mile,
        )
    billable = max(Decimal("0.0"), found.miles - travel.free_miles)
    fee = cents(billable * travel.per_mile)
    note = (
        f"{found.miles} miles, within the free {travel.free_miles} miles"
        if fee == 0
        else f"{found.miles} miles: {billable} miles beyond the free {travel.free_miles} "
        f"at ${travel.per_mile}/mile"
    )
    return TravelFee(
        status="calculated",
        zip_code=zip5,
        place=found.place,
        miles=found.miles,
        billable_miles=billable,
        fee=fee,
        note=note,
        base_zip=travel.base_zip,
        free_miles=travel.free_miles,
        per_mile=travel.per_mile,
    )


def calculate_travel_fee(catalog: Catalog, distance: DistanceService, args: TravelFeeArgs) -> TravelFee:
    """Tool: the travel fee from the chef's base to a ZIP code."""
    return travel_fee(catalog, distance, args.zip_code)


# -- a shared map pin instead of a ZIP code (issue 14) ---------------------------------------

EARTH_RADIUS_MILES = 3958.8
# A pin farther than this from every ZIP centroid (at sea, abroad) names no ZIP worth asking.
NEAREST_ZIP_MAX_MILES = 25.0


@dataclass(frozen=True, slots=True)
class NearestZip:
    """The ZIP code whose centroid is closest to a shared point, and how far the point is."""

    zip_code: str
    place: str
    miles: Decimal


@functools.lru_cache(maxsize=1)
def _standard_centroids() -> tuple[tuple[float, float, str, str], ...]:
    # Street-delivery ZIPs only: PO-box and single-building ZIPs have no area to be inside.
    return tuple(
        (float(row.lat), float(row.long), row.zip_code, f"{row.city.title()}, {row.state}")
        for row in zip_table.rows()
        if row.active and row.zip_code_type == "STANDARD" and row.lat and row.long
    )


def _haversine_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, q1, p2, q2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((q2 - q1) / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(math.sqrt(min(1.0, h)))


def nearest_zip(latitude: float, longitude: float) -> NearestZip | None:
    """The ZIP whose centroid (the `zipcodes` package) is closest to the point, or None when
    none is within NEAREST_ZIP_MAX_MILES. A centroid is not a boundary: the customer must
    confirm the ZIP before a travel fee from it is final."""
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return None
    # One degree of latitude is about 69 miles: look only at centroids within the box.
    box = NEAREST_ZIP_MAX_MILES / 69.0 + 0.01
    best: tuple[float, str, str] | None = None
    for lat, lon, zip_code, place in _standard_centroids():
        if abs(lat - latitude) > box:
            continue
        miles = _haversine_miles(latitude, longitude, lat, lon)
        if miles <= NEAREST_ZIP_MAX_MILES and (best is None or miles < best[0]):
            best = (miles, zip_code, place)
    if best is None:
        return None
    return NearestZip(zip_code=best[1], place=best[2], miles=tenths(Decimal(str(best[0]))))


_ADDRESS_ZIP = re.compile(r"\b(\d{5})(?:-\d{4})?\b")


def zip_for_location(latitude: float, longitude: float, address: str | None = None
                     ) -> NearestZip | None:
    """The ZIP for a shared place: the one in the map's address when it has a known one (a
    named venue), else the nearest centroid's. Either way the customer is asked to confirm."""
    match = _ADDRESS_ZIP.search(address or "")
    known = _centroid(match.group(1)) if match else None
    if match and known is not None and math.isfinite(latitude) and math.isfinite(longitude):
        miles = _haversine_miles(latitude, longitude, known[0], known[1])
        return NearestZip(zip_code=match.group(1), place=known[2],
                          miles=tenths(Decimal(str(miles))))
    return nearest_zip(latitude, longitude)


def location_note(found: NearestZip) -> str:
    """What the drafter is told about a shared pin, in place of a ZIP the customer typed."""
    return (f"(The customer shared a map location; its ZIP code is probably {found.zip_code}, "
            f"{found.place}. They have not confirmed the ZIP.)")


def confirm_zip_question(found: NearestZip) -> str:
    """The sentence that asks the customer to confirm a ZIP taken from their shared location."""
    return (f"I used ZIP {found.zip_code} ({found.place}) for the location you shared. Can you "
            "confirm the event's ZIP code?")
