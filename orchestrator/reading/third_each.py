"""A third portion for everyone, said as an ordinal: "a third one each as an extra is fine", "a
third protein for everyone", "add a 3rd portion each". The readers know it as a count each ("3 proteins
each"), which the order then holds against the proteins named: three named, three each (the extra
one priced); two named, "3 proteins each, but 2 named" is asked. "add shrimp as the third" after
"3 proteins each" names the third portion. "a third of us", "a third want
lobster" (a share of the group) are no portion word and keep their own reading. And "1 each per
person" after a list ("chicken, lobster and scallops, 1 each per person") is "1 of each per
person": one portion can be "each" of several proteins only as one of every one. "3 proteins
instead of 2" is the same count each: the 2 included, and a third on top."""

from __future__ import annotations

import re

_THIRD_EACH = re.compile(
    r"\b(?:a|the)\s+(?:third|3rd)\s+(?:one|1|portion|protein|serving|plate)\s+"
    r"(?:each|per (?:person|guest|head)|for (?:everyone|everybody|every guest|each guest|all))\b"
)


# "3 proteins each? add shrimp as the third": the protein added is the third portion of the count
# each just said, no share of the group; dropped once the text says "3 proteins each"
_AS_THIRD = re.compile(
    r"\s+as\s+(?:the|our|a)\s+(?:third|3rd)(?:\s+(?:one|1|protein|portion|option|choice))?\b"
)


# "could everyone have 3 proteins instead of 2?": the count each, against the 2 included
_THREE_NOT_TWO = re.compile(r"\b3\s+(?:proteins|portions|meats)\s+instead\s+of\s+(?:the\s+)?2\b")


# "..., 1 each per person", "1 each a guest": one of every protein named, per guest
_ONE_EACH = re.compile(r"(?<=[a-z]),?\s+1\s+each\s+(?=(?:per|a|for\s+every)\s+(?:person|guest|head)\b)")


def third_each(text: str) -> str:
    """`text` with "a third one each" written "3 proteins each" and "add shrimp as the third" after
    it (or before it, in the conversation) written "add shrimp", and "1 each per person" written
    "1 of each per person", and "3 proteins instead of 2" written "3 proteins each" (lower case,
    number words as digits)."""
    if "1 each" in text:
        text = _ONE_EACH.sub(", 1 of each ", text)
    if "instead of" in text:
        text = _THREE_NOT_TWO.sub("3 proteins each", text)
    if "third" not in text and "3rd" not in text:
        return text
    text = _THIRD_EACH.sub("3 proteins each", text)
    # "Add shrimp as the third" answering "Which protein would you like as the third?" after "3
    # proteins each?" earlier: the third portion of the count each the conversation holds (the
    # conversation holds it against the proteins; without it the protein added is asked about)
    return _AS_THIRD.sub("", text)
