"""What a recount of named groups says beside the new numbers: the groups kept as they were
("Engineering and admin unchanged", "sales the same") and the reason for one group's change
told with its size ("leasing is 6 now not 8, two people are out on leave", "support is 11 now (2
new hires)"). The reason's count is the change itself, no guests of its own; it is taken only
when it equals the change and names no food and no kids (those are read, or asked, as they are)."""

from __future__ import annotations

import re

from orchestrator.reading.words import KID_WORDS, TEEN_WORDS, TODDLER_WORDS, small_number

Span = tuple[int, int]

# "engineering and admin unchanged", "sales, ops and legal are the same", "hr unchanged"
_NAMES = r"[a-z]+(?:\s*(?:,|&|\band\b)\s*(?:and\s+)?[a-z]+)*"
_KEPT = re.compile(
    rf"\b({_NAMES})\s+(?:(?:is|are|stay|stays|remain|remains)\s+)?(?:still\s+)?"
    r"(?:unchanged|the same|same|as is|as before)\b"
)
_NAME = re.compile(r"[a-z]+")
# right after the new count: ", two people are out on leave", " (2 new hires)", " - 1 retired"
_REASON = re.compile(
    r"\s*(?:\(\s*|,\s*|\s-\s*|;\s*)(?:since\s+|because\s+|as\s+)?(\d{1,2}|[a-z]+)\b([^.,;!?()\n]{0,50})"
    r"\)?(?=\s*(?:[.;!?\n]|$))"
)
# a reason that says more of the guests than their coming or going: asked as it is
_DIET = re.compile(
    r"\b(?:vegetarian|vegan|allerg\w*|gluten|halal|kosher|pescatarian|dairy|eat|eats|want|wants|"
    r"prefer|prefers|instead|no|not|only|just)\b"
)
_YOUNG = re.compile(rf"\b(?:{'|'.join(KID_WORDS + TEEN_WORDS + TODDLER_WORDS)})\b")
_SKIP = {"and", "the", "of"}


def kept_unchanged(text: str, groups: dict[str, int]) -> tuple[dict[str, int], list[Span]]:
    """The groups of `groups` that lowercase `text` says are unchanged (with their old counts),
    and the spans saying so; a list naming any other word than those groups is not taken."""
    kept: dict[str, int] = {}
    spans: list[Span] = []
    for m in _KEPT.finditer(text):
        names = [n for n in _NAME.findall(m.group(1)) if n not in _SKIP]
        while names and names[0] not in groups:
            names.pop(0)  # "update: engineering and admin unchanged": the list starts later
        if not names or any(n not in groups for n in names):
            continue
        kept.update({n: groups[n] for n in names})
        spans.append((m.start() + m.group(1).find(names[0]), m.end()))
    return kept, spans


def reason_after(text: str, end: int, change: int, food: re.Pattern[str]) -> Span | None:
    """The span of the reason told right after a group's new count ending at `end` in lowercase
    `text` whose count is the size of the `change`, or None."""
    m = _REASON.match(text, end)
    if m is None:
        return None
    word = m.group(1)
    said = int(word) if word.isdigit() else small_number(word)
    if said is None or said != abs(change) or change == 0:
        return None
    if food.search(m.group(2)) or _YOUNG.search(m.group(2)) or _DIET.search(m.group(2)):
        return None  # "2 want shrimp", "2 kids joining": read or asked as they are
    if re.search(r"\d", m.group(2)):
        return None  # another number in the reason: which count is the change?
    return m.span()
