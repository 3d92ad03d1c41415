"""Grown-ups of a group named by their office one by one, or by a word before their role, in a list
of counted parts: "12 girls, 10-11 yrs, plus our coach and me" (2 adults), "15 members (all 13-17)
+ 3 adult volunteers + our choir director" (1 adult more), "26 students (all 8-9), the teacher (me)
and 6 parent volunteers", "5 coaches + 5 wives + our AD and his wife". An office one person holds
("our coach", "the teacher", "our youth pastor", "team manager") is an adult by role; "both
coaches" are two; a spouse after the holder one more; the writer ("and me") one.

Such a list is written "N adults" for the guest reader, only where it closes a sum of counted
parts that are no plain count of people ("20 adults and the coach": among the 20, or one more?
asked) and closes its clause ("the coach wants filet" is a choice, no guest).

Counts told with a word before their role are the role's count: "9 varsity seniors" are 9 seniors,
"2 band parents", "3 of us room parents" parents, "4 PTA moms" moms; spouses joined after another
count ("6 coaches + 6 wives") are that many adults; teachers are grown ("14 teachers plus 3
parents"). A wedding's child by role with an age ("+ the ring bearer (4)") is one kid of that age.
Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

# one holder of an office, the word before it saying which ("our choir director", "the head coach")
_OFFICE = (
    r"(?:(?:head|assistant|youth|choir|band|music|athletic|activities|team|faculty|club|lead|"
    r"associate|troop|den|program|school|new)\s+)?"
    r"(?:coach|teacher|aide|pastor|director|accompanist|advisor|adviser|sponsor|principal|instructor|"
    # a manager or a mom only of the team ("our manager and her husband" may be anyone's)
    r"scoutmaster|chaplain|counselor|counsellor|chaperone|conductor|ad|leader|(?<=team )(?:manager|mom))"
    r"(?!'s|s\b|-)"
)
_SPOUSE = r"(?:\s*(?:\band\b|&|\+)\s*(?:his|her)\s+(?:wife|husband|spouse))"


def _holder(spouse: str) -> str:
    """One office holder (a spouse after them in the group `spouse`), or "both coaches"."""
    return (
        rf"(?:(?:our|the)\s+{_OFFICE}(?:\s*\(\s*(?:me|that'?s me|thats me)\s*\))?{spouse}?"
        r"|both\s+(?:coaches|teachers|advisors|chaperones|leaders))(?:\s+po\b)?"
    )


_HOLDER = _holder(_SPOUSE)
_JOIN = r"(?:\s*,\s*(?:and\s+|plus\s+|\+\s*|&\s*)?|\s+and\s+|\s*&\s*|\s*\+\s*|\s+plus\s+)"
# a counted part right before: "12 girls, 10-11 yrs", "3 adult volunteers", "14 swimmers (all 9-11)"
_PART = (
    r"\b\d{1,3}\s+(?:[a-z'-]+\s+){0,3}?(?P<noun>[a-z-]+)(?P<aged>\s*\([^)]{0,40}\)"
    r"|\s*,\s*\d{1,2}\s*-\s*\d{1,2}\s*(?:yrs?|years?(?: old)?|yo)?)?"
)
_LIST = gated(re.compile(
    rf"{_PART}(?P<join>{_JOIN})(?P<list>(?:{_HOLDER}|me|myself)(?:{_JOIN}(?:{_HOLDER}|me|myself))*)"
    r"(?=\s*(?:[,.;!?:\n)]|$|too\b|also\b|\+|plus\b|and\s+\d))"
    # a count of grown-ups right after, the holders folded into it ("the teacher, the aide and 5
    # parent volunteers": 7 parents; "2 adults and 5 adults" would be asked: in all?)
    rf"(?:{_JOIN}(?P<more>\d{{1,3}}) "
    r"(?P<grown>parents|parent volunteers|(?:adult |assistant |head )?(?:volunteers|coaches|aides|"
    r"chaperones)|adults)\b)?"
))  # fmt: skip
_ONE = re.compile(_holder(f"(?P<spouse>{_SPOUSE})"))
# counts of people of any role: the holder may be among them ("20 adults and the coach")
_GENERIC = {"adults", "adult", "people", "ppl", "guests", "guest", "grownups", "grown-ups", "folks",
            "pax", "persons", "total", "us", "singles", "couples"}  # fmt: skip
_SENTENCE = re.compile(r"[^.!?\n]*\Z")
_GENERIC_COUNT = re.compile(r"\b\d{1,3}\s+(?:" + "|".join(sorted(_GENERIC)) + r")\b")


def _holders(said: str) -> int | None:
    """The people of an office list ("our coach and me": 2), or None with no office in it."""
    offices = list(_ONE.finditer(said))
    if not offices:
        return None
    people = sum(2 if o.group(0).startswith("both") or o.group("spouse") else 1 for o in offices)
    rest = _ONE.sub(" ", said)
    return people + len(re.findall(r"\b(?:me|myself)\b", rest))


# the young or a team counted by their part: "20 students (all 14-17)", "18 singers", "22 teens"
# (not "members": "3 staff members", "18 club members" are grown; members with ages are a team)
_TEAM = frozenset({
    "players", "students", "kids", "swimmers", "scouts", "cubs", "girls", "boys", "campers", "dancers",
    "athletes", "gymnasts", "graders", "singers", "debaters", "wrestlers", "cheerleaders", "runners",
    "skaters", "seniors", "juniors", "teens", "teenagers", "musicians", "cadets", "youth",
})  # fmt: skip


def _alone_after_team(m: re.Match[str]) -> bool:
    """Whether the holders follow a team's count straight, with no counted grown-ups after them
    nor the writer among them: "22 teens (all 13-17) and the youth pastor" is asked (in the count,
    or one more?), as "Coach Rivera and Coach Lee" after it is (the reading rules; q85x: 69 bk055);
    "14 swimmers + our coach + 5 parents", "3 adult volunteers + our choir director" and "plus
    our coach and me" are counted."""
    if m.group("more") or re.search(r"\b(?:me|myself)\b", m.group("list")):
        return False
    return bool(m.group("aged")) or m.group("noun") in _TEAM


