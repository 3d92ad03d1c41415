"""A new adult count said with the people it adds, read so the two are the same people ("make
that 17 adults, my sister and her husband are coming so add 2 more"), and whether a message says
a new count at all ("ok we're 12 now"). Moved out of `named` (which finds the people named)."""

from __future__ import annotations

import re

from orchestrator.reading.named import GROWN_WORDS, KID, named_people

Span = tuple[int, int]


# "make that 17 adults, my sister and her husband are coming so add 2 more": the new count, and
# the people named as the reason with the number they add (no guest word after it)
# ("correction: 17 adults now", "update: 14 adults now": "now" after the count says it too)
_RECOUNT_TO = re.compile(
    rf"\b(?:make (?:that|it)|change (?:it |that )?to|now|actually)\s+(\d{{1,4}})\s+(?:{GROWN_WORDS})\b"
    # "can we go to 24 adults?", "bump it up to 30 adults": the new count asked for
    rf"|\b(?:go|bump|move|take|raise|increase)\s+(?:it\s+)?(?:up\s+)?to\s+(\d{{1,4}})\s+(?:{GROWN_WORDS})\b"
    rf"|\b(\d{{1,4}})\s+(?:{GROWN_WORDS})\s+(?:now|after all)\b"  # "17 adults after all, ..."
    # "ok we're 12 now, my sister and her husband are coming so add 2 more": the new total bare
    r"|\b(?:we're|we are|were|it's|its|it is)\s+(?:now\s+|at\s+)?(\d{1,4})\s+now\b"
    # "2 more of my friends can come so 14 of us now": the new total counted as "of us"
    r"|\b(\d{1,4})\s+of\s+us\s+now\b"
    # "oh and make that fourteen sorry my brother and his wife are coming so add 2 more": the new
    # total bare, a dictated apology between it and who it adds
    r"|\bmake (?:that|it)\s+(\d{1,4})\s+(?:sorry|oops)\b"
    # "ok make it 22 now, 3 of the guys are bringing their girlfriends so add 3 more" (round q85o)
    r"|\bmake (?:that|it)\s+(\d{1,4})\s+now\b"
    # "2 of his friends from college r coming so 22 now": the new total bare after "so"
    r"|\bso\s+(\d{1,4})\s+now\b"
)


def recount_said(text: str) -> bool:
    """A new count said with "now", "after all" or "make that" ("ok we're 12 now")."""
    return bool(_RECOUNT_TO.search(text))


# The words between the people named and "so thats 2 more" that say only that they come
_COMING = {"is", "are", "r", "will", "can", "could", "be", "now", "also", "coming", "come",
           "joining", "join", "make", "it", "too", "after", "all", "as", "well", "so", "and",
           "decided", "to", "said", "yes", "just",
           "flying", "driving", "in", "up", "down"}  # fmt: skip  # "are flying in so"
# ("... so add 2.": "add N" ending its clause says the same without "more")
_MORE = re.compile(
    rf"\b(?:add(?:ing)?\s+|that'?s\s+|so\s+)(\d{{1,3}})\s+more\b(?!\s*(?:{GROWN_WORDS}|{KID}|[a-z]+s)\b)"
    r"|\badd(?:ing)?\s+(\d{1,3})(?=\s*(?:$|[.!?,;\n]))"
)


def added_in_recount(text: str) -> tuple[int, list[Span]]:
    """A new adult count said with the people it adds ("make that 17 adults, my sister and her
    husband are coming so add 2 more"): (the number added, the spans of the names and of "add 2
    more"), or (0, []) when the names are not that number. Whether the earlier count and the
    number added make the new count is the conversation's to check."""
    if not _RECOUNT_TO.search(text):
        return 0, []
    for m, named, (start, end) in named_people(text):
        more = list(_MORE.finditer(text, start, end))
        if len(more) == 1 and int(more[0].group(1) or more[0].group(2)) == named:
            between = text[m.end() : more[0].start()]  # "are coming too so": why, not who
            said = set(re.findall(r"[a-z']+", between)) <= _COMING and not re.search(r"\d", between)
            return named, [(m.start(), more[0].end()) if said else m.span(), more[0].span()]
    return 0, []
