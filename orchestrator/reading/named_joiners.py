"""The people a message names and does not count ("my brother and his wife r coming too"), as the
coverage check finds them: each check it raises with the guests its words name, one for each
person ("my sister", "her husband", the "uncle" of "my aunt and uncle"), two for a pair word ("my
parents"), None when the words do not tell how many ("my cousins"). A follow-up's new total said
with them ("we're 10 now not 8, my brother and his wife r coming too" after 8 adults) counts them
when the count before and they make it (recount.py); the checks stay otherwise."""

from __future__ import annotations

import re
from typing import NamedTuple

Check = tuple[str, str]

# a pair word names two guests
_PAIRS = frozenset({"parents", "grandparents", "in-laws", "inlaws"})
_OWNERS = frozenset({"my", "his", "her", "our", "their"})
# one person said by a possessive and a singular word ("my sister", "her husband", "his gf")
_ONE = re.compile(r"^(?:my|his|her|our|their)\s+[a-z-]+(?<!s)$")
# the second of a pair said after one possessive ("my aunt and uncle", "my grandma and grandpa"):
# a singular relation word alone, one guest
_BARE = frozenset({
    "aunt", "uncle", "grandma", "grandpa", "grandmother", "grandfather", "mom", "dad", "mother",
    "father", "brother", "sister", "husband", "wife", "cousin", "nephew", "niece", "bf", "gf",
    "boyfriend", "girlfriend", "fiance", "fiancee", "brother-in-law", "sister-in-law", "stepdad",
    "stepmom", "son-in-law", "daughter-in-law",
})


class Named(NamedTuple):
    """A check of the coverage net about people named and not counted: the words named ("my
    brother", "the coaches"), the guests they name (None: not told) and whether they are a group
    ("a group not counted") rather than people by relation."""

    check: Check
    words: str
    guests: int | None
    group: bool = False


class Unexplained(NamedTuple):
    """The coverage net's checks, and of them those about people named and not counted."""

    checks: list[Check]
    named: tuple[Named, ...]


def guests_named(said: str) -> int | None:
    """How many guests the words `said` name (None when their number is not told by them)."""
    words = said.split()
    if len(words) == 2 and words[0] in _OWNERS and words[1] in _PAIRS:
        return 2
    return 1 if _ONE.match(said) or said in _BARE else None


# a pair word said as someone's who come ("my parents are coming too", "my parents and my sister
# are flying in"): after the pair, other relations of the list and a verb of coming
_OWNER_BEFORE = re.compile(r"\b(?:my|his|her|our|their)\s+\Z")
_COMES_AFTER = re.compile(
    r"(?:\s*(?:,|&|\+|\band\b|\bn\b)\s*(?:my|his|her|our|their)\s+[a-z-]+){0,3}\s+"
    r"(?:(?:are|r|will|can|also|all|now|be|just|finally)\s+){0,3}"
    r"(?:coming|joining|come|join|fl(?:y|ying|ew)\s+in|driving\s+(?:up|down|in)|make\s+it)\b"
)


def group_named(check: Check, text: str, start: int, end: int, people: list[Named]) -> Named:
    """The check about the group word at `start`:`end` of `text` as people named: a pair word said
    as someone's who come ("my parents are coming too", "our grandparents are joining us") names
    two guests, or none more when the relation check of the same words names them already ("my
    parents and my sister are coming too"); any other group word is a group not told how many."""
    word = text[start:end]
    owner = _OWNER_BEFORE.search(text, max(0, start - 8), start)
    if word in _PAIRS and owner and _COMES_AFTER.match(text, end):
        said = text[owner.start() : end]
        return Named(check, said, 0 if any(n.words == said for n in people) else 2)
    return Named(check, word.strip(), None, group=True)
