"""A youth group counted beside grown-ups of no number ("16 dancers + coaches", "20 teens and a few
adult leaders", "22 kids and some chaperones"), the business asking how many grown-ups come (and
how old the group is), then the answer: "2 coaches! the dancers are all 14-17", "5 adult leaders.
the teens are all 13-17", "the teens are 13 to 18, and 4 leaders", or the grown-ups alone ("3
leaders"). Both messages are written as the whole party with the ages beside the group's count
("16 dancers (all 14-17) and 2 coaches"), which the readers know: teens are adults, kids are
priced by their ages, and a group of no ages stays asked as before (round q86o, set 188 fz043,
fz060).

Only when the earlier customer message counts one such group and one unnumbered grown-up role,
the business asked how many of that role, and the answer says nothing else (a greeting and a
sign-off aside): its group count, when it says one, the earlier one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.turns import Turn

_YOUNG = (
    r"teens|teenagers|kids|students|dancers|players|girls|boys|scouts|cubs|swimmers|gymnasts|"
    r"athletes|cheerleaders|campers|youth|members|singers|musicians|skaters|wrestlers|runners"
)
_ROLE = r"coaches|leaders|chaperones|volunteers|mentors|advisors|advisers|sponsors|parents"
# the group, then its grown-ups of no number: "16 dancers + coaches", "20 teens and a few adult
# leaders", "9 students and some mentors"
_EARLIER = re.compile(
    rf"\b(?P<n>\d{{1,2}}) (?P<young>{_YOUNG})(?!\s*\()\s*(?:\+|&|and|plus|with|,)\s*"
    rf"(?:a few |some |a couple |the |their |our )?(?P<adult>adult )?(?P<role>{_ROLE})\b",
    re.IGNORECASE,
)
_AGES = (
    r"(?:(?:the\s+)?(?:(?P<n2>\d{1,2})\s+)?(?P<who>[a-z]+)\s+(?:are|r)|they\s*(?:'re|are)|theyre)"
    r"\s+(?:all\s+)?(?:(?:ages?|aged)\s+)?(?P<a>\d{1,2})(?:\s*(?P<join>and|&|-|to)\s*(?P<b>\d{1,2}))?"
    r"(?:\s*(?:yrs?|years)(?:\s+old)?)?"
)
_COUNT = (
    rf"(?P<g>\d{{1,2}})\s+(?:adult\s+)?(?P<grown>{_ROLE})"
    r"(?:\s+(?:will\s+come|are\s+coming|coming|will\s+join|too))?"
)
_SEP = r"\s*[.,!;]*\s*(?:and\s+|&\s+|\+\s*)?"
# the answer: the grown-ups' count, then the group's ages ("2 coaches! the dancers are all 14-17"),
# or the ages first ("the teens are 13 to 18, and 4 leaders")
_ANSWERS = tuple(
    re.compile(rf"^\W*{shape}\s*[.!]*\s*$", re.IGNORECASE)
    for shape in (f"{_COUNT}(?:{_SEP}{_AGES})?", f"{_AGES}{_SEP}{_COUNT}")
)
# a greeting line and a sign-off of an email's answer: "Hi,", "Thanks,\nDana"
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|good (?:morning|afternoon))\b[^\n]*\n+", re.IGNORECASE)
_SIGN_OFF = re.compile(
    r"\n+\s*(?:thanks|thank you|best|regards|cheers)\b[^\n]*(?:\n[^\n]*)?\s*$", re.IGNORECASE
)


def _bare(text: str) -> str:
    """`text` without an email's greeting line and sign-off."""
    return _SIGN_OFF.sub("", _GREETING.sub("", text)).strip()


def _ages(answer: re.Match[str]) -> str | None:
    """The ages the answer tells ("14-17", "9 and 10", "15"), None when it tells none."""
    if answer.group("a") is None:
        return None
    if answer.group("b") is None:
        return answer.group("a")
    span = answer.group("join").lower() in ("-", "to")
    return f"{answer.group('a')}{'-' if span else ' and '}{answer.group('b')}"


def _same_group(answer: re.Match[str], earlier: re.Match[str]) -> bool:
    """Whether the ages of `answer` are of the group `earlier` counts ("the dancers", "they",
    "the kids"), and its count, when it says one, is the same."""
    if answer.group("a") is None:
        return True
    if answer.group("n2") and answer.group("n2") != earlier.group("n"):
        return False  # "the 18 dancers are all 14-17" after 16: asked
    who = (answer.group("who") or "").lower()
    return who in ("", "kids", earlier.group("young").lower())


def grown_answered(turns: Sequence[Turn]) -> list[Turn]:
    """`turns` ((role, text), oldest first) with an answer telling how many grown-ups join a youth
    group (and its ages) written, with the earlier message, as the whole party."""
    if len(turns) < 3 or [r for r, _ in turns[-3:]] != ["customer", "business", "customer"]:
        return list(turns)
    said = _bare(turns[-1][1])
    answer = next((m for m in (a.match(said) for a in _ANSWERS) if m is not None), None)
    found = list(_EARLIER.finditer(turns[-3][1]))
    asked = turns[-2][1].lower()
    if answer is None or len(found) != 1:
        return list(turns)
    earlier = found[0]
    role = earlier.group("role").lower()
    if answer.group("grown").lower() != role or f"how many {earlier.group('adult') or ''}{role}" \
            not in asked or not _same_group(answer, earlier):  # fmt: skip
        return list(turns)
    ages = _ages(answer)
    group = f"{earlier.group('n')} {earlier.group('young')}" + (f" (all {ages})" if ages else "")
    party = f"{group} and {answer.group('g')} {earlier.group('adult') or ''}{earlier.group('role')}"
    text = turns[-3][1]
    written = f"{text[: earlier.start()]}{party}{text[earlier.end() :]}"
    return [*turns[:-3], ("customer", written), turns[-2], ("customer", party)]
