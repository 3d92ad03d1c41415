"""Ages told for a whole counted group without brackets, and a school's grade band that names a
team or a staff, made ready for the guest reader (same length, so every span still holds):

- "16 swimmers all 15-18 + 2 coaches", "14 of us all 17 + 2 chaperones", "me + 11 of my friends,
  were all seniors (17-18)", "me + 9 of my friends, we're all 18", "15 graduates po (all 22-23)":
  the band written in brackets right after the group ("16 swimmers (15-18)", "14 of us(all 17)"),
  the shape the group readers know ("18 friends (14-15 yrs)": teens are adults, kids by band);
- "lunch for our K-2 team", "our TK-6 staff", "our 3-5 team": the grades name the team (no count,
  no kid), blanked, so the teachers counted after them are the party's grown-ups.

A single age equal to the group's count ("14 people, all 14") is left as written (asked), and so
is a band whose second age is not above the first."""

from __future__ import annotations

import re

from orchestrator.reading.grade_ages import many_graders

# a school year said of the whole group before its ages ("were all seniors (17-18)")
_YEAR = r"(?:seniors|juniors|sophomores|freshmen|grads|graduates)"
_GROUP_BAND = re.compile(
    # the count and up to four words of its group ("16 swimmers", "11 of my friends")
    r"(?P<head>(?<![\d.,$/:-])\b(?P<n>\d{1,3})(?:\s+(?!(?:all|are|is|were|coming|too|joining|can|will|"
    r"who|that|total|including)\b)[a-z'-]+){1,4}?)"
    # Tagalog "po", a comma, "we're" / "they're" / "were" before the band
    r"(?P<glue>(?:\s+po\b)?\s*,?\s*(?:(?:we|they)(?:'re|re|\s+are|\s+r)\s+|were\s+)?(?P<open>\(\s*)?)"
    rf"all\s+(?:{_YEAR}\s+)?(?P<inner>\(\s*)?"
    r"(?P<low>\d{1,2})(?:\s*(?:-|to|and|&)\s*(?P<high>\d{1,2}))?"
    r"(?:\s*(?:yrs?|years)(?:\s+old)?)?(?P<close>\s*\))?"
    r"(?=\s*(?:[,.;:!?+&\n]|plus\b|and\b|\Z))"
)
# grades that name a team or a staff: "k-2 team", "tk-6 staff", "our 3-5 team"
_GRADE_BAND = re.compile(
    r"\b(?:(?:t?k|pre-?k)\s?-\s?(?:[1-9]|1[0-2])|(?<=\bour )(?<!\d)[1-9]\s?-\s?(?:[2-9]|1[0-2]))\s+"
    r"(?P<word>(?:grade\s+level\s+)?(?:team|staff|teachers|faculty|crew|dept|department))\b"
)


# an age every guest of which is grown past the teens: the group's count is of adults
_GROWN = 18
# the writer joined right before the group ("me + 11 friends, were all 17-18"): a list
_WRITER_BEFORE = re.compile(r"\b(?:me|myself|us|i)\b[^.!?\n]{0,12}\Z")
_WRITER_IN_SENTENCE = re.compile(r"\b(?:me|myself|us|i)\b[^.!?\n]*\Z")
# a group word the guest readers know beside its ages ("he's having 8 friends over (all 18) plus me
# and my wife": the son's friends, he one more; written "8 adults" he was lost, 10 of 11 with no
# flag; mend q86x, 63 be060)
# (peers, whom the readers count beside the one they are friends of; "25 band kids, all 14-18"
# is still "25 teens")
_KNOWN = re.compile(r"\b(?:friends|buddies|pals|classmates|teammates)\b")
# a band said on past where the match stopped ("all 17 and 18 lol"; not "all 17 and 3 moms")
_BAND_GOES_ON = re.compile(r"\s*(?:-|to|and|&)\s*(?P<next>\d{1,2})\b")
_TEEN = 13  # teens are adults (the reading rules)
_LITTLE = 5  # 5 and under eat free
# a closing bracket borrowed from the space after the band (a character no message holds)
_BORROWED = "\0"


# one grown-up by role closing a list of counted parts ("24 kids(6-12), 1 teacher and 1 aide",
# "2 coaches and 1 assistant coach"): one adult, as "2 aides" are two
_ONE_ROLE = re.compile(
    r"(?<=\d)(?P<before>[^.!?\n]{0,60}?(?:,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s*\+\s*|\s*&\s*|\s+plus\s+))"
    r"(?P<one>1\s+(?:(?:assistant|head|youth|adult|parent)\s+)?(?:teacher|aide|coach|chaperone|advisor|"
    r"adviser|counselor|counsellor|mentor|volunteer|parent|mom|dad))\b(?!'|-|\s+(?:of|from)\b)"
)