# "..., 2 office staff and our principal, all adults": a role list closed by its all-adults
# remark, read whole by role_lists (q85x: 127 dq027)
_ALL_ADULTS_AFTER = re.compile(r"\s*,?\s*(?:all|every(?:one|body))\s+(?:are\s+)?(?:adults|grown)")


def _listed(m: re.Match[str]) -> str:
    # ("5 couples from church and the pastor and his wife": the part's count is of couples, its
    # last word where they come from, q85x: 117 dg052)
    if any(word in _GENERIC for word in re.findall(r"[a-z-]+", m.string[m.start() : m.end("noun")])):
        return m.group(0)
    if _ALL_ADULTS_AFTER.match(m.string, m.end()):
        return m.group(0)
    if _GENERIC_COUNT.search(_SENTENCE.search(m.string[: m.start()]).group(0)):  # type: ignore[union-attr]
        return m.group(0)  # "10 adults + 5 kids + the coach": among the adults?
    if _alone_after_team(m):
        return m.group(0)  # "20 students (all 14-17) and the youth pastor": among them, or one more?
    people = _holders(m.group("list"))
    if people is None:
        return m.group(0)
    said = f"{people} adult" + ("s" if people > 1 else "")
    if m.group("more"):
        word = m.group("grown")
        word = "parents" if word.startswith("parent") else "adults"
        said = f"{people + int(m.group('more'))} {word}"
    return m.group(0)[: m.start("list") - m.start()] + said


# "9 varsity seniors", "2 band parents", "4 pta moms", "3 of us room parents": the role's count
_MODIFIED = gated(re.compile(
    r"\b(\d{1,3} (?:of us )?)(?:varsity|jv|band|room|team|booster|boosters|pta|pto|class|homeroom|"
    r"graduating|cheer|dance|choir|troop|den|scout) (seniors|parents|moms|mums|dads)\b"
))  # fmt: skip
# "6 coaches + 6 wives": spouses joined after another count are that many grown-ups
_SPOUSES = re.compile(
    r"(\b\d{1,3} [a-z-]+(?:\s*\([^)]{0,40}\))?\s*(?:,\s*(?:and\s+|plus\s+)?|\+\s*|&\s*|\band\s+|"
    r"\bplus\s+))(\d{1,3}) (?:wives|husbands|spouses)\b"
)
# (the spouses chosen for by another word: "9 guys and 7 wives ... the ladies want chicken", q85x:
# 125 do091)
_CHOOSING = re.compile(
    r"\bthe (?:wives|husbands|spouses|ladies|women|gals|girls|men|guys|fellas|hubbies) "
    r"(?:want|get|have|will|would|like|prefer|need)"
)
# "12 firefighters + 12 spouses + the chief and his wife = 26 adults": a sum the writer closes
# with its total, read whole by the sum's reader (q85x: 128 dr062)
_SUMMED = re.compile(r"[^.!?\n]*?=\s*\d")
# "14 teachers plus 3 parents": a grown role, counted beside another count ("the 2 of us
# teachers" and "21 teachers" alone are left to the readers that know them)
_TEACHERS = re.compile(r"(?<!adult )(?<!of us )\b(\d{1,3}) teachers\b(?=\s*(?:,|\+|&|and|plus)\s*\d)")
# "16 teachers" alone, no kid or other people named: the teachers are the party's grown-ups
# (round q85o: "teacher appreciation dinner 16 teachers, filet and chicken"); beside kids ("20
# students and 2 teachers") left to the readers that know them
_TEACHERS_ALONE = re.compile(
    r"(?<!adult )(?<!of us )\b(\d{1,3}) teachers\b(?!\s*(?:,|\+|&|and|plus)\s*\d)"
)
_OTHERS_NAMED = re.compile(
    r"\b(?:kids?|child|children|students?|class|classroom|boys?|girls?|sons?|daughters?|toddlers?|"
    r"bab(?:y|ies)|teens?|players|scouts|grade|graders|pupils|"
    # other people named beside them ("a thank-you lunch from the parents for 8 teachers": are
    # the parents eating too?)
    r"parents|moms|dads|mums|famil(?:y|ies)|spouses|partners|husbands|wives|guests|people|ppl|"
    r"adults|friends|pta)\b"
)
# "12 seniors + 3 staff + our activities director": "staff" beside another count, as "staff
# members" (a grown-up's word the list readers know)
_STAFF = re.compile(r"\b(\d{1,3}) staff\b(?!\s+[a-z]+s?\b(?<!\band)(?<!\bplus))")
# a total the parts are told inside, or partners beside ("27 adults (22 residents and 3 staff)",
# "14 staff + their spouses"): the readers' and the net's
_STAFF_APART = re.compile(r"\(|\badults?\b|spouses?|partners?|wives|husbands|plus[- ]?ones?")
# "+ the ring bearer (4)", "the flower girl (6)": a wedding's child by role with an age
_WEDDING_KID = re.compile(
    r"\bthe (?:ring bearer|flower girl|page boy|junior bridesmaid)\s*\(\s*(\d{1,2})\s*\)"
)


