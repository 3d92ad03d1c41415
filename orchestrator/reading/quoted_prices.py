"""A price per person the customer saw or quotes back ("We saw on Yelp it's $55 per person,
hopefully that's still right", "your website says $55 per person, is that still right?"): what the
customer read of the price list, no order item, so its per-person words are not asked about. An
amount offered or a budget ("can u do $40 per person?", "we have $40 per person") stays asked."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

# where the price was seen or heard, before the amount in its sentence
_SEEN = (
    r"\b(?:saw|seen|see|says|said|listed|lists|read|heard|posted|shows|advertised|website|site|"
    r"yelp|google|insta(?:gram)?|facebook|fb|flyer)\b"
)
_AMOUNT = r"\$\s?\d{1,3}(?:\.\d\d)?\s*"
_PER = r"(per (?:person|guest|head|adult|plate)|a (?:person|head|plate|guest))\b"
# the same price asked to be confirmed after it ("$55 per person, is that still right?")
_STILL = r"\b(?:still (?:right|correct|accurate|good|current|the (?:price|rate|case))|is that (?:right|correct|accurate))\b"  # noqa: E501
QUOTED_PRICE = gated(re.compile(
    rf"{_SEEN}[^.;!?\n$]{{0,40}}{_AMOUNT}{_PER}|{_AMOUNT}(per (?:person|guest|head|adult|plate))"
    rf"(?=[^.;!?\n]{{0,10}}[.,;!?\s][^.;!?\n]{{0,30}}{_STILL})"
))  # fmt: skip
