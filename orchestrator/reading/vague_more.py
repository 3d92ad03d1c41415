"""People of no number said to come besides the counted, closing their clause: "15 adults chicken
and shrimp 95630 + a few more", "12 adults chicken shrimp 95823 and some more", "a couple more
people might come". How many more? With no count the total is a guess, so it is asked (round
q78f). "a few more chicken" is the vague quantity of a protein (checked apart); "a few more
questions" names no guests; a span a reader counted ("a couple more" read as 2) is explained.
"plus whoever my husband invites", "and anyone else who shows up", "and whoever else wants to
come" add people of no number the same (round q78j); "and whoever wants filet gets filet" is a
choice among the counted (a protein in its clause), "chicken for whoever" no one added."""

from __future__ import annotations

import re

from orchestrator.reading.checks import Covered
from orchestrator.reading.reasons import not_understood

Check = tuple[str, str]

_MORE = re.compile(
    r"\b(?:a few|a couple|some|several|a handful|a bunch)\s+(?:more|extra|others)"
    r"(?:\s+(?:people|ppl|guests|folks|adults|friends|family|of us))?"
    # the clause ends there, or says they come
    r"(?=\s*(?:[.,!?;)\n]|\Z|(?:lol|too|also|as well|coming|might|may|will|could|would|joining)\b))"
)

# "plus whoever my husband invites": anyone, added to the party by a connector
_WHOEVER = re.compile(r"(?:\+|&|\band|\bplus|\bn)\s*((?:whoever|whomever|anyone|anybody)(?:\s+else)?)\b")
_CLAUSE_END = re.compile(r"[.,!?;\n]|\Z")


def vague_more(text: str, covered: Covered, catalog_word: re.Pattern[str]) -> list[Check]:
    """A check for each "a few more" of people, or "plus whoever ...", in normalized `text`
    outside `covered`."""
    checks = [
        ("guests", not_understood(m.group(0), "people added of no number"))
        for m in _MORE.finditer(text)
        if m.span() not in covered
    ]
    for m in _WHOEVER.finditer(text):
        stop = _CLAUSE_END.search(text, m.end())
        clause = text[m.end() : stop.start() if stop else len(text)]
        if m.span(1) not in covered and not catalog_word.search(clause):
            checks.append(("guests", not_understood(m.group(1), "people added of no number")))
    return checks
