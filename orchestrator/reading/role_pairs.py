"""A role's own plate beside "everyone else"'s, in a first message that counts the role (round
q86n, blind 188 fz099): "12 wrestlers (all 14-17), 2 coaches and 9 parents. filet 2 each for the
wrestlers, everyone else chicken and shrimp" is 24 filet for the 12 and chicken and shrimp for
the other 11; "the players want chicken and shrimp, everyone else salmon and filet" the pair for
the players counted and the other pair for the rest of the list.

The words are written in `split_pairs`' form ("filet and filet for 12, chicken and shrimp for the
other 11"), the others being the list that counts the role less the role: `split_sum_checks` asks
when the two parts do not make the paying guests, so a list misread here asks, never prices. One
protein for the role with no count of portions ("filet for the wrestlers, everyone else ...": 12
or 24?) stays asked (round q78e).
"""

from __future__ import annotations

import re

from orchestrator.reading.split_pairs import PAIR, PROTEIN

_ROLE = r"(?P<role>[a-z]{3,}s)"
_ASIDE = r"(?:\s*\([^)]*\))?"
_SEP = r"\s*[,;.]\s*(?:and\s+|then\s+|but\s+)?"
_REST = r"(?:the\s+rest|the\s+others|everyone\s+else|everybody\s+else|all\s+the\s+others)"
_VERB = r"(?:\s+(?:want|wants|get|gets|have|has|will\s+have|would\s+like|are\s+having|prefer))?"
_OTHERS = rf"(?:{_REST}{_VERB}\s+{PAIR}|{PAIR}\s+for\s+{_REST})"
_TWO = r"(?:2|two)"
# the role's plate: "filet 2 each for the wrestlers", "2 chicken each for the students", "the
# players get 2 chicken each", "the players want chicken and shrimp"
_PLATES = (
    rf"(?P<one>{PROTEIN})\s+{_TWO}\s+each\s+for\s+the\s+{_ROLE}",
    rf"{_TWO}\s+(?P<one>{PROTEIN})\s+each\s+for\s+the\s+{_ROLE}",
    rf"the\s+{_ROLE}{_VERB}\s+{_TWO}\s+(?P<one>{PROTEIN})\s+each",
    rf"the\s+{_ROLE}{_VERB}\s+(?P<a>{PROTEIN})\s*(?:\band\b|&|\+)\s*(?P<b>{PROTEIN})",
)
_FORMS = [re.compile(rf"\b{plate}{_ASIDE}{_SEP}{_OTHERS}\b") for plate in _PLATES]
# a list of counted people: "12 wrestlers (all 14-17), 2 coaches and 9 parents"
_ITEM = r"\b\d{1,3}\s+[a-z]+(?:\s*\([^)]*\))?"
_LIST = re.compile(rf"{_ITEM}(?:\s*(?:,|\band\b|\+|&|plus)\s*(?:and\s+)?{_ITEM})*")
_COUNT = re.compile(r"(\d{1,3})\s+([a-z]+)")


def _counts(text: str, role: str, before: int) -> tuple[int, int] | None:
    """The role's count and the whole list's, from the one list before `before` naming it."""
    found = [m for m in _LIST.finditer(text, 0, before) if re.search(rf"\d\s+{role}\b", m.group(0))]
    if len(found) != 1:
        return None
    items = [(int(n), word) for n, word in _COUNT.findall(re.sub(r"\([^)]*\)", "", found[0].group(0)))]
    role_counts = [n for n, word in items if word == role]
    if len(role_counts) != 1 or len(items) < 2:
        return None
    return role_counts[0], sum(n for n, _ in items)


def role_written(text: str) -> str:
    """`text` with a counted role's plate beside the others' pair written "pair for N, pair for
    the other M"; else unchanged."""
    if "each" not in text and "the " not in text:
        return text  # speed
    for form in _FORMS:
        found = list(form.finditer(text))
        if len(found) != 1:
            continue
        m = found[0]
        counts = _counts(text, m["role"], m.start())
        if counts is None or not 0 < counts[0] < counts[1]:
            return text
        a, b = (m["one"], m["one"]) if "one" in m.groupdict() and m["one"] else (m["a"], m["b"])
        c, d = [g for g in m.groups()[-4:] if g][-2:]
        written = f"{a} and {b} for {counts[0]}, {c} and {d} for the other {counts[1] - counts[0]}"
        return text[: m.start()] + written + text[m.end() :]
    return text
