"""A charge already made, complained about: "we got charged a travel fee even tho u said it was
free??", "you charged us the full deposit even though we only moved the date", "they billed my
card for the minimum when we had 14 people... can someone explain". A complaint whatever policy
topic it names (travel fee, deposit, minimum); a question about a charge to come ("will we be
charged a travel fee to elk grove?", "do we get charged the deposit if we reschedule?", "is there
a charge for kids?") stays a policy question. Split from `complaints` by kind."""

from __future__ import annotations

import re

# A charge made ("we got charged", "was charged $120", "you charged us", "they billed my card",
# "why did u guys bill me", "got hit w a $40 fee").
_CHARGED_PAST = re.compile(
    r"\b(?:(?:got|get|were|was|been|they|you|u|ya|y'?all|he|she)\s+(?:\w+\s+)?(?:charged|billed)|"
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
