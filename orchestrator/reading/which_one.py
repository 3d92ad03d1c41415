"""A protein pointed at as "the one": "the filet one", "steak, the new york one". The "one" is no
guest count, and a steak named then pointed at ("STEAK THE NEW YORK ONE", "steak... the filet
one") is settled by the kind pointed at. Takes lower-case text before number words are digits."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

# The steaks a customer points at, with the word the catalog reads for each
_STEAKS = {"new york strip": "ny strip", "new york": "ny strip", "ny strip": "ny strip",
           "ny": "ny strip", "strip": "ny strip", "filet mignon": "filet mignon",
           "filet": "filet", "fillet": "filet"}  # fmt: skip
_STEAK = "|".join(re.escape(k) for k in sorted(_STEAKS, key=len, reverse=True))
_OTHERS = r"salmon|chicken|shrimp|lobster(?: tail)?|scallops?|tofu|veggies?|steak"
# "steak the new york one", "steak, the filet kind", "steak.. the new york one": "steak" then which
# steak, nothing between but a comma, colon, dash or trailing dots
_STEAK_THEN = re.compile(
    rf"\bsteaks?\s*(?:[,:(-]|\.{{2,}})?\s*"
    rf"(?:the\s+({_STEAK})(?:\s+(?:one|kind|cut|steak))?|({_STEAK})\s+(?:one|kind|cut))\b"
)
# "the filet one", "the salmon one": the protein, no count
_THE_ONE = re.compile(rf"\b(the|that)\s+({_STEAK}|{_OTHERS})\s+one\b(?!\s*(?:of\b|and a half|\d))")


# "a big one - 17 people", "since it's a big one.": "one" after an article and a word is a pronoun
# (the party), never a count, so no range "1 - 17" with the count the dash joins it to ("a little
# one" is a child, "a plus one" a guest; "steak (the filet one)" a steak pointed at)
_PRONOUN_ONE = gated(re.compile(
    r"\b((?:an?|the|this|that)\s+(?!(?:little|lil|young|small|tiny|baby|newborn|new|plus|extra|single|"
    r"filet|fillet|strip|ny|salmon|chicken|shrimp|lobster|scallops?|tofu)\b)[a-z]+\s+)"
    r"one\b(?=\s*-\s*\d|\s*(?:[.!?,;)]|\n|$))"
))  # fmt: skip


# "for the second one we went back and forth...": "one" after an ordinal or "other" is the choice
# pointed at, never a count ("the other one of us" and "the second one 8" are left, as "the other
# one is 7", a kid of a list of ages); a count of guests who want something after it is theirs
# ("for the 2nd one 12 want lobster and 10 want shrimp": the second protein, round q82j)
_ORDINAL_ONE = gated(re.compile(
    r"\bthe\s+(first|second|third|other|last|1st|2nd|3rd)\s+one\b"
    r"(?!\s*(?:of\b|is\s+\d|\d(?!\d{0,2}\s+(?:want|wants|would\s+like|prefer|prefers)\b)))"
))  # fmt: skip

# "our middle one just had a birthday", "my oldest one turned 13": a kid pointed at by their place
# among the kids, never a count ("the oldest one is 13", "the younger one is actually 6 now",
# "my oldest one turned 13": an age told, for the readers of ages, are left)
_PLACED_ONE = gated(re.compile(
    r"\b((?:our|my|the|his|her|their)\s+(?:middle|oldest|youngest|eldest|older|younger)\s+)one\b"
    r"(?!\s*(?:of\b|\d|'s\b|(?:is|was|will|(?:just\s+)?turn(?:ed|s|ing)?)\b))"
))  # fmt: skip

# "do we need one?", "should we rent one", "or do you bring one": "one" the object of getting a
# thing (a grill, a table), the clause ending with it, never a count (round q84i, set 180's fr053:
# a question about the grill two turns back left "1" unplaced); "we need one more" and "can each
# kid get one" (one of what was ordered) are left as they are
_THING_ONE = gated(re.compile(
    r"\b((?:we|i|you|u)\s+(?:(?:will|would|'ll|do|should|have to|need to|gotta|gonna)\s+)?"
    r"(?:need|rent|buy|borrow|bring|get|provide|set up)\s+)one\b"
    r"(?=\s*(?:[.!?,;)]|\n|$|(?:ready|ourselves|for the chef|"
    r"or (?:do|does|should|is|are|can|will|not))\b))"
))  # fmt: skip

# "the premium sake service yeah that one": a yes pointing back at what was just named, no count
_YES_THAT_ONE = re.compile(r"\b((?:yeah|yes|yep|yup|ya|yea)\s*,?\s+that\s+)one\b(?!\s*(?:of\b|\d))")

# "the sake thing the premium sake service yeah that one": a thing named loosely, then by its name
# and a yes to that (a voice keyboard's run-on); the loose name is dropped for the exact one
# and the yes after it ("can you do the premium sake service, our zip is ...")
_LOOSE_THEN_NAMED = re.compile(
    r"\b(?:the|that)\s+[a-z]+\s+thing\s*,?\s+(the(?:\s+[a-z]+){1,3}?)\s*,?\s+"
    r"(?:yeah|yes|yep|yup|ya|yea)\s*,?\s+that\s+one\b"
)


def named_ones(text: str) -> str:
    """The text with a protein pointed at as "the one" written as the protein itself, and "one"
    said of a thing before a dash and a count ("a big one - 17 people"), after an ordinal ("the
    second one"), of a kid by their place ("our middle one") or as the thing got ("do we need
    one?") as no number."""
    text = _PRONOUN_ONE.sub(r"\1thing", text)
    text = _THING_ONE.sub(r"\1it", text)  # "do we need it?": a pronoun, as "one" is
    text = _ORDINAL_ONE.sub(r"the \1 thing", text)
    text = _PLACED_ONE.sub(r"\1thing", text)
    if "that one" in text:  # speed: a rare phrase
        text = _YES_THAT_ONE.sub(r"\1thing", _LOOSE_THEN_NAMED.sub(r"\1,", text))
    text = _STEAK_THEN.sub(lambda m: _STEAKS[m.group(1) or m.group(2)], text)
    return _THE_ONE.sub(lambda m: f"{m.group(1)} {_STEAKS.get(m.group(2), m.group(2))}", text)
