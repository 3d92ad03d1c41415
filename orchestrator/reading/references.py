"""An order named by reference instead of stated. "Same food", "same menu", "food stays the same",
"same food as everyone else" in a follow-up names the order of this conversation: the guests it
adds or changes take the same proteins, and the whole order is quoted again. A reference to an
order outside the conversation ("the usual", "same as last time", "what we had at the christmas
party") names one only staff can look up, so the draft asks. A bare "same food" with no order
earlier in the conversation is of the second kind."""

from __future__ import annotations

import re

# Who in this conversation's order the new guests eat like: "same food as everyone else".
_HERE = (
    r"(?:every ?(?:one|body|1)(?: else)?|all(?: of)? (?:us|them|the others)"
    r"|the rest(?: of (?:us|them|the \w+))?|the others|others|the other (?:\w+ )?(?:guests|adults|kids|"
    r"people|ones)|us|them|we said|i said|(?:the )?(?:\d+ )?(?:adults|grown ?-?ups|kids|guests|group|"
    r"table)|above)\b"
)
_THING = r"(?:thing|order|menu|food|setup|set up|proteins?|meal|meats?|stuff)"
# An order outside the conversation.
ELSEWHERE = re.compile(
    rf"\bsame (?:{_THING} )?as (?!{_HERE})(?:last|before|usual|our|my|his|her|their|the|that|those|"
    r"what|when|at|for|in|we|i)\b"
    r"|\bsame again\b|\bthe usual\b(?!\s+\d)|\bas usual\b|\blike last (?:time|year)\b"
    r"|\brepeat (?:of )?(?:the|our|my|last)\b"
    r"|\blast (?:year|time)'?s (?:order|menu|party)\b"
    r"|\bwhat (?:we|i) (?:had|ordered|got) (?:last|before|at|for|when)\b"
)
# The same food as the order already given: this conversation's, when it has one.
# "food stays the same", "the menu is unchanged": the same said after the thing
HERE = re.compile(
    rf"\bsame {_THING}\b(?!\s+as\s+(?!{_HERE}))"
    rf"|\b{_THING}\s+(?:stays|stay|is|remains|remain|will stay|can stay|will be|should be)\s+"
    r"(?:the\s+same|unchanged)\b(?!\s+as\b)"
)


def outside_reference(text: str) -> bool:
    """The (lower-cased) text names an order outside the conversation."""
    return bool(ELSEWHERE.search(text))


def same_order(text: str) -> bool:
    """The text says "same food" of an order without naming one elsewhere: this conversation's."""
    return bool(HERE.search(text)) and not outside_reference(text)
