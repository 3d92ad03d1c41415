"""Of two ZIP codes or more in a message, the one that is the party's: chosen by the words
before each ("our office is downtown (95814) but the party will be at my place in 95823") or
given in place of another ("95662 not 95626"). Split from `places` by size."""

from __future__ import annotations

import re

from orchestrator.reading.sentences import sentence_start

# Words that say a ZIP is where the party is, and words that say it is somewhere else.
_EVENT = re.compile(
    r"\b(?:party|event|dinner|celebration|bbq|reunion|wedding|shower|hibachi|venue|hosting|hosted|"
    r"held|cook|cooking|chef|picnic|luncheon|gathering|get-together|get together)\b"
    # "we live in 95630 but its at her place in 95762": the home it is said to be at, beside where
    # they live ("some ppl want to do it at my place 95823" is a wish, not where it is)
    r"|\b(?:it'?s|its|it\s+is|it'?ll\s+be|it\s+will\s+be)\s+at\s+(?:my|her|his|our|their)\s+"
    # ("it's at my mom's - 95610": the home by its owner alone; "my mom's or my sister's" is unsure)
    r"(?:(?:[a-z]+(?:'s|s)\s+)?(?:place|house|home|backyard)\b|[a-z]+'s(?![a-z])(?!\s+or\b))"
)
_ELSEWHERE = re.compile(
    r"\b(?:office|work|works|working|live|lives|living|billing|mailing|based|business|company|shop|"
    r"we'?re in|we are in|i'?m in|i am in)\b"
)


# One ZIP corrected by another in the same breath: "95662 not 95626", "95662, not 95626",
# "not 95626 but 95662", "not 95626, it's 95662": the one without "not" is the party's; the other
# may be named by its place ("95624, not at mine (95823)", "95662 not our house 95626": q82g).
_NOT_THAT_ZIP = re.compile(
    r"(?<!\d)(\d{5})\s*,?\s*(?:not|nott)\s+(?:(?:in|at)\s+)?(?:(?:my|our|the)\s+)?"
    r"(?:(?:mine|ours|place|house|home|old\s+(?:place|address|zip))\s*)?\(?(\d{5})(?!\d)"
    r"|\bnot\s+(?:in\s+)?(\d{5})\s*[,-]?\s*(?:but\s+|it'?s\s+|its\s+)?(?:in\s+)?(\d{5})(?!\d)"
)


# One ZIP said to be a slip, the other given for it: "oh i see i typed 95607, its 95670 sorry",
# "I put 95603 by mistake, it should be 95630": the one after is the party's (round q82f)
_TYPED_THEN = re.compile(
    r"\b(?:i|we)\s+(?:typed|wrote|put(?:\s+down)?|entered|gave\s+you)\s+(?:in\s+)?(\d{5})(?!\d)"
    r"(?:\s+(?:by\s+mistake|by\s+accident|wrong|accidentally))?\s*[,.;:-]?\s*(?:sorry\s*[,.]?\s*)?"
    r"(?:but\s+)?(?:it'?s|its|it\s+is|it\s+should\s+be|should\s+be|should\s+have\s+been|i\s+meant|meant)"
    r"\s+(?:actually\s+)?(\d{5})(?!\d)"
)


# What a ZIP is told to be after it, in its sentence ("The 95630 on the form is our home", "95630 is
# where we live"): somewhere else than the party
_ELSEWHERE_AFTER = re.compile(
    r"[^.!?\n\d]{0,25}?\b(?:is|was)\s+(?:just\s+|only\s+)?(?:(?:our|my)\s+(?:home|house|address|"
    r"office|work|billing|mailing)\b|where\s+(?:we|i)\s+live\b)"
)


def _corrected_zip(text: str, zips: list[tuple[str, tuple[int, int]]]) -> str | None:
    """The ZIP a message gives in place of another it names with "not" or as a slip ("i typed
    95607, its 95670"), two ZIPs only."""
    if len({z for z, _ in zips}) != 2:
        return None
    if m := _NOT_THAT_ZIP.search(text):
        kept, dropped = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    elif m := _TYPED_THEN.search(text):
        kept, dropped = m.group(2), m.group(1)
    else:
        return None
    return kept if kept != dropped else None


# Words right before a ZIP that name it as the one our quote priced ("The quote you sent on
# Tuesday has travel to 95603, but the party is at our house in Folsom, 95630"): the quote's place,
# which the message corrects, not the party's (round q82f)
_QUOTES_ZIP = re.compile(
    r"\b(?:quote|quoted|estimate)\b[^.!?\n]*\b(?:travel|trip|drive|fee)\s+(?:to|for)\s+(?:zip\s+)?\Z"
)


# A stop after an abbreviation ("at our church's fellowship hall: st. mary's, 1333 58th st,
# sacramento 95819"): the sentence goes on
_ABBREVIATED = re.compile(r"\b(?:st|mt|ft|dr|ave|blvd|jr|sr|no)\.\Z")


# Whose event it is ("the company picnic will be out at gibson ranch ... 95626"): the event,
# not the company's place
_WHOSE_EVENT = re.compile(
    r"\b(?:company|office|work|business)\s+(?=(?:picnic|party|dinner|event|luncheon|bbq|"
    r"celebration|gathering)\b)"
)


def _sentence_of(text: str, at: int) -> int:
    """Where the sentence holding `at` starts, past a stop that ends an abbreviation."""
    start = sentence_start(text, at, ".!?\n")
    while start > 0 and _ABBREVIATED.search(text, max(0, start - 6), start):
        start = sentence_start(text, start - 1, ".!?\n")
    return start


def party_zip(text: str, zips: list[tuple[str, tuple[int, int]]]) -> str | None:
    """Of two ZIP codes or more, the one the words before it say is the party's ("our office is
    downtown (95814) but the party will be at my place in 95823"), when every other ZIP's words say
    it is somewhere else (an office, where they live), or the one given in place of the other
    ("95662 not 95626"); None when the words do not choose."""
    corrected = _corrected_zip(text, zips)
    if corrected:
        return corrected
    chosen, others = [], []
    last = 0
    for code, (start, end) in zips:
        sentence = _sentence_of(text, start)
        words = _WHOSE_EVENT.sub("", text[max(last, sentence) : start])
        last = end
        if _QUOTES_ZIP.search(words):
            others.append(code)
        elif _EVENT.search(words) and not _ELSEWHERE.search(words):
            chosen.append(code)
        elif _ELSEWHERE.search(words) or _ELSEWHERE_AFTER.match(text, end):
            others.append(code)
        else:
            return None
    return chosen[0] if len(set(chosen)) == 1 and others else None
