"""Grown-ups listed by role, one by one and by count, then the writer's total of adults ("pastor
mike and his wife, 2 youth pastors, 3 office staff and our worship leader, so 8 adults", "8
technicians and 2 owner, total 10 adults", "day shift 14, night shift 9, plus 4 of us in the office,
all adults, so 27 total", "7 of us plus the 2 partners and their wives, so 11 adults", "all 3
shifts, 8 guys per shift so 24 adults").

The list is read back from the total to the opening of its sentence (an emoji, which the
normalizer leaves as blanks, opens one too): each part is a count of grown-ups by any name ("2
owner", "4 of us in the office", "the 2 of them", "day shift 14"), the plus-ones some bring ("9 of
them bringing their spouse"), the partners of the count before ("and their wives": as many again),
or one person (the writer, a partner, a titled name, "our worship leader"), a pair ("my parents")
or a relation named by name before the list ("throwing my son Jake a welcome home party ... it'll
be Jake, his wife, me and my husband, my parents, plus 8 of his army buddies, all adults, so 14
adults total"). The first part read may
follow a few words of its own ("they're inviting 10 friends"). Only when the parts add up to the
total exactly, the words before them hold no number, and no part names the young, a food, an age
or a bracket, are the parts blanked so the total alone is read; otherwise the other readers (and
the coverage net) ask."""

from __future__ import annotations

import re

from orchestrator.reading.words import YOUNG

Span = tuple[int, int]

