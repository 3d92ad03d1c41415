"""A message after a quote that tells only the event's details ("The party is at 7421 Sunrise
Blvd, Citrus Heights. Starts at 6. Gate code 4410. No add ons thx."): where (with the door: "apt
3B"), when, how to get in or to reach the writer ("my number is 916.555.0183 if the chef needs to
call"), no add-ons. It changes nothing of the order, so the conversation's order stands and is quoted
again. Every sentence must be one of those details; a city named must be the order's ZIP's city
(another city is another place: asked), and "no add ons" after an order with add-ons is left to
the other readers. Anything else in the message ("might be a few more people tho") leaves it
unread, for a person."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from orchestrator.reading.benign import STREET
from orchestrator.reading.inquiry import Inquiry
from orchestrator.zip_table import matching

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
# "the party is at 7421 sunrise blvd, citrus heights", "address is 118 oak st, folsom"
_ADDRESS = re.compile(
    rf"(?:{_PLACE}\s*(?:is|will be|'s|:)\s*(?:at\s+)?|address\s*(?:is|:)\s*|we(?:'re| are)\s+at\s+)"
    rf"\d{{1,6}}\s+(?:[a-z]+\s+){{1,3}}{STREET}\.?{_UNIT}(?:\s*,\s*(?P<city>[a-z]+(?:\s+[a-z]+){{0,2}}))?"
    r"(?:\s*,?\s*(?:ca|california))?"
)
_DETAILS = [
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
]
DECLINES = re.compile(r"\bno\s+(?:add[- ]?ons?|extras)\b")
_SENTENCES = re.compile(r"(?:[!?\n]|(?<!\d)\.|\.(?!\d))+")  # "916.555.0183" is no end


def details_only(norm: str) -> str | None:
    """The city the address of normalized `norm` names ("" when none) when every sentence of it
    is an event detail; None when some sentence is not."""
    city = ""
    sentences = [s.strip(" ,;") for s in _SENTENCES.split(norm) if s.strip(" ,;")]
    if not sentences:
        return None
    for sentence in sentences:
        found = _told(sentence)
        if found is None:
            return None
        city = found or city
    return city


def _told(sentence: str) -> str | None:
    """The city of the address `sentence` names ("" when none) when it is an event detail, or
    details joined by commas after an address ("address is 2210 natomas park dr, gate code
    4402"); None when it is not."""
    if address := _ADDRESS.fullmatch(sentence):
        return address.group("city") or ""
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
    return None


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
    return replace(state, topics=current.topics)
