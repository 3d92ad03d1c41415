"""The few set apart from everyone's choice by their count and band after the party's count:
"12 adults and 2 kids ... chicken and shrimp for everyone except 3 adults who are vegetarian and
want tofu and vegetables", "somos 12 adultos ... para todos excepto 3 adultos que son
vegetarianos" (round q85n, blind 184 fv042). The "3 adults" are some of the 12, no second count
of the party: the band word is blanked (same length) so the guest reader keeps the 12, and the
swap reader (`except_instead.meat_instead`) reads "except 3 who ..." as the few's own choice."""

from __future__ import annotations

import re

# "except 3 adults who", "excepto 3 adults que" (the Spanish band word is normalized before)
_EXCEPTED = re.compile(
    r"\bexcept(?:o)?\s+\d{1,3}\s+(?P<band>adults)(?=\s+(?:who|that|que)\s+(?:(?:are|r|son)\s+"
    r"(?:vegetarian\w*|vegan\w*)|want|wants|would|prefer|don'?t\s+eat|do\s+not\s+eat|no\s+comen|quieren)\b)"
)  # what they eat follows: "who can't come" is no one set apart by their food
# the party's count of that band earlier in the message
_PARTY = re.compile(r"\b\d{1,4}\s+adults\b")


def excepted_few(text: str) -> str:
    """Normalized `text` with the band word of "except N adults who" blanked, when the party's
    adults are counted before it."""
    if "except" not in text:
        return text  # speed: the cheap gate
    chars = list(text)
    for m in _EXCEPTED.finditer(text):
        if _PARTY.search(text, 0, m.start()):
            chars[m.start("band") : m.end("band")] = " " * len(m["band"])
    return "".join(chars)
