"""The customer's why-questions about our quote, recognized in one place: one set of question
words and change words, two questions (each answered by its own function).

A question about a number of the quote that asks no change (`quote_number_question`: "why is
lobster $15 more but filet only $5? just curious", "shouldnt travel to 95663 be free? you said
first 30 miles free", round q80k): a policy question, answered from the published policies (the
upgrade prices, the kids' prices, the travel rule) with no re-quote and no new total. The proteins
or the ZIP it names are what it asks about, not an order. A change beside it ("why is it $750? can
we drop the lobster then") or a count set against the quote's ("shouldn't it be 12 not 21?", a
correction) keeps the message an order, the food of the question still only asked about ("why is
lobster so much?? lets do shrimp instead": the change is read without the question, `why_sentence`,
so what the shrimp replaces is asked).

A question why the business's last quote costs what it does (`quote_why_topics`: "550 for 5
people?? why so high", "why is my 14 yr old adult price?", "where's the other 65 from?", round
q81b): the customer changes nothing, and the figures or ages the question names are the quote's
own, said back, not a new order; the answer (`orchestrator.quote_why`) is the rules behind the
quote: the party minimum when the quote applied it, the upgrade prices when it has a premium
protein, the kids' price when it counts children or the question is about a guest's age. Only a
message whose every word is a question about the price is read so: one that asks for a change
("can we drop the lobster", "instead", "what if"), books, or is about travel, the deposit or the
tip is left to the other readings, and so is one that corrects the quote's reading ("i said ny
strip not filet", "it's 18 adults, not 8"): a correction of a field keeps the rest of the order.

The two questions share their words but not their reach: the first answers travel and fees
(their words are its question's), the second answers the quote's own rules only (travel, fees,
the deposit and bargaining are another topic beside it)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from orchestrator.catalog import Catalog
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.our_quote import stated_totals
from orchestrator.reading.words import normalize

# The question words: "why", "how come" (the quote's whole price also "where's the 65 from?")
_HOW_COME = r"how come"
# A change asked: "can we drop the lobster", "lets do shrimp instead", "i want the filet"
_CHANGE_WORDS = r"drop|remove|take|switch|swap|change|add|go with|instead|want|rather"
_LETS = r"let'?s|lets"
# A correction: "actually it's 12", "that's wrong"; the order said back, "i said ny strip"
_CORRECTED = r"actually|wrong"
_SAID = r"said|ordered|wanted|requested"  # after "i" or "we"
# Kids named: "kids", "children"
_KID = r"kids?|children|child"

# -- a question about one number of the quote (`quote_number_question`) --
# "why is lobster $15 more", "how come the filet is extra", "shouldnt travel be free", "shouldn't
# the fee be $0": asking the reason of a price or a fee
_WHY = re.compile(
    rf"\b(?:why\s+(?:is|are|does|do|would|was|were|'?s)|{_HOW_COME})\b(?:[^.?!\n]|\.(?=\d)){{0,60}}?"
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
# A change asked beside the question, or a correction: the message stays an order ("do", "make",
# "need", "then" too: a number question asks nothing of the order)
_CHANGE = re.compile(
    r"\b(?:can|could|would|will)\s+(?:we|i|u|you|ya)\b(?!\s+(?:please\s+)?explain\b)"
    rf"|\b(?:{_LETS})\b|\b(?:{_CHANGE_WORDS}|make|do|cancel|replace|upgrade|downgrade|skip|"
    r"without|prefer|need|then)\b|\bnot\s+\$?\d|\bi(?:'?d| would) like\b"
    # a correction beside it: "oh i see i typed 95607, its 95670 sorry"
    rf"|\b(?:typed|typo|mistyped|meant|{_CORRECTED}|sorry|oops|my bad)\b"
    # what the writer ordered set against the quote: "why is it 720? we said chicken and shrimp"
    rf"|\b(?:i|we)\s+(?:{_SAID}|asked for|told (?:you|u|ya))\b"
)
# A number that is no money, ZIP, distance or time: a count set against the quote's.
_COUNT = re.compile(
    r"(?<![\$\d.])\b\d{1,4}\b(?!\s*(?:mi\b|miles?|min\b|mins?|minutes?|hours?|hrs?|%|\.\d|yrs?\b|"
    r"years?|y/?o\b|-? ?year|proteins?\b))"
)
_KIDS = re.compile(rf"\b(?:{_KID}|toddlers?|\d+ (?:yrs?|year) old|\d+ ?y/?o)\b")
_ZIP = re.compile(r"\b\d{5}\b")
_TRAVEL = re.compile(r"\b(?:travel|miles?|mi|drive|driving|distance|trip|mileage|gas)\b")

# -- a question why the quote costs what it does (`quote_why_topics`) --
# "why so high", "how come kids are 35", "where's the other 65 from?", "where does the 65 come from"
_WHY_QUOTE = re.compile(
    rf"\b(?:why|{_HOW_COME})\b|\bwhere(?:'?s| is| does| did| do)\b[^?.!]*\b(?:from|come)\b"
)
# the question is about the price or a guest's band, not the date or the menu
_PRICED = re.compile(
    r"\$|\d|\b(?:price|priced|pricing|cost|costs|charge|charged|charging|expensive|pricey|high|"
    r"much|extra|adult|adults|kid|kids|child|children|minimum|total|more)\b"
)
# a change, a booking or another topic beside the question: not only a question about the price
_OTHER = re.compile(
    rf"\b(?:{_CHANGE_WORDS}|{_LETS}|changed|taking|adding|make it|what if|how about|"
    r"can (?:we|u|you|i)|could (?:we|u|you|i)|book|keep|wanna|"
    r"travel|mile|miles|fee|deposit|tip|gratuity|tax|discount|deal|cheaper|lower|less|off|"
    rf"{_CORRECTED}|mistake|error|overcharg\w*|refund|date|time|available|"
    # a correction of the order said back ("i said ny strip not filet", "it's 18 adults, not 8")
    # (a party's "we said chicken and shrimp" as the writer's own "i said")
    rf"(?:i|we) (?:{_SAID}|asked|meant)|not|should|supposed)\b"
)
# "just want to understand before we decide": why the question is asked, no change wanted (set
# 180's fr070, round q84h)
# "6 people at $55 each should be $330, so how come ...": the customer's own sum, no correction
_TO_UNDERSTAND = re.compile(
    r"\b(?:want|wanted|wanna|trying|need|needed)\s+to\s+(?:understand|know|make sure|be sure|"
    r"check|double[- ]?check|clarify)\b|\bshould\s+(?:only\s+)?(?:be|come\s+to|cost)(?=\s+\$\s?\d)"
)
_KID_WORDS = re.compile(rf"\b(?:{_KID})\b")
# "my 14 yr old", "she's 13 years old", "what age": a guest's age, not a price, is asked about
_AGE_NAMED = re.compile(r"\b\d+\s*(?:yr|yrs|year|years|y/?o)\b|\bages?\b")
AGE_BANDS = "age_bands"  # `quote_why_topics`: the question is which band an age is priced in


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


def quote_why_topics(
    text: str, history: Sequence[tuple[str, str]], catalog: Catalog
) -> frozenset[str]:
    """The policy topics that answer `text` as a question why the business's last reply, a
    quote, costs what it does; empty when `text` is not only such a question (module doc)."""
    if not history or history[-1][0] != "business" or not stated_totals(history[-1][1]):
        return frozenset()
    norm = _TO_UNDERSTAND.sub(" ", normalize(text))
    if not _WHY_QUOTE.search(norm) or not _PRICED.search(norm) or _OTHER.search(norm):
        return frozenset()
    if _AGE_NAMED.search(norm):  # "why is my 14 yr old adult price?": the ages each band covers
        return frozenset({AGE_BANDS})
    quote = history[-1][1].lower()
    topics = set()
    if "minimum" in quote:
        topics.add("minimum")
    if any(p.premium and p.name.lower() in quote for p in catalog.proteins):
        topics.add("included")
    if _KID_WORDS.search(quote) or _KID_WORDS.search(norm):
        topics.add("kids_price")
    return frozenset(topics)
