"""What a customer message is about, by keyword: the offline responder answers each topic it knows
from catalog facts and hands the rest to staff."""

from __future__ import annotations

import re

from orchestrator.claimed_offers import offer_claimed
from orchestrator.complaints import is_complaint, praise_words
from orchestrator.courses import courses_asked
from orchestrator.discounts import discount_asked
from orchestrator.dishes import off_menu_dish
from orchestrator.firm_names import all_in_firms, firm_spans
from orchestrator.first_chars import first_chars
from orchestrator.guard import is_price_question
from orchestrator.paperwork_done import permit_done
from orchestrator.policy_questions import INCLUDED, MINIMUM, PAST_ORDER, TRAVEL_POLICY
from orchestrator.rain_cancel import rain_only_cancels
from orchestrator.reading.menu_lacks import menu_lacks
from orchestrator.reading.references import earlier_event, same_order
from orchestrator.topic_words import (
    ALLERGEN,
    DAYS,
    HALAL_ASKED,
    MONTHS,
    MORE_COME,
    RECOUNT,
    SPANISH_MONTHS,
)
from orchestrator.venue_requests import VENUE_REQUESTS

# a final count stated: its verb or a colon, then the number ("is 28", "came in at 19", "is in:
# 28", "from the rsvp list: 22", "is around 30"; not "a final count 3 days before?")
_STATED = (
    r"\s*(?:(?:is|was|are|came|come|will\s+be|=|in|at|now|from\s+[^.?!\n:]{1,40}?|around|about"
    r"|roughly|like|exactly)\b\s*|[:=\-—!]\s*)*\d{1,3}(?!\d|\s*(?:days?|weeks?|hours?|hrs?)\b)"
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
    # Whether the order, the count or the date can change after booking ("can we still change the
    # guest count later?", "can we add people after we book", "what if our number changes", "is
    # the count final once we book"): a policy question beside a count or not (a full order is
    # quoted, as beside a deposit question). The catalog has no rule on it: staff confirm.
    "changes": (
        r"(?:change|changing|update|adjust|add|adding|remove|drop|switch|swap|move)\b[^.?!\n]{0,40}?"
        r"\b(?:later|after (?:we|i|you) (?:book|pay|reserve|confirm|put down)\w*|after booking|"
        r"once (?:we|i) (?:book|pay|reserve|confirm)\w*|down the (?:road|line))",
        r"(?:guest |head ?)?(?:count|number|numbers|headcount|guest list)s? (?:changes?|goes up|goes "
        r"down|go up|go down|(?:is|are) (?:it )?(?:final|locked|set in stone))",
        # ("final headcount is 28 adults", "final count came in at 23", "final numbers are in: 21
        # adults", "final count: 18": the count stated, no question about changing it; q86d)
        r"final (?:guest )?(?:count|headcount|head count|number|numbers)(?!" + _STATED + ")",
        r"(?:is|are) (?:the|our) (?:guest |head ?)?(?:count|number|numbers|headcount)s? "
        r"(?:final|locked|set in stone)",
        # the count changed if more guests come ("if more ppl rsvp can we change the number?",
        # "can we bump the headcount if more folks say yes"): a change after booking, either order
        rf"(?:{MORE_COME})[^.!\n]{{0,50}}?\b(?:{RECOUNT})",
        rf"(?:{RECOUNT})[^.!\n]{{0,50}}?\b(?:{MORE_COME})",
    ),
    "notice": (
        "notice",
        "in advance",
        "ahead of time",
        "last[- ]minute",
        "how soon",
        "how far ahead",
        # "how early do we need to reserve": the notice ("how early does the chef arrive" is not)
        r"how early\b[^.?!\n]{0,30}?\b(?:book|reserve|order|confirm|schedule)\w*",
        r"how far out\b[^.?!\n]{0,30}?\b(?:book|reserve|schedule)\w*",  # "how far out do i book"
        "tomorrow",
        "tonight",
    ),
    "gratuity": ("tip", "tips", "tipping", "gratuity"),
    "tax": ("tax", "taxes"),
    "kids_price": (
        r"(?:kids?'?|child(?:ren)?'?s?) (?:price|pricing|rate|menu|discount)",
        "(?:price|charge|cost) for (?:kids|children|toddlers|little ones)",
        # "do kids under 6 eat free?", "do children under 6 really eat free?": the band asked
        r"do (?:the )?(?:kids|children|toddlers|babies|little ones)(?: (?:under|below) \d{1,2}"
        r"| \d{1,2} (?:and|&) under)? (?:really |still |also )?(?:eat )?(?:for )?free",
        "age (?:cutoff|cut-off|cut off|limit) for",  # "whats the age cutoff for the kid price?"
    ),
    "travel": (
        "travel",
        "come out to",
        "come to",
        "cater in",
        "serve",
        "service area",
        "drive to",
        # "how far ahead do we book", "how far out do i need to book": the notice
        r"how far(?! in advance| ahead| out\b[^.?!\n]{0,30}?\b(?:book|reserv|schedul|in advance))",
    ),
    "availability": (
        "available",
        "availability",
        "booked",
        "open on",
        "free on",
        rf"(?<!happy )(?:{DAYS})",  # "Happy Monday 😊": a greeting
        rf"(?:{MONTHS})\.? \d{{1,2}}",
        r"\d{1,2}/\d{1,2}",
        # "the 3rd of July" ("for the 14th" alone may be a booking's date: "move our party ...")
        rf"\d{{1,2}}(?:st|nd|rd|th)? of (?:{MONTHS})",
        # Spanish: "¿tienen disponible el sábado 20?", "para el 14 de marzo" (accents gone)
        r"disponib(?:le|les|ilidad)",
        r"lunes|martes|miercoles|jueves|viernes|sabado|domingo",
        rf"\d{{1,2}} de (?:{SPANISH_MONTHS})",
    ),
    # "on top for the table" is for sharing, no question about furniture
    "equipment": (
        # "want to bring their kids too": people brought are guests, no equipment
        r"bring(?!\s+(?:(?:their|his|her|my|our|your|a|the|some|\d+)\s+)?(?:kids|children|family|"
        r"families|friends|guests|spouses|wives|husbands|partners|dates?|plus-?ones|boyfriend|"
        r"girlfriend|wife|husband|partner|parents|son|daughter|baby|babies)\b)",
        "plates",
        "utensils",
        "propane",
        "(?<!for the )tables?(?! of \\d)",  # "2 more tables of 6" are guests
        "chairs",
        "setup",
        "set up",
    ),
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
        "(?<!same )menu",  # "same menu" names the order, no question about the menu
        "fried rice",
        "noodles",
        "sides",
        "vegan",
        "vegetarian",
        "gluten",
        r"allerg\w*",
        "dessert",
    ),
    # What a person must promise, never the catalog: a plan for bad weather, a guarantee for an
    # allergy that can kill, food the menu does not have (a plain allergy note stays "menu").
    "safety": (
        r"(?:if|in case|what if|when) (?:it |there'?s? (?:a |any )?)?"
        r"(?:rains?|storms?|pours?|bad weather)",
        r"(?:forecast|calls? for|says?|chance of) (?:\w+ )?(?:rain|storms?|thunderstorms?)",
        r"(?:rain|weather) (?:plan|date|policy|permitting|backup)",
        r"severe(?:ly)? (?:\w+ )?(?:and \w+ )?allerg\w*",
        r"epi ?-?pens?",
        r"anaphyla\w*",
        r"cross[- ]?(?:contact|contamination)",
        r"life[- ]threatening",
        # a promise about an allergen or the kitchen it is cooked in ("guarantee the food is 100%
        # nut free", "make sure the grill is totally gluten free", "a nut free kitchen"), or an
        # allergy said to be grave ("my son's allergy is severe"): only a person answers
        rf"(?:guarantee\w*|promise|assure|ensure|make sure|certified|100 ?%|completely|totally|"
        rf"strictly|entirely|fully|absolutely)\s+(?:[\w']+\s+){{0,5}}?{ALLERGEN}[- ]?free",
        rf"(?:guarantee\w*|promise|assure|ensure|make sure)\b[^.?!\n]{{0,60}}?\b{ALLERGEN}\b",
        rf"{ALLERGEN}[- ]?free (?:kitchen|facility|environment|grill|area|space|prep|surface)s?",
        r"allerg(?:y|ies) (?:is|are|s) (?:very |really |extremely |super |so )?(?:severe|serious|"
        r"life[- ]threatening|deadly|fatal|dangerous|bad)",
        r"(?:serious|deadly|fatal|dangerous) (?:\w+ )?allerg\w*",
        r"celiac",
    ),
    "off_menu": (HALAL_ASKED, "wagyu", r"lamb(?: chops?)?", "goat", "duck", "venison"),
    # Vendor paperwork only staff can answer: never answered from the catalog.
    "paperwork": (
        r"insur\w*",
        "liability",
        r"certificates? of insurance",
        "coi",
        r"(?:health )?permits?",
        r"licen[sc]e[sd]?",
        r"w-?9",
        r"contracts?",
    ),
    # Billing beside an order ("invoice to accounts@ when ready", "send me a receipt", "can I pay by
    # card?"): staff follow up, and the order is still quoted.
    "billing": (
        r"invoic\w*",
        r"(?:itemi[sz]ed )?receipts?",
        r"pay (?:the balance |the rest )?(?:by|with|via|using) (?:a )?(?:credit |debit )?(?:card|check|"
        r"cheque|cash|venmo|zelle|paypal|ach|wire)",
    ),
    # "I'll confirm", "we will confirm": the customer settles something later, no booking asked about
    "booking": (
        "book", "lock in", "reserve", r"(?<!'ll )(?<!\bill )(?<!\bwill )confirm", "how do i pay",
        "pay the",
        # "What's the next step to get us on the calendar?" after a quote (round q84j)
        r"next steps?(?! (?:for|on|with|about) (?:the |my |our )?(?:refund|complaint|charge))",
        r"(?:get|put|add) (?:us|me|it|this|our (?:party|event|date)) (?:on|in) (?:the|your) "
        r"(?:calendar|books|schedule)",
    ),
    # What only a person can arrange: a call, more than one chef, a venue's own rules.
    # A call asked for: beside an order the responder quotes, staff call (`answers.CALL_TOPICS`).
    "call_back": (
        r"(?:can|could|would|will|pls|please)\s+(?:someone|somebody|you|u|ya|your team)\s+"
        r"(?:please\s+)?(?:call|phone|ring)\s+(?:me|us)(?!\s+(?:at|on)\b)",
        r"give (?:me|us) a (?:call|ring)",
        r"(?:hop on|jump on|set up|schedule) a (?:phone )?call",
        r"talk (?:to|with) (?:someone|somebody|a person|a real person)",
    ),
    "arrangements": (
        r"(?:[2-9]|multiple|several|extra|additional|more than 1|a second|another) chefs?",
        r"fire (?:rules|codes?|marshal|safety|department)",
        r"venue (?:wants|needs|requires|coordinator|manager|rules)",
        *VENUE_REQUESTS,  # a booked time moved, open flames, an indoor setup, pets, parking
    ),
}

