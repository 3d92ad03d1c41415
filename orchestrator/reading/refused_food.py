"""Food off the catalog refused: the negation takes nothing out of the order. The one reader of
such refusals; the thing refused is off the catalog when it is

- a dish of the list (`orchestrator.dishes`) right after the negation ("no turkey this year",
  "skip the cake", "no paneer, just chicken and vegetables") or right before a "not"/"nahi" said
  after it ("Paneer nahi chahiye", "biryani not needed lol"), whatever follows; or
- any other thing, neither a catalog word nor a guest word, refused right before the order said
  whole with "just"/"only" ("no mayo, just chicken", "no biryani lol, only chicken and salmon",
  "paneer nahi chahiye, just chicken and veg"): the words after it give the whole order.

A catalog word or a guest word refused ("no shrimp, just ...", "no kids, just ...") is the other
readers' to place, and stays asked when they do not."""

from __future__ import annotations

import re

from orchestrator.dishes import dish_before, dish_follows

_H = r"[^\S\n]"
_FILLER = rf"(?:{_H}+(?:lol|haha+|lmao|pls|please|thanks|yaar))?"
# "no| paneer, just ": the refused thing right after the negation, then the whole order
_AFTER = re.compile(
    rf"{_H}+(?P<item>[a-z][a-z'-]+(?:{_H}+[a-z][a-z'-]+)?){_FILLER}{_H}*[,;.!-]*{_H}*"
    rf"(?:just|only){_H}+(?:the{_H}+)?"
)
# "paneer |nahi| chahiye, just ": Hindi puts the refusal after the thing
_BEFORE = re.compile(rf"(?:^|[\s,.!?;])(?P<item>[a-z][a-z'-]+){_H}+\Z")
_NAHI_TAIL = re.compile(
    rf"(?:{_H}+chahiye)?{_FILLER}{_H}*[,;.!-]*{_H}*(?:just|only|bas){_H}+(?:the{_H}+)?"
)
_NOT_THINGS = re.compile(r"\b(?:wait|more|need|problem|worries|thanks|thank|way|sorry|it|that|one)\b")


def refuses_off_catalog(
    text: str, start: int, end: int, catalog_word: re.Pattern[str], guest: re.Pattern[str]
) -> bool:
    """The negation at `start`-`end` of normalized `text` refuses food off the catalog (the
    module docstring): a dish of the list beside it, or a thing no catalog or guest word right
    before the order said whole with "just"/"only" (a catalog word right after it)."""
    word = text[start:end]
    if dish_follows(text, end):
        return True  # "no turkey this year", "skip the cake"
    if word in ("not", "nahi", "nahin") and dish_before(text, start):
        return True  # "Paneer nahi chahiye", "biryani not needed": the dish before its refusal
    if word == "no":
        m = _AFTER.match(text, end)
        item, after = (m.group("item"), m.end()) if m else ("", 0)
    elif word in ("nahi", "nahin"):
        b = _BEFORE.search(text, max(0, start - 30), start)
        t = _NAHI_TAIL.match(text, end)
        item, after = (b.group("item"), t.end()) if b and t else ("", 0)
    else:
        return False
    if not item or catalog_word.search(item) or guest.search(item) or _NOT_THINGS.search(item):
        return False
    return bool(catalog_word.match(text, after))
