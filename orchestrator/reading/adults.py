"""Adults counted from normalized text: "12 adults", "10 ladies 8 guys", form fields ("Adults: 14",
"Adults (13+) = 9"), teens (priced as adults) and adults added ("2 more adults", "another 3"),
and two counts of one word neither added nor said to replace the other. Whether a count is said
with an adding word ("also my brother's crew, 4 adults") is reading/adding_words.py."""

from __future__ import annotations

import re

from orchestrator.reading.alternation import alternation
from orchestrator.reading.own_family import joined_label
from orchestrator.reading.words import ADULT_WORDS, TEEN_WORDS

Span = tuple[int, int]



ADULT, TEEN = alternation(ADULT_WORDS), alternation(TEEN_WORDS)
_NOT_SUBGROUP = re.compile(r"(?:\bother|\bof (?:the|us|them|our)|\beach of the)\s*\Z")
_WEAK = re.compile(r"\bthe\s*\Z")
_JOINED = re.compile(r"(?:\+|\bplus)\s*\Z")
# A part of a count already given: "10 adults including 2 seniors", "20 adults of which 12 ladies".
PART = r"(?:\bincluding|\bincl\.?|\bof which|\bof whom|\bamong (?:them|whom|us)|\bout of which)[\s,:(]*"
PART_OF = re.compile(PART + r"\Z")
# "5 of us grownups", "7 of us (all adults)": the adult word names what the us are, so the
# number counts adults, kids told beside them on top (never a total the kids are taken from)
_OF_US = r"(?:of\s+us[ \t]*(?:\([ \t]*)?(?:all[ \t]+)?)?"
_COUNT = re.compile(
    rf"(?:\ban(?:other| additional| extra)\s+)?\b(\d{{1,4}})[ \t]*{_OF_US}"
    rf"(more\s+|additional\s+|extra\s+)?"
    # "2 more moms are coming": more mothers or fathers, grown-ups by what they are
    rf"({ADULT}|(?<=more )(?:moms|mums|dads|mothers|fathers))\b(?:\s+not\s+(\d{{1,4}})\b)?\)?"
)
_BRACKETED = re.compile(rf"\b(?:{ADULT})\s*\(\s*(\d{{1,4}})(?:\s+of\s+(?:us|them)|\s+total)?\s*\)")
# A form's field, at a line's start or after a sentence ("bday! adults: 8. kids: 13, 12")
_FORM = rf"(?:^|\n|(?<=[.!?])[ \t]+)\s*(?:-\s*)?(?:#\s*of\s+|number of\s+)?\b(?:{ADULT})\b"


# The new total after guests added: "2 more members can come, so 10 adults", "so that's 12 adults"
_SO_TOTAL = re.compile(r"\bso\s+(?:that'?s\s+|thats\s+|it'?s\s+|its\s+|now\s+|we'?re\s+)?\Z")


# a group's choice said right after its count: "3 ladies want salmon", "2 guys would like filet"
_CHOOSES = re.compile(r"\s+(?:want|wants|would like|prefer|are getting|will have|get)\b")
_AND = re.compile(r"(?:\band|&|\+|\bplus|,)\s*\Z")


def _choosing_part(m: re.Match[str], word: str, by_word: dict[str, int]) -> bool:
    """ "22 adults ... 2 guys want salmon and shrimp, everyone else chicken": a group of fewer
    than the adults counted before it, choosing, is a part of them, not more guests (joined
    by "and" or "+" it stays a count of its own)."""
    before = by_word.get("adult")
    return bool(
        word != "adult" and before and int(m.group(1)) < before and _CHOOSES.match(m.string, m.end())
        and not _added(m) and not _AND.search(m.string, max(0, m.start() - 6), m.start())
    )


def _joined(text: str, start: int) -> bool:
    """ "+ 2 adults", "plus my sister's family: 2 adults": a count joined to the ones before."""
    return bool(_JOINED.search(text, max(0, start - 6), start)) or joined_label(text, start)


def _added(m: re.Match[str]) -> bool:
    """ "2 more adults", "another 3 adults", "add 2 adults": added to what was counted."""
    return bool(m.group(2)) or m.group(0).startswith("an") or bool(
        re.search(r"\b(?:add|adding)\s+\Z", m.string[max(0, m.start() - 8) : m.start()])
        and not re.match(r"\s*(?:total|in total|in all|altogether|now)\b", m.string[m.end() :])
    )


