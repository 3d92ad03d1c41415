"""A protein to be changed with nothing to change it to: "change the chicken please", "can we
switch the filet?", Spanish "cambien el pollo por favor" (written "change the pollo"). Read as
it was, the order's proteins were replaced by the one named, a confident total of an order nobody
asked for (round q84b). With another catalog word in the message ("change the chicken to
shrimp", "switch the filet for lobster") the swap readers place it; alone it is asked."""

from __future__ import annotations

import re

from orchestrator.reading.reasons import not_understood

_CHANGE = re.compile(
    r"\b(?:change|switch|replace|substitute|sub\s+out|swap\s+out)\s+(?:out\s+)?"
    r"(?:(?:all\s+)?(?:the|our|my)\s+)?(?=[a-z])"
)


def bare_changes(text: str, catalog_word: re.Pattern[str]) -> list[tuple[str, str]]:
    """A check for each protein of normalized `text` said to be changed when no other catalog
    word (`catalog_word`: the proteins' and add-ons' words) is named anywhere in it."""
    if not any(verb in text for verb in ("change", "switch", "replace", "substitute", "sub ", "swap")):
        return []  # speed
    checks: list[tuple[str, str]] = []
    for m in _CHANGE.finditer(text):
        named = catalog_word.match(text, m.end())
        if named is None:
            continue
        others = [w for w in catalog_word.finditer(text) if w.span() != named.span()]
        if not others:
            checks.append(("proteins", not_understood(f"{m.group(0)}{named.group(0)}".strip(),
                                                      "a change with nothing to change it to")))
    return checks
