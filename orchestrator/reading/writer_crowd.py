"""The writer and their crowd, counted as "us" right after: "me and the boys for fight night, 12 of
us", "me + the girls, 8 of us". "The boys" and "the girls" are what grown friends call each other;
"N of us" counts the writer and the crowd together, so the words add no one and are hidden from the
guest reader, which reads the "N of us" as N adults. Only when N is five or more, the "of us" is
the one count of people in the message and no other word of kids, teens or toddlers is in it ("me
and the boys, 4 of us" may be a parent and sons; "me and the boys, 6 of us + 2 kids" stays asked).
The night named for the crowd the same way, "hibachi for the boys ⛳ 12 of us" ("of us": the writer
is one of the boys), under the same conditions and with no birthday or graduation said ("bday for
the boys, 12 of us" may be sons' party: asked). Takes the normalized, lower-case text."""

from __future__ import annotations

import re

from orchestrator.reading.words import KID_WORDS, TEEN_WORDS, TODDLER_WORDS

Span = tuple[int, int]

# "me and the boys for fight night, 12 of us": the writer, the crowd, a few words of what the night
# is (no number, no one joined), then the count of all of them
_WRITER_CROWD = re.compile(
    r"\b(?:me|myself)\s*(?:and|&|\+|n|plus|w/|with)\s*(?:the|my)\s+"
    r"(boys|guys|fellas|bros|lads|dudes|girls|ladies|gals|crew|squad|gang)\b"
    r"(?=(?:\s+(?!(?:and|plus|with|w|n|\+|&)\b)[a-z']+){0,4}\s*[,:-]?\s*(?:(?:we'?re|we are|there'?s|"
    r"there are|thats|that'?s)\s+)?(\d{1,3})\s+of\s+us\b(?!\s*(?:\+|plus|and|&|with)\s))"
)
# "hibachi for the boys ⛳ 12 of us", "dinner for the girls 💅 8 of us": the night for the crowd,
# the count of "us" right after (a sign or a comma between); or a few words of when and what the
# night is between ("for the boys this sun, watching the niners game, 13 of us", round q86b), none
# of them joining someone, naming whose people, or a bracket ("for the boys, me and their dad, 6
# of us", "for the boys (my sons), 6 of us" stay asked)
_NIGHT_WORDS = (
    r"(?:[^a-z0-9(]{1,6}(?!(?:and|n|plus|with|w|too|also|me|my|our|their|his|her|your|sons?|"
    r"nephews?|grandsons?|daughters?|nieces?|granddaughters?|dads?|moms?|parents?|family|families|"
    r"kids?|cousins?|friends?|buddies|wives|husbands?|girlfriends?|boyfriends?|plus-?ones?)\b)"
    r"[a-z']+){0,8}"
)
_FOR_CROWD = re.compile(
    r"\bfor\s+the\s+(boys|girls|fellas|lads|ladies|gals)\b(?!')"
    rf"(?={_NIGHT_WORDS}[^a-z0-9(]{{0,6}}?(?:(?:we'?re|we are|thats|that'?s)\s+)?(\d{{1,3}})\s+of\s+us\b"
    r"(?!\s*(?:\+|plus|and|&|with)\s))"
)
# a party whose honorees may be young: "bday for the boys", "grad party for the girls"
_YOUNG_OCCASION = re.compile(r"\b(?:b-?day|birthday|bday|grad|graduation|turning|party)\b")
_ANY_COUNT = re.compile(
    r"\b\d{1,3}\s+(?:[a-z]+\s+)?(?:adults?|people|guests?|ppl|pax|of us|persons|friends|couples?|"
    r"ladies|guys|dudes|kids?|children|teens?)\b"
)
_YOUNG = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in KID_WORDS + TEEN_WORDS + TODDLER_WORDS) + r")\b"
)


def writer_crowd(text: str) -> list[Span]:
    """The span of "me and the boys" (or "for the boys") in normalized `text` when "N of us" right
    after counts the writer and the crowd, the message's one count (blanked before the guest
    reading)."""
    if "of us" not in text or len(_ANY_COUNT.findall(text)) != 1:
        return []
    found = []
    crowds = list(_WRITER_CROWD.finditer(text))
    if not _YOUNG_OCCASION.search(text):
        crowds += _FOR_CROWD.finditer(text)
    for m in crowds:
        young = [y.span() for y in _YOUNG.finditer(text) if y.span() != m.span(1)]
        if int(m.group(2)) >= 5 and not young:
            found.append((m.start(), m.end(1)))
    return found
