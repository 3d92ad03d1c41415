"""People named beside a count that the count already holds: named inside it ("10 adults total
incl. me and my wife", "party of 9 including me and my husband", "18 kids total incl her"), or
named as the reason for it ("my sister n her husband are flying in so add 2 more adults": the
two named are the 2 counted), or named in the story before a count said to be the total ("my
sister and I wanted ... it would be 16 adults total"). Each reader returns the spans it
explains; a person named inside a count of another kind ("10 kids total incl. my wife") comes
back as a check."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from orchestrator.literal_gates import gated
from orchestrator.reading.alternation import alternation
from orchestrator.reading.partners import PARTNER
from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TEEN_WORDS

Span = tuple[int, int]



_ONE = rf"(?:{PARTNER}|mom|mum|mother|dad|father|grandma|grandpa|boss|best friend)"
# The adults a count may hold: the writer, a partner, a parent, or the couple together.
_GROWN = (
    rf"(?:(?:me|myself)(?:\s*(?:,|and|&|\+|n)\s*(?:my|our)\s+{_ONE})?|(?:my|our)\s+{_ONE}(?:\s*(?:and|&|\+|n)"
    r"\s*(?:me|i|myself))?|(?:my|our|his|her)\s+(?:parents|in-?laws|grandparents)|us|ourselves"
    r"|(?:the|us)\s+2(?:\s+of\s+us)?|both of us)"
)
# Whom a party is for, named by a pronoun: one of the count, whatever its kind.
_HONOREE = (
    r"(?:her|him|the birthday (?:girl|boy)|(?:my|our) (?:son|daughter)(?=\s*(?:[,+&]|and\b|plus\b)))"
)
_INCL = r"(?:incl\.?|including|includes|that includes|which includes|counting)"
# Grown-ups named one by one ("him and his wife", "me and my assistant", "the principal and her
# husband", "me and my 2 sisters"): each one person, or the number before them; the young and
# plurals of no number ("my kids", "the grandkids", "my friends") may be any number of anyone.
_YOUNG_ONE = (
    r"(?:kids?|children|child|grandkids?|son|daughter|grand(?:son|daughter)|nephew|niece|baby|toddler)"
)
_POSSESSED = (
    rf"(?:the|my|our|his|her)\s+(?:\d{{1,2}}\s+(?!{_YOUNG_ONE}\b)[a-z]+"
    rf"|(?!{_YOUNG_ONE}\b)[a-z]+(?:-[a-z]+)?(?<![^s]s))\b"  # one, unless a number says ("my 2 sisters")
)
# ... or a first name beside the writer ("20 adults total including Frank and me"), not the young
# or a plural ("including kids and me" is asked)
_FIRST_NAME = (
    rf"(?!{_YOUNG_ONE}\b|kids\b|the\b|my\b|our\b)[a-z]{{2,}}(?<!s)(?=\s*(?:and|&|\+)\s*(?:me|myself)\b)"
)
_ONE_NAMED = rf"(?:{_POSSESSED}|me|myself|him|her|{_FIRST_NAME})"  # "her husband" before "her"
_LISTED = rf"{_ONE_NAMED}(?:\s*(?:,\s*(?:and\s+)?|and|&|\+|n)\s*{_ONE_NAMED})+"
_INSIDE = re.compile(rf"\b{_INCL}\s+(?:({_GROWN})|({_HONOREE})|((?:my|our)\s+[a-z]+))\b(?!')")
_INSIDE_LIST = re.compile(rf"\b{_INCL}\s+(?:{_LISTED}|{_POSSESSED})\b(?!')")
_AFTER = gated(re.compile(rf"\b({_GROWN})\s+(?:included|incl\.?)\b"))
KID, GROWN_WORDS = alternation(KID_WORDS), alternation((*ADULT_WORDS, *PEOPLE_WORDS, *TEEN_WORDS))
# The count right before: "10 adults total", "18 kids total", "party of 9", "we'll be 25".
_COUNT = re.compile(
    rf"\b\d{{1,4}}\s*(?:({GROWN_WORDS})|({KID}))?(?:\s*\([^()]{{1,30}}\))?"  # "14 teens (16, 17)"
    r"(?:\s+(?:total|in total|in all|altogether))?"
    r"(?:\s*[,;(-]\s*|\s+)(?:and\s+|that\s+|which\s+)?\Z"
    r"|\b(?:party of|we'?ll be|we will be|we are|we're|total(?: of)?|headcount(?: of| is)?)\s+\d{1,4}"
    r"(?:\s*[,;(-]\s*|\s+)\Z"
)


@dataclass
class Named:
    """What the names beside counts explain: spans read, and the checks when they do not fit."""

    spans: list[Span] = field(default_factory=list)
    checks: list[tuple[str, str]] = field(default_factory=list)


def named_inside(text: str) -> Named:
    """The people named inside the count right before them ("12 ppl total incl me & my gf"):
    the writer, a partner or a parent inside a count of adults or people, the person the party
    is for ("incl her") inside any count, grown-ups named one by one inside a count of adults or
    people ("26 adults including him and his wife")."""
    read = Named()
    for m in _INSIDE.finditer(text):
        count = _COUNT.search(text[max(0, m.start() - 40) : m.start()])
        if count is None:
            continue  # "incl. me and my wife" with no count before it: the coverage asks
        if m.group(1) and count.group(2) is not None:  # "10 kids total incl. my wife"
            read.checks.append(("guests", f"'{m.group(0)}' in a count of kids: among them?"))
        if m.group(1) or m.group(2):
            read.spans.append(m.span())
    for m in _INSIDE_LIST.finditer(text):
        count = _COUNT.search(text[max(0, m.start() - 40) : m.start()])
        if count is not None and (count.group(1) or not count.group(0)[0].isdigit()):
            read.spans.append(m.span())  # "26 adults including him and his wife", "party of 9 incl. ..."
    for m in _AFTER.finditer(text):
        count = _COUNT.search(text[max(0, m.start() - 40) : m.start()])
        if count is not None and count.group(2) is None:
            read.spans.append(m.span())  # "10 adults, me and my wife included"
    return read


# One person named by relation, or two (a pair, a relation with their partner): the people a
# count says it adds ("my sister n her husband ... add 2 more adults"). Plural relations of no
# number ("her kids", "his cousins", "her family") count nobody.
_WHO = (
    r"(?:(?:little|big|older|younger)\s+)?(?:parents|in-?laws|grandparents|wife|husband|hubby|partner|"
    r"spouse|gf|bf|girlfriend|boyfriend|fianc(?:e|ee)|mom|mum|mother|dad|father|grandma|grandpa|"
    r"brother|sister|cousin|aunt|uncle|son|daughter|nephew|niece|friend|best friend|bff|neighbou?r|"
    r"boss|coworker|brother-in-law|sister-in-law|stepdad|stepmom|tia|tio|tita|tito|"
    # one grown-up by office ("our VP and his wife", "our managing partner and his wife")
    r"(?:(?:managing|senior|founding|general|office|regional|district|branch)\s+)?(?:partner|manager|"
    r"director)|vp|svp|evp|ceo|cfo|coo|cto|president|vice president|supervisor|owner|founder|"
    r"broker|"
    # "our assistant coach is coming too so add 1 adult": one coach, by rank or none
    r"(?:(?:assistant|head|pitching|hitting|bench|volunteer)\s+)?coach"
    # one grown-up by any role, told by the partner after ("our scorekeeper and her husband",
    # "our treasurer and his wife": q85a, 181 fs082); not the young nor a plural
    rf"|(?!{_YOUNG_ONE}\b)[a-z]{{3,}}(?<!s)(?=\s*(?:and|&|\+|n)\s*(?:his|her|their)\s+{PARTNER}\b))\b(?!')"
)
# "my tia from stockton and her husband": where one of them comes from, said beside them
_FROM_PLACE = r"\s+from\s+[a-z]+(?:\s+(?!(?:and|n|plus|with|are|is|r|can|will|too|also)\b)[a-z]+)?"
_FROM = rf"(?:{_FROM_PLACE})?"
# "my wife's parents", "her husband's brother", "the in-laws": the possessor may be a relation
PERSON = (
    r"(?:my|our|his|her|their|the)\s+(?:(?:wife|husband|hubby|partner|spouse|gf|bf|girlfriend|"
    # "my son in law's parents": an in-law as the possessor, hyphens or not (round q83o)
    rf"boyfriend|fianc(?:e|ee)|mom|dad|(?:sister|brother|son|daughter)(?:[- ]in[- ]law)?|friend|boss|"
    rf"bride|groom|"
    # "the groom's grandparents", "the birthday girl's parents": whose, said by the occasion
    rf"birthday (?:girl|boy)|grad|graduate)'s\s+)?{_WHO}"
)
_JOIN = r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|n|plus|with)\s+|\s*[&+]\s*)"
# "my sister and her husband", "my mom and dad": the possessive may be said once
_PEOPLE = re.compile(rf"{PERSON}{_FROM}(?:{_JOIN}(?:(?:my|our|his|her|their)\s+)?{_WHO}{_FROM})*")
_ADDED = re.compile(
    rf"\b(?:add(?:ing)?\s+|another\s+)?(\d{{1,3}})\s+(?:more\s+|extra\s+|additional\s+)?"
    rf"(?:{GROWN_WORDS})\b"
)


def named_for_count(text: str) -> list[Span]:
    """The people named in the sentence of an adult count who are exactly that count ("my
    brother and his wife are driving up, so add 2 more adults"): the count explains the names.
    Names of another number stay unexplained ("my sister and her family ... add 3 adults")."""
    spans: list[Span] = []
    sentences: dict[Span, list[tuple[Span, int]]] = {}
    for m, named, (start, end) in _named_people(text):
        sentences.setdefault((start, end), []).append((m.span(), named))
    for (start, end), runs in sentences.items():
        counts = [int(c.group(1)) for c in _ADDED.finditer(text[start:end])]
        counts = counts or _asked_before(text, start)  # "can u add 2 more adults? our landlord and ..."
        fit = [span for span, named in runs if counts == [named]]
        # "my sister and her husband are coming too and my brother + his wife, so add 4 adults":
        # two runs named, the count their sum
        spans += fit or ([span for span, _ in runs] if counts == [sum(n for _, n in runs)] else [])
    return spans + [m.span(1) for m in _MORE_THEN_WHO.finditer(text)]


def _asked_before(text: str, start: int) -> list[int]:
    """The count of adults added in the question right before the sentence at `start` ("can u add
    2 more adults? our landlord and his wife": who the 2 are, q85a)."""
    before = text[:start].rstrip()
    if not before.endswith("?"):
        return []
    asked = text[sentence_start(text, len(before) - 1) : len(before)]
    return [int(c.group(1)) for c in _ADDED.finditer(asked)]


# "and 3 more adults, my titas from vallejo": grown relatives of no number said right after the
# count of adults they are, as who those adults are (not "3 more adults and my titas": more)
_MORE_THEN_WHO = re.compile(
    r"\b\d{1,3}\s+more\s+(?:adults|grown-?ups|grownups)"
    # "4 more adults can come, my neighbors", "2 more adults are coming - our cousins" (q84c)
    r"(?:\s+(?:can|could|will|are|r)\s+(?:also\s+)?(?:come|coming|make\s+it|join(?:\s+us)?|joining))?"
    r"\s*(?:,|-|:|\()\s*((?:my|our)\s+(?:aunts|"
    r"aunties|uncles|tias|tios|titas|titos|cousins|friends|coworkers|neighbou?rs)\b(?!'))"
    r"(?!\s*(?:,|&|\+|and\b|plus\b|with\b))"
)


# A count said to be the whole party ("it would be 16 adults total", "11 people in all", "a total
# of 20 guests"): the people the story named before it are among it.
_TOTAL = re.compile(
    rf"\b\d{{1,4}}\s+(?:{GROWN_WORDS})\s+(?:total|in total|in all|altogether)\b"
    rf"|\btotal of \d{{1,4}}\s+(?:{GROWN_WORDS})\b"
)
_FOR_THEM = re.compile(r"\bfor\s+(?:[a-z]+\s*(?:and|&|n|\+)\s*)?$")  # "lobster for him and his wife"
_YOUNG = re.compile(r"\b(?:son|daughter|nephew|niece)\b")  # may be kids: not in a count of adults


def named_before_total(text: str) -> list[Span]:
    """The people named before a count of adults or people said to be the total ("my sister and
    I wanted to ... it would be 16 adults total"): the total holds them. People named after it
    ("15 adults total plus my uncle"), relations who may be kids and people a choice is for ("2
lobster for him and his wife and chicken for everyone else, 9 adults total": how many of each?)
stay unexplained."""
    total = _TOTAL.search(text)
    if total is None:
        return []
    return [m.span() for m, _, _ in _named_people(text)
            if m.end() <= total.start() and not _YOUNG.search(m.group(0))
            and not _FOR_THEM.search(text[max(0, m.start() - 20) : m.start()])]  # fmt: skip


# The people whose event it is, named as its subject ("my son and his fiancee are getting
# married ... we expect 22 adults", "my dad is retiring ... 30 people"): among a count of adults
# or people said after them. Named again after that count ("22 adults plus my son and his
# fiancee"), they are added, and that second naming is the coverage check's.
_THEIR_EVENT = re.compile(
    r"\s+(?:are|is|r|will be|'re|'s)\s+(?:(?:finally|officially)\s+)?(?:getting married|getting hitched|"
    r"tying the knot|retiring|renewing (?:their|his|her) vows)\b"
    # "my son and his fiancee just got engaged ... we expect 22 adults": the engagement's couple
    r"|\s+(?:(?:just|recently|finally)\s+)?got engaged\b"
)
_COUNT_AFTER = re.compile(rf"\b\d{{1,4}}\s+(?:{GROWN_WORDS})\b")
# "the rehearsal dinner for our son and his fiancee ... We expect 24 adults": the grown-ups a
# named party is given for, when the count is said as the expected whole ("a retirement dinner
# for my parents: 16 adults plus 3 children" stays asked: are the parents among the 16?)
_EVENT_FOR = re.compile(
    r"\b(?:rehearsal dinner|engagement (?:party|dinner|celebration)|retirement (?:party|dinner|lunch)|"
    r"(?:bridal|wedding|baby) shower|farewell (?:party|dinner)|anniversary (?:party|dinner))\s+for\s+\Z"
)
_EXPECTED = re.compile(rf"\b(?:expect|expecting|we'?ll be|will be)\s+\d{{1,4}}\s+(?:{GROWN_WORDS})\b")


def named_for_their_event(text: str) -> list[Span]:
    """The people named as whose event it is, as its subject ("my son and his fiancee are
    getting married"), when a count of adults or people follows: the count holds them."""
    return [m.span() for m, _, _ in _named_people(text)
            if (_THEIR_EVENT.match(text, m.end()) and _COUNT_AFTER.search(text, m.end()))
            or (_EVENT_FOR.search(text, max(0, m.start() - 40), m.start())
                # "engagement party for my sister & her fiancé, 30 adults total" (q85a, 181 fs006)
                and (_EXPECTED.search(text, m.end()) or _TOTAL.search(text, m.end())))]  # fmt: skip


def named_people(text: str) -> list[tuple[re.Match[str], int, Span]]:
    """Each run of people named (see `_named_people`): for the readers of other modules."""
    return _named_people(text)


def _named_people(text: str) -> list[tuple[re.Match[str], int, Span]]:
    """Each run of people named whom nobody else follows in the list: the match, how many
    people it names, and the bounds of its sentence."""
    found = []
    for m in _PEOPLE.finditer(text):
        # (whose they are names no one more: "my son in law's parents" are 2)
        who = re.sub(r"\b(?:[a-z]+[- ]in[- ]law|[a-z]+)'s\s+", " ", m.group(0))
        # (a place they come from names no one: "my tia from stockton and her husband" are 2, the
        # town no role holder before "and her husband", q85x: 129 ds009, 143 eg035)
        who = re.sub(_FROM_PLACE, " ", who)
        named = len(re.findall(_WHO, who))
        named += len(re.findall(r"\b(?:parents|in-?laws|grandparents)\b", who))
        if re.match(_JOIN + r"(?:my|our|his|her|their|the|some|a)\b", text[m.end() :]):
            continue  # "my sister, her husband and her kids": someone else the list names
        start = sentence_start(text, m.start())
        ends = [i for c in ".;!?\n" if (i := text.find(c, m.end())) != -1]
        found.append((m, named, (start, min(ends) if ends else len(text))))
    return found
