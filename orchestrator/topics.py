"""What a customer message is about, by keyword: the offline responder answers each topic it knows
from catalog facts and hands the rest to staff."""

from __future__ import annotations

import re

from orchestrator.guard import is_price_question

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?"
)
_DAYS = (
    r"mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
)

# Alternatives per topic, each matched as whole words (regex syntax allowed inside).
_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "deposit": (r"deposit\w*",),
    "cancellation": (
        r"cancel\w*",
        r"reschedul\w*",
        "postpone",
        "move the date",
        "change the date",
        "refundable",
    ),
    "notice": (
        "notice",
        "in advance",
        "ahead of time",
        "last[- ]minute",
        "how soon",
        "how far ahead",
        "tomorrow",
        "tonight",
    ),
    "gratuity": ("tip", "tips", "tipping", "gratuity"),
    "tax": ("tax", "taxes"),
    "kids_price": (
        r"(?:kids?'?|child(?:ren)?'?s?) (?:price|pricing|rate|menu|discount)",
        "(?:price|charge|cost) for (?:kids|children|toddlers|little ones)",
        "do (?:kids|toddlers) (?:eat )?free",
    ),
    "travel": (
        "travel",
        "come out to",
        "come to",
        "cater in",
        "serve",
        "service area",
        "drive to",
        "how far",
    ),
    "availability": (
        "available",
        "availability",
        "booked",
        "open on",
        "free on",
        _DAYS,
        rf"(?:{_MONTHS})\.? \d{{1,2}}",
        r"\d{1,2}/\d{1,2}",
    ),
    "equipment": ("bring", "plates", "utensils", "propane", "tables?", "chairs", "setup", "set up"),
    "space": (
        "enough room",
        "big enough",
        "enough space",
        "space for",
        "fit the grill",
        "indoors",
        "covered patio",
    ),
    "menu": (
        "menu",
        "fried rice",
        "noodles",
        "sides",
        "vegan",
        "vegetarian",
        "gluten",
        r"allerg\w*",
        "halal",
        "kosher",
        "dessert",
    ),
    # Vendor paperwork only staff can answer: never answered from the catalog.
    "paperwork": (
        r"insur\w*",
        "liability",
        r"certificates? of insurance",
        "coi",
        r"(?:health )?permits?",
        r"licen[sc]e[sd]?",
        r"w-?9",
        r"invoices?",
        r"contracts?",
    ),
    "booking": ("book", "lock in", "reserve", "confirm", "how do i pay", "pay the"),
    # What only a person can arrange: a call, more than one chef, a venue's own rules.
    "arrangements": (
        r"(?:can|could|would|will|pls|please)\s+(?:someone|somebody|you|u|ya|your team)\s+"
        r"(?:please\s+)?(?:call|phone|ring)\s+(?:me|us)(?!\s+(?:at|on)\b)",
        r"give (?:me|us) a (?:call|ring)",
        r"(?:hop on|jump on|set up|schedule) a (?:phone )?call",
        r"talk (?:to|with) (?:someone|somebody|a person|a real person)",
        r"(?:[2-9]|multiple|several|extra|additional|more than 1|a second|another) chefs?",
        r"fire (?:rules|codes?|marshal|safety|department)",
        r"venue (?:wants|needs|requires|coordinator|manager|rules)",
    ),
    "complaint": (
        r"complain\w*",
        "terrible",
        "awful",
        "horrible",
        r"disappoint\w*",
        "worst",
        "rude",
        "never showed",
        "no[- ]show",
        "food poisoning",
        "got sick",
        "undercooked",
        "raw chicken",
        "unacceptable",
        r"overcharg\w*",
        "charged twice",
        "want (?:a|my) refund",
        "refund (?:for|of) (?:our|my|the|last)",
    ),
}

TOPIC_PATTERNS: dict[str, re.Pattern[str]] = {
    "greeting": re.compile(
        r"^\s*(?:/start|hi+|hello|hey+|hola|good (?:morning|afternoon|evening)|yo)\b"
    ),
    **{name: re.compile(r"\b(?:" + "|".join(alts) + r")\b") for name, alts in _ALTERNATIVES.items()},
}


# A complaint told without its usual words: the business did not answer or confirm, or the
# customer's frustration about something booked or paid. Frustration alone ("frustrated trying to
# plan this") and friends who have not answered yet are no complaint.
_UNANSWERED = re.compile(
    r"\b(?:no ?one|nobody|no-one)\s+(?:\w+\s+){0,2}?(?:confirmed|responded|replied|answer(?:s|ed)?|"
    r"called (?:me |us )?back|got(?:ten)? back|followed up)\b"
    r"|\b(?:haven't|havent|have not|never|didn't|did not)\s+(?:heard back|gotten (?:a |any )?"
    r"(?:response|reply|confirmation|answer)|received (?:a |any )?(?:response|reply|confirmation|"
    r"answer)|got (?:a |any )?(?:response|reply|confirmation|answer))\b"
    r"(?!\s+(?:yet\s+)?from\s+(?:my|our|a|some|the guests|a few|few|everyone|all)\b)"
    r"|\bno (?:response|reply|answer|confirmation|call back|callback)\b"
)
_FRUSTRATED = re.compile(
    r"\b(?:frustrat\w*|annoy\w*|fed up|ridiculous|upset|pissed|furious|angry|unprofessional)\b"
)
_SERVICE = re.compile(
    r"\b(?:deposit|paid|payment|charged|booked|booking|reservation|our date|my date|messaged|"
    r"called|emailed|texted|chef)\b"
)


def _complaint(text: str) -> bool:
    service = bool(_SERVICE.search(text))
    unanswered = bool(_UNANSWERED.search(text))
    return (unanswered and service) or bool(_FRUSTRATED.search(text) and (unanswered or service))


def detect_topics(normalized_text: str) -> frozenset[str]:
    """Names of the topics a (lower-cased) message touches."""
    found = {name for name, pattern in TOPIC_PATTERNS.items() if pattern.search(normalized_text)}
    if _complaint(normalized_text):
        found.add("complaint")
    if is_price_question(normalized_text):
        found.add("price")
    return frozenset(found)
