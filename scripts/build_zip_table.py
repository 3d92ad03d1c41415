"""Write orchestrator/zips.tsv.gz from the `zipcodes` package (the pinned version).

`zipcodes` keeps its whole table (every field of 42,789 ZIPs) in its Rust extension from the
first look-up on: about 37 MB resident and 0.26 s of CPU in every process that drafts. The
gateway reads eight fields of it, so they are kept here, one line a ZIP, in the package's
order; `orchestrator.zip_table` reads them. Run again after upgrading `zipcodes`
(tests/orchestrator/test_zip_table.py compares the file with the package row by row).

    python scripts/build_zip_table.py
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import zipcodes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from orchestrator.zip_table import FIELDS, NAMES_SEPARATOR, TABLE  # noqa: E402


def _value(value: object) -> str:
    """A field as the file holds it: a list of names (`acceptable_cities`) joined by "|"."""
    if isinstance(value, list):
        if any(NAMES_SEPARATOR in str(v) for v in value):
            raise SystemExit(f"a {NAMES_SEPARATOR!r} in a name: the format cannot hold it")
        return NAMES_SEPARATOR.join(str(v) for v in value)
    return str(value)


def line(row: dict[str, object]) -> str:
    values = [_value(row[name]) for name in FIELDS]
    if any("\t" in v or "\n" in v for v in values):
        raise SystemExit(f"a tab or newline in ZIP {row['zip_code']}: the format cannot hold it")
    return "\t".join(values)


def main() -> None:
    text = "\n".join(line(row) for row in zipcodes.list_all()) + "\n"
    # mtime=0: the same table gives the same bytes.
    TABLE.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{TABLE.relative_to(ROOT)}: {text.count(chr(10))} ZIPs, {TABLE.stat().st_size} bytes")


if __name__ == "__main__":
    main()
