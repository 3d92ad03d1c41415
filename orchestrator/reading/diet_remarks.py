"""Diet remarks beside an order that already fits them (round q86e, blind set 187): the words say
why the order is what it is, and a careful person asks nothing.

- someone by a pronoun or a name said before who eats none of a kind the order lacks ("chicken and
  salmon, she doesnt eat red meat", "plus Lola ... Lola doesnt eat beef"): as "my mom doesnt eat
  red meat" (`meats_out`); beside an order that has the kind it stays asked (`eaten_by_none_checks`);
- a share of the party said pescatarian beside an order with fish or shellfish, with the reason
  after it ("a few are pescatarian so thats why the salmon lol");
- the whole party said to be of diets the order keeps to ("we're a pescatarian + veggie crowd"
  beside salmon, shrimp and tofu; beside chicken it stays unexplained, asked);
- why a group has its one protein ("y para los niños pollo porque no comen otra cosa", "chicken for
  the kids cause they wont eat anything else").

`DIET_REASON` is the reason who cannot have a food, told inside a change of mind ("wait no
shellfish, my sister in law is allergic. make it chicken and ny strip")."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from orchestrator.reading.asks import ProteinAsk

Span = tuple[int, int]

# "my sister in law is allergic", "my brother in law cant eat it", "grandma doesnt eat it"
DIET_REASON = (
    r"(?:[a-z']+\s+){1,6}?(?:is|are|'s|r)\s+(?:(?:super|very|severely|really)\s+)?allergic"
    r"|(?:[a-z']+\s+){1,6}?(?:cant|can't|cannot|doesnt|doesn't|dont|don't|wont|won't)\s+"
    r"(?:eat|have)\s+(?:it|that|them|any)"
)

_MEAT = frozenset({"chicken", "ny_strip", "filet_mignon"})
_RED = frozenset({"ny_strip", "filet_mignon"})
_SEAFOOD = frozenset({"shrimp", "salmon", "scallops", "lobster_tail"})
_MEATLESS = frozenset({"tofu", "vegetables"})
_KINDS: dict[str, frozenset[str]] = {
    "beef": _RED, "red meat": _RED, "steak": _RED, "pork": frozenset(), "meat": _MEAT,
    "seafood": _SEAFOOD, "sea food": _SEAFOOD, "shellfish": _SEAFOOD - {"salmon"},
    "fish": frozenset({"salmon"}), "poultry": frozenset({"chicken"}), "chicken": frozenset({"chicken"}),
}  # fmt: skip
_KIND = r"(?P<kind>beef|red meat|steak|pork|meat|sea ?food|shellfish|fish|poultry|chicken)"
# The eater at a clause's start: a pronoun, a relation, or one word (a name said before)
_PRONOUNS = frozenset({"she", "he", "they", "we", "grandma", "grandpa", "mom", "dad", "nana", "papa",
                       "lola", "lolo", "abuela", "abuelo", "mama"})  # fmt: skip
_NONE_EATEN = re.compile(
    r"(?:^|(?<=[.,;:!?\n-])|(?<=\bbut )|(?<=\band )|(?<=\bsince )|(?<=\bbecause )|(?<=\bcause )"
    r"|(?<=\bcuz )|(?<=\bbc )|(?<=\bas ))\s*"
    r"(?P<who>[a-z]+)\s+(?:doesn'?t|does not|don'?t|do not|can'?t|cannot|won'?t|will not|never)\s+"
    rf"(?:really\s+)?(?:eat|eats|do|does)\s+(?:any\s+)?{_KIND}\b"
    # "so no steak pls": the kind said again as kept out
    r"(?:\s*,?\s*so\s+no\s+(?:steak|beef|red meat|meat|pork|fish|seafood|shellfish)"
    r"(?:\s+(?:please|pls|plz|thanks|thx))?)?"
)
# A share said pescatarian ("a few are pescatarian", "some of us are pescetarian"), with the
# reason for the fish after it ("so thats why the salmon lol", "so we picked the salmon")
_PESCATARIANS = re.compile(
    r"\b(?:a few|some|a couple|several|half|many|most|a handful|two|2|three|3)"
    r"(?:\s+of\s+(?:us|them|em|the guests|our guests|the group))?\s+(?:are|is|r|'re)\s+"
    r"(?:strict\s+)?pesc[ae]tarians?\b"
    r"(?P<why>\s*,?\s*(?:so\s+)?(?:(?:that's|thats|that is|which is)\s+why\s+|hence\s+)?"
    r"(?:(?:we|i)\s+(?:picked|chose|went with|added|got|want|wanted)\s+|(?:there's|theres)\s+)?"
    r"(?:the\s+)?(?P<food>salmon|shrimp|scallops?|lobsters?(?:\s+tails?)?|fish|seafood)"
    r"(?:\s+(?:option|lol|haha|lmao|too))*\b)?"
)
_FOOD_KEYS = {"salmon": "salmon", "shrimp": "shrimp", "scallop": "scallops", "scallops": "scallops",
              "lobster": "lobster_tail", "fish": "salmon"}  # fmt: skip
# The whole party said to be of one or more diets ("we're a pescatarian + veggie crowd")
_DIET_WORD = r"(?:pesc[ae]tarians?|vegetarians?|veggies?|vegans?|plant[- ]based)"
_WHOLE = re.compile(
    r"\b(?:we're|we are|we r|were)\s+(?:all\s+)?(?:an?\s+|all\s+)?(?:mostly\s+)?"
    rf"(?P<diets>{_DIET_WORD}(?:\s*(?:\+|&|/|,|and|n|or)\s*{_DIET_WORD})*)\s+"
    r"(?:crowd|group|bunch|family|fam|party|household|crew|gang|squad)\b"
)
# Why a group has the one protein it has: it eats nothing else
_NOTHING_ELSE = re.compile(
    r"\b(?:porque|pq|ya que|because|cause|cuz|bc|since|as)\s+(?:they|he|she|ellos|ellas|the kids|"
    r"los ninos)?\s*(?:no|dont|don't|do not|wont|won't|will not|doesnt|doesn't|does not)\s+"
    # ("gusta" is spelt "guest" by the catalog's speller: a guest word comes near it)
    r"(?:really\s+)?(?:comen|come|eat|eats|les? gusta|les? guest|like|likes)\s+"
    r"(?:otra cosa|nada mas|nada de otro|anything else|much else|other stuff)\b"
)


def diet_remarks(text: str, asks: Sequence[ProteinAsk]) -> list[Span]:
    """The spans of normalized `text` whose diet remarks the order of `asks` (what is kept) fits."""
    proteins = {a.protein for a in asks}
    if not proteins:
        return []
    return (_none_eaten(text, proteins) + _pescatarians(text, proteins) + _whole(text, proteins)
            + _nothing_else(text, asks))  # fmt: skip


def _none_eaten(text: str, proteins: Collection[str]) -> list[Span]:
    """ "she doesnt eat red meat" beside an order without red meat; the eater a pronoun, a
    relation or a word said before the remark (a name: "plus Lola. ... Lola doesnt eat beef")."""
    if "eat" not in text and " do" not in text:  # speed: rarely said
        return []
    spans = []
    for m in _NONE_EATEN.finditer(text):
        who = m["who"]
        named = who in _PRONOUNS or re.search(rf"\b{who}\b", text[: m.start("who")])
        kind = _KINDS[m["kind"].replace("seafood", "sea food")]
        if named and not kind & set(proteins):
            spans.append((m.start("who"), m.end()))
    return spans


def _pescatarians(text: str, proteins: Collection[str]) -> list[Span]:
    """A share said pescatarian beside fish or shellfish of the order, and the reason for it."""
    if "pesc" not in text or not set(proteins) & _SEAFOOD:
        return []
    spans = []
    for m in _PESCATARIANS.finditer(text):
        food = (m["food"] or "").split()[0].rstrip("s") if m["food"] else ""
        key = _FOOD_KEYS.get(food) or _FOOD_KEYS.get(food + "s")
        if m["food"] and food not in ("fish", "seafood") and key not in proteins:
            spans.append((m.start(), m.start("why")))  # "... so thats why the lobster": not ordered
            continue
        spans.append(m.span())
    return spans


def _whole(text: str, proteins: Collection[str]) -> list[Span]:
    """The whole party's diets the order keeps to: no meat for pescatarians, neither meat nor
    fish for vegetarians and vegans alone."""
    if "we" not in text:
        return []
    spans = []
    for m in _WHOLE.finditer(text):
        allowed = set(_MEATLESS)
        if "pesc" in m["diets"]:
            allowed |= _SEAFOOD
        if set(proteins) <= allowed:
            spans.append(m.span())
    return spans


def _nothing_else(text: str, asks: Sequence[ProteinAsk]) -> list[Span]:
    """ "pollo porque no comen otra cosa": right after a protein of the order, in its sentence."""
    spans = []
    for m in _NOTHING_ELSE.finditer(text):
        clause = max(text.rfind(c, 0, m.start()) for c in ".!?\n;")
        if any(clause < a.end <= m.start() and m.start() - a.end <= 40 for a in asks):
            spans.append(m.span())
    return spans


def diet_party_apart(text: str, asks: list[ProteinAsk]) -> list[ProteinAsk]:
    """The `asks` less a diet word read as a protein inside the whole party's diets ("we're a
    pescatarian + veggie crowd": no vegetables ordered) when the other asks keep to the diets."""
    if "we" not in text or "veg" not in text:  # speed: rarely said
        return asks
    for m in _WHOLE.finditer(text):
        inside = [a for a in asks if m.start() <= a.start < m.end()]
        others = {a.protein for a in asks if not m.start() <= a.start < m.end()}
        allowed = _MEATLESS | (_SEAFOOD if "pesc" in m["diets"] else frozenset())
        if inside and others and others <= allowed:
            asks = [a for a in asks if a not in inside]
    return asks


