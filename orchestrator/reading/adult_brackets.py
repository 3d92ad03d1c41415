"""An adults' count with a bracket that only restates its band: "20 adults (13+)", "16 adults (13
and up)", "22 adults (Ari is 13 and counted in the adults)". The bracket's number is the band's
bound or the age of a guest already in the count, so the count alone is what the readers take
and no number is left to place. A guest under 13 "counted in the adults", or one counted in the
kids, is not rewritten: the age and the band disagree, and the number stays for a person to ask
about. Takes lower-case text with number words already written as digits."""

from __future__ import annotations

import re

# "20 adults (13+)", "16 adults (13 and up)", "9 grown-ups (ages 13+)": the bound of the band
# (the count on the same line, no date's year, no label: "04/18/2027\nAdults (13+): 18" is a form's
# field and its count)
_BAND_BOUND = re.compile(
    r"(?<![/\d.:-])\b(\d{1,4})[^\S\n]*(?:adults?|grown[- ]?ups)\s*\(\s*(?:all\s+)?(?:ages?\s+)?"
    r"(?:13\s*\+|13\s*(?:and|&)\s*(?:up|over|older)|13 or older)\s*\)(?!\s*:)"
)
# "22 adults (Ari is 13 and counted in the adults)", "24 adults (Eli is 13, counted with the
# adults)": a guest of adult age said to be inside the count
_COUNTED_IN = re.compile(
    r"(?<![/\d.:-])\b(\d{1,4})[^\S\n]*adults\s*\(\s*[a-z]+ is (?:1[3-9]|[2-9]\d)"
    r"(?:\s*(?:years old|yrs old|yo))?"
    r"\s*(?:,\s*|\s+)(?:and\s+)?(?:is\s+)?(?:counted|included)\s+(?:in|with|among|as)\s+"
    r"(?:the\s+)?adults?\s*\)(?!\s*:)"
)


def adult_brackets(text: str) -> str:
    """`text` with each adults' count whose bracket restates its band written as the count alone
    ("20 adults (13+)" is "20 adults")."""
    if "13" not in text:
        return text
    return _COUNTED_IN.sub(r"\1 adults", _BAND_BOUND.sub(r"\1 adults", text))
