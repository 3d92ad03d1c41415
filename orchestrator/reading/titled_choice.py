"""A protein for someone named by a family title with no "my" or "the" before it: "chicken for
everyone and lobster for grandpa and grandma", "filet for mom". The person the protein is for is
not counted apart from the rest ("10 adults"): on top of their portions, or their second protein?
Unless the parse read that span, a (field, reason) check, so the draft asks; "for the
grandparents" and "for my dad" are the safety net's own (with a determiner)."""

from __future__ import annotations

import re

from orchestrator.reading.checks import Covered

# a family title used as a name: "grandpa", "grandma & grandpa", "mom n dad", "nana"
_TITLE = (
    r"(?:grand(?:ma|pa|mother|father|parents)|granny|gramps|nana|papa|mom|mum|mommy|dad|daddy|"
    r"auntie|abuel[ao]s?|lola|lolo|lolas|lolos)"
)
_FOR_TITLE = re.compile(
    rf"(?<!bday )(?<!birthday )\bfor\s+({_TITLE}(?:\s*(?:and|&|\+|n)\s*{_TITLE})?)\b"
    # "for grandpa's 80th", "for mom's bday", "for grandma turning 90": whose party
    r"(?!'|\s+(?:turning|is turning|who)\b)"
)


def titled_choices(text: str, covered: Covered, protein_word: re.Pattern[str]) -> list[tuple[str, str]]:
    """Checks for "<protein> for grandpa" in normalized `text` outside the `covered` spans:
    a protein (found by `protein_word`) just before, within the sentence."""
    if "for " not in text:
        return []
    checks = []
    for m in _FOR_TITLE.finditer(text):
        if m.span(1) in covered:
            continue
        start = max(text.rfind(c, 0, m.start()) for c in ".;!?\n,") + 1
        if protein_word.search(text, max(start, m.start() - 30), m.start()):
            why = f"did not understand '{m.group(0)}' (a choice for someone not counted)"
            checks.append(("proteins", why))
    return checks
