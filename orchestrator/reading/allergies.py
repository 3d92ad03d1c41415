"""An allergy named beside an order that has the food ("chicken and shrimp for everybody, but my
brother has a shellfish allergy"): a careful person asks who eats what instead, so it is a check.
An allergy to a food the order does not have ("a shellfish allergy" beside chicken and filet, "a
peanut allergy") changes nothing, and its food, when a protein ("allergic to shrimp"), is no
protein asked for."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from orchestrator.literal_gates import gated
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.diet_es import spanish_meatless, spanish_meatless_spans

Span = tuple[int, int]

# The food families customers name, and the catalog's proteins in each (by key); `kept_out` reads
# the same families in "no shellfish".
_SHELLFISH = ("shrimp", "lobster_tail", "scallops")
FAMILIES: dict[str, tuple[str, ...]] = {
    "shellfish": _SHELLFISH,
    "seafood": (*_SHELLFISH, "salmon"),
    "sea food": (*_SHELLFISH, "salmon"),
    "fish": ("salmon",),
    "shrimp": ("shrimp",),
    "prawns": ("shrimp",),
    "lobster": ("lobster_tail",),
    "scallops": ("scallops",),
    "scallop": ("scallops",),
    "salmon": ("salmon",),
    # nuts: no protein of the catalog has them, so the allergy is noted and the order stands
    "peanuts": (),
    "peanut": (),
    "tree nuts": (),
    "tree nut": (),
    "nuts": (),
    "nut": (),
}
# The name a quote's note gives a food said in the plural ("allergic to peanuts": "a peanut
# allergy")
_SINGULAR = {"peanuts": "peanut", "tree nuts": "tree nut", "nuts": "nut"}
_FOOD = "|".join(sorted(FAMILIES, key=len, reverse=True))
_ALLERGY = r"(?:allerg(?:y|ies|ic)|intoleran(?:t|ce))"
# "a shellfish allergy", "allergic to fish", "allergies to shellfish", "allergies (seafood)", "a
# severe allergy to shrimp": the food and the allergy in one phrase
_NAMED = gated(re.compile(
    rf"\b(?P<before>{_FOOD})\s+(?:{_ALLERGY})\b"
    rf"|\b{_ALLERGY}\s*(?:to|of|from|with|:|-|\()\s*(?:(?:all|any|most|some)\s+)?(?P<after>{_FOOD})\b"
))  # fmt: skip


# A share of the party said to eat no meat or fish, with no number ("half of us are vegetarian",
# "some of them are vegan", "a few of our staff are vegetarian", "about half the group is
# vegetarian", "a handful of the team", "about a third of the office"): who has which protein is
# not said, so a careful person asks.
_SHARE = (
    r"\b(?:half|some|a few|most|several|a couple|a lot|many|a handful|a third|a quarter|"
    r"two thirds|\d{1,3}\s*%)"
    # "of us", "of our staff", "the group", "of the older aunties": a share of people named
    r"\s+(?:(?:of\s+)?(?:us|them|em|(?:the|my|our|his|her|their|your)\s+(?:[a-z'-]+\s+){0,2}?"
    r"[a-z'-]+)\s+"
    # "a few people on the team", "some folks in the office"
    r"|(?:people|ppl|folks|guys|ladies|guests)(?:\s+(?:on|in|at|from)\s+(?:the|my|our|his|her|their)"
    r"\s+[a-z'-]+)?\s+)?"
)
_MEATLESS_SHARE = re.compile(
    rf"{_SHARE}(?:are|is|r|'re|will be)\s+(?:strict\s+)?"
    r"(?:vegetarians?|vegans?|veggie|plant[- ]based)\b"
    # the share said by a noun of no number: "100 guests, a few vegetarians, chicken and shrimp
    # for the rest", "incl. a handful of vegans", "a couple vegetarians" (round q73m)
    r"|\b(?:a\s+few|some|several|a\s+couple(?:\s+of)?|a\s+handful\s+of|a\s+number\s+of|"
    r"a\s+bunch\s+of|a\s+lot\s+of|lots\s+of|many)\s+(?:strict\s+)?(?:vegetarians|vegans)\b"
)
_NO_MEAT_PROTEINS = frozenset({"tofu", "vegetables"})
# A share said to eat fish but no meat ("a few of us are pescatarian"): the fish or shellfish of the
# order are theirs, meat alone is asked
_PESCATARIAN_SHARE = re.compile(
    rf"{_SHARE}(?:are|is|r|'re|will be)\s+(?:strict\s+)?pesc[ae]tarians?\b"
    # counted: "12 adults, chicken and ny strip, 3 of us are pescatarian": which proteins are
    # theirs is the question, not only where the 3 go (round q86p)
    r"|\b\d{1,2}\s+(?:of\s+)?(?:us|them|em|(?:the|our|my)\s+[a-z'-]+)\s+(?:are|r|'re)\s+"
    r"(?:strict\s+)?pesc[ae]tarians?\b"
)
_SEAFOOD = frozenset({"salmon", "shrimp", "scallops", "lobster_tail"})
# One guest named by relation ("my sister is vegan"), or a share said not to eat meat ("a couple of
# them don't eat meat"): like a share said vegetarian
_MEATLESS_OTHER = re.compile(
    r"\bmy\s+(?:\w+\s+)?(?:sister|brother|mom|mother|dad|father|wife|husband|son|daughter|"
    r"friend|cousin|aunt|uncle|niece|nephew|partner|fianc[eé]e?|girlfriend|boyfriend|boss|"
    r"grandma|grandpa)(?:[\s-]+in[\s-]+law)?\s+(?:is|'s)\s+(?:(?:a|strictly|strict|fully|also)\s+)?"
    r"(?:vegetarian|vegan|plant[- ]based)\b"
    # "my aunts are vegetarian", "the grandparents are vegan": relations in the plural, a share
    r"|\b(?:my|our|the)\s+(?:\w+\s+)?(?:sisters|brothers|aunts|aunties|titas|tias|uncles|cousins|"
    r"parents|grandparents|in-?laws|grandmas|grandpas|elders)\s+(?:are|r|'re)\s+(?:(?:all|both|"
    r"strictly|strict|also)\s+)?(?:vegetarians?|vegans?|plant[- ]based)\b"
    rf"|{_SHARE}(?:don'?t|do not|doesn'?t|can'?t|won'?t)\s+eat\s+(?:any\s+)?meat\b"
)


def meatless_share(text: str) -> str:
    """The words of normalized `text` saying a share of the party eats no meat ("half of us are
    vegetarian", "my sister is vegan"), or "": kept by a follow-up that names no protein, so the
    conversation asks which proteins are theirs when its order has meat or fish alone."""
    if "veg" not in text and "meat" not in text and "plant" not in text and "carne" not in text:
        return ""  # speed
    share = _MEATLESS_SHARE.search(text) or _MEATLESS_OTHER.search(text) or spanish_meatless(text)
    return share.group(0) if share else ""


def share_checks(share: str, proteins: Collection[str]) -> list[tuple[str, str]]:
    """The check of a `meatless_share` told after an order of `proteins` (catalog keys): none
    when the order has tofu or vegetables (theirs) or no proteins."""
    if not share or not proteins or set(proteins) & _NO_MEAT_PROTEINS:
        return []
    return [("proteins", f"'{share}' beside meat or fish in the order: which proteins for them?")]


def diet_checks(
    text: str, proteins: Collection[str], foods: Collection[str]
) -> list[tuple[str, str]]:
    """The checks of the allergies' `foods` (`allergy_foods` of the normalized `text`, read once
    by the caller) among the order's `proteins` (catalog keys), and one for a share of the party
    said to be vegetarian or vegan beside an order of meat or fish alone ("chicken and ny strip.
    half of us are vegetarian", "my sister is vegan", "a few are pescatarian" beside meat alone;
    "chicken and tofu for everyone (a few are vegan)" has theirs)."""
    checks = checks_for(foods, proteins)
    if set(proteins) - _NO_MEAT_PROTEINS and "veg" in text and (whole := _ALL_MEATLESS.search(text)):
        checks.append(("proteins", f"'{whole.group(0)}' beside meat or fish in the order: for whom?"))
        return checks  # "chicken and tofu, my family is vegan": the chicken is for whom?
    if not proteins or set(proteins) & _NO_MEAT_PROTEINS:  # none named, or tofu or veg: theirs
        return checks
    share = _MEATLESS_SHARE.search(text)
    if not share and ("meat" in text or "my " in text):  # cheap guards: rarely said
        share = _MEATLESS_OTHER.search(text)
    if not share:  # "mi cuñada es vegetariana" (round q86e)
        share = spanish_meatless(text)
    if not share and "pesc" in text and not set(proteins) & _SEAFOOD:
        share = _PESCATARIAN_SHARE.search(text)
    if share:
        checks.append(("proteins", f"'{share.group(0)}' beside meat or fish in the order: which "
                                   "proteins for them?"))  # fmt: skip
    return checks


# The whole party said to eat no meat ("my family is vegan", "we're all vegetarian"): an order of
# tofu and vegetables alone is theirs
_ALL_MEATLESS = re.compile(
    r"\b(?:(?:my|our)\s+(?:whole\s+|entire\s+)?family|we(?:'re|\s+are|\s+r)?(?:\s+all)?|all of us|"
    r"everyone|everybody)\s+(?:is\s+|are\s+|'s\s+)?(?:all\s+)?(?:strict(?:ly)?\s+|fully\s+)?"
    r"(?:vegetarians?|vegans?|plant[- ]based)\b"
)


def diet_reasons(text: str, proteins: Collection[str]) -> list[tuple[int, int]]:
    """The spans of diet remarks that explain the order's `proteins` (catalog keys): a share said
    vegetarian beside tofu or vegetables ("chicken and tofu, half of us are vegetarian"), the whole
    party said vegan beside meatless proteins alone ("tofu and veggies, my family is vegan").
    Beside meat or fish alone they stay unexplained (`diet_checks` asks)."""
    meatless = set(proteins) & _NO_MEAT_PROTEINS
    if not meatless or not ("veg" in text or "plant" in text or "meat" in text or "carne" in text):
        return []  # a cheap guard
    found = [*_MEATLESS_SHARE.finditer(text), *_MEATLESS_OTHER.finditer(text)]
    if meatless == set(proteins):
        found += _ALL_MEATLESS.finditer(text)
    return [m.span() for m in found] + spanish_meatless_spans(text)


# A question about what the kitchen cooks with ("do you guys cook with peanut oil or anything with
# nuts?"): an ingredient asked about, answered by staff, no note on a quote
_KITCHEN_ASKED = re.compile(
    r"\b(?:cook|cooks|cooked|fry|fries|fried|made|make|prepare|prepared|use|uses|using)\s+"
    r"(?:\w+\s+){0,3}?(?:with|in)\b|\b(?:oils?|ingredients?|contains?|sauces?|cross[- ]contact)\b"
)


def allergy_foods(text: str) -> tuple[str, ...]:
    """The foods of the allergies the normalized `text` names ("shellfish", "salmon"), in order; a
    nut allergy beside a question about what the kitchen cooks with is left to staff."""
    found = [m.group("before") or m.group("after") for m in _NAMED.finditer(text)]
    if any(not FAMILIES[food] for food in found) and _KITCHEN_ASKED.search(text):
        found = [food for food in found if FAMILIES[food]]
    return tuple(_SINGULAR.get(food, food) for food in found)


def allergens_apart(
    text: str, asks: Sequence[ProteinAsk], spans: list[Span]
) -> tuple[list[ProteinAsk], list[Span]]:
    """ "my daughter is allergic to shrimp" beside chicken and filet: the protein named as the
    allergy's food is not asked for (it was read as a third protein, and asked); the `asks` left
    and `spans` with the foods' spans added, explained."""
    if "allerg" not in text and "intoleran" not in text:  # a cheap gate: rarely said
        return list(asks), spans
    foods = [m.span("before" if m.group("before") else "after") for m in _NAMED.finditer(text)]
    kept = [a for a in asks if not any(s <= a.start < e for s, e in foods)]
    return kept, [*spans, *foods]