def group_bands(norm: str) -> str:
    """Normalized `norm` with a group's unbracketed ages bracketed after it and the grade bands
    that name a team blanked (same length)."""
    if "all" in norm and _BORROWED not in norm:
        norm = _GROUP_BAND.sub(_bracketed, norm).replace(_BORROWED + " ", ")")
    for _ in range(3):  # each after the one before ("1 teacher and 1 aide")
        if "1 " not in norm or not (done := _ONE_ROLE.sub(_one_adult, norm)) or done == norm:
            break
        norm = done
    return norm


def school_words(text: str) -> str:
    """Lower-case `text` with the grades that name a team or a staff taken out ("lunch for our
    k-2 team" as "lunch for our team": the team's word moved to where its grades were, padded)
    and a class counted by its grade written as kids of its band ("25 sixth graders" as "25
    kids(6-12)"), before the count readers see "2 team" or "25 sixth"."""
    if "-" in text:
        text = _GRADE_BAND.sub(lambda m: m.group("word").ljust(len(m.group(0))), text)
    return many_graders(text)


def _band(age: int) -> int:
    """The price band of `age`: 0 for 5 and under, 1 for 6-12, 2 for a teen or older."""
    return 0 if age <= _LITTLE else 1 if age < _TEEN else 2


def _goes_on(text: str, end: int, low: int) -> bool:
    """Whether a band of one age `low` goes on after `end` with a higher age of its price band
    (the match cut short where the rest of the band was no end of a clause)."""
    if not (more := _BAND_GOES_ON.match(text, end)):
        return False
    age = int(more["next"])
    return low < age <= low + 10 and _band(age) == _band(low)


def _one_adult(m: re.Match[str]) -> str:
    """ "..., 1 assistant coach" as "..., 1 adult" (same length; "1 aide" is too short for it, and
    stays asked)."""
    if len(m.group("one")) < len("1 adult"):
        return m.group(0)
    return m.group("before") + "1 adult".ljust(len(m.group("one")))


def _bracketed(m: re.Match[str]) -> str:
    """ "16 swimmers all 15-18 + 2" as "16 swimmers(all 15-18)+ 2" (the space after the band taken
    when the bracket needs one character more), "15 graduates po (all 22-23)" as "15 adults" (a
    grown band for a group no reader knows by its word); left as written when it does not fit or
    is no band."""
    low, high = int(m.group("low")), m.group("high")
    if high is None and _goes_on(m.string, m.end(), low):
        return m.group(0)  # "14 kids all 17 and 18 lol": the band ends past the match (mend q86x)
    if bool(m.group("open")) != bool(m.group("close")) and not m.group("inner"):
        return m.group(0)  # a bracket opened and not closed (or the other way): another shape
    if high is None and low == int(m.group("n")):
        return m.group(0)  # "14 people, all 14": the count said again, no age
    if high is not None and (int(high) <= low or _band(int(high)) != _band(low)):
        return m.group(0)  # "all 12-15", "all 5-8 yrs": two price bands, asked
    if low < _TEEN and _WRITER_BEFORE.search(m.string, 0, m.start()):
        return m.group(0)  # "me n 19 of my classmates, all 11 and 12": the writer's age?
    bracketed = m.group("open")  # ("all seniors (17-18)": a year, then its ages: no shape of theirs)
    if bracketed and low < _GROWN and " po" not in m.group("glue"):
        return m.group(0)  # "18 cheerleaders (all 14-17)": the readers' own shape
    tail = m.group(0)[len(m.group("head")) :]
    band = f"{low}-{high}" if high else f"{low}"
    if len(f"(all {band})") < len(tail) and low < _GROWN:
        return m.group("head") + f"(all {band})".rjust(len(tail))
    # the writer anywhere before in the sentence: "party will be me, my husband, the twins, my
    # parents and 10 of the twins' friends (all 18)" is the writer's list, its friends 10 of 16
    # (read as "10 adults" it was the list's total, 14 with no flag; mend q86x, 153 eq014)
    alone = not _WRITER_IN_SENTENCE.search(m.string, 0, m.start())
    if low >= _TEEN and " of " not in m.group("head") and alone and not _KNOWN.search(m.group("head")):
        # grown past any teen's age, or a teen: adults either way (the group's word no reader
        # may know beside its ages: "15 graduates (all 22-23)", "15 members(all 15-17)"); the
        # writer joined before keeps the words ("me + 11 friends" is the writer's list)
        word = "adults" if low >= _GROWN else "teens"
        return f"{m.group('n')} {word}".ljust(len(m.group(0)))
    for told in (f"(all {band})", f"({band})" if high else ""):
        if told and len(told) <= len(tail):
            return m.group("head") + told.rjust(len(tail))
        if told and len(told) == len(tail) + 1 and m.string[m.end() : m.end() + 1] == " ":
            return m.group("head") + told[:-1] + _BORROWED
    return m.group(0)
