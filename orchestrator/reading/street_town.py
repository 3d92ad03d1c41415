"""The town written after a street address when the message gives no ZIP ("party at 4410 oak
hollow ln, smallville. 12 adults"): a place the travel fee depends on, which the reader asks the
ZIP of whether or not the ZIP table knows the town's name."""

from __future__ import annotations

import re

from orchestrator.reading.places import STREET_ADDRESS

# One to three words of letters after the street and its comma, closed by a stop, a comma, the
# state or the line's end ("13605 greenhorn rd, grass valley.", "88 elm st, smallville ca"); not
# a count or a dish after it ("4410 oak st, 15 adults": digits; "4410 oak st, chicken and steak
# for 12": words going on)
_TOWN_AFTER_STREET = re.compile(
    rf"{STREET_ADDRESS}\s*,\s*([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+){{0,2}})"
    r"(?=\s*(?:[,.!?;\n]|\Z)|\s+(?:ca|calif|california)\b)"
)
# Words after a street that are no town ("4410 oak st, apt b", "88 elm st, the blue house")
_NO_TOWN = re.compile(r"(?:apt|apartment|unit|suite|ste|the|our|my|upstairs|downstairs|gate)\b")


def town_after_street(text: str) -> str | None:
    """The town named after a street address in normalized `text`; None when there is none."""
    for m in _TOWN_AFTER_STREET.finditer(text):
        if not _NO_TOWN.match(m.group(1)):
            return m.group(1)
    return None
