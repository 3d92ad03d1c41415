"""Money owed back and not received: "paid the $100 deposit and cancelled 10 days before, still
havent gotten my refund", "where is my refund? cancelled over a month ago", "still waiting on our
deposit back", "no deposit refund yet??", "still havent seen our deposit". A complaint whatever
policy it names; a question about a refund to come ("if we cancel, how long does the refund
take?", "do we get the deposit back if we cancel?") is not. Split from `complaints` by kind."""

from __future__ import annotations

import re

from orchestrator.first_chars import first_chars
from orchestrator.literal_gates import gated

# What is owed back ("refundable" is a policy word, no money owed)
_OWED = r"(?:refund(?:s|ed)?|reimburse\w*|(?:money|deposit|payment|\$?\d+)\s+back)"
_NOT = (
    r"(?:haven'?t|havent|have not|hasn'?t|hasnt|has not|didn'?t|didnt|did not|still (?:don'?t|dont|"
    r"do not))"
)
# Not received: "still no refund", "never got it", "havent gotten my refund", "still waiting on our
# deposit back", "where is my refund"
_MISSING = (
    rf"(?:still\s+(?:no|nothing|not|waiting)|never\s+(?:got|received|came|arrived|saw|showed)|{_NOT}\s+"
    r"(?:\w+\s+)?(?:gotten|got|get|received|receive|seen|see|come|came|arrived|shown up|showed up|"
    r"gone through|go through|hit)|waiting (?:on|for))"
)
_NOT_RECEIVED = gated(re.compile(
    rf"\b{_MISSING}\b[^.?!\n]{{0,40}}?\b{_OWED}\b|\b{_OWED}\b[^.?!\n]{{0,40}}?\b{_MISSING}\b"
    rf"|\bwhere(?:'?s| is)\s+(?:my|our|the)\s+(?:{_OWED}|money|deposit)\b"
    # "no deposit refund yet??", "no refund yet", "no sign of our deposit yet"
    rf"|\bno\s+(?:sign of\s+)?(?:(?:my|our|the|any)\s+)?(?:\w+\s+)?{_OWED}[^.?!\n]{{0,20}}?\byet\b"
    # the deposit itself not seen again: "still havent seen our deposit", "never got our deposit"
    rf"|\b{_MISSING}\s+(?:(?:my|our|the|that)\s+)(?:\$?\d+\s+)?deposit\b(?!\s+(?:invoice|link|info|"
    r"amount|request|form|details))"
))  # fmt: skip
# It was owed: a payment or a cancellation already made, or a refund promised
_OWED_BY_NOW = re.compile(
    r"\b(?:paid|payed|cancell?ed|canceled|(?:was|were) (?:told|promised|supposed to)|promised|"
    r"said (?:we|i|you) would)\b"
)


def refund_not_received(text: str) -> bool:
    """Money owed back (after a payment or a cancellation made) that has not come, in the
    lower-cased `text`."""
    return bool(_NOT_RECEIVED.search(text) and _OWED_BY_NOW.search(text))


# Speed only: each pattern tried only where a match can start (`first_chars`); the same matches.
_OWED_BY_NOW = first_chars(_OWED_BY_NOW)
