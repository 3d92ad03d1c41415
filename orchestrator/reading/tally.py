"""A pasted tally: lines of a group chat, each a speaker and who comes with them ("Tia Rosa:
count me + Jorge", "[Rick] me, Jen and the twins (9)", "Tom - me, the wife and our 2 (10 and
7)"), followed by the writer's own sum ("so 6 adults 2 kids (8, 11)", "thats 6 adults ...",
"total 5 adults ..."). The lines are not readable alone (names of no known relation, "our 2");
the sum the writer states is the count. It is taken only when it agrees with the lines as far as
they can be read: every number in them is one the sum repeats (a count of kids, their ages), and
no line names food. Otherwise the lines stay, and the numbers no reading places are asked about."""

from __future__ import annotations

import re

Span = tuple[int, int]

# "Tia Rosa: ...", "\"Mike: ...\"", "[Rick] ...", "Tom - ...": a speaker of a few words, then
# what they said (something after the colon: "pasting from our group chat:" is no line of it)
_LINE = re.compile(
    r"^[ \t]*[\"'“]?(?:\[[a-z][a-z .']{0,20}\]|[a-z][a-z .']{0,20}?\s*(?::|\s-|\s–))[ \t]*\S.*$",
    re.MULTILINE,
)
# The writer's sum, opening a line or a sentence after the lines: "so 6 adults 2 kids", "so
# thats 6 adults", "thats 9 ppl", "total 5 adults", "in total: 7 adults"
_SUM = re.compile(
    r"(?:^|(?<=[\n.!?]))[ \t]*(?:so\s+(?:(?:thats|that's|that is|in total|total)\s*:?\s*)?"
    r"|(?:thats|that's)\s+|(?:in\s+)?total\s*[:=]?\s*)(?=\d{1,3}\s*(?:adults?|grown-?ups|ppl|people|guests|kids|children)\b)"
    r"[^.!?\n]*",
    re.MULTILINE,
)
_MIN_LINES = 2
# Each line says who comes with the one who wrote it: "me + Jorge", "2 of us", "just me"
_SPEAKER_COMES = re.compile(r"\b(?:me|us|myself)\b")


def pasted_tally(text: str, food: re.Pattern[str]) -> list[Span]:
    """The spans of normalized `text` that are the lines of a pasted tally its stated sum
    replaces (to be blanked before the party is read), or none; `food` finds a word of the menu."""
    sums = list(_SUM.finditer(text))
    if not sums:
        return []
    total = sums[-1]  # the last sum is the writer's
    lines = [m for m in _LINE.finditer(text, 0, total.start()) if not _SUM.match(m.group(0))]
    if len(lines) < _MIN_LINES or any(food.search(m.group(0)) for m in lines):
        return []
    if not all(_SPEAKER_COMES.search(m.group(0)) for m in lines):
        return []  # "Allergies: shellfish", "Location: elk grove": a form's fields, not who comes
    summed = set(re.findall(r"\d+", total.group(0)))
    if any(n not in summed for m in lines for n in re.findall(r"\d+", m.group(0))):
        return []  # "our 3 (5, 8, 11)" beside "so 6 adults 2 kids (8, 11)": which is it?
    return [m.span() for m in lines]