# the writer's total: "so 8 adults", "= 10 adults", "total 10 adults", "all adults so 13 adults",
# "all adults, so 27 total"
_TOTAL = re.compile(
    r"\s*,?\s*(?:(?P<all>all\s+(?:adults|grown-?ups)\s*,?\s*)?(?:so\s+(?:that'?s\s+|thats\s+|it'?s\s+)?"
    r"|=\s*|(?:that'?s|thats)\s+)|total\s+)(?P<n>\d{1,3})\s+(?P<what>adults|grown-?ups|total)\b"
)
# where a sentence ends: a stop, or the blanks an emoji leaves
_STOP = re.compile(r"[.!?\n:;]|\s{3}")
_TITLE_DOT = re.compile(r"\b(?:dr|mr|mrs|ms|capt|rev|fr)\.\Z")
# the joins of the list: commas, "+", "&", "and", "plus"
_SEP = re.compile(r"\s*(?:[,+&]\s*(?:(?:and|plus)\s+)?|\s(?:and|plus)\s+)\s*")
# no part names the young, a food or an age; no bracket, slash or digit but its count
_NOT_GROWN = re.compile(
    rf"\b(?:{YOUNG}|sons?|daughters?|grandkids|students?|players?|scouts?|campers?|babies|"
    r"chicken|steak|strip|filet|salmon|shrimp|scallops?|lobster|tofu|veg\w*|proteins?|portions?|"
    r"years?|yrs?|yo|months?|old|under|over|ages?|aged|maybe|might|possibly|or)\b"
)
_WORDS = r"[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,4}"
# "6 mechanics", "the 2 partners", "2 other moms", "4 of us in the office", "2 owner"
_COUNT = re.compile(rf"(?:(?:the|my|our|his|her|their)\s+)?(?P<n>\d{{1,3}})\s+{_WORDS}")
# "our 3 grown children": the writer's children, said grown
_GROWN_KIDS = re.compile(
    r"(?:(?:the|my|our|his|her|their)\s+)?(?P<n>\d{1,2})\s+grown(?:-?up)?\s+(?:children|kids|sons|daughters)"
)
# "day shift 14", "night crew 9": a group named, then its count ("both 12", "all 10", "each 9" name
# no group: the age of the joiners before, "2 more friends can come, both 12, so 14 adults", asked)
_NAMED = re.compile(r"(?!(?:both|all|each|every)\b)[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?\s+(?P<n>\d{1,3})")
# "9 of them bringing their spouse": the plus-ones some of the list bring
_PLUS_ONES = re.compile(
    r"(?P<n>\d{1,3})\s+of\s+them\s+(?:are\s+|will\s+be\s+)?(?:bringing|bring)\s+(?:a|their|his|her)\s+"
    r"(?:guest|plus[- ]?one|plus[- ]?1|spouse|husband|wife|partner|date)s?"
)
# "their wives" after "the 2 partners": as many again
_THEIR = re.compile(r"(?:their|all\s+their)\s+(?:wives|husbands|spouses|partners|significant\s+others)")
_PARTNER = r"(?:wife|husband|hubby|wifey|spouse|partner|fiance|fiancee|gf|bf|girlfriend|boyfriend)"
_ROLE = (
    r"leader|manager|director|supervisor|boss|owner|chef|captain|principal|pastor|minister|"
    r"coordinator|administrator|foreman|president|chair|treasurer|secretary|receptionist|assistant|"
    r"dentist|doctor|teacher|coach|advisor|adviser|officer|chief|founder|ceo|host"
)
# one grown relation by name of kin ("my brother"; a son or daughter may be young: not one)
_KIN_ONE = (
    r"brother|sister|mom|mother|dad|father|aunt|uncle|cousin|grandma|grandmother|grandpa|"
    r"grandfather|stepmom|stepdad|bestie|best\s+friend|friend|boss|coworker|neighbor|neighbour"
)
# one person: the writer, a partner, a relation, a titled name, one holding a role, the guest of
# honor ("me + 8 coworkers + the guest of honor, so 10 adults": one of the sum, round q85b)
_ONE = re.compile(
    rf"me|myself|the\s+guests?\s+of\s+hono(?:u)?r|(?:my|our|his|her|the)\s+{_PARTNER}|(?:my|our|his|her)\s+(?:{_KIN_ONE})|"
    r"(?:dr|mr|mrs|ms|coach|pastor|capt|captain|rev|father|fr|chef)\.?\s+[a-z][a-z'-]+|"
    rf"(?:the|our|my)\s+(?:[a-z]+\s+)?(?:{_ROLE})"
)
# "my parents", "his in-laws": a pair
_PAIR = re.compile(r"(?:my|our|his|her|their)\s+(?:parents|in-?laws|grandparents)")
# a relation's name told before the list ("throwing my son Jake a party ... it'll be Jake, ...";
# "our owner, Greg, asked me ...: 8 from sales ..., plus Greg and his wife")
_NAMED_KIN = re.compile(
    r"\b(?:my|our)\s+(?:son|daughter|husband|wife|brother|sister|dad|mom|father|mother|nephew|niece|"
    rf"cousin|friend|boss|{_ROLE})\s*,?\s+(?!(?:and|or|is|was|has|had|who|will|would|wants?|asked|"
    r"said|and|the|a|an|of|for|to|at|in|with)\b)([a-z]{3,})\b"
)
_BE = re.compile(r"(?:(?:it'?ll|it will|we'?ll|there'?ll)\s+be\s+)?([a-z]{3,})")
# the words opening the list: "it'll be my parents, ..." (round q85j: blind 182 ft055)
_LEAD = re.compile(
    r"(?:it'?ll|it will|there'?ll|there will|(?:the\s+)?(?:party|guest list)\s+will)\s+be\s+"
)
# "all 3 shifts, 8 guys per shift": the count of each of a few groups alike
_EACH = re.compile(
    r"\b(?P<groups>\d{1,2})\s+(?P<unit>[a-z]{3,}?)s\s*,?\s*(?P<each>\d{1,3})\s+(?:[a-z'-]+\s+){1,2}?"
    r"(?:per|each|a|every)\s+(?P=unit)\b"
)


