"""Words beside a protein of a correction that leave it as it was ("keep the shrimp", "shrimp
stays") or make a swap one for some guests ("... instead of filet for some of them")."""

from __future__ import annotations

import re

Span = tuple[int, int]

SOME = re.compile(
    r"^\s*(?:tails?\s+)?(?:(?:but\s+)?only\b|for\s+(?:just\s+|only\s+)?(?:the\s+)?(?:(adults?|grown|kids?|"
    r"children)|some|half|a few|(\d+))\b)"
)


def some_after(text: str, end: int) -> Span | None:
    """ "ny strip instead of filet for some of them": the words after a swap that make it one
    for some guests, not all (the partial swap then asks how many of each)."""
    m = SOME.match(text[end : end + 30])
    return (end, end + m.end()) if m else None


# ("the kids stay with the shrimp", "stick with the chicken": kept the same, round q81j)
_KEEP_BEFORE = re.compile(
    r"\b(?:keep|keeping|kept|still (?:want|do|get)|leave|(?:stay|stays|staying|stick|sticks|sticking)"
    r"\s+with)\s+(?:the\s+|our\s+|all\s+the\s+)?$"
)
_KEEP_AFTER = re.compile(
    r"^\s*(?:tails?\s+)?(?:(?:for\s+(?:all|everyone|everybody)\s+)?(?:stays?|remains?|is fine|"
    r"as is|the same|can stay|stays the same)|(?:is|are)\s+(?:still\s+)?(?:good|fine|ok|okay))\b"
)


# "chicken and veggies", "chicken + tofu": the pair one "is fine" after it names (round q79k)
_PAIRED = re.compile(r"\s*(?:and|&|\+|n|/)\s*")
# "kids keep chicken and shrimp": the second of a pair kept, joined right after the first
_KEEP_PAIR_BEFORE = re.compile(
    r"\b(?:keep|keeps|keeping|stay\s+with|stays\s+with|stick\s+with|sticks\s+with)\s+"
    r"(?:the\s+|their\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?(?:\s+(?:and|n)|\s*[&+/])\s+(?:the\s+)?$"
)


def read_kept(text: str, start: int, end: int, *, pair_from: int | None = None) -> Span | None:
    """ "keep the shrimp", "shrimp stays", "(if) the kids kept chicken": a protein of the order the
    correction leaves as it was (so it is no new choice that replaces the others); the span read,
    or None. `pair_from`: where the protein before it, of no count, ends; when "and" joins the two
    ("chicken and veggies is fine") the words after name the pair as the choice, not one protein
    kept (round q79k)."""
    paired = pair_from is not None and bool(_PAIRED.fullmatch(text, pair_from, start))
    before = _KEEP_BEFORE.search(text[max(0, start - 25) : start]) or _KEEP_PAIR_BEFORE.search(
        text[max(0, start - 40) : start]
    )
    if before:
        tail = re.match(r"\s*(?:tails?\s+)?(?:for\s+(?:all|everyone|everybody)\b)?", text[end:])
        return start - (len(before.group(0))), end + (tail.end() if tail else 0)
    if paired:
        return None
    if after := _KEEP_AFTER.match(text[end : end + 40]):
        return start, end + after.end()
    return None


# "for 6 of the guys", "for 4 of them": the guests a count after a swap names, some of the party
_OF_PARTY = re.compile(
    r"\s+of\s+(?:them|us|em|those|the\s+(?:guys|group|guests|adults|ladies|girls|dudes|men|women|"
    r"people|party))\b"
)


def some_counted(text: str, end: int) -> tuple[Span, int | None] | None:
    """ "lobster instead of the shrimp for 6 of the guys": the words after a swap that make it one
    for some guests (as `some_after`), with how many when a count "of" the party says it ("for 6
    of them"; not "for 6", which may be the party's new count, nor "for the 6 of us", which may
    be all of it). A count beyond the party is left to the swap's checks."""
    span = some_after(text, end)
    if span is None:
        return None
    m = SOME.match(text[span[0] : span[1]])
    if not (m and m.group(2)) or "the" in text[span[0] : span[1]].split():
        return span, None
    party = _OF_PARTY.match(text, span[1])
    return ((span[0], party.end()), int(m.group(2))) if party else (span, None)


# "... for the adults only - the kids keep the strip": the band named closes the swap's clause
# ("for the adults and kids" is everyone; "for the adults, chicken for the kids" is more)
_BAND_CLOSED = re.compile(r"(?:\s+only)?\s*(?:[.;!?\n)]|\s-\s|,?\s*(?:please|pls|thanks)\b|$)")


def band_after(text: str, span: Span) -> str | None:
    """ "lobster instead of the ny strip for the adults (only)": the band ("adults" or "kids") the
    words `span` after a swap name when they close its clause (round q82p); None otherwise."""
    m = SOME.match(text[span[0] : span[1]])
    if not (m and m.group(1)) or not _BAND_CLOSED.match(text, span[1]):
        return None
    return "adults" if m.group(1).startswith(("adult", "grown")) else "kids"


# "keep the shrimp for 4 of them": a count after the protein kept
# ("leave the shrimp off for 3 of them" takes it out: no keeping)
_FOR_COUNT = re.compile(
    r"(?:(?!\b(?:off|out|away|from|instead)\b)[^\d,.;!?]){0,25}?\bfor\s+(?:just\s+|only\s+)?\d{1,3}\b"
)


def kept_for_some(text: str, start: int) -> bool:
    """Whether the protein named at `start` is kept for a count of guests ("keep the shrimp for 4
    of them", round q81q): kept for some, what the others have is unsaid. Read as a count, the
    protein everyone had was cut to those few with no word on the rest."""
    before = _KEEP_BEFORE.search(text[max(0, start - 25) : start]) or _KEEP_PAIR_BEFORE.search(
        text[max(0, start - 40) : start]
    )
    return before is not None and _FOR_COUNT.match(text, start) is not None
