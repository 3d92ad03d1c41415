"""A group of grown-ups named with no number, who join, and their count told after them beside a
follow-up's new total (round q77b): "16 adults now, my neighbors from 8812 Elk Grove Blvd are
coming too so add 2 more", "my cousins are flying in from Houston on the 2nd.. 2 of them so make
it 14 adults". The count after the group is how many they are: the reason the total changed, no
guests of its own. It is returned as the count added (`recount_adds`), so the conversation takes
the message as read only when the count before plus it is the new total (14 + 2 = 16); when they
disagree ("16 adults now, ... so add 3 more" after 14) its check asks.

Where they come from and when ("from 8812 Elk Grove Blvd", "on the 2nd") belong to the reason:
their numbers are no guests. Not taken: a group that may be kids or whose word already counts
("my nephews", "my parents": other readers' and the net's), a clause that hedges, a count of them
not below the total. So too a group counted first ("2 of my cousins flew in, so please make it 12
adults"): its count is the one added, checked the same way."""

from __future__ import annotations

import re

from orchestrator.reading.more_then_total import NOT_GROWN
from orchestrator.reading.named_recount import recount_said
from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.words import HEDGES

Span = tuple[int, int]

# "my neighbors", "our old coworkers", "my husband's cousins": a group by a plural word, no number
_GROUP = (
    r"\b(?:my|our|his|her|their)\s+(?:[a-z]+'s\s+)?(?:(?:new|old|best|close|work)\s+)?"
    r"(?P<who>[a-z]+s)\b"
)
# where they come from ("from 8812 elk grove blvd", "from houston"), then their arrival and when
# ("are flying in", "are coming too", "on the 2nd")
_ARRIVAL = (
    r"(?:\s+from\s+[^.!?\n,;]{1,40}?)?"
    r"\s+(?:are|r|will\s+be|will)\s+(?:(?:also|now|finally|all|actually)\s+)?"
    r"(?:coming(?:\s+(?:in|up|down|over))?|joining(?:\s+us)?|flying\s+in|driving\s+(?:up|down|in|over)|"
    r"in\s+town|able\s+to\s+come|come|make\s+it)"
    r"(?:\s+from\s+[^.!?\n,;]{1,40}?)?"
    r"(?:\s+(?:too|also|as\s+well|after\s+all))?"
    r"(?:\s+(?:on|this|next)\s+(?:the\s+)?[a-z0-9]{1,12}(?:\s+[a-z0-9]{1,12})?)?"
)
# "... so add 2 more": the count of the group, beside a new total said elsewhere ("16 adults now")
_THEN_ADD = re.compile(
    _GROUP + _ARRIVAL
    + r"\s*[,;-]?\s*(?:and\s+)?so\s+(?:please\s+|pls\s+|plz\s+)?add\s+(?P<n>\d{1,2})\s+more\b"
    r"(?!\s*(?:kids?|children|babies|baby|toddlers?|teens?)\b)(?=\s*(?:$|[.!?,;\n]))"
)
# "... 2 of them so make it 14 adults": the group's count as some "of them", then the new total
_THEN_TOTAL = re.compile(
    _GROUP + _ARRIVAL
    + r"\s*(?:[.,;!\u2026-]+\s*)?(?P<count>(?P<n>\d{1,2})\s+of\s+them)\s*,?\s*"
    r"so\s+(?:please\s+|pls\s+|plz\s+)?"
    r"(?:make\s+(?:it|that)|we'?ll\s+be|we\s+will\s+be|we'?re(?:\s+at)?|it'?s|its)\s+"
    r"(?P<total>\d{1,3})(?:\s+(?:adults|grown-?ups))?\b(?!\s*(?:kids?|children|people|guests)\b)"
)
# "2 of my cousins flew in, so please make it 12 adults": the group counted first, some of whose
# people arrive; the same count added, checked against the count before as the others are (12 +
# 2 is not 15: asked, never the 15 taken with the 2 set aside as a reason)
_SOME_THEN_TOTAL = re.compile(
    r"\b(?P<n>\d{1,2})\s+of\s+(?:my|our|his|her|their)\s+(?:[a-z]+'s\s+)?(?P<who>[a-z]+s)\b"
    r"(?P<why>[^.!?\n\d]{0,60}?)\s*,?\s*so\s+(?:please\s+|pls\s+|plz\s+)?"
    r"(?:make\s+(?:it|that)|we'?ll\s+be|we\s+will\s+be)\s+(?P<total>\d{1,3})\s+(?:adults|grown-?ups)\b"
)
# "their 2 sons are flying in, they're both adults. so 32 adults now" (round q82h): a group counted
# with its own number, whose words may be kids' (sons, nephews) but whose adulthood is told before
# the new adult total; the count is the one added, checked against the count before
_GROWN_THEN_TOTAL = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?:[a-z]+'s\s+)?(?P<n>\d{1,2})\s+(?P<who>[a-z]+s)\b" + _ARRIVAL
    + r"\s*[,;.]\s*(?:they'?re|they\s+are|both\s+are|both\s+r|they\s+r)\s+(?:both|all)\s+"
    r"(?:adults|grown(?:-?ups)?|over\s+(?:18|21))\s*[,;.!]*\s*(?:and\s+)?so\s+(?:please\s+|pls\s+)?"
    r"(?:(?:make\s+(?:it|that)|we'?re(?:\s+at)?|it'?s|its)\s+)?"
    r"(?P<total>\d{1,3})\s+(?:adults|grown-?ups)(?:\s+now)?\b"
)
_ARRIVES = re.compile(
    r"\b(?:coming|come|make it|join|joining|flew in|flying in|in town|showed up|decided to come)\b"
)
# who has a count of their own word ("my parents": 2) or may be kids
_COUNTED = re.compile(r"(?:parents|in-?laws|grandparents|twins|triplets)\Z")
_HEDGED = re.compile(rf"\b(?:{HEDGES}|or)\b")


