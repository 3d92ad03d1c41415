"""Why a protein is taken off: "take the chicken off and do scallops instead, our VP hates chicken
lol", "no shrimp please, my boss doesn't like shrimp". A clause of disliking whose object is a
protein the same message removes names no choice of its own: it says why the removal. Read as a
protein asked for it would keep the protein the message takes off (and ask whether the other one
stays); so it is dropped from the asks and its words explained. A disliked protein the message
removes nowhere else ("our VP hates chicken" alone) is left to the readers and the checks."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.literal_gates import gated
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.changes import remove_prefix
from orchestrator.reading.protein_liked import reason_clauses

Span = tuple[int, int]

# right before the protein: a break or a "because", a short subject, the verb of disliking
_DISLIKING_BEFORE = gated(re.compile(
    r"(?:^|[.,;!?\n]|\b(?:since|because|cuz|bc|coz|and|but|tho|though|although|fyi|btw)\b)\s*"
    r"(?:(?:oh|also|ps|so|just|um|lol)\s+)?"  # "perfect. oh my boss hates shrimp"
    r"(?:he|she|they|we|i|(?:my|our|his|her|the)\s+[a-z'-]+(?:\s+[a-z'-]+)?)\s+"
    r"(?:really\s+|just\s+|totally\s+)?(?:hates?|dislikes?|(?:does\s*n[o']?t|do\s*n[o']?t|doesnt|dont)"
    r"\s+(?:like|eat|want)|can'?t stand|is(?:\s*n[o']?t| not) a fan of|is not into|isn'?t into)\s+"
    r"(?:the\s+)?\Z"
    # "nobody here likes shrimp lol", "no one in the family eats salmon": a subject that dislikes
    r"|(?:^|[.,;!?\n]|\b(?:since|because|cuz|bc|coz|and|but|tho|though|although)\b)\s*"
    r"(?:nobody|no one|noone)(?:\s+(?:here|in (?:my|our|the) (?:family|group|house)))?\s+"
    r"(?:really\s+)?(?:likes|eats|wants)\s+(?:the\s+)?\Z"
))  # fmt: skip
# right after it: nothing but a word of emphasis, emoji or a break, up to the clause's end
_CLAUSE_END = re.compile(
    r"(?:\s*(?:so much|at all|either|lol|haha|lmao|btw|fyi|tho|though))*[^\w.,;!?\n]*"
    # "... so not that one", "so skip it", "so please no shrimp": what follows says the same
    r"(?:$|[.,;!?\n]|\s+so\b)"
)


def disliked_removed(text: str, asks: list[ProteinAsk]) -> tuple[list[ProteinAsk], list[Span]]:
    """`asks` without the plain asks of normalized `text` that only say why a protein the message
    takes off is taken off, and the spans of those clauses."""
    removed = {a.protein for a in asks if remove_prefix(text, a.start)}
    return reason_clauses(text, asks, opener=_DISLIKING_BEFORE, end=_CLAUSE_END, proteins=removed)


def disliked_apart(
    text: str, asks: list[ProteinAsk], catalog: Catalog
) -> tuple[list[ProteinAsk], list[Span], tuple[str, ...]]:
    """`asks` without the plain asks of normalized `text` that only close a clause of disliking
    ("chicken and ny strip, my wife doesn't like shrimp": no shrimp asked for), the spans of those
    clauses, and the disliked proteins (catalog keys). One the order has, from this message ("shrimp
    and chicken, but my mom isn't a fan of shrimp") or the conversation's ("our VP hates chicken
    lol" after a quote with chicken), is asked (`dislike_checks`): who eats what instead? A word of
    the catalog's that names several proteins ("doesn't eat steak") dislikes each of them."""
    kept, spans = reason_clauses(
        text, asks, opener=_DISLIKING_BEFORE, end=_CLAUSE_END, proteins={a.protein for a in asks}
    )
    gone = [a for a in asks if not any(a is k for k in kept)]
    spans = [(start, m.end() if (m := _SO_SKIP.match(text, end)) else end) for start, end in spans]
    options = {amb.word: amb.options for amb in catalog.ambiguous}
    keys = (key for a in gone for key in options.get(a.protein, (a.protein,)))
    return kept, spans, tuple(dict.fromkeys(keys))


# "my daughter hates salmon so not that one", "so skip that": the clause's protein left out again
_SO_SKIP = re.compile(
    r"[^\w.,;!?\n]*,?\s*so\s+(?:please\s+|pls\s+|plz\s+)?(?:not that one|not that|not it|"
    r"no (?:that|it)|skip (?:that one|that|it)|leave (?:that|it) (?:off|out)|keep (?:that|it) off|"
    r"none of (?:that|it))\b"
)



def dislike_checks(
    disliked: tuple[str, ...], proteins: set[str], *, counted: bool = True
) -> list[tuple[str, str]]:
    """A check for each `disliked` protein the order's `proteins` (catalog keys) has: a guest who
    does not eat it is given what instead is for the customer to say, not for the draft to guess.
    A message that counts no guests and names another protein beside the dislike ("my uncle isnt
    a fan of lobster, can he just get chicken?") is asked too: for that guest, or for everyone?"""
    checks = [
        ("proteins", f"a guest does not like the {_name(key)} in the order: what do they have instead?")
        for key in disliked
        if key in proteins
    ]
    if disliked and not counted and (others := sorted(proteins - set(disliked))):
        named = ", ".join(map(_name, others))
        why = f"a guest does not like the {_name(disliked[0])}: is the {named} for them or for everyone?"
        checks.append(("proteins", why))
    return checks


def _name(key: str) -> str:
    return key.replace("_", " ")


_NOBODY = re.compile(r"\b(?:nobody|no one|noone)\b")


def by_everyone(text: str, spans: list[Span]) -> bool:
    """Whether each clause of disliking at `spans` of `text` has the whole party as its subject
    ("chicken and ny strip, nobody here likes shrimp"): the other proteins are for everyone, so
    the order's count holds even when the message says none."""
    return bool(spans) and all(_NOBODY.search(text, start, end) for start, end in spans)
