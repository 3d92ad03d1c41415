"""The party's grown-ups named by who they are where a protein is given to them: "party is me, my
wife and our kids (7 and 4). lobster tail for me n the wife, chicken for the kids" (the writer and
the partner are the adults), "12 girls, 4 moms and me ... chicken for the girls, the moms and me
want shrimp and salmon" (the moms counted before, with the writer). When the people named are as
many as the adults counted, the choice is the adults', as "lobster tail for the adults" is: the
protein reader reads a copy of the text with them written "adults" (the same length, so every
span stands), and their words are explained. Any other number (a teen among the kids counted an
adult, "me and my wife" beside 2 grandparents) is left to the checks."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.partners import NICKNAME, PARTNER
from orchestrator.reading.person_choices import children_named_again, choices_short, person_choices
from orchestrator.reading.proteins import extract_proteins

Span = tuple[int, int]

_ME = r"(?:me|myself)"
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
_REACH = 40  # how near the protein given to them stands


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
    "adults" (padded to the same length), and the spans of the words rewritten."""
    if adults is None or ("me" not in text and "myself" not in text):
        return text, []
    spans: list[Span] = []
    for m in _CHOOSERS.finditer(text):
        if _named(text, m) != adults:
            continue
        spans.append(m.span("given") if m.group("given") else m.span("who"))
    for start, end in reversed(spans):
        text = text[:start] + "adults".ljust(end - start) + text[end:]
    return text, spans


def choosers_proteins(
    text: str, adults: int | None, catalog: Catalog, children: int | None = None
) -> tuple[list[ProteinAsk], list[Span], list[tuple[str, str]]]:
    """The proteins asked for, the named grown-ups read as "adults" or each clause's people
    counted (`person_choices`), the spans explained, and a check when the people given choices
    one by one are not the whole party (`choices_short`)."""
    chosen, spans = named_choosers(text, adults)
    for start, end in children_named_again(text):  # "our oldest (14) wants": a child, no count
        chosen = chosen[:start] + re.sub(r"\d", " ", chosen[start:end]) + chosen[end:]
    asks = extract_proteins(chosen, catalog)
    read, people = person_choices(text, asks, adults, children, catalog.guests)
    # "my mom wants chicken, my husband and i want filet" beside 5 adults: the others' choice asked
    short = None if people else choices_short(text, asks, adults)
    return read, chosen_spans(read, spans) + people, [("proteins", short)] if short else []


def chosen_spans(asks: list[ProteinAsk], spans: list[Span]) -> list[Span]:
    """The rewritten spans a protein given to the adults stands beside (their words explained)."""
    return [
        (s, e) for s, e in spans
        if any(a.group == "adults" and (0 <= s - a.end <= _REACH or 0 <= a.start - e <= _REACH)
               for a in asks)
    ]  # fmt: skip
