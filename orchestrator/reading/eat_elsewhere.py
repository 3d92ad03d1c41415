"""Guests said to eat apart from the catering ("what if the kids ate separately?", "the kids will
eat at home", "the kids won't be eating"): whether they drop out of the order, or only eat
something else, a careful person asks; the count is never read as it was."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

_WHO = r"(?:the\s+|our\s+|my\s+)?(kids|children|little ones|toddlers|teens)"
_ELSEWHERE = gated(re.compile(
    _WHO + r"\s+(?:will\s+|would\s+|can\s+|could\s+|should\s+|are\s+going\s+to\s+|r\s+gonna\s+)?"
    r"(?:ate|eat|eats|eating|have|had|get|got)\s+(?:their\s+)?(?:food\s+|dinner\s+|meals?\s+)?"
    r"(?:separately|elsewhere|somewhere else|on their own|at home|beforehand|before|something else|"
    r"their own (?:food|thing|dinner|meal))\b"
    r"|" + _WHO + r"\s+(?:won'?t|will not|don'?t|do not|wouldn'?t|aren'?t|are not)\s+(?:be\s+)?"
    # "the kids won't eat salmon" is a choice of food: only eating at all is meant here
    r"(?:(?:eat|eating)(?=\s*(?:[.,;!?\n]|$|with us\b|here\b|at the (?:party|event|dinner)\b|"
    # ("won't eat anything but chicken" is their one choice: round q86f)
    r"anything\b(?!\s+(?:but|except|besides|other\s+than)\b)|at all\b))|catered|need food|"
    r"need to be fed)\b"
))  # fmt: skip


def eat_elsewhere_checks(text: str) -> list[tuple[str, str]]:
    """Checks for the guests normalized `text` says eat apart from the catering."""
    return [("guests", f"the {m.group(1) or m.group(2)} said to eat apart: out of the order?")
            for m in _ELSEWHERE.finditer(text)]  # fmt: skip
