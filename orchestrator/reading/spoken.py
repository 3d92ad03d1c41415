"""Counts and ZIP codes as a voice-to-text keyboard writes them: words that sound like a number
("we have ate adults", "tree kids", "for kids ages 6 7 9 and 12") and a ZIP code spoken digit by
digit ("zip code nine five six six one"). Read only where the words around them say they are a
count or a ZIP: "chicken for kids" and "we ate at your place" keep their meaning. Each function
takes lower-case text with number words already written as digits."""

from __future__ import annotations

import re

_GUEST = (
    r"(?:adults?|kids?|children|child|people|guests?|ppl|persons|folks|grownups|teens|toddlers|"
    r"babies|kiddos)"
)
# "ate" and "tree" are never said before a guest word, nor before "of them" / "of the kids" (a
# part of the party: "ate of them want salmon instead"), but as the number they sound like.
_PART = r"(?:guys|girls|ladies|men|women|grown ?ups)"
# ("we ate of them", "i just ate of the ...": the verb after its subject, no count)
_EATER = r"(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\byou )(?<!\bu )(?<!\bhe )(?<!\bshe )(?<!\bjust )"
_ALWAYS = re.compile(
    rf"\b(ate|tree)(?=\s+{_GUEST}\b)"
    rf"|{_EATER}\b(ate|tree)(?=\s+of\s+(?:them|us|those|(?:the|our|my)\s+(?:{_GUEST}|{_PART}))\b)"
)
# "for" and "to" also stand before a guest word as prepositions ("chicken for kids 6 7 8 and 9",
# "serve it to the kids"): a count only where a count would stand, after a list's "and", "+", a
# comma or "we have", and only when the ages after the guest word are as many as the number.
_PREPOSITION = re.compile(
    # (?=[ft]): the first letter of the words below, tried before the lookbehinds (speed: they
    # were tried at every position of the text)
    r"(?=[ft])(?:^|(?<=[+&,(:] )|(?<=[+&,(:])|(?<=\band )|(?<=\bplus )|(?<=\bn )|(?<=\bhave )"
    r"|(?<=\bgot )|(?<=\bwith ))"
    rf"(for|fore|to|too)\s+(?={_GUEST}\s*(?:\(\s*)?(?:(?:ages?|aged)\b\s*)?:?\s*"
    r"(\d{1,2}(?:\s*(?:,|&|and|\s)\s*\d{1,2})*)\b)"
)
_SOUNDS = {"ate": 8, "tree": 3, "for": 4, "fore": 4, "to": 2, "too": 2}
# After "zip" or "zip code": five single digits ("9 5 6 6 1", "9-5-8-2-6", "9 5 8 oh 2").
_SPOKEN_ZIP = re.compile(
    r"\b(zip(?:\s*code)?(?:\s+is|\s*[:#-])?\s*)"
    r"(\d(?:[\s,-]+(?:\d|oh|o)\b){4})(?![\s,-]*\d)"
)


def _ages(listed: str) -> int:
    return len(re.findall(r"\d{1,2}", listed))


def _preposition(match: re.Match[str]) -> str:
    number = _SOUNDS[match.group(1)]
    return f"{number} " if _ages(match.group(2)) == number else match.group(0)


def _zip(match: re.Match[str]) -> str:
    digits = re.findall(r"\d|oh|o", match.group(2))
    return match.group(1) + "".join("0" if d in ("oh", "o") else d for d in digits)


def spoken_numbers(text: str) -> str:
    """`text` with the counts and ZIP codes a voice keyboard wrote as sounds or single digits
    written as numbers."""
    text = _ALWAYS.sub(lambda m: str(_SOUNDS[m.group(1) or m.group(2)]), text)
    text = _PREPOSITION.sub(_preposition, text)
    return _SPOKEN_ZIP.sub(_zip, text)
