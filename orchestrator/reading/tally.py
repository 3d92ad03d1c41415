"""A pasted tally: lines of a group chat, each a speaker and who comes with them ("Tia Rosa:
count me + Jorge", "[Rick] me, Jen and the twins (9)", "Tom - me, the wife and our 2 (10 and
7)"), followed by the writer's own sum ("so 6 adults 2 kids (8, 11)", "thats 6 adults ...",
"total 5 adults ..."). The lines are not readable alone (names of no known relation, "our 2");
the sum the writer states is the count. It is taken only when it agrees with the lines as far as
they can be read: every number in them is one the sum repeats (a count of kids, their ages), and
no line names food. Otherwise the lines stay, and the numbers no reading places are asked about."""

from __future__ import annotations

import re

Span = tuple[int, int]

# "Tia Rosa: ...", "\"Mike: ...\"", "[Rick] ...", "Tom - ...": a speaker of a few words, then
# what they said (something after the colon: "pasting from our group chat:" is no line of it)
_LINE = re.compile(
    r"^[ \t]*[\"'“]?(?:\[[a-z][a-z .']{0,20}\]|[a-z][a-z .']{0,20}?\s*(?::|\s-|\s–))[ \t]*\S.*$",
    re.MULTILINE,
)
# The writer's sum, opening a line or a sentence after the lines: "so 6 adults 2 kids", "so
# thats 6 adults", "thats 9 ppl", "total 5 adults", "in total: 7 adults"
_SUM = re.compile(
    r"(?:^|(?<=[\n.!?]))[ \t]*(?:so\s+(?:(?:thats|that's|that is|in total|total)\s*:?\s*)?"
    r"|(?:thats|that's)\s+|(?:in\s+)?total\s*[:=]?\s*)(?=\d{1,3}\s*(?:adults?|grown-?ups|ppl|people|guests|kids|children)\b)"
    r"[^.!?\n]*",
    re.MULTILINE,
)
_MIN_LINES = 2
# Each line says who comes with the one who wrote it: "me + Jorge", "2 of us", "just me", "we
# 3", and in Tagalog "kami ni Lolo" (Lolo and I)
_SPEAKER_COMES = re.compile(r"\b(?:me|us|myself|we|kami)\b")


def pasted_tally(text: str, food: re.Pattern[str]) -> list[Span]:
    """The spans of normalized `text` that are the lines of a pasted tally its stated sum
    replaces (to be blanked before the party is read), or none; `food` finds a word of the menu."""
    sums = list(_SUM.finditer(text))
    if not sums:
        return []
    total = sums[-1]  # the last sum is the writer's
    lines = [m for m in _LINE.finditer(text, 0, total.start()) if not _SUM.match(m.group(0))]
    if len(lines) < _MIN_LINES or any(food.search(m.group(0)) for m in lines):
        return []
    if not all(_SPEAKER_COMES.search(m.group(0)) for m in lines):
        return []  # "Allergies: shellfish", "Location: elk grove": a form's fields, not who comes
    summed = set(re.findall(r"\d+", total.group(0)))
    if any(n not in summed for m in lines for n in re.findall(r"\d+", m.group(0))):
        return []  # "our 3 (5, 8, 11)" beside "so 6 adults 2 kids (8, 11)": which is it?
    return [m.span() for m in lines]


