"""The ZIP table the gateway reads is the `zipcodes` package's, row by row, and answers as the
package did for the look-ups the readers and the travel fee make."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import zipcodes

from orchestrator import zip_table

ROOT = Path(__file__).resolve().parents[2]


def _projection(row: dict[str, object]) -> tuple[object, ...]:
    # a list of names (`acceptable_cities`) is read back as a tuple
    return tuple(tuple(v) if isinstance(v := row[name], list) else v for name in zip_table.FIELDS)


def test_every_row_is_the_packages() -> None:
    assert [tuple(row) for row in zip_table.rows()] == [_projection(r) for r in zipcodes.list_all()]


def test_a_look_up_finds_the_packages_row() -> None:
    for code in ("95630", "95762", "00501", "99950", "95630-1234", " 95814 "):
        row = zip_table.matching(code)
        assert row is not None
        assert tuple(row) == _projection(zipcodes.matching(code)[0])
    assert zip_table.matching("95630").city == "Folsom"  # type: ignore[union-attr]


def test_unknown_and_malformed_codes_find_nothing() -> None:
    # "00000" is well formed and unknown; the rest are not ZIP codes. A prefix never matches.
    for code in ("00000", "9563", "956", "abcde", "", "95630x", "95630-12", "9563\t"):
        assert zip_table.matching(code) is None, code


def test_a_states_rows_are_the_packages() -> None:
    assert [tuple(r) for r in zip_table.in_state("CA")] == \
        [_projection(r) for r in zipcodes.filter_by(state="CA")]


def test_a_quote_loads_no_zipcodes_table() -> None:
    """The travel fee and the reading's state and cities come from the small file; the
    package's table (about 37 MB) is never loaded in a gateway process."""
    probe = ("import sys\n"
             "from orchestrator.catalog import BUNDLED_CATALOG, load_catalog\n"
             "from orchestrator.tools.travel import ZipCentroidDistance, travel_fee, nearest_zip\n"
             "from orchestrator.zip_table import catalog_state\n"
             "from orchestrator.reading.places import city_without_zip\n"
             "catalog = load_catalog(BUNDLED_CATALOG)\n"
             "fee = travel_fee(catalog, ZipCentroidDistance.from_catalog(catalog), '95762')\n"
             "print(fee.status, fee.place, catalog_state(catalog),\n"
             "      city_without_zip('a party in folsom', 'CA'), nearest_zip(38.6780, -121.1761).zip_code,\n"
             "      'zipcodes' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True).stdout.split()
    assert out == ["calculated", "El", "Dorado", "Hills,", "CA", "CA", "folsom", "95630", "False"]