def _wedding_kid(m: re.Match[str]) -> str:
    """ "the ring bearer (4)" as "1 kid (4)"; a grown one's age is left to the readers."""
    return f"1 kid ({m.group(1)})" if int(m.group(1)) < 13 else m.group(0)


def office_holders(text: str) -> str:
    """`text` with the office holders closing a list of counted parts written "N adults", role
    counts told with a word before the role written as the role's count, spouses joined after a
    count and teachers written as adults, staff beside other counts as staff members, and a
    wedding's child by role as one kid of its age."""
    counted = len(re.findall(r"\b\d{1,3} [a-z]+", text))
    if " staff" in text and counted > 1 and not _STAFF_APART.search(text):
        text = _STAFF.sub(r"\1 staff members", text)  # before the holders close the list
    text = _LIST.sub(_listed, text)
    if "teachers" in text:
        text = _TEACHERS.sub(r"\1 adult teachers", text)
        counts = re.findall(r"\b\d{1,3} [a-z]+", text)
        if len(counts) == 1 and not _OTHERS_NAMED.search(text):
            text = _TEACHERS_ALONE.sub(r"\1 adults", text)
    text = _MODIFIED.sub(r"\1\2", text)
    # ("10 guys and 10 wives. ... the wives want chicken": the choosers' word stays)
    if re.search(r"\d (?:wives|husbands|spouses)\b", text) and not _CHOOSING.search(text):
        text = _SPOUSES.sub(lambda m: m.group(0) if _SUMMED.match(text, m.end()) else
                            f"{m.group(1)}{m.group(2)} adults", text)  # fmt: skip
    if "(" in text:
        text = _WEDDING_KID.sub(_wedding_kid, text)
    return text


# "our coach wants to come too! add 1 adult": one office holder who joins, the request after it
# restating them ("1 more coach can come, add 1 adult" is `restated_add`'s)
_JOINING = gated(re.compile(
    rf"\b(?:our|the|my)\s+{_OFFICE}(?P<spouse>{_SPOUSE})?\s+(?:(?:wants?|wanna)\s+(?:to\s+)?"
    r"(?:come|join(?:\s+us)?)|(?:is|will be)\s+(?:coming|joining)|can (?:come|make it)|said yes|"
    r"rsvp'?d|signed up)(?:\s+(?:too|also|as well))?\s*[,.!;-]*\s*(?:(?:so|and)\s+)?"
    r"(?:(?:please|pls|can you|could you)\s+)?"
    r"(?=add\s+(?P<asked>\d{1,3})\s+(?:more\s+)?(?:adults?|people|ppl|guests|persons)\b)"
))  # fmt: skip


def holder_joins(text: str) -> list[tuple[tuple[int, int], str | None]]:
    """The office holders of normalized `text` who join with a request restating them ("our
    coach wants to come too! add 1 adult"), each with a check when the counts differ."""
    found: list[tuple[tuple[int, int], str | None]] = []
    for m in _JOINING.finditer(text):
        told, asked = 2 if m.group("spouse") else 1, int(m.group("asked"))
        why = None if told == asked else f"{told} more joining, but add {asked} adults: how many?"
        found.append((m.span(), why))
    return found
