"""Two proteins for a counted part and two for the others, the others told by the party's count
(round q86n): "20 adults ... salmon and shrimp for the 3 of them, chicken and ny strip for
everyone else" is 3 and 17, "14 adults ... filet and lobster for 10 of us, the other 4 want salmon
and shrimp" 10 and 4. Round q78e reads "everyone else" / "the rest" as the party less the part
counted before it; the older ask on "... for the rest" (round q64f) stays where the party is not
one count of grown-ups said once (kids named, two counts, none).

The words are written in the form `split_pairs` reads ("... for 3, ... for the other 17"), whose
sum check (`split_sum_checks`) still asks when the two parts do not make the paying guests: a
count misread here can only ask, never price.
"""

from __future__ import annotations

import re

from orchestrator.reading.split_pairs import OF_US, PAIR

# the party as one count of grown-ups ("20 adults", "party of 14", "18 ppl")
_PARTY = re.compile(r"\b(?:(\d{1,3})\s+(?:adults|people|guests|ppl|pax)|party\s+of\s+(\d{1,3}))\b")
# anyone young or any other count of people: the rest is not the party less the part alone
_YOUNG = re.compile(
    r"\b(?:kids?|children|child|toddlers?|bab(?:y|ies)|little\s+ones|teens?|yrs?|years?|yo|"
    r"ages?|aged|grandkids|sons?|daughters?|boys|girls|niños)\b|\(\s*\d"
)
_PART = rf"(?P<part>{PAIR}\s+for\s+(?:(?:those|these|the)\s+)?(\d{{1,3}}){OF_US})"
_SEP = r"\s*[,;]\s*(?:and\s+|then\s+)?"
_VERB = (r"(?:\s+(?:want|wants|get|gets|have|has|will\s+have|would\s+like|are\s+having|"
         r"is\s+having|prefer))?")
# "..., chicken and shrimp for everyone else" / "..., everyone else (wants) chicken and shrimp"
_REST_AFTER = re.compile(rf"\b{_PART}{_SEP}{PAIR}\s+for\s+(?:the\s+rest|the\s+others|everyone\s+else|"
                         r"everybody\s+else|all\s+the\s+others)\b")
_REST_BEFORE = re.compile(rf"\b{_PART}{_SEP}(?:the\s+rest|the\s+others|everyone\s+else|"
                          rf"everybody\s+else|all\s+the\s+others){_VERB}\s+{PAIR}\b")
# "..., the other 4 (want) salmon and shrimp"
_OTHER_N = re.compile(rf"\b{_PART}{_SEP}the\s+other\s+(\d{{1,3}}){_VERB}\s+{PAIR}\b")


def _party(text: str, before: int) -> int | None:
    """The party's one count of grown-ups said before `before`, when nothing else counts people."""
    counts = [int(m.group(1) or m.group(2)) for m in _PARTY.finditer(text)]
    if len(counts) != 1 or _PARTY.search(text[:before]) is None or _YOUNG.search(text):
        return None
    return counts[0]


def rest_written(text: str) -> str:
    """`text` with a counted part's pair beside the others' pair written "pair for N, pair for
    the other M" (the party less N, or the M said); else unchanged."""
    # ("tofu and shrimp for those 4, the other 14 filet and chicken" after "4 of them don't eat
    # meat" is the meatless readers' own, left as it was)
    m = _OTHER_N.search(text)
    if m and not re.search(r"\b(?:those|these)\b", m["part"]):
        _, _, _, _, others, c, d = m.groups()
        return text[: m.end("part")] + f", {c} and {d} for the other {others}" + text[m.end() :]
    for pattern in (_REST_AFTER, _REST_BEFORE):
        found = list(pattern.finditer(text))
        if len(found) != 1:
            continue
        m = found[0]
        party = _party(text, m.start())
        _, _, _, n, c, d = m.groups()
        if party is None or not 0 < int(n) < party:
            return text  # the older reading: asked
        # the part as written ("for those 4" may name whom a count before it told)
        return text[: m.end("part")] + f", {c} and {d} for the other {party - int(n)}" + text[m.end() :]
    return text
