"""A counted few who give up the two proteins everyone has for two others: "4 of them want tofu
and vegetables instead of the chicken and ny strip", and asked for a few described just before
("6 of the guests are vegetarian. can those 6 get tofu and vegetables instead of the chicken and
salmon?": the "can" a request for them, as `reason_swappers` reads it for one protein). Each of
the few has one new protein for each old one, so however they pair the counts are the same:
written as one swap per pair ("6 of them want tofu instead of chicken and 6 of them want
vegetables instead of salmon"), the form the swap reader knows. One protein for one is left to
the readers of a single swap ("can 4 of them get lobster instead of shrimp?" with no few described
asks whether it can be done); lists of different lengths ("tofu instead of the chicken and
salmon"), a protein named twice, "steak" alone and no count of the few are left as they are
(asked)."""

from __future__ import annotations

import re

from orchestrator.reading.described_few import against, described_before
from orchestrator.reading.reason_swappers import reason_swappers

_PROTEIN = (
    r"(?:chicken|shrimp|salmon|scallops|tofu|vegetables|veggies|filet(?:\s+mignon)?|"
    r"ny\s+strip(?:\s+steak)?|new\s+york\s+strip|lobster(?:\s+tails?)?)"
)
_AND = r"\s*(?:,\s*)?(?:and|&|\+|n)\s*"
_FEW = r"\d{1,3}"
_OF = r"of\s+(?:them|us|those|these|the\s+guests|our\s+guests|the\s+group)"
# "4 of them want", "can those 6 get", "could 3 of them have", "those 4 would like"
_WHO = (
    rf"(?:(?P<n>{_FEW})\s+{_OF}\s+(?:want|wants|would\s+like|'d\s+like|would\s+rather\s+have|prefer|"
    rf"will\s+have|need)"
    rf"|(?:can|could)\s+(?:(?:those|these|the)\s+(?P<m>{_FEW})(?:\s+(?:guests|people|{_OF}|vegetarians|"
    rf"vegans))?|(?P<k>{_FEW})\s+{_OF})\s+(?:get|have|do))"
)
# words that bring people into the description, or change it: not the few alone
_MORE_PEOPLE = re.compile(
    r"\b(?:bring\w*|com\w*|join\w*|plus|kids?|more|extra|add\w*|also|too|instead)\b"
)
_SWAP = re.compile(
    rf"\b{_WHO}\s+(?P<a>{_PROTEIN})(?:{_AND}(?P<b>{_PROTEIN}))?\s+instead\s+of\s+(?:the\s+|their\s+)?"
    rf"(?P<c>{_PROTEIN})(?:{_AND}(?:the\s+)?(?P<d>{_PROTEIN}))?\b"
)


def _key(word: str) -> str:
    """The first word of a protein's name, enough to tell two apart."""
    return word.split()[0].rstrip("s")


def _described(text: str, m: re.Match[str]) -> bool:
    """Whether the few of an asked swap `m` were counted and described just before it in `text`
    ("6 of the guests are vegetarian. can those 6 get"), which makes the "can" a request for them."""
    few = m.group("m") or m.group("k")
    before = text[max(0, m.start() - 110) : m.start()]
    said = re.search(rf"\b{few}\s+of\s+(?:(?:the|our|my)\s+[a-z-]+|us|them)\b[^?\d]*$", before)
    return bool(said and not _MORE_PEOPLE.search(said.group(0)))  # "are bringing their kids": asked


def _written(text: str, m: re.Match[str]) -> str:
    few = m.group("n") or m.group("m") or m.group("k")
    if m.group("b") is None or (m.group("n") is None and not _described(text, m)):
        return m.group(0)  # one for one, or a few asked for and never described: left
    if m.group("d") is None:
        return m.group(0)  # "tofu and vegetables instead of the chicken": which one?
    pairs = [(m.group("a"), m.group("c")), (m.group("b"), m.group("d"))]
    keys = [_key(w) for pair in pairs for w in pair]
    if len(set(keys)) != len(keys):
        return m.group(0)  # "tofu and chicken instead of the chicken and salmon"
    return " and ".join(f"{few} of them want {new} instead of {old}" for new, old in pairs)


def _asked_written(text: str, m: re.Match[str]) -> str:
    """`_written` with the request kept for the first pair ("can those 6 get tofu instead of
    chicken and 6 of them want ..."), so the few described before it are its reason."""
    few, asked = m.group("m") or m.group("k"), text[m.start() : m.start("a")]
    first = f"{m.group('a')} instead of {m.group('c')}"
    second = f"{m.group('b')} instead of {m.group('d')}"
    return f"{asked}{first} and {few} of them want {second}"


def paired_swaps(text: str) -> str:
    """Normalized `text` with a counted few's swap of two proteins for two written as one swap
    per pair, the sentence describing them before it joined to it by a comma; else unchanged."""
    if "instead of" not in text:
        return text  # speed: every swap here says it
    out: list[str] = []
    at = 0
    for m in _SWAP.finditer(text):
        written, start = _written(text, m), m.start()
        few = m.group("m") or m.group("k")
        if few and written != m.group(0):
            stop = described_before(text, m.start(), few)
            if against(text, m.start(), (m.group("a"), m.group("b"))):
                written = m.group(0)  # "don't eat meat. can those 2 get chicken and tofu": asked
            elif stop and reason_swappers(head := "".join(out) + text[at : stop[0]] + ", "
                                 + text[stop[1] : m.start("a")], len(head)):  # fmt: skip
                # "3 of our guests don't eat meat or seafood, could those 3 get ...": read as one
                # sentence, the description is the swap's reason (else written as before)
                out.append(text[at : stop[0]] + ", ")
                at, written = stop[1], _asked_written(text, m)
        out.append(text[at:start] + written)
        at = m.end()
    return "".join(out) + text[at:]
