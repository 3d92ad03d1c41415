"""A headcount pasted from a sheet, a row a group and its count in columns apart by spaces or a
tab, then the sheet's total row ("Dept      Headcount\\nSales     9\\nOps       7\\nFinance   5\\n
Total     21"), in a message that says they are all adults: the total is the adults when the rows
add up to it, and the block (its header row with it) is written as that count ("21 adults",
padded to the block's length so every span holds). A sheet whose rows do not add up, a row naming
the young or a food, or a message that does not say all are adults is left to the other readers,
which ask (kids may be among the rows)."""

from __future__ import annotations

import re

from orchestrator.reading.words import YOUNG

# the header row, words only, its last column naming the count ("Dept      Headcount")
_HEADER = (
    r"(?:[ \t]*[a-z][a-z.&/ -]{0,25}?(?:[ \t]{2,}|\t)[ \t]*"
    r"(?:headcount|head count|count|people|ppl|attendees|guests|number|#)[ \t]*\n)?"
)
# a row: its name, then its count in the next column (two spaces or a tab apart)
_ROW = r"[ \t]*[a-z][a-z.&'/ -]{0,25}?(?:[ \t]{2,}|\t)[ \t]*\d{1,3}[ \t]*\n"
_SHEET = re.compile(
    rf"(?:^|(?<=\n))({_HEADER}((?:{_ROW}){{2,}})[ \t]*(?:grand[ \t]+)?total[ \t]*:?"
    r"(?:[ \t]{2,}|\t|(?<=:))[ \t]*(\d{1,3}))[ \t]*(?=\n|$)"
)
_ROW_COUNT = re.compile(r"(\d{1,3})[ \t]*\n")
# the message says every guest is grown ("All adults.", "everyone is an adult")
_ALL_ADULTS = re.compile(
    r"\b(?:all|everyone)\s+(?:(?:of\s+(?:them|us)|attendees|guests|staff)\s+)?"
    r"(?:are\s+|is\s+)?(?:adults|an adult|grown-?ups)\b"
)


def sheet_total(text: str, food: re.Pattern[str]) -> str:
    """Normalized `text` with a sheet's rows and total row written as the adults it counts, when
    its rows add up to the total and the message says all are adults; else unchanged. `food`
    finds a word of the menu."""
    if "total" not in text or "\n" not in text or not _ALL_ADULTS.search(text):
        return text  # speed: a sheet is lines with a total row
    m = _SHEET.search(text)
    if m is None or _YOUNG_RE.search(m.group(2)) or food.search(m.group(2)):
        return text  # "Kids   4", "Chicken   12": no sheet of grown groups
    if sum(int(c) for c in _ROW_COUNT.findall(m.group(2))) != int(m.group(3)):
        return text
    said = f"{m.group(3)} adults"
    return text[: m.start(1)] + said.ljust(m.end(1) - m.start(1)) + text[m.end(1) :]


_YOUNG_RE = re.compile(rf"\b(?:{YOUNG})\b")