# What a little one eats, who eats free ("the 4 yr old just eats rice anyway lol", "the 2 yr old
# barely eats anything"): no portion of the order is theirs, nothing changes
_LITTLE_EATS = re.compile(
    r"\s+(?:(?:just|only|mostly|usually|basically|really|probably|will)\s+){0,2}"
    r"(?:(?:eats?|has|wants?)\s+(?:the\s+|some\s+)?(?:white\s+|fried\s+)?"
    r"(?:rice|noodles|veggies|fruit|bread)(?:\s+(?:and|n|&)\s+(?:the\s+)?(?:rice|noodles|veggies|fruit))?"
    r"|(?:barely|hardly)\s+eats?(?:\s+anything)?"
    r"|(?:doesn'?t|does not|won'?t|wont)\s+eat\s+(?:much|a lot)"
    r"|eats?\s+like\s+a\s+bird)"
    r"(?:\s+(?:anyway|anyways|lol|haha|tho|though|lmao))*\b"
)


def eats_little(text: str, at: int) -> int | None:
    """The end of what a little one named just before `at` eats (`_LITTLE_EATS`), or None."""
    m = _LITTLE_EATS.match(text, at)
    return m.end() if m else None


def pescatarian_counts(text: str, asks: Sequence[ProteinAsk]) -> list[Span]:
    """The numbers of the pescatarians counted beside fish or shellfish of the order ("a couple
    are pescatarian", read "2 are pescatarian"): they have theirs, the count places no one."""
    if "pesc" not in text or not {a.protein for a in asks} & _SEAFOOD:
        return []
    return [(m.start(), m.start() + 1) for m in _PESCATARIANS.finditer(text) if m.group(0)[0].isdigit()]
