"""An offer, special, package, coupon or price the published catalog does not have, claimed from
somewhere else ("saw ur IG post about the filet special", "the flyer said 10% off", "the girl on
the phone said u have a kids package", "can we get that deal", "same price as last year", "ur guy
said he'd waive the travel fee"): only staff can say whether it holds. The offline draft treats it
as a discount asked (`discounts`): the list's prices and staff's answer, flagged, with no total
beside the price claimed. Where the order came from ("saw you on IG", "my friend loved you")
changes no price and is no claim."""

from __future__ import annotations

import re

from orchestrator.first_chars import first_chars

# a word that points at one offer ("the", "that", "ur"), then up to three words naming it
_THE = r"\b(?:the|that|this|those|these|your|ur|yall'?s|y'?all'?s|any|a|an)\s+"
_NAMING = r"(?:['\"]?[\w$%&'-]+['\"]?\s+){0,3}?['\"]?"
_CLAIMED = first_chars(re.compile(
    # "the 'date night special'", "ur filet special", "that weekday deal", "the kids package"
    # ("something special", "a special occasion", "special requests": no offer named)
    _THE + _NAMING + r"special['\"]?(?=\s*(?:[.,!?;:)\n]|$|\s+(?:for|from|on|you|u|that|deal|"
    r"price|pricing|offer|again|still|too|we|i|is|was|they|he|she|if|and|or|pls|please|"
    # the medium it came in: "your spring special flyer", "ur holiday special post"
    r"flyers?|fliers?|ads?|adverts?|advertisements?|posts?|mailers?|coupons?|promos?|rates?)\b))"
    r"|" + _THE + _NAMING + r"(?:deal|package|pkg|promo|promo code|coupon|voucher)s?\b"
    r"|\bgroupon\b|\bpromo\s*code|\bcoupon\b|\bvoucher\b|\bpromos?\b"
    r"|\b(?:your|ur|the|that|this)\s+(?:\w+\s+){0,2}?promotion\b(?!\s+party)"
    r"|\b\d{1,2}\s*(?:%|percent)\s*off\b|\$\s?\d+\s+off\b"
    r"|\bwaiv(?:e|ed|es|ing)\b"
    # "ur guy said no travel fee for us": a fee said to be let off, by someone not in the thread
    r"|\b(?:said|says|told|promised|mentioned|offered)\b[^.?!\n]{0,40}?\b(?:no|free)\s+"
    r"(?:travel|delivery|mileage|gas|drive)(?:\s+(?:fee|charge|cost)s?)?\b"
    r"|\bsame (?:price|pricing|rate|deal|discount)\b"
    r"|\b(?:price|rate|deal)\s+(?:we|my\s+\w+|she|he|they|you gave)\s+(?:paid|got|had)\b"
))  # fmt: skip
# "no big deal", "a good deal", "deal with", "a great deal of": no offer
_NOT_OFFER = re.compile(
    r"\b(?:big|great|good|huge|real|the best|what a|sweet|done|fair)\s+deal\b|\bdeal\s+with\b"
    r"|\b(?:grade|school|job|work|his|her|my|their)\s+(?:\w+\s+)?promotion\b"
)


def offer_claimed(text: str) -> bool:
    """Whether normalized `text` claims an offer, package, special or price the catalog lacks."""
    for found in _CLAIMED.finditer(text):
        start = max(0, found.start() - 12)
        if not _NOT_OFFER.search(text, start, found.end() + 6):
            return True
    return False
