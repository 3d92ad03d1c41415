"""Kids one of the counted grown-ups brings: "me and 4 of my girlfriends, and one of them is
bringing her 2 kids (they're 7 and 4)" is the writer, 4 friends and 2 kids of those ages. The one
who brings them is among those counted already, so the words are the kids joined to the list:
written "plus 2 kids" (padded to the same length, so every span holds) for the list and kid
readers. Only one of them with a number of kids; "some of them are bringing kids" (how many?) or
"2 of them are bringing their kids" (how many each?) is left to the checks, which ask."""

from __future__ import annotations

import re

_BRINGS = re.compile(
    r"(?:,\s*)?\b(?:and\s+|plus\s+)?(?:1|one)\s+of\s+(?:them|us|my\s+(?:girl)?friends|the\s+(?:girls|"
    r"guys|ladies|moms|dads))\s+(?:is|will be|'s|'ll be)\s+(?:also\s+)?(?:bringing|brings|bring)\s+"
    r"(?:her|his|their)\s+(?P<count>\d{1,2})\s+(?P<word>kids|children|boys|girls|little ones)\b"
)


def brought_kids(text: str) -> str:
    """`text` (normalized) with the kids one counted grown-up brings written as "plus N kids" (same
    length), for the list of the party before them; else unchanged."""
    if "of " not in text or "bring" not in text:
        return text  # speed
    for m in _BRINGS.finditer(text):
        said = f", plus {m.group('count')} {m.group('word')}"
        text = text[: m.start()] + said.ljust(len(m.group(0))) + text[m.end() :]
    return text
