"""Business hours from the catalog: open or closed at a given time, the next opening, the
acknowledgement text, and the catalog refusing hours it cannot read."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from orchestrator.catalog import Catalog, CatalogError, load_catalog
from orchestrator.hours import BusinessHours
from tests.orchestrator.conftest import BUNDLED


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def test_bundled_hours(catalog: Catalog) -> None:
    hours = catalog.business_hours
    assert hours is not None and hours.time_zone == "America/Los_Angeles"
    cases = {
        "2030-06-12T09:00:00-07:00": (True, "2030-06-12T09:00:00-07:00"),   # Wednesday opening
        "2030-06-12T18:59:00-07:00": (True, "2030-06-12T18:59:00-07:00"),
        "2030-06-12T19:00:00-07:00": (False, "2030-06-13T09:00:00-07:00"),  # closing time
        "2030-06-15T16:30:00-07:00": (False, "2030-06-17T09:00:00-07:00"),  # Saturday after 16:00
        "2030-06-16T12:00:00-07:00": (False, "2030-06-17T09:00:00-07:00"),  # Sunday closed
        "2030-12-14T11:00:00-08:00": (True, "2030-12-14T11:00:00-08:00"),   # winter time
    }
    for when, (open_, opening) in cases.items():
        assert hours.is_open(at(when)) is open_, when
        assert hours.next_open(at(when)) == at(opening), when


def test_acknowledgement_names_the_next_opening(catalog: Catalog) -> None:
    hours = catalog.business_hours
    assert hours is not None
    assert hours.acknowledgement(at("2030-06-12T22:00:00-07:00")) == (
        "Thanks for your message! Our team is away right now and will answer tomorrow at 9:00 AM.")
    assert hours.describe_opening(at("2030-06-15T20:00:00-07:00")) == "Monday at 9:00 AM"
    assert hours.describe_opening(at("2030-06-12T06:00:00-07:00")) == "today at 9:00 AM"
    assert BusinessHours(monday="09:00-17:00").acknowledgement(at("2030-06-12T22:00:00-07:00")) is None
    assert BusinessHours().next_open(at("2030-06-12T22:00:00-07:00")) is None  # never open


@pytest.mark.parametrize("field, value", [
    ("monday", "9-17"), ("monday", "18:00-09:00"), ("tuesday", "25:00-26:00"),
    ("time_zone", "Mars/Olympus_Mons"), ("out_of_hours_reply", "Closed! Book now, $100.00 deposit."),
])
def test_unreadable_hours_are_refused(field: str, value: str) -> None:
    with pytest.raises(ValidationError):
        BusinessHours(**{field: value})


def test_catalog_names_the_bad_hours(tmp_path: Path) -> None:
    bad = tmp_path / "catalog.toml"
    bad.write_text(BUNDLED.read_text().replace('friday = "09:00-19:00"', 'friday = "all day"'))
    with pytest.raises(CatalogError) as error:
        load_catalog(bad)
    assert error.value.field == "business_hours.friday"
    without = tmp_path / "no-hours.toml"
    without.write_text(BUNDLED.read_text().split("[business_hours]")[0])
    assert load_catalog(without).business_hours is None
