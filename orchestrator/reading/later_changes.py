"""A swap asked about as a change after booking ("if we book this now can we still switch the
shrimp to filet later?", "could we swap the salmon for lobster after we pay the deposit?"): a
question of the changes policy, not a change of the order (round q79g). The swap inside such a
question is written as "change the order", which the topics read as the changes question and no
reader reads as an item, so the order quoted stands and the policy is answered. Read as written,
the filet was priced as if ordered. A swap said outside the question ("switch the shrimp to filet.
can we still change the count later?") is read as it is."""

from __future__ import annotations

import re

# "can we still switch the shrimp to filet later?": a modal, the swap verb, what is swapped for
# what, and when (later, after booking), all inside one question
_LATER_SWAP = re.compile(
    r"\b(?P<ask>(?:can|could|will|would)\s+(?:we|i|u|you)\s+(?:still\s+)?(?:be able to\s+)?|"
    r"(?:is it|would it be)\s+(?:ok|okay|possible|fine)\s+(?:if we\s+|to\s+)?(?:still\s+)?)"
    r"(?P<swap>(?:switch|swap|change|sub|substitute|upgrade|trade|replace)\s+[^.?!\n]{1,40}?"
    r"\s(?:to|for|with|into)\s[^.?!\n]{1,30}?)"
    r"\s+(?P<when>later|(?:later\s+)?after (?:we|i) (?:book|pay|reserve|confirm|put down)\w*|"
    r"after booking|once (?:we|i)(?:'ve| have)? (?:book|pay|reserve|confirm)\w*|down the (?:road|line)|"
    r"closer to the (?:date|day|event|party))\b(?=[^.!\n]{0,40}\?)"
)


def later_swaps_asked(text: str) -> str:
    """`text` with each swap asked about as a change after booking written as "change the order"
    (the same length does not matter: the message is read afresh)."""
    return _LATER_SWAP.sub(lambda m: f"{m.group('ask')}change the order {m.group('when')}", text)
