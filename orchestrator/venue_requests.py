"""Requests about the event's place and time that only a person can settle: a booked start time
or day moved, a venue's rules against open flames, an indoor setup, pets, where the chef parks. Split
from `topics` by size; `topics` reads them as the "arrangements" topic (staff reply)."""

from __future__ import annotations

from orchestrator.topic_words import DAYS

_TIME = r"(?:start(?:ing)?\s+|arrival\s+|event\s+|dinner\s+|party\s+)?time"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_CLOCK = r"\d{1,2}(?::\d\d)?\s*(?:am|pm)?"
_NOT = r"(?:don'?t|dont|do not|doesn'?t|doesnt|does not|won'?t|will not|can'?t|cannot)"
_FIRE = r"(?:open\s+)?(?:flames?|fires?|propane|grills?|gas grills?)"

# Alternatives, each matched as whole words in the `normalize`d message (regex syntax inside).
VENUE_REQUESTS: tuple[str, ...] = (
    # the booked time moved: "move the start time from 5 to 6:30pm", "push it back to 6:30",
    # "can the chef arrive at 6 instead of 5"
    rf"(?:move|push|change|shift|bump)\s+(?:back\s+|up\s+)?(?:the\s+|our\s+)?{_TIME}",
    r"push\s+(?:it|things|everything|the\s+(?:dinner|party|event|start))\s+(?:back|up)",
    # "can we push the start from 6 to 8?": the start itself moved, from a clock time to another
    rf"(?:move|push|change|shift|bump)\s+(?:the\s+|our\s+)?(?:start|arrival)\s+(?:back\s+|up\s+)?"
    rf"(?:from\s+{_CLOCK}\s+)?to\s+{_CLOCK}",
    rf"(?:at|to|for)\s+{_CLOCK}\s+instead\s+of\s+{_CLOCK}",
    # the day moved to another named day: "move it from sat the 14th to sunday the 15th", "switch
    # the party to the 21st" (whether a date can change at all stays the cancellation policy's)
    # "move our booking from june 14 to june 21": a month's name before the day too
    rf"(?:move|push|switch|change|shift|bump)\s+(?:it|(?:the|our|my)\s+(?:party|dinner|event|booking|"
    rf"reservation|date))\s+(?:from\s+[^.?!\n]{{1,30}}?\s+)?to\s+(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b|"
    rf"(?:{DAYS})\b|{_MONTH}\.?\s+\d{{1,2}}\b)",
    # a venue's rule against cooking with fire: "they don't allow open flames", "no open flames"
    rf"{_NOT}\s+(?:allow|permit|let)\w*\b[^.?!\n]{{0,30}}?\b{_FIRE}",
    r"open\s+flames?",
    rf"{_FIRE}\s+(?:are\s+|is\s+)?(?:not\s+)?(?:allowed|permitted|banned|prohibited)",
    # cooking indoors: "an indoor setup", "cook indoors at a community hall", "set up inside"
    r"indoor\s+(?:setup|set\s*-?\s*up|cooking|grill\w*|event|venue|space)",
    r"(?:cook|grill|set\s*-?\s*up|setup)\s+(?:\w+\s+){0,2}?(?:indoors|inside)",
    # pets asked about: "our dog is friendly, hope that's ok with the chef"
    r"(?<!hot\s)(?<!corn\s)(?:dogs?|cats?|pets?|pupp(?:y|ies))\b[^.?!\n]{0,40}?\b(?:ok|okay|fine|"
    r"allowed|a problem|an issue|friendly)",
    # where the chef parks: "where should the chef park?", "a parking pass for the chef"
    r"where\s+(?:should|can|do|does|will|would)\s+(?:the\s+chef|he|she|they|your\s+(?:chef|team))\s+"
    r"park",
    r"parking\s+(?:pass|permit)\s+for",
)
