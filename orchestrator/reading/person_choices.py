"""Proteins given person by person after the list of who comes: "party is me, my husband, my
parents and our 3 kids (10, 7, 4). me and my husband filet, my parents salmon, kids chicken".
Each clause names people of the list, then one protein or two; one named is a portion for each
paying person of the clause, two named are one of each. Read only when the clauses name every
counted adult exactly once and the paying kids (a toddler left out is free), each person is one
the list named before, and no protein is said outside the clauses; anything else (a person the
list lacks, three proteins for one clause, a count) is left to the other readers and the checks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.catalog import Guests
from orchestrator.reading.asks import CONNECT, ProteinAsk, with_
from orchestrator.reading.partners import PARTNER
from orchestrator.reading.person_lines import OWNER, RELATIVE, line_choices

Span = tuple[int, int]

_CLAUSE_END = re.compile(r"[,.;:!?\n]")
_PAIR = r"(?:parents|grandparents|in laws|in-laws)"
# One person or group of the list, as the clause names it again; its kind and count
_ITEMS: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (re.compile(r"(?:me|myself|i)"), "adult", 1),
    (re.compile(rf"(?:(?:my|the)\s+)?{PARTNER}"), "partner", 1),
    (re.compile(rf"{OWNER}{RELATIVE}"), "adult", 1),
    (re.compile(rf"{OWNER}{_PAIR}"), "adult", 2),
    (re.compile(r"the\s+(?:moms|mums|mothers)"), "moms", 0),
    (re.compile(r"(?:the\s+|our\s+|both\s+)?(?:kids|children|boys|girls)"), "kids", 0),
    (re.compile(r"(?:the|our)\s+(\d)\s+(?:older|oldest|big|bigger)\s+(?:kids|ones)"), "older", 0),
    # One child of the list by the age it gave: "our oldest (14)", "our 10 year old"
    (re.compile(rf"{OWNER}(?:oldest|eldest|youngest|middle one|son|daughter|boy|girl)"
                r"\s*\((\d{1,2})\)"), "aged", 0),
    (re.compile(rf"{OWNER}(\d{{1,2}})\s*(?:year old|yr old|yo|y/o)"), "aged", 0),
)
# What may close a clause after its last protein: a "please", the ZIP ("kids chicken 95624")
_AFTER = re.compile(r"\s*(?:please|pls)?\s*(?:\d{5})?\s*")
_SPLIT = re.compile(r"\s*(?:,|&|\+|\band\b|\bn\b)\s*")
_VERB = re.compile(r"\s+(?:both\s+)?(?:want|wants|get|gets|will have|would like|like)?\s*$")


# The adults counted by number in the list ("we're 4 adults + ..."): the clauses may then name them
_ADULTS_COUNTED = re.compile(r"\b\d{1,2}\s+(?:adults|grown ups|grownups)\b")
# The mothers of a list ("my mom, my mother in law"), whom "the moms" names again
_MOTHER = re.compile(r"\b(?:my|his|her)\s+(?:mom|mother|mum)(?:\s+in\s+law)?\b")


# A child of the list named again by its age where a choice is given to them: "our oldest (14)
# wants", "our 10 year old wants", after "our 3 kids (14, 10 and 5)"
_AGED_AGAIN = re.compile(
    r"\b(?:our|my|the)\s+(?:(?:oldest|eldest|youngest|son|daughter)\s*\((\d{1,2})\)"
    r"|(\d{1,2})\s*(?:year old|yr old|yo|y/o))(?=\s+(?:both\s+)?(?:wants?|gets?|will have|would like)\b)"
)


# A bracket of ages in the list: "(14, 10 and 5)", "(12)"
_AGE_LIST = re.compile(r"\((\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*)\)")


def _ages(text: str) -> set[int]:
    """The ages the brackets of ages in `text` give."""
    return {int(a) for m in _AGE_LIST.finditer(text) for a in re.findall(r"\d+", m.group(1))}


def children_named_again(text: str) -> list[Span]:
    """The spans of children named again by an age a bracket before them gave, a protein given to
    them: that child, neither another guest (hidden from the guest reader) nor a count of portions
    (hidden from the protein reader)."""
    spans = []
    for m in _AGED_AGAIN.finditer(text):
        if int(m.group(1) or m.group(2)) in _ages(text[: m.start()]):
            spans.append(m.span())
    return spans


def _item(word: str, listed: str) -> tuple[str, int] | None:
    """The kind and count of one person or group named (None: not a person of a family list);
    `listed`: the text before the clauses, whose mothers "the moms" are."""
    for pattern, kind, count in _ITEMS:
        if m := pattern.fullmatch(word):
            if kind == "moms":
                return "adult", len(_MOTHER.findall(listed))
            if kind == "partner":
                return "adult", 1
            return kind, int(m.group(1)) if kind in ("older", "aged") else count
    return None


def _listed(text: str, word: str, before: int) -> bool:
    """Whether the list before `before` names the person again (the writer is always listed; a
    partner by any of its words, "hubby" for "my husband"), or counts the adults by number ("4
    adults + my sister's 2 boys"), the clauses then naming who they are."""
    head = text[:before]
    if word in ("me", "myself", "i") or re.search(r"kids|children|ones|moms|mums|mothers", word):
        return True
    if age := re.search(r"\d+", word):  # a child by age: one of the ages the list gave
        return int(age.group(0)) in _ages(head)
    if re.search(r"\b(?:boys|girls)$", word):  # "the boys": only a group the list counted
        return re.search(r"\b\d+\s+(?:little\s+)?(?:boys|girls)\b", head) is not None
    if _ADULTS_COUNTED.search(head):
        return True
    if re.fullmatch(rf"{OWNER}{PARTNER}", word):
        return re.search(rf"\b{PARTNER}\b", head) is not None
    bare = re.sub(rf"^{OWNER}", "", word)
    return re.search(rf"\b{re.escape(bare)}\b", head) is not None


def _clauses(text: str, asks: Sequence[ProteinAsk]) -> list[tuple[int, list[ProteinAsk]]] | None:
    """The asks grouped by the clause they stand in, with the clause's start; None when two asks
    of a clause are not joined as a list or words follow the last one inside its clause."""
    groups: dict[int, list[ProteinAsk]] = {}
    for ask in asks:
        ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, ask.start)]
        groups.setdefault(ends[-1] if ends else 0, []).append(ask)
    for start, members in groups.items():
        joins = [text[a.end : b.start] for a, b in zip(members, members[1:], strict=False)]
        tail = _CLAUSE_END.search(text, members[-1].end)
        after = text[members[-1].end : tail.start() if tail else len(text)]
        if any(not CONNECT.match(j) for j in joins) or not _AFTER.fullmatch(after):
            return None
        if start > members[0].start:
            return None
    return sorted(groups.items())


