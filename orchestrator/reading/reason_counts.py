"""The reason for a new total, said before it in the same sentence: "2 of my cousins flew in
unexpectedly, so please make it 12 adults", "my sister and her husband can make it after all so
we'll be 20 adults now". The total holds them: their number is why it changed, and who they are
names no guests beside it. So with an addition said after them with the same number ("2 of our
members' husbands want to come now, so add 2 adults": the 2 added). So too who leaves before a
total that has come down ("Two of the board members sent their regrets, so we're down to 10
adults", "3 of the committee members can't come after all, so we're down to 15 adults")."""

from __future__ import annotations

import re

from orchestrator.reading.abstainers import abstainer_clauses
from orchestrator.reading.sentences import sentence_start

Span = tuple[int, int]

# the new total as the result: "so (please) make it 12 adults", "so we'll be 20 adults now"
_SO_TOTAL = (
    r"\bso\s+(?:please\s+|pls\s+|plz\s+)?(?:(?:make\s+it|make\s+that|we'?ll\s+be|we\s+will\s+be|"
    r"we'?re\s+now|we\s+are\s+now|now\s+we'?re|that\s+makes\s+(?:it|us)|"
    # "two of the board members sent their regrets, so we're down to 10 adults"
    r"(?:we'?re|we\s+are|it'?s)\s+(?:now\s+)?down\s+to)\s+"
    # "2 of the families cant make it so 6 adults and 7 kids now": both bands, "now" after (q84m)
    r"|(?:(?:it'?s|its|we'?re|were|we\s+are)\s+)?(?=\d{1,4}\s+(?:kids|children|adults)\s+(?:and|&|\+)\s+"
    r"\d{1,4}\s+(?:adults|kids|children)\s+now\b))(\d{1,4})\s+"
    r"(?:adults|people|guests"
    # "2 of the families cant make it so we're down to 7 kids and 5 adults": both bands (q84c)
    r"|(?:kids|children)(?=\s+(?:and|&|\+)\s+\d{1,4}\s+adults\b)"
    r"|adults(?=\s+(?:and|&|\+)\s+\d{1,4}\s+(?:kids|children)\b))\b"
)
# "N of my <people> <why>, so ... M adults": N is below M
_COUNT_THEN_TOTAL = re.compile(
    r"\b(\d{1,3})\s+of\s+(?P<who>(?:my|our|his|her|their)\s+[a-z'-]+|the\s+(?:[a-z'-]+\s+)?[a-z'-]+s)\b"
    r"[^.!?\n\d]{0,80}?(?P<total>" + _SO_TOTAL + ")"
)
_TOTAL = re.compile(_SO_TOTAL)
# who arrives, in the clause before the total ("can make it after all", "flew in", "are coming")
_ARRIVE = re.compile(
    r"\b(?:coming|come|make it|join|joining|flew in|flying in|in town|showed up|decided to come)\b"
)


# "2 of our members' husbands want to come now, so add 2 adults": who the adults added are, told
# before them with the same number and a word of coming; the number is the one added
_COUNT_THEN_ADD = re.compile(
    r"\b(\d{1,3})\s+of\s+(?:my|our|his|her|their)\s+[a-z'-]+\b([^.!?\n\d]{0,80}?),?\s+"
    r"so\s+(?:please\s+|pls\s+|plz\s+)?(?:add|adding)\s+(\d{1,3})\s+(?:more\s+)?(?:adults|people|guests)\b"
)


def reason_counts(text: str) -> list[Span]:
    """Spans of the numbers in normalized `text` that tell why a new total, said after them in
    the same sentence, changed; each is less than that total. And the spans of who the adults
    added are, said before "so add N adults" with the same N and a word of coming; and who does
    not drink, beside the sake taken out ("2 of the girls are sober so no sake": `abstainers`)."""
    abstaining = abstainer_clauses(text)
    if " so " not in text:
        return abstaining  # speed: no new total given as a result
    spans = [(m.start(1), m.end("who")) for m in _COUNT_THEN_TOTAL.finditer(text)
             if int(m.group(1)) < int(m.group(4))]  # "2 of the board members": who, no guests
    for m in _COUNT_THEN_ADD.finditer(text):
        if m.group(1) == m.group(3) and _ARRIVE.search(m.group(2)):
            spans.append((m.start(1), m.end(2)))
    return spans + abstaining


def reason_clauses(text: str, order_word: re.Pattern[str]) -> list[Span]:
    """Spans of the clauses of normalized `text` saying who arrives, of no number or order word,
    right before a new total that holds them ("my sister and her husband can make it, so we'll be
    20 adults now")."""
    if " so " not in text:
        return []  # speed
    spans = []
    for m in _TOTAL.finditer(text):
        start = sentence_start(text, m.start())
        clause = text[start : m.start()]
        if _ARRIVE.search(clause) and not re.search(r"\d", clause) and not order_word.search(clause):
            spans.append((start, m.start()))
    return spans


def within_reason(text: str, start: int, end: int) -> bool:
    """The words at `start`:`end` of normalized `text` ("can't come", "cancelled") lie in the reason
    for a new total said after them ("3 of the committee members can't come after all, so we're
    down to 15 adults"): the total holds the change."""
    if " so " not in text:
        return False  # speed
    return any(m.start() <= start and end <= m.start("total") and int(m.group(1)) < int(m.group(4))
               for m in _COUNT_THEN_TOTAL.finditer(text, max(0, start - 120)))  # fmt: skip
