"""A thing refused, then the order said whole with "just"/"only" ("no paneer, just chicken and
vegetables", "no biryani lol, only chicken and salmon", "paneer nahi chahiye, just chicken and
veg"): the refused thing is no word of the catalog, so the negation takes nothing out of the order
the words after it give; a catalog word or a guest word refused ("no shrimp, just ...", "no kids,
just ...") is the other readers' to place, and stays asked when they do not."""

from __future__ import annotations

import re

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


def refused_off_order(
    text: str, start: int, end: int, catalog_word: re.Pattern[str], guest: re.Pattern[str]
) -> bool:
    """The negation at `start`-`end` of normalized `text` refuses a thing off the catalog right
    before the order said whole with "just"/"only" (a catalog word right after it)."""
    word = text[start:end]
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
