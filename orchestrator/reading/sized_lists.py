"""Grown-ups named one by one, then how many they are in brackets right after ("grandparents (2),
us + my brother and his wife (4), and the grandkids: 9, 7, 4 and 1", "my parents (2), me + my
husband and my sister (3)"): the writer's own count of the people just named. Each such list is
read as its count of grown-ups ("4 grown-ups"), so its names are not counted again.

Only a list of two items or more, or a pair, that opens a sentence or follows a comma (the
nearest such opening that adds up), each of whose items is one grown person, a pair ("my
parents"), "us" (the writer and a partner: two) or a count of grown-ups, and whose items add up
to the bracket's number exactly. A list that does not add up ("me + my brother (3)": who is the
third?), or holds an item not read (a kid, a name, "the girls"), stays to the other readers and
the net, which ask; so does every list of a message that also counts the party or its grown-ups
(the lists may be its parts). Takes lower-case normalized text; keeps its length."""

from __future__ import annotations

import re

from orchestrator.reading.listed_parts import PAIR, SEP, grown_count

# the size in brackets, and where the words before it may open a list: a sentence's stop, a
# colon, an emoji's blanks, or a comma
_SIZE = re.compile(r"\(\s*(?P<n>\d{1,2})\s*\)")
_HARD = re.compile(r"[.!?\n:;()]|\s{3}")
_ITEMS = re.compile(r"[a-z0-9][a-z0-9' +&,-]*")
# a count of the whole party or of its grown-ups said anywhere else ("5 adults: my parents (2),
# me + my husband and my sister (3)", "... so 9 adults total"): the lists may be its parts, or
# more; the other readers and the net read them
_PARTY_COUNT = re.compile(
    r"\b\d{1,3}\s*(?:adults?|grown|people|ppl|guests|pax|persons|total|of us|in all)\b"
    r"|\b(?:party of|we'?re|we are|headcount|total)\s*:?\s*\d"
)
# the join a list after another opens with ("..., plus my brother + his gf (2)"): kept before it
_JOINER = re.compile(r"\s*(?:(?:and|plus|&|\+)\s+)?")
# a count of kin who may be young ("my 2 sisters", "3 cousins"): no grown-ups by their word
_KIN_COUNT = re.compile(
    r"\d.*\b(?:sisters|brothers|siblings|cousins|nieces|nephews|sons|daughters|girls|boys)\b"
)
# "us", "we", "the two of us": the writer and a partner
_US = re.compile(r"(?:us|we|both of us|the two of us|us two|us 2)")


def _item_count(item: str) -> int | None:
    """How many grown-ups one item of a sized list is, or None when it is not read."""
    if _US.fullmatch(item):
        return 2
    if _KIN_COUNT.search(item):
        return None
    return grown_count(item, None)


def _list_size(items: str) -> int | None:
    """The grown-ups the items of a list name, added up; None when any item is not read, or
    when one person alone is the list ("my sister (3)" is her age)."""
    cuts = [0, *(i for s in SEP.finditer(items) for i in s.span()), len(items)]
    parts = [items[a:b].strip() for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    if any(not p for p in parts) or (len(parts) == 1 and not PAIR.fullmatch(parts[0])):
        return None
    total = 0
    for part in parts:
        value = _item_count(part)
        if value is None:
            return None
        total += value
    return total


def _sized(text: str, size: re.Match[str]) -> int | None:
    """Where the list sized by the bracket `size` opens in `text`: the nearest opening whose
    items all read and add up to the bracket's number; None when no opening does."""
    said = int(size.group("n"))
    hard = [m.end() for m in _HARD.finditer(text, 0, size.start())]
    floor = hard[-1] if hard else 0
    openings = [floor, *(floor + i + 1 for i, c in enumerate(text[floor : size.start()]) if c == ",")]
    for opening in sorted(openings, reverse=True):
        start = _JOINER.match(text, opening).end()  # type: ignore[union-attr]
        items = text[start : size.start()].strip()
        if not _ITEMS.fullmatch(items):
            continue
        if _list_size(items) == said:
            return size.start() - len(text[start : size.start()].lstrip())
    return None


def sized_lists(text: str) -> str:
    """`text` with each list of grown-ups whose bracketed size follows it and agrees with it
    written as that many grown-ups ("us + my brother and his wife (4)" is "4 grown-ups"); a list
    after another one is more of them ("my parents (2), me + my husband and my sister (3)" is "2
    grown-ups, 3 more grown-ups": other people named, never a correction of the first)."""
    if "(" not in text:
        return text
    if _PARTY_COUNT.search(text):
        return text
    found = [(start, size) for size in _SIZE.finditer(text) if (start := _sized(text, size)) is not None]
    for i in range(len(found) - 1, -1, -1):
        start, size = found[i]
        more = "more " if i and not _HARD.search(text, found[i - 1][1].end(), start) else ""
        said = f"{size.group('n')} {more}grown-ups"
        text = text[:start] + said.ljust(size.end() - start) + text[size.end() :]
    return text