# A sum written out in a sentence: the parts, then the total the writer makes of them ("11
# employees plus me, so 12 adults total", "my 9 employees + me + my husband = 11 adults", "8 adults
# + 5 kids (6, 9, 12) oh and grandpa so thats 9 adults", "the 2 of us + another couple, 4 adults").
_ONE = (
    r"(?:me|myself|i|(?:my|our|the|his|her)\s+(?:wife|wifey|husband|hubby|partner|spouse|gf|bf|"
    r"girlfriend|"
    r"boyfriend|fianc(?:e|ee)|mom|mum|mother|dad|father|grandma|grandpa|sister|brother|boss)"
    # one person by role at work ("the owner", "the office manager"), "him" (the one the party is
    # for, "he's inviting 10 buddies plus him and me so that's 12"): taken only in a sum that adds up
    r"|the\s+(?:[a-z]+\s+)?(?:owner|manager|nurse|director|principal|pastor|supervisor|boss|agent|lead"
    r"|foreman|steward|rep|chair|president|coordinator)"
    # a clergyman by title and name ("pastor dan and his wife")
    r"|(?:pastor|father|fr|rev|reverend)\.?\s+[a-z]+"
    r"|him|her(?!\s+\d)|grandma|grandpa|hubby|wifey)"
)
_TWO = (
    r"(?:(?:my|our)\s+(?:parents|in-?laws|grandparents)|(?:the\s+)?2\s+of\s+us|us\s+2|both of us"
    r"|(?:a|another|1)\s+(?:other\s+)?couple)"
)
_KIDS = r"(?:\d{1,3}\s+(?:kids?|children|child|kiddos)(?:\s*\([^()]{1,40}\))?)"
# "11 employees", "my 9 employees", "7 techs", "2 other couples": a count of grown-ups by any name
# "3 staff", "1 parent volunteer": a count of grown-ups by a word with no plural s; "25 sevadars
# (all adults)": said in brackets to be adults
_COUNTED = (
    # "6 of his golf buddies"; "3 of my sisters", "2 of her cousins" may be kids: not counted here
    r"\d{1,3}\s+of\s+(?:my|his|her|our|their)\s+(?!(?:sisters|brothers|cousins|siblings|sons|daughters|"
    r"nieces|nephews|grandkids|kids|students)\b)(?:[a-z'-]+\s+)?[a-z'-]+s\b|"
    # "18 foh + 9 boh": a restaurant's front and back of house, counted by no plural word
    r"(?:(?:my|our|the)\s+)?\d{1,3}\s+(?:(?:other|more)\s+)?(?:[a-z'-]+\s+)?(?:[a-z'-]+s|staff|crew"
    r"|foh|boh)"
    # the same people by a second name after a slash ("5 assistants/front desk"): one part
    r"(?:/[a-z'-]+(?:\s+(?!(?:and|plus|n|with|so)\b)[a-z'-]+)?)?"
    r"|1\s+(?:other\s+)?(?:[a-z'-]+\s+)?[a-z'-]+"  # "me and 1 parent volunteer"
    # "party of 6 + 2 plus-ones = 8 adults": the party the writer first names, a part of the sum
    r"|(?:a\s+)?(?:party|group)\s+of\s+\d{1,3}"
    # "8 from accounting, 6 from hr", "8 from the east yard": a department's count
    r"|\d{1,3}\s+from\s+(?:the\s+)?[a-z&'-]+(?:\s+(?!(?:and|plus|n|with|so)\b)[a-z&'-]+)?"
)
# (or unbracketed: "16 players all adults + 2 coaches = 18 adults")
_ALL_ADULTS = r"(?:\s*\(all\s+(?:adults|grown-?ups)\)|,?\s+all\s+(?:adults|grown-?ups))?"
_ITEM = rf"(?:{_KIDS}(?<=\))|(?:{_KIDS}|{_TWO}|{_ONE}|{_COUNTED})\b{_ALL_ADULTS})"
_JOIN = r"(?:\s*[,+&]\s*(?:(?:and|plus)\s+)?|\s+(?:oh\s+)?(?:and|plus|n|with)\s+(?:also\s+)?)"
_STATED = re.compile(
    rf"\b({_ITEM}(?:{_JOIN}{_ITEM})+)"
    r"(\s*,?\s*(?:so\s+(?:(?:that'?s|thats|that is|it'?s|we'?re)\s+)?|=\s*|(?:that'?s|thats|which makes"
    r"|making it|makes)\s+)|\s*,\s*)"
    r"(\d{1,3})(?:\s+(adults|grown-?ups|people|ppl|guests|of us)\b|(?<=\d)(?=\s+and\b|\s*[,.!;]|\s*$"
    # unpunctuated voice-to-text: a new clause after the total ("so that's 12 we want the filet")
    r"|\s+(?:we|i|we'?re|we'?d|we'?ll)\s+(?:want|would|are|will|need|like|were|also|just|can)\b"
    # the total said to be all grown-ups, unpunctuated ("so that's 12 all adults we want ...")
    r"|\s+all\s+(?:adults|grown-?ups)\b))"
)
# each part whole: "me" or "i" inside a word ("3 from design") is no person (round q80n: the "i"
# of "design" made "14 from engineering, 3 from design and me" 19, the total said, for 18)
_PARTS = re.compile(rf"(?<![a-z0-9'-])(?:{_KIDS}|{_TWO}|{_ONE}|{_COUNTED})(?![a-z0-9'-])")
_JOIN_BEFORE = re.compile(r"(?:[,+&]|\b(?:and|plus|n|with))\s*\Z")
_KID_PART = re.compile(_KIDS)
_PARTY = re.compile(r"(?:a\s+)?(?:party|group)\s+of\b")
# Words that tell who a count after a bare comma is ("..., 4 adults from work", "..., 6 adults who
# live next door"): a group of the list, not its total (round q84l)
_GROUP_AFTER = re.compile(r"\s+(?:from|of|at|who|that|with|in\s+(?:my|our|his|her|the|their))\b")


