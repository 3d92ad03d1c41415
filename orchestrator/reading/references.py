"""An order named by reference instead of stated. "Same food", "same menu", "food stays the same",
"same food as everyone else" in a follow-up names the order of this conversation: the guests it
adds or changes take the same proteins, and the whole order is quoted again. A reference to an
order outside the conversation ("the usual", "same as last time", "what we had at the christmas
party") names one only staff can look up, so the draft asks. A bare "same food" with no order
earlier in the conversation is of the second kind."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.first_chars import first_chars
from orchestrator.literal_gates import gated
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.reasons import BY_REFERENCE, of_kind

# The writer's earlier message in this thread: "in my first email"
_MY_MESSAGE = (
    r"in my (?:first|last|earlier|previous|original|other|1st) (?:email|e-mail|message|msg|text|note)"
)
# "as I mentioned", "as we discussed", "as in my first email": what the writer said earlier in this
# conversation (round q85j: blind 182 ft061 "Same food as I mentioned." was sent to staff); "as I
# mentioned at my sister's party", "... on the phone" are said elsewhere
_SAID_EARLIER = (
    r"(?:(?:(?:i|we) (?:had |have )?(?:already )?(?:mentioned|listed|discussed|requested|asked for|"
    r"wrote|told (?:you|u|ya))|mentioned|listed|discussed)"
    r"(?!(?: (?:before|earlier|above|previously))? (?:(?:at|for|last|when|to|on|over|by|via|with)\b"
    rf"|(?!{_MY_MESSAGE})in\b))(?: (?:before|earlier|above|previously))?(?: {_MY_MESSAGE})?"
    rf"|{_MY_MESSAGE})"
)
# Who in this conversation's order the new guests eat like: "same food as everyone else".
_HERE = (
    r"(?:every ?(?:one|body|1)(?: else)?|all(?: of)? (?:us|them|the others)"
    r"|the rest(?: of (?:us|them|the \w+))?|the others|others|the other (?:\w+ )?(?:guests|adults|kids|"
    r"people|ones)|us|them|we said|i said|(?:the )?(?:\d+ )?(?:adults|grown ?-?ups|kids|guests|group|"
    # "same proteins as before" in a follow-up: the order this conversation quoted (with no order
    # earlier in it, the earlier one only staff can look up: `offline_topics.references`)
    rf"table)|above|before|{_SAID_EARLIER})\b"
)
_THING = (
    r"(?:thing|order|menu|food|setup|set up|proteins?|meal|meats?|stuff|spread|dishes|lineup|line up)"
)
# A time of an earlier event: "last spring", "last christmas", "last time"
_LAST = (
    r"last (?:time|year|spring|summer|fall|autumn|winter|month|christmas|thanksgiving|easter|party|"
    r"event|go|round)"
)
_WHO = r"(?:we|i|u|you|you guys|u guys|y'?all|they|she|he|my \w+)"
# The earlier order said to be in this thread ("same menu as last year (your quote below)", "same
# order as last year (it's up in this thread)", "same order as last year's quote below"): the
# conversation's order, read as "same food" is (with none in the conversation, staff look it up)
_IN_THREAD = (
    r"[^.!?\n]{0,30}?(?:\b(?:quote|order|email|message)s?\s+(?:is\s+|are\s+)?(?:below|above)\b"
    r"|\b(?:up\s+|down\s+|above\s+|below\s+)?in\s+(?:this|the)\s+(?:thread|chain|email thread|"
    r"conversation)\b)"
)
# An order outside the conversation.
ELSEWHERE = gated(first_chars(re.compile(
    rf"(?!\bsame [^.!?\n]{{0,12}}?as\b{_IN_THREAD})"
    rf"\bsame (?:{_THING} )?as (?!{_HERE})(?:last|before|usual|our|my|his|her|their|the|that|those|"
    r"what|when|at|for|in|we|i)\b"
    # ("a hibachi chef instead of the usual": what they set aside, no order named)
    # "my neighbor booked you ... and we'd like the same for ours": the other party's order
    r"|\bthe (?:exact |very )?same (?:thing |one |menu |food |order )?for (?:ours|mine)\b"
    r"|\bsame again\b|(?<!instead of )(?<!rather than )\bthe usual\b(?!\s+\d{1,4}\b)|\bas usual\b"
    rf"|\b(?:like|same as|as we did|as we had) {_LAST}\b"
    r"|\brepeat (?:of )?(?:the|our|my|last)\b"
    r"|\blast (?:year|time)'?s (?:order|menu|party)\b"
    # "whatever we got for my moms party", "what u guys made for my sisters bday last year", "what
    # we did last summer": an earlier order named by what was served
    # ("we'd be like double what we had at my cousins party": a size told by another party's, no
    # order named; the count is asked as any missing count is)
    rf"|(?<!double )(?<!twice )(?<!triple )(?<!half )(?<!half of )(?<!size of )"
    rf"\bwhat(?:ever)? {_WHO} (?:had|ordered|got|did|made|served|cooked|brought)"
    r"(?: (?:from |with |for )?(?:you|u|you guys|u guys|us))?"
    r" (?:last|before|at|for|when|previously|back)\b"
    r"(?!\s+(?:the\s+|our\s+|my\s+)?(?:deposit|quote|price|bill|invoice|total|money|refund)\b)"
)))  # fmt: skip
# The same food as the order already given: this conversation's, when it has one.
# "food stays the same", "the menu is unchanged": the same said after the thing
HERE = re.compile(
    rf"\bsame {_THING}\b(?!\s+as\s+(?!{_HERE}))|\bsame as before\b"
    rf"|\bsame (?:{_THING} )?as\b(?={_IN_THREAD})|\bsame as (?={_SAID_EARLIER}\b)"
    rf"|\b{_THING}\s+(?:stays|stay|is|remains|remain|will stay|can stay|will be|should be)\s+"
    r"(?:the\s+same|unchanged)\b(?!\s+as\b)"
)


def outside_reference(text: str) -> bool:
    """The (lower-cased) text names an order outside the conversation."""
    return bool(ELSEWHERE.search(text))


def same_order(text: str) -> bool:
    """The text says "same food" of an order without naming one elsewhere: this conversation's."""
    return bool(HERE.search(text)) and not outside_reference(text)


# An earlier event named ("last spring", "doing it again", "we had you guys for her 50th"): beside a
# party with no protein named, the food may be the earlier event's, so staff look it up. "thanks
# again", "hi again" name none.
_EARLIER = gated(re.compile(
    rf"\b{_LAST}\b|(?<!thanks )(?<!thank you )(?<!thx )(?<!hi )(?<!hello )(?<!hey )\bagain\b"
    r"|\b(?:had|used|booked|hired) (?:you|u|y'?all|you guys|u guys|your chefs?)\b"
    r"|\b(?:earlier|previous|prior|past) (?:party|parties|event|order|booking)\b"
))  # fmt: skip


def earlier_event(text: str) -> bool:
    """The (lower-cased) text names an earlier event, not necessarily its order."""
    return bool(_EARLIER.search(text))


def reference_settled(
    checks: tuple[tuple[str, str], ...], proteins: Sequence[ProteinAsk], *, adds: bool
) -> tuple[tuple[str, str], ...]:
    """`checks` without an earlier message's order named by reference ("my girl booked u, I want
    the same for mine"), once a later message states the food itself: two proteins or more
    named, not added to anything ("18 adults, salmon and shrimp" after we asked for it)."""
    if adds or len({p.protein for p in proteins if not p.extra}) < 2:
        return checks
    return tuple(c for c in checks if not of_kind(c[1], BY_REFERENCE))
