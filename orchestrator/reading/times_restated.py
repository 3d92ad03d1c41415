"""A protein count with a times sign, restated per guest in brackets right after it: "chicken x2
(2 chicken each)", "2x chicken (2 chicken each)", "filet x 2 (2 filets per person)", "salmon x2
(2 salmon apiece)". The bracket says again what "x2" said, the same count of the same protein for
each guest; read twice it made two asks (2 portions, then 2 for each guest) summed into portions
nobody asked for. The bracket is rewritten as "(2 each)" and spaces after it (same length, every
span holds), so the message reads as "chicken x2 (2 each)": 2 portions for each guest. Only with the same
count and the same protein word (a plural "s" aside); a bracket naming another protein or another
count ("chicken x2 (1 shrimp each)") stays as it is. Takes the normalized, lower-case text."""

from __future__ import annotations

import re

_PER_GUEST = r"(?:each|apiece|per person|per guest|a person|a head|per head|pp)"
# who the count is for, between it and the bracket ("filet x2 for everyone (2 filet each)")
_FOR = r"(?:\s+for\s+(?:the\s+)?(?:adults|grown ?ups|kids|guests|everyone|everybody|all(?: of us)?))?"

# "chicken x2 (2 chicken each)"; the protein one or two words; the bracket group 3
_AFTER = re.compile(
    r"\b([a-z]+(?: [a-z]+)?)\s*[x×]\s*(\d)"
    + _FOR
    + r"\s*(\(\s*(\d)\s+([a-z]+(?: [a-z]+)?)\s+"
    + _PER_GUEST
    + r"\s*\))"
)
# "2x chicken (2 chicken each)"
_BEFORE = re.compile(
    r"\b(\d)\s*[x×]\s+([a-z]+(?: [a-z]+)?)"
    + _FOR
    + r"\s*(\(\s*(\d)\s+([a-z]+(?: [a-z]+)?)\s+"
    + _PER_GUEST
    + r"\s*\))"
)


def _same(word: str, again: str) -> bool:
    """The same protein word, a plural "s" aside ("filet" and "filets")."""
    return word.rstrip("s") == again.rstrip("s")


def times_restated(text: str) -> str:
    """`text` with a bracket restating an "<protein> xN" per guest rewritten as "(N each)"."""
    if "(" not in text or ("x" not in text and "×" not in text):  # cheap gate
        return text
    chars = list(text)
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(text):
            count, word = (m.group(2), m.group(1)) if pattern is _AFTER else (m.group(1), m.group(2))
            if count == m.group(4) and _same(word.split()[-1], m.group(5).split()[-1]):
                start, end = m.span(3)
                chars[start:end] = f"({count} each)".ljust(end - start)
    return "".join(chars)
