"""The checks raised for things asked for that the menu lacks (`requested`): one per thing, none
that an earlier check already quotes. Split from `requested` by size."""

from __future__ import annotations

import re

from orchestrator.reading.checks import Covered
from orchestrator.reading.chef_asked import chef_asked_unknowns
from orchestrator.reading.reasons import not_understood, quoted
from orchestrator.reading.requested import requested_unknowns


def requested_checks(
    text: str,
    explained: Covered,
    known: tuple[re.Pattern[str], ...],
    raised: list[tuple[str, str]],
) -> list[tuple[str, str]]:
    """A check for each thing asked for beside an order (a message with a `known` word), and for
    each thing asked of the chef with or without one, that no check `raised` already quotes."""
    checks: list[tuple[str, str]] = []
    if any(k.search(text) for k in known):
        checks += [("message", not_understood(thing, "a thing asked for"))
                   for thing, _ in requested_unknowns(text, explained, known)
                   if not any(quoted(why).startswith(thing) for _, why in raised)]  # fmt: skip
    raised_here = raised + checks
    return checks + [("message", not_understood(thing, "asked of the chef, not on the menu"))
                     for thing, _ in chef_asked_unknowns(text, explained, known)
                     if not any(quoted(why).startswith(thing) for _, why in raised_here)]  # fmt: skip
