"""A place named again by the words an earlier message gave it with its ZIP: "our house is 95827",
then "we might do it at my in laws in 95670 instead", then "ok nvm we're keeping it at our house":
the later message is written with that place's ZIP after its name ("at our house 95827"), so the
readers take the party's place as if the ZIP were said. Only a place the customer's earlier
messages tied to one ZIP is written out; a name tied to none, or to two, is left as written
(asked as before)."""

from __future__ import annotations

import re
from collections.abc import Sequence

# "our house", "my place", "my in laws", "my parents' place": a place named by whose it is
_PLACE = (
    r"(?:our|my)\s+(?:(?:new|own)\s+)?(?:house|place|home|apartment|apt|condo|backyard|"
    r"in[- ]?laws'?(?:\s+(?:house|place))?|parents'?(?:\s+(?:house|place))?)"
)
# the place, then its ZIP close after it in the same sentence ("our house is 95827", "my in laws
# in 95670", "our place (95827)")
_TIED = re.compile(rf"\b({_PLACE})\b[^.!?\n\d]{{0,20}}?\b(9\d{{4}})\b")
# the place the party is held at, in the later message ("keeping it at our house", "back to our
# place", "do it at my in laws")
_AT = re.compile(rf"\b(?:at|to)\s+({_PLACE})\b(?![^.!?\n\d]{{0,20}}?\b\d{{5}}\b)")
_ZIP = re.compile(r"\b\d{5}\b")


def _key(place: str) -> str:
    """The place's words compared: spaces and hyphens alike ("my in laws", "my in-laws")."""
    return re.sub(r"[\s'-]+", " ", place.lower()).strip()


def places_named_again(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first) with each customer message that names a place an
    earlier customer message tied to one ZIP, and says no ZIP itself, written with that ZIP."""
    out: list[tuple[str, str]] = []
    tied: dict[str, set[str]] = {}
    for role, text in turns:
        lower = text.lower()
        if role == "customer" and tied and not _ZIP.search(lower) and len(lower) == len(text):
            for m in reversed(list(_AT.finditer(lower))):
                zips = tied.get(_key(m.group(1)), set())
                if len(zips) == 1:
                    text = f"{text[: m.end(1)]} {next(iter(zips))}{text[m.end(1) :]}"
        if role == "customer":
            for m in _TIED.finditer(lower):
                tied.setdefault(_key(m.group(1)), set()).add(m.group(2))
        out.append((role, text))
    return out
