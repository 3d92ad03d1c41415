"""A follow-up message of ages alone, the answer to "how old are they?": ages one by one ("4, 8
and 11", "they're 6, 9 and 14") or one range for every kid ("all the kids are between 6 and 10").
Moved out of followups.py (its `read_follow_up` reads them, in the same order) to keep that module
small."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

# The ages end the message, or a sentence before one of no number but a ZIP nor people coming ("5,
# 8 and 12. And add the sake please", "... chicken and shrimp, zip 95677": the rest is read as it
# is; "... my cousin is coming too" stays asked)
_ENDS = (
    r"(?:\W*$|\s*[.!;\n]+\s*(?=(?:\D|(?<!\d)\d{5}(?!\d))*$)"
    r"(?![\s\S]*\b(?:coming|come|join|joining|bring|bringing|invited?|plus|more)\b))"
)
_GREETING = r"hi|hello|hey|hiya|good (?:morning|afternoon|evening)"
# "4, 8 and 11", "they're 6, 9 and 14": a message of ages alone, the answer to "how old are they?"
# (after a thanks too: "thank u!! they r 9 and 4", round q65e)
# (the kids by the group's word for all of them too: "the scouts are 7, 7, 8 and 9")
AGES_ONLY = re.compile(
    # (after a greeting too: "Hi! They're 10, 8 and 11.", an email's opening, round q84b)
    rf"^\W*(?:(?:oh|ok|okay|sure|yes|sorry|{_GREETING}|(?:thanks|thank you|thank u|thx|ty)(?: so much)?"
    r"|tysm)\W+)*"
    r"(?:(?:they'?re|they are|they r|"
    # ", and" before the last age as "and" ("8, 11, and 3"); Tagalog "po" after
    r"(?:the\s+)?(?:kids|children|scouts|campers)\s+(?:are|r)|ages?"
    r"(?: are)?|aged?)\s*:?\s*)?((?:\d{1,2}\s*(?:,\s*(?:and|&)\b|,|&|\band\b|\s)\s*)+\d{1,2})"
    rf"(?:\s*(?:years? old|yrs?(?: old)?|yo|y/o))?(?:\s+po\b)?{_ENDS}"
)
# "all the kids are between 6 and 10", "they're all between 7 and 12": the answer to "how old are
# they?" as one range, every kid in it (placed by `kids_band` when the range is in one band)
# ("yep she's one of the 8! they're all 11 and 12": whether the birthday girl is counted, then
# every kid's age in one range said with "all", round q74g)
AGES_RANGE = gated(re.compile(
    rf"^\W*(?:(?:oh|ok|okay|sure|yes|yep|yeah|yup|sorry|{_GREETING}|thanks|thank you)\W+)*"
    r"(?:(?:she'?s|he'?s|she is|he is)\s+"
    r"(?:(?:one|1) of (?:the|them)(?:\s+\d{1,2})?|included|counted)\W+)?"
    r"(?:all\s+(?:of\s+)?)?(?:(?:the\s+)?(?:kids|girls|boys)|them|they|"
    r"they'?re|their ages)?\s*(?:are|r|is)?\s*(?:all\s+(?:between\s+)?|between\s+)(\d{1,2})"
    # ("theyre all 12 too": one age for every kid, the range of one, "too" as the honoree's; q84g)
    r"(?:\s*(?:and|to|-|&|or)\s*(\d{1,2})|(?<=all \d)|(?<=all \d\d))"
    rf"(?:\s*(?:years? old|yrs?(?: old)?|yo|y/o))?(?:\s+too)?{_ENDS}"
))  # fmt: skip

_SUBJECT = re.compile(r"\b(?:they|they'?re|them|kids|girls|boys)\b")


def ages_range(text: str) -> tuple[re.Match[str], tuple[int, int]] | None:
    """The match of `AGES_RANGE` in `text` and its range; one age alone ("theyre all 12 too")
    only with whom it is of ("all 8" alone may be all 8 of them)."""
    told = AGES_RANGE.match(text)
    if told is None or (told.group(2) is None and not _SUBJECT.search(told.group(0))):
        return None
    return told, (int(told.group(1)), int(told.group(2) or told.group(1)))


# "theyre 11, 7 and 4 (the bday boy is the 7)": after the ages, which of them is the honoree, one
# of the ages told (round q79j); an age not told ("(the bday boy is 9)") is another kid, asked
_HONOREE_ASIDE = re.compile(
    r"(?:\s*[(,.;-]\s*|\s+)(?:and\s+)?(?:the\s+)?(?:birthday|bday|b-day)\s+(?:boy|girl|kid)\s+"
    r"(?:is|=)\s+(?:the\s+)?(\d{1,2})(?:\s*(?:years? old|yrs?(?: old)?|yo|y/o|one))?\s*\)?\W*$"
)


# "they're all 10 and 11 (the birthday boy included)", "8, 9, 9 and 10, including the bday girl":
# after the ages, that the honoree is among the kids they tell (not "not including her": asked)
_HONOREE_INCLUDED = re.compile(
    r"(?<=\d)(?:\s*(?:years? old|yrs?(?: old)?|yo|y/o))?(?:\s*\(\s*|\s*,\s*|\s+)(?:"
    r"(?:the\s+)?(?:birthday|bday|b-day)\s+(?:boy|girl|kid)\s+(?:included|incl\.?|counted|too)"
    r"|(?:including|incl\.?|counting)\s+(?:the\s+)?(?:birthday|bday|b-day)\s+(?:boy|girl|kid))"
    r"\s*\)?(?=\s*(?:[.!;\n]|$))"
)


def honoree_aside(text: str) -> str:
    """`text` with an aside naming which age told is the honoree's, or that the honoree is among
    the kids whose ages are told, blanked (as long as it was)."""
    if (inside := _HONOREE_INCLUDED.search(text)) is not None:
        text = text[: inside.start()] + " " * (inside.end() - inside.start()) + text[inside.end() :]
    m = _HONOREE_ASIDE.search(text)
    if m is None or m.group(1) not in re.findall(r"\d+", text[: m.start()]):
        return text
    return text[: m.start()] + " " * (m.end() - m.start())