# "their 4 kids (all grown, that's us) and our spouses": kids said grown in brackets are grown
# kids; when the bracket says they are the writer's lot, "our spouses" after them are theirs
_GROWN_SAID = re.compile(
    r"(?P<kids>(?P<n>\d{1,2})\s+(?:kids|children|sons|daughters)\s*\(\s*(?:all|both)\s+"
    r"(?:grown(?:[- ]?ups?)?|adults)(?P<us>\s*,\s*(?:that'?s|thats|incl(?:uding|\.)?)\s+us)?\s*\))"
    r"(?:(?P<join>\s*(?:[,+&]\s*|\s(?:and|plus)\s+))our\s+(?P<who>spouses|husbands|wives|partners)\b)?"
)


# "my mom and dad", "our dad & mom": a pair, "my parents"
_MOM_AND_DAD = re.compile(
    r"\b(my|our|his|her)\s+(?:(?:mom|mum|mother)\s+(?:and|&|\+)\s+(?:dad|father)|"
    r"(?:dad|father)\s+(?:and|&|\+)\s+(?:mom|mum|mother))\b"
)


def _grown_said(stretch: str) -> str:
    """`stretch` with kids said grown in brackets written as grown kids (same length), so the
    parts read them as grown-ups ("our spouses" after them theirs only when the bracket says they
    are "us"), and "my mom and dad" as the pair "my parents"."""

    def grown(m: re.Match[str]) -> str:
        kids = f"{m.group('n')} grown kids"
        if m.group("who") is None or m.group("us") is None:
            return kids.ljust(len(m.group("kids"))) + m.string[m.end("kids") : m.end()]
        tail = f"{m.group('join')}their {m.group('who')}"
        return kids.ljust(m.end() - m.start() - len(tail)) + tail

    stretch = _MOM_AND_DAD.sub(lambda m: f"{m.group(1)} parents".ljust(len(m.group(0))), stretch)
    return _GROWN_SAID.sub(grown, stretch)


def _opening(text: str, at: int) -> int:
    """Where the sentence holding `at` opens ("dr." is a title, not its end)."""
    end = at
    while True:
        stops = [m for m in _STOP.finditer(text, 0, end)]
        if not stops:
            return 0
        stop = stops[-1]
        if text[stop.start()] == "." and _TITLE_DOT.search(text, 0, stop.end()):
            end = stop.start()
            continue
        return stop.end()


def _listing_heading(heading: str) -> bool:
    """Whether the words before a list's colon list or count people themselves ("station 8 crew +
    spouses"), not only a sentence with commas ("our owner, greg, asked me ... at his home")."""
    if not _SEP.search(heading):
        return False
    return bool(re.search(r"\d|[+&]|\s(?:and|plus)\s", heading))


# the words that open a list before its first part ("it'll be me, ...")
_LEAD_BE = re.compile(
    r"\A(?:it'?ll|it will|we'?ll|we will|it'?s gonna|there'?ll)\s+be\s+(?=(?:me|myself)\Z)"
)


def grown_count(part: str, before: int | None, names: frozenset[str] = frozenset()) -> int | None:
    """How many grown-ups one part of the list is (`before`: the count of the part before it;
    `names`: the relations named before the list), or None when it is no such part."""
    part = _LEAD_BE.sub("", part, count=1)  # "it'll be me, 11 coworkers and ...": "me"
    if m := _GROWN_KIDS.fullmatch(part):
        return int(m.group("n"))
    if (lead := _LEAD.match(part)) and lead.end() < len(part):
        # "it'll be my parents, their 4 kids (all grown) ...": the list opens after "it'll be"
        return grown_count(part[lead.end() :], before, names)
    if _NOT_GROWN.search(part) or re.search(r"[^a-z0-9' .-]", part):
        return None
    if _PAIR.fullmatch(part):
        return 2
    if (name := _BE.fullmatch(part)) and name.group(1) in names:
        return 1
    if m := _PLUS_ONES.fullmatch(part):
        return int(m.group("n"))
    if _THEIR.fullmatch(part):
        return before
    if _ONE.fullmatch(part):
        return 1
    for pattern in (_COUNT, _NAMED):
        if (m := pattern.fullmatch(part)) and len(re.findall(r"\d+", part)) == 1:
            return int(m.group("n"))
    return None


