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
# "ate", "tree" and "tin" are never said before a guest word, nor before "of them" / "of the kids" (a
# part of the party: "ate of them want salmon instead"), but as the number they sound like.
_PART = r"(?:guys|girls|ladies|men|women|grown ?ups)"
# ("we ate of them", "i just ate of the ...": the verb after its subject, no count)
_EATER = r"(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\byou )(?<!\bu )(?<!\bhe )(?<!\bshe )(?<!\bjust )"
_ALWAYS = re.compile(
    rf"\b(ate|tree|tin)(?=\s+{_GUEST}\b)"
    rf"|{_EATER}\b(ate|tree)(?=\s+of\s+(?:them|us|those|(?:the|our|my)\s+(?:{_GUEST}|{_PART}))\b)"
)
# Before "of them", "of us", no word of "for", "to" is said but the number: "to of us" or "for of
# them" is no English ("one of us" is read as it is)
_OF_GROUP = re.compile(r"(?<![\w'])(for|fore|to|too)(?=\s+of\s+(?:them|us|those|you)\b)")
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
# "we'll be for adults", "a quote for for adults": after "we'll be", "we're" or a "for" of its
# own the sentence needs a count, which "for" or "to" before the adults is ("the sake will be
# for adults", "a dinner for adults" keep the preposition)
_NEEDS_COUNT = re.compile(
    r"(?:\b(?:we'?ll|we will|we'?d|we would|there'?ll|there will) be|\bwe'?re|\bwe are|\bwere|"
    r"\bfor)\s+(for|fore|to|too)(?=\s+(?:adults|grown-?ups)\b)"
)
# ("a quote for tin adults": "ten" as a voice keyboard hears it; "a tin of cookies" keeps its tin)
_SOUNDS = {"ate": 8, "tree": 3, "tin": 10, "for": 4, "fore": 4, "to": 2, "too": 2}
# After "zip" or "zip code": five digits said one by one or in groups ("9 5 6 6 1", "9-5-8-2-6",
# "9 5 8 oh 2", "95 630"); the groups joined only when they make exactly five digits
_SPOKEN_ZIP = re.compile(
    r"\b(zip(?:\s*code)?(?:\s+is)?(?:\s+(?:actually|now))?(?:\s*[:#-])?\s*)"
    r"((?:\d{1,4}|oh|o)(?:[\s,-]+(?:\d{1,4}|oh|o)\b){1,4})(?![\s,-]*\d)"
)


def _ages(listed: str) -> int:
    return len(re.findall(r"\d{1,2}", listed))


def _preposition(match: re.Match[str]) -> str:
    number = _SOUNDS[match.group(1)]
    return f"{number} " if _ages(match.group(2)) == number else match.group(0)


def _zip(match: re.Match[str]) -> str:
    tokens = re.findall(r"\d+|oh|o", match.group(2))
    if tokens[0] in ("oh", "o") or sum(1 if t in ("oh", "o") else len(t) for t in tokens) != 5:
        return match.group(0)  # "zip 95 63": too few digits, left for the checks
    return match.group(1) + "".join("0" if t in ("oh", "o") else t for t in tokens)


def _needed(match: re.Match[str]) -> str:
    """ "we'll be for adults": the words before kept, the sound as its number."""
    return match.group(0)[: match.start(1) - match.start()] + str(_SOUNDS[match.group(1)])


def spoken_numbers(text: str) -> str:
    """`text` with the counts and ZIP codes a voice keyboard wrote as sounds or single digits
    written as numbers."""
    text = _ALWAYS.sub(lambda m: str(_SOUNDS[m.group(1) or m.group(2)]), text)
    text = _OF_GROUP.sub(lambda m: str(_SOUNDS[m.group(1)]), text) if " of " in text else text
    text = _PREPOSITION.sub(_preposition, text)
    if "adults" in text or "grown" in text:
        text = _NEEDS_COUNT.sub(_needed, text)
    return _SPOKEN_ZIP.sub(_zip, text)
