"""The party's grown-ups named by who they are where a protein is given to them: "party is me, my
wife and our kids (7 and 4). lobster tail for me n the wife, chicken for the kids" (the writer and
the partner are the adults), "12 girls, 4 moms and me ... chicken for the girls, the moms and me
want shrimp and salmon" (the moms counted before, with the writer). When the people named are as
many as the adults counted, the choice is the adults', as "lobster tail for the adults" is: the
protein reader reads a copy of the text with them written "adults" (the same length, so every
span stands), and their words are explained. Fewer than the adults, with a choice for the rest in
the same sentence or the next ("11 adults. my husband and I want lobster and filet, everyone else
chicken and shrimp"), they are a part of known size: written "2 of us", as a counted part is read
(round q78n). Any other number (a teen among the kids counted an adult, "me and my wife" beside 2
grandparents) is left to the checks."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.first_names import NOT_NAMES, PART, REACH, named_by_name
from orchestrator.reading.partners import NICKNAME, PARTNER
from orchestrator.reading.person_choices import children_named_again, choices_short, person_choices
from orchestrator.reading.proteins import extract_proteins

Span = tuple[int, int]

_ME = r"(?:me|myself|i(?=\s))"  # "i" only as the subject before the verb (`_CHOOSERS`'s "who")
_ROLES = r"(?:moms|mums|mothers|dads|fathers|parents|coaches|leaders|chaperones)"
_OTHER = rf"(?:(?:my|the)\s+{PARTNER}\b|{NICKNAME}\b|the\s+{_ROLES}\b)"
_JOIN = r"\s*(?:,|and|n|&|\+)\s*"
_PHRASE = rf"(?:{_ME}{_JOIN}{_OTHER}|{_OTHER}{_JOIN}{_ME})(?!')\b"
# "for me n the wife", "the moms and me want": the writer and a partner or a role counted before
_CHOOSERS = re.compile(
    rf"(?<=\bfor )(?P<given>{_PHRASE})|(?:^|(?<=[,.;!?\n] )|(?<=[,.;!?\n]))(?P<who>{_PHRASE})"
    r"(?=\s+(?:(?:both|all|will|would|can)\s+)?"
    r"(?:want|wants|get|have|like|prefer|'ll have|are having)\b)"
)
# "6 of us: me + jen want salmon", as texted in lower case: the writer and one person by a word
# (a first name the capitals do not show), read only beside "the other N" that makes up the count
_ME_AND_ONE = re.compile(
    rf"(?:^|(?<=[,.;:!?\n] )|(?<=[,.;:!?\n]))(?P<who>{_ME}{_JOIN}(?P<one>[a-z]{{2,12}}))"
    r"(?=\s+(?:both\s+)?(?:want|wants|get|have|like|prefer|'ll have|are having)\b)"
)
# "me and my wife want scallops and shrimp, everyone else chicken": a choice for the rest of the
# party later in the sentence or the next, so the couple are a part of the adults
_REST_LATER = re.compile(
    r"(?:[^.!?\n]*[.!?\n]\s*)?[^.!?\n]*?\b(?:everyone else|everybody else|the rest|the others"
    r"|(?:the|all the)\s+other\s+(?P<other>\d{1,3}))\b"
)


def _named(text: str, m: re.Match[str]) -> int | None:
    """How many the chooser phrase `m` names: the writer and a partner two; the writer and a role
    one more than the role's count said in the text (None: no single count of them)."""
    named = re.search(rf"\bthe\s+({_ROLES})\b", m.group(0))
    if named is None:
        return 2
    role = named.group(1)
    if role in ("moms", "mums", "mothers", "dads", "fathers"):
        role = rf"(?:{role}|parents)"  # "4 moms" is written "4 parents" before the reading
    counts = {int(c.group(1)) for c in re.finditer(rf"\b(\d{{1,3}})\s+(?:other\s+)?{role}\b", text)}
    return counts.pop() + 1 if len(counts) == 1 else None


