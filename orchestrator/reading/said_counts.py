"""The safety net for the guest counts read: the numbers the customer wrote for guests, checked
against the counts the reading settled on, whichever reader took them.

- A hedge beside the number that became a count ("grad party for about 30", "we'll be roughly
  40", "24 give or take", "~15") makes the count rough, wherever it sits and whether or not a
  guest word follows: the draft asks how many exactly. A hedge beside another number ("about 30
  min away", "around 6pm", "for about 3 hours", "our 30th") says nothing about the count.
- A count written before a guest word ("5 of us grownups", "12 people") that is larger than what
  the reading priced for that kind of guest (adults for an adult word, everyone for another: a
  kid of 13 is priced as an adult) means some of the guests were lost on the way
  ("5 grownups" read as 3): asked, never priced. A smaller one is a part of the group ("2 adults
  want lobster") and passes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.literal_gates import gated
from orchestrator.reading.alternation import alternation
from orchestrator.reading.guest_record import Guests
from orchestrator.reading.reason_swappers import swappers_counted_at
from orchestrator.reading.reasons import said_beyond
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TEEN_WORDS, TODDLER_WORDS

_HEDGE_BEFORE = (
    r"(?<!what )(?<!how )(?<!'d )(?<!would )(?<!we )(?<!i )(?<!you )(?<!they )"
    r"\b(?:about|around|approx\.?|approximately|roughly|~|like|maybe|probably|prob|possibly|"
    r"estimated|est\.?|i think|i guess|guessing|unos|unas|como|aprox\.?|aproximadamente|"
    r"alrededor de|cerca de|mas o menos)\s*"
)
# What a number is when it is no count of guests: a time, a length of time, a distance, an
# age, money, a share.
_NOT_GUESTS = (
    r"(?!\d|[:.,/%$]\d|\s*(?::|%|\$|am\b|pm\b|a\.m|p\.m|o'?clock|mins?\b|minutes?|hours?|hrs?\b|"
    r"days?\b|weeks?|months?|years?|yrs?\b|yo\b|y/o|miles?|mi\b|kms?\b|blocks?|dollars?|bucks|"
    r"k\b|th\b|st\b|nd\b|rd\b|percent|lbs?\b|pounds?|ft\b|feet|degrees?|minute|hour))"
)
_BEFORE = re.compile(rf"{_HEDGE_BEFORE}(\d{{1,4}}){_NOT_GUESTS}")
_GUEST_WORD = alternation((*ADULT_WORDS, *KID_WORDS, *TEEN_WORDS, *TODDLER_WORDS, *PEOPLE_WORDS))
_AFTER = gated(re.compile(
    rf"(?<![$\d,.:/])\b(\d{{1,4}})(?:\s*(?:{_GUEST_WORD}|of us|total))?\s*,?\s*"
    r"(?:or so|give or take|-?ish|more or less|\+/-|\+-|roughly|approx\.?|approximately|"
    r"mas o menos|o asi|o algo asi)(?![a-z])"
))  # fmt: skip
_OF_US = r"(?:of\s+us[ \t]*(?:\([ \t]*)?(?:all[ \t]+)?)?"  # "5 of us grownups", "5 of us (all adults)"
# Adult words count adults; kid words may count teens too ("16 kids (13-15)": priced as adults)
# and people words everyone, so both are held against the guests in all.
_BANDS = (
    ("adults", alternation((*ADULT_WORDS, *TEEN_WORDS))),
    ("guests", alternation((*KID_WORDS, *TODDLER_WORDS, *PEOPLE_WORDS))),
)


def rough_counts(text: str, counts: set[int]) -> list[tuple[str, str]]:
    """A (field, reason) check for each hedge in normalized `text` beside a number that is one of
    the guest `counts` read (adults, kids, the total)."""
    checks = []
    for m in (*_BEFORE.finditer(text), *_AFTER.finditer(text)):
        if int(m.group(1)) in counts:
            checks.append(("guests", f"a rough guest count ('{m.group(0).strip()}'): how many exactly?"))
    return checks


# a swap for some of everyone ("except 4 people want tofu instead of shrimp", "all but 3 guests
# would like"): the count names part of the party, no party of its own
_EXCEPT_BEFORE = re.compile(r"\b(?:except(?:\s+for)?|all\s+but)\s+\Z")
_WANT = re.compile(
    r"\s+(?:who\s+|that\s+)?(?:would\s+|'d\s+)?(?:rather|prefer|want|wants|would like|like)\b"
)


def counts_lost(
    text: str, *, adults: int, kids: int, parts: Sequence[tuple[int, int]] = ()
) -> list[tuple[str, str]]:
    """A (field, reason) check for each count written before a guest word in normalized `text`
    ("5 of us grownups") that is larger than the `adults` (for an adult word) or the guests in all
    (`adults` and `kids`, for any other) the reading priced. A count inside `parts` (guests told
    by a diet or an allergy: "FYI 1 guest has a peanut allergy") is some of the party, not lost."""
    priced = {"adults": adults, "guests": adults + kids}
    checks = []
    for band, words in _BANDS:
        pattern = rf"(?<![$\d,.:/-])\b(\d{{1,4}})[ \t]*{_OF_US}(?:{words})\b"
        for m in re.finditer(pattern, text):
            some = _EXCEPT_BEFORE.search(text, 0, m.start()) and _WANT.match(text, m.end())
            if not priced[band] and some:
                continue  # "chicken and shrimp for everyone, except 4 people want tofu": some of
                # the guests the conversation counts (a message counting none asks the headcount)
            if any(s <= m.start() < e for s, e in parts) or swappers_counted_at(text, m.start()):
                continue  # "one guest has a peanut allergy" in a later message: of the order's
            if int(m.group(1)) > priced[band]:
                checks.append(("guests", said_beyond(m.group(0), int(m.group(1)), priced[band], band)))
    return checks


def said_count_checks(
    text: str, guests: Guests, parts: Sequence[tuple[int, int]] = ()
) -> list[tuple[str, str]]:
    """Both nets over normalized `text` (the text the guest reader read) for its `guests`;
    `parts`: the spans of guests told by a diet or an allergy (`groups.harmless_subsets`)."""
    adults, children, toddlers = guests.adults or 0, guests.children or 0, guests.toddlers or 0
    kids = children + toddlers
    counts = {n for n in (adults, children, toddlers, kids, adults + kids, adults + children,
                          guests.total) if n}  # fmt: skip
    return rough_counts(text, counts) + counts_lost(text, adults=adults, kids=kids, parts=parts)
