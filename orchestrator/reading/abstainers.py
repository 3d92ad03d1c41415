"""Who does not drink, said as the reason the sake is left out: "the maid of honor is pregnant and
2 of the girls are sober so def no sake", "2 of us are driving and one is pregnant so skip the
sake". The people are guests already counted; their number says why nobody needs the sake, no
group of the order, so the clause is explained. Only beside the sake taken out in the same
message: "2 of the girls are pregnant" alone stays asked."""

from __future__ import annotations

import re

Span = tuple[int, int]

# the sake taken out: "no sake", "skip the sake", "def no sake", "without the sake service"
_NO_SAKE = re.compile(
    r"\b(?:no|skip|drop|without|nix|forget|not\s+(?:doing|getting))\s+(?:the\s+)?sake\b"
    r"(?!\s+(?:service\s+)?for\b)(?![^.!?\n]*\b(?:yes|but)\b)"  # "no sake for them but yes ...": asked
)
# someone who does not drink: "N of (the|us|my|our) <word>", "one", "the maid of honor", "my sister"
# ("half the girls are driving", "half of us r pregnant": a share of them, round q84b)
_WHO = (
    r"(?:(?:\d{1,3}|one|two|three|four|five)(?:\s+of\s+(?:us|them|(?:the|my|our)\s+[a-z'-]+))?"
    r"|half\s+(?:of\s+)?(?:us|them|(?:the|my|our)\s+[a-z'-]+)"
    r"|(?:the|my|our)\s+[a-z'-]+(?:\s+of\s+(?:honor|honour))?(?:\s+[a-z'-]+)?)"
)
_STATE = (
    r"(?:is|are|'s|'re|r|will\s+be)\s+(?:also\s+|all\s+)?(?:pregnant|driving|sober|underage|"
    r"under\s+21|not\s+drinking|non-?drinkers?)"
    r"|(?:do|does)\s*(?:n'?t|not)\s+drink"
)
# one or more such people joined by "and", the whole clause ending at "so" or a comma
_ABSTAIN = re.compile(
    rf"(?:^|(?<=[.,;!?\n]\s)|(?<=[.,;!?\n])|(?<=\bbut\s)|(?<=\balso\s))\s*"
    rf"(?:{_WHO})\s+(?:{_STATE})(?:\s*,?\s*(?:and|&|\+)\s+(?:{_WHO})\s+(?:{_STATE}))*"
    r"(?=\s*(?:,|\.|!|;|\bso\b|$))"
)


def abstainer_clauses(text: str) -> list[Span]:
    """Spans of normalized `text` naming who does not drink, beside the sake taken out in the same
    message: the reason for it, no count of guests."""
    if "sake" not in text or not _NO_SAKE.search(text):
        return []  # speed, and only as the reason for no sake
    return [m.span() for m in _ABSTAIN.finditer(text) if m.end() > m.start()]
