"""A charge already made, complained about: "we got charged a travel fee even tho u said it was
free??", "you charged us the full deposit even though we only moved the date", "they billed my
card for the minimum when we had 14 people... can someone explain". A complaint whatever policy
topic it names (travel fee, deposit, minimum); a question about a charge to come ("will we be
charged a travel fee to elk grove?", "do we get charged the deposit if we reschedule?", "is there
a charge for kids?") stays a policy question. Split from `complaints` by kind."""

from __future__ import annotations

import re

from orchestrator.first_chars import first_chars

# A charge made ("we got charged", "was charged $120", "you charged us", "they billed my card",
# "why did u guys bill me", "got hit w a $40 fee", "why was my card charged $60").
_CHARGED_PAST = re.compile(
    r"\b(?:(?:got|get|were|was|been|they|you|u|ya|y'?all|he|she)\s+(?:\w+\s+){0,2}(?:charged|billed)|"
    r"(?:charged|billed)\s+(?:us|me|my|our)|(?:got|were|was)\s+hit\s+(?:with|w/?)\s|"
    r"(?:did|would)\s+(?:you|u|ya|y'?all|they|he|she)(?:\s+guys)?\s+(?:charge|bill)\s+(?:us|me|my|our))"
)
# Said before a charge to come: "will we be charged", "do we get charged", "if you charged us"
_TO_COME = re.compile(
    r"\b(?:will|would|do|does|are|is|if|going to|gonna|could|can|might|should|when)\s+"
    r"(?:\w+\s+){0,2}$"
)
_CONTRARY = re.compile(r"\b(?:but|even though|even tho|although|though|tho|yet|despite)\b")
# What makes the charge a complaint: displeasure with it, or set against what was agreed or free
# ("said elk grove was free"); what was said alone is no dispute ("your guy said the deposit is
# refundable, we got charged today. right?")
_DISPLEASED = re.compile(
    r"\?\?|\b(?:wtf|why|explain|ridiculous|not (?:ok|okay|fair|right|cool|what)|supposed to|"
    r"(?:we|i) agreed|(?:was|were|is|be|being|are) (?:supposed to be )?(?:free|included|waived))\b"
)


def charged_against(text: str, *, contrary: bool, promised: bool) -> bool:
    """A charge already made in the (lower-cased) `text` that the customer complains about:
    against what was said (`promised`, with a contrary word or displeasure: `contrary`), or
    with words that dispute it."""
    made = [m for m in _CHARGED_PAST.finditer(text)
            if not _TO_COME.search(text[max(0, m.start() - 25) : m.start()])]  # fmt: skip
    if not made:
        return False
    if promised and (contrary or _CONTRARY.search(text)):
        return True
    return bool(_DISPLEASED.search(text, made[0].start()) or _DISPLEASED.search(text))


