"""Counts a grown-ups' game night and its plus-ones say are adults:

- the players of a card or casino game ("poker night, 8 players", "bunco group: 12 players"):
  who plays poker, bunco or mahjong for a night is a grown-up, so "8 players" there are "8 adult
  players" (players of a sport may be kids: without such a game word they stay, and are asked);
- the plus-ones joined after a count ("8 players and 8 plus-ones", "10 guys + 10 plus ones"): a
  plus-one is the date a guest brings, a grown-up, so they are "8 adult guests".

Only with no word of kids, teens or toddlers in the text. Takes lower-case text with number words
written as digits."""

from __future__ import annotations

import re

_GAME = re.compile(
    r"\b(?:poker|bunco|bunko|mahjong|mah jong|mah-jong|blackjack|casino night|hold 'em|holdem|"
    r"texas hold)\b"
)
_PLAYERS = re.compile(r"\b(\d{1,3}) players\b")
_PLUS_ONES = re.compile(
    r"(\band|\bplus|&|\+|,)\s*(\d{1,3})\s+(?:plus[- ]?ones|plus[- ]?1s|\+1s|\+1's)(?![\w-])"
)
_COUNT_BEFORE = re.compile(r"\b\d{1,3}\s+[a-z]+(?:\s+[a-z]+)?\s*\Z")
# a word of kids, teens or toddlers (the words of `words.py`, which imports this module's caller)
_YOUNG = re.compile(
    r"\b(?:kids?|kiddos?|child|children|little ones|littles|boys|girls|teens?|teenagers?|"
    r"toddlers?|bab(?:y|ies)|infants?|sons?|daughters?|grandkids|yrs?|years? old|yo)\b"
)


def grown_games(text: str) -> str:
    """`text` with a card game's players written "N adult players" and the plus-ones joined
    after a count written "N adult guests"."""
    if ("players" not in text and "plus" not in text and "+1" not in text) or _YOUNG.search(text):
        return text
    if "players" in text and _GAME.search(text):
        text = _PLAYERS.sub(r"\1 adult players", text)
    return _PLUS_ONES.sub(
        lambda m: f"{m.group(1)} {m.group(2)} adult guests"
        if _COUNT_BEFORE.search(text, 0, m.start()) else m.group(0),
        text,
    )
