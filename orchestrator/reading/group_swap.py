"""A swap whose new protein is said for a group: "can we do filet for the adults instead of the
salmon?". In a follow-up it is the adults' swap: all the salmon when only the adults had salmon,
else the adults' share of it (the kids keep theirs); read alone it asks how many of each. A new
protein with a count, a half or "the rest" ("filet for 4 instead of salmon") stays asked. "make it
shrimp not chicken for the kids" is such a swap said with "not": for some guests, asked; the
group said before it ("for the adults, chicken not filet") is read as "the adults want" is."""

from __future__ import annotations

import re

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.changes import Swap
from orchestrator.reading.kept import band_after, some_after, some_counted
from orchestrator.reading.some_guests import some_guests


def swap_said(text: str, out: re.Match[str], old: ProteinAsk, new: ProteinAsk | None) -> bool:
    """ "lobster instead of shrimp", "in place of shrimp", or "shrimp not chicken" with the guests
    it is for after it ("... not chicken for the kids") or before it ("for the adults, chicken not
    filet", "the guys want steak not chicken"): a swap, not a protein taken out."""
    said = out.group(0)
    return said.startswith(("instead of", "in place of")) or (
        said.startswith("not ")
        and (some_after(text, old.end) is not None or (new is not None and _some_before(text, new)))
    )


def _some_before(text: str, new: ProteinAsk) -> bool:
    """Guests named just before `new` ("for the grown ups, shrimp", "4 of them want shrimp"),
    `new` said right before "not" ("shrimp not chicken"), not a choice earlier in the sentence."""
    return text[new.end : new.end + 6].lstrip(" ,").startswith("not ") and (
        some_guests(text, new.start) is not None
    )


def instead_swap(
    old: ProteinAsk, new: ProteinAsk, text: str
) -> tuple[Swap, list[tuple[str, str]]]:
    """The swap of `old` for `new` (said "`new` instead of `old`" in normalized `text`) and the
    checks it raises."""
    span = (new.start, old.end)
    share = _share_of_all(text, new)
    if share and new.portions is None and not (new.rest or new.group or new.extra):
        # "half of them want filet instead of shrimp", "a third of the 30 would rather have
        # scallops instead": for some, asked unless a follow-up's party divides by the share and
        # the old protein is everyone's (`share_swaps`); read as all, it swapped them all
        return Swap(old.protein, new.protein, span, True, share=share), []
    if new.group and new.portions is None and not (new.half or new.rest or new.extra):
        return Swap(old.protein, new.protein, span, True, new.group), []
    if new.portions is not None or new.half or new.share or new.rest or new.group:
        return Swap(old.protein, new.protein, span), [
            ("proteins", f"{new.said} instead of {old.said} for some guests: how many of each?")
        ]
    return Swap(old.protein, new.protein, span), []


def swap_instead(
    text: str, out: re.Match[str], old: ProteinAsk, new: ProteinAsk
) -> tuple[Swap, list[tuple[int, int]], list[tuple[int, int]], list[tuple[str, str]]]:
    """The swap of `old` for `new` said "`new` instead of `old`" (`out` the words before `old`)
    in normalized `text`, with the spans of its guests' count to mark used and to mark explained,
    and the checks it raises: for the guests named before `new` ("8 of them want lobster instead
    of shrimp"), for those counted after `old` ("... instead of filet for 6 of them"), else as
    `instead_swap` reads it. Split from `extraction` by size."""
    if (some := some_guests(text, new.start)) and not (new.half or new.rest):
        return Swap(old.protein, new.protein, (some[1][0], old.end), True, some[2], some[0],
                    whole=out.group(0).startswith("not ")), [some[1]], [some[1]], []  # fmt: skip
    if after := some_counted(text, old.end):  # "for 6 of them": how many swap (else asked)
        # "lobster instead of the strip for the adults only": the band's swap ("shrimp not filet
        # for the kids" stays asked: which of their portions?)
        said_not = out.group(0).startswith("not ")
        band = band_after(text, after[0]) if after[1] is None and not said_not else None
        return Swap(old.protein, new.protein, (new.start, after[0][1]), True, band,
                    count=after[1]), [], [after[0]], []  # fmt: skip
    swap, checks = instead_swap(old, new, text)  # "filet for the adults instead of X"
    if not swap.partial and not checks and (
        _SCOPE_BEFORE.search(text, max(0, new.start - 40), new.start)
        or _SUBJECT_BEFORE.search(text, max(0, new.start - 40), new.start)
    ):
        # "for the guys filet instead of shrimp": some guests, how many not read; never everyone's
        checks = [("proteins", f"{new.said} instead of {old.said} for some guests: how many of each?")]
    return swap, [], [], checks


