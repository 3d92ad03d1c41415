"""The party before less one guest named by a first name: "Same crew as last time minus Dave (he
moved to Reno)", "same group minus priya this time", "same people but without tony". The words
before it say the group is the earlier one ("same crew", "same group as before"), so the word
after "minus" is one of its guests: written "1 less person", the form the follow-up readers take
off the count before (an order with kids asks whose place it was, as for "1 less person").

Read only for one bare word ending its clause: "minus Dave and his wife", "minus the kids", "minus
my brother", "minus 2", "minus drinks" are left as written (asked, or read by other readers)."""

from __future__ import annotations

import re

# the group said to be the earlier one, then "minus", "without", "except", "less"
_SAME_LESS = (
    r"\bsame\s+(?:crew|group|people|ppl|guys|gang|party|bunch|folks|team|ladies|girls|squad|"
    r"headcount|guest\s+list|list|guests)"
    r"(?:\s+as\s+(?:last\s+time|before|last\s+year|the\s+last\s+one|last))?\s*,?\s*"
    r"(?:(?:but|just)\s+)?"
)
_LESS = re.compile(
    _SAME_LESS + r"(?:minus|without|except|less|sans)\b"
    # "Same crew as last time, some people less", "same group but a few less ppl" (q85h)
    r"|" + _SAME_LESS + r"(?:(?:some|a\s+few|few|a\s+couple(?:\s+of)?|a\s+couple)\s+"
    r"(?:(?:people|ppl|guests|folks|of\s+us|peeps)\s+)?(?:less|fewer)|(?:less|fewer)\s+"
    r"(?:people|ppl|guests|folks|peeps))\b"
)
# ... and one word
_NAMED_MINUS = re.compile(
    _SAME_LESS + r"(?P<cut>(?:minus|without|except(?:\s+for)?|less|sans)\s+(?P<who>[a-z]+))"
    # the name ends its clause: a stop, a bracket, the end, or why ("this time", "since ...")
    r"(?=\s*(?:[.,;:!?(\n-]|$|this\s+time\b|since\b|cuz\b|because\b|bc\b|who\b))"
)
# words after "minus" that are no one guest (the guest words of `words`, which reads this module)
_NOT_ONE = frozenset({
    "adults", "adult", "grownups", "parents", "ladies", "guys", "men", "women", "coworkers",
    "employees", "colleagues", "seniors", "grandparents", "dudes", "kids", "children", "child",
    "kiddos", "boys", "girls", "toddlers", "toddler", "babies", "baby", "infants", "people", "guests",
    "guest", "persons", "ppl", "folks", "heads", "peeps", "attendees", "me", "him", "her", "us",
    "them", "you", "one", "two", "three", "some", "few", "couple",
    "couples", "family", "families", "kid", "teens", "twins", "cousins", "friends", "wives",
    "husbands", "partners", "spouses", "plus", "ones", "everyone", "anyone", "others", "rest",
    "drinks", "alcohol", "sake", "dessert", "tax", "tip", "tips", "gratuity", "deposit", "travel",
    "lobster", "shrimp", "salmon", "chicken", "filet", "steak", "scallops", "tofu", "vegetables",
    "veggies", "meat", "seafood", "fish", "rice", "noodles", "fee", "fees", "that", "this", "it",
})  # fmt: skip


def named_minus(text: str) -> str:
    """Normalized `text` with the one guest named after "same crew ... minus" written as "1 less
    person"; else unchanged."""
    if "same" not in text:
        return text  # speed: the group is always said to be the same
    found = [m for m in _NAMED_MINUS.finditer(text) if m.group("who") not in _NOT_ONE]
    if len(found) != 1:
        return text  # none, or two: which is the count?
    m = found[0]
    return f"{text[: m.start('cut')]}1 less person{text[m.end('cut') :]}"


def fewer_unsaid(text: str) -> str | None:
    """The check of lower-cased `text` saying the earlier group less someone `named_minus` did not
    write as a count ("same crew as last time minus the Hendersons": how many?), or None."""
    m = _LESS.search(text)
    if m is None or named_minus(text) != text:
        return None  # none, or one guest by name: read as "1 less person"
    return "the same group less some guests ('" + m.group(0).strip() + "'): how many fewer?"