def stated(text: str) -> list[re.Match[str]]:
    """The sums said in `text`, for `stated_sums` and `bare_sums` (one scan for both)."""
    return list(_STATED.finditer(text))


def stated_sums(text: str, sums: list[re.Match[str]] | None = None) -> list[Span]:
    """The spans of the grown-up parts of a sum the writer states ("11 employees plus me, so 12
    adults total") when they add up to its total, to be blanked so the total alone is read; kids
    among the parts stay (a total of adults does not hold them). A sum that does not add up, or a
    list that goes on before the parts read, is left to the other readers, which ask."""
    spans: list[Span] = []
    for m in _STATED.finditer(text) if sums is None else sums:
        if m.group(4) is None or (kids := _added_kids(text, m)) is None:
            continue
        start = m.start()
        for kid_start, kid_end in kids:
            spans.append((start, kid_start))
            start = kid_end
        spans.append((start, m.start(3)))
    return spans


def bare_sums(text: str, sums: list[re.Match[str]] | None = None) -> list[tuple[Span, str]]:
    """ "he's inviting 10 buddies plus him and me so that's 12": a sum of grown-ups that adds up
    to a total said without a noun, rewritten (same length) as the total of people alone."""
    moved: list[tuple[Span, str]] = []
    for m in _STATED.finditer(text) if sums is None else sums:
        if m.group(4) is not None or not m.group(2).strip(" ,"):
            continue  # a bare number after a comma ("plus me, 12") may be anything: only a sum said
        if _added_kids(text, m) == []:
            said = f"{m.group(3)} ppl"
            moved.append(((m.start(), m.end(3)), said.rjust(m.end(3) - m.start())))
    return moved


def _added_kids(text: str, m: re.Match[str]) -> list[Span] | None:
    """The spans of the kids among the parts of the sum `m` when its grown-ups add up to its
    total, or None."""
    # (not before "party of 6 + 2 plus-ones": the party opens the sum, a list cannot go on into it)
    if _JOIN_BEFORE.search(text[max(0, m.start() - 8) : m.start()]) and not _PARTY.match(m.group(1)):
        return None  # "me, jake + my wife + 2 friends, so 3 adults": someone before the parts
    if not m.group(2).strip(" ,") and _GROUP_AFTER.match(text, m.end()):
        return None  # "us 2, my parents, 4 adults from work": one more group of the list, no total
    grown, kids = 0, []
    for part in _PARTS.finditer(m.group(1)):
        said = part.group(0)
        if _KID_PART.fullmatch(said):
            kids.append((m.start(1) + part.start(), m.start(1) + part.end()))
        elif re.fullmatch(_TWO, said):
            grown += 2
        elif re.fullmatch(_ONE, said):
            grown += 1
        else:
            number = int(re.search(r"\d+", said).group(0))  # type: ignore[union-attr]
            grown += number * (2 if said.endswith("couples") else 1)
    if grown != int(m.group(3)) or (kids and m.group(4) not in ("adults", "grown-ups", "grownups")):
        return None
    return kids


_LIST = re.compile(rf"{_ITEM}(?:{_JOIN}{_ITEM})*")


def people_in(words: str) -> int | None:
    """How many grown-ups a list of people names ("me and my husband", "me and 2 parent
    volunteers"), or None when `words` is not such a list alone (kids in it, or anything else)."""
    if not _LIST.fullmatch(words.strip()) or _KID_PART.search(words):
        return None
    grown = 0
    for part in _PARTS.finditer(words):
        said = part.group(0)
        if re.fullmatch(_TWO, said):
            grown += 2
        elif re.fullmatch(_ONE, said):
            grown += 1
        else:
            grown += int(re.search(r"\d+", said).group(0))  # type: ignore[union-attr]
    return grown
