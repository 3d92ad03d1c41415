"""A form's fields and list lines written the way the readers know them (the text is rewritten
before any span is taken, like number words; a field apart by "|" is on its own line):
"Protein choice 1: Chicken" is "protein choice:
chicken" (the field's number is its order on the form, not a count); "Kids 5 and under: 0" is
"kids under 6: 0" (the same band); "Protein: 2 per person - chicken and filet" is "2 proteins per
person - chicken and filet"; "split 50/50 between scallops and strip" is "half scallops and half
strip"; "adults 8." is "8 adults."."""

from __future__ import annotations

import re

from orchestrator.reading.choice_table import choice_tables

# "Protein choice 1:", "protein #2 -", "Option 2 =", "Meat 1:", "Proteína 1:": the number orders
# the fields
_NUMBERED = re.compile(
    r"\b((?:(?:protein|meat|entree)s?\s+)?(?:choice|option|selection)|protein|meat|entree"
    r"|proteina|opcion)"  # Spanish: "Proteína 1: Pollo", "Opción 2: Camarones"
    r"\s*(?:#|no\.?\s*)?\d\b(?=\s*(?:[:=)]|-\s*[a-z]))"
)
# "Kids 5 and under: 0", "number of children 5 & younger - 1": a field with its band
_AND_UNDER = re.compile(
    r"\b(kids?|children|child|toddlers?)\s+(?:aged?\s+|ages\s+)?(\d{1,2})\s*(?:&|and|or)\s*"
    r"(?:under|younger|below)\b(?=\s*(?:[:=]|-\s*\d))"
)
# A band's field named by its ages alone, its value one number ("Under 6: 0", "5 & under: 1" on a
# line of its own): the kids' ("Under 6: 1-2" is left to be asked about)
_BAND_ONLY = re.compile(
    r"^([ \t]*)(?=(?:(?:under|below|younger than)\s+\d{1,2}|\d{1,2}\s*(?:&|and)\s*(?:under|younger))"
    r"\s*[:=]\s*\d{1,3}[ \t]*$)",
    re.MULTILINE,
)
# "Protein: 2 per person - chicken and filet": the count of portions per guest, as a sentence says it;
# the colon may come after the count, with "per" ("Proteins 2 per person: chicken and salmon")
_PER_FIELD = re.compile(
    r"\b(?:proteins?|meats?|entrees?)(?:\s*[:=]\s*(\d)\s+(per|each|a)|\s+(\d)\s+(per))\s+"
    r"(person|guest|head|plate)\b"
)
# ... or after the field's proteins ("Proteins: chicken and tofu, 2 per person"): the portions per
# guest, as "2 proteins per person" ("2 each" after a list may be 2 of each: left to be asked)
# (Spanish too: "Proteínas: pollo y camarones, 2 por persona")
_PER_AFTER = re.compile(
    r"(\b(?:proteins?|proteinas?|meats?|entrees?)\s*[:=][^\n.;:\d]{1,60}?,?\s+)(\d)\s+"
    r"(?:per\s+(person|guest|head|plate)|por\s+(persona))\b"
)
# "split 50/50 between scallops and strip", "split evenly between chicken & lobster"
_SPLIT = re.compile(
    r"\bsplit\s+(?:it\s+|them\s+)?(?:half\s*(?:and|&|/|-)\s*half|50\s*/\s*50|50\s*-\s*50|evenly|equally|"
    r"even|down the middle)\s+(?:between\s+)?([a-z]+(?:\s[a-z]+)?)\s*(and|&|/)\s*(?=[a-z])"
)


