"""The writer saying whom they write for, and why: "I am writing for my parents, who do not speak
much English", "writing for my grandparents since they don't use email", "emailing on behalf of my
mom (she isn't on email)". Who sends the message is no guest, and the reason (a negation in it)
changes no order: the coverage net leaves these words alone. A count or the business's food in
the reason ("since they want 10 chicken") is order and is not covered; nor are the people a
sentence then lists ("I'm writing for my parents: them, my aunt and 8 cousins"), which lie after
the span."""

from __future__ import annotations

import re

from orchestrator.reading.relation_words import KIN

Span = tuple[int, int]

# "i am writing for my parents", "emailing on behalf of my grandma"
_FOR = re.compile(
    r"\b(?:writing|emailing|e-mailing|texting|messaging|reaching out|contacting (?:you|u))\s+"
    rf"(?:for|on behalf of)\s+(?:my|our)\s+(?:(?:elderly|older)\s+)?{KIN}\b"
)
# why: "who do not speak much english", "since they don't use email", "(she isn't on email)"
_WHY = re.compile(
    r"\s*(?:,\s*|\(\s*)?(?:who|since|because|bc|b/c|as|cause|cuz)?\s*(?:they|he|she)?[^.!?\n\d()]{0,80}?"
    r"\b(?:english|email|e-mail|emails|text|texting|phone|computer|internet|online|tech|"
    r"technology|hear|hearing|type|typing)\b[^.!?\n\d()]{0,20}?\)?(?=[.!?\n]|\Z)"
)


def writes_for(text: str, catalog_word: re.Pattern[str]) -> list[Span]:
    """Spans of normalized `text` where the writer says whom they write for, with the reason when
    it is about how that person writes or speaks and names no food of the catalog."""
    spans: list[Span] = []
    for m in _FOR.finditer(text):
        end = m.end()
        why = _WHY.match(text, end)
        if why and not catalog_word.search(why.group(0)):
            end = why.end()
        spans.append((m.start(), end))
    return spans
