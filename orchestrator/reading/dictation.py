"""A message dictated to a voice keyboard, written as typed: the punctuation said aloud ("ok period
can we change the lobster to um scallops period") as its mark, and the fillers ("um", "uh") left
out, so a reading runs through them as it runs through a typed message. Each function takes
lower-case text."""

from __future__ import annotations

import re

# "period" said for a stop; not a span of time ("a notice period", "the period of", "time period")
_PERIOD = re.compile(
    r"[^\S\n]*\b(?:period|full stop)\b(?!\s+(?:of|for|is|was|ends?|before|after)\b)"
)
_SPAN_OF_TIME = re.compile(
    r"\b(?:a|the|that|this|notice|time|grace|waiting|trial|cancellation|refund|booking|holding)"
    r"[^\S\n]*\Z"
)


def _stop(match: re.Match[str]) -> str:
    """A stop for "period", unless the word before makes it a span of time ("a notice period")."""
    before = match.string[max(0, match.start() - 20) : match.start()]
    return match.group(0) if _SPAN_OF_TIME.search(before) else "."


_MARKS = (
    (re.compile(r"[^\S\n]*\bcomma\b"), ","),
    (re.compile(r"[^\S\n]*\bquestion mark\b"), "?"),
    (re.compile(r"[^\S\n]*\bexclamation (?:point|mark)\b"), "!"),
    (re.compile(r"[^\S\n]*\bnew (?:line|paragraph)\b[^\S\n]*"), "\n"),
)
# "um", "uh" as the speaker's pause; kept before the words of a change of mind ("chicken um no
# shrimp", "16 uh no 60"): `changes` and `rough` read the filler there as the correction's opening;
# and after a number ("at 6 30 uh ny strip"), where the number would join the word after it
_FILLER = re.compile(
    r"(?<![\w'])(?<!\d )(?:u+m+|u+h+|uhm|erm)\b"
    r"(?![^\S\n]*,?[^\S\n]*(?:no|nope|nah|wait|never ?mind|nvm|i mean|actually|sorry|exactly|make)\b)"
    r"[^\S\n]*,?[^\S\n]*"
)

# "they are 14 12 10 and 7 um chicken and salmon": a filler right after a list of numbers closed by
# "and" is the pause that ends the list (ages, counts), said where a typist puts a stop; left
# as the filler above leaves it, the last number would join the food word after it ("7 chicken")
_LIST_PAUSE = re.compile(
    r"(\b\d{1,2}(?:[^\S\n]*,?[^\S\n]+\d{1,2})*,?[^\S\n]+(?:and|&)[^\S\n]+\d{1,2})"
    r"[^\S\n]*,?[^\S\n]*(?:u+m+|u+h+|uhm|erm)\b"
    r"(?![^\S\n]*,?[^\S\n]*(?:no|nope|nah|wait|never ?mind|nvm|i mean|actually|sorry|exactly|make)\b)"
    r"[^\S\n]*,?[^\S\n]*"
)

# "um there 10 7 and 3", "my 2 nephews are coming there 9 and 4": "they're" as a voice keyboard
# (or a hurried typist) writes it, before a list of ages closed by "and": "there" or "their"
# stands before no bare list of numbers but as "they're" ("there are 10 adults", "their 2 kids",
# "there 10 adults and 3 kids" keep theirs: a guest word after a number)
_NUMBERS_CLOSED = r"\d{1,2}(?:[^\S\n]*,?[^\S\n]+\d{1,2})*,?[^\S\n]+(?:and|&)[^\S\n]+\d{1,2}\b"
_THEYRE = re.compile(
    rf"(?<![\w'])(?:there|their)(?=[^\S\n]+{_NUMBERS_CLOSED}(?![^\S\n]*(?:[a-z]+[^\S\n]+)?"
    r"(?:adults?|kids?|children|people|guests?|ppl|of|more|years?|yrs?|yo|y/o|months?|mos?)\b))"
)
# "they're 9 and 4 same food": a list of ages closed by "and", then "same ..." with no stop, as
# dictated; the stop a typist puts there, so the last age does not join the words after it
_AGES_THEN_SAME = re.compile(
    rf"(\b(?:they'?re|they are|ages?|aged)[^\S\n]+{_NUMBERS_CLOSED})(?=[^\S\n]+same\b)"
)

# "the 4 year old I mean the 8 year old can't come anymore": a kid named by age, corrected at once
# to another ("I mean", "no wait", "sorry"): the one meant is the second, the first said by slip
_AGED = r"the[^\S\n]+\d{1,2}[- ]?(?:years?|yrs?|yo)?[- ]?old\b"
_AGED_CORRECTED = re.compile(
    rf"\b{_AGED}[^\S\n]*,?[^\S\n]*(?:i mean|no wait|no sorry|sorry|wait)[^\S\n]*,?[^\S\n]*"
    rf"({_AGED})"
)


def dictated(text: str) -> str:
    """`text` with the punctuation said aloud as its mark ("filet and shrimp period 95747":
    "filet and shrimp. 95747") and the fillers "um", "uh" taken out; "there" before a list of ages
    as "they're", the list closed by a stop before "same food"; "the 4 year old I mean the 8 year
    old" as the one meant."""
    if "period" in text or "full stop" in text:
        text = _PERIOD.sub(_stop, text)
    for pattern, mark in _MARKS:
        text = pattern.sub(mark, text)
    if "u" in text or "er" in text:
        text = _FILLER.sub("", _LIST_PAUSE.sub(r"\1. ", text))
    if "the" in text:
        text = _THEYRE.sub("they're", _AGED_CORRECTED.sub(r"\1", text))
    return _AGES_THEN_SAME.sub(r"\1.", text) if " same" in text else text
