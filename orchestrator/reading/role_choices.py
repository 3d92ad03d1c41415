"""Choices given to the party's two sides by the words the message counted them with: "bday boy
+ 7 friends (all 10) and 4 dads incl me. hibachi chicken for the boys, the dads want ny strip and
shrimp". When the kids are all of one kind ("our 3 boys (12, 10 and 8)", "bday boy + 7 friends
(all 10)": boys; "our daughter + 5 friends (all 11)": girls) and every age said is a kid's (12 or
under), "the boys" / "the girls" are the kids; when the grown-ups are counted by one word and no
other grown-up is named ("4 dads", "6 parents", "2 coaches", "me and 3 other moms"), "the dads" /
"the parents" are the adults; when the writer is listed beside them ("4 moms and me"), "the moms
and me" (or "me and the moms") are the adults, written "the grown-ups" (round q85o). All are
written so ("the kids", "the adults") before the counts are read (while "4 dads" and "bday boy"
still say who they are), for the protein reader, which splits the choice between kids and adults.
Anything else keeps the words, and the net asks:
kids of both kinds or of no kind said ("our 2 boys and our girl": is the girl one of "the
boys"?), an age of 13 or more (priced as an adult), another grown-up named beside the group
("4 dads and 2 grandmas": which of them are "the dads"?), "the other dads" (the writer apart),
the writer beside the dads ("3 dads and me") when "the dads" alone choose (and the writer?)."""

from __future__ import annotations

import re

from orchestrator.reading.reasons import not_understood

# the young guests said to be boys or girls: "our 3 boys", "bday boy", "twin boys", "our daughter"
_BOYS = re.compile(r"\b(?:boys?|sons?|nephews?)\b")
_GIRLS = re.compile(r"\b(?:girls?|daughters?|nieces?)\b")
# young guests of no kind, or of another: whose side are they on?
_OTHER_YOUNG = re.compile(
    r"\b(?:kids?|children|child|kiddos?|little ones|toddlers?|bab(?:y|ies)|teens?|teenagers?|"
    r"grandkids|grandchildren|students|players|cousins)\b"
)
# the ages said: "(12, 10 and 8)", "(all 10)", "all 9"; a kid's, each (a 13 is an adult's price)
_AGES = re.compile(
    r"\((?:all\s+|ages?\s+)?(\d{1,2}(?:\s*(?:,|&|and|-)\s*\d{1,2})*)\)|\ball\s+(\d{1,2})\b"
)
# the grown-ups counted by one word: "4 dads", "6 parents", "3 other moms", "5 dads incl me"
_GROWN = r"dads|moms|mums|parents|fathers|mothers|coaches|leaders|chaperones"
_GROWN_COUNTED = re.compile(rf"\b\d{{1,2}}\s+(?:other\s+)?({_GROWN})\b")
# the writer beside them: "3 dads and me", "the dads and me want": the dads are not all the adults
_AND_ME = re.compile(r"\s*(?:,|and|&|\+|plus|n)\s*(?:me|myself|i)\b")
# the writer listed beside the grown-ups counted: "me, 6 dads and 10 boys", "6 dads + me (mom)"
_ME = r"(?:me|myself)"
_BESIDE = re.compile(
    rf"\b{_ME}\s*(?:,|and|&|\+|plus|n)\s*\d{{1,2}}\s+(?:other\s+)?(?:{_GROWN})\b"
    rf"|\b\d{{1,2}}\s+(?:other\s+)?(?:{_GROWN})\s*(?:,|and|&|\+|plus|n)\s*(?:{_ME}|i)\b"
)
# any grown-up named beside them: "4 dads and 2 grandmas", "10 adults", "my wife"
_OTHER_GROWN = re.compile(
    r"\b(?:adults?|grown[- ]?ups?|grand(?:ma|pa|mother|father|parent)s?|nana|papa|abuel[ao]s?|"
    rf"aunts?|uncles?|wife|husband|hubby|coach(?:es)?|teachers?|chaperones?|friends of|{_GROWN}|"
    r"dad|mom|mum|father|mother|couples?|guys|ladies|men|women)\b"
)
# the groups named again for a choice: "for the boys", "the dads want" (not "the boys eat like
# adults, so count them as adults": a price asked for, left to the net)
_CHOICE = (
    r"(?:(?<=\bfor )the\s+({word})\b|\bthe\s+({word})(?=\s+(?:all\s+|just\s+|only\s+)?"
    r"(?:want|wants|would like|would love|will have|will get|get|are getting|prefer|like|have"
    r"|can have)\b))"
)
_KIDS_AGAIN = re.compile(_CHOICE.format(word="boys|girls"))
_GROWN_AGAIN = re.compile(_CHOICE.format(word=_GROWN))
_WHOSE_CHOICE = re.compile(_CHOICE.format(word=_GROWN + "|adults"))
# the grown-ups' word and the writer named together for a choice: "the moms and me want shrimp",
# "me and the dads get filet", "for the dads and me"
_BOTH_NAMED = (
    rf"(?:the\s+({_GROWN})\s*(?:,|and|&|\+|n)\s*(?:me|myself|i)"
    rf"|(?:me|myself|i)\s*(?:and|&|\+|n)\s*the\s+({_GROWN}))\b"
)
_WITH_ME = re.compile(
    rf"(?<=\bfor ){_BOTH_NAMED}|\b{_BOTH_NAMED}(?=\s+(?:all\s+|both\s+|just\s+|only\s+)?"
    r"(?:want|would like|will have|will get|get|are getting|prefer|like|have|can have)\b)"
)