TOPIC_PATTERNS: dict[str, re.Pattern[str]] = {
    "greeting": re.compile(
        r"^\s*(?:/start|hi+|hello|hey+|hola|good (?:morning|afternoon|evening)|yo|"
        # "Happy Lunar New Year!! hope you guys are doing well", "Happy Nowruz! hello there": a
        # season's wishes for any named day, told whole before a stop or a hello
        r"(?:happy|merry|blessed|joyous) (?!(?:to|with|for|that|about|if|we|i|you|u|it|and|"
        r"the|a|my|our|hour)\b)[a-z'-]+(?: [a-z'-]+){0,2}(?=\s*(?:[!.,&~]|$|\band\b|\bhi\b|"
        r"\bhello\b|\bhey\b|\bhola\b))|"
        r"(?:happy|merry) (?:(?:lunar |chinese )?new year|holidays|thanksgiving|christmas|xmas|"
        r"hanukkah|diwali|easter|halloween|4th|fourth|friday|mother'?s day|father'?s day)|"
        r"(?:eid|ramadan) (?:mubarak|kareem)|shana tova|feliz (?:navidad|ano nuevo|pascua)|"
        # "Magandang hapon po!": good morning, noon, afternoon or evening in Tagalog
        r"magandang (?:umaga|tanghali|hapon|gabi|araw)|"
        r"season'?s greetings)\b"
        # "omg just found u guys on ig 😍 the videos are everything!! hi!!": how they found the
        # business is an introduction wherever it stands
        r"|\bjust found (?:you|u|y'?all)(?: guys| all| folks)? on (?:ig|insta(?:gram)?|fb|"
        r"facebook|tiktok|yelp|google|youtube)\b"
    ),
    **{
        name: first_chars(re.compile(r"\b(?:" + "|".join(alts) + r")\b"))  # speed: `first_chars`
        for name, alts in _ALTERNATIVES.items()
    },
}


