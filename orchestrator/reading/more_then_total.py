"""Grown-ups said to join, told beside the new adult total they make, in either order: "4 more
pickers signed on for the last week so make it 25 adults", "3 more volunteers confirmed today, so
we're at 31 adults", "one more client rsvp'd so 17 adults now", "can we do 25 adults? 5 more
volunteers are coming". The number joining is why the total changed, no guests of its own: the
guest reader must not add it to the total (6 more parents and 26 adults are not 32), and it is
returned as the count added (`recount_adds`), so the conversation takes the message as read only
when the count before plus it is the total said (21 + 4 = 25); otherwise its check asks.

Words of people who may be kids (players, students, kids) or guest words other readers count are
not taken, nor a clause that hedges; the words between the people and the total may say when or
why they join ("for the last week", "today", "to help"), never a number."""

from __future__ import annotations

import re

from orchestrator.reading.partner_reasons import partners_then_total
from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.words import HEDGES, YOUNG

Span = tuple[int, int]

# where the joiners come from, said between them and their arrival: "5 more guys from the night
# shift are coming"
FROM = r"(?:\s+from\s+(?:the\s+|our\s+|my\s+)?[a-z]+(?:\s+[a-z]+){0,2}?)?"
# who joins: "4 more pickers", "one more client", "2 more employees are bringing their spouses"
# ("2 more of his friends": whose they are)
_WHO = (r"\b(?P<n>\d{1,2}|one|a couple)\s+more\s+(?:of\s+(?:his|her|my|our|their)\s+)?"
        # a rank or kind before who ("3 more junior counselors", "4 more assistant coaches")
        r"(?:(?:junior|senior|assistant|associate|new|adult|head|volunteer|part-time)\s+)?"
        r"(?P<who>[a-z]+(?:-[a-z]+)?)\b" + FROM)
