"""Households or tables on lines of their own under a heading that says they are everyone
("headcount by household:\\n- us (the nguyens): 2 adults, kids 14 and 10\\n- my parents: 2
adults\\n...", "seating plan:\\ntable 1 - bride's family: 8 adults\\ntable 2 - groom's family: 6
adults + 2 kids (9 and 12)\\n...", a reply "here's everyone:\\nfamily 1 (us): 2 adults, kids 7 and
4\\n..."): each line is a part of the party, so the adults of the lines are summed. The first line's
label and count are written as the sum ("24 adults", padded to the same length so every span
holds) and the other lines' labels and counts blanked; the kids after each count stay for the kid
readers, and so do those of a kids' line after the households' ("table 4 - kids table: 5 kids (6,
7, 9, 10, 12)": its label blanked); the people a line's count is made of, named in brackets after
it as many as the count ("- my sister's: 3 adults (her, her husband, her mother in law)"), are
blanked with it (they explain the count, none on top). Only when the heading has no number (a
number of households it says is no check here), every line of two or more names its label and a
count of adults, each label once, none a total, and no count of households said elsewhere
disagrees (a line of the order's food right after them, "chicken and ny strip, 95828", is no line
of the list); otherwise the counts are left to the check, which asks (lines of no heading: in all,
or a correction?)."""

from __future__ import annotations

import re

from orchestrator.reading.words import ADULT_WORDS

# the clause ending with the colon before the lines: "headcount by household:", "seating plan:",
# "here's everyone:", "guest list:", "who's coming:"
_HEADING = re.compile(
    # ("joint bday party for our 2 kids 🎈 headcount by household:": an emoji's gap before)
    # ("pack 57 family dinner sign up sheet, here's everyone:": the clause after a comma, round q86o)
    r"(?:^|[.!?\n]|(?<=\S)  |,[ \t]*(?=here))[^.!?\n\d]{0,40}\b(?:head\s?count|guest\s+list|"
    r"seating(?:\s+(?:plan|chart))?|everyone|everybody|who'?s\s+coming|breakdown|by\s+(?:household|family|table))"
    # (what the plan is for after it: "seating plan for the kaur-bennett welcome dinner:")
    r"[^.!?\n\d:]{0,45}"
    # (when and where in brackets before the colon: "headcount for the reunion (July 12, 95833):")
    r"(?:\([^()\n]{0,60}\)[ \t]*)?:[ \t]*\n(?:[ \t]*\n)?"
)
# "- us (the nguyens): 2 adults, kids 14 and 10", "table 2 - groom's family: 6 adults + 2 kids"
_LINE = re.compile(
    r"[ \t]*(?:[-•*·][ \t]*)?(?P<label>[a-z][a-z0-9'&+(). /-]{0,45}?)[ \t]*:[ \t]*"
    r"(?P<n>\d{1,3})[ \t]+(?P<w>adults?)\b(?P<join>[ \t]*(?:,|\+|&|\band\b|\bplus\b)?)"
    r"(?P<rest>[^\n]*)(?:\n|\Z)"
)
# a number in a label only as the index of its table or household: "table 1", "family 2"
# the kids' own line after the households': "table 4 - kids table: 5 kids (6, 7, 9, 10, 12)"; its
# label blanked, its kids left to the kid readers
_KIDS_LINE = re.compile(
    r"[ \t]*(?:[-•*·][ \t]*)?(?P<label>[a-z][a-z0-9'&(). /-]{0,45}?[ \t]*:)[ \t]*"
    r"\d{1,3}[ \t]+(?:kids|children)\b[^\n\d]*(?:\([\d, ]*(?:and[\d ]*)?\))?[ \t.]*(?:\n|\Z)"
)
_INDEX = re.compile(r"\b(?:table|family|household|house|group)\s+\d{1,2}\b")
# a label that is no household: a total, everyone, the kids
_NOT_PART = re.compile(
    r"\b(?:total|all|everyone|everybody|overall|so|sum|kids?|children|adults?|grand)\b"
)
_ADULTS = re.compile(rf"\b(?:{'|'.join(ADULT_WORDS)}|people|ppl|guests|total)\b")
# the lines' kids told by their ages alone: ", kids 14 and 10", ", kids 8, 6 and 3"
_KID_AGES = re.compile(
    r"[ \t]*,?[ \t]*(?:kids|children)[ \t]+(?:ages?[ \t]+)?\d{1,2}"
    r"(?:[ \t]*(?:,|and|&)[ \t]*\d{1,2})*[ \t.]*"
)
# the lines summed again after them: "So 12 adults and 5 kids all together."
_AGAIN = re.compile(
    r"\b(?:so|that'?s|thats)[ \t]+(\d{1,3})[ \t]+adults[ \t]+(?:and|\+|&|plus)[ \t]+(\d{1,2})[ \t]+"
    r"(?:kids|children)(?:[ \t]+(?:all together|altogether|in all|in total|total))?\b"
)
# the people a line's count is made of, named in brackets after it: "3 adults (her, her husband,
# her mother in law)", "2 adults (him and his girlfriend)"; no number nor doubt inside
_NAMED = re.compile(r"[ \t]*\((?P<names>[^()\d\n]+)\)[ \t.]*")
_NAME_SPLIT = re.compile(r"[ \t]*(?:,|&|\+|\band\b|\bn\b)[ \t]*")
_NAME_DOUBT = re.compile(r"\b(?:maybe|might|if|or|plus|kids?|children|more|tbd|not|all)\b")
_HOUSEHOLDS = re.compile(r"\b(\d{1,2})\s+(?:families|households|tables|fams)\b")
_AGE = re.compile(r"\d{1,2}")
# the label of the order's food line after the lines: "proteins:", "food:", "menu:"
_FOOD_LABEL = re.compile(
    r"(?:(?:proteins?|food|menu|entrees?|mains?)[ \t]*[:\-]|we'?d[ \t]+like|we[ \t]+want)[ \t]*"
)
_LINE_KIDS = r"(?:kids|children|little ones|grandkids|kiddos)"
# kids on a line with no count nor ages: "2 adults + their kids"
_SOME_KIDS = re.compile(rf"\b{_LINE_KIDS}\b")
# kids counted on a line with no ages after them: "2 adults + 2 kids"
_KIDS_NO_AGES = re.compile(
    rf"\b\d{{1,2}}[ \t]+{_LINE_KIDS}\b"
    r"(?![ \t]*(?:\(|:|,?[ \t]*(?:ages?[ \t]+)?\d))"
)
# a form's next field or a closing after the lines: "date: june 3", "notes: ...", "thanks!"
_FIELD = re.compile(
    r"(?:(?:date|time|notes?|event|occasion|address|phone|name|email|location|allerg(?:y|ies))"
    r"[ \t]*:|(?:thanks|thank you|thx|cheers|best|regards)\b)"
)
# a line of the ZIP alone after them: "ZIP 95630", "zip code: 95630"
_ZIP_LINE = re.compile(r"(?:zip(?:[ \t]*code)?[ \t]*:?[ \t]*)?\d{5}")
_ZIP = re.compile(r"(?<!\d)\d{5}(?!\d)")


