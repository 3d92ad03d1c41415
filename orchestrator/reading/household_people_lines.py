"""Households on bulleted lines, each told by its people rather than by counts (round q84l):

    - My household: me, my wife and our kids (14, 9)
    - My brother's household: him, his wife and their 2 boys, who are 6 and 3
    - Grandma and Grandpa

is the writer's one list ("me, my wife and our kids (14, 9), my brother, his wife and their 2
boys, who are 6 and 3, grandma and grandpa"), which the list reader counts. The lines are written
so (same length: the labels blanked, each line's break a comma), only when every line is of a
known shape: the first the writer's own household, its people opening with the writer; the others
a relation's household whose pronoun agrees with the relation and a partner after it ("my
brother's household: him, his wife ...") or a pair of grown relations alone ("grandma and
grandpa", "my parents", "my in-laws"). Any other line ("my sister's 3 (7, 10, 14), and she and
her husband are coming too") leaves the lines as they stand, for the readers and the net."""

from __future__ import annotations

import re

_BULLET = r"[ \t]*[-*\u2022][ \t]*"
_FIRST = re.compile(
    rf"^{_BULLET}(?:my|our)\s+(?:household|family|fam|crew)\s*:\s*"
    r"(?=(?:me|us\s+[2-4]|the\s+\d\s+of\s+us|my\s+(?:wife|husband|partner)\s+(?:and|&)\s+(?:me|i))\b)"
)
_RELATION = re.compile(
    rf"^{_BULLET}(?P<who>(?:my|our)\s+(?P<rel>brother|sister|cousin|aunt|uncle))(?:'s|’s)\s+"
    r"(?:household|family|fam|crew)\s*:\s*(?P<pron>him|her)\s*,\s*"
    r"(?=(?P<pos>his|her)\s+(?:wife|husband|partner|spouse|hubby|fianc(?:e|ee))\b)"
)
_PAIR = re.compile(
    rf"^{_BULLET}(?=(?:(?:my|our)\s+(?:parents|in-?laws|grandparents)|grandma\s+(?:and|&)\s+grandpa"
    r"|grandpa\s+(?:and|&)\s+grandma|(?:my\s+)?(?:mom|dad)\s+(?:and|&)\s+(?:my\s+)?(?:dad|mom))\s*$)"
)
_SHE, _HE = ("sister", "aunt", "cousin"), ("brother", "uncle", "cousin")
_PARTNER = r"(?:wife|husband|partner|spouse|hubby|boyfriend|girlfriend|bf|gf|fianc(?:e|ee))"
# a relation's kids by their ages, then the relation and the partner (round q85i): "my sister's 3
# (7, 10, 14), and she and her husband are coming too", "my brother's 2 (9 and 6) plus him and
# his wife"; the ages as many as the count
_KIDS_THEN_PAIR = re.compile(
    rf"^{_BULLET}(?P<who>(?:my|our)\s+(?P<rel>brother|sister|cousin|aunt|uncle))(?:'s|’s)\s+"
    r"(?P<n>[2-6])\s+(?:kids\s+)?\((?P<ages>\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*)\)\s*,?\s*"
    rf"(?:and|plus|\+|&)\s+(?:(?P<subj>she|he)|(?P<obj>her|him))\s+(?:and|&)\s+(?P<pos>his|her)\s+"
    rf"(?P<partner>{_PARTNER})\s*(?:(?:are|will be|'re)\s+(?:coming|joining|there)\s*)?"
    r"(?:too|as well|also)?\s*[.!]?\s*$"
)
# a grown relation and the partner, by a first name or none (round q85i): "mom and her partner
# dave", "dad & his wife linda", "grandma and her husband joe"
_GROWN_PAIR = re.compile(
    rf"^{_BULLET}(?:my\s+)?(?P<rel>mom|dad|mother|father|grandma|grandpa|grandmother|grandfather)"
    rf"\s+(?:and|&)\s+(?P<pos>his|her)\s+(?P<partner>{_PARTNER})(?P<name>\s+[a-z]+)?\s*[.!]?\s*$"
)
_HERS = ("mom", "mother", "grandma", "grandmother")


def household_people_lines(text: str) -> str:
    """Normalized `text` with bulleted households told by their people written as the writer's
    one list, same length; else unchanged."""
    if "household" not in text and "family" not in text:
        return text  # speed
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if (first := _FIRST.match(line)) is None:
            continue
        written = [" " * first.end() + line[first.end() :]]
        for line_after in lines[i + 1 :]:
            if not re.match(_BULLET, line_after):
                break
            said = _written(line_after)
            if said is None:
                return text  # a line of no known shape: the lines stand as written
            written.append(said)
        if len(written) < 2:
            continue
        # each line break a comma (same length): one list, "(14, 9)\n- grandma" as "(14, 9), grandma"
        lines[i : i + len(written)] = [",".join(written)]
        return "\n".join(lines)
    return text


def _written(line: str) -> str | None:
    """A household line after the first as the list's next items, same length, or None."""
    if m := _RELATION.match(line):
        rel, pron, pos = m.group("rel"), m.group("pron"), m.group("pos")
        relations = _SHE if pron == "her" else _HE
        if (pron, pos) not in (("her", "her"), ("him", "his")) or rel not in relations:
            return None
        said = f"{m.group('who')}, "
        return said.rjust(m.end()) + line[m.end() :]
    if m := _PAIR.match(line):
        return " " * m.end() + line[m.end() :]
    if m := _KIDS_THEN_PAIR.match(line):
        return _kids_then_pair(m, line)
    if m := _GROWN_PAIR.match(line):
        if m.group("pos") != ("her" if m.group("rel") in _HERS else "his"):
            return None
        said = f"my {m.group('rel')}, {m.group('pos')} {m.group('partner')}{m.group('name') or ''}"
        return said.rjust(len(line)) if len(said) <= len(line) else None
    return None


def _kids_then_pair(m: re.Match[str], line: str) -> str | None:
    """"my sister's 3 (7, 10, 14), and she and her husband are coming too" as "my sister, her
    husband and their 3 kids (7, 10, 14)", same length; None when the pronouns do not agree with
    the relation or the ages are not as many as the count."""
    pron = m.group("subj") or m.group("obj")
    her = pron in ("she", "her")
    if (m.group("pos") == "her") != her or m.group("rel") not in (_SHE if her else _HE):
        return None
    ages = re.findall(r"\d{1,2}", m.group("ages"))
    if len(ages) != int(m.group("n")):
        return None
    pair = f"{m.group('who')}, {m.group('pos')} {m.group('partner')}"
    said = f"{pair} and their {m.group('n')} kids ({m.group('ages')})"
    return said.rjust(len(line)) if len(said) <= len(line) else None
