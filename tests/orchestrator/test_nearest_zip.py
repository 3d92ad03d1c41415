"""The travel tool's answer to a shared map point: the ZIP (from the place's address when it has
one, else the nearest street-delivery ZIP centroid), and the sentence asking to confirm it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestrator.tools.travel import (
    NearestZip,
    confirm_zip_question,
    location_note,
    nearest_zip,
    zip_for_location,
)


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [
        (38.5804, -121.4922, NearestZip("95814", "Sacramento, CA", Decimal("0.0"))),  # centroid
        (38.5891, -121.3027, NearestZip("95670", "Rancho Cordova, CA", Decimal("1.9"))),
        (38.4088411, -121.3716178, NearestZip("95624", "Elk Grove, CA", Decimal("1.2"))),
    ],
)
def test_nearest_zip_centroid(lat: float, lon: float, expected: NearestZip) -> None:
    assert nearest_zip(lat, lon) == expected


@pytest.mark.parametrize(("lat", "lon"), [(37.0, -130.0), (48.85, 2.35), (float("nan"), 0.0),
                                          (0.0, float("inf"))])
def test_no_zip_for_a_point_at_sea_abroad_or_unreadable(lat: float, lon: float) -> None:
    assert nearest_zip(lat, lon) is None


def test_a_named_place_uses_the_zip_in_its_address() -> None:
    # Blue Oaks Town Center: the nearest centroid is 95678, but the place is in 95747.
    assert nearest_zip(38.7521235, -121.2880059) == NearestZip("95678", "Roseville, CA",
                                                               Decimal("0.6"))
    assert zip_for_location(38.7521235, -121.2880059,
                            "1501 Blue Oaks Blvd, Roseville, CA 95747") == NearestZip(
        "95747", "Roseville, CA", Decimal("2.9"))
    # An address with an unknown ZIP falls back to the centroid.
    fallback = zip_for_location(38.5804, -121.4922, "1 Main St, 00000")
    assert fallback == nearest_zip(38.5804, -121.4922)


def test_the_sentences_name_the_zip_and_ask_to_confirm() -> None:
    found = NearestZip("95747", "Roseville, CA", Decimal("2.9"))
    assert location_note(found) == ("(The customer shared a map location; its ZIP code is "
                                    "probably 95747, Roseville, CA. They have not confirmed the "
                                    "ZIP.)")
    assert confirm_zip_question(found) == ("I used ZIP 95747 (Roseville, CA) for the location "
                                           "you shared. Can you confirm the event's ZIP code?")
