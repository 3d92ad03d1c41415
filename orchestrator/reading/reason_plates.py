"""Some guests counted, why they eat otherwise, then their plate for them: "24 adults. 6 of them
don't eat beef so chicken and shrimp for those 6, the other 18 chicken and ny strip" (round q85g,
blind 184 fv036). The reason explains the plate; the words are those of "6 of them want chicken
and shrimp", which the readers place (the count beside its choice), so they are written so (same
length, the rest blanked).

Only when the plate is a whole one (as many proteins as the included portions, joined by "and",
"&" or "+"), every one a catalog protein, none of the kind the reason rules out ("don't eat beef"
beside ny strip is no reason for it), and "for those N" repeats the count when it says one; a
single protein for them ("tofu for them": both portions, or one?) is left to the readers, and so
is a diet ("4 of them are vegetarian so tofu & veggies for those 4, rest chicken"): the meatless
readers count those guests, whom "the rest" leaves out."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.meats_out import kind_keys

_PLATE = re.compile(
    r"\b(?P<who>(?P<n>\d{1,2})\s+of\s+(?:them|us|the\s+[a-z]+|our\s+[a-z]+))\s+"
    r"(?P<why>(?:don'?t|dont|do not|can'?t|cant|cannot|won'?t)\s+eat\s+(?:any\s+)?"
    r"(?P<kind>beef|red meat|meat|pork|sea\s?food|shellfish|fish|poultry))"
    r"\s*,?\s+so\s+(?P<plate>[a-z ]+?(?:\s*(?:,|and|&|\+)\s*[a-z ]+?)+)"
    r"\s+for\s+(?:them|those(?:\s+(?P<again>\d{1,2}))?|the\s+(?P<again2>\d{1,2})\s+of\s+them)\b"
)


def _keys(plate: str, catalog: Catalog) -> list[str] | None:
    """The catalog keys of the proteins of `plate` ("chicken and shrimp"), None when any item is
    no protein."""
    names = {alias: p.key for p in catalog.proteins for alias in (p.key, *p.aliases)}
    items = [i.strip() for i in re.split(r",|\band\b|&|\+", plate) if i.strip()]
    keys = [names.get(i) for i in items]
    return None if None in keys else [k for k in keys if k]


def reason_plates(text: str, catalog: Catalog) -> str:
    """Normalized `text` with each counted few's reason and plate written as their choice."""
    if " so " not in text or " of " not in text:
        return text  # speed
    chars = list(text)
    for m in _PLATE.finditer(text):
        keys = _keys(m["plate"], catalog)
        again = m["again"] or m["again2"]
        ruled_out = kind_keys(m["kind"])
        if keys is None or len(set(keys)) != catalog.guests.included_portions or (
            again is not None and again != m["n"]
        ) or ruled_out & set(keys):
            continue
        said = f"{m['who']} want {m['plate']}"
        chars[m.start() : m.end()] = said.ljust(m.end() - m.start())
    return "".join(chars)
