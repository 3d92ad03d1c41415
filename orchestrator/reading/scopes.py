"""How far what the words say about one protein reaches: to the proteins listed with it ("chicken
and shrimp for all", "1 filet and 1 lobster per person"), and a protein named again without a count
is the same protein ("he loves lobster, so lobster tail for everybody"), and "3 proteins each" is
how many portions every paying guest has."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.literal_gates import gated
from orchestrator.reading.asks import CONNECT, ProteinAsk, with_

# "chicken and salmon, 1 of each", "filet and salmon (1 of each per person)" in brackets too,
# "chicken and tofu please, 1 of each per person" after a please
_OF_EACH = re.compile(
    r"[\s,:;(-]*(?:(?:please|pls|plz)\b[\s,:;(-]*)?(?:and\s+|so\s+)?(\d{1,4})\s+(?:of\s+each|each\s+of\s+(?:them|those|these))\b"
)
# "chicken and tofu, 2 proteins each (one of each)": the one of each restates the count per head
_RESTATED = re.compile(
    r"[\s,:;-]*\d\s+proteins?\s+(?:each|per person|a person|pp)\s*[,:;(-]*\s*(1)\s+of\s+each\b"
)


def each_shared(text: str, asks: list[ProteinAsk]) -> list[ProteinAsk]:
    """ "1 filet and 1 lobster per person": a per-person word after a list of counted proteins
    applies to each of them."""
    out = list(asks)
    for pairs in (range(len(out) - 1, 0, -1), range(1, len(out))):  # backwards, then forwards
        for i in pairs:
            a, b = out[i - 1], out[i]
            gap = text[a.end : b.count_span[0] if b.count_span else b.start]
            if (a.sentence != b.sentence or a.portions is None or b.portions is None
                    or a.extra or b.extra or not CONNECT.match(gap)):  # fmt: skip
                continue
            if b.each_for is not None and a.each_for is None:
                out[i - 1] = with_(a, each_for=b.each_for)
            elif a.each_for is not None and b.each_for is None:
                out[i] = with_(b, each_for=a.each_for)
    return out


def named_once(asks: list[ProteinAsk]) -> list[ProteinAsk]:
    """A protein named again without a count of its own ("he loves lobster, so lobster tail for
    everybody") is the same protein, not more portions: only its scoped mentions count, or the
    first when none is scoped. Counted mentions and extras are kept (they add up)."""
    out: list[ProteinAsk] = []
    scopes: set[tuple[object, ...]] = set()
    for ask in asks:
        same = [a for a in asks if a.protein == ask.protein and not a.extra]
        scope = (ask.protein, ask.group, ask.per_guest, ask.half, ask.rest)
        if _scoped(ask) and ask.portions is None and not ask.extra:
            if scope not in scopes:  # "salmon for everyone ... salmon for all": once
                out.append(ask)
            scopes.add(scope)
        elif ask.extra or len(same) == 1 or _scoped(ask):
            out.append(ask)
        elif ask is same[0] and not any(_scoped(a) for a in same):
            out.append(ask)  # named twice, never scoped: once
    return out


def _scoped(ask: ProteinAsk) -> bool:
    return bool(
        ask.portions is not None or ask.half or ask.rest or ask.per_guest or ask.group or ask.share
    )


# "filet and lobster for the 8 adults, and the 2 kids just chicken": the count is the group's size
_FOR_COUNTED = re.compile(r"\s+for\s+(?:the\s+|all\s+(?:the\s+|of\s+the\s+)?)?\Z")


def _group_count(text: str, ask: ProteinAsk) -> bool:
    """The protein's count is the size of the group it is for ("lobster for the 8 adults")."""
    span = ask.count_span
    return bool(
        ask.group in ("adults", "kids") and span and span[0] > ask.end
        and _FOR_COUNTED.search(text, ask.end, span[0])
    )  # fmt: skip


# "the girls want chicken, filet and shrimp for the adults": "and" binds closer than a comma
_COMMA = re.compile(r"\s*,\s*")
_AND = re.compile(r"\s*(?:and|&|\+|n)\s*")


def _binds_after(text: str, asks: list[ProteinAsk], i: int) -> bool:
    """The protein after `i` is joined to `i` by a bare comma and to the next one, which has a
    group of its own, by "and": it is that next one's ("chicken, filet and shrimp for the adults")."""
    if i + 2 >= len(asks) or not _COMMA.fullmatch(text, asks[i].end, asks[i + 1].start):
        return False
    b, c = asks[i + 1], asks[i + 2]
    return bool(c.group and c.group != asks[i].group and _AND.fullmatch(text, b.end, c.start))


def share_scope(text: str, asks: list[ProteinAsk]) -> list[ProteinAsk]:
    """Proteins joined by "and"/"+"/"," share the scope one of them was given: "chicken and shrimp
    for all", "the adults want salmon and shrimp", "the other 10 adults filet and shrimp"."""
    out = list(asks)
    for _ in range(2):  # forwards, then backwards
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            if a.sentence != b.sentence or not CONNECT.match(text[a.end : b.start]):
                continue
            if _binds_after(text, asks, i):
                continue
            for src, dst, j in ((a, b, i + 1), (b, a, i)):
                counted = src.portions is not None and _group_count(text, src)
                if (
                    _scoped(src)
                    and not _scoped(dst)
                    and not src.extra
                    and (src.portions is None or src.people or counted)
                ):
                    out[j] = with_(dst, per_guest=src.per_guest, group=src.group, half=src.half,
                                   rest=src.rest,
                                   portions=src.portions if src.people or counted else None,
                                   share=src.share,
                                   people=src.people)  # fmt: skip
    return out


# "1 of each for most people": one of each for some of the guests, the others' not said
_FOR_SOME = re.compile(r"\s+(?:for|to)\s+(?:most|some|half|a few|a couple|several|many|\d)\b")
_A_HEAD = re.compile(r"\s+(?:per person|per guest|a person|a head|per head|pp|each|apiece)\b")
# "4 of each: chicken, shrimp, filet": the count before the list it applies to
_EACH_OF_LIST = re.compile(
    r"\b(\d{1,4})\s+of\s+each(?:\s+(?:please|pls|plz))?\s*(?::|-)\s*(?:the\s+)?\Z"
)


def of_each(text: str, asks: list[ProteinAsk]) -> list[ProteinAsk]:
    """ "chicken, filet and shrimp - 12 of each": the count after a list of proteins without
    counts is the count of each of them; "4 of each: chicken, shrimp, filet", before it, too."""
    out = list(asks)
    for i, ask in enumerate(asks):
        each = _EACH_OF_LIST.search(text, max(0, ask.start - 30), ask.start)
        if each is None or ask.portions is not None:
            continue
        listed = [ask]
        for nxt in out[i + 1 :]:
            if nxt.sentence != ask.sentence or not CONNECT.match(text[listed[-1].end : nxt.start]):
                break
            listed.append(nxt)
        if any(_scoped(a) or a.extra for a in listed):
            continue  # "2 of each: chicken, filet for 10 adults": which count is whose?
        for j in range(i, i + len(listed)):
            # the count said once for the list, as after it ("of each": no tally of choices)
            out[j] = with_(out[j], portions=int(each.group(1)), count_span=each.span(1), of_each=True)
    for i, ask in enumerate(asks):
        each = _OF_EACH.match(text, ask.end) or _RESTATED.match(text, ask.end)
        if each is None:
            continue
        span, count = each.span(1), int(each.group(1))
        portions: int | None = count
        per_head = False
        if count == 1:  # "chicken and salmon, one of each (per person)": one each for every guest
            if _FOR_SOME.match(text, each.end()):
                continue  # "(one of each for most people)": the others' portions are not said
            tail = _A_HEAD.match(text, each.end())
            span, portions = (span[0], tail.end() if tail else each.end()), None
            # "chicken, shrimp and tofu, 1 of each per person": every one for every guest, a
            # third on top of the included two (said per head, never a choice of two of three)
            per_head = tail is not None and _listed(out, i) > 2
        j = i
        while j >= 0 and out[j].portions is None and out[j].sentence == ask.sentence:
            if per_head:  # one portion for each paying guest, counted as said
                out[j] = with_(out[j], portions=1, each_for=0, count_span=span)
            else:
                out[j] = with_(out[j], portions=portions, count_span=span, of_each=portions is not None)
            if j == 0 or not CONNECT.match(text[out[j - 1].end : out[j].start]):
                break
            j -= 1
    return out


def _listed(asks: list[ProteinAsk], i: int) -> int:
    """How many proteins without a count end at `asks[i]` in its sentence (a list said once)."""
    j = i
    while j > 0 and asks[j - 1].portions is None and asks[j - 1].sentence == asks[i].sentence:
        j -= 1
    return i - j + 1


_PER_PERSON = gated(re.compile(
    r"\b(\d)\s+proteins?\s+(?:each|per person|per guest|a person|apiece|pp)\b"
    # "everyone gets 3 proteins", "could everyone have 3 proteins?", "can we all have 3 proteins"
    r"|\b(?:everyone|everybody|each person|every guest|each guest|we all|all of us)\s+"
    r"(?:gets?|got|(?:can |could |to )?(?:have|get)|has)\s+(\d)\s+proteins?\b"
    r"|\((\d) each\)"
    r"|\b(?:everyone|everybody|each person|every guest|each guest)\s+(?:picks?|chooses?|selects?|"
    r"gets to (?:pick|choose))\s+(\d)\b(?!\s*(?:am|pm|:|/|\d))"  # "options A, B or C, everyone picks 2"
    r"|(?<=[a-z]),?\s+(\d)\s+each\b(?!\s+(?:for|of))"  # "chicken n steak n shrimp, 3 each"
    # "chicken and tofu, 2 per person": the same after the list (round q85b, 182 ft029)
    r"|(?<=[a-z]),\s+(\d)\s+(?:per person|per guest|a person|pp)\b(?!\s+(?:for|of))"
    r"|\A\s*(\d)\s+each\s*[!.]"  # "2 each! chicken and filet for everyone": the message's answer
))  # fmt: skip


_PICKED = re.compile(
    r"\b(?:options?|choices?|choose|chooses|picks?|selects?)\b|\b(?:just|only)\s+(?:the\s+)?included\b"
)


def picked_from(text: str) -> bool:
    """Whether the proteins named are options each guest picks from ("options chicken, ny strip or
    shrimp, everyone picks 2", "just the included proteins, chicken/shrimp/tofu, 2 each"), so
    "N each" is N of them, not N of every one."""
    return bool(_PICKED.search(text))


def per_person(
    text: str, taken: Sequence[tuple[int, int]] = ()
) -> tuple[int | None, tuple[int, int] | None]:
    """ "3 proteins each": the number of portions per paying guest the customer asked for (not
    one of the `taken` spans, a group's own count: "kids want chicken, 2 each")."""
    for m in _PER_PERSON.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        return int(next(g for g in m.groups() if g)), m.span()
    return None, None


# "he loves lobster so plus 2 extra lobster tails for him": why the extras, no choice for everyone
_LOVES = re.compile(
    r"\b(?:loves?|likes?|is (?:obsessed with|crazy about|a fan of|into))\s+(?:the\s+)?\Z"
)
# ("my dad and grandpa love lobster, add 2 extra lobster tails for them": "add" after the comma)
_SO = re.compile(r"[\s,]*(?:so|and so)\b|\s*,\s*(?=(?:(?:pls|please|so)\s+)?(?:add|throw in)\b)")


def reasons_for_extras(text: str, asks: list[ProteinAsk]) -> list[ProteinAsk]:
    """ "he loves lobster so plus 2 extra lobster tails on top for him and his brother": a protein
    someone loves, said right before extras of it in the same sentence, is the reason for the
    extras; the extras explain its words."""
    asks, out = list(asks), []
    for i, ask in enumerate(asks):
        nxt = asks[i + 1] if i + 1 < len(asks) else None
        if (
            nxt is not None
            and ask.portions is None
            and not (ask.extra or ask.half or ask.rest or ask.group or ask.share)
            and nxt.extra
            and nxt.protein == ask.protein
            and nxt.sentence == ask.sentence
            and nxt.taken_back is None
            and _LOVES.search(text, max(0, ask.start - 30), ask.start)
            and _SO.match(text, ask.end)
        ):
            asks[i + 1] = with_(nxt, taken_back=(ask.start, ask.end))
            continue
        out.append(asks[i])
    return out