def adult_mentions(
    text: str,
    used: list[Span],
    *,
    adult_min: int = 13,
    summed: bool = False,
    food: re.Pattern[str] | None = None,
) -> tuple[dict[str, int], int, bool]:
    """Adults per word used (the last count of each word wins: customers correct themselves;
    `summed`: a list of households, whose counts add up), teens, and whether the adults were only
    named again as a group ("for the 4 guys"); the spans read are appended to `used`. A form's
    field followed by a protein (`food`: "Adults: 10 filet") counts portions, not adults."""
    by_word: dict[str, int] = {}
    more: set[str] = set()  # the words of counts added ("2 more members")
    weak: list[re.Match[str]] = []
    for m in _COUNT.finditer(text):
        if _NOT_SUBGROUP.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if PART_OF.search(text[max(0, m.start() - 15) : m.start()]):
            used.append(m.span())  # counted in the number before it
            continue
        if _WEAK.search(text[max(0, m.start() - 12) : m.start()]) and " of us" in m.group(0):
            continue  # "the 4 of us adults, my parents and ...": a household list's (`household`)
        if _WEAK.search(text[max(0, m.start() - 12) : m.start()]):
            weak.append(m)  # "for the 4 guys": a group named again, unless nothing else counts adults
            continue
        word = m.group(3).rstrip("s")
        # "3 families of 4 + 2 couples", written "12 adults + 4 adults": one count more
        adds = _added(m) or summed or _joined(text, m.start())
        if not adds and by_word and set(by_word) <= more and _SO_TOTAL.search(text, 0, m.start()):
            by_word.clear()  # "2 more members can make it now, so 10 adults": the total holds them
        if _choosing_part(m, word, by_word):
            used.append(m.span())  # "12 adults. 3 ladies want salmon": three of the twelve
            continue
        if _added(m):
            more.add(word)
        by_word[word] = by_word.get(word, 0) + int(m.group(1)) if adds else int(m.group(1))
        used.append(m.span())
    weak_only = bool(weak and not by_word)
    for m in weak if not by_word else []:
        by_word[m.group(3).rstrip("s")] = int(m.group(1))
        used.append(m.span())
    for m in re.finditer(_FORM + r"\s*(?:\(\d+\+?\))?\s*(?:[:=]|-(?=\s*\d))\s*(\d{1,4})\b", text):
        if food is not None and food.match(text[m.end() : m.end() + 40].split("\n")[0]):
            continue
        by_word["adult"] = int(m.group(1))
        used.append(m.span())
        weak_only = False
    for m in re.finditer(
        rf"(?:^|\n)\s*(?:-\s*)?(?:{ADULT})\s*(?:\((\d{{1,4}})\)|(\d{{1,4}})\s*(?=\n|$))", text
    ):
        by_word["adult"] = int(m.group(1) or m.group(2))
        used.append(m.span())
        weak_only = False
    # "the adults (9 of us) want ...": the group counted in brackets
    for m in _BRACKETED.finditer(text):
        if m.span() not in used and not any(s <= m.start() < e for s, e in used):
            by_word["adult"] = int(m.group(1))
            used.append(m.span())
            weak_only = False
    teens = 0
    for m in re.finditer(rf"\b(\d{{1,3}})[ \t]*({TEEN})\b", text):
        if PART_OF.search(text[max(0, m.start() - 15) : m.start()]) and by_word:
            used.append(m.span())  # "12 adults of which 3 teens": teens are adults
            continue
        teens += int(m.group(1))
        used.append(m.span())
        if told := _teen_ages(text, m.end(), int(m.group(1)), adult_min):
            used.append(told)
    return by_word, teens, weak_only and not teens


_TEEN_AGES = re.compile(
    r"\s*(?:\(\s*|,\s*|\s)(?:all\s+)?(?:ages?d?\s*:?\s*)?(?:(\d{1,2})\s*(?:-|to)\s*(\d{1,2})\b|"
    r"(\d{1,2}(?:\s*(?:,|&|and)\s*\d{1,2})*))\s*(?:(?:yrs?|years?)(?:[\s-]*olds?)?|yo|y/o)?\s*\)?"
)


def _teen_ages(text: str, at: int, count: int, adult_min: int) -> Span | None:
    """The span of the ages told right after a teen count ("2 teenagers (14 and 16)", "18 teens
    (15-16 yrs)", "14 teenagers ages 13 to 16") when they are one age per teen or a range, all
    priced as adults; other ages are left for the checks."""
    m = _TEEN_AGES.match(text, at)
    if not m:
        return None
    if m.group(1):  # a range: its two ends in the adult band
        low, high = int(m.group(1)), int(m.group(2))
        return m.span() if adult_min <= low <= high <= 19 else None
    if not re.match(r"\s*(?:\(|,|ages?d?\b)", text[at:]):
        return None  # "3 teens 14 chicken": a number after, not their ages
    ages = [int(n) for n in re.findall(r"\d+", m.group(3))]
    # one age a teen, or the ages among them ("14 teens (16 and 17 yr olds)"): all adults either way
    fits = len(ages) == count or (len(ages) < count and m.group(0).strip().startswith("("))
    return m.span() if fits and all(adult_min <= a <= 19 for a in ages) else None


def adults_added(text: str) -> int:
    """Adults the text adds to an earlier count ("2 more adults", "another 3 adults")."""
    return sum(
        int(m.group(1))
        for m in _COUNT.finditer(text)
        if _added(m)
        and not _NOT_SUBGROUP.search(text[max(0, m.start() - 12) : m.start()])
        and not _WEAK.search(text[max(0, m.start() - 12) : m.start()])
    )


