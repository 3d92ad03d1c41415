"""A protein for someone named by a family title with no "my" or "the" before it, beside another
protein: "chicken for everyone and lobster for grandpa and grandma", "shrimp for all, filet for
mom", "chicken for all but grandma wants salmon", "... and the birthday girl wants lobster", "lobster
for the anniversary couple". The person the protein is for is not counted apart from the rest ("10
adults"): on top of their portions, or their second protein? Unless the parse read that span, a
(field, reason) check, so the draft asks; "for the grandparents" and "for my dad" are the safety
net's own (with a determiner). With no other protein named ("the birthday girl wants lobster and
shrimp") the choice is everyone's, not checked here."""

from __future__ import annotations

import re

from orchestrator.reading.checks import Covered
from orchestrator.reading.sentences import sentence_start

# a family title used as a name: "grandpa", "grandma & grandpa", "mom n dad", "nana"
_TITLE = (
    r"(?:grand(?:ma|pa|mother|father|parents)|granny|gramps|nana|papa|mom|mum|mommy|dad|daddy|"
    r"auntie|abuel[ao]s?|lola|lolo|lolas|lolos)"
)
_TITLES = rf"{_TITLE}(?:\s*(?:and|&|\+|n)\s*{_TITLE})?"
# the one or two the party is for, by their role in it
# (as the subject, "the couple would like filet and lobster for everyone", the hosts choosing)
_HONOURED = (
    r"the\s+(?:(?:anniversary|happy|lucky|newlywed|engaged)\s+)?couple|the\s+newlyweds|"
    r"the\s+bride\s+(?:and|&|\+|n)\s+groom|the\s+guests?\s+of\s+honou?r|the\s+honorees?"
)
_FOR_TITLE = re.compile(
    rf"(?<!bday )(?<!birthday )\bfor\s+({_TITLES}|{_HONOURED})\b"
    # "for grandpa's 80th", "for mom's bday", "for grandma turning 90": whose party
    r"(?!'|\s+(?:turning|is turning|who)\b|\s*(?:and|&|\+)\s*(?:everyone|everybody|all)\b)"
)
# "grandpa wants lobster", "the birthday girl would like filet": the one, then what they eat
_TITLE_WANTS = re.compile(
    rf"(?:^|(?<=[,.;:!?\n(])|(?<=[,.;:!?\n(]\s)|(?<=\bbut\s)|(?<=\band\s)|(?<=\bplus\s)|(?<=\s\s))"
    rf"({_TITLES}|the\s+(?:birthday|bday)\s+(?:girl|boy))\s+"
    r"(?:(?:really|also|just|only|both|will|would|'d|'ll)\s+)?"
    r"(?:wants?|like|likes|love|loves|prefers?|prefer|gets?|get|have|has|is getting|are getting|"
    r"needs?)\s+(?:the\s+|some\s+|a\s+)?"
)
_FOR_ALL = re.compile(r"\bfor\s+(?:everyone|everybody|all(?: of us)?|the rest|us all)\b")
# portions for them on top, counted or said so ("plus 2 extra lobster tails for mom and dad",
# "lobster on top for lolo and lola (2)"): priced as extras, no choice to ask about
_EXTRAS = re.compile(
    r"\b(?:\d{1,3}|two|three|four|five|six)\s+(?:extra|more|additional)\b|\bextras?\b|\bon top\b"
)


def titled_choices(text: str, covered: Covered, protein_word: re.Pattern[str]) -> list[tuple[str, str]]:
    """Checks for "<protein> for grandpa" and "grandpa wants <protein>" in normalized `text`
    outside the `covered` spans, beside another protein (found by `protein_word`)."""
    if "for " not in text and " want" not in text and " get" not in text and " like" not in text:
        return []
    named = [(m.group(0), m.start()) for m in protein_word.finditer(text)]
    if len({name for name, _ in named}) < 2:
        return []

    def beside(start: int, end: int) -> bool:
        """Whether a protein other than those in `start`:`end` (the one's choice) is named."""
        own = {name for name, at in named if start <= at < end}
        return any(name not in own for name, _ in named)

    checks = []
    for m in _FOR_TITLE.finditer(text):
        start = max(sentence_start(text, m.start(), ".;!?\n,"), m.start() - 30)
        for everyone in _FOR_ALL.finditer(text, start, m.start()):  # "shrimp for everyone and filet
            start = everyone.end()  # for grandma": the choice for everyone is another's
        chosen = protein_word.search(text, start, m.start())
        extra = _EXTRAS.search(text, start, m.start())
        if m.span(1) not in covered and chosen and not extra and beside(start, m.start()):
            why = f"did not understand '{m.group(0)}' (a choice for someone not counted)"
            checks.append(("proteins", why))
    for m in _TITLE_WANTS.finditer(text):
        stops = [i for c in ".;!?\n," if (i := text.find(c, m.end())) != -1]
        end = min(stops) if stops else len(text)
        if m.span(1) not in covered and protein_word.match(text, m.end()) and beside(m.end(), end):
            why = f"did not understand '{m.group(1)}' (a choice for someone not counted)"
            checks.append(("proteins", why))
    return checks
