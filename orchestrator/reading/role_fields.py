"""A form's lines that count people by their role, the count after the colon ("Scouts: 15 (ages
7-10)", "Den leaders: 5", "Parents: 12", "Siblings: 3 (ages 2, 4 and 9)"), written the way the
readers know a count ("15 scouts (ages 7-10)", "5 den leaders"). Only whole lines, only a label
of people by role (a few words ending in a people word), and only in a form of two such lines
or more: one line alone ("Parents: 12" in a letter) is left as written."""

from __future__ import annotations

import re

_PEOPLE = (
    r"scouts|leaders|parents|siblings|chaperones|coaches|players|volunteers|teachers|grandparents|"
    r"cousins|members|dancers|swimmers|athletes|teammates|moms|dads|cubs"
)
# a line of a bulleted list too ("- Scouts: 15 (all 13-17)"), the bullet dropped with the label;
# young kin may be labelled with their band ("Siblings under 5: 3", read "3 kids under 5")
_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[-*][ \t]+)?((?:[a-z]+[ \t]+){{0,2}}(?:{_PEOPLE}))"
    r"(?:(?:(?<=siblings)|(?<=cousins))[ \t]+(under[ \t]+\d{1,2}))?[ \t]*:[ \t]*(\d{1,3})"
    r"([ \t]*\([^()\n]{1,40}\))?[ \t]*$"
)


def _count_first(m: re.Match[str]) -> str:
    """The line of `m` count first: "5 den leaders", "3 kids under 5"."""
    label = f"kids {m.group(2)}" if m.group(2) else m.group(1)
    return f"{m.group(3)} {label}{m.group(4) or ''}"


def role_fields(text: str) -> str:
    """`text` with each role line of a form written count first ("den leaders: 5" is "5 den
    leaders"), when there are two such lines or more."""
    if len(_LINE.findall(text)) < 2:
        return text
    return _LINE.sub(_count_first, text)