# Words that say a count replaces the one before ("10 adults... actually 12 adults", "12 adults
# total"); without one, two counts of one word in a list are two households, or a correction?
_REPLACES = re.compile(
    r"\b(?:actually|make (?:it|that)|wait|no|nope|sorry|i mean|correction|change|changed|now|update|"
    r"updated|instead|oops|typo|scratch|rather|not|nvm|never ?mind|total|in all|altogether|again|so|"
    r"meant|or)\b|\*|\?"
)


_PAIRED = re.compile(r"\s*(?:and|&|\+|plus)\s*")
# the second count is the writer's sum of the first, "so" right between them ("2 families of 4
# adults, so 9 adults", written "8 adults, so 9 adults"): a conclusion, no correction; when the two
# differ the parts do not make the total said, asked (round q82e)
_SO_SUM = re.compile(
    r"[\s,;:.!-]*(?:and\s+)?so\s+(?:(?:that'?s|thats|it'?s|its|we'?re|we\s+are|that\s+makes|"
    r"makes|in\s+total|total|now)\s+)*"
)
# the first count told as guests out or inside an aside ("the Garcias had to cancel (thats 3
# adults) so 9 adults now"): a change, not the parts of the total
_OUT_BEFORE = re.compile(
    r"\(|\b(?:cancel\w*|can'?t|cannot|won'?t|drop\w*|out|minus|less|fewer|remov\w*|lost|lose|"
    r"bail\w*|backed|not|without|except)\b"
)


def _so_sum(text: str, first: tuple[int, int], second: int) -> bool:
    """Whether the count at `second` is the writer's sum of the count `first` spans, "so" right
    between them, the first no count of guests out nor an aside in its sentence."""
    head = re.split(r"[.!?\n]", text[: first[0]])[-1]
    return bool(_SO_SUM.fullmatch(text, first[1], second)) and not _OUT_BEFORE.search(head)
# the count opens a labelled line of its own: "\n- my parents: " before "2 adults"
_LABELED = re.compile(r"\n[ \t]*(?:[-•*·][ \t]*)?[a-z][a-z0-9'&(). /-]{0,45}:[ \t]*\Z")
# or someone's group labelled in the sentence: "2 adults and 3 kids (14, 11, 8). ... and my
# husband's brother's family: 2 adults and 2 kids" (round q83x; read once, the second 2 was lost)
_OWNED_LABEL = re.compile(r"(?:[.!?;,]|\band)\s*(?:my|our|his|her|their)\s+[a-z' -]{0,40}:[ \t]*\Z")


def uncorrected_counts(text: str) -> list[str]:
    """Two counts of the same adult word, neither added nor said to replace the other ("the Lees
    2 adults, the Kims 2 adults, the Patels 4 adults" with no heading that sums them): the
    reading keeps the last (a correction), which a list of households is not, so it asks."""
    checks, before = [], None
    for m in _COUNT.finditer(text):
        head = text[max(0, m.start() - 15) : m.start()]
        if _NOT_SUBGROUP.search(head) or PART_OF.search(head) or _WEAK.search(head[-12:]):
            continue
        if _added(m) or _joined(text, m.start()):
            continue
        word, number = m.group(3).rstrip("s"), int(m.group(1))
        said = m.group(3)
        if before and before[0] == word and before[1] != number and _so_sum(
            text, before[3], m.start()
        ):
            checks.append(f"the parts make {before[1]}, not the {number} {said} said")
        elif before and before[0] == word and before[1] != number and not _REPLACES.search(
            text, before[2], min(len(text), m.end() + 15)
        ):
            checks.append(f"{before[1]} {said} and {number} {said}: in all, or a correction?")
        elif before and before[0] == word and _PAIRED.fullmatch(text, before[2], m.start()):
            # "10 adult volunteers and 10 adult staff", both written "10 adults" before the reading
            checks.append(f"{number} {said} and {number} {said}: {2 * number} in all, or the same?")
        elif before and before[0] == word and any(
            label.search(text, before[2], m.start()) for label in (_LABELED, _OWNED_LABEL)
        ):
            # "- us: 2 adults + 2 kids\n- my parents: 2 adults": two households' lines, the same
            checks.append(f"{number} {said} on two lines: {2 * number} in all, or the same?")
        before = (word, number, m.end(), m.span())
    return checks


_COUNT_QUESTION = re.compile(r"adults?\b.*: (?:\d+ )?in all, or (?:a correction|the same)\?\Z")


def adults_unsettled(checks: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The questions of `uncorrected_counts` among `checks` (two adult counts: in all, or a
    correction?): a later message telling the kids' ages answers none of them (round q79o)."""
    return tuple(c for c in checks if c[0] == "guests" and _COUNT_QUESTION.search(c[1]))