def role_choices(text: str) -> str:
    """Lower-cased `text` with "the boys" / "the girls" written "the kids" and "the dads" / "the
    parents" written "the adults" where those words are the whole of the kids and of the adults
    the message counted; else unchanged."""
    if "the " not in text:
        return text  # speed: every rewrite is of "the ..."
    kind, grown = _kids_kind(text), _grown_word(text)
    if kind is not None:
        text = _KIDS_AGAIN.sub(lambda m: "the kids" if _word(m) == kind else m.group(0), text)
    if grown is not None:
        text = _GROWN_AGAIN.sub(lambda m: "the adults" if _word(m) == grown else m.group(0), text)
    elif (beside := _beside_word(text)) is not None:
        text = _WITH_ME.sub(lambda m: "the grown-ups" if _word(m) == beside else m.group(0), text)
    return text


def _word(m: re.Match[str]) -> str:
    """The group word of a choice's match, before or after it (the first group that matched)."""
    return next(g for g in m.groups() if g)


def _kids_kind(text: str) -> str | None:
    """"boys" or "girls" when every young guest named is of that kind, each age said is a kid's
    and the grown-ups are counted by another word; else None."""
    boys, girls = _BOYS.search(text), _GIRLS.search(text)
    if bool(boys) == bool(girls) or _OTHER_YOUNG.search(text):
        return None
    ages = [int(a) for m in _AGES.finditer(text) for a in re.findall(r"\d+", m.group(1) or m.group(2))]
    if not ages or max(ages) > 12:
        return None
    if not re.search(rf"\b\d{{1,3}}\s+(?:other\s+)?(?:adults|{_GROWN})\b", text):
        return None  # "me and the boys": the grown party itself?
    return "boys" if boys else "girls"


def _grown_word(text: str) -> str | None:
    """The one word the grown-ups are counted by ("4 dads") when no other grown-up is named."""
    if _BESIDE.search(text):
        return None  # "3 dads and me (the den leader)", "me, 6 dads": four adults, three of them dads
    if any(_AND_ME.match(text, m.end()) for m in re.finditer(rf"\bthe\s+(?:{_GROWN})\b", text)):
        return None  # "the dads and me want filet": the choice of more than the dads
    counted = {m.group(1) for m in _GROWN_COUNTED.finditer(text)}
    if len(counted) != 1:
        return None
    word = counted.pop()
    others = {m.group(0) for m in _OTHER_GROWN.finditer(text)} - {word}
    return None if others else word


def _beside_word(text: str) -> str | None:
    """The one word the grown-ups are counted by when the writer is listed beside them ("4 moms
    and me") and no other grown-up is named: "the moms and me" are then all the adults (round
    q85o: "12 girls (all 10 and 11), 4 moms and me. the girls want chicken, the moms and me want
    shrimp and salmon"); "the moms" alone stays the writer's question (`writer_beside`)."""
    if not _BESIDE.search(text):
        return None
    counted = {m.group(1) for m in _GROWN_COUNTED.finditer(text)}
    if len(counted) != 1:
        return None
    word = counted.pop()
    others = {m.group(0) for m in _OTHER_GROWN.finditer(text)} - {word}
    return None if others else word


def writer_beside(text: str) -> list[tuple[str, str]]:
    """A check when a choice is left to the grown-ups' word ("the dads want filet and lobster")
    while the writer is listed beside them ("10 boys (all 9) + 6 dads + me (mom)"): is the writer
    one of them, and what do they have? Read as it was, the writer had the dads' choice, no flag
    (round q84o)."""
    if "the " not in text or not _BESIDE.search(text):
        return []
    # (the grown-ups' word may be written "the adults" by then: "the dads want" read as theirs)
    return [("proteins", not_understood(m.group(0), "the writer listed beside them: what do you have?"))
            for m in _WHOSE_CHOICE.finditer(text)][:1]
