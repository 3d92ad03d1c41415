"""A group told by its roles in a first message, rewritten as the counts the readers know
(round q86k):

- a bracket naming someone inside the count before it ("24 teachers (Mrs. Chen included)", "20
  staff (me included)", "(including me)") is no one more: blanked, the count read as it is;
- a counted role told one age for all of them, a grown or teen age ("plus our 2 scholarship
  winners (both 18)", "3 scholarship recipients (all 18)"), are that many adults (teens are
  adults); only after a joiner, as a part of a list (the young and teams have their readers);
- members "+ spouses" with the total of adults they make ("5 den leaders + spouses, 10 adults":
  10) are that total; a total they do not make ("3 den leaders + spouses, 7 adults") is left
  as it was (asked);
- the office and its spouse after couples ("10 couples from the choir, plus the pastor and his
  wife", "10 parejas del coro, más el pastor y su esposa") are one couple more: 2 more adults
  (after a plain count of adults, "20 adults and the pastor and his wife", asked as before);
- a class's grown-ups one by one, the teacher by title and name among them, then a count of
  grown-ups ("24 3rd graders, ms garcia, her aide and 4 of us parent volunteers") are one count
  of adults (6).

Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

# "(mrs. chen included)", "(me included)", "(including me)", "(incl mr lopez)": a few words, no number
_INCLUDED = re.compile(
    r"(?<=[a-z])\s*\(\s*(?:(?:[a-z]+\.?\s+){0,2}[a-z]+\.?\s+(?:included|incl\.?)"
    r"|(?:including|incl\.?)\s+(?:[a-z]+\.?\s+){0,2}[a-z]+)\s*\)"
)
# a count of a role right before the bracket ("24 teachers", "20 staff members")
_COUNTED = re.compile(r"\b\d{1,3}\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*\Z")

_WRITER_JOINED = re.compile(
    r"\b(?:me|myself|i|us)\s*(?:\+|&|,|\band\b|\bplus\b)\s*\d{1,3}\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*\Z"
)


def included_brackets(text: str) -> str:
    """`text` with a bracket naming one inside the count before it blanked (same length)."""
    if "incl" not in text:
        return text
    for m in reversed(list(_INCLUDED.finditer(text))):
        # the writer joined to the count ("me + 9 of the girls (bride included), and 2 of the
        # girls are bringing their moms": 12) is the writer's list, whose readers know the
        # bracket; blanked, "me" was left uncounted (mend q86x, 171 fi080)
        if _COUNTED.search(text, 0, m.start()) and not _WRITER_JOINED.search(text, 0, m.start()):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


# words the readers of the young and of teams know with their ages: left to them
_YOUNG = frozenset({
    "kids", "children", "teens", "teenagers", "girls", "boys", "players", "friends", "students",
    "grandkids", "cousins", "siblings", "nieces", "nephews", "sons", "daughters", "babies",
    "toddlers", "twins", "scouts", "campers", "dancers", "swimmers", "athletes", "wrestlers",
    "buddies", "pals", "teammates", "classmates", "roommates", "guys", "dudes", "bros",
})  # fmt: skip
_AGED_PART = re.compile(
    r"(?P<join>(?:\bplus|\band|&|\+|,)\s+(?:our\s+|the\s+|my\s+)?)(?P<n>\d{1,2})\s+"
    # the role counted itself, no one's peers ("8 of his buddies (all 13)": the honoree's readers)
    r"(?P<words>(?:(?!(?:of|his|her|their|my|our)\b)[a-z-]+\s+){0,2}(?P<noun>(?!of\b)[a-z-]+s))\s*"
    r"\(\s*(?:(?P<both>both)|all(?:\s+of\s+them)?)?\s*(?P<age>1[3-9]|[2-9]\d)"
    r"(?:\s*(?:yrs?|years?)(?:\s+old)?|\s*yo)?\s*\)"
)


def aged_grown_parts(text: str) -> str:
    """`text` with a counted role of one teen or grown age for all, after a joiner, written as
    that many adults ("plus our 2 scholarship winners (both 18)": "plus our 2 adults")."""
    if "(" not in text:
        return text
    return _AGED_PART.sub(_aged_part, text)


def _aged_part(m: re.Match[str]) -> str:
    if m.group("noun") in _YOUNG or (m.group("both") and m.group("n") != "2"):
        return m.group(0)
    return f"{m.group('join')}{m.group('n')} adults"


_SPOUSES = re.compile(
    r"\b(?P<n>\d{1,3})\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*(?:\+|&|\band|\bplus|\bwith|w/)\s*"
    r"(?:their\s+|the\s+)?(?:spouses|wives|husbands|partners|plus[- ]ones)"
    r"\s*[,:;-]?\s*(?:(?:so|that's|thats|which\s+is|=)\s*)?(?:(?:a\s+)?total\s+(?:of\s+)?)?"
    r"(?=(?P<total>\d{1,3})\s+(?:adults|people|ppl|guests|grown[- ]?ups|total)\b)"
)


def spouses_with_total(text: str) -> str:
    """`text` with "N <role> + spouses" blanked before the total of adults they make ("5 den
    leaders + spouses, 10 adults": "10 adults"); a total they do not make left as written."""
    if not any(w in text for w in ("spouses", "wives", "husbands", "partners", "plus-ones")):
        return text
    for m in reversed(list(_SPOUSES.finditer(text))):
        if 2 * int(m.group("n")) == int(m.group("total")):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


_OFFICE = (
    r"(?:pastor|priest|minister|reverend|deacon|rabbi|imam|bishop|director|coach|principal|"
    r"pastora|padre|diacono|diácono|ministro|director|directora|maestro|entrenador)"
)
_COUPLE_OFFICE = re.compile(
    r"(?P<head>\b\d{1,3}\s+(?:[a-z]+\s+)?(?:couples|parejas|matrimonios)\b[^.!?\n;]{0,50}?)"
    r"\s*,?\s*(?:plus|and|&|\+|más|mas|y)\s+(?:the|our|el|nuestro)\s+"
    rf"(?:(?:youth|senior|lead|head|associate)\s+)?{_OFFICE}\s+"
    r"(?:and|&|\+|y|con)\s+(?:his|her|su)\s+(?:wife|husband|spouse|esposa|esposo|señora|senora)"
    r"(?=\s*(?:[,.;!?\n]|$))"
)


def office_couple(text: str) -> str:
    """`text` with the office and its spouse after a count of couples written as 2 more adults
    ("10 couples from the choir, plus the pastor and his wife": "..., plus 2 more adults")."""
    if "couples" not in text and "parejas" not in text and "matrimonios" not in text:
        return text
    return _COUPLE_OFFICE.sub(_office_couple, text)


def _office_couple(m: re.Match[str]) -> str:
    if re.search(r"(?:,|\band|&|\+)\s*\Z", m.string[: m.start()]):
        return m.group(0)  # "me, my husband, 5 couples from church and the pastor ...": the list's
    return f"{m.group('head')}, plus 2 more adults"


def roles_told(text: str) -> str:
    """`text` with the role lists this module reads rewritten (see the module's docstring)."""
    text = spouses_with_total(aged_grown_parts(included_brackets(text)))
    return class_staff(office_couple(text))


# A class or a team counted, then its grown-ups one by one and a count of more grown-ups: "24 3rd
# graders, ms garcia, her aide and 4 of us parent volunteers" (6 adults), "20 3rd graders + ms. kim
# + 4 parent volunteers" (5). The teacher by title and name is one adult (the readers dropped her:
# "24 students (all 8-9), ms garcia, her aide and 4 parents" was read 4 adults with no flag).
_CLASS = (
    r"\b\d{1,3}\s+(?:[a-z0-9-]+\s+){0,2}?(?:graders|students|kids|children|players|scouts|"
    r"campers|dancers|swimmers|kindergartners|preschoolers|year\s+olds|yr\s+olds)"
    r"(?:\s*\([^)]{0,30}\))?"
)
_TITLED_NAME = r"(?:mr|mrs|ms|miss|mx|coach)\.?\s+(?!(?:and|or|plus|her|his|the)\b)[a-z]+"
_HELPER = (
    r"(?:the|our|her|his|their|my)\s+(?:aide|assistant|teacher|para|paraprofessional|"
    r"co-?teacher|student\s+teacher|assistant\s+coach|teaching\s+assistant)"
)
_ITEM = rf"(?:{_TITLED_NAME}|{_HELPER}|me|myself)"
_JOINER = r"(?:\s*,\s*(?:and\s+|plus\s+|\+\s*|&\s*)?|\s+and\s+|\s*&\s*|\s*\+\s*|\s+plus\s+)"
_CLASS_STAFF = re.compile(
    rf"(?P<class>{_CLASS}){_JOINER}(?P<items>{_ITEM}(?:{_JOINER}{_ITEM})*){_JOINER}"
    r"(?P<more>\d{1,3})\s+(?:of\s+us\s+)?(?:parent\s+volunteers|room\s+parents|parents|chaperones|"
    r"adults|moms|dads|volunteers)\b(?=\s*(?:[,.;!?\n]|$))"
)
_ONE_ITEM = re.compile(_ITEM)


def class_staff(text: str) -> str:
    """`text` with a class's grown-ups listed one by one (one named by title among them) and a
    count of grown-ups after them written as one count of adults ("24 3rd graders, ms garcia, her
    aide and 4 of us parent volunteers": "24 3rd graders, 6 adults")."""
    if not any(t in text for t in ("mr", "ms", "miss", "mx", "coach")):
        return text
    return _CLASS_STAFF.sub(_staffed, text)


def _staffed(m: re.Match[str]) -> str:
    if not re.search(_TITLED_NAME, m.group("items")):
        return m.group(0)  # "the teacher and 6 parent volunteers": their readers (`lone_role`)
    people = len(_ONE_ITEM.findall(m.group("items")))
    return f"{m.group('class')}, {people + int(m.group('more'))} adults"
