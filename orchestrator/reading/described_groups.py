"""Group words the coverage check meets that say who the adults counted are, adding no one: the
words after "all" beside an adults' count ("22 adults, all ladies", "22 adults all parents and
seniors"), the group named right after "for" an adults' count ("22 adults for our swim team
parents"), and the group the party is for, named right before the sentence that counts its parts
and sums them as adults ("dinner for my shop guys. 7 techs plus me and my wife, so 9 adults
total"), the bracket right after an adults' count that says who they are ("60 adults
(employees and spouses, no kids this year)"), and the group a form's event line ends in, its
adults' field right below ("Event: Spring Social, Sun City residents\nAdults: 24"), and groups of
no number before their sentence's one count, a total of adults ("our team + aides ..., 9 adults
total")."""

from __future__ import annotations

import re

from orchestrator.reading.sentences import sentence_start

# "22 adults, all ladies", "9 adults (all guys lol)", "22 adults all parents and seniors": the
# words after "all", a short list of them, say who the adults are
# ("12 of us, all grown men": the us counted, all of them grown men)
_ALL_OF_COUNT = re.compile(
    r"\b\d{1,4}\s+(?:adults|grown-?ups|of\s+us)\s*(?:[,(-]\s*)?(?:and\s+)?all\s+"
    r"(?:[a-z]+\s*(?:,|\band\b|&)\s*){0,3}(?:(?:grown|retired|older|young)\s+)?\Z"
)
# "lunch for 22 adults for our swim team parents" (from "for 22 (all adults) for ..."): the group
# right after the adults' count names who they are
_COUNT_FOR = re.compile(
    r"\b\d{1,4}\s+(?:adults|grown-?ups)\s+for\s+(?:my|our|the)\s+"
    # ("for the team, plus the coaches": people added, no description)
    r"(?:(?!(?:plus|and|with|besides|except|not|also|more|extra|too)\b)[a-z]+\s*(?:,|\band\b|&)?\s*)"
    r"{0,3}\Z"
)
# "for my shop guys", "for our office ladies": whom the party is for
_PARTY_FOR = re.compile(r"\bfor\s+(?:my|our)\s+(?:[a-z]+\s+)?\Z")
# ". 7 techs plus me and my wife, so 9 adults total": the next sentence counts them, in adults (its
# parts may be read already, so blanked)
_SUMMED_AFTER = re.compile(
    r"\s*[.:]\s*(?:\d{1,3}\s+[a-z][^.!?\n]*?\b(?:so|that'?s|thats)\s+)?\d{1,3}\s+(?:adults|grown-?ups)"
    r"\s+(?:total|in all|altogether)\b"
)

# "35 adults (staff and their spouses, no children)": a bracket opened right after the adults'
# count, of no number but the "no" of "no kids" (normalized "0 kids") and no word that adds anyone
# ("(plus my parents)", "(not counting us)")
_IN_BRACKET = r"(?:[^()\n\d]|(?<!\d)0(?!\d)){0,60}"
_ADULTS_BRACKET = re.compile(rf"\b\d{{1,4}}\s+(?:adults|grown-?ups)\s*\({_IN_BRACKET}\Z")
_BRACKET_REST = re.compile(rf"{_IN_BRACKET}\)")
# A form's event line ending in the group it is for, the adults' field on the next line: "Event:
# Spring Social, Sun City residents\nAdults: 24" (normalized "... residents\n 24 adults"). The line
# holds no number and nothing that joins another group ("residents + grandkids" stays asked).
_EVENT_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:event|occasion|event name|group|organi[sz]ation|company|party|for)[ \t]*:"
    r"(?:(?!\b(?:and|plus|with|including|incl|besides|also)\b)[^\n\d&+])*\Z"
)
_ADULTS_FIELD_AFTER = re.compile(r"[ \t]*\n[ \t]*\d{1,4}\s+(?:adults|grown-?ups)\b")
_ADDS = re.compile(r"\b(?:plus|not|besides|except|excluding|including|incl|more|extra|also|too)\b|\+")

# "our 3rd grade team + aides are doing a lunch, 9 adults total": groups of no number in a
# sentence whose one count, after them, is a total of adults: who the adults are
_TOTAL_LATER = re.compile(
    r"[^.!?\n\d]{0,60}?\b\d{1,4}\s+(?:adults|grown-?ups)\s+(?:total|in all|altogether)\b"
)
_BARE_COUNT = re.compile(r"(?<!\w)\d{1,4}(?!\w)")


def _sole_total(text: str, start: int, end: int) -> bool:
    """The group word at `start`..`end` comes before its sentence's one count, a total of adults
    (an emoji, now blank, ends a sentence too: "from Room 14 😊 our team + aides ...")."""
    if not _TOTAL_LATER.match(text, end):
        return False
    begin = sentence_start(text, start, (".", "!", "?", "\n", "   "))
    return not _BARE_COUNT.search(text, begin, start)


def in_adults_bracket(text: str, start: int, end: int) -> bool:
    """Whether the words at `start`..`end` of normalized `text` lie in a bracket after an adults'
    count that only says who the adults are: people inside the count, none added."""
    before = _ADULTS_BRACKET.search(text, max(0, start - 70), start)
    after = _BRACKET_REST.match(text, end)
    if not (before and after):
        return False
    return not _ADDS.search(text, before.start(), after.end())


def describes_adults(text: str, start: int, end: int) -> bool:
    """Whether the group word at `start`..`end` of normalized `text` says who the adults counted
    beside it are ("22 adults all parents and seniors") or names the group a following sentence
    counts as adults ("for my shop guys. 7 techs plus me and my wife, so 9 adults total")."""
    if _ALL_OF_COUNT.search(text, max(0, start - 50), start) or in_adults_bracket(text, start, end):
        return True
    if _COUNT_FOR.search(text, max(0, start - 60), start):
        return True
    if _EVENT_LINE.search(text, max(0, start - 80), start) and _ADULTS_FIELD_AFTER.match(text, end):
        return True  # "Event: Spring Social, Sun City residents\nAdults: 24"
    if _sole_total(text, start, end):
        return True  # "our 3rd grade team + aides are doing a lunch, 9 adults total"
    return bool(_PARTY_FOR.search(text, max(0, start - 24), start) and _SUMMED_AFTER.match(text, end))
