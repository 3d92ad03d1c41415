"""A third portion for everyone, said as an ordinal: "a third one each as an extra is fine", "a
third protein for everyone", "add a 3rd portion each". The readers know it as a count each ("3 proteins
each"), which the order then holds against the proteins named: three named, three each (the extra
one priced); two named, "3 proteins each, but 2 named" is asked. "a third of us", "a third want
lobster" (a share of the group) are no portion word and keep their own reading."""

from __future__ import annotations

import re

_THIRD_EACH = re.compile(
    r"\b(?:a|the)\s+(?:third|3rd)\s+(?:one|1|portion|protein|serving|plate)\s+"
    r"(?:each|per (?:person|guest|head)|for (?:everyone|everybody|every guest|each guest|all))\b"
)


def third_each(text: str) -> str:
    """`text` with "a third one each" written "3 proteins each" (lower case, number words as digits)."""
    if "third" not in text and "3rd" not in text:
        return text
    return _THIRD_EACH.sub("3 proteins each", text)
