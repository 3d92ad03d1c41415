"""People named by first name with a choice of their own ("10 adults. Mike and Dave want steak,
the rest of us chicken"). The names are only in the message's capitals, so they are found in the
text as written and matched in the normalized one. Beside a choice for the rest of the party
later in the sentence or the next, and fewer than the adults counted, they are a part of known
size: written "2 of us" (the same length), as a counted part is read. Any other use ("Mike wants
filet" alone, a name too short to rewrite) is asked: the others' choice, or how many have which,
is for the customer to say (round q82i)."""

from __future__ import annotations

import re

from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TODDLER_WORDS

Span = tuple[int, int]

# Capitalized words that open a choice but name no one by name
NOT_NAMES = frozenset({
    "i", "we", "they", "he", "she", "it", "everyone", "everybody", "every", "all", "both",
    "most", "some", "others", "other", "rest", "half", "kids", "adults", "guests", "people",
    "ladies", "guys", "girls", "boys", "men", "women", "mom", "mum", "dad", "mother", "father",
    "mama", "papa", "grandma", "grandpa", "nana", "auntie", "aunt", "uncle", "sis", "bro",
    "hubby", "wife", "husband", "and", "or", "but", "so", "also", "then", "the", "my", "our",
    "your", "his", "her", "their", "chef", "you", "u", "just", "only", "hi", "hey", "hello",
    "ok", "okay", "yes", "no", "thanks", "maybe", "pls", "please", "plus", "fyi", "btw", "lol",
    "team", "staff", "family", "friends", "couples", "parents", "teens",
    # the reading's own words for a group ("Kiddos just want chicken")
    *(w for w in (*ADULT_WORDS, *KID_WORDS, *PEOPLE_WORDS, *TODDLER_WORDS) if " " not in w),
})
_VERB = (
    r"\s+(?:(?:both|all|will|would|can|just|only|each|prob(?:ably)?)\s+)?"
    # ("Diwali get together ...": "get together" is the party, no verb)
    r"(?:want|wants|get(?!\s*-?\s*together)|gets|like|likes|prefer|prefers|'ll have|will have"
    r"|are having|is having|need|needs|eat|eats)\b"
)
_JOIN = r"\s*(?:,\s*(?:and\s+)?|and|n|&|\+)\s*"
_CAPITAL_RUN = re.compile(rf"\b[A-Z][a-z]{{1,11}}(?:{_JOIN}[A-Z][a-z]{{1,11}})*(?={_VERB})")
# a word before the run that makes it no first name: "the" (a family, "the Nguyens"), or another
# capitalized word (a place's or a firm's name, "The Rocklin Senior Center")
_PROPER_BEFORE = re.compile(r"(?:\b[Tt]he|\b[A-Z][A-Za-z'-]*)\s+\Z")
_REST_LATER = re.compile(
    r"(?:[^.!?\n]*[.!?\n]\s*)?[^.!?\n]*?\b(?P<rest>everyone else|everybody else|the rest|the others"
    r"|all the others|every1 else)\b"
)
PART = "{} of us"  # the part written as a count of people, as "2 of us want ..." is read
REACH = 40  # how near the protein given to them stands


def first_names(text: str) -> frozenset[str]:
    """The first names (lower case) of the people a choice opens with in `text` as written."""
    found: set[str] = set()
    for m in _CAPITAL_RUN.finditer(text):
        if _PROPER_BEFORE.search(text, 0, m.start()):  # "the Nguyens", "Rocklin Senior Center"
            continue
        words = re.findall(r"[A-Za-z]+", m.group(0))
        names = [w.lower() for w in words if w.lower() not in ("and", "n")]
        if names and not any(w in NOT_NAMES for w in names):
            found.update(names)
    return frozenset(found)


def named_by_name(
    text: str, names: frozenset[str], adults: int | None, protein_starts: list[int]
) -> tuple[str, list[Span], list[tuple[str, str]]]:
    """`text` (normalized) with each run of `names` opening a choice (a protein of
    `protein_starts` within reach) written "N of us" when a choice for the rest follows and they
    are fewer than the `adults`; the spans rewritten, and a check for each run left unread."""
    if not names:
        return text, [], []
    name = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    run = re.compile(rf"\b(?:{name})(?:{_JOIN}(?:{name}))*\b(?={_VERB})")
    spans: list[Span] = []
    checks: list[tuple[str, str]] = []
    for m in run.finditer(text):
        if not any(0 <= start - m.end() <= REACH for start in protein_starts):
            continue
        count = len(re.findall(rf"\b(?:{name})\b", m.group(0)))
        part = PART.format(count)
        rest = _REST_LATER.match(text, m.end())
        if rest and len(m.group(0)) >= len(part) and (adults is None or count < adults):
            spans.append(m.span())
            theirs = [s for s in protein_starts if m.end() <= s < rest.start("rest")]
            if len(theirs) < 2:  # "Mike and Dave want steak, the rest of us chicken": one each
                checks.append(("proteins", f"one protein named for {m.group(0)}: what is everyone's "
                                           "second?"))  # fmt: skip
            continue
        checks.append(("proteins", f"a choice for {m.group(0)} by name: what do the others have, "
                                   "how many of each?"))  # fmt: skip
    for start, end in reversed(spans):
        count = len(re.findall(rf"\b(?:{name})\b", text[start:end]))
        text = text[:start] + PART.format(count).ljust(end - start) + text[end:]
    return text, spans, checks
