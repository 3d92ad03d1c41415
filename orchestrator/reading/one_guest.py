"""One guest said without a number ("a baby", "another kid", "one more little one"), written as a
count the guest readers know. Split from `followups` by size."""

from __future__ import annotations

import re

_LITTLE_ONE = re.compile(r"\blittle 1\b")  # "little one", after number words became digits
# "a baby", "another kid": one more, written so the guest reader counts it ("1 baby", "1 more kid")
_ONE = re.compile(
    r"\b(a|an|another)\s+(?=(?:kid|child|kiddo|baby|toddler|infant)\b(?![-'])(?!\s+(?:shower|party|"
    r"parties|birthday|bday|menu|meal|meals|portion|portions|size|plate|plates|friendly)\b))"
)  # "a baby shower", "a kid portion" name no guest
_NO_GUEST = re.compile(r"\b(?:for|of|to|with|as|is|was|like)\s+$")


def one_guest(text: str) -> str:
    """ "a baby", "another kid", "one more little one": one guest, written as a count the readers
    know ("1 baby", "1 more kid", "1 more kid"), each rewrite the same length as the words."""
    chars = list(text)
    for m in _LITTLE_ONE.finditer(text):
        chars[m.start() : m.end()] = "kid".ljust(m.end() - m.start())
    text = "".join(chars)
    for m in _ONE.finditer(text):
        if not _NO_GUEST.search(text[max(0, m.start() - 6) : m.start()]):  # "for a kid", "as a kid"
            word = m.group(1)
            chars[m.start(1) : m.end(1)] = "1 more " if word == "another" else "1".ljust(len(word))
    return "".join(chars)
