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

from orchestrator.reading.asks import CONNECT, ProteinAsk, with_
from orchestrator.reading.partners import PARTNER

Span = tuple[int, int]

_CLAUSE_END = re.compile(r"[,.;:!?\n]")
_RELATIVE = (
    r"(?:mom|mother|mum|dad|father|grandma|grandpa|grandmother|grandfather|granny|nana|papa"
    r"|mother in law|father in law|sister|brother|aunt|uncle)"
)
_PAIR = r"(?:parents|grandparents|in laws|in-laws)"
_OWNER = r"(?:(?:my|our|the|his|her)\s+)?"
# One person or group of the list, as the clause names it again; its kind and count
_ITEMS: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (re.compile(r"(?:me|myself|i)"), "adult", 1),
    (re.compile(rf"(?:my|the)\s+{PARTNER}"), "adult", 1),
    (re.compile(rf"{_OWNER}{_RELATIVE}"), "adult", 1),
    (re.compile(rf"{_OWNER}{_PAIR}"), "adult", 2),
    (re.compile(r"the\s+(?:moms|mums|mothers)"), "moms", 0),
    (re.compile(r"(?:the\s+|our\s+|both\s+)?(?:kids|children)"), "kids", 0),
    (re.compile(r"(?:the|our)\s+(\d)\s+(?:older|oldest|big|bigger)\s+(?:kids|ones)"), "older", 0),
)
# What may close a clause after its last protein: a "please", the ZIP ("kids chicken 95624")
_AFTER = re.compile(r"\s*(?:please|pls)?\s*(?:\d{5})?\s*")
_SPLIT = re.compile(r"\s*(?:,|&|\+|\band\b|\bn\b)\s*")
_VERB = re.compile(r"\s+(?:both\s+)?(?:want|wants|get|gets|will have|would like|like)?\s*$")


# The mothers of a list ("my mom, my mother in law"), whom "the moms" names again
_MOTHER = re.compile(r"\b(?:my|his|her)\s+(?:mom|mother|mum)(?:\s+in\s+law)?\b")


def _item(word: str, listed: str) -> tuple[str, int] | None:
    """The kind and count of one person or group named (None: not a person of a family list);
    `listed`: the text before the clauses, whose mothers "the moms" are."""
    for pattern, kind, count in _ITEMS:
        if m := pattern.fullmatch(word):
            if kind == "moms":
                return "adult", len(_MOTHER.findall(listed))
            return kind, int(m.group(1)) if kind == "older" else count
    return None


def _listed(text: str, word: str, before: int) -> bool:
    """Whether the list before `before` names the person again (the writer is always listed)."""
    if word in ("me", "myself", "i") or re.search(r"kids|children|ones|moms|mums|mothers", word):
        return True
    bare = re.sub(rf"^{_OWNER}", "", word)
    return re.search(rf"\b{re.escape(bare)}\b", text[:before]) is not None


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
    text: str, asks: list[ProteinAsk], adults: int | None, children: int | None
) -> tuple[list[ProteinAsk], list[Span]]:
    """`asks` with each protein's portions counted from the people its clause names, and the
    spans of those people's words; `asks` unchanged and no spans when it does not fit."""
    clauses = _clauses(text, asks) if adults and asks else None
    if clauses is None or len(clauses) < 2:
        return asks, []
    counted: dict[int, int] = {}  # id of an ask: its portions
    spans: list[Span] = []
    grown, kids, seen = 0, None, set[str]()
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
            if kind == "adult":
                grown, size = grown + count, size + count
            elif kids is not None or children is None:
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
    if grown != adults or (kids is None and children):
        return asks, []
    return [with_(a, portions=counted[id(a)], group=None, per_guest=False, by_person=True)
            for a in asks], spans  # fmt: skip
