"""Add-ons in a message: named loosely ("the longer fire show"), asked for or taken out ("no sake
needed", "scratch the show", "sake: no" on a form, "take the sake off", "... the sake service,
please take it off"), swapped for another ("swap the custom menu for the longer show"). The reader
returns what it read and the spans it explains, so the safety net (`coverage`) sees those words as
understood."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from orchestrator.catalog import Catalog
from orchestrator.reading.add_on_answers import answered_no, form_answer
from orchestrator.reading.add_on_swaps import add_ons_swapped
from orchestrator.reading.changes import protein_names, taken_out
from orchestrator.reading.pronoun_off import pronoun_off, unbound_off
from orchestrator.reading.taken_off import joined_out, mind_before, taken_off

Span = tuple[int, int]

_EITHER = re.compile(r"\s+either\b")  # "no sake either"


@dataclass
class AddOns:
    """Add-ons asked for and taken out (catalog keys), with the spans read."""

    found: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    off: list[str] = field(default_factory=list)  # taken off by name ("take the sake off")
    spans: list[Span] = field(default_factory=list)
    checks: list[tuple[str, str]] = field(default_factory=list)  # "... take it off": which one?


@lru_cache(maxsize=8)
def _add_on_patterns(catalog: Catalog) -> tuple[tuple[re.Pattern[str], str], ...]:
    """One pattern per alias, longest first; between its words one other word may stand ("longer
    fire show" for "longer show"). "for the sake of" names no add-on; "the sake of course" does."""
    out = []
    for add_on in catalog.add_ons:
        for alias in (*add_on.aliases, add_on.name.lower()):
            words = [re.escape(w) for w in alias.lower().split()]
            body = r"(?:\s+[a-z]+)?\s+".join(words)
            out.append((re.compile(rf"\b{body}s?\b(?! of\b(?! course\b))"), add_on.key, len(alias)))
    out.sort(key=lambda t: -t[2])
    return tuple((p, k) for p, k, _ in out)


# "take the sake off", "knock the show off": an add-on of the order taken off ("leave the sake
# out" may decline one only offered)
_OFF_VERB = re.compile(r"(?:take|takes|taking|knock|cross|strike)\b")


def read_add_ons(text: str, catalog: Catalog) -> AddOns:
    """Add-ons in normalized text: each alias once, a negation just before takes it out."""
    read, hits = AddOns(), list[tuple[Span, str, str]]()  # each add-on, the words taking it out
    taken: list[Span] = []
    for pattern, key in _add_on_patterns(catalog):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            if off := taken_off(text, m.start(), m.end()):  # "take the sake off"
                read.removed += [] if key in read.removed else [key]
                read.off += [key] if _OFF_VERB.match(text, off[0]) else []
                read.spans.append(off)
                hits.append((m.span(), key, ""))
                continue
            out = taken_out(text, m.start())
            said = form_answer(text, m.end())  # "sake: no / show: yes" on a form
            target = read.removed if out or answered_no(said) else read.found
            if key not in target:
                target.append(key)
            start = m.start() - (len(out.group(0)) if out else 0)
            either = _EITHER.match(text, (said or m).end()) if out else None  # stresses the "no"
            read.spans.append((mind_before(text, start) if out else start, (either or said or m).end()))
            hits.append((m.span(), key, out.group(0) if out else ""))
    for old, new in add_ons_swapped(text, hits):  # "swap the custom menu for the longer show"
        read.found.remove(old[1])
        read.removed += [] if old[1] in read.removed else [old[1]]
        read.spans.append((old[0], new))
    outs = {span: words for span, _, words in hits if words}
    for span, key, _ in sorted(hits):  # "don't need the show or the sake": neither
        if key in read.found and (joined := joined_out(text, span[0], outs)):
            outs[span] = joined[1]
            read.found.remove(key)
            read.removed += [] if key in read.removed else [key]
            read.spans.append((joined[0], span[1]))
    _it_taken_off(text, read, hits, catalog)  # "i didnt ask for the extended show, take it off"
    order = [a.key for a in catalog.add_ons]
    read.found = sorted((k for k in read.found if k not in read.removed), key=order.index)
    return read


def _it_taken_off(text: str, read: AddOns, hits: list[tuple[Span, str, str]], catalog: Catalog) -> None:
    """The add-on a pronoun after it takes off ("... the sake service, please take it off"), moved
    from asked for to taken out; a pronoun that could be two things is asked about."""
    mentions = [(span, key) for span, key, _ in hits if key in read.found and key not in read.removed]
    if not hits and (unbound := unbound_off(text, protein_names(catalog))):
        read.checks.append(unbound)  # "nvm about that, take it off": of an earlier turn, asked
        return
    if not mentions or not (off := pronoun_off(text, mentions, protein_names(catalog))):
        return
    read.spans += off.spans
    if off.check:
        read.checks.append(off.check)
    elif off.key:
        read.found.remove(off.key)
        read.removed.append(off.key)
