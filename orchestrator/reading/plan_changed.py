"""A count the writer says was the plan, then the change that made the count said now: "it was
gonna be 12 adults but my sister and her husband are coming now so 14, chicken and shrimp",
"quote for 20 people, was gonna be 22 but 2 cant make it". The planned count is no guest count of
its own, nor is the change a change of an order before: the count now is the party (round q85g,
blind 184 fv035 and fv041, which asked "14: guests in all, or adults?" and "2 fewer than what?").

Read only when the change is counted (people named one by one, a pair word two, "N can't make
it", "N more are coming") and the planned count and the change make the count said now; the
words are then blanked (same length), the count now taking the planned count's place when it
came bare after the change ("... so 14": "14 adults", the band the plan told). Anything else is
left to the readers, which ask."""

from __future__ import annotations

import re

Span = tuple[int, int]

_WORD = r"(?:adults|people|ppl|guests|of us)"
_PLAN = r"(?:it\s+)?(?:was|were)\s+(?:gonna|going to|supposed to|meant to|planning to|planned to)\s+be"
# the change: people coming ("my sister and her husband are coming now", "2 more are coming") or
# not ("2 cant make it", "3 dropped out")
_CHANGE = (
    r"(?P<change>[a-z0-9' ,&+]{1,60}?)\s+(?:(?:are|is|r|can|will)\s+(?:now\s+|also\s+)?)?"
    r"(?P<verb>coming|come|joining|make it|can'?t make it|cant make it|can'?t come|cant come|"
    r"cannot (?:make it|come)|won'?t make it|wont make it|dropped out|dropped|bailed|backed out|"
    r"cancell?ed)(?:\s+(?:now|too|after all|anymore))?"
)
# "it was gonna be 12 adults but ... coming now so 14": the count now after the change
_PLAN_FIRST = re.compile(
    rf"\b{_PLAN}\s+(?P<n>\d{{1,3}})\s+(?P<word>{_WORD})\s*,?\s+but\s+{_CHANGE}"
    r"\s*(?:,\s*|\s+)(?:so\s+|now\s+|so\s+now\s+)(?:(?:we'?re|were|it'?s|its)\s+)?(?P<m>\d{1,3})\b"
    rf"(?!\s*(?:{_WORD}|kids|children|more|[a-z]+\s+more))"
)
# "quote for 20 people, was gonna be 22 but 2 cant make it": the count now told first
_NOW_FIRST = re.compile(
    rf"\b(?P<m>\d{{1,3}})\s+(?P<word>{_WORD})\s*,?\s*(?:(?:but|and)\s+)?(?P<plan>{_PLAN}\s+(?P<n>\d{{1,3}})"
    rf"(?:\s+{_WORD})?\s*,?\s+but\s+{_CHANGE})"
)
_PAIRS = r"parents|in-?laws|grandparents|grandpas|folks"
_PARTNER = r"(?:husband|wife|hubby|partner|spouse|bf|gf|boyfriend|girlfriend|fianc(?:e|ee))"
_ITEM = re.compile(
    rf"^(?:(?P<pair>(?:my|our|his|her|their)\s+(?:{_PAIRS}))"
    rf"|(?P<one>(?:my|our|his|her|their)\s+(?:[a-z'-]+\s+)?[a-z'-]+)|(?P<k>\d{{1,2}})(?:\s+more)?"
    r"(?:\s+(?:people|ppl|guests|of them|friends|adults))?)$"
)
_OUT = re.compile(r"can'?t|cant|cannot|won'?t|wont|dropped|bailed|backed|cancel")


def _people(change: str) -> int | None:
    """The people a change names ("my sister and her husband": 2, "2": 2), None when any item is
    not counted."""
    items = [i.strip() for i in re.split(r",|\band\b|&|\+", change) if i.strip()]
    total = 0
    for item in items:
        m = _ITEM.match(item)
        if m is None or (m["one"] and re.search(rf"\b(?:{_PAIRS}|kids?|family|friends|s)$", item)
                         and not re.search(rf"\b{_PARTNER}$", item)):  # fmt: skip
            return None  # "my cousins", "my sister's kids": no number
        total += 2 if m["pair"] else int(m["k"]) if m["k"] else 1
    return total or None


def _fits(n: str, m: str, change: str, verb: str) -> bool:
    people = _people(change)
    if people is None:
        return False
    delta = -people if _OUT.search(verb) else people
    return int(n) + delta == int(m)


def plan_changed(text: str) -> str:
    """Normalized `text` with a planned count and the change that made the count now blanked,
    the count now in the planned count's place when it came bare after the change."""
    if "be" not in text or "but" not in text:
        return text  # speed
    chars = list(text)
    for p in _PLAN_FIRST.finditer(text):
        # "was gonna be 9 adults ... so 11": no room for the count now, left to the readers
        if _fits(p["n"], p["m"], p["change"], p["verb"]) and len(p["m"]) <= len(p["n"]):
            start, end = p.span()
            chars[start:end] = " " * (end - start)
            kept = text[p.end("n") : p.end("word")]  # " adults": the band the plan told
            chars[p.start("n") : p.end("word")] = p["m"].rjust(len(p["n"])) + kept
    for p in _NOW_FIRST.finditer(text):
        if _fits(p["n"], p["m"], p["change"], p["verb"]):
            chars[p.start("plan") : p.end("plan")] = " " * (p.end("plan") - p.start("plan"))
    return "".join(chars)