def group_counted(text: str) -> tuple[int, list[Span]]:
    """(the group's count, the span of the group and its count) for one unnumbered group joining
    in normalized `text`, its count told after it beside a new total; else (0, [])."""
    if " of " not in text and " more" not in text and " both " not in text and " all " not in text:
        return 0, []  # speed: no count after a group
    found: list[tuple[int, Span]] = []
    for m in _THEN_ADD.finditer(text):
        if recount_said(text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]):
            found.append((int(m.group("n")), m.span()))  # the new total said outside the group
    for m in _THEN_TOTAL.finditer(text):
        if int(m.group("n")) < int(m.group("total")):
            found.append((int(m.group("n")), (m.start(), m.end("count"))))
    for m in _SOME_THEN_TOTAL.finditer(text):
        if int(m.group("n")) < int(m.group("total")) and _ARRIVES.search(m.group("why")):
            found.append((int(m.group("n")), (m.start(), m.end("why"))))
    found = [(n, span) for n, span in found if _plain(text, span)]
    for m in _GROWN_THEN_TOTAL.finditer(text):  # grown-ups by what is told of them, not their word
        grown = not _COUNTED.search(m.group("who")) and int(m.group("n")) < int(m.group("total"))
        if grown and not _HEDGED.search(text, sentence_start(text, m.start()), m.end()):
            found.append((int(m.group("n")), (m.start(), m.start("total"))))
    if len(found) != 1:
        return 0, []
    return found[0][0], [found[0][1]]


def _plain(text: str, span: Span) -> bool:
    """The group at `span` of `text` is grown-ups with no count of their own word, told with no
    hedge in its sentence."""
    if re.search(r"\bof\s+\Z", text[: span[0]]):
        return False  # "2 of our donors are joining so add 2 more": counted already, others' reading
    who = re.match(_GROUP, text[span[0] :]) or re.match(r"\d+\s+of\s+" + _GROUP, text[span[0] :])
    if who is None or NOT_GROWN.search(who.group("who")) or _COUNTED.search(who.group("who")):
        return False
    return not _HEDGED.search(text, sentence_start(text, span[0]), span[1])
