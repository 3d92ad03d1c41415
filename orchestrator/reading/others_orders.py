"""Another party's order told as the reason for this one's ("my coworker got 2 extra lobster tails
on top for her and her husband when she booked u, can we add that too? 2 extra lobster tails for
me and my hubby"): its numbers and foods are someone else's, so the clause is blanked for the
readers when this message names the same food again after it (what this order asks for). Told
alone ("my friend got 2 extra lobster tails, can we do that too?") it is left as it was: "that" is
the only name of what this order takes. The clause must say it was the other party's booking
("when she booked u", "for her party", "last year", or "can we add that too" after it): "my mom
got 2 lobster" alone may be a guest's choice in this party."""

from __future__ import annotations

import re

Span = tuple[int, int]

_WHO = (
    r"(?:co-?workers?|friends?|neighbou?rs?|sisters?|brothers?|cousins?|bosse?s?|buddy|buddies|bff|"
    r"colleagues?|in-?laws?|sister-in-law|brother-in-law|aunt|uncle|boss)"
)
# "my coworker got ...", "a friend of mine had ...", "my sister's family ordered ..."
_TOLD = re.compile(
    rf"\b(?:my|our|a)\s+(?:[a-z'-]+\s+)?{_WHO}(?:'s\s+[a-z]+)?(?:\s+of\s+(?:mine|ours))?\s+"
    r"(?:got|had|ordered|added|did|went\s+with|paid\s+for)\s+(?P<told>[^.,;!?\n]*)"
)
# the booking was theirs: said in the clause, or the offer asked for right after it
_THEIRS = re.compile(
    r"\bwhen\s+(?:she|he|they)\s+(?:booked|had|used|hired)\b"
    r"|\b(?:at|for)\s+(?:her|his|their)\s+(?:[a-z']+\s+)?(?:party|event|wedding|shower|graduation|"
    r"birthday|bday|anniversary|reunion|dinner)\b"
    r"|\blast\s+(?:year|month|week|time|summer|spring|fall|winter|weekend)\b"
)
_THAT_TOO = re.compile(
    r"\W*(?:so\s+)?(?:can|could)\s+(?:we|i)\s+(?:add|do|get|have)\s+(?:that|the\s+same)\b"
)


def _told(text: str, food: re.Pattern[str]) -> list[tuple[Span, bool]]:
    """Each clause telling another party's booked order with a count of a food, and whether this
    message names one of its foods again with a number after it."""
    found: list[tuple[Span, bool]] = []
    for told in _TOLD.finditer(text):
        clause = told.group("told")
        foods = {m.group(0) for m in food.finditer(clause)}
        if not foods or not re.search(r"\d", clause):
            continue
        if not (_THEIRS.search(clause) or _THAT_TOO.match(text, told.end())):
            continue
        after = text[told.end() :]
        again = any(re.search(rf"\d[^.,;!?\n]{{0,30}}\b{re.escape(f)}", after) for f in foods)
        found.append(((told.start(), told.end()), again))
    return found


def others_orders(text: str, food: re.Pattern[str]) -> list[Span]:
    """Spans of `text` (normalized, lower case) telling another party's order with a count of a
    food (`food`: the catalog's words) that this message names again after it: blanked."""
    return [span for span, again in _told(text, food) if again]


def others_unplaced(text: str, food: re.Pattern[str]) -> list[Span]:
    """Such spans whose food this message does not name again ("my friend got 2 extra lobster
    tails last time she booked u, can we do that too?"): how much of it is this order's is asked."""
    return [span for span, again in _told(text, food) if not again]
