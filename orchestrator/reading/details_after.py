"""A message after a quote that tells only the event's details ("The party is at 7421 Sunrise
Blvd, Citrus Heights. Starts at 6. Gate code 4410. No add ons thx."): where (with the door: "apt
3B"), when, how to get in or to reach the writer ("my number is 916.555.0183 if the chef needs to
call"), no add-ons. It changes nothing of the order, so the conversation's order stands and is quoted
again. When is its day ("its sat the 14th, 4pm", "party's at 6 on 6/27": a date for staff to
confirm beside the quote, as the corpus's precedents keep it), where may be the street alone ("7421
florin rd unit 12"), a nod ("ok cool") or the tables they set out may go beside; a bare "yes!"
opening it names no add-on (`offers` wrote out the ones it could), so it is asked.
Every sentence must be one of those details; a city named must be the order's ZIP's city (another
city is another place: asked), and "no add ons" after an order with add-ons is left to
the other readers. Anything else in the message ("might be a few more people tho") leaves it
unread, for a person."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from orchestrator.reading.benign import STREET
from orchestrator.reading.inquiry import Inquiry
from orchestrator.zip_table import matching

# the day ("sat the 14th", "6/27", "saturday, june 13", "on the 28th") and its hour ("4pm", "6:30"):
# a bare number is no day ("its 14 now" is a count), so a day has its ordinal, its slash or month
_WEEKDAY = (r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday)")
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
          r"june|july|august|september|october|november|december)\.?")
_DAY = (rf"(?:(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|"
        rf"(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)|{_WEEKDAY})")
_HOUR = r"\d{1,2}(?::\d{2})?\s*(?:am|pm|p\.m|a\.m)?"
# after a comma the hour has its "pm" or minutes ("the 14th, 20" may be a count)
_MARKED = r"\d{1,2}(?::\d{2})?\s*(?:am|pm|p\.m|a\.m)|\d{1,2}:\d{2}"
_AT = (rf"(?:\s*,?\s*(?:at\s+)?(?:{_MARKED})|\s+(?:at|from|around|starting at)\s+{_HOUR})"
       rf"(?:\s*(?:-|to)\s*{_HOUR})?")
_WHO = (r"(?:(?:it|it's|its|it is|it'll be|the party|party|party's|the party's|dinner|the event|"
        r"event|the date|date)(?:\s+(?:is|will be))?\s+)?")
# "its sat the 14th, 4pm", "party's on 7/18 at 6:30 btw", "party's at 6 on 6/27": a day, once
WHEN = re.compile(
    rf"{_WHO}(?:(?:on\s+)?{_DAY}(?:{_AT})?|at\s+{_HOUR}\s+on\s+{_DAY})(?:\s+(?:btw|fyi))?"
)
_PLACE = r"(?:(?:the\s+)?(?:party|event|dinner|venue|address|location|place|house)|it)"
# the door after the street ("5512 riverside blvd apt 3b", "918 j st, unit 4", "#210")
_UNIT = r"(?:\s*,?\s*(?:apt|apartment|unit|suite|ste|#)\.?\s*#?\s*\d{1,6}[a-z]?)?"
# a phone said to reach the writer ("my cell is 916-555-0147", "text me at (916) 555 0147 if the
# chef needs anything"), the phone blanked already by `prepass` or not; a clause after it with a
# number or more people is no detail
_PHONE = r"(?:\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4})?"
_REACH_WHY = (
    r"(?:\s+(?:if|in case|when|once)\s+(?:the\s+chef|he|she|you|they|anything|something|there)\b"
    r"(?![^,\d]*\b(?:more|add|people|guests|kids|adults|extra)\b)[^,\d]{0,40})?"
)
# a street alone has 3 digits at least, and no guests in its words ("150 more people st")
_PEOPLE = r"people|ppl|guests|adults|kids|children|more|total|of"
# "the party is at 7421 sunrise blvd, citrus heights", "address is 118 oak st, folsom"
_ADDRESS = re.compile(
    rf"(?:{_PLACE}\s*(?:is|will be|'s|:)\s*(?:at\s+)?|(?:the\s+)?address\s*(?:is|:)\s*|"
    rf"we(?:'re| are)\s+at\s+|(?=\d{{3,6}}\s+(?![a-z]*\s*(?:{_PEOPLE})\b)))"  # "7421 florin rd unit 12"
    rf"\d{{1,6}}\s+(?:[a-z]+\s+){{1,3}}{STREET}\.?{_UNIT}(?:\s*,\s*(?P<city>[a-z]+(?:\s+[a-z]+){{0,2}}))?"
    r"(?:\s*,?\s*(?:ca|california))?"
)
# the place chosen of those the conversation named, by its town ("we'll do it at my place in
# folsom", "we're having it at our house in elk grove"): the town must be the order's ZIP's, as an
# address's city must (a place without its town is not told here)
_CHOSEN = re.compile(
    r"(?:(?:ok|okay|so)\s+)?we(?:'ll| will|'re| are)\s+(?:do|doing|have|having|hold|holding|keep|"
    r"keeping)\s+it\s+at\s+(?:my|our)\s+(?:place|house|home)\s+in\s+(?P<town>[a-z]+(?:\s+[a-z]+){0,2})"
)
_ORDER_WORD = r"(?:headcount|food|people|order|menu|count|number)"
_DETAILS = [
    # "same headcount and food", "same food and same people": the order as it stands
    re.compile(rf"(?:and\s+)?same\s+{_ORDER_WORD}(?:\s+(?:and|&|n)\s+(?:the\s+)?(?:same\s+)?"
               rf"{_ORDER_WORD})?"),
    # "starts at 6", "it starts at 5:30 pm"
    re.compile(r"(?:(?:it|we|dinner|the party|party)\s+)?(?:starts?|begins?|start time is)\s+"
               r"(?:at\s+|around\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm|p\.m|a\.m)?"),
    # "gate code 4410", "parking code is 1180"
    re.compile(r"(?:the\s+)?(?:gate|parking|door|entry|access|lockbox|garage)\s+code\s*(?:is\s*|:\s*)?#?\d{2,6}"),
    # "no add ons thx", "no add-ons please"
    re.compile(r"no\s+(?:add[- ]?ons?|extras)(?:\s+(?:please|pls|plz|thx|thanks|needed|for us))?"),
    re.compile(rf"(?:(?:my|our)\s+)?(?:cell|phone|number|phone number|cell number|cell phone)\s*"
               rf"(?:is|:|#)\s*{_PHONE}{_REACH_WHY}"),
    re.compile(rf"(?:you can\s+)?(?:call|text|reach)\s+(?:me|us)\s+(?:at\s+|on\s+)?\s*{_PHONE}"
               rf"{_REACH_WHY}"),
    re.compile(r"(?:thanks|thank you|thx|ty)(?:\s+(?:so much|again))?"),
    # "ok cool", "great", "sounds good", "hi": a nod or a greeting around the details
    # ("ok cool thats fine", "perfect that works": the quote taken as it stands)
    re.compile(r"(?:(?:ok|okay|k|cool|great|perfect|awesome|sounds good|hi|hello|hey|"
               r"that'?s fine|thats fine|that works)\s*){1,3}(?:\s*(?:thx|thanks|ty))?"),
    # "we'll have 3 folding tables out in the courtyard": the tables they set out, no "tables of
    # 8" (people) nor "for" anyone
    re.compile(r"we(?:'ll| will)\s+have\s+(?:\d{1,2}|a few|some|two|three|four)\s+(?:folding\s+)?"
               r"tables?(?:\s+(?:set up|out|ready))?(?:\s+(?:in|on|at|by)\s+the\s+[a-z]+)?"),
    WHEN,
]
# "yes!" opening the details: a yes to the reply's question. One that named the add-on it takes is
# written out by `offers` and read as an order change; reaching here it names none ("yes! party's
# at 6 on 6/27 btw" after the sake and the show offered), so the order is asked: which one?
_YES = re.compile(r"(?:omg\s+)?(?:yes+|yeah+|yea|yep|yup|sure|absolutely)(?:\s+(?:please|pls|plz))?")
YES_UNNAMED = "a yes beside the event's details that names no add-on: which one, or none?"
_SIGN_OFF = re.compile(r"(?:thanks|thank you|thx|best|regards|best regards|cheers)")
DECLINES = re.compile(r"\bno\s+(?:add[- ]?ons?|extras)\b")
_NO_ADD_ONS = re.compile(r"\bno\s+(?:add[- ]?ons?|addons?)\b")
_SENTENCES = re.compile(r"(?:[!?\n]|(?<!\d)\.|\.(?!\d))+")  # "916.555.0183" is no end


def none_declined(norm: str, *, named: bool) -> list[tuple[int, int]]:
    """The spans of "no add ons" in normalized `norm` when the message names no add-on (`named`):
    the order it tells has none, so the negation is read ("24 adults ny strip and scallops and no
    add ons 95835"). An add-on of the conversation kept beside it is asked (`conversation`)."""
    return [] if named else [m.span() for m in _NO_ADD_ONS.finditer(norm)]


def details_only(norm: str) -> str | None:
    """The city the address of normalized `norm` names ("" when none) when every sentence of it
    is an event detail; None when some sentence is not."""
    city = ""
    sentences = [s.strip(" ,;") for s in _SENTENCES.split(norm) if s.strip(" ,;")]
    if not sentences:
        return None
    if _YES.fullmatch(sentences[0]) and len(sentences) > 1:
        sentences = sentences[1:]
    if len(sentences) > 2 and _SIGN_OFF.fullmatch(sentences[-2]) and sentences[-1].isalpha():
        sentences = sentences[:-1]  # "thanks,\nkaren": the writer's name after the sign-off
    for sentence in sentences:
        found = _told(sentence)
        if found is None:
            return None
        city = found or city
    return city


def opens_with_yes(norm: str) -> bool:
    """Whether normalized `norm` opens with a bare yes sentence ("yes! party's at 6 on 6/27")."""
    first = next((s.strip(" ,;") for s in _SENTENCES.split(norm) if s.strip(" ,;")), "")
    return bool(_YES.fullmatch(first))


def _told(sentence: str) -> str | None:
    """The city of the address `sentence` names ("" when none) when it is an event detail, or
    details joined by commas after an address ("address is 2210 natomas park dr, gate code
    4402"); None when it is not."""
    if address := _ADDRESS.fullmatch(sentence):
        return address.group("city") or ""
    if chosen := _CHOSEN.fullmatch(sentence):
        return chosen.group("town")
    if any(d.fullmatch(sentence) for d in _DETAILS):
        return ""
    parts = sentence.split(",")
    for cut in range(len(parts) - 1, 0, -1):
        tail = [t.strip() for t in parts[cut:]]
        if all(any(d.fullmatch(t) for d in _DETAILS) for t in tail):
            head = ",".join(parts[:cut]).strip()
            if address := _ADDRESS.fullmatch(head):
                return address.group("city") or ""
            return "" if any(d.fullmatch(head) for d in _DETAILS) else None
    return _told_apart(sentence)


def _told_apart(sentence: str) -> str | None:
    """ "sat 8/8 5pm 🙏 3340 norwood ave": details an emoji (blanked by the normalizing) parts
    as a sentence's end would, each one a detail; None when one is not."""
    parts = [p for p in re.split(r"\s{2,}", sentence) if p.strip()]
    if len(parts) < 2:
        return None
    found = [_told(p.strip()) for p in parts]
    return None if None in found else next((c for c in found if c), "")


def details_after(current: Inquiry, order: Callable[[], Inquiry]) -> Inquiry:
    """The conversation's order (`order`, read only when needed) when `current` tells only the
    event's details (`Inquiry.details`, from `details_only`); `current` otherwise."""
    if current.details is None:
        return current
    city = current.details
    state = order()
    if not state.has_guests or not state.proteins or not state.zip_code:
        return current
    if current.declines_add_ons and state.add_ons:
        return current  # "no add ons" after the sake ordered: taken out, or said before?
    row = matching(state.zip_code)
    if city and (row is None or row.city.lower() != city.strip()):
        return current  # another city than the ZIP's: another place
    if current.details_yes:
        which = ("add_on_choice", YES_UNNAMED)
        return replace(state, topics=current.topics, checks=(*state.checks, which))
    return replace(state, topics=current.topics)
