"""A question about a number of the quote that asks no change ("why is lobster $15 more but filet
only $5? just curious", "shouldnt travel to 95663 be free? you said first 30 miles free"): a policy
question, answered from the published policies (the upgrade prices, the kids' prices, the travel
rule) with no re-quote and no new total. The proteins or the ZIP it names are what it asks about,
not an order. A change beside it ("why is it $750? can we drop the lobster then") or a count set
against the quote's ("shouldn't it be 12 not 21?", a correction) keeps the message an order, the
food of the question still only asked about ("why is lobster so much?? lets do shrimp instead":
the change is read without the question, so what the shrimp replaces is asked)."""

from __future__ import annotations

import dataclasses
import re

from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.words import normalize

# "why is lobster $15 more", "how come the filet is extra", "shouldnt travel be free", "shouldn't
# the fee be $0": asking the reason of a price or a fee
_WHY = re.compile(
    r"\b(?:why\s+(?:is|are|does|do|would|was|were|'?s)|how come)\b(?:[^.?!\n]|\.(?=\d)){0,60}?"
    r"(?:\$\s?\d|\b\d+\.\d\d\b|\b(?:more|extra|less|cheaper|pricier|expensive|cost\w*|fee|fees|"
    r"charge\w*|price\w*|free|upcharge|up ?charge|travel|so (?:high|much))\b)"
    # "can you explain the $280.00 in protein upgrades?", "whats the $80 extra portions for?"
    r"|\bexplain (?:the|this|that|these|those|why|how)\b(?:[^.?!\n]|\.(?=\d)){0,40}?(?:\$\s?\d|"
    r"\b(?:fee|fees|charge\w*|upgrades?|cost|price|total|travel)\b)"
    r"|\bwhat'?s\s+(?:the|that|this)\s+\$\s?\d+(?:\.\d\d)?\s+(?:[\w-]+\s+){0,3}?for\s*\?"
)
_SHOULD_BE = re.compile(
    r"\bshould\s*(?:n'?t|nt|not)\s+(?:[\w']+\s+){0,5}?be\s+(?:\w+\s+)?(?:free|included|\$\s?\d|"
    r"cheaper|less|lower|no charge|waived)\b"
)
# A change asked beside the question, or a correction: the message stays an order.
_CHANGE = re.compile(
    r"\b(?:can|could|would|will)\s+(?:we|i|u|you|ya)\b(?!\s+(?:please\s+)?explain\b)"
    r"|\blet'?s\b|\blets\b|\b(?:drop|remove|take|"
    r"switch|swap|change|add|make|do|go with|instead|cancel|replace|upgrade|downgrade|skip|"
    r"without|rather|prefer|want|need|then)\b|\bnot\s+\$?\d|\bi(?:'?d| would) like\b"
    # a correction beside it: "oh i see i typed 95607, its 95670 sorry"
    r"|\b(?:typed|typo|mistyped|meant|wrong|actually|sorry|oops|my bad)\b"
    # what the writer ordered set against the quote: "why is it 720? we said chicken and shrimp"
    r"|\b(?:i|we)\s+(?:said|asked for|ordered|wanted|requested|told (?:you|u|ya))\b"
)
# A number that is no money, ZIP, distance or time: a count set against the quote's.
_COUNT = re.compile(
    r"(?<![\$\d.])\b\d{1,4}\b(?!\s*(?:mi\b|miles?|min\b|mins?|minutes?|hours?|hrs?|%|\.\d|yrs?\b|"
    r"years?|y/?o\b|-? ?year|proteins?\b))"
)
_KIDS = re.compile(r"\b(?:kids?|children|child|toddlers?|\d+ (?:yrs?|year) old|\d+ ?y/?o)\b")
_ZIP = re.compile(r"\b\d{5}\b")
_TRAVEL = re.compile(r"\b(?:travel|miles?|mi|drive|driving|distance|trip|mileage|gas)\b")


def quote_number_question(read: Inquiry, text: str) -> Inquiry:
    """The reading `read` of the message `text` as a policy question when it only asks why a
    number of the quote is what it is (its proteins or ZIP asked about, nothing ordered): the
    included topic (the upgrade prices), the kids' prices or the travel rule, no order; else
    `read` unchanged."""
    norm = normalize(text)
    if not (_WHY.search(norm) or _SHOULD_BE.search(norm)) or _CHANGE.search(norm):
        return read
    if _COUNT.search(_ZIP.sub(" ", norm)) or read.complaint or "complaint" in read.topics:
        return read
    if len(set(_ZIP.findall(norm))) > 1:  # two ZIPs: which is the party's is asked
        return read
    # "i thought two proteins were included per person": the question's words, no answer
    rest = dataclasses.replace(read, proteins=(), zip_code=None, per_person=None,
                               topics=read.topics - {"price"})
    if rest.quote_related:  # a count, an add-on or a change beside the question: an order
        return read
    asked = {"travel_policy"} if read.zip_code or _TRAVEL.search(norm) else set()
    asked |= {"kids_price"} if _KIDS.search(norm) and not read.proteins else set()
    asked |= {"included"} if read.proteins or not asked else set()
    return Inquiry(topics=rest.topics | asked, complaint=read.complaint)


_SENTENCE_END = re.compile(r"[.?!\n]+")


def why_sentence(text: str) -> tuple[int, int] | None:
    """The span of the question why a number of the quote is what it is, in `text`, when a
    change follows it ("why is lobster so much?? lets do shrimp instead"): the food it names is
    asked about, the change after it is the order's (None: no such question, or no change)."""
    lowered = text.lower()  # the same length as `text`: its spans are the text's
    why = _WHY.search(lowered) or _SHOULD_BE.search(lowered)
    if why is None or _CHANGE.search(lowered, 0, why.start()):
        return None
    end = _SENTENCE_END.search(lowered, why.end())
    if end is None or not _CHANGE.search(lowered, end.end()):
        return None
    start = max(lowered.rfind(stop, 0, why.start()) for stop in ".?!\n") + 1
    return start, end.end()
