"""A swap for some guests in the message that names the order: "chicken and shrimp for everyone
except 4 of us want lobster instead of shrimp". After a protein everyone has, a swap for a count
of guests (or a group) is applied as a follow-up's would be: those guests get the new protein, the
others keep the old one. "chicken and shrimp for 14 ppl except 4 ..." is the same when the 14 is
the message's one count of guests."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypedDict

from orchestrator.reading.asks import ProteinAsk, with_
from orchestrator.reading.changes import Swap
from orchestrator.reading.diet_swaps import diet_out
from orchestrator.reading.except_instead import except_instead, meat_instead
from orchestrator.reading.guest_record import Guests
from orchestrator.reading.guests import ADULT, KID, PEOPLE, TEEN
from orchestrator.reading.owned_swaps import owned_counts, owned_swap
from orchestrator.reading.replacements import split_for_some
from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.split_swaps import kept_counts

Span = tuple[int, int]

# "chicken and shrimp for 14 ppl except 4 ...": the count after the list is the party's, the one
# count of guests in the message; each protein is for everyone, not 14 portions of the last one
_FOR_PARTY = re.compile(
    rf"\s*for\s+(?:all\s+|the\s+)?(\d{{1,4}})\s+(?:{PEOPLE}|{ADULT})\b"
    # "ny strip for all 15 (of us), upgrade 5"
    r"|\s*for\s+all\s+(\d{1,4})(?:\s+of\s+us)?(?=\s*[,.;]|\s+except\b)"
    # "chicken + shrimp for 16 of us, 5 of those want"
    r"|\s*for\s+(\d{1,4})\s+of\s+us(?=\s*[,.;]|\s+except\b)"
    # "... for all 12 of us except 3 want lobster instead of shrimp": the count, then the few (q82i)
)
_GUEST_COUNT = re.compile(rf"\b\d{{1,4}}\s+(?:more\s+)?(?:{PEOPLE}|{ADULT}|{KID}|{TEEN})\b")


def _for_the_party(text: str, ask: ProteinAsk) -> bool:
    m = _FOR_PARTY.match(text, ask.end)
    if m is None or ask.portions != int(m.group(1) or m.group(2) or m.group(3)):
        return False
    counts = len(_GUEST_COUNT.findall(text))  # the party's one count ("for all 15": none said)
    return counts == 1 if m.group(1) else counts <= 1


_EXCEPT = re.compile(r"\b(?:except(?:\s+that)?|but)\s*,?\s*$")


def swaps_for_some(
    text: str, kept: Sequence[ProteinAsk], swaps: Sequence[Swap]
) -> tuple[list[ProteinAsk], list[Swap], list[Span]]:
    """(the asks with the swaps for some applied, the swaps left, the spans read: the "except"
    that opens such a swap). Unchanged when any swap for some is not after a protein everyone
    has, or names no count or group."""
    kept, swaps, upgraded = _upgrades(text, kept, swaps)
    kept, swaps, excepted = except_instead(text, kept, swaps, _everyone)  # "all filet except 3 want"
    upgraded += excepted
    kept, swaps, meatless = meat_instead(text, kept, swaps, _everyone)  # "except the 4 vegetarians"
    upgraded += meatless
    unchanged = list(kept), list(swaps), upgraded
    partial = [w for w in swaps if w.partial]
    if not partial or any(w.count is None and w.group is None for w in partial):
        return unchanged
    kept = [
        with_(a, portions=None, count_span=None, group=None) if _for_the_party(text, a) else a
        for a in kept
    ]
    everyone = {a.protein: a.start for a in kept if _everyone(a)}
    if any(w.old not in everyone or everyone[w.old] > w.span[0] for w in partial):
        return unchanged
    said = tuple((w.old, w.new, w.group, w.count) for w in partial)
    out, applied = split_for_some(tuple(kept), said, tuple((w.old, w.new) for w in partial if w.whole))
    if not applied:
        return unchanged
    out = tuple(_kept_for_everyone(out, {w.new for w in partial}))
    spans = list(upgraded)
    for w in partial:
        if m := _EXCEPT.search(text[max(0, w.span[0] - 14) : w.span[0]]):
            at = max(0, w.span[0] - 14) + m.start()
            spans.append((at, at + len(m.group(0).rstrip(" ,"))))
    return list(out), [w for w in swaps if not w.partial], spans


def _kept_for_everyone(asks: Sequence[ProteinAsk], new: set[str]) -> list[ProteinAsk]:
    """ "chicken and lobster, swap the lobster for chicken for the kids": the kids' swapped portions
    are chicken on top of everyone's, one each (16 chicken, as the same swap in a follow-up reads),
    so everyone's chicken is marked one each; left unscoped, `named_once` took it for the same
    protein named again and kept the kids' 3 alone (13 portions for 13 guests, the total right by
    luck)."""
    return [with_(a, per_guest=True) if a.protein in new and _everyone(a) else a for a in asks]


# "filet for everyone, upgrade 4 of them to lobster": 4 guests from the one protein everyone has
# "chicken for all, 3 of those upgraded to filet": the count before the upgrade word
_UPGRADE_SOME = re.compile(
    r"\bupgrade\s+(\d{1,3})\s+(?:of\s+(?:them|us|those|the\s+[a-z]+)\s+|people\s+|guests\s+)?to\s+"
    r"(?:the\s+)?$"
    r"|(?<![\d.])\b(\d{1,3})\s+of\s+(?:them|us|those|these)\s+(?:get\s+|gets\s+|are\s+|to\s+be\s+)?"
    r"upgraded\s+to\s+(?:the\s+)?$"
)

_EVERYONE_GETS = re.compile(
    r"\b(?:everyone|everybody|every ?1)\s+(?:gets?|getting|wants?|has|having|will have)\s+(?:the\s+)?$"
)
_ASKED = re.compile(  # "may" before a day is the month ("30 ppl on May 10. filet for all, upgrade ...")
    r"\b(?:can|could|would|may(?!\s+\d)|should|do|is it possible to|how much to|maybe|might)\b"
)


def _upgrades(
    text: str, kept: Sequence[ProteinAsk], swaps: Sequence[Swap]
) -> tuple[list[ProteinAsk], list[Swap], list[Span]]:
    """The counted upgrades to a protein as swaps for some guests, when one protein alone is for
    everyone (or for the party's one count, "for all 12 adults") before them (with two, which one
    they give up is asked)."""
    out, found, spans = list(kept), list(swaps), []
    for ask in kept:
        m = _UPGRADE_SOME.search(text[max(0, ask.start - 40) : ask.start])
        # "filet mignon for all 12 adults, upgrade 4 of those to lobster": the party's count
        everyone = [a for a in kept if (_everyone(a) or _for_the_party(text, a)) and a.start < ask.start]
        count = int(m.group(1) or m.group(2)) if m else None
        if not m or len(everyone) != 1 or (count != ask.portions and ask.portions is not None):
            continue
        start = max(0, ask.start - 40) + m.start()
        # (the asking word in the upgrade's own clause: "can we do chicken for everyone, upgrade
        # 4 of them to filet" asks for the whole order, the upgrade ordered with it; round q86c)
        clause = re.split(r"[,.;!\n]", text[max(0, start - 30) : start])[-1]
        # ("could you do chicken for all 15 of us, upgrade 5 of those to filet, and shrimp for
        # everyone?": the question mark closes the order asked for as a whole)
        opening = sentence_start(text, start)
        whole = opening <= everyone[0].start and _ASKED.search(text, opening, everyone[0].start)
        if _ASKED.search(clause) or (not whole and re.match(r"[^.;!\n]*\?", text[ask.end :])):
            continue  # "can we upgrade 4 of them to lobster?": asked, not ordered
        out.remove(ask)
        found.append(Swap(everyone[0].protein, ask.protein, (start, ask.end), True, None, count))
        spans.append((start, ask.end))
        # "everyone gets filet, upgrade 3 of them to lobster": the count is the upgrade's
        if every := _EVERYONE_GETS.search(text[max(0, everyone[0].start - 25) : everyone[0].start]):
            at = max(0, everyone[0].start - 25) + every.start()
            spans.append((at, at + len(every.group(0))))
    return out, found, spans


def _everyone(ask: ProteinAsk) -> bool:
    return ask.portions is None and not (ask.half or ask.rest or ask.group or ask.extra or ask.share)


def swappers_only(guests: Guests, swaps: Sequence[Swap]) -> Guests:
    """The guests read, or none when their one count is the count of a swap for some ("update
    from the party: 4 of us want lobster instead of shrimp", "for 3 of us, scallops instead of
    shrimp"): those are the guests who swap, not the party (a follow-up keeps the order's)."""
    counted = [w.span for w in swaps if w.partial and w.count is not None]
    if not counted or not guests.used or guests.kids_said or guests.adults_added:
        return guests
    if all(any(s < e2 and s2 < e for s2, e2 in counted) for s, e in guests.used):
        return Guests(used=guests.used, checks=guests.checks, notes=guests.notes)
    return guests


class SwapFields(TypedDict):
    """The swaps read, as the `Inquiry` fields that carry them."""

    swaps: tuple[tuple[str, str], ...]
    partial_swaps: tuple[tuple[str, str, str | None, int | None], ...]
    diet_out: tuple[str, ...]
    whole_swaps: tuple[tuple[str, str], ...]
    share_swaps: tuple[tuple[str, str, int, int, int], ...]
    split_kept: tuple[int, ...]
    owned_swap: tuple[str, int | None, str, str] | None
    owned_counts: tuple[tuple[str, int], ...]


def swap_fields(swaps: Sequence[Swap], text: str) -> SwapFields:
    """Every portion's swaps, those for some guests (with their group and count), those for some
    said with "not" for a group, those for a share of the guests (half, a third), and the counts
    of guests who keep their protein beside a swap (`split_swaps`, in normalized `text`)."""
    return SwapFields(
        swaps=tuple((w.old, w.new) for w in swaps if not w.partial),
        partial_swaps=tuple((w.old, w.new, w.group, w.count) for w in swaps if w.partial),
        diet_out=diet_out(text) if any(w.partial for w in swaps) else (),  # "dont eat meat"
        whole_swaps=tuple((w.old, w.new) for w in swaps if w.partial and w.whole),
        share_swaps=tuple((w.old, w.new, *w.share) for w in swaps if w.share),
        split_kept=kept_counts(text),
        owned_swap=owned_swap(text, swaps),  # "the lees want lobster instead" (`owned_swaps`)
        owned_counts=owned_counts(text),
    )
