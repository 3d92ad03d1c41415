"""A customer correcting a choice within one message, settled by the end of it: "steak...
actually no, make it filet", "chicken nuggets lol i mean chicken", "we might swap the shrimp for
scallops... let's go with scallops actually". The word taken back is dropped, the one that
replaces it keeps its scope, and the words of the change are explained. A swap hesitated over
and then decided is reading/swap_decisions.py; a protein taken out and replaced,
reading/removal_replaces.py."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.catalog import Catalog
from orchestrator.literal_gates import gated
from orchestrator.reading.asks import ProteinAsk, with_
from orchestrator.reading.catalog_words import catalog_words
from orchestrator.reading.phrases import protein_words
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
        if (object_span := _swap_object_corrected(text, m, protein_word)) is not None:
            spans.append(object_span)
            continue
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


# The verb of a swap and its article, right before the protein it changes: "make the chicken"
_SWAP_HEAD = re.compile(
    r"\b(?:make|swap|switch|change|sub|substitute|replace|upgrade|trade)\s+(?:out\s+)?(?:the|our|my)\s+"
)
# What names the swap's new protein after its object: "lobster", "um lobster", "for scallops"
_SWAP_NEW = re.compile(r"\s*,?\s*(?:(?:um+|uh+|like)\s*,?\s+)?(?:(?:for|to|into|with)\s+(?:the\s+)?)?")
_LISTED = re.compile(r"[,&+]|\b(?:and|n)\b")
_THE = re.compile(r"the\s+")


def _swap_object_corrected(
    text: str, marker: re.Match[str], protein_word: re.Pattern[str]
) -> Span | None:
    """ "make the chicken I mean the filet um lobster", "swap the chicken i mean the ny strip for
    scallops": the protein a swap changes, corrected right after it for another. Both are one
    protein and the swap's new protein follows the corrected one, so the words taken back are the
    first protein and the marker (with "the"): blanked, the swap reads "make the filet lobster".
    Without a new protein after it ("swap the chicken i mean the ny strip") it is left as it is."""
    if re.search(r"\bno\s*$", marker.group(0)):
        return None
    heads = list(_SWAP_HEAD.finditer(text, max(0, marker.start() - 40), marker.start()))
    head = heads[-1] if heads else None
    old = protein_word.match(text[head.end() : marker.start()]) if head else None
    if head is None or old is None or head.end() + old.end() != marker.start():
        return None
    article = _THE.match(text, marker.end())
    at = article.end() if article else marker.end()
    corrected = protein_word.match(text[at:])
    joiner = _SWAP_NEW.match(text, at + corrected.end()) if corrected else None
    if corrected is None or joiner is None or joiner.end() == at + corrected.end():
        return None
    new = protein_word.match(text[joiner.end() :])
    if new is None or any(_LISTED.search(w.group(0)) for w in (old, corrected, new)):
        return None
    return head.end() + len(old.group(0)) - len(old.group(0).lstrip()), at


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
        olds, news = listed(text, out, old, backward=True), listed(text, out, new, backward=False)
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
        if said := _said_before(text, out, old, news):  # the scope the list was said with
            first, last = out[said[0]], out[said[-1]]
            out = [_scope_of(first, a) if i in news else a for i, a in enumerate(out)]
            read += [(first.start, last.end), *_sorry_after(text, out[news[-1]], out)]
        out = [a for i, a in enumerate(out) if i != old and i not in said]
    return out, read


def _scope(ask: ProteinAsk) -> tuple[object, ...]:
    return (ask.portions, ask.per_guest, ask.group, ask.half, ask.rest, ask.people, ask.each_for,
            ask.share, ask.count_span)  # fmt: skip


def _scope_of(source: ProteinAsk, ask: ProteinAsk) -> ProteinAsk:
    """`ask` with the guests `source` was said for."""
    return with_(ask, portions=source.portions, per_guest=source.per_guest, group=source.group,
                 half=source.half, rest=source.rest, people=source.people, each_for=source.each_for,
                 share=source.share, count_span=source.count_span)  # fmt: skip


# Between a list and the same list said again: at most the guests it is for ("for 16 adults")
# and a filler; a word of other guests ("for the kids") makes the second list theirs.
_BETWEEN_REPEATS = re.compile(
    r"[\s,.]*(?:for\s+)?(?:\d{1,3}\s+(?:adults|people|guests|ppl|pax|of us)\b)?[\s,.]*"
    r"(?:(?:so|um+|uh+|like|ok)\b[\s,.]*)?"
)


def _said_before(text: str, asks: Sequence[ProteinAsk], old: int, news: Sequence[int]) -> list[int]:
    """ "chicken and shrimp for 16 adults chicken I mean salmon and shrimp": the list the
    corrected one (`old` taken back for the list at `news`) repeats word for word before the
    correction, said right before it. The repeat corrected replaces it (with the guests it was said
    for), so its indexes are returned to drop; none when the lists differ, the first list's items
    have scopes of their own or anything but the guests stands between."""
    if old == 0 or len(news) < 2:
        return []
    before = listed(text, asks, old - 1, backward=True)
    repeated = [asks[old].protein] + [asks[i].protein for i in news[1:]]
    if [asks[i].protein for i in before] != repeated or asks[news[0]].protein in repeated:
        return []
    if any(scoped(asks[i]) for i in [old, *news]) or len({_scope(asks[i]) for i in before}) > 1:
        return []  # the repeat said for all the list was said for ("for 16 adults"), or asked
    return before if _BETWEEN_REPEATS.fullmatch(text[asks[before[-1]].end : asks[old].start]) else []


_SORRY = re.compile(r"[\s,.!]*(?:sorry|oops|my bad)\b[\s,.!]*")


def _sorry_after(text: str, last: ProteinAsk, asks: Sequence[ProteinAsk]) -> list[Span]:
    """ "... salmon and shrimp sorry zip code 95662": an apology right after the corrected list,
    no protein named after it, is for the correction, not another change of mind."""
    m = _SORRY.match(text, last.end)
    if m is None or any(m.end() <= a.start <= m.end() + 30 for a in asks):
        return []
    return [m.span()]


def listed(text: str, asks: Sequence[ProteinAsk], at: int, *, backward: bool) -> list[int]:
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