# "hi again could the kids have chicken instead of the lobster": a group as the subject of the swap
# in its clause that no reader above placed (no mark before it) is some guests too, asked (round
# q84l: every guest's lobster was swapped)
_SUBJECT_BEFORE = re.compile(
    r"\b(?:the|my|our|all\s+the)\s+"
    r"(?:kids|kiddos|children|adults|grown[- ]?ups|guys|ladies|girls|boys)\b"
    r"(?:\s+(?!for\b|and\b|with\b)[a-z']+){1,3}\s+(?:the\s+)?$"
)


# "for the guys,", "for my 3 boys", "for the ladies:", "for the birthday boy": guests named before a
# swap that no reader above counted (round q81s: it was read as every guest's swap); "for everyone"
# is not one, so it stays every guest's swap
_SCOPE_BEFORE = re.compile(
    r"\bfor\s+(?:the|my|our|those|these)\s+(?:\d{1,3}\s+|(?:[a-z]+\s+)?(?=guys|gents|men|ladies|women|"
    r"girls|boys|dudes|fellas|sons|daughters|grandkids|teens|teenagers|seniors|vegetarians|vegans|"
    r"eaters|parents|grandparents|couples?|in-?laws|friends|kids|kiddos|children|adults|grown|boy|girl|"
    r"bride|groom|husband|hubby|wife|dad|mom|father|mother|son|daughter|man|lady|host)\b)"
    r"[a-z'-]+(?:\s+[a-z'-]+)?\s*[,:-]?\s*"
    r"(?:(?:can|could)\s+(?:we|you|u|ya)\s+(?:please\s+)?(?:do|get|have|go\s+with)\s+)?$"
)


# "half of them want", "half of us", "half", "a third of the 30 would rather have": a share of the
# whole party ("half the kids", "half and half" are other readings, asked as before); "the 30" is
# the party's count said again, checked against it (`share_swaps`)
_VERB = (
    r"\s*(?:would like|want|wants|get|gets|with|do|does|have|has|had|go with|going with|"
    r"(?:would|'d)\s+(?:rather|prefer)(?:\s+(?:have|get|do))?|prefer|prefers)?\s*"
)
_HALF_OF_ALL = re.compile(
    r"half(?:\s+of)?(?:\s+(?:them|us|everyone|everybody|the (?:group|party|guests)))?" + _VERB
)
_SHARE_OF_ALL = re.compile(
    r"(?:a|one|1)[\s-]+(?:third|quarter|fourth)\s+of\s+(?:them|us|everyone|everybody|the (?:group|"
    r"party|guests|(?P<total>\d{1,3})(?:\s+(?:of us|guests|people|adults))?))" + _VERB
)
_HALF_AND = re.compile(r"\bhalf\s*(?:and|&|n)\s+\Z")


def _share_of_all(text: str, new: ProteinAsk) -> tuple[int, int, int] | None:
    """The share of the whole party `new` is said for ("half of them want filet": (1, 2, 0); "a
    third of the 30 want": (1, 3, 30)), by its share's words; None when not of all."""
    if new.count_span is None:
        return None
    start, end = new.count_span
    if new.half == 1:
        half = _HALF_OF_ALL.fullmatch(text, start, end) and not _HALF_AND.search(text, 0, start)
        return (1, 2, 0) if half else None
    share = _SHARE_OF_ALL.fullmatch(text, start, end) if new.share and new.share[0] == 1 else None
    return (1, new.share[1], int(share.group("total") or 0)) if share and new.share else None
