"""A protein "for all N" where the message counts its guests nowhere else ("ny strip for all 14,
upgrade 4 of those to filet + shrimp for every1"), or two proteins "for N" ("chicken and filet
for 10."): N is the party, read as "for N ppl"."""

from __future__ import annotations

import re

from orchestrator.reading.guests import ADULT, KID, PEOPLE, TEEN, TODDLER
from orchestrator.reading.party_place import PARTY_PLACE

# "for all 14," after a protein, the count ending its clause ("for all 14 of us" is read already);
# a place naming the party may close it ("for all 15 on our grant team,": the team is the 15)
_FOR_ALL = re.compile(rf"\bfor all (\d{{1,3}})(?={PARTY_PLACE}?\s*(?:[,.;!+\n]|$))")
_GUEST_COUNT = re.compile(rf"\b\d{{1,4}}\s+(?:more\s+)?(?:{PEOPLE}|{ADULT}|{KID}|{TEEN}|{TODDLER})\b")


def all_as_people(text: str, food_word: re.Pattern[str]) -> str:
    """The (normalized) `text` with its one "<protein> for all N" written "for N ppl" (same
    length, so every span holds) when no other count of guests stands in it; else unchanged."""
    found = list(_FOR_ALL.finditer(text))
    if len(found) != 1 or _GUEST_COUNT.search(text):
        return _pair_for_n(text, food_word)
    m = found[0]
    foods = [f for f in food_word.finditer(text, 0, m.start()) if not text[f.end() : m.start()].strip()]
    if not foods:
        return text
    said = f"for {m.group(1)} ppl"
    return text[: m.start()] + said + text[m.end() :]


# "for 10." ending its clause: the one "for N" of the message
_FOR_N = re.compile(r"\bfor (\d{1,3})(?=\s*(?:[,.;!\n]|$))")
_JOINED = re.compile(r"\s*(?:and|&|\+|n|,)\s*")
# "chicken and filet for 10, the rest shrimp": the 10 are some of a party counted before
_OTHERS = re.compile(r"\b(?:the rest|rest of|others?|everyone else|everybody else|remaining)\b")


def _pair_for_n(text: str, food_word: re.Pattern[str]) -> str:
    """ "chicken and filet for 10.": two proteins joined, then "for N" ending the clause, the
    message's only "for" a number and no guest counted elsewhere, is the party: "N ppl" (same
    length). One protein "for 10" stays its portions (the party may be larger)."""
    found = list(re.finditer(r"\bfor \d", text))
    m = _FOR_N.search(text)
    if m is None or len(found) != 1 or _GUEST_COUNT.search(text) or _OTHERS.search(text):
        return text
    foods = list(food_word.finditer(text, 0, m.start()))
    if len(foods) < 2 or text[foods[-1].end() : m.start()].strip():
        return text
    if not _JOINED.fullmatch(text[foods[-2].end() : foods[-1].start()]):
        return text
    return text[: m.start()] + f"{m.group(1)} ppl" + text[m.end() :]