def named_choosers(text: str, adults: int | None) -> tuple[str, list[Span]]:
    """`text` with the grown-ups a protein is given to, when they are all `adults` counted, written
    "adults" (padded to the same length), or "2 of us" when they are a part beside a choice for the
    rest (`_part`), and the spans of the words rewritten."""
    if not re.search(r"\b(?:me|myself|i)\b", text):
        return text, []
    spans: list[tuple[Span, str]] = []
    for m in _CHOOSERS.finditer(text):
        named = _named(text, m)
        if named == adults and not re.search(r"\bi\b", m.group(0)):  # "i": a part's only
            spans.append((m.span("given") if m.group("given") else m.span("who"), "adults"))
        elif _part(text, m, named, adults):
            spans.append((m.span("who"), PART.format(named)))
    for m in _ME_AND_ONE.finditer(text):  # "me + jen want ..., the other 4 ..." (not read above)
        if _one_more(text, m, adults) and not any(s <= m.start() < e for (s, e), _ in spans):
            spans.append((m.span("who"), PART.format(2)))
    for (start, end), word in reversed(spans):
        text = text[:start] + word.ljust(end - start) + text[end:]
    return text, [span for span, _ in spans]


def _part(text: str, m: re.Match[str], named: int | None, adults: int | None) -> bool:
    """Whether the chooser phrase `m` (the subject "who"), `named` people, is a part of the
    `adults` counted (None: counted in an earlier message, the rest then resolved against it) that
    a choice for the rest later in its sentence leaves out ("me and my wife want scallops and
    shrimp, the other 7 chicken and ny strip"): their count, no other. "the other 6" beside 9
    adults (2 and 6 are 8) or beside no count in this message is left to the checks."""
    rest = _REST_LATER.match(text, m.end())
    if not (m.group("who") and named and rest and len(m.group("who")) >= len(PART.format(named))):
        return False
    if rest.group("other"):  # "the other 7": the two parts must make the adults counted here
        return adults is not None and named + int(rest.group("other")) == adults
    return adults is None or named < adults


def _one_more(text: str, m: re.Match[str], adults: int | None) -> bool:
    """Whether "me + jen want ..." (`m`) is the writer and one person, a part of the `adults`
    counted that "the other N" later in the sentence (or the next) makes up exactly."""
    rest = _REST_LATER.match(text, m.end())
    if m.group("one") in NOT_NAMES or rest is None or not rest.group("other") or adults is None:
        return False  # "me + kids", "me + the rest"; "everyone else" leaves the two uncounted
    return 2 + int(rest.group("other")) == adults and len(m.group("who")) >= len(PART.format(2))


def choosers_proteins(
    text: str,
    adults: int | None,
    catalog: Catalog,
    children: int | None = None,
    names: frozenset[str] = frozenset(),
) -> tuple[list[ProteinAsk], list[Span], list[tuple[str, str]]]:
    """The proteins asked for, the named grown-ups read as "adults" or each clause's people
    counted (`person_choices`), the spans explained, and a check when the people given choices
    one by one are not the whole party (`choices_short`); people of first `names` are a part
    (`named_by_name`)."""
    chosen, spans = named_choosers(text, adults)
    by_name: list[tuple[str, str]] = []
    if names:  # "Mike and Dave want filet, everyone else chicken": 2 of the adults
        starts = [a.start for a in extract_proteins(chosen, catalog)]
        chosen, name_spans, by_name = named_by_name(chosen, names, adults, starts)
        spans += name_spans
    for start, end in children_named_again(text):  # "our oldest (14) wants": a child, no count
        chosen = chosen[:start] + re.sub(r"\d", " ", chosen[start:end]) + chosen[end:]
    asks = extract_proteins(chosen, catalog)
    read, people = person_choices(text, asks, adults, children, catalog.guests)
    # "my mom wants chicken, my husband and i want filet" beside 5 adults: the others' choice asked
    short = None if people else choices_short(text, asks, adults)
    return read, chosen_spans(read, spans) + people, by_name + ([("proteins", short)] if short else [])


def chosen_spans(asks: list[ProteinAsk], spans: list[Span]) -> list[Span]:
    """The rewritten spans a protein given to the adults stands beside (their words explained)."""
    return [
        (s, e) for s, e in spans
        if any(a.group == "adults" and (0 <= s - a.end <= REACH or 0 <= a.start - e <= REACH)
               or (a.people and a.count_span and s <= a.count_span[0] < e) for a in asks)
    ]  # fmt: skip