def _led(part: str) -> int | None:
    """The count ending a part a few words lead into ("they're inviting 10 friends"), or None."""
    m = re.search(rf"(?:^|\s)((?:the\s+|my\s+|our\s+)?\d{{1,3}}\s+{_WORDS})\Z", part)
    if m is None or len(re.findall(r"\d+", part)) != 1 or len(part[: m.start(1)].split()) > 4:
        return None
    return grown_count(m.group(1), None)


def _sum_of(parts: list[str], names: frozenset[str] = frozenset()) -> int | None:
    """The grown-ups the parts of a list name, read from its last part back; None when too few
    parts are read, or words with a number come before them."""
    values: list[int | None] = [None] * len(parts)
    first = len(parts)
    for i in range(len(parts) - 1, -1, -1):
        if _THEIR.fullmatch(parts[i]):
            first = i  # worked out with the part before it
            continue
        value = grown_count(parts[i], None, names)
        if value is None:
            value = _led(parts[i])
            if value is not None:
                values[i], first = value, i
            break
        values[i], first = value, i
    if first > len(parts) - 2 or any(re.search(r"\d", p) for p in parts[:first]):
        return None
    total = 0
    for i in range(first, len(parts)):
        if _THEIR.fullmatch(parts[i]):
            before = values[i - 1] if i > first and not _ONE.fullmatch(parts[i - 1]) else None
            if before is None:
                return None
            values[i] = before
        total += values[i] or 0
    if not any(re.search(r"\d", p) for p in parts[first:]):
        return None  # a count among the parts
    return total


def listed_sum(text: str) -> list[Span]:
    """The spans of normalized `text` holding a list of grown-ups that adds up exactly to the
    total of adults said right after it (to be blanked so the total alone is read), or none."""
    if "adults" not in text and "grown" not in text and "total" not in text:  # the cheap guard
        return []
    spans: list[Span] = []
    for m in _TOTAL.finditer(text):
        said = int(m.group("n"))
        start = _opening(text, m.start())
        if m.group("what") == "total" and not m.group("all") and not _grown_total(text):
            continue  # "so 27 total" is of adults only when the list is said to be all adults
        heading = text[_opening(text, start - 1) : start - 1] if start else ""
        if start and text[start - 1] == ":" and _listing_heading(heading):
            continue  # "station 8 crew + spouses: 12 firefighters + ...": the heading is read too
        stretch = _grown_said(text[start : m.start()])
        if each := _EACH.search(stretch):
            if (end := _each_summed(stretch, each, said)) is not None:
                spans.append((start + each.start(), start + end))
            continue
        cuts = [0, *(i for s in _SEP.finditer(stretch) for i in s.span()), len(stretch)]
        bounds = list(zip(cuts[::2], cuts[1::2], strict=True))
        parts = [stretch[a:b].strip() for a, b in bounds]
        if any(not p for p in parts):
            continue
        names = frozenset(n.group(1) for n in _NAMED_KIN.finditer(text, 0, start))
        if _sum_of(parts, names) != said:
            continue
        # blank from the first part read (the words before it stay to the net)
        first = _first_read(parts, names)
        a = bounds[first][0]
        led_into = grown_count(parts[first], None, names) is None
        if led_into and not _THEIR.fullmatch(parts[first]):
            led = re.search(r"(?:the\s+|my\s+|our\s+)?\d{1,3}\s", stretch[a : bounds[first][1]])
            a += led.start() if led else 0
        spans.append((start + a, m.start()))
        spans += _referred(text, start + a, parts[first:])
        spans += _honored_again(text, start + a, parts[first:])
    return spans


