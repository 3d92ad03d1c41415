"""Complaints and feedback told without the usual complaint words: a problem with the food or the
service after the event, a dispute about a charge (one made against what the business said: "we
got charged a travel fee but ur guy said travel was free"), a promise broken (told one thing, found
another, asking to put it right), an unanswered booking; and praise after the event. Each kind needs the
event or the charge to be in the past, so a worry before booking ("the chicken might come out dry"),
a taste ("overcooked? no, we like it well done") or a question about a charge ("is there a charge
for kids?") stays what it is."""

from __future__ import annotations

import re

from orchestrator.complaints_charge import charge_disputed, charged_against, quoted_fee_disputed
from orchestrator.complaints_es import (
    spanish_charge_complaint,
    spanish_refund_missing,
    spanish_service_complaint,
)
from orchestrator.complaints_refund import refund_not_received
from orchestrator.first_chars import first_chars
from orchestrator.literal_gates import gated

# Said to deny or wave off a complaint: "no complaints at all", "a little late but no big deal".
_DENIED = re.compile(
    r"\b(?:no|zero|not (?:a|one) single|never (?:had )?any|without any)\s+"
    r"(?:complaints?|issues?|problems?)\b|\b(?:can'?t|cannot|not) complain(?:ing)?\b"
)
_WAVED_OFF = re.compile(r"\b(?:no big deal|not a big deal|no worries|no biggie|all good|no harm done)\b")
# A guest who got sick and so cannot come, before the event ("the 8 yr old cant come anymore, my
# nephew got sick"): a change to the order, not a complaint ("sick from the food" stays one).
_STAYS_AWAY = re.compile(
    r"\b(?:can'?t|cannot|can not|won'?t|wont|not|no longer)\s+(?:be\s+)?(?:able to\s+)?"
    r"(?:come|coming|make it|be there|join|joining|attend|attending)\b"
)
_GOT_SICK = re.compile(r"\bgot sick\b(?!\s+(?:after|from|off)\b)")
_WORDS = re.compile(
    r"\b(?:complain\w*|terrible|awful|horrible|disappoint\w*|worst|rude|never showed|no[- ]show|"
    r"food poisoning|got sick|undercooked|raw chicken|unacceptable|overcharg\w*|charged twice|"
    r"want (?:a|my) refund|refund (?:for|of) (?:our|my|the|last))\b"
)
# Dissatisfaction that is a complaint wherever it is said.
_UNHAPPY = re.compile(
    r"\b(?:expected (?:a lot |way |much )?(?:better|more)|(?:pretty |really |very |so )?let down|"
    r"not (?:happy|satisfied|impressed|pleased) (?:with|at all|(?:one|1) bit|in the least)|unhappy with|"
    r"dissatisfied|"
    r"not worth (?:it|the money|the price|what (?:we|i) paid)|waste of (?:money|time)|"
    r"(?:who|whom) (?:do|can|should) (?:i|we) (?:talk|speak) to about|speak (?:to|with) (?:a|the|your) "
    r"manager|who(?:'s| is) (?:going to )?pay(?:ing)? (?:for|to fix) this)\b"
)
# Dissatisfaction that needs the event (or food, or the chef) beside it.
_SOFT = re.compile(
    r"\b(?:not (?:ok|okay|cool|acceptable|great|good)|bummed|smh|wtf|wth|upset|sad|let us down|"
    r"how is that (?:ok|okay|acceptable)|(?:barely|hardly) (?:did|talked|cooked|said|spoke)|"
    r"(?:on|glued to) (?:his|her|their) phone|in a (?:hurry|rush)|rushed)\b"
)
_FOOD = (
    r"(?:food|meal|dinner|steak|chicken|shrimp|salmon|scallops?|filet|lobster|rice|fried rice|"
    r"noodles|veggies|vegetables|meat|tofu|everything|portions?|sauce)"
)
_BAD = (
    r"(?:over ?cooked|under ?cooked|burnt|burned|cold|lukewarm|raw|dry|tough|chewy|rubbery|bland|"
    r"(?:too |way too |super |really |so )?(?:salty|greasy|soggy)|"
    r"not cooked (?:through|enough|all the way)|"
    r"(?:much |way |really |so |too )?(?:small|tiny)(?:er than \w+)?|off|gross|inedible)"
)
# A problem with the food, told as it happened ("the steak came out tough", "shrimp was rubbery").
_BAD_FOOD = re.compile(
    rf"\b{_FOOD}\s+(?:was|were|came out|tasted|seemed|arrived)\s+(?:\w+\s+){{0,2}}?{_BAD}\b"
    r"|\b(?:hair|bug|plastic|glass)\s+in\s+(?:the|my|our)\b"
    r"|\b(?:went home hungry|ran out of (?:food|rice|meat|chicken|steak|shrimp)|not enough food)\b"
    r"|\b(?:upset stomachs?|stomach (?:issues|problems|aches?)|sick (?:after|from))\b"
)
# A problem with the service ("showed up 45 min late", "left a mess", "cancelled 3 hours before").
_BAD_SERVICE = gated(re.compile(
    r"\b(?:showed up|arrived|got there|came|was|were|(?:\d+|an?|two|few)\s*(?:min|mins|minutes|hrs?|"
    r"hours?))\s+(?:\w+\s+){0,3}?late\b"
    r"|\bleft (?:a |such a )?(?:mess|grease|trash|garbage|oil)\b|\bleft (?:\w+ )?(?:early|before)\b"
    r"|\b(?:didn'?t|did not|never) (?:clean|clean up|show)\b|\bpacked up early\b"
    r"|\b(?:chef|you|u|you guys|your team|your company|he|she|they) (?:\w+ )?cancell?ed "
    r"(?:on us|\d+ (?:hours?|hrs?|days?|minutes?|mins?) before|the day of|last minute|at the last)"
))  # fmt: skip
# The event has happened: named in the past, or paid for.
_AFTER = re.compile(
    r"\b(?:last (?:night|weekend|week|time)|yesterday|the other (?:day|night)|(?:on|last|this past) "
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|you (?:catered|cooked|did)|had (?:you|u|y'?all) "
    r"(?:out|over)|after (?:your|the|our|my) (?:event|party|dinner)|"
    r"(?:we|i) paid|what (?:we|i) paid|"
    r"on the \d{1,2}(?:st|nd|rd|th))\b"
)

# A broken promise: what the customer was told or promised, what happened instead, and a demand to
# put it right ("we were told the deposit would be refunded... still nothing. please fix this").
# A question about a promise ("I was told it's refundable, is that still the case?") has no demand
# and nothing gone wrong, so it stays a policy question; a change to an order has no promise.
_PROMISED = re.compile(
    r"\b(?:(?:was|were|been) (?:told|promised|quoted|assured|supposed to)|promised|"
    r"(?:you|u|ya|y'?all|you guys|your (?:team|office|chef|staff|website)|the chef|he|she|they|"
    r"someone|somebody|(?:ur|your|the|that) (?:sales ?)?(?:guy|lady|girl|woman|man|person|rep|"
    r"representative|agent|coordinator|manager|chef|office|team|staff|website)"
    r"(?: on the phone| who \w+(?: us| me)?| (?:i|we) (?:spoke|talked) (?:with|to))?) (?:\w+ )?"
    r"(?:said|told|promised|agreed|assured|quoted))\b"
)
_BROKEN = re.compile(
    r"\b(?:still (?:nothing|no|not|haven'?t|hasn'?t|have not|has not|waiting)|"
    r"(?:never|didn'?t|did not|hasn'?t|has not|haven'?t|have not) (?:\w+ )?(?:came|come|arrived|"
    r"received|seen|gotten|got|happened|showed up|gone through)|"
    r"been (?:over )?(?:\d+|a|an|two|three|four|several|a few) (?:weeks?|days?|months?)|"
    r"(?:weeks?|days?|months?) later|(?:that|it|this) never|nothing (?:on|yet|has)|"
    r"but (?:it|that) (?:was not|wasn'?t|didn'?t|did not|never)|charged|billed|"
    r"on (?:my|our|the) (?:final )?(?:bill|invoice|card|statement|receipt)|"
    r"(?:amount|bill|total|invoice|charge) (?:came to|came out to|was|said))\b"
)
_DEMAND = re.compile(
    r"\b(?:(?:please|pls|plz|can you|can u|could you|kindly)\s+(?:\w+\s+)?(?:correct(?! me\b)|fix|"
    r"refund|reverse|adjust|remove|take (?:it|that|this) off|send (?:(?:it|us|me) )?(?:the |our |my )?"
    r"(?:refund|money|deposit|difference)|send (?:it|that)(?: back| over| already)?(?=\s*(?:[.!]|$))|"
    r"sort|look into|"
    r"resolve|make (?:it|this|that) right)|refund the difference|make (?:it|this|that) right|"
    r"(?:like|want|need) (?:this|it) (?:resolved|fixed|corrected|sorted)|"
    r"(?:correct|fix|sort out|resolve) (?:this|that|it)\b)"
)

# An unanswered booking, or frustration about something booked or paid. Frustration alone
# ("frustrated trying to plan this") and friends who have not answered yet are no complaint.
_UNANSWERED = re.compile(
    r"\b(?:no ?one|nobody|no-one)\s+(?:\w+\s+){0,2}?(?:confirmed|responded|replied|answer(?:s|ed)?|"
    r"called (?:me |us )?back|got(?:ten)? back|followed up)\b"
    r"|\b(?:haven't|havent|have not|never|didn't|did not)\s+(?:heard back|gotten (?:a |any )?"
    r"(?:response|reply|confirmation|answer)|received (?:a |any )?(?:response|reply|confirmation|"
    r"answer)|got (?:a |any )?(?:response|reply|confirmation|answer))\b"
    r"(?!\s+(?:yet\s+)?from\s+(?:my|our|a|some|the guests|a few|few|everyone|all)\b)"
    r"|\bno (?:response|reply|answer|confirmation|call back|callback)\b"
    r"|\bstill (?:don'?t|do not|haven'?t|have not) (?:have|got|gotten|received) (?:a |any |the )?"
    r"(?:response|reply|confirmation|answer)\b"
)
_FRUSTRATED = re.compile(
    r"\b(?:frustrat\w*|annoy\w*|fed up|ridiculous|upset|pissed|furious|angry|unprofessional)\b"
)
_SERVICE = re.compile(
    r"\b(?:deposit|paid|payment|charged|booked|booking|reservation|our date|my date|messaged|"
    r"called|emailed|texted|chef)\b"
)

# The business failed to do something at an event ("your chef didn't bring the fried rice", "the chef
# forgot the sauce", "he never showed", "the rice was missing"): said of the business, never of the
# customer ("we never did hibachi before" is no failure).
_WHO = (
    r"(?:chef|cook|you|u|ya|y'?all|you guys|u guys|he|she|they|your (?:\w+ )?(?:chef|cook|team|guy|guys|"
    r"crew|staff|company|people)|the (?:\w+ )?(?:chef|cook|team|guy|crew|staff))"
)
_FAILED = re.compile(
    rf"\b{_WHO}\s+(?:[\w']+\s+){{0,6}}?(?:(?:didn'?t|did not|didnt|never|forgot to|failed to|"
    r"couldn'?t|could not)\s+(?:even\s+)?(?:bring|brought|make|made|cook|cooked|serve|served|"
    r"show(?:ed)?(?: up)?|come|came|arrive|arrived|give|gave|include|included|set up|clean(?:ed)?)|"
    r"forgot (?:the|our|my|about))\b"
    r"|\b(?:the|our|my)\s+(?:\w+\s+){0,2}?(?:was|were)\s+(?:missing|forgotten|left out|never served)\b"
    # the business named first, what it forgot after "and": "ur chef showed up late to my wifes
    # bday and forgot the shrimp" (not "and i forgot the zip")
    rf"|\b{_WHO}\s+[^.?!\n]*?\b(?:and|then|also|plus|n)\s+(?:then\s+|also\s+)?forgot\s+(?:the|our|my|about)\b"
)
# Asking what went wrong, or for money back, about an event: no question before booking.
_WHAT_HAPPENED = re.compile(
    r"\b(?:what happened|what went wrong|what the heck happened|why (?:didn'?t|did not|didnt|wasn'?t|"
    r"weren'?t|was|were|did) (?:\w+ )?(?:chef|you|u|he|she|they|it|the|our)|explain (?:this|that|why)|"
    r"refund|reimburse\w*|credit (?:us|me|back)|wtf|wth)\b"
)


# Something paid for that fell short ("the show was like 10 minutes", "lasted maybe 8 min", "it ran
# out", "half of them came out cold"), and money asked back ("partial refund", "money back", "part of
# it refunded"): about an event that happened, whatever add-on or protein it names.
# "we paid for the show", "i paid (an) extra", "we paid $600": what was paid for ("we paid the deposit"
# is the booking, not the thing that fell short).
_PAID = re.compile(
    r"\b(?:(?:we|i)\s+(?:\w+\s+)?(?:paid|payed)\s+(?:an\s+)?"
    r"(?:extra|good money|in full|full price|\$?\d)|"
    r"(?:paid|payed) (?:extra |good money )?for)\b"
)
_FELL_SHORT = re.compile(
    r"\b(?:was|were|lasted|ran|went|took)\s+(?:\w+\s+){0,2}?(?:only|like|maybe|just|barely|about|"
    r"around|under|less than|not even)\s+(?:\d+|a few|five|ten)\s*(?:min|mins|minutes|seconds|secs)\b"
    r"|\blasted\s+(?:maybe\s+|like\s+|only\s+|barely\s+|about\s+)?\d+\s*(?:min|mins|minutes)\b"
    # "the chef did about 3 minutes of tricks", "only poured for like 5 min": the time it took
    r"|\b(?:did|gave|performed|put on|poured|cooked|showed)\s+(?:\w+\s+)?(?:for\s+)?(?:only|like|maybe|"
    r"just|barely|about|around|not even)\s+(?:\d+|a few|five|ten)\s*(?:min|mins|minutes)\b"
    r"|\b(?:ran|run|running) out\b|\bwas only\b|\bcut (?:it )?short\b"
    rf"|\b(?:half|most|some|all|a lot|none) of (?:them|it|the \w+)\s+(?:was|were|came out|tasted)\s+"
    rf"(?:\w+\s+)?{_BAD}\b"
)
_MONEY_BACK = re.compile(
    r"\b(?:partial refund|(?:some|our|my|the|any|part of (?:our|my|the)) money back|"
    r"part of (?:it|that|the \w+(?: \w+)?) (?:refunded|back)|(?:get|be) (?:\w+ )?refunded|"
    r"refund (?:part|some|half)|"
    # "we would like some of that back", "part of that money back"
    r"(?:some|part|half|a portion) of (?:that|it|this|what we paid)(?: money)? back|"
    # "we would like that $50 back", "want our $100 back": an amount paid, asked back
    r"(?:that|the|our|my)\s+\$\s?\d+(?:\.\d\d)?\s+back|"
    # "we want the difference back", "refund us the difference" (round q85g)
    r"(?:the|a|our) (?:price )?difference (?:back|refunded)|refund (?:us |me )?the difference)\b"
)
# Money back asked about before booking ("if we cancel do we get our money back?"): policy.
_IF_CANCELLED = re.compile(
    r"\b(?:if|when|in case|what if)\b[^.?!\n]{0,40}\b(?:cancel\w*|postpone\w*|reschedul\w*|rains?|"
    r"weather|change (?:the|our) date)\b|\bcancell?ation\b"
)


# The service told in the past tense ("the chef was late", "showed up an hour late", "got there
# 40 mins late"): the event has happened.
_TOLD_PAST = re.compile(r"\b(?:was|were|came|showed|arrived|got there)\b")
# ... unless of another business ("we booked a different company and the guy showed up late")
_OTHERS = re.compile(
    r"\b(?:a different|another|other|previous|our old) (?:company|caterer|chef|place)\b"
)


def _short_changed(text: str, after: bool) -> bool:
    """Something paid for fell short at an event that happened, or money is asked back for it."""
    if _IF_CANCELLED.search(text):
        return False
    paid = bool(_PAID.search(text))
    back = bool(_MONEY_BACK.search(text))
    return bool(_FELL_SHORT.search(text) and (paid or back)) or (back and (paid or after))


def _went_wrong(text: str, after: bool) -> bool:
    """A past event that went wrong: the business failed to do something, and the event is past
    or the customer asks what happened or for money back (a count or foods beside it change
    nothing: "ur chef never brought any tofu ... we'd like some of that money back")."""
    asked = after or _WHAT_HAPPENED.search(text) or _MONEY_BACK.search(text)
    return bool(_FAILED.search(text) and asked)


# Praise after the event ("Chef Tony was amazing on Saturday!!", "everything was perfect").
_PRAISE = re.compile(
    r"\b(?:amazing|awesome|incredible|perfect|fantastic|wonderful|excellent|delicious|great job|"
    r"the best|loved (?:it|him|her|the)|so good|a hit|blast|5 stars?|five stars?)\b"
)
_PAST_PRAISE = re.compile(r"\b(?:was|were|everyone|everybody|loved|enjoyed)\b")
_THANKS = re.compile(r"\b(?:thank you|thanks|thx|ty)\b")


def is_complaint(text: str) -> bool:
    """A complaint in the (lower-cased) `text`: its usual words, dissatisfaction, a problem with the
    food or service after the event, a disputed charge, a broken promise about money or service
    with a demand to put it right, or an unanswered booking."""
    text = _DENIED.sub(" ", text)
    if _STAYS_AWAY.search(text) and not _AFTER.search(text):
        text = _GOT_SICK.sub(" ", text)  # "can't come anymore, my nephew got sick"
    if _WORDS.search(text) or _UNHAPPY.search(text) or spanish_charge_complaint(text):
        return True
    if spanish_service_complaint(text):  # "su chef llego una hora tarde"
        return True
    if refund_not_received(text) or spanish_refund_missing(text):  # money owed back, not come
        return True
    after = bool(_AFTER.search(text))
    if _went_wrong(text, after) or _short_changed(text, after):
        return True
    # Each searched once (they were searched up to three times each on a message with no
    # complaint, the usual one); searching has no side effect, so the order does not matter.
    soft = bool(_SOFT.search(text))
    if (_BAD_FOOD.search(text) or _BAD_SERVICE.search(text)) and not _WAVED_OFF.search(text):
        told = bool(_TOLD_PAST.search(text)) and not _OTHERS.search(text)
        return after or soft or told
    if soft and after:
        return True
    said = _PROMISED.search(text)
    promised = bool(said)
    if charge_disputed(text, promised=promised) or quoted_fee_disputed(text, said):
        return True
    if promised and _BROKEN.search(text) and _DEMAND.search(text):
        return True
    if charged_against(text, contrary=soft or after, promised=promised):
        return True
    service = bool(_SERVICE.search(text))
    unanswered = bool(_UNANSWERED.search(text))
    return (unanswered and service) or bool(_FRUSTRATED.search(text) and (unanswered or service))


def is_praise(text: str) -> bool:
    """Thanks or praise for an event that has happened, with no complaint in it."""
    return not is_complaint(text) and praise_words(text)


def praise_words(text: str) -> bool:
    """Thanks or praise for an event that has happened, complaint or not (`is_praise` for a text
    already found no complaint: `detect_topics` checks that first)."""
    past = bool(_AFTER.search(text) or _PAST_PRAISE.search(text))
    return bool(_PRAISE.search(text) and past) or bool(_THANKS.search(text) and _AFTER.search(text))


# Speed only: each pattern tried only where a match can start (`first_chars`); the same matches.
(
    _DENIED, _WAVED_OFF, _WORDS, _UNHAPPY, _SOFT, _AFTER, _PROMISED, _BROKEN, _DEMAND,
    _UNANSWERED, _FRUSTRATED, _SERVICE, _FAILED, _WHAT_HAPPENED, _PAID, _FELL_SHORT, _MONEY_BACK,
    _IF_CANCELLED, _TOLD_PAST, _OTHERS, _PRAISE, _PAST_PRAISE, _THANKS,
) = (first_chars(p) for p in (
    _DENIED, _WAVED_OFF, _WORDS, _UNHAPPY, _SOFT, _AFTER, _PROMISED, _BROKEN, _DEMAND,
    _UNANSWERED, _FRUSTRATED, _SERVICE, _FAILED, _WHAT_HAPPENED, _PAID, _FELL_SHORT, _MONEY_BACK,
    _IF_CANCELLED, _TOLD_PAST, _OTHERS, _PRAISE, _PAST_PRAISE, _THANKS,
))
