"""A table of each guest's choices pasted in a message: a header ("Name | Protein 1 | Protein
2"), then one row a person ("Alan | chicken | shrimp"). Written as the counts it adds up to ("6
chicken, 6 shrimp, 3 salmon ...": each choice as many portions as the cells that name it) before
any span is taken, as a form's fields are (`forms`). A table of another shape (a row of another
length, a number in a row) is left to the form reader, its proteins uncounted and asked. When the
message says they are all grown-ups ("All adults") and gives no other number but a ZIP, the rows
are the party too: "6 adults: 2 filet, ..." (a row a person)."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

_ROW = gated(re.compile(r"^[ \t]*[^|\n]*\|[^\n]*$", re.MULTILINE))
_RULE = re.compile(r"^[\s|:-]*$")  # "---|---|---": a markdown table's rule
_WHO = re.compile(r"^(?:name|names|guest|guests|person|who)$")
_CHOICE = re.compile(r"\b(?:proteins?|choices?|meats?|entrees?|options?|picks?|1st|2nd|first|second)\b")
_MIN_ROWS = 2
_ALL_GROWN = re.compile(
    r"\b(?:all|everyone is|everyone's|we're all|we are all)\s+(?:adults|grown ?ups|grownups)\b"
)
_NUMBER = re.compile(r"(?<![\d-])(?!\d{5}\b)\d+")  # any number but a ZIP


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _counted(block: list[str]) -> str | None:
    """The counts a table of choices adds up to, or None when `block` is no such table."""
    header, rows = _cells(block[0]), [_cells(r) for r in block[1:] if not _RULE.match(r)]
    if len(header) < 2 or not _WHO.match(header[0]) or not all(_CHOICE.search(c) for c in header[1:]):
        return None
    if len(rows) < _MIN_ROWS or any(len(r) != len(header) or not r[0] for r in rows):
        return None
    if any(re.search(r"\d", c) or len(c.split()) > 3 for r in rows for c in r):
        return None
    counts: dict[str, int] = {}
    for row in rows:
        for cell in row[1:]:
            if cell:
                counts[cell] = counts.get(cell, 0) + 1
    return ", ".join(f"{n} {choice}" for choice, n in counts.items()) + "."


def _party(text: str, rows: int) -> str:
    """ "N adults: " when the message around the table says all are grown-ups and counts nothing
    else (a row a person); else nothing, the guests asked as before."""
    if _ALL_GROWN.search(text) and not _NUMBER.search(text):
        return f"{rows} adults: "
    return ""


def choice_tables(text: str) -> str:
    """The (lower-cased) `text` with each table of choices written as its counts."""
    lines = list(_ROW.finditer(text))
    blocks: list[list[re.Match[str]]] = []
    for m in lines:
        if blocks and text[blocks[-1][-1].end() : m.start()] == "\n":
            blocks[-1].append(m)
        else:
            blocks.append([m])
    for block in reversed(blocks):
        if (said := _counted([m.group(0) for m in block])) is not None:
            rows = sum(1 for m in block[1:] if not _RULE.match(m.group(0)))
            around = text[: block[0].start()] + text[block[-1].end() :]
            said = _party(around, rows) + said if len(blocks) == 1 else said
            text = text[: block[0].start()] + said + text[block[-1].end() :]
    return text
