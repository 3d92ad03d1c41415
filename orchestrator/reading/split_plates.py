"""Two counted groups of grown-ups, each then given its own two proteins ("golf league dinner: 10
guys and 10 wives. The guys want ny strip and shrimp, the wives want chicken and salmon"): each
protein is as many portions as its group counts, and the party is the two groups' sum. The words
are written that way ("20 adults. 10 ny strip and 10 shrimp, 10 chicken and 10 salmon") for the
readers.

Only when it is sure: the two groups are one of men and one of women by their words (a group named
again by a word of its kind: "guys" then "men", "wives" then "ladies"), both counted right beside
each other and nothing counted after them ("9 guys and 7 wives and 4 kids" is left), and the
choices name each group once, two items each, one clause right after the other. An item that is
no protein ("the guys want beer and wings") is then a number the order does not place: the
coverage net asks. One protein a group, a group with no count ("10 guys and their wives"), or a
third group: left as written (asked)."""

from __future__ import annotations

import re

from orchestrator.reading.split_pairs import counted_pairs

_MEN = ("guys", "men", "husbands", "dudes", "fellas", "gentlemen", "hubbies")
_WOMEN = ("wives", "ladies", "women", "gals", "wifes")
_GROUP = "|".join((*_MEN, *_WOMEN))
_JOIN = r"\s*(?:,\s*(?:and\s+)?|&|\+|\band\b|\bplus\b)\s*"
# "10 guys and 10 wives", "9 guys & 7 wives": the two counts, no third count after them
_COUNTS = re.compile(
    rf"\b(\d{{1,3}})\s+({_GROUP})\b{_JOIN}(\d{{1,3}})\s+({_GROUP})\b(?!{_JOIN}\d)"
)
_ITEM = r"[a-z]+(?:\s+[a-z]+)?\b"
_WANT = (
    r"(?:all\s+)?(?:want|wants|would like|would love|will have|will get|get|are getting|prefer"
    r"|are doing|will do|like)"
)
# "the guys want ny strip and shrimp": a group named again, its two items
_CHOICE = (
    rf"\bthe\s+({_GROUP})\s+{_WANT}\s+(?:the\s+)?({_ITEM})\s*(?:\band\b|&|\+|\bn\b)\s*(?:the\s+)?({_ITEM})"
    r"(?=\s*(?:[,.;!?\n]|$|and\b|but\b|while\b|\d{5}\b))"
)
# two choices, one clause right after the other
_CHOICES = re.compile(rf"{_CHOICE}\s*(?:[,.;]\s*)?(?:(?:and|but|while)\s+)?{_CHOICE}")


def _kind(word: str) -> str:
    """Whether a group word names men or women."""
    return "men" if word in _MEN else "women"


def split_plates(text: str) -> str:
    """Normalized `text` with two counted groups of men and women, each given two proteins, written
    as the adults' sum and each protein's count; else unchanged."""
    if "the " not in text:
        return text  # speed: the choices name the groups again with "the"
    counts = _COUNTS.search(text)
    if not counts or _kind(counts.group(2)) == _kind(counts.group(4)):
        return text
    choices = [m for m in _CHOICES.finditer(text, counts.end())]
    if len(choices) != 1 or _COUNTS.search(text, counts.end()):
        return text  # a second pair of choices or of counts: not sure which is which
    choice = choices[0]
    size = {_kind(counts.group(2)): counts.group(1), _kind(counts.group(4)): counts.group(3)}
    first, second = _kind(choice.group(1)), _kind(choice.group(4))
    if first == second:
        return text
    plates = counted_pairs(
        (size[first], choice.group(2), choice.group(3)), (size[second], choice.group(5), choice.group(6))
    )
    adults = int(counts.group(1)) + int(counts.group(3))
    return (
        text[: counts.start()] + f"{adults} adults" + text[counts.end() : choice.start()]
        + plates + text[choice.end() :]
    )  # fmt: skip
