"""What stands right before the writer in a list of the party ("6 couples + me and my husband",
"hubby, me and 3 couples", "some couples from church + me and my husband"): a count of adults or
friends joined to the list, people of no number, or more people than the two. Moved out of
household.py (its `writer_party` reads them, in the same order) to keep that module small."""

from __future__ import annotations

import re

from orchestrator.reading.alternation import alternation
from orchestrator.reading.phrases import FRIEND_WORDS
from orchestrator.reading.words import ADULT_WORDS, TEEN_WORDS

_ADULT = alternation(ADULT_WORDS)
_TEEN = alternation(TEEN_WORDS)

# the groups a count of adults comes from: "from our supper club", "del club de baile"
_CLUB = r"(?:club|league|group|church|team|class|neighborhood|neighbourhood|street|hoa|gym)\b"
_CLUB_ES = r"(?:club|grupo|iglesia|liga|equipo|clase|barrio|vecindario|trabajo)\b"

# A count of adults or friends joined to the list before the writer: "6 couples + me and my
# husband" (the couples already written as "12 adults"); not someone else's ("his 8 friends")
_COUNTED_ITEM = (
    rf"(?<!\bhis )(?<!\bher )(?<!\btheir )\b(\d{{1,3}})\s+(?:other\s+)?(?:({_ADULT}|{_TEEN})\b"
    # "14 teens (16 and 17) counting him + me and my husband": ages told and the one inside read
    # (only with a word the adult reader counts; "12 friends (all 15-16)" is the aged groups')
    r"(?:\s*\([^()]{1,30}\))?"
    # "20 teens (15-16 yrs) for my daughters sweet 16 including her + me and my husband": whose
    # party between the count and the one it holds
    r"(?:\s+for\s+(?:my|our)\s+(?:son|daughter)'?s\s+(?:sweet\s+1[56]|\d{1,2}(?:st|nd|rd|th)"
    r"(?:\s+(?:birthday|bday))?)(?=,?\s*(?:incl\.?|including|counting)\s))?"
    r"(?:,?\s*(?:incl\.?|including|counting)\s+(?:him|her|(?:my|our)\s+(?:son|daughter)))?"
    rf"|{FRIEND_WORDS}\b)"
    # "11 guys from work plus me": where they come from says who they are, not how many; so does
    # the club, league or church they are of ("6 couples from our supper club", "del club de
    # baile", "de la iglesia")
    # ("5 couples from church + me and my husband": church said bare, as work is; round q86j)
    r"(?:\s+(?:from|at)\s+(?:work|church|the office|(?:my|our)\s+(?:work|office|job|gym|church))"
    rf"|\s+(?:from|at|of)\s+(?:the|my|our)\s+(?:[a-z]+\s+)?{_CLUB}"
    # ("5 couples from bible study + me and my husband": a study or small group said bare; q86l)
    r"|\s+(?:from|at|of)\s+(?:(?:the|my|our)\s+)?(?:bible study|small group|life group|book club)\b"
    rf"|\s+(?:del|de la|de nuestr[oa]|de mi)\s+{_CLUB_ES}(?:\s+de\s+[a-z]+)?)?"
)
BEFORE = re.compile(
    _COUNTED_ITEM + r"\s*(?:,\s*)?(?:\+|&|\band\b|\bplus\b|,\s*(?:and|plus)\b)\s*\Z"
)
# Another count of adults before that one, by a comma too: "5 married couples (10 adults), 2
# singles, and me + my wife"
BEFORE_MORE = re.compile(_COUNTED_ITEM + r"\s*(?:,|\+|&|\band\b|\bplus\b)\s*\Z")


# "my sister and her hubby, me and ...", "his wife, me and ...": more people than the two
OTHERS_BEFORE = re.compile(r"(?:\b(?:his|her|their|[a-z]+'s|and|n|plus)|[,&+])\s*\Z")


# People joined to the list before the writer with no number ("some couples + me and my husband")
UNCOUNTED_BEFORE = re.compile(
    r"(?:^|[.!?\n,:;])[^.!?\n,:;\d]*[a-z][^.!?\n,:;\d]*(?:\+|&|\band|\bplus)\s*\Z"
)


def counted_before(text: str, start: int) -> tuple[int, int, int] | None:
    """The counts joined right before `start`, where the writer's partner opens the list ("4
    couples plus my husband and me", "5 married couples (10 adults), 2 singles, and hubby and
    me"): (where they start, their adults, how many of them the adult reader counts), or None."""
    before = BEFORE.search(text[max(0, start - 80) : start])
    if before is None:
        return None
    start, adults, counted = more_before(text, start - len(before.group(0)))
    count = int(before.group(1))
    return start, adults + count, counted + (count if before.group(2) else 0)


def more_before(text: str, start: int) -> tuple[int, int, int]:
    """The counts joined before the one `BEFORE` read, ending at `start` ("5 married couples (10
    adults), 2 singles, and ..."): (where they start, their adults, how many of them the adult
    reader counts); (`start`, 0, 0) when none is."""
    adults = counted = 0
    while more := BEFORE_MORE.search(text[max(0, start - 80) : start]):
        start -= len(more.group(0))
        adults += int(more.group(1))
        counted += int(more.group(1)) if more.group(2) else 0
    return start, adults, counted