# A form pasted on one line: its fields apart by "|" ("Event date: 06/14 | Number of adults: 14"),
# or a labelled count after a comma ("date: 6/14, number of adults: 14"): each field on its line,
# where the readers of a form's fields look for them
_PIPE = re.compile(r"[ \t]*\|[ \t]*")
# a two-column table's row, a label and its number ("| Kids 6-12   | 6     |"): the field "kids
# 6-12: 6" (split at its bars, the label and the number were two lines apart; round q82k)
_TABLE_ROW = re.compile(
    r"^[ \t]*\|?[ \t]*([a-z][a-z0-9 ()&+/-]*?)[ \t]*\|[ \t]*(\d{1,4})[ \t]*\|?[ \t]*$", re.MULTILINE
)
_LABEL_AFTER_COMMA = re.compile(
    r",[ \t]*(?=(?:number of|#\s*of|no\.?\s*of)\s+[a-z]+(?:\s*\([^)]*\))?\s*[:=])"
)

# "kids bday: adults 8. kids: 12, 10, 9, 7, 4", "Adults: 14, kids: 2": the adults' field with its
# value after it, opening the text, a line or a clause, the value closing it, is that count as a
# sentence says it ("number of adults: 8" is left to its field reader; "adults 8-10" is a range)
_ADULTS_FIELD = re.compile(
    r"(?:^|(?<=[.:;,!\n])|(?<=[.:;,!-]\s))[ \t]*(adults|grownups|grown-ups)\s*[:=-]?\s*(\d{1,3})"
    r"(?=[ \t]*(?:[.;,!\n]|$))",
    re.MULTILINE,
)
# ... or after any word when the kids' field follows it ("halloween party [an emoji] adults 9. kids: 11,
# 9, 7", the emoji gone): the two fields are a form's shape wherever they open
_ADULTS_BEFORE_KIDS = re.compile(
    r"(?<![\d-])(?<![\d-]\s)\b(adults|grownups|grown-ups)\s*[:=-]?\s*(\d{1,3})"
    r"(?=[ \t]*[.;,][ \t]*(?:kids|children)\s*[:=-])"
)


# "lobster on top for the table: 5 tails", "extra lobster: 4 tails": the count after a colon is
# the lobster's, written before it ("5 lobster tails on top for the table")
_TAILS_AFTER = re.compile(
    r"\b((?:extra|additional)\s+)?lobsters?\b([^:.;!?\n\d]{0,30}?)\s*:\s*(\d{1,3})\s+tails?\b"
)


# "lobster tail on top for my parents (2)", "filet extra for my grandparents (2)": an extra for
# some of the party, the writer's count of them in the brackets after who they are, the count
# the extra's ("2 lobster tail on top for my parents"); without "on top" or "extra" the portions
# may be instead of one of theirs, and stay asked ("filet extra for Lolo and Lola (2)": a relation
# by its bare word as a name)
_EXTRA_FOR_SOME = re.compile(
    r"\b(lobster(?:\s+tails?)?|lobsters|filets?(?:\s+mignon)?|scallops|shrimp|salmon|"
    r"(?:ny\s+)?strips?(?:\s+steaks?)?|chicken)"
    r"(\s+(?:on top|extra)\s+for\s+(?:(?:my|our|the|his|her)\s+|(?=(?:lolo|lola|grandma|grandpa|"
    r"mom|dad|tito|tita|abuela|abuelo)\b))[a-z'-]+"
    r"(?:\s+(?:(?:&|\+|and)\s+)?[a-z'-]+){0,3}?)\s*\((\d{1,2})\)"
)


