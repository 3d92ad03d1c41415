"""A customer correcting a choice within one message, settled by the end of it: "steak...
actually no, make it filet", "chicken nuggets lol i mean chicken", "we might swap the shrimp for
scallops... let's go with scallops actually". The word taken back is dropped, the one that
replaces it keeps its scope, and the words of the change are explained. A change that is not
settled ("we might swap the filet for lobster?") is left to the checks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from orchestrator.catalog import Catalog
from orchestrator.literal_gates import gated
from orchestrator.reading.asks import ProteinAsk, with_
from orchestrator.reading.catalog_words import catalog_words
from orchestrator.reading.changes import Swap
from orchestrator.reading.kept import some_after
from orchestrator.reading.phrases import protein_words
from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.taken_off import mind_before
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TEEN_WORDS, TODDLER_WORDS

Span = tuple[int, int]

# The words between a choice and the one that replaces it.
_MARKER = gated(re.compile(
    r"(?:\.{2,}|,|-|!|\s)\s*(?:(?:lol|haha|oops|sorry|oh)\s+)?"
    r"(?:actually\s*,?\s*no|no\s*,?\s*wait|wait\s*,?\s*no|(?:wait|sorry|oops)\s*,?\s*i\s+mean|i\s+mean|wait|"
    r"correction|jk|j/k|just kidding|kidding|no\s*,?\s*sorry|sorry|perdon|perdona|oops|my bad)\b"
    r"[\s,:.!-]*(?:(?:make|change)\s+(?:it|that|them)(?:\s+to)?|let'?s\s+(?:just\s+)?(?:do|go with|get|"
    r"have)|go with|just)?\s*"
))  # fmt: skip
# a word of saying no before the marker, no choice of its own
_NO = re.compile(r"\s*(?:oh\s+)?(?:no+|nope|nah|oh|ok|okay)\s*")
# What may stand between the choice and the marker: punctuation, a word or two ("nuggets lol").
_FILLER = re.compile(r"[\s.,!-]*(?:[a-z]+[\s.,!-]*){0,2}")


# Where the words a customer takes back begin: a clause's start or the verb of a choice.
_CHOICE_START = re.compile(
    r"[,.;:!?\n(]|\b(?:get|gets|getting|want|wants|have|has|having|like|likes|need|needs|do|doing|"
    r"prefer|prefers|eat|eats|eating|order|ordering)\b"
)


_PEOPLE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in (*ADULT_WORDS, *KID_WORDS, *TEEN_WORDS, *TODDLER_WORDS,
                                                *PEOPLE_WORDS)) + r")\b"
)  # fmt: skip


def retracted_words(text: str, catalog: Catalog) -> tuple[str, list[Span]]:
    """ "kids get nuggets lol i mean chicken", "burgers oops i mean ny strip": words that name no
    protein of the menu taken back for the protein right after them. The taken-back words and the
    marker are blanked out (same length, so every span still holds), and the protein keeps the
    place of the words it replaces: "kids get chicken". Words that name a protein, an add-on, a
    guest or a number are left to the other readers. Returns the text and the spans blanked."""
    protein_word, order_word = protein_words(catalog), catalog_words(catalog)[0]
    spans: list[Span] = []
    for m in _MARKER.finditer(text):
        after = text[m.end() : m.end() + 40]
        counted = bool(re.match(r"\s*\d{1,2}\s", after))  # "... I mean 2 shrimp"
        if re.search(r"\bno\s*$", m.group(0)) or not (counted or protein_word.match(after)):
            continue
        floor = max(0, m.start() - 40)
        start = max((b.end() for b in _CHOICE_START.finditer(text, floor, m.start())), default=0)
        said = text[start : m.start()]
        if start == 0 and floor > 0:
            continue
        if counted:
            if _counted_again(said, after, protein_word):
                spans.append((start + len(said) - len(said.lstrip()), m.end()))
            continue  # "each wants 2 scallops I mean 2 shrimp": the counted choice said again
        if not re.fullmatch(r"\s*(?:[a-z'-]+\s+){0,2}[a-z'-]+", said):
            continue
        if order_word.search(said) or _PEOPLE.search(said) or _NO.fullmatch(said):
            continue  # "no wait just chicken and shrimp": "no" opens the change, nothing taken back
        spans.append((start + len(said) - len(said.lstrip()), m.end()))
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text, spans


def _counted_again(said: str, after: str, protein_word: re.Pattern[str]) -> bool:
    """Whether `said` is one count of one protein ("2 scallops") and `after` (the words after the
    marker) opens with a count of a protein: the second replaces the first, the only reading."""
    m = re.fullmatch(r"\s*\d{1,2}\s+(.+?)\s*", said)
    if not m or not (p := protein_word.match(m.group(1))) or p.end() != len(m.group(1)):
        return False
    if re.search(r"\b(?:and|n|&)\b|[,+]", m.group(1)):
        return False  # "2 shrimp and salmon I mean ...": a list taken back, which part?
    count = re.match(r"\s*\d{1,2}\s+", after)
    return bool(count and protein_word.match(after[count.end() :]))


def scoped(ask: ProteinAsk) -> bool:
    """A choice said for some guests or with its own count ("filet for 4", "half chicken")."""
    return bool(
        ask.portions is not None or ask.half or ask.rest or ask.per_guest or ask.group or ask.share
    )


def self_corrections(
    text: str, asks: Sequence[ProteinAsk], explained: Sequence[Span]
) -> tuple[list[ProteinAsk], list[Span]]:
    """The asks with each choice taken back within the message dropped, and the spans read. The
    replacing choice without a scope of its own takes the scope of the one it replaces."""
    out = list(asks)
    read: list[Span] = []
    for m in _MARKER.finditer(text):
        if re.search(r"\bno\s*$", m.group(0)):
            continue  # "... wait no shrimp": a protein taken out, not a replacement
        if any(s < m.end() and m.start() < e for s, e in explained):
            read.append(m.span())  # a change another reader applied ("actually" read, not "no")
            continue
        new = next((i for i, a in enumerate(out) if m.end() <= a.start <= m.end() + 2), None)
        old = max((i for i, a in enumerate(out) if a.end <= m.start()), default=None)
        if new is None or old is None or not _FILLER.fullmatch(text[out[old].end : m.start()]):
            continue
        taken = out[old]
        olds, news = _listed(text, out, old, backward=True), _listed(text, out, new, backward=False)
        if len(olds) > 1 and len(news) > 1 and not any(scoped(out[i]) for i in olds + news):
            # "chicken and scallops, sorry, chicken and shrimp": the list said again replaces the list
            read.append((out[olds[0]].start, out[new].start))
            out = [a for i, a in enumerate(out) if i not in olds]
            continue
        if len(olds) > 1 or (len(news) > 1 and scoped(taken) and not scoped(out[new])):
            continue  # "shrimp and salmon sorry i mean chicken": which one is taken back? asked
        # "filet I mean NY strip and chicken": one choice taken back for a list, the same order
        # whether the list or its first item replaces it (the list's own items keep their scope)
        if not scoped(out[new]):
            out[new] = with_(out[new], portions=taken.portions, per_guest=taken.per_guest,
                             group=taken.group, half=taken.half, rest=taken.rest,
                             people=taken.people, each_for=taken.each_for,
                             count_span=taken.count_span)  # fmt: skip
        read.append((taken.start, out[new].start))
        if taken.count_span:
            read.append(taken.count_span)
        del out[old]
    return out, read


def _listed(text: str, asks: Sequence[ProteinAsk], at: int, *, backward: bool) -> list[int]:
    """The indexes of the asks listed with the one `at` ("shrimp, salmon and chicken"), joined by
    "and", "&", "+", "/", "y", "e" (Portuguese), "n" or a comma, going back from it or on after it."""
    found, i = [at], at
    while 0 <= i + (-1 if backward else 1) < len(asks):
        j = i + (-1 if backward else 1)
        left, right = (asks[j], asks[i]) if backward else (asks[i], asks[j])
        if not _JOINED.fullmatch(text[left.end : right.start]):
            break
        found.append(j)
        i = j
    return sorted(found)


_JOINED = re.compile(r"\s*(?:,|&|\+|/|\band\b|\by\b|\be\b|\bn\b|\bcomma\b)?\s*(?:and\s+)?")


# A decision after a hesitation: "let's go with scallops actually", "ok let's do lobster".
_DECISION = re.compile(
    r"(?:\.{2,}|[,;.!?-]|\s)\s*(?:(?:ok(?:ay)?|so|yeah|yes|hmm)\b[\s,.!]*)?(?:(?:let'?s|we'?ll|we will|"
    r"i'?ll)\s+(?:just\s+)?(?:go with|do|get|have|take|stick with)|decided on|going with|"
    r"final answer:?)\s+(?:the\s+)?"
)
_HEDGE = re.compile(r"\b(?:tentatively|might|maybe|possibly|perhaps|probably|thinking|considering)\b")


def settled_swaps(
    text: str, asks: Sequence[ProteinAsk], swaps: Sequence[Swap], catalog: Catalog
) -> tuple[list[ProteinAsk], list[Swap], list[Span]]:
    """ "we might swap the shrimp for scallops... let's go with scallops actually": a swap the
    message hesitates over and then decides. Decided for the new protein, every ask of the old one
    becomes it; decided for the old, the swap is dropped. Returns the asks, the swaps left and the
    spans read (the hesitation, the swap and the decision)."""
    out, left, read = list(asks), list(swaps), []
    for swap in swaps:
        if swap.partial:
            continue
        decision = _DECISION.search(text, swap.span[1], swap.span[1] + 40)
        if decision is None:
            continue
        chosen = next((a for a in out if decision.end() <= a.start <= decision.end() + 1), None)
        if chosen is None or chosen.protein not in (swap.old, swap.new):
            continue
        tail = re.match(r"\s*(?:actually|then|instead|please|pls)?\b", text[chosen.end :])
        end = chosen.end + (tail.end() if tail else 0)
        hedges = [h.span() for h in _HEDGE.finditer(text, max(0, swap.span[0] - 60), swap.span[0])]
        if not hedges:
            continue  # "swap the shrimp for scallops, let's do scallops": read as it stands
        out.remove(chosen)
        if chosen.protein == swap.new:
            name = catalog.protein(swap.new).name
            out = [with_(a, protein=swap.new, said=name) if a.protein == swap.old else a for a in out]
        left.remove(swap)
        read += [*hedges, swap.span, (decision.start(), end)]
    return out, left, read


def swaps_in_place(
    text: str, asks: Sequence[ProteinAsk], swaps: Sequence[Swap]
) -> tuple[list[ProteinAsk], list[Swap]]:
    """ "12 adults, chicken and shrimp but upgrade the shrimp to lobster": a swap of a protein the
    same message ordered before it, said plainly, is the order as finally said, so the old
    protein's asks become the new one. A swap asked as a question ("can we swap ...?"), hedged,
    for some of the guests, or to a protein already ordered is left to the checks. Returns the
    asks and the swaps not applied."""
    out, left = list(asks), []
    for swap in swaps:
        start, end = swap.span
        olds = [i for i, a in enumerate(out) if a.protein == swap.old and a.end <= start]
        line_start = sentence_start(text, start)
        rest = re.match(r"[^.;!?\n]*[.;!?\n]?", text[end:])
        asked = "?" in (rest.group(0) if rest else "") or _HEDGE.search(text[line_start:end])
        if after_some(text, swap, swaps):  # "3 of them want shrimp instead of chicken and ..."
            left.append(replace(swap, partial=True))  # for some, but how many? asked
            continue
        if swap.partial or not olds or asked or any(a.protein == swap.new for a in out):
            left.append(swap)
            continue
        for i in olds:
            out[i] = with_(out[i], protein=swap.new)
    return out, left


def after_some(text: str, swap: Swap, swaps: Sequence[Swap]) -> bool:
    """ "3 of them want shrimp instead of chicken and lobster instead of filet": a swap with no
    guests of its own after one for some guests in the same sentence may be for the same 3 or for
    all; read as for all, it priced 20 lobster tails with no flag. It is a swap for some guests,
    how many not said, so it is asked."""
    start = swap.span[0]
    return not swap.partial and any(
        w.partial and w.span[1] <= start and not re.search(r"[.;!?\n]", text[w.span[1] : start])
        for w in swaps
    )


# "drop the chicken, make it scallops", "no more chicken - swap it for scallops": the words that
# name the replacement of a removed protein
_MAKE_IT = re.compile(
    # ("scratch the shrimp, do ny strip", "drop the chicken, go with salmon": the next one taken)
    r"[\s,;.—–-]*(?:and\s+)?(make (?:it|that|them)(?:\s+(?:the|to))?"
    r"|(?:let'?s\s+)?(?:do|go with)(?:\s+the)?"
    r"|(?:swap|switch|sub|trade|change|replace)\s+(?:it|that|them)\s+(?:out\s+)?(?:for|with|to|into)"
    r"(?:\s+the)?)\s+$"
)
# "scratch the chicken, shrimp instead", "drop the chicken and do shrimp instead"
_INSTEAD_NEXT = re.compile(r"[\s,;.]*(?:(?:and|do|get|go with|make it|just)\s+)*(?:the\s+)?$")


# "no chicken, just filet", "no salmon - only ny strip": the proteins right after a removal said as
# the whole choice
_ONLY_NEXT = re.compile(r"\s*[,;:.!—–-]*\s*(?:just|only)\s+(?:the\s+)?")


def removal_replaces(text: str, start: int, removed: ProteinAsk, asks: Sequence[ProteinAsk]) -> bool:
    """ "filet and chicken... nah scratch the chicken, do shrimp": a protein taken out for all (no
    "for 2" after it) with a change of mind before it, or a replacement "instead" after it, takes
    back the same message's earlier choice of it: the order as finally said; so does "just"/"only"
    right after it naming the whole new choice ("no chicken, just filet"; not "just chicken for the
    kids", a choice of some). Not when the one
    named for it was chosen already ("chicken and filet... actually make it filet not chicken"):
    all filet, or the filet as it was? Left both asked for and taken out, it is asked."""
    if some_after(text, removed.end) or _named_again(text, start, removed, asks):
        return False
    if mind_before(text, start) < start:
        return True
    after = next((a for a in asks if a.start >= removed.end), None)
    between = text[removed.end : after.start] if after else ""
    if after and _ONLY_NEXT.fullmatch(between):  # "chicken and filet ... no chicken, just filet"
        at = next(i for i, a in enumerate(asks) if a is after)
        return not any(scoped(asks[i]) for i in _listed(text, asks, at, backward=False))
    return bool(after and _MAKE_IT.fullmatch(between)) or bool(  # "drop it, make it shrimp"
        after
        and _INSTEAD_NEXT.match(between)
        and re.match(r"\s*(?:tails?\s+)?instead\b(?!\s+of)", text[after.end :])
    )


def _named_again(text: str, start: int, removed: ProteinAsk, asks: Sequence[ProteinAsk]) -> bool:
    """The protein named for `removed` (taken out from `start`: "make it filet" after it, "filet
    not chicken" before it) named as a choice before it too ("chicken and filet ...")."""
    before = next((a for a in reversed(asks) if a.end <= start), None)
    after = next((a for a in asks if a.start >= removed.end), None)
    if before and text.startswith("not ", start) and re.fullmatch(r"[\s,]*", text[before.end : start]):
        named = before
    elif after and _MAKE_IT.fullmatch(text[removed.end : after.start]):
        named = after
    else:
        return False
    return any(a.protein == named.protein and a.end <= named.start for a in asks)


def replacement_words(text: str, removed: ProteinAsk, asks: Sequence[ProteinAsk]) -> list[Span]:
    """ "scratch the chicken, make it scallops": "make it" explained between a protein taken out
    and the next protein named, which the conversation reads as its replacement."""
    after = next((a for a in asks if a.start >= removed.end), None)
    m = _MAKE_IT.fullmatch(text[removed.end : after.start]) if after else None
    return [(removed.end + m.start(1), removed.end + m.end(1))] if m else []
