"""Couples beside the partner or the pair a party is for, with no word that says whether the
writer's own couple (or the pair) is among them: "celebrating my husband turning 50 with 9
couples", "my parents' anniversary with 8 couples from church". Is it 9 couples in all (18
adults), or 9 beside the writer and the husband (20)? A careful person asks, so it is a check.
"with 9 other couples" says it (20, read by `hosted_couples`), and so does the writer's couple
counted beside them ("me and my wife plus 6 couples", "6 couples + us"); "dinner for 6 couples"
names no one beside them (12). Takes the raw lower-cased text."""

from __future__ import annotations

import re

from orchestrator.reading.partners import PARTNER

# the partner the occasion is for ("my husband turning 50", "my wife's 40th", "for my hubby"), or
# a pair ("my parents' anniversary", "our anniversary", "my in-laws 40th")
_FOR = re.compile(
    rf"\b(?:my|our)\s+(?:{PARTNER}(?:'s|s)?\s+(?:turning|turns|\d{{1,3}}(?:st|nd|rd|th)|birthday|bday|"
    r"b-day|retirement|promotion|surprise|party)|(?:parents|in-?laws|grandparents)'?s?'?\s+"
    r"(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:anniversary|anniv|party|celebration|vow renewal)|"
    r"(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:anniversary|anniv|vow renewal))\b"
    rf"|\bfor\s+(?:my|our)\s+{PARTNER}\b"
)
# "with 9 couples", "with 8 couples from church": no "other" or "more" before the couples
_WITH_COUPLES = re.compile(r"\bwith\s+(\d{1,2})\s+(?:(?:married|friend|neighbor)\s+)?couples\b")
# the writer's couple counted beside them: "me and my wife", "my husband and i", "us", "we're 8"
_WRITER_COUPLE = re.compile(
    rf"\b(?:me|myself)\s*(?:,|\+|&|\band\b|\bn\b|\bplus\b)\s*(?:my\s+|the\s+)?{PARTNER}\b"
    rf"|\b(?:my|our)\s+{PARTNER}\s*(?:,|\+|&|\band\b|\bn\b)\s*(?:i|me|myself)\b"
    r"|\bus\s*(?:\+|&|\band\b|\bplus\b|\btoo\b|\bincluded\b)|(?:\+|&|\band\b|\bplus\b)\s*us\b"
    r"|\b\d{1,3}\s+(?:adults|people|guests|ppl|pax|persons|of us)\b|\bother\s+couples\b"
)


def honoree_couples(text: str) -> list[tuple[str, str]]:
    """A check when the raw lower-cased `text` counts couples "with" the partner or the pair the
    party is for, and nothing says whether that pair is among them."""
    if "couples" not in text or "with " not in text:
        return []  # speed
    found = list(_WITH_COUPLES.finditer(text))
    if len(found) != 1 or not _FOR.search(text) or _WRITER_COUPLE.search(text):
        return []
    count = found[0].group(1)
    return [("guests", f"'with {count} couples': is the couple celebrated among the {count}, "
                       "or beside them?")]  # fmt: skip
