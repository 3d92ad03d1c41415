"""Two proteins for a counted part of the party and two others for the counted rest ("5 of us are
vegetarian, so tofu and vegetables for those 5, chicken and shrimp for the other 10", "chicken and
ny strip for 10 of us, salmon and shrimp for the remaining 4"): each protein is as many portions
as its part counts. The words are written as counted portions ("5 tofu and 5 vegetables, 10
chicken and 10 shrimp"), the form the protein reader knows (`split_plates` writes the same).

Only when sure: both parts counted, each given two proteins by name, the second part said to be
the other ones ("the other 10", "the remaining 4") or counted alone ("for 10"); "for the rest"
is asked. Whether the two parts make the party is known
only once the guests are read: `split_sum_checks` asks when the portions so written, two pairs
counted alike, do not add up to the paying guests ("16 adults ... for those 5, ... for the other
10"). A part with no count ("for the rest", "for the vegetarians") is left as written, unless
the part was said "N of the M" ("5 of the 20 are vegetarian ... for the rest": the other 15). In a
follow-up that counts no guests, the check waits for the conversation's order (`split_told`): "...
for those 2, chicken and shrimp for the other 16" after 18 adults is sure (round q86f)."""

from __future__ import annotations

import re

_PROTEIN = (
    r"(?:chicken|shrimp|salmon|scallops?|tofu|vegetables|veggies|filet(?:\s+mignon)?|filets|"
    r"ny\s+strip(?:\s+steak)?|new\s+york\s+strip|strip\s+steak|steak|lobster(?:\s+tails?)?)"
)
_PAIR = rf"({_PROTEIN})\s*(?:\band\b|&|\+|\bn\b)\s*({_PROTEIN})"
_OF_US = r"(?:\s+of\s+(?:us|them|you|the\s+guests))?(?:\s+(?:vegetarians|vegans|veggie\s+people))?"
PROTEIN, PAIR, OF_US = _PROTEIN, _PAIR, _OF_US  # the words of a part's pair, read by `rest_pairs` too
_SPLIT = re.compile(
    # (joined by "and" alone too: "... for those 3 and filet and shrimp for the other 11", q86f)
    rf"\b{_PAIR}\s+for\s+(?:(?:those|these|the)\s+)?(\d{{1,3}}){_OF_US}(?:\s*[,;]\s*(?:and\s+|then\s+)?|\s+and\s+)"
    rf"{_PAIR}\s+for\s+(?:the\s+)?(?:(?:other|remaining|rest\s+of\s+the)\s+)?(\d{{1,3}})"
    r"(?:\s+(?:of\s+us|of\s+them|guests|people|adults))?\b"
)
# "tofu and vegetables for those 5, chicken and shrimp for the rest": the rest of a party counted
# elsewhere; the pairs are not read as counted (asked)
_REST = re.compile(
    rf"\b{_PAIR}\s+for\s+(?:(?:those|these|the)\s+)?\d{{1,3}}{_OF_US}\s*[,;]\s*(?:and\s+|then\s+)?"
    rf"{_PAIR}\s+for\s+(?:the\s+rest|the\s+others|everyone\s+else|everybody\s+else|all\s+the\s+others)\b"
)
# The form written (by this module or the customer): "5 tofu and 5 vegetables, 10 chicken and 10
# shrimp", two pairs each counted alike
_WRITTEN = re.compile(
    rf"\b(\d{{1,3}})\s+{_PROTEIN}\s+and\s+\1\s+{_PROTEIN}\s*,\s*(\d{{1,3}})\s+{_PROTEIN}\s+and\s+\2\s+"
    rf"{_PROTEIN}\b"
)


# "5 of the 20 are vegetarian so tofu and vegetables for those 5, chicken and ny strip for the
# rest": the party counted with the part, the rest its other 15 (round q86f)
_REST_TAIL = re.compile(
    r"for\s+(?:the\s+rest|the\s+others|everyone\s+else|everybody\s+else|all\s+the\s+others)$"
)
_PART_OF = re.compile(r"\b(\d{1,3})\s+of\s+(?:the|our|us|all)\s+(\d{1,3})\b(?!\s*(?:kids|children))")


def _rest_counted(text: str) -> str:
    """`text` with "for the rest" of a part said "N of the M" written "for the other M-N"."""
    parts = list(_PART_OF.finditer(text))
    rest = _REST.search(text)
    if len(parts) != 1 or rest is None or parts[0].end() > rest.start():
        return text
    n, total = int(parts[0].group(1)), int(parts[0].group(2))
    said = re.search(rf"\bfor\s+(?:(?:those|these|the)\s+)?{n}\b", text[rest.start() : rest.end()])
    if not 0 < n < total or said is None:
        return text  # the pair's part is not the one counted of the party
    head = _REST_TAIL.sub(f"for the other {total - n}", text[rest.start() : rest.end()])
    return text[: rest.start()] + head + text[rest.end() :]


def split_pairs(text: str) -> str:
    """Normalized `text` with two proteins for a counted part and two for the counted other part
    written as counted portions; else unchanged."""
    if " for " not in text:
        return text  # speed: each part is given its proteins "for" its count
    text = _rest_counted(text) if " of " in text else text
    parts = list(_SPLIT.finditer(text))
    if len(parts) != 1:
        return text  # two splits: not sure which part is which
    m = parts[0]
    written = counted_pairs((m.group(3), m.group(1), m.group(2)), (m.group(6), m.group(4), m.group(5)))
    return text[: m.start()] + written + text[m.end() :]


def counted_pairs(first: tuple[str, str, str], second: tuple[str, str, str]) -> str:
    """Two parts' proteins as the protein reader knows them, each (count, protein, protein):
    "5 tofu and 5 vegetables, 10 chicken and 10 shrimp" (`_WRITTEN`, checked by
    `split_sum_checks`); `split_plates` writes the same."""
    (n, a, b), (m, c, d) = first, second
    return f"{n} {a} and {n} {b}, {m} {c} and {m} {d}"


def split_told(parts: int) -> str:
    """The field of the check on two counted parts a follow-up names, which the conversation's
    order drops when its paying guests are as many as the parts (round q86f, blind 187 fy076)."""
    return f"split_sum_{parts}"


def split_sum_checks(text: str, *, adults: int | None, children: int | None) -> list[tuple[str, str]]:
    """A check when two pairs of proteins counted alike ("5 tofu and 5 vegetables, 10 chicken and
    10 shrimp") do not add up to the paying guests: which part is who?"""
    checks = [("proteins", "two proteins for some, two for the rest: how many of each?")
              for _ in _REST.finditer(text)]  # fmt: skip
    paying = (adults or 0) + (children or 0)
    for m in _WRITTEN.finditer(text):
        parts = int(m.group(1)) + int(m.group(2))
        if adults is None and children is None:  # a follow-up: the conversation's count settles
            checks.append((split_told(parts), f"proteins for {m.group(1)} and for {m.group(2)}: "
                                              f"are they the {parts} guests?"))  # fmt: skip
        elif parts != paying:
            checks.append(("proteins", f"proteins for {m.group(1)} and for {m.group(2)}, "
                                       f"but {paying} guests counted: who has which?"))  # fmt: skip
    return checks