def household_lines(text: str, food: re.Pattern[str]) -> str:
    """Normalized `text` with households on lines under an "everyone" heading written as their
    adults' sum on the first line (labels and other counts blanked, same length); else
    unchanged. `food` finds a word of the menu."""
    if "adult" not in text or ":" not in text:
        return text  # speed: every such line is a label and a count of adults
    for heading in _HEADING.finditer(text):
        lines = _lines(text, heading.end(), food)
        if lines is None:
            continue
        said = _HOUSEHOLDS.findall(text)
        if any(int(n) != len(lines) for n in said):
            continue  # "3 families" and two lines: one missing?
        total = sum(int(m.group("n")) for m in lines)
        said_here = f"{total} adults"
        if len(said_here) > lines[0].end("w") - lines[0].start("label"):
            return text  # "a: 8 adults" is the shortest; the sum would not fit
        again = _summed_again(text, lines, total)
        for i, m in enumerate(lines):
            # a later line from its bullet ("7\n- 1 baby" no range) to its count; its join kept
            # for the little one after it ("+ baby (8 months)")
            end = m.end("w") if i == 0 or m.group("rest").strip() else m.end("join")
            if _names_count(m):  # "3 adults (her, her husband, his dad)": the 3, not 3 more
                end = m.end("rest")
            start = m.start() if i else m.start("label")
            text = text[:start] + ("" if i else said_here).ljust(end - start) + text[end:]
        pos = lines[-1].end()
        while kids := _KIDS_LINE.match(text, pos):  # "table 4 - kids table: 5 kids (6, 7, 9)"
            a, b = kids.span("label")
            text = text[:a] + " " * (b - a) + text[b:]
            pos = kids.end()
        if again is not None:  # "so 12 adults and 5 kids all together": the lines summed again
            text = text[: again[0]] + " " * (again[1] - again[0]) + text[again[1] :]
        for m in _HOUSEHOLDS.finditer(text):  # "a party 3 families are sharing": the lines' number
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
        return _one_kid(text, heading.end(), lines[-1].end())
    return text


