"""Some guests counted or named, a food they cannot eat, then one protein instead of another for
them: "4 of them cant eat shellfish so chicken instead of shrimp for those 4, rest same" (round
q86f), "3 of them cant do red meat, chicken instead of the steak for those 3", "my parents don't
eat shellfish so chicken instead of shrimp for those 2" (round q86p). The reason explains the swap;
the words are those of "4 of them want chicken instead of shrimp", which the readers apply to the
few (`some_guests`), so they are written so (same length, the rest blanked). Read before, the
count was left unplaced and the swap made for everyone.

Only when the protein given up is of the kind they cannot eat and the new one is not ("don't eat
beef, so shrimp instead of chicken" is no reason for it), and "for those N" repeats the count
when it says one."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.diet_named import WHO, count_of
from orchestrator.reading.meats_out import kind_keys

_INSTEAD = re.compile(
    rf"\b(?P<who>{WHO})\s+"
    r"(?:don'?t|dont|do\s+not|doesn'?t|doesnt|does\s+not|can'?t|cant|cannot|won'?t)\s+"
    r"(?:eat|do|have)\s+(?:any\s+)?(?P<kind>beef|red\s+meat|meat|pork|sea\s?food|shellfish|fish|poultry)"
    r"\s*[,.;-]?\s*(?:so\s+)?(?:(?:can|could)\s+(?:they|we\s+do|you\s+do)\s+(?:have|get|do)\s+)?"
    r"(?P<new>[a-z]+(?:\s[a-z]+)?)\s+instead\s+of\s+(?:the\s+)?(?P<old>[a-z]+(?:\s[a-z]+)?)"
    r"\s+for\s+(?:them|those(?:\s+(?P<again>\d{1,2}|two))?)\b"
)  # fmt: skip

_STEAK = frozenset({"ny_strip", "filet_mignon"})


def _key(word: str, catalog: Catalog) -> frozenset[str]:
    """The catalog keys `word` may name ("steak": either cut), empty when it is no protein."""
    if word in ("steak", "steaks"):
        return _STEAK
    names = {alias: p.key for p in catalog.proteins for alias in (p.key, p.name.lower(), *p.aliases)}
    return frozenset({names[word]}) if word in names else frozenset()


def few_instead(text: str, catalog: Catalog) -> str:
    """Normalized `text` with each few's reason and swap written as "N of them want X instead of
    Y"."""
    if "instead of" not in text:
        return text  # speed
    chars = list(text)
    for m in _INSTEAD.finditer(text):
        count = count_of(m)
        again = m["again"]
        if again is not None and (2 if again == "two" else int(again)) != count:
            continue
        old, new = _key(m["old"], catalog), _key(m["new"], catalog)
        ruled_out = kind_keys(re.sub(r"\s+", " ", m["kind"]))
        if not old or not new or not old <= ruled_out or new & ruled_out:
            continue
        said = f"{count} of them want {m['new']} instead of {m['old']}"
        if len(said) <= m.end() - m.start():
            chars[m.start() : m.end()] = said.ljust(m.end() - m.start())
    return "".join(chars)
