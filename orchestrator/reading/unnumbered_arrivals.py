"""People said to be coming whose number the words do not give ("also my cousins are coming", "my
friends from work are coming too", "the neighbors are joining us"). In a first message the
coverage check asks about such a group beside the count; in a follow-up that counts no one (often
beside another change, "no sake thx, also my cousins are coming") nothing else would, and the
order would be re-quoted without them. A careful person asks how many, and how old."""

from __future__ import annotations

import re

# Groups of no said number; pairs ("my parents", "my in-laws") and one person are the arrivals'
# reader's (`arrivals`), a count before the word ("my 2 cousins") is no group of this kind
_GROUP = (
    r"(?:cousins|nieces|nephews|grandkids|grandchildren|kids|children|friends|buddies|neighbou?rs|"
    r"coworkers|co-workers|colleagues|relatives|siblings|brothers|sisters|aunts|uncles|family|"
    r"guys|girls)"
)
_COMING = re.compile(
    rf"\b(?:(?:my|our|his|her|their|the|some of (?:my|our|the))\s+)(?:[a-z']+\s+)?{_GROUP}"
    r"(?:\s+(?:from|at)\s+(?:work|church|school|the office|the team|[a-z]+))?"
    r"\s+(?:(?:are|r|will be|can|could|also|now|might|may)\s+)*(?:be\s+)?"
    r"(?:coming|joining|come|join|make it|tagging along)\b"
)


def unnumbered_arrivals(text: str) -> list[tuple[str, str]]:
    """A check for each group said to be coming with no number in normalized `text`, a message
    that counts no one (a number anywhere, "my nieces can come, they're 7 and 9", "3 of my
    coworkers r coming", is left to the readers of counts and ages, which ask when unsure)."""
    if any(c.isdigit() for c in text):
        return []
    checks = []
    for m in _COMING.finditer(text):
        said = m.group(0).split(" are ")[0].split(" will ")[0].strip()
        checks.append(("guests", f"'{said}' coming: how many, and how old?"))
    return checks
