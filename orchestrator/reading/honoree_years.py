"""The age of whom the party is for, told in years in brackets after their name ("debut for our
daughter Bea (18 yrs old)", "quince for Ana (15 years old)"): written as the bare bracket "(18)"
that `person_numbers` reads as whose event it is. Left in years, the one-by-age reader counted the
honoree as one guest more beside the count ("... (18 yrs old) ... 30 adults" read 31 adults, with
no flag, where "(18)" reads 30). A teen's or a grown-up's age only, as the bare bracket's; a child's
("party for Jake (7 yrs old)") is left as it is."""

from __future__ import annotations

import re

# the occasion ("bday dinner"), whom it is for (no "me"/"us", no digits), then the age in years in
# a bracket
_HONOREE_YEARS = re.compile(
    r"(\b(?:birthday|bday|b-day|retirement|party|celebration|quinceanera|quince|debut|graduation|"
    r"anniversary|memorial)(?:\s+(?:dinner|lunch|party|bash))?\s+(?:of|for)\s+"
    r"(?:(?!\b(?:me|us|myself|i)\b)[^.!?\n\d()]){0,60}?"
    r"\(\s*(?:1[3-9]|[2-9]\d|1[01]\d))\s*(?:years?|yrs?)[- ]?old\s*\)"
)


def honoree_years_as_age(text: str) -> str:
    """Lower-case `text` with the honoree's "(18 yrs old)" written as "(18)"."""
    if "old" not in text:
        return text
    return _HONOREE_YEARS.sub(lambda m: m.group(1) + ")", text)
