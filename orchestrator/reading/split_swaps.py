"""A follow-up keeping a protein for a counted part of the party and giving the counted other part
another one instead: "what if lobster for just 5 of them and shrimp for the other 5?", "filet for
just 12 of them and shrimp instead of filet for the other 12", "lobster just for the 6 guys and
chicken for the 6 ladies instead". Said as a change ("just", "only", "instead"), it is a swap for
the second part ("5 of them want shrimp instead of lobster", the form the swap reader knows), with
the first part's count kept beside it ("salmon for 15 and scallops for 15" is no change: left).

Read as "for 5", the first part's count alone would give a confident total whether or not the two
parts make the party; so the kept count is carried (`kept_counts`) and the swap is applied only
where the two counts add up to the paying guests of the order it corrects (`halves_counted`), else
asked how many of each. A part with no count ("for the rest", "for everyone else") is written as a
swap for some (asked how many of each: read before as 4 shrimp added, it dropped the filet from a
confident total); a second protein said instead of another one than the first part's is left.
Halves ("can we do lobster for half of them and shrimp for the other half?") are written as a swap
for half the party, counted only for an even party that all had the kept protein (round q81m).
"half want lobster instead of shrimp and the other half filet": the other half's protein is
instead of the same one (read as a half of its own, it took the chicken's place in the order read
back): written so, the two swaps of one protein asked how many of each (round q83s)."""

from __future__ import annotations

import re

_PROTEIN = (
    r"(?:chicken|shrimp|salmon|scallops?|tofu|vegetables|veggies|filet(?:\s+mignon)?|filets|"
    r"ny\s+strip(?:\s+steak)?|new\s+york\s+strip|strip\s+steak|steak|lobster(?:\s+tails?)?)"
)
# who a count is: "5 of them", "the 6 guys", "12 adults"
_WHO = (
    r"(?:\s+of\s+(?:them|us|those|the\s+guests|the\s+group)|\s+(?:guys|ladies|men|women|wives|husbands"
    r"|people|ppl|adults|guests|folks|girls|boys|dudes|gals))?"
)
_ONLY = r"(?:(?:just|only)\s+)?"
# "half of them", "half of us": half the whole party, the other half named after it
_OF_ALL = r"(?:\s+of\s+(?:them|us|everyone|everybody|the\s+(?:group|guests|party)))?"
_SPLIT = re.compile(
    rf"\b(?P<p>{_PROTEIN})\s+{_ONLY}for\s+{_ONLY}(?:the\s+)?(?:(?P<n>\d{{1,3}}){_WHO}|(?P<h>half){_OF_ALL})"
    r"\s*(?:,\s*)?(?:and|n|&|\+|,)\s+(?:then\s+)?"
    rf"(?P<q>{_PROTEIN})(?:\s+instead(?:\s+of\s+(?:the\s+)?(?P<p2>{_PROTEIN}))?)?"
    rf"\s+for\s+(?:the\s+)?(?:(?:(?:other|remaining)\s+)?(?P<m>\d{{1,3}}){_WHO}|(?P<oh>other\s+half)|(?P<rest>rest(?:\s+of\s+"
    r"(?:them|us))?|others|other\s+ones|everyone\s+else|everybody\s+else|all\s+the\s+others))"
    r"(?:\s+instead\b)?"
)
# a change said: the first part "just" or "only" keeps its protein, or the second has another instead
_CHANGE = re.compile(r"\b(?:just|only|instead)\b")
# the kept count as written beside the swap: letters, so no reader takes it for a count
_DIGITS = "abcdefghij"
_KEPT = re.compile(r"\bsplitkeeps([a-j]{1,3})\b")


def _key(word: str) -> str:
    """The first word of a protein's name, enough to tell two apart ("filet mignon", "filet")."""
    return word.split()[0].rstrip("s")


# "half want lobster instead of shrimp and the other half filet": the other half's choice, no
# "instead" of its own, gives up the same protein
_OTHER_HALF = re.compile(
    rf"\bhalf{_OF_ALL}\s+(?:(?:want|wants|get|gets|would\s+like|will\s+have|can\s+have|do)\s+)?"
    rf"(?P<a>{_PROTEIN})\s+instead\s+of\s+(?:the\s+)?(?P<b>{_PROTEIN})\s*,?\s*(?:(?:and|n|&|\+)\s+)?"
    r"(?P<o>(?:the\s+)?other\s+half)(?:\s+(?:want|wants|get|gets|would\s+like|will\s+have|can\s+have))?"
    rf"\s+(?P<c>{_PROTEIN})\b(?!\s+instead)"
)


def _other_half(text: str) -> str:
    """`text` with the other half's protein after a half's swap written as instead of the same."""
    m = _OTHER_HALF.search(text)
    if m is None or len({_key(m.group(k)) for k in "abc"}) < 3:
        return text
    written = f"the other half want {m.group('c')} instead of {m.group('b')}"
    return text[: m.start("o")] + written + text[m.end("c") :]


def split_swaps(text: str) -> str:
    """Normalized `text` with one protein kept for a counted part and another for the counted
    other part written as the second part's swap and the first part's count; else unchanged."""
    if "other half" in text and "instead" in text:
        text = _other_half(text)
    if " for " not in text:
        return text  # speed: each part is given its protein "for" its count
    found = list(_SPLIT.finditer(text))
    if len(found) != 1:
        return text  # none, or two splits: not sure which part is which
    m = found[0]
    kept, new, also = m.group("p"), m.group("q"), m.group("p2")
    if m.group("h") or m.group("oh"):  # "lobster for half of them and shrimp for the other half"
        return _halves(text, m) if m.group("h") and m.group("oh") else text
    if not _CHANGE.search(m.group(0)):
        return text  # "salmon for 15 and scallops for 15": two counted portions, not a change
    if _key(kept) == _key(new) or (also is not None and _key(also) != _key(kept)):
        return text  # "shrimp instead of chicken" beside lobster kept: which is given up?
    letters = "".join(_DIGITS[int(d)] for d in m.group("n"))
    # "for everyone else": a swap for some, its count asked (read as "for 4" it was a wrong total)
    written = f"{m.group('m') or 'some'} of them want {new} instead of {kept} splitkeeps{letters}"
    return text[: m.start()] + written + text[m.end() :]


def _halves(text: str, m: re.Match[str]) -> str:
    """`text` with one protein kept for half the party and another for the other half written as
    a swap for half of them, counted only in a follow-up whose even party all had the kept one
    (`halves_counted`), else asked how many of each; said as the same change in the words or not."""
    kept, new, also = m.group("p"), m.group("q"), m.group("p2")
    if _key(kept) == _key(new) or (also is not None and _key(also) != _key(kept)):
        return text
    return text[: m.start()] + f"half of them want {new} instead of {kept}" + text[m.end() :]


def kept_counts(text: str) -> tuple[int, ...]:
    """The counts of guests who keep their protein beside a swap `split_swaps` wrote."""
    return tuple(int("".join(str(_DIGITS.index(c)) for c in m.group(1))) for m in _KEPT.finditer(text))
