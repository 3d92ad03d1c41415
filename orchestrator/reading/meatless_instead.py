"""A counted few said to be vegan or vegetarian, their two meatless choices then "instead": "4 of
my coworkers are vegan - can those 4 get tofu and vegetables instead? Everyone else the same"
(round q86f, blind 187 fy008). Tofu and vegetables are both their included portions, so "instead"
is instead of their whole plate, which the meatless readers already read for "can those 4 get tofu
and vegetables?" (`meatless_choices`); the bare "instead" was left unexplained and the choices read
as everyone's. It is blanked (same length, so every span holds).

Only two meatless choices (one, "can they get tofu instead?", is asked: instead of which?), right
after the few in the same sentence, any number between them the few's own ("those 4")."""

from __future__ import annotations

import re

_FEW = re.compile(
    r"\b(?P<n>\d{1,3})\s+of\s+(?:them|us|(?:the|our|my)\s+[a-z-]+)\s+"
    r"(?:are|is|went|turned|are\s+now|have\s+gone|are\s+all)\s+(?:vegan|vegetarian)s?\b"
    r"(?P<gap>[^.?!\n]{0,40}?)"
    r"(?:tofu\s*(?:and|&|\+|n)\s*(?:veggies|vegetables)|(?:veggies|vegetables)\s*(?:and|&|\+|n)\s*tofu)"
    r"\s+(?P<instead>instead)\b(?!\s+of\b)"
)
# what may stand between the few and their choices: a request of them, or "so"
_GAP = re.compile(
    r"[\s,:;-]*(?:(?:lol|haha|now)\b[\s,!-]*)*(?:so\s+)?"
    r"(?:(?:can|could)\s+(?:they|those\s+\d{1,3}|these\s+\d{1,3}|the\s+\d{1,3})\s+(?:get|have|do)\s+"
    r"|(?:they(?:'ll|'d)?\s+)?(?:want|like|have|get)\s+)?(?:just\s+)?"
)


def meatless_instead(text: str) -> str:
    """Normalized `text` with the bare "instead" after a counted meatless few's two meatless
    choices blanked."""
    if "instead" not in text:
        return text  # speed
    chars = list(text)
    for m in _FEW.finditer(text):
        gap = m["gap"]
        if not _GAP.fullmatch(gap) or any(n != m["n"] for n in re.findall(r"\d+", gap)):
            continue  # "4 of them are vegan, 2 of them want tofu and veggies instead": asked
        chars[m.start("instead") : m.end("instead")] = " " * len("instead")
    return "".join(chars)