def detect_topics(normalized_text: str) -> frozenset[str]:
    """Names of the topics a (lower-cased) message touches."""
    found = {name for name, pattern in TOPIC_PATTERNS.items() if pattern.search(normalized_text)}
    safety = TOPIC_PATTERNS["safety"]
    if "safety" in found and "deposit" in found and rain_only_cancels(normalized_text, safety):
        found.discard("safety")  # the weather only as the reason for a cancellation
    if "paperwork" in found and "insurance" in normalized_text:  # "manager at Delta Ridge Insurance"
        firms = firm_spans(normalized_text)
        words = (m.span() for m in TOPIC_PATTERNS["paperwork"].finditer(normalized_text))
        if firms and all_in_firms(words, firms):
            found.discard("paperwork")
    blanked = permit_done(normalized_text) if "paperwork" in found else None
    if blanked is not None and not TOPIC_PATTERNS["paperwork"].search(blanked):
        found.discard("paperwork")  # "we got the permit 🙌": theirs, and done
    questions = {"travel_policy": TRAVEL_POLICY, "minimum": MINIMUM, "included": INCLUDED,
                 "past_order": PAST_ORDER}
    found.update(name for name, pattern in questions.items() if pattern.search(normalized_text))
    if courses_asked(normalized_text) or off_menu_dish(normalized_text):
        found.add("off_menu")
    if "off_menu" in found and (lacks := menu_lacks(normalized_text)):
        # "no lamb on your menu so: filet and salmon": the dish named as not there, no request
        blanked = "".join(" " if any(s <= i < e for s, e in lacks) else c
                          for i, c in enumerate(normalized_text))  # fmt: skip
        if not detect_topics(blanked) & {"off_menu"}:
            found.discard("off_menu")
    if same_order(normalized_text):  # "same food": the conversation's order, when it has one
        found.add("same_order")
    if earlier_event(normalized_text):  # "doing it again": its food unnamed, staff look it up
        found.add("earlier_event")
    if is_complaint(normalized_text):
        found.add("complaint")
    elif praise_words(normalized_text):  # is_praise without a second is_complaint
        found.add("praise")
    if is_price_question(normalized_text):
        found.add("price")
    if discount_asked(normalized_text):  # "any military discount?", "can u match $45/person?"
        found.add("discount")
    if offer_claimed(normalized_text):  # "the flyer said 10% off", "ur IG filet special"
        found.add("offer")
    return frozenset(found)

