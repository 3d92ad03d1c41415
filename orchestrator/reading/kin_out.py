"""Grown relations of the order who drop out, said in a follow-up by who they are: "my brother and
his wife cant make it anymore" is 2 adults fewer (one grown up with their partner), "my parents
can't come" 2, "my mother in law isn't coming" 1. A relation who may be a kid ("my brother cant
make it", "my cousins cant come": how many, how old?) is left to the checks, which ask; so is a
dropping out weighed ("if my parents cant make it"), and one from a party not counted as adults
("me, my wife and 6 coworkers", then "my parents cant come": they were never in it; `recount`)."""

from __future__ import annotations

import re

from orchestrator.reading.words import HEDGES

Span = tuple[int, int]

_PARTNERED = (
    r"(?:brother|sister|cousin|son|daughter|friend|best friend|bff|coworker|co-worker|neighbou?r|"
    r"boss|uncle|aunt|brother[- ]in[- ]law|sister[- ]in[- ]law)\s+(?:and|&|\+|n)\s+(?:his|her|their)\s+"
    r"(?:wife|husband|hubby|partner|spouse|gf|girlfriend|bf|boyfriend|fianc\w*|date)"
)
_PAIRS = (
    r"parents|in-?laws|grandparents|aunt\s+(?:and|&|\+|n)\s+uncle|uncle\s+(?:and|&|\+|n)\s+aunt|"
    r"mom\s+(?:and|&|\+|n)\s+dad|dad\s+(?:and|&|\+|n)\s+mom|grandma\s+(?:and|&|\+|n)\s+grandpa|"
    r"grandpa\s+(?:and|&|\+|n)\s+grandma"
)
_ONES = (
    r"mom|dad|mother|father|(?:mother|father|brother|sister)[- ]in[- ]law|mil|fil|grandma|grandpa|"
    r"grandmother|grandfather|aunt|auntie|uncle|boss"
)
_KIN_OUT = re.compile(
    rf"(?:^|(?<=[,.;:!?\n]\s)|(?<=[,.;:!?\n])|(?<=\s\s)|(?<=\bugh\s)|(?<=\bso\s)|(?<=\bsadly\s)|"
    rf"(?<=\bunfortunately\s)|(?<=\bbad news\s)|(?<=\bupdate\s)|(?<=\bhey\s)|(?<=\bhi\s)|(?<=\bok\s))"
    rf"my\s+(?:({_PARTNERED})|({_PAIRS})|({_ONES}))\s+"
    r"(?:(?:just|now|also|unfortunately|sadly|both|actually)\s+)?"
    r"(?:(?:can't|cant|cannot|can not|won't|wont|will not|aren't|arent|are not|isn't|isnt|is not|"
    r"couldn't|couldnt)\s+(?:make it|come|coming|be there|attend|be coming)"
    r"(?:\s+(?:anymore|any more|after all|now))?"
    r"|(?:have|has) to cancel|dropped out|backed out|bailed|cancell?ed|pulled out)\b"
    # "... so 10 adults now", "(thats 2)": a count said beside, read by its own rules
    r"(?![^.!?\n]*\d)"
)
_HEDGED = re.compile(rf"\b(?:{HEDGES})\b[^.!?;\n]*\Z")


def kin_out(text: str) -> list[tuple[int, Span]]:
    """(adults fewer, span) for each grown relation said not to come in normalized `text`."""
    if "my " not in text:
        return []
    return [
        (1 if m.group(3) else 2, m.span())
        for m in _KIN_OUT.finditer(text)
        if not _HEDGED.search(text, 0, m.start())
    ]