# A dispute about a charge: a charge already made, with something wrong about it.
_CHARGED = re.compile(
    r"\b(?:charged|billed|charge[sd]? (?:me|us)|(?:my|our|the) (?:card|bill|invoice|receipt|"
    r"statement|final (?:bill|amount|invoice))|"
    r"on (?:my|our|the) (?:card|bill|invoice|receipt|statement))\b"
)
_WRONG_CHARGE = re.compile(
    r"\b(?:more than|extra \$?\d|\$?\d+ (?:more|extra)|twice|2x|double|two charges|2 charges|wrong|"
    r"incorrect|mistake|error|dispute|chargeback|reverse|fix (?:the|my|our|this)|"
    r"(?:wasn'?t|was not|weren'?t|not|never|didn'?t|did not) (?:\w+ )?(?:taken off|deducted|applied|"
    r"credited|refunded|mentioned|told|agreed|authori[sz]ed)|nobody (?:ever )?(?:mentioned|told)|"
    r"no ?one (?:ever )?(?:mentioned|told)|but (?:you|u|ya|y'?all|we were|the quote)\b|quoted (?:us|me)|"
    r"(?:the|your) quote (?:\w+ )?(?:said|was)|only \d+ (?:showed|came|people|guests)|"
    # "that's not what we agreed to": the charge set against the agreement
    r"not what (?:we|i) (?:had )?agreed|"
    # "we only had 6 people", "nobody said anything about a minimum": the minimum disputed
    r"only (?:had|were) \d+|(?:nobody|no ?one) (?:ever )?said|rip[- ]?off)\b"
)
# A charge on a bill already made ("why is there a $30 travel fee on my invoice", "a travel charge
# on our receipt"): set against what the business said, a dispute, asked with "why" or not.
_ON_BILL = re.compile(
    r"\b(?:charges?|fees?)\s+on\s+(?:my|our|the)\s+(?:final\s+)?(?:bill|invoice|receipt|card|statement)\b"
)
_BILL_TO_COME = re.compile(r"\b(?:will|would|going to|gonna|could|might|should)\b[^.?!\n]*$")
# "got our invoice ... and theres a $22 travel fee on it": the bill named before in the sentence,
# then the charge "on it" (round q83i)
_ON_IT = re.compile(r"\b(?:charges?|fees?)\s+on\s+it\b")
_BILL_BEFORE = re.compile(
    r"\b(?:my|our|the)\s+(?:final\s+)?(?:bill|invoice|receipt|statement)\b[^.?!\n]{0,80}\Z"
)


# A fee of an amount asked why ("why is there a $38 travel fee??"): one the customer has been
# charged or billed, set against what was said as a charge on the bill is.
_WHY_AMOUNT = re.compile(
    r"\bwhy (?:is|was) there (?:a|an|this|that) \$\d+(?:\.\d\d)? (?:\w+ )?(?:fee|charge)\b"
)


def _on_bill(text: str) -> bool:
    """A charge already on the bill ("why is there a fee on my invoice", "got our invoice and
    theres a fee on it"), not one asked about before it is made ("will there be a travel fee on
    our invoice?")."""
    on_it = [m for m in _ON_IT.finditer(text)
             if _BILL_BEFORE.search(text, max(0, m.start() - 100), m.start())]  # fmt: skip
    return any(not _BILL_TO_COME.search(text[max(0, m.start() - 40) : m.start()])
               for m in [*_ON_BILL.finditer(text), *on_it])  # fmt: skip


# What makes the charge against what was said: a "why", a "but", or the word for what was said
# ("told no travel fee", "said it would be waived"); "I was told the deposit shows as a charge on
# my card, is that normal?" is a question
_AGAINST = re.compile(r"\b(?:why|but|no|not|never|free|included|waived?|waive)\b|\?\?")


# A payment made and called a rip-off ("paid 550 for 6 of us, total ripoff"): a complaint about
# the charge, whatever price or policy it names.
_PAID_PAST = re.compile(r"\b(?:paid|payed|charged|billed|(?:did|had to|made) (?:we |i |us |me )?pay)\b")
_RIPOFF = re.compile(r"\brip(?:ped)?[- ]?off\b|\bscam(?:med)?\b")
# A small party asked why it paid what it did ("we were only 6 people why did we pay $550"): the
# minimum disputed after the event, not asked about before it.
_FEW = re.compile(r"\b(?:only|just) (?:had |were )?\d+ (?:of us|people|ppl|guests|adults)\b"
                  r"|\b(?:were|was) (?:only|just) \d+\b")
_WHY = re.compile(r"\bwhy\b|\?\?")