def person_choices(
    text: str, asks: list[ProteinAsk], adults: int | None, children: int | None, bands: Guests
) -> tuple[list[ProteinAsk], list[Span]]:
    """`asks` with each protein's portions counted from the people its clause names, and the
    spans of those people's words; `asks` unchanged and no spans when it does not fit."""
    if lined := line_choices(text, asks, adults, children, bands):
        return lined  # "me: filet + shrimp / my wife: salmon + shrimp / ...": a line each
    clauses = _clauses(text, asks) if adults and asks else None
    if clauses is None or len(clauses) < 2:
        return asks, []
    counted: dict[int, int] = {}  # id of an ask: its portions
    spans: list[Span] = []
    grown, kids, one_by_one, seen = 0, None, 0, set[str]()
    for start, members in clauses:
        if len(members) > 2 or any(a.portions is not None or a.extra or a.rest or a.half
                                   for a in members):  # fmt: skip
            return asks, []
        people = _VERB.sub("", text[start : members[0].start]).strip()
        words = [w for w in _SPLIT.split(people) if w]
        items = [(w, _item(w, text[: clauses[0][0]])) for w in words]
        if not words or any(i is None or w in seen or not _listed(text, w, clauses[0][0])
                            for w, i in items):  # fmt: skip
            return asks, []
        seen |= set(words)
        size = 0
        for _, found in items:
            kind, count = found or ("", 0)
            if kind == "aged" and count <= bands.toddler_max_age:
                return asks, []  # a choice for a child who eats free: extra, or off a plate?
            if kind == "adult" or (kind == "aged" and count >= bands.adult_min_age):
                one = 1 if kind == "aged" else count  # a teen by age is one grown-up
                grown, size = grown + one, size + one
            elif kind == "aged":
                if kids is not None or not children:
                    return asks, []  # a child by age beside "the kids", or none counted
                one_by_one, size = one_by_one + 1, size + 1
            elif kids is not None or one_by_one or children is None:
                return asks, []  # the kids named twice, or none counted
            else:
                kids = children if kind == "kids" else count
                if kind == "older" and count != children:
                    return asks, []  # "the 2 older kids" beside another number of paying kids
                size += kids
        if size == 0 or (re.search(r"\bboth\b", text[start : members[0].start]) and size != 2):
            return asks, []  # "the moms" beside no mother listed; "both" said of more
        counted |= {id(a): size for a in members}
        spans.append((start, members[0].start))
    if grown != adults or (kids or one_by_one or 0) != (children or 0):
        return asks, []
    return [with_(a, portions=counted[id(a)], group=None, per_guest=False, by_person=True)
            for a in asks], spans  # fmt: skip


def choices_short(text: str, asks: list[ProteinAsk], adults: int | None) -> str | None:
    """The check when proteins are given clause by clause to people of the list ("my mom wants
    chicken, my husband and i want filet, kids chicken") who are not every paying guest once (5
    adults counted): what do the others eat? None when the clauses are no such list. Asked only
    of clauses `person_choices` did not read."""
    clauses = _clauses(text, asks) if adults and asks else None
    if clauses is None or len(clauses) < 2:
        return None
    grown = 0
    for start, members in clauses:
        words = [w for w in _SPLIT.split(_VERB.sub("", text[start : members[0].start]).strip()) if w]
        items = [i for w in words if (i := _item(w, text[: clauses[0][0]])) is not None]
        if not words or len(items) != len(words):
            return None  # not people alone: other readers' ("everyone gets chicken")
        if any(re.fullmatch(rf"(?:the\s+)?{_PAIR}", w) for w in words):
            return None  # "parents get ny strip" beside "6 parents": the group, not a pair
        grown += sum(count for kind, count in items if kind == "adult")
    if grown == adults:
        return None  # the adults all named: another reason it was not read, the other checks'
    return f"choices for {grown} of {adults} adults named person by person: what do the others have?"