def _each_summed(stretch: str, each: re.Match[str], said: int) -> int | None:
    """Where in `stretch` the groups alike ("all 3 shifts, 8 guys per shift") and the grown-ups
    listed after them ("6 cabins, 2 counselors per cabin, plus 4 of us directors") end, when
    they add up to the total `said`; None otherwise (round q85b, 182 ft036)."""
    if _NOT_GROWN.search(stretch):
        return None
    total = int(each.group("groups")) * int(each.group("each"))
    tail = stretch[each.end() :].strip(" ,")
    if tail:
        joined = _SEP.match(stretch, each.end())
        rest = stretch[joined.end() :] if joined else ""
        cuts = [0, *(i for s in _SEP.finditer(rest) for i in s.span()), len(rest)]
        parts = [rest[a:b].strip() for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
        counts = [grown_count(p, None) for p in parts] if joined else [None]
        if any(c is None for c in counts):
            return None
        total += sum(c or 0 for c in counts)
    return len(stretch.rstrip(" ,")) if total == said else None


# "so 16 total" after grown-ups listed ("6 cabins, 2 counselors per cabin, plus 4 of us
# directors"): of grown-ups when no one young is named anywhere in the message (N people with no
# kids mentioned are N adults)
_YOUNG = re.compile(
    rf"\b(?:{YOUNG}|sons?|daughters?|grandkids|students?|players?|scouts?|campers?|"
    r"babies|bday|birthday|turning|years?|yrs?|yo)\b"
)


def _grown_total(text: str) -> bool:
    """Whether a bare "N total" closing a list counts grown-ups: the message names no one young
    (nor a birthday, whose friends may be kids) and no age."""
    return not _YOUNG.search(text)


# whom the event is for: "for my parents", "throwing my parents a 50th" (round q85j)
_HONORING = r"(?:for|throwing|throw|giving|give|surprising|surprise|treating|treat|honoring)"


def _honored_again(text: str, start: int, parts: list[str]) -> list[Span]:
    """The spans of the honorees named before the list ("50th anniversary for my parents ... plus
    my parents = 10 adults"), when a part of the list names them again in the same words: the same
    people, counted in the total (each phrase once before the list, or none is taken)."""
    spans: list[Span] = []
    for part in parts:
        part = part[lead.end() :] if (lead := _LEAD.match(part)) else part  # "it'll be my parents"
        if not (_PAIR.fullmatch(part) or _ONE.fullmatch(part)) or not part.startswith(("my ", "our ")):
            continue
        said = [m.span(1) for m in re.finditer(rf"\b{_HONORING}\s+({re.escape(part)})\b", text[:start])]
        spans += said if len(said) == 1 else []
    return spans


# "the 2 of them": the people a count before the list named ("a party for 2 of my buyers")
_THEM = re.compile(r"the\s+(?P<n>\d{1,3})\s+of\s+them")
_SOMEONE = re.compile(rf"\b(?:he|she|his|her|hers|him|they|their|them|{_PARTNER}|{_ROLE})\b")
_NAMED_BEFORE = re.compile(r"\b(?P<n>\d{1,3})\s+(?:of\s+)?(?:my|our)\s+[a-z'-]+s\b(?=\D*\Z)")


def _referred(text: str, start: int, parts: list[str]) -> list[Span]:
    """The span of the count "the 2 of them" in the list refers back to ("throwing a party for 2
    of my buyers ... plus the 2 of them and me"), when it is the last number before the list and
    the same number, and its sentence names no one else ("my boss is throwing a party for 3 of my
    clients": is the boss coming?); else none (its number stays to the net)."""
    them = [int(t.group("n")) for p in parts if (t := _THEM.fullmatch(p))]
    before = _NAMED_BEFORE.search(text, 0, start)
    if (
        len(them) != 1
        or before is None
        or int(before.group("n")) != them[0]
        or _NOT_GROWN.search(before.group(0))
    ):
        return []
    if _SOMEONE.search(text, _opening(text, before.start()), before.start()):
        return []
    return [before.span()]


def _first_read(parts: list[str], names: frozenset[str] = frozenset()) -> int:
    """The index of the first part `_sum_of` read."""
    first = len(parts)
    for i in range(len(parts) - 1, -1, -1):
        if _THEIR.fullmatch(parts[i]) or grown_count(parts[i], None, names) is not None:
            first = i
            continue
        return i if _led(parts[i]) is not None else first
    return first
