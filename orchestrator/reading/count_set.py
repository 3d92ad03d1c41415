""" "drop the add ons and make it 22 adults": "make it" setting the party's count in a message that
counts no guests before it is no change of mind about the words before it (the add-ons dropped
stay dropped); after a count ("20 adults chicken, actually make it 22 adults") it is one, and the
doubt net asks as before."""

from __future__ import annotations

import re

from orchestrator.reading.alternation import alternation
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TEEN_WORDS, TODDLER_WORDS

_GUEST_WORD = alternation((*ADULT_WORDS, *KID_WORDS, *TEEN_WORDS, *TODDLER_WORDS, *PEOPLE_WORDS))
# "22 adults", "25 people": a count of guests
_COUNT = re.compile(rf"\s+\d{{1,3}}\s+(?:{_GUEST_WORD})\b")


def count_set(text: str, span: tuple[int, int]) -> bool:
    """The words at `span` of normalized `text` are "make it" setting the count of guests, with no
    count of guests before them in the message."""
    if text[span[0] : span[1]] != "make it" or not _COUNT.match(text, span[1]):
        return False
    return not _COUNT.search(" " + text[: span[0]])
