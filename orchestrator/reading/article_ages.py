"""Kids' ages told one by one with an article in their bracket: "our 2 little ones (a 2yo and a
newborn)", "2 kids (a 9 year old and a 6 month old)". Each item is one kid of that age (a newborn,
an infant, a baby or so many months old: under 1), written as the bare ages ("(2 and 0)") that
the kids' reader places; a bracket with anything else in it is left as it was."""

from __future__ import annotations

import re

_UNIT = r"(?:\s*(?:-\s*)?(?:yo|y/o|y\.o\.?|years?(?:\s*-?\s*old)?|yrs?(?:\s*-?\s*old)?))"
_MONTHS = r"\d{1,2}\s*(?:-\s*)?(?:months?|mos|mo)(?:\s*-?\s*old)?"
_ITEM = rf"(?:a|an|one)\s+(?:\d{{1,2}}{_UNIT}|{_MONTHS}|newborn|infant|baby)"
_BRACKET = re.compile(rf"\(\s*({_ITEM}(?:\s*(?:,|\band\b|&|\+)\s*{_ITEM})+)\s*\)")
_ONE = re.compile(rf"(?:a|an|one)\s+(?:(\d{{1,2}}){_UNIT}|{_MONTHS}|newborn|infant|baby)")


def article_ages(norm: str) -> str:
    """`norm` with "(a 2yo and a newborn)" written "(2 and 0)"; else unchanged."""
    if "(a" not in norm and "( a" not in norm and "(one" not in norm:
        return norm  # speed
    return _BRACKET.sub(
        lambda m: "(" + _ONE.sub(lambda i: i.group(1) or "0", m.group(1)) + ")", norm
    )