# A fee the customer is shown now, in a quote or a charge under way ("why is there a travel fee??",
# "the quote says $38 for travel", "there's a travel fee on the quote", "why am i being charged for
# travel"): the fee is there, not asked about before it is quoted.
_FEE_NOW = re.compile(
    r"\bwhy (?:is|was) there (?:a|an|this|that) (?:\$\d+(?:\.\d\d)? )?(?:\w+ )?(?:fee|charge)\b"
    r"|\b(?:there'?s|there is|it has|it includes|it included) (?:a|an|this|that) (?:\$\d+(?:\.\d\d)? )?"
    r"(?:\w+ )?(?:fee|charge) (?:on|in) (?:the|my|our|this|your) (?:quote|estimate)\b"
    # "the quote says $38 for travel", "got the quote, but it includes a travel fee"
    r"|\b(?:quote|estimate)\b[^.?!\n]{0,30}?\b(?:says|said|has|shows|showed|includes|included|"
    r"lists|listed|came with|came back with|adds|added) (?:a |an |the )?(?:\$\d+(?:\.\d\d)? )?"
    r"(?:for |a )?(?:\w+ )?(?:fee|charge|travel)\b"
    r"|\b(?:am i|are we|i'?m|we'?re) being (?:charged|billed)\b"
)
# What was said set against it: the fee was not to be ("told me travel was free", "said no travel
# charge", "said we were in range"); "your guy said it depends on the miles" is no dispute.
_SAID_NONE = re.compile(
    r"\b(?:free|no|not|never|included|waived?|covered|in range|within (?:range|the|your|30))\b"
)


def quoted_fee_disputed(text: str, promised: re.Match[str] | None) -> bool:
    """A fee shown in a quote or being charged (`_FEE_NOW`) that the (lower-cased) `text` sets
    against what the customer was told (`promised`: where the text tells it) would not be."""
    return bool(promised and _FEE_NOW.search(text) and _SAID_NONE.search(text, promised.start()))


# A bill asked for, not yet made ("please send the invoice to accounts@...", "email me the bill"),
# and portions ordered beside it ("3 extra lobster tails on top"): an order, not a charge disputed.
_ASKED_FOR = re.compile(
    r"\b(?:send|email|e-mail|forward|mail|text|get|need|want|request|issue|prepare|have)"
    r"\s+(?:(?:me|us|over|along)\s+)?\Z"
)
_ORDERED_EXTRA = re.compile(
    r"\d+ (?:more|extra)\s+(?:\w+\s+)?(?:lobster|shrimp|scallops?|filet|steaks?|ny strip|chicken|"
    r"salmon|tofu|veg\w*|portions?|plates?|servings?|tails?)\b"
)


def _wrong_charge(text: str) -> bool:
    """A charge made and something wrong about it; not a bill asked for beside extra portions."""
    wrong = list(_WRONG_CHARGE.finditer(text))
    charged = list(_CHARGED.finditer(text))
    if not wrong or not charged:
        return False
    asked_for = all(_ASKED_FOR.search(text, max(0, m.start() - 24), m.start()) for m in charged)
    return not (asked_for and all(_ORDERED_EXTRA.match(text, m.start()) for m in wrong))


def charge_disputed(text: str, *, promised: bool) -> bool:
    """A charge made that the (lower-cased) `text` disputes: something wrong about it, one on
    the bill set against what was said (`promised`: the text tells what the customer was told),
    or a payment called a rip-off or questioned by a small party."""
    if _wrong_charge(text):
        return True
    if (_on_bill(text) or _WHY_AMOUNT.search(text)) and promised and _AGAINST.search(text):
        return True
    small_party_why = bool(_FEW.search(text) and _WHY.search(text))
    return bool(_PAID_PAST.search(text) and (_RIPOFF.search(text) or small_party_why))


# Speed only: each pattern tried only where a match can start (`first_chars`); the same matches.
(
    _CHARGED_PAST, _CONTRARY, _DISPLEASED, _CHARGED, _ON_BILL, _BILL_TO_COME, _WHY_AMOUNT,
    _AGAINST, _PAID_PAST, _RIPOFF, _FEW, _WHY, _FEE_NOW, _ON_IT,
) = (first_chars(p) for p in (
    _CHARGED_PAST, _CONTRARY, _DISPLEASED, _CHARGED, _ON_BILL, _BILL_TO_COME, _WHY_AMOUNT,
    _AGAINST, _PAID_PAST, _RIPOFF, _FEW, _WHY, _FEE_NOW, _ON_IT,
))
