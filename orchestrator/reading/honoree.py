"""The person a party is for, named by a pronoun at the head of the guest list ("my son's 15th:
him, 14 of his friends (all 14-15) and me and my wife", "sweet 16! her + 12 friends"), and the
writer added alone at its end ("... plus me"), and the person who invites or brings a counted group
("he's inviting 11 buddies (all 14-16)", "my daughter + 8 of her friends"). The person is one
guest whose age the event gives (an ordinal birthday, "sweet 16", "turning 9"); without it the
age is asked, unless the group works with them ("11 guys from work", "12 coworkers": an adult);
"..., plus him and me" after that group names the person again and the writer, one more. Each reader
returns the guests it counts and the span it explains. The group that person invites, of no age
told, is theirs (`young_invitees`): the writer's list does not count it as the writer's friends."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestrator.catalog import Catalog
from orchestrator.reading.age_bands import band
from orchestrator.reading.honoree_peers import peers_band
from orchestrator.reading.partner_honoree import partner_age
from orchestrator.reading.phrases import FRIEND_WORDS

Span = tuple[int, int]

# The head of a list: a sentence start or "it's", "it will be", "party is"; not "for her" or
# "surprise him", which name no list.
_HEAD = (
    r"(?:^|(?<=[.!?:;\n])|(?<=[.!?:;\n-] )"
    # ("it'll be her + 9 of her classmates (all 13-14), me, ...": the future's contraction too)
    r"|\b(?:it'?s|it is|its|will be|it'?ll be|party is|guests? (?:are|is))\s+"
    # after the event's age that names whose party it is: "my son's 16th, he + 11 of his friends"
    # (or the event itself: "my daughters sweet 16, she plus 12 of her friends", "my son's
    # graduation party, he + 11 of his teammates")
    r"|\b(?:my|our)\s+(?:son|daughter|boy|girl)'?s\s+(?:\d{1,2}(?:st|nd|rd|th)|sweet\s+1[56]|"
    r"(?:graduation|grad|birthday|bday)(?:\s+party)?)\s*[,:-])"
)
# The pronoun as subject too ("she + 12 of her friends", "he and 9 of his buddies"): away from
# a list's head it is asked, never left out
# ("me, my husband, her, her 2 brothers (8 and 10)": her siblings, no group she brings)
_HONOREE = re.compile(
    r"\b(him|her|he|she)\s*(?:,|\+|&|and|plus|with)\s*(?:his\s+|her\s+)?(?=\d)"
    r"(?!\d{1,2}\s+(?:brothers|bros|sisters|siblings|sibs)\b)"
)
_AT_HEAD = re.compile(rf"{_HEAD}\s*$")
# ... or the next item of a list after the grown guests counted, when the event gives the person
# an age ("my son's 9th! 6 adults + him and 5 of his friends (all 9)": he is one of the kids)
_AFTER_GROWN = re.compile(r"\b\d{1,3}\s+(?:adults|grown-?ups|parents)\s*(?:,|\+|&|and|plus)\s*$")
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}  # fmt: skip
_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)|(" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")"
# The age of the person the party is for: "my son's 15th", "her 12th bday", "sweet 16",
# "turning 9"; an ordinal alone ("june 14th") is a date.
_AGE = re.compile(
    rf"\b(?:'s|his|her)\s+(?:{_ORDINAL})\b(?!\s+(?:of|st|street|ave)\b)"
    rf"|\b(?:{_ORDINAL})\s+(?:bday|b-day|birthday|bd|party)\b"
    r"|\bsweet\s+(16)\b|\bturn(?:s|ing)\s+(\d{1,2})\b"
)
# the possessive's apostrophe left out, as voice-to-text writes it ("its my husbands 50th", "my
# wifes 40th"): "my" or "our" before says it is a person's, not a date's ("saturday the 14th")
_AGE_NO_APOSTROPHE = re.compile(
    rf"\b(?:my|our)\s+[a-z]+s\s+(?:{_ORDINAL})\b(?!\s+(?:of|st|street|ave)\b)"
)
# The writer added alone after the list ("..., plus me"); "me and my wife" is the writer's own
# list, read by the household reader.
_LONE_WRITER = re.compile(
    r"\s*(?:,\s*)?(?:\+|&|and|plus)\s*(?:and\s+)?(me|myself)\b"
    r"(?!\s*(?:,|&|\+|and|plus|n|with)\s*(?:my|our|his|her|the|\d))"
)
# The writer and one grown relation added after the list ("... plus me n my sister", "+ me and
# my husband"; the honoree's other parent, "plus me and his dad"): two adults; a relation who may
# be a kid ("me and my son") or a list going on ("me and my sister and her kids") is left to the
# checks
_WRITER_AND_ONE = re.compile(
    r"\s*(?:,\s*)?(?:\+|&|and|plus)\s*((?:me|myself)\s*(?:,|&|\+|and|n)\s*(?:my\s+(?:sister|brother|mom|"
    r"mum|mother|dad|father|wife|husband|hubby|partner|gf|bf|girlfriend|boyfriend|aunt|uncle|"
    r"best friend|bff|roommate)|(?:his|her)\s+(?:dad|father|mom|mum|mother)))\b(?!')"
    # ("+ me and my husband + grandma.": a grandparent named bare goes on with the writer's list)
    r"(?!\s*(?:,|&|\+|and|plus|n|with)\s*(?:my|our|his|her|the|\d|grandma|grandpa|grandmother|"
    r"grandfather|granny|gramma|grammy|grampa|gramps|nana)\b)"
)
# The person who invites, named again with the writer after the group: "he's inviting 11 guys from
# work, plus him and me" (him: the one already counted; me: one adult more)
_HONOREE_AND_WRITER = re.compile(
    r"\s*(?:,\s*)?(?:\+|&|and|plus)\s*((?:him|her)\s*(?:,|&|\+|and|n)\s*(?:me|myself))\b"
    r"(?!\s*(?:,|&|\+|and|plus|n|with)\s*(?:my|our|his|her|the|\d))"
)
# Where the invited group works with the person: "11 guys from work", "9 ladies from her office",
# "12 coworkers": the person who invites them works too, an adult.
_WORK_TAIL = re.compile(
    r"\s+(?:from|at)\s+(?:work|the office|(?:his|her|their|my|our)\s+(?:work|office|job))\b"
)
_WORK_GROUP = re.compile(
    r"\d{1,3}\s+(?:of\s+(?:his|her|their)\s+)?(?:coworkers|co-workers|colleagues)\b"
)


@dataclass(frozen=True, slots=True)
class Counted:
    """Guests the words count: `band` None when their age is not given (then `check` asks)."""

    count: int
    band: str | None
    span: Span
    check: str | None = None


# The person the party is for, who invites or brings a counted group ("she's inviting 9 friends
# (14-15)", "my son is bringing 7 of his teammates (15-17)", "she's having 10 friends over"), or
# is named first beside it ("my daughter + 6 of her friends (all 12)"): one guest more than the
# group. "having"/"has" only with "over" or "coming" after the group ("she has 2 kids (4, 6)" is
# her own family, not her guests).
_PERSON = (
    r"(?:(?:he|she)(?:'s|s|\s+is|\s+has|\s+will\s+be|'ll\s+be)?|(?:my|our)\s+(?:son|daughter|boy|girl)"
    r"(?:'s|\s+is|\s+has|\s+will\s+be)?|the\s+(?:birthday|bday|b-day)\s+(?:boy|girl))"
)
_INVITES = re.compile(
    rf"\b{_PERSON}\s+(?:(inviting|invited|invites|bringing|brought|brings|asked|asking)"
    # (a gap of more spaces is a tally's parts blanked by the prepass: "she's inviting 8 friends
    # plus her and me, so 10 adults" reaches the total, which counts her already)
    r"|(having|has))\s{1,3}(?:over\s+)?(?:his\s+|her\s+)?(?=\d)"
)
_BESIDE = re.compile(
    r"\b(?:my|our)\s+(?:son|daughter|boy|girl)\s*(?:\+|&|and|plus|with)\s*(?=\d{1,3}\s+of\s+(?:his|her)\b)"
)
# The group the honoree brings: a count and a plural word that is no unit or food ("9 friends",
# "7 of his teammates", "6 girls"); any reader may count it, the honoree is one more.
_GROUP = re.compile(
    r"\d{1,3}\s+(?:of\s+(?:his|her|their)\s+)?(?!(?:hours|years|yrs|miles|minutes|days|weeks|portions|"
    r"proteins|tails|lbs|dollars|bucks|orders|plates|trays)\b)[a-z]+s\b"
)
# The honoree named with the event's age before the pronoun ("my daughter is turning 17 and she's
# inviting ..."): the same guest, explained with it
_NAMED_TURNING = re.compile(
    r"\b(?:my|our)\s+(?:son|daughter|boy|girl)(?=(?:'s|\s+is)?\s+turn(?:s|ing)\s+\d)"
)
# The invited group told by a friends' word with no ages after it ("12 friends", not "12 friends
# (14-16)", "12 friends over (all 15-16)" or "12 friends all 15"): any other word is another
# reader's
_FRIENDS_OF_NO_AGE = re.compile(
    rf"\d{{1,3}}\s+(?:of\s+(?:his|her|their)\s+)?{FRIEND_WORDS}\b"
    r"(?!(?:\s+(?:over|coming|along))?\s*(?:\(|,?\s*(?:all|ages?|aged|both)\b))"
)
# "my son and 19 of his classmates 🎓 20 ppl": the total right after the group
_TOTAL_AFTER = re.compile(
    r"[^\d!?\n]{0,8}?(?:so\s+|=\s*)?(\d{1,3})\s+(?:ppl|people|guests|total|of us)\b"
)
_GRADUATION = re.compile(r"\b(?:grad|graduation|graduating|graduates?)\b")
_OVER = re.compile(r"[^.!?\n]{0,25}?\b(?:over|coming)\b")


def _inviting_honoree(
    text: str, catalog: Catalog, counted: list[Span], teens: frozenset[Span]
) -> list[Counted]:
    """The honoree who invites, brings or heads a counted group: one guest of the event's age
    (`teens`: the groups told "all" 13 and over, whose inviter at a graduation is an adult)."""
    found: list[Counted] = []
    for m in (*_INVITES.finditer(text), *_BESIDE.finditer(text)):
        group = _GROUP.match(text, m.end())
        if group is None or any(s <= m.start() < e for s, e in counted):
            continue
        if m.re is _INVITES and m.group(2) and not _OVER.match(text, group.end()):
            continue  # "she has 2 kids (4 and 6)": her own family
        age = honoree_age(text) or partner_age(text, m.group(0))  # "for my wife, she's inviting"
        work = _WORK_TAIL.match(text, group.end())
        if age is None and (work or _WORK_GROUP.match(text, m.end())):
            found.append(Counted(1, "adults", (m.start(), m.end())))  # "inviting 12 coworkers"
        elif age is None and _GRADUATION.search(text) and any(g[0] == group.start() for g in teens):
            # "grad party for my son, he's inviting 10 buddies (all 17-18)": one who graduates with
            # friends of that age is no child ("(14-15)" stays asked, and so does a birthday's
            # "he's inviting 10 buddies (all 14-15)": he may be younger)
            found.append(Counted(1, "adults", (m.start(), m.end())))
        elif age is None:
            check = "the person the party is for brings guests: how old?"
            if (total := _TOTAL_AFTER.match(text, group.end())) and int(total.group(1)) == int(
                group.group(0).split()[0]
            ) + 1:  # "my son and 19 of his classmates 20 ppl": they are the total said after
                found.append(Counted(0, None, (m.start(), group.end()), check))
                continue
            found.append(Counted(1, None, (m.start(), m.end()), check))
        else:
            found.append(Counted(1, band(age, catalog), (m.start(), m.end())))
        end = work.end() if work else group.end()
        if not work and _FRIENDS_OF_NO_AGE.match(text, m.end()) and young_invitees(text, m.end()):
            # "she's inviting 12 friends plus me": hers, of no age told (the number explained)
            found.append(Counted(0, None, group.span(), f"the {group.group(0)} invited: how old?"))
        if both := _HONOREE_AND_WRITER.match(text, end):  # ", plus him and me": the writer more
            found.append(Counted(1, "adults", both.span(1)))
            grown = age is not None and age >= _GROWN
            # (coworkers are adults to the guest reader already: counted there, not twice)
            if grown and not work and not _WORK_GROUP.match(text, m.end()) and (
                _FRIENDS_OF_NO_AGE.match(text, m.end())
            ):
                # "my husband's 50th, he's inviting 10 buddies plus him and me": a grown person's
                # friends are grown, and the list the writer closes counts them (no other reader
                # does: the writer's own list starts after "him")
                found.append(Counted(int(group.group(0).split()[0]), "adults", group.span()))
    if found:
        found += [Counted(0, None, n.span()) for n in _NAMED_TURNING.finditer(text)]
    return found


_GROWN = 18  # the friends of a grown person the party is for are grown too


def young_invitees(text: str, at: int) -> bool:
    """The count at `at` is the group the person the party is for invites or brings ("she's
    inviting 12 friends"), that person not grown or of no age told and the group not from work:
    their friends' ages are not the writer's friends' (adults), and not given."""
    group = _GROUP.match(text, at)
    if _WORK_GROUP.match(text, at) or (group and _WORK_TAIL.match(text, group.end())):
        return False  # "inviting 12 coworkers", "11 guys from work": grown
    age = honoree_age(text)
    return any(
        m.end() == at and ((grown := age or partner_age(text, m.group(0))) is None or grown < _GROWN)
        for m in (*_INVITES.finditer(text), *_BESIDE.finditer(text))
    )


def honoree_age(text: str) -> int | None:
    """The age the event gives its person, when the text gives exactly one."""
    ages = set()
    for m in _AGE.finditer(text):
        number, word = (m.group(1) or m.group(3)), (m.group(2) or m.group(4))
        said = number or (str(_ORDINAL_WORDS[word]) if word else None) or m.group(5) or m.group(6)
        if said:
            ages.add(int(said))
    for m in _AGE_NO_APOSTROPHE.finditer(text):
        ages.add(int(m.group(1) or _ORDINAL_WORDS[m.group(2)]))
    return ages.pop() if len(ages) == 1 else None


def honoree_guests(
    text: str, catalog: Catalog, groups: list[Span], teens: frozenset[Span] = frozenset()
) -> list[Counted]:
    """The pronoun heading a guest list whose next item is a counted group (`groups`: the spans
    of the groups already counted; `teens`: those told "all" 13 and over), and the writer
    added alone right after that group."""
    found: list[Counted] = []
    for m in _HONOREE.finditer(text):
        group = next((g for g in groups if m.end() <= g[0] <= m.end() + 4), None)
        if group is None:
            continue
        age = honoree_age(text)
        who = m.group(1)
        listed = age is not None and _AFTER_GROWN.search(text[: m.start()])
        # "surprise him with 10 friends": one more?
        if not (_AT_HEAD.search(text[: m.start()]) or listed):
            found.append(Counted(0, None, m.span(1), f"'{who}' beside the guest count: counted?"))
        elif age is None and group in teens:
            # "him + 13 of his buddies (all 15-17)": the ages close the list he heads; a friend of
            # teens that age is no child (a younger band stays asked: "her + 8 friends (all 6-7)")
            found.append(Counted(1, "adults", m.span(1)))
        elif age is None and (kid := peers_band(text, group, catalog)):
            found.append(Counted(1, kid, m.span(1)))  # "him + 5 of his friends (all 8)"
        elif age is None:
            found.append(Counted(1, None, m.span(1), f"'{who}' heads the guest list: how old?"))
        else:
            found.append(Counted(1, band(age, catalog), m.span(1)))
    found += _inviting_honoree(text, catalog, [c.span for c in found], teens)
    for group in groups:  # "9 buddies (13-14), plus me"
        if lone := _LONE_WRITER.match(text, group[1]):
            found.append(Counted(1, "adults", lone.span(1)))
        elif pair := _WRITER_AND_ONE.match(text, group[1]):
            found.append(Counted(2, "adults", pair.span(1)))
    return found
