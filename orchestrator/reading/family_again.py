"""A relation and their family told in the story, then counted in the writer's list: "My brother
and his family are flying in from Texas ... The party will be me, my wife, ..., my brother + his
wife + their 2 girls (9 and 3)". The list says who the family is (the partner and their kids by
number), so the story's words add no one. Only when the list names the same relation with their
partner and their kids right after; "my brother and his family are coming" with the list naming
"my brother + his wife" alone (the kids?) or no such list stays asked."""

from __future__ import annotations

import re

from orchestrator.reading.partners import PARTNER

Span = tuple[int, int]

_RELATION = r"(?:brother|sister|cousin|son|daughter|aunt|uncle|bro|sis)"
# "my brother and his family", "my sister + her fam", "my cousin n his crew"
_STORY = re.compile(
    rf"\b(?:my|our)\s+(?P<who>{_RELATION})\s*(?:and|&|\+|n|with)\s*(?:his|her|their)\s+"
    r"(?:family|fam|crew|clan|kids|household)\b"
)
_JOIN = r"\s*(?:,\s*(?:and\s+)?|&|\+|\band\b|\bn\b|\bplus\b|\bwith\b)\s*"
# The relation's partner: "his wife", or by the in-law word ("our son and daughter-in-law")
_SPOUSE = rf"(?:(?:his|her)\s+{PARTNER}\b|(?:(?:my|our)\s+)?(?:daughter|son)[- ]in[- ]law\b(?!'))"
# An aside on the two, no one more ("(both in their 40s)")
_GLOSS = r"(?:\s*\((?:both|each)\b[^()\d]{0,20}\d{0,2}[^()\d]{0,6}\))?"


def family_named_again(text: str, listed: Span) -> list[Span]:
    """Spans of "my brother and his family" told before the writer's list `listed` (start, end),
    when that list names the same relation with their partner and their kids by number."""
    found: list[Span] = []
    # the kids' item may close the list after an aside the list stops at ("our son and his wife
    # (both in their 40s), and their 3 children (14, 9 and 5)"): read a little past its end
    part = text[listed[0] : listed[1] + 48]
    for m in _STORY.finditer(text, 0, listed[0]):
        who = re.escape(m.group("who"))
        again = re.search(
            rf"\b(?:my|our)\s+{who}{_JOIN}{_SPOUSE}{_GLOSS}{_JOIN}"
            r"(?:their|his|her)\s+\d{1,2}\s+(?:kids|children|girls|boys|little ones)\b",
            part,
        )
        if again and again.start() < listed[1] - listed[0]:
            found.append(m.span())
    return found