def allergy_noted(foods: Collection[str]) -> str:
    """The note a quote carries for allergies told after an order that has none of their foods:
    "noted: a shellfish allergy (nothing in this order has shellfish)"."""
    named = " and ".join(dict.fromkeys(foods))
    plural = {one: many for many, one in _SINGULAR.items()}
    had = " and ".join(dict.fromkeys(plural.get(food, food) for food in foods))
    return f"noted: a {named} allergy (nothing in this order has {had})"


def checks_for(foods: Collection[str], proteins: Collection[str]) -> list[tuple[str, str]]:
    """A check for each of the allergies' `foods` that touches the order's `proteins`: kept apart
    from the text so an allergy told after the order ("oh fyi my mom has a shellfish allergy") is
    checked against the order of the conversation."""
    checks = []
    for food in foods:
        touched = [key for key in FAMILIES[food] if key in proteins]
        if touched:
            names = ", ".join(key.replace("_", " ") for key in touched)
            checks.append(("allergy", f"a {food} allergy named beside {names} in the order: who "
                                      "eats what instead?"))  # fmt: skip
    return checks


# Foods no protein of the menu is made of ("a couple of our guests are allergic to peanuts")
_OTHER_FOOD = r"(?:tree nuts|nuts|peanuts?|gluten|wheat|dairy|milk|lactose|soy|sesame|eggs?)"
# What some guests just counted have, after "are" or "has": "allergic to shellfish", "a severe
# peanut allergy". Their number counts who has it, not the party (groups.harmless_subsets); an
# allergy that touches the order is still asked (`diet_checks`), so only a named food is read.
NAMED_ALLERGY = re.compile(
    r"\s*(?:(?:also|both|all|very|severely|super)\s+)?(?:(?:an?|some)\s+)?(?:(?:severe|bad|serious)\s+)?"
    rf"(?:(?:{_FOOD}|{_OTHER_FOOD})\s+{_ALLERGY}|{_ALLERGY}\s*(?:to|of)\s+(?:{_FOOD}|{_OTHER_FOOD}))\b"
)
