"""One guest said without a number ("a baby", "another kid", "one more little one"), written as a
count the guest readers know; a relation who comes too with a child's age told right after ("his
little sister is coming too, shes 4") is one kid of that age. Split from `followups` by size."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

_LITTLE_ONE = gated(re.compile(r"\blittle 1\b"))  # "little one", after number words became digits
# "a baby", "another kid": one more, written so the guest reader counts it ("1 baby", "1 more kid")
_ONE = gated(
    re.compile(
        r"\b(a|an|another)\s+(?=(?:kid|child|kiddo|baby|toddler|infant)\b(?![-'])(?!\s+(?:shower|party|"
        r"parties|birthday|bday|menu|meal|meals|portion|portions|size|plate|plates|friendly)\b))"
    )
)  # "a baby shower", "a kid portion" name no guest
_NO_GUEST = re.compile(r"\b(?:for|of|to|with|as|is|was|like)\s+$")
# "his little sister is coming too, shes 4", "my nephew is coming too, hes 10": one relation who
# comes, a child's age (12 at most) right after in the same sentence: "1 kid" of that age for the
# readers (an age of 13 and over, or in months, is left as written, and asked)
_RELATION_COMING = gated(re.compile(
    r"\b((?:my|our|his|her|their)\s+(?:(?:little|baby|younger|youngest|lil)\s+)?(?:sister|brother|"
    r"nephew|niece|cousin|son|daughter|grandson|granddaughter|stepson|stepdaughter))"
    r"(?=\s+(?:is|will be)\s+(?:also\s+)?coming(?:\s+(?:too|as well|now))?\s*[,!.;:-]*\s*"
    r"(?:s?he'?s|s?he\s+is|hes|shes)\s+(?:[1-9]|1[0-2])\s*(?:$|[.,!;\n]|(?:yrs?|years?)(?:\s+old)?\b|yo\b))"
))  # fmt: skip


def one_guest(text: str) -> str:
    """ "a baby", "another kid", "one more little one": one guest, written as a count the readers
    know ("1 baby", "1 more kid", "1 more kid"), each rewrite the same length as the words."""
    chars = list(text)
    for m in _LITTLE_ONE.finditer(text):
        chars[m.start() : m.end()] = "kid".ljust(m.end() - m.start())
    for m in _RELATION_COMING.finditer(text):
        chars[m.start(1) : m.end(1)] = "1 kid".ljust(m.end(1) - m.start(1))
    text = "".join(chars)
    for m in _ONE.finditer(text):
        if not _NO_GUEST.search(text[max(0, m.start() - 6) : m.start()]):  # "for a kid", "as a kid"
            word = m.group(1)
            chars[m.start(1) : m.end(1)] = "1 more " if word == "another" else "1".ljust(len(word))
    return "".join(chars)
