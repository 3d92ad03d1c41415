"""Grown relations of the order who drop out, said in a follow-up by who they are: "my brother and
his wife cant make it anymore" is 2 adults fewer (one grown up with their partner), "my parents
can't come" 2, "my mother in law isn't coming" 1. The one reader of them (round q74j): "oh my
grandma and grandpa cant come anymore", "update, my in-laws cant make it so take off 2" (a tail
taking off as many as the relation names; another count is read by its own rules), "actually my
cousin and her bf wont be coming". A relation who may be a kid ("my brother cant make it", "my
cousins cant come": how many, how old?) is left to the checks, which ask; so is a dropping out
weighed ("if my parents cant make it"). The change is the conversation's to apply (`recount`),
which asks when the earlier messages counted no adults by number or listed who comes ("me, my
wife and 6 coworkers") without naming them (`kin_counted`)."""

from __future__ import annotations

import re

from orchestrator.reading.words import HEDGES

Span = tuple[int, int]

_AND = r"\s+(?:and|&|\+|n)\s+"
_PARTNERED = (
    r"(?:brother|sister|cousin|son|daughter|niece|nephew|friend|best friend|bff|coworker|co-worker|"
    r"neighbou?r|boss|uncle|aunt|brother[- ]in[- ]law|sister[- ]in[- ]law)"
    + _AND
    + r"(?:his|her|their)\s+(?:wife|husband|hubby|partner|spouse|gf|girlfriend|bf|boyfriend|"
    r"fianc\w*|date)"
)
_PAIRS = (
    rf"parents|in-?laws|grandparents|aunt{_AND}uncle|uncle{_AND}aunt|mom{_AND}dad|dad{_AND}mom|"
    rf"grandma{_AND}grandpa|grandpa{_AND}grandma"
)
_ONES = (
    r"mom|dad|mother|father|(?:mother|father|brother|sister)[- ]in[- ]law|mil|fil|grandma|grandpa|"
    r"grandmother|grandfather|aunt|auntie|uncle|boss"
)
# words that open a message or sentence before the news ("oh", "ok so", "update,", "actually",
# "quick update -": a word of size before the heading says the same)
_LEAD = (
    r"oh|ok|okay|so|hey|ugh|welp|well|dang|darn|(?:(?:quick|small|little)\s+)?update|unfortunately|"
    r"sadly|actually|also|but|and|hi|oops"
)
_KIN_OUT = re.compile(
    rf"(?:(?:^|(?<=[,.;:!?\n]))\W*(?:(?:{_LEAD})\W+)+|^|(?<=[,.;:!?\n]\s)|(?<=[,.;:!?\n])|(?<=\s\s)|"
    rf"(?<=\bugh\s)|(?<=\bso\s)|(?<=\bsadly\s)|(?<=\bunfortunately\s)|(?<=\bbad news\s)|"
    rf"(?<=\bupdate\s)|(?<=\bhey\s)|(?<=\bhi\s)|(?<=\bok\s))"
    rf"(?:my|our)\s+(?:({_PARTNERED})|({_PAIRS})|({_ONES}))\s+"
    r"(?:(?:just|now|also|unfortunately|sadly|both|actually)\s+)?"
    r"(?:(?:can't|cant|cannot|can not|won't|wont|will not|aren't|arent|are not|isn't|isnt|is not|"
    r"couldn't|couldnt)\s+(?:make it|come|coming|be there|attend|be coming)"
    r"(?:\s+(?:anymore|any more|after all|now))?"
    r"|(?:have|has) to cancel|dropped out|backed out|bailed|cancell?ed|pulled out)\b"
    # "... so take off 2": as many as the relation names (checked by `kin_out`)
    r"(?:\s*,?\s*so\s+(?:take off|minus|subtract|remove)\s+(?P<off>\d{1,2})"
    r"(?:\s+(?:adults|people|ppl))?\b)?"
    # "... so 10 adults now", "(thats 2)": a count said beside, read by its own rules
    r"(?![^.!?\n]*\d)"
)
_HEDGED = re.compile(rf"\b(?:{HEDGES})\b[^.!?;\n]*\Z")
# the people a message names: the writer in a list ("me, my wife and 6 coworkers"), relations
_LISTED_ME = re.compile(r"\bme\s*(?:,|&|\+|and\b)|(?:,|&|\+|\band)\s*me\b")
_KIN_WORD = re.compile(
    r"\b(parents|grandparents|in-?laws|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|"
    r"brother|sister|cousin|son|daughter|uncle|aunt|auntie|niece|nephew|wife|husband|hubby|partner|"
    r"spouse|gf|girlfriend|bf|boyfriend|fianc\w*|friend|bff|coworker|co-worker|neighbou?r|boss|mil|"
    r"fil|date)(?:e?s)?\b"
)


def kin_out(text: str) -> list[tuple[int, Span]]:
    """(adults fewer, span) for each grown relation said not to come in normalized `text`."""
    if "my " not in text and "our " not in text:
        return []
    return [
        (n, m.span())
        for m in _KIN_OUT.finditer(text)
        if not _HEDGED.search(text, 0, m.start())
        and (n := 1 if m.group(3) else 2)
        and (m.group("off") is None or int(m.group("off")) == n)
    ]


# a grown relation named with their partner ("my brother + his wife"): the pair, apart from the
# words, so "my brother and his wife cant come" is found only where the pair was listed
_PAIR_NAMED = re.compile(
    rf"\b(brother|sister|cousin|son|daughter|niece|nephew|friend|best friend|bff|coworker|co-worker|"
    rf"neighbou?r|boss|uncle|aunt){_AND}(?:his|her|their)\s+(?:wife|husband|hubby|partner|spouse|"
    r"gf|girlfriend|bf|boyfriend|fianc\w*|date)\b"
)
# the partner's parents, by either name: "my in-laws", "her parents", "my husband's parents"
_IN_LAWS = re.compile(r"\b(?:in-?laws|(?:his|her)\s+parents|(?:wife|husband|hubby)'?s\s+parents)\b")


def kin_said(text: str) -> frozenset[str]:
    """The relations normalized `text` names ("brother", "wife"), a relation named with their
    partner ("brother+partner"), the partner's parents ("in-laws"), and "me" when it lists the
    writer among others ("me, my wife and 6 coworkers")."""
    me = {"me"} if _LISTED_ME.search(text) else set()
    pairs = {f"{m.group(1)}+partner" for m in _PAIR_NAMED.finditer(text)}
    in_laws = {"in-laws"} if _IN_LAWS.search(text) else set()
    own = _IN_LAWS.sub(" ", text)  # "his parents" are not the writer's parents
    words = {"in-laws" if w == "inlaws" else w for w in (m.group(1) for m in _KIN_WORD.finditer(own))}
    return frozenset(words) | me | pairs | in_laws


def kin_counted(counted: frozenset[str], said: frozenset[str], told: frozenset[str]) -> bool:
    """Whether relations dropping out (`told`: those their message names) are among the adults
    the earlier messages counted: they counted adults by number (`counted`: "16 adults"), and a
    list of who comes with the writer in it (`said`) names them too; or such a list counted them
    ("me, my wife, ... my brother + his wife", then "my brother and his wife cant make it": the
    pair listed; "her parents", then "my in-laws cant make it"). Otherwise asked: "me, my wife
    and 6 coworkers", then "my parents cant come" (they were never in it)."""
    if "adults" in counted:  # the relations' words among those listed (as before round q79c)
        return "me" not in said or {w for w in told if "+" not in w} - {"me"} <= said
    return "me" in said and told - {"me"} <= said
