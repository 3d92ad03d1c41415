"""More than one event to cater in one message ("Could we book you for both nights? Same order for
both days: 15 adults each night", "lunch for 12 on Saturday and dinner for 20 on Sunday", "2
parties this weekend", "lunch and dinner on saturday for the same 15 adults"): each event is its
own booking with its own quote, so one order priced for them both (or for one of them) is a
confident wrong total. A careful person asks, or quotes each apart; the offline reading asks.

A second event the business is not asked to cater, said so ("the rehearsal dinner is at a
restaurant, so just the Saturday party", "we decided to skip the Saturday lunch", "saturday fell
thru so just friday"), leaves one event: nothing to ask."""

from __future__ import annotations

import re

_TIMES = r"(?:nights|days|evenings|dinners|lunches|parties|events|seatings|meals|bookings)"
_TIME = r"(?:night|day|evening|dinner|lunch|party|event|seating|meal)"
_MEAL = r"(?:lunch|luncheon|brunch|dinner|supper)"
_DAY = (
    r"(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\d{1,2}(?:st|nd|rd|th)"
)
_TWO = re.compile(
    # "both nights", "both days of our 2 day retreat", "chicken and salmon both times"
    rf"\bboth\s+(?:of\s+the\s+)?(?:{_TIMES}|times|dates)\b"
    # "15 adults each night", "25 adults per day", "same order every night"
    rf"|\b(?:each|every|per)\s+(?:night|day|evening)\b"
    # "2 parties this weekend", "two back-to-back parties", "2 seatings same night"
    rf"|\b(?:2|two)\s+(?:separate\s+|different\s+|back[- ]to[- ]back\s+|seperate\s+)?"
    rf"(?:parties|events|dinners|lunches|seatings|meals|bookings|catering\s+events)\b"
    r"|\bback[- ]to[- ]back\s+(?:parties|events|dinners|nights|days)\b"
    # "lunch on Saturday and dinner on Sunday", "lunch and dinner on saturday for the same 15"
    rf"|\b{_MEAL}\b[^.;!?\n]{{0,50}}?\band\s+(?:then\s+)?(?:a\s+)?(?:(?:{_DAY})\s+)?{_MEAL}\b"
)
# One of the events said not to be catered, or dropped: what is left is one event.
_ONE_LEFT = re.compile(
    r"\b(?:just|only)\s+(?:need\s+(?:you|u)\s+for\s+)?(?:the\s+)?(?:" + _DAY + r")\b"
    r"|\b(?:just|only)\s+(?:the\s+)?(?:" + _DAY + r")\s+" + _TIME + r"\b"
    r"|\b(?:just|only)\s+(?:need|want)\s+(?:you|u)\s+for\b"
    r"|\b(?:skip|skipping|cancel(?:l?ed|l?ing)?|drop(?:ped|ping)?)\s+the\s+(?:(?:"
    + _DAY + r")\s+)?" + _TIME + r"\b"
    r"|\bfell\s+(?:thru|through)\b"
    r"|\bat\s+a\s+restaurant\b"
    r"|\b(?:you|u)\s+(?:don'?t|do not|dont)\s+need\s+to\s+(?:cater|do)\b"
)
# Words near a match that make it no second event: "both days work for us" (a date to pick),
# "either night", "or": one of them, not both
_EITHER = re.compile(r"\b(?:either|or|which|whichever)\b")


def _one_of_them(text: str, start: int, end: int) -> bool:
    """The matched words offer a choice of dates rather than two events ("fri or sat night, both
    days work"): the clause around them says "or", "either" or "which"."""
    clause = text[max(0, start - 40) : end + 40]
    return bool(_EITHER.search(clause)) and not re.search(r"\b(?:each|every|per)\b", text[start:end])


def two_event_checks(text: str) -> list[tuple[str, str]]:
    """The check of normalized `text` when it asks to cater more than one event (see the module):
    each is its own booking and quote."""
    found = _TWO.search(text)
    if found is None or _ONE_LEFT.search(text) or _one_of_them(text, *found.span()):
        return []
    said = found.group(0).strip()
    return [("message", f"'{said}': more than one event? each is its own booking and quote")]