def form_fields(text: str) -> str:
    """The (lower-cased) text with form fields and split choices rewritten as above; each pattern
    run only when a literal it cannot match without is in the text (speed: the same result)."""
    if "lobster" in text and "tail" in text:
        text = _TAILS_AFTER.sub(
            lambda m: f"{m.group(1) or ''}{m.group(3)} lobster tails{m.group(2)}", text
        )
    if "(" in text:
        text = _EXTRA_FOR_SOME.sub(lambda m: f"{m.group(3)} {m.group(1)}{m.group(2)}", text)
    text = choice_tables(text)  # "Name | Protein 1 | Protein 2", a row a guest: the counts
    if "|" in text:
        text = _PIPE.sub("\n", _TABLE_ROW.sub(r"\1: \2", text))
    text = _LABEL_AFTER_COMMA.sub("\n", text)
    if any(word in text for word in _NUMBERED_NEEDS):
        text = _NUMBERED.sub(r"\1", text)
    if any(word in text for word in _UNDER_NEEDS):
        text = _BAND_ONLY.sub(r"\1kids ", text)  # "under 6: 0" is "kids under 6: 0"
        text = _AND_UNDER.sub(lambda m: f"{m.group(1)} under {int(m.group(2)) + 1}", text)
    if "adults" in text or "grown" in text:
        text = _ADULTS_FIELD.sub(lambda m: f" {m.group(2)} {m.group(1)}", text)
        text = _ADULTS_BEFORE_KIDS.sub(lambda m: f"{m.group(2)} {m.group(1)}", text)
    if any(word in text for word in _PER_FIELD_NEEDS):
        text = _PER_FIELD.sub(_per_field, text)
        text = _PER_AFTER.sub(_per_after, text)
    return _SPLIT.sub(r"half \1 and half ", text) if "split" in text else text


# The literals without which each pattern above cannot match (read from the patterns): one of
# them is in every match
_NUMBERED_NEEDS = ("protein", "meat", "entree", "choice", "option", "selection", "opcion")
_UNDER_NEEDS = ("under", "below", "younger")
def _per_field(m: re.Match[str]) -> str:
    """ "Protein: 2 per person" or "Proteins 2 per person" as "2 proteins per person"."""
    return f"{m.group(1) or m.group(3)} proteins {m.group(2) or m.group(4)} {m.group(5)}"


def _per_after(m: re.Match[str]) -> str:
    """ "Proteins: chicken and tofu, 2 per person" (or "2 por persona") as "..., 2 proteins per
    person"."""
    return f"{m.group(1)}{m.group(2)} proteins per {m.group(3) or 'person'}"


_PER_FIELD_NEEDS = ("protein", "meat", "entree")


# A form's guest field that names its band in brackets: "Guests (adults): 14", "Guests (under 6): 2".
_FORM_LABEL = re.compile(
    r"\b(?:guests?|headcount|attendees|people|party)\s*\(\s*([a-z0-9 &+-]{1,24}?)\s*\)"
    r"(?=\s*(?:[:=]|-\s*\d))"
)
_AGES_ONLY = re.compile(
    r"(?:ages?\s+)?(?:\d{1,2}\s*(?:-|to)\s*\d{1,2}|under\s+\d{1,2}|\d\s*(?:&|and)\s*under)"
)


def _form_label(match: re.Match[str]) -> str:
    inner = match.group(1)
    if re.search(r"[a-z]{3,}", inner.replace("under", "").replace("ages", "")):
        return inner  # "Guests (adults)", "Guests (kids 6-12)"
    if _AGES_ONLY.fullmatch(inner):
        return f"kids {inner}"  # "Guests (6-12)", "Guests (under 6)"
    return match.group(0)


def form_labels(text: str) -> str:
    """A form's guest field naming its band in brackets written as the band ("Guests (adults): 14"
    is "adults: 14", "Guests (under 6): 2" is "kids under 6: 2")."""
    return _FORM_LABEL.sub(_form_label, text)


# a form's field with nothing after its colon ("Kids:\nZip: 95762"), opening its line
_BLANK_FIELD = re.compile(r"[ \t]*(?:\([^)\n]*\))?[ \t]*:[ \t]*(?:\n|\Z)")
_LINE_OPEN = re.compile(r"(?:\A|\n)[ \t]*\Z")


def blank_field(text: str, start: int, end: int) -> bool:
    """Whether the word at `start`-`end` of `text` is a form's field label left blank, alone at
    its line's start ("Kids:\nZip: 95762": no kids; round q82k)."""
    return bool(_BLANK_FIELD.match(text, end) and _LINE_OPEN.search(text, 0, start))
