"""US ZIP codes: centroid, city, other names of its place, state, type. The `zipcodes`
package's rows (same values), eight of its fields, read from a small file (`zips.tsv.gz` beside
this module, written by scripts/build_zip_table.py) instead of the package's full table, which
holds about 37 MB in every process from its first look-up."""

from __future__ import annotations

import functools
import gzip
import re
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from orchestrator.catalog import Catalog

TABLE = Path(__file__).resolve().parent / "zips.tsv.gz"
FIELDS = (
    "zip_code", "zip_code_type", "active", "city", "acceptable_cities", "state", "lat", "long"
)
# The other names a ZIP's place goes by, one field ("Cameron Park|Latrobe|Shingle Spgs" for 95682)
NAMES_SEPARATOR = "|"
# As the package reads a ZIP: five digits, optionally "-" and four more (ZIP+4).
_ZIP = re.compile(r"\s*(\d{5})(?:-\d{4})?\s*")
_LINE_START = re.compile(r"\n([0-9]{5})\t")


class ZipRow(NamedTuple):
    """One ZIP code's row; `lat` and `long` as the package gives them (decimal strings)."""

    zip_code: str
    zip_code_type: str  # STANDARD, PO BOX, UNIQUE, MILITARY
    active: bool
    city: str
    # the other names of the ZIP's place ("Cameron Park", "Latrobe" for Shingle Springs' 95682):
    # towns a customer names that the post office files under the ZIP's city
    acceptable_cities: tuple[str, ...]
    state: str
    lat: str
    long: str


@functools.cache
def _text() -> str:
    """The whole table as one string (about 2 MB), each line preceded by a newline."""
    return "\n" + gzip.decompress(TABLE.read_bytes()).decode("utf-8")


@functools.cache
def _starts() -> array[int]:
    """Where each ZIP's line starts in `_text()` (the newline before it), by the ZIP as a number;
    -1 for none. Built once (about 0.1 s on the loaded machine, 400 kB): a `find` over the whole
    table took up to 9 ms a look-up, the most of a reading that checks a ZIP."""
    starts = array("i", [-1]) * 100_000
    for line in _LINE_START.finditer(_text()):
        if starts[int(line.group(1))] < 0:  # the first line of a ZIP, as `find` gave
            starts[int(line.group(1))] = line.start()
    return starts


def _row(line: str) -> ZipRow:
    zip_code, kind, active, city, names, state, lat, long = line.split("\t")
    others = tuple(names.split(NAMES_SEPARATOR)) if names else ()
    return ZipRow(zip_code, kind, active == "True", city, others, state, lat, long)


def matching(zip_code: str) -> ZipRow | None:
    """The row of a ZIP code ("95630" or "95630-1234"); None when it is not a ZIP code or not
    a known one."""
    found = _ZIP.fullmatch(zip_code)
    if found is None or not found.group(1).isascii():  # "\d" takes other scripts' digits too
        return None
    text = _text()
    start = _starts()[int(found.group(1))]
    if start < 0:
        return None
    return _row(text[start + 1:text.index("\n", start + 1)])


@functools.lru_cache(maxsize=64)
def state_of(zip_code: str) -> str:
    """The state of a ZIP code ("CA" when it is not a known one); cached, since every reading of
    a message asks it of the chef's base ZIP."""
    row = matching(zip_code)
    return row.state if row is not None else "CA"


def rows() -> Iterator[ZipRow]:
    """Every row, in the package's order."""
    return (_row(line) for line in _text()[1:].splitlines())


def in_state(state: str) -> list[ZipRow]:
    """The rows of one state ("CA")."""
    return [row for row in rows() if row.state == state]


def catalog_state(catalog: Catalog) -> str:
    """The state of the chef's base ZIP (where customers name their cities)."""
    return state_of(catalog.travel.base_zip)