# how they join: a word of arrival, then up to four words of when or why ("for the last week")
JOIN = (
    r"\s+(?:(?:just|also|have|has|now|finally|all)\s+)*"
    r"(?:signed\s+(?:on|up)|confirmed|rsvp'?d(?:\s+yes)?|rsvped(?:\s+yes)?|said\s+yes|joined|"
    r"(?:are|r|is|will\s+be)\s+(?:coming|joining|in)|want\s+in|wants\s+in|are\s+bringing\s+their\s+"
    r"(?:spouses?|partners?|wives|wife|husbands?|plus[- ]ones?|significant\s+others?)|can\s+"
    r"(?:come|make\s+it)|(?:want|wants|wanna)\s+(?:to\s+)?(?:come|join(?:\s+us)?))"
    r"(?P<why>(?:\s+(?!so\b)[a-z']+){0,4}?)"
)
# the new adult total, after the joiners: "so make it 25 adults", "so we're at 31 adults"; the
# joiners' age may be told before it, a grown-up's ("2 more friends can come, both 17, so 12
# adults": 13 and over are adults, as the total says; "both 11" is left to be asked about)
_TOTAL_AFTER = (
    r"(?P<age>\s*,\s*(?:both|all|all of them|each)\s+(?:(?:are|r)\s+)?(?:1[3-9]|[2-9]\d)"
    r"(?:\s*(?:yrs?|years?)(?:\s+old)?)?)?"
    r"\s*[,;-]?\s*(?:and\s+)?so\s+(?:please\s+|pls\s+)?(?:(?:make\s+(?:it|that)|we'?re\s+at|"
    r"we\s+are\s+at|we'?re\s+now|we\s+are\s+now|now\s+we'?re|that\s+makes\s+(?:it|us)|"
    r"it'?s(?:\s+now)?|its|now|that'?s)\s+)?(?P<total>\d{1,3})\s+(?:adults|grown-?ups)\b"
    # "3 more cousins confirmed so 17 now": the new total bare, "now" saying it is the count
    # (the conversation takes it when the count before and the joiners make it)
    r"|\s*[,;-]?\s*(?:and\s+)?so\s+(?:we'?re\s+|we\s+are\s+|it'?s\s+)?(?P<bare>\d{1,3})\s+now\b"
)
_AFTER = re.compile(_WHO + JOIN + "(?:" + _TOTAL_AFTER + ")")
# the total first, the joiners told in the next sentence: "can we do 25 adults? 5 more volunteers
# are coming", "make it 25 adults. 5 more volunteers signed up"
_TOTAL_FIRST = re.compile(
    r"\b(?:make\s+(?:it|that)|can\s+we\s+(?:do|make\s+it|go\s+to)|let'?s\s+(?:do|make\s+it|go\s+(?:to|with))|could\s+we\s+(?:do|make\s+it)|"
    r"bump\s+(?:it\s+)?(?:up\s+)?to|change\s+(?:it\s+)?to)\s+(?P<total>\d{1,3})\s+(?:adults|grown-?ups)"
    r"(?:\s+(?:instead|tho|though|now))?\s*[?!.,;-]+\s*(?:(?:since|because|as)\s+)?"
    + _WHO + JOIN + r"\s*(?=[.!?\n]|$)"
)
# the total first as the count now, who joins said after it as some of a group ("it's 23 now, 3 of
# the clients' spouses are coming", "its 18 now, 2 of my coworkers r coming too"; round q80b)
_NOW_FIRST = re.compile(
    r"\b(?:(?:it'?s|its|we'?re|we\s+are|that'?s)\s+(?:now\s+)?|(?=\d{1,3}\s+adults\s+now\b))"
    r"(?P<total>\d{1,3})(?:\s+(?:adults|grown-?ups))?\s+now\b"
    r"\s*[,;.!-]+\s*(?:(?:since|because|as|bc|cuz)\s+)?"
    r"\b(?P<n>\d{1,2}|a couple)\s+(?:more\s+)?of\s+(?:the|my|our|his|her|their)\s+"
    r"(?:[a-z]+(?:'s|s')?\s+){0,2}?(?P<who>[a-z]+(?:-[a-z]+)?)\b" + FROM + JOIN + r"\s*(?=[.!?\n]|$)"
)
_NUMBER = {"one": 1, "a couple": 2}
# words of people who may be kids, or guest words other readers count ("2 more kids", "2 more adults")
NOT_GROWN = re.compile(
    rf"(?:{YOUNG}|boy|girl|students?|sons?|daughters?|"
    r"grandkids?|nephews?|nieces?|players?|scouts?|adults?|people|guests?|ppl|persons?|folks|more|"
    r"of|family|families)\Z"
)
# after the total asked for ("can we go to 28 adults? 2 more couples want in", written "4 more adults"
# before the reading) grown-ups' guest words are the joiners too: the total said settles the count
_GUEST_WORD = re.compile(r"(?:adults?|people|guests?|ppl|persons?|folks)\Z")
_HEDGED = re.compile(rf"\b(?:{HEDGES}|or)\b")


def more_then_total(text: str) -> tuple[int, list[Span]]:
    """(the grown-ups said to join, the spans of their words) for the joiners told beside a new
    adult total in normalized `text`, when said once and unhedged; else (0, [])."""
    found = []
    for pattern in (_AFTER, _TOTAL_FIRST, _NOW_FIRST):
        for m in pattern.finditer(text):
            who, first = m.group("who"), pattern is _TOTAL_FIRST
            not_grown = NOT_GROWN.search(who) and not (first and _GUEST_WORD.search(who))
            if not_grown or re.search(r"\d", m.group("why")):
                continue
            start = sentence_start(text, m.start())
            if _HEDGED.search(text, start, m.end()):
                continue
            n = _NUMBER.get(m.group("n")) or int(m.group("n"))
            if int(m.group("total") or m.groupdict()["bare"]) <= n:
                continue
            end = m.end("age") if m.groupdict().get("age") else m.end("why")  # their age read too
            found.append((n, (m.start("n"), end)))
    if len(found) != 1:  # "2 of them r bringing their gfs so 17 now": partners as the reason
        return partners_then_total(text) if not found else (0, [])
    return found[0][0], [found[0][1]]