# a line's one kid by its age: "- patel: 1 adult, kid 10" (round q86o, 188 fz024)
_ONE_KID = re.compile(r"\bkid[ \t]+(\d{1,2})\b(?![ \t]*(?:,|and|&|-|to)[ \t]*\d)")


def _one_kid(text: str, start: int, end: int) -> str:
    """`text` with a line's one kid told by its age between `start` and `end` ("kid 10", which a
    count reader takes for 10 kids) written "1 kid (10)"."""
    return text[:start] + _ONE_KID.sub(r"1 kid (\1)", text[start:end]) + text[end:]


def _lines(text: str, pos: int, food: re.Pattern[str]) -> list[re.Match[str]] | None:
    """The household lines from `pos`, two at least, each a distinct label and its adults and
    nothing of them after the lines; or None."""
    lines: list[re.Match[str]] = []
    labels: set[str] = set()
    while (m := _LINE.match(text, pos)) is not None:
        label = m.group("label").strip()
        if _NOT_PART.search(label) or re.search(r"\d", _INDEX.sub("", label)):
            return None
        if label in labels or _ADULTS.search(m.group("rest")) or food.search(m.group(0)):
            return None  # a label twice (a correction?), more adults, a food on the line
        if _SOME_KIDS.search(m.group("rest")) and not _AGE.search(m.group("rest")):
            return None  # "2 adults + their kids": how many, left to the check
        if _KIDS_NO_AGES.search(m.group("rest")):
            return None  # "2 adults + 2 kids": of what ages? (another line's ages are not theirs)
        labels.add(label)
        lines.append(m)
        pos = m.end()
    while kids := _KIDS_LINE.match(text, pos):  # the kids' line after the households'
        if food.search(kids.group(0)) or re.search(r"\d", _INDEX.sub("", kids.group("label"))):
            return None
        pos = kids.end()
    after = text[pos:].split("\n", 1)[0] if pos < len(text) else ""
    if len(lines) < 2 or (after.strip() and not _food_line(after, food)):
        return None  # a line of something else right after: part of the list?
    return lines


def _food_line(line: str, food: re.Pattern[str]) -> bool:
    """The order's food right after the lines ("chicken and ny strip, 95828"): a menu word first and
    no number but a ZIP, so no part of the list."""
    if _FIELD.match(line.lstrip()):
        return True  # "date: june 3", "notes: ...", "thanks so much!": a form's next field
    line = _FOOD_LABEL.sub("", line.lstrip(), count=1)  # "proteins: chicken and shrimp"
    if re.search(r"\d", _ZIP.sub("", line)) is not None:
        return False
    return food.match(line) is not None or _ZIP_LINE.fullmatch(line.strip()) is not None


def _summed_again(text: str, lines: list[re.Match[str]], adults: int) -> tuple[int, int] | None:
    """The span of a sum said after the lines that restates them ("So 12 adults and 5 kids all
    together"): its adults the lines' adults, its kids as many as the ages the lines list (a kid
    of 14 among them is an adult to the price, which the ages tell, not the sum). None when the
    lines count kids otherwise ("2 kids (9 and 12)") or no such sum agrees."""
    ages = 0
    for m in lines:
        rest = m.group("rest")
        if _AGE.search(rest):
            if not _KID_AGES.fullmatch(rest):
                return None
            ages += len(_AGE.findall(rest))
    again = _AGAIN.search(text, lines[-1].end())
    if again is None or ages == 0 or (int(again.group(1)), int(again.group(2))) != (adults, ages):
        return None
    return again.span()


def _names_count(line: re.Match[str]) -> bool:
    """Whether what follows a line's count of adults is the people it counts, named in brackets,
    as many as the count ("3 adults (her, her husband, his dad)"): they explain the count, no one
    on top of it. Names of another number ("3 adults (him, his wife)") or of doubt stay to ask."""
    named = _NAMED.fullmatch(line.group("join") + line.group("rest"))
    if named is None or _NAME_DOUBT.search(named.group("names")):
        return False
    names = [n for n in _NAME_SPLIT.split(named.group("names").strip()) if n]
    return len(names) == int(line.group("n"))
