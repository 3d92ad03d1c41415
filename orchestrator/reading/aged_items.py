"""A kid of a list of ages named by who they are before their age ("3 kids (10, 7 and the baby
who is 1)", "kids 9, 6 and our youngest is 2", "4 kids (7, 9, 3 and the bday boy who is 1)"):
the words blanked for the list reader, so the age is read as one of the list's (the same length
kept, so the spans stay where they were). An age in months ("and the baby who is 6 months") is
read as the years it makes (0), a kid 5 and under."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

# The item after an age and its separator: "the baby", "our youngest", "the little one" ("the kid"
# once `one_guest` rewrote it), the
# person the party is for ("the bday boy", "the birthday girl"), then its age ("who is" may come
# blanked by the prepass)
_NAMED_AGE = gated(re.compile(
    # ("6, 8, 8, 11\nand the baby is 1": a phone's next line opening with "and" goes on the list)
    r"(?:(?<=\d,)|(?<=\d, )|(?<=\d and )|(?<=\d & )|(?<=\d n )|(?<=\d, and )|(?<=\d\nand ))\s*"
    r"(?:the|our|my|his|her|their)\s+"
    # ("12 and 4 and the other one is 7": the kid left of those the list told)
    r"(?:baby|kid|little (?:one|1)|lil (?:one|1)|other (?:one|1)|youngest|littlest|little guy|"
    r"little man|baby girl|"
    r"baby boy"
    r"|(?:birthday|bday|b-day)\s+(?:boy|girl|kid))"
    # the occasion's baby ("and the baby being baptized, who is 5 months": round q86c)
    r"(?:\s+(?:being|getting)\s+(?:baptized|baptised|christened|dedicated)\b\s*,?)?"
    r"\s+(?:(?:who\s+is|who'?s|is|at)\s+)?(?:(?:turning|just\s+turned)\s+)?"
    r"(?=\d{1,2}\b(?:\s*(?:mos?|months?)\b(?:\s+old)?)?)"
))  # fmt: skip
# The months after that age: "6 months", "10 mo old"
_MONTHS = re.compile(r"(\d{1,2})\s*(mos?|months?)\b(?:\s+old)?")


def _blanked(rest: str, m: re.Match[str]) -> tuple[str, int]:
    """The words of `m` blanked, and where they end; an age in months after them is written as
    its years and ends them."""
    months = _MONTHS.match(rest, m.end())
    if not months:
        return " " * len(m.group(0)), m.end()
    years = str(int(months.group(1)) // 12)
    return " " * (months.end() - m.start() - len(years)) + years, months.end()


def named_ages(rest: str) -> str:
    """`rest` (the words after a kid word) with the words naming a kid of its list of ages before
    that age blanked: "10, 7 and the baby who is 1" reads "10, 7 and" and the 1; "3 and the baby
    who is 6 months" reads "3 and" and a 0."""
    out, last = [], 0
    for m in _NAMED_AGE.finditer(rest):
        blank, last_end = _blanked(rest, m)
        out += [rest[last : m.start()], blank]
        last = last_end
    return "".join(out) + rest[last:] if out else rest
