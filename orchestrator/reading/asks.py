"""One protein as the customer named it (`ProteinAsk`), before the order resolves its count."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orchestrator.catalog import Catalog

# Words that join two items of a list: "chicken and shrimp", "filet + lobster", "salmon, scallops";
# in Spanish too, which the normalizing leaves between dishes ("filete y camarón", "filete e
# camarones", "filete con camarón"): a scope after the list reaches every item of it
# "steak - filet mignon, not the ny strip - and shrimp", "ny strip) and shrimp": an aside closed
CONNECT = re.compile(r"^[\s,+&/)-]*(?:and|n|plus|with|y|e|con|\+|&|,|-)?[\s,+&/]*$")

# "for the kids", "for all the": a choice for the group named right after (ends the text searched)
CHOSEN_FOR = re.compile(r"\bfor\s+(?:the\s+|all\s+(?:the\s+)?|our\s+|my\s+)?\Z")
# "salmon for the 9 adults, and the 2 kids (7, 10) just chicken": a group's own choice right after
# it, one word closing its clause ("just let me know" is none), so no list of the whole party
OWN_CHOICE = re.compile(
    r"\s*,?\s*(?:(?:just|only|want|wants|get|gets|prefer|will have)\s+[a-z]+|[a-z]+\s+only)"
    r"(?:\s+(?:pls|plz|please|thx|thanks|lol))?\s*(?:[.,!;)\n]|\Z|\d{5}\b)"
)


@dataclass(frozen=True, slots=True)
class ProteinAsk:
    """One protein the customer named. `portions` None: no count given (`per_guest`: one each)."""

    protein: str
    said: str
    portions: int | None = None
    per_guest: bool = False
    half: int = 0  # 1 for the first "half ...", 2 for the second
    share: tuple[int, int] | None = None  # "a third of us want lobster": (1, 3) of the group
    group: str | None = None  # "adults" or "kids" when the words give the protein to one group
    extra: bool = False  # "extra", "more", "additional", "on top"
    each_for: int | None = None  # "2 extra lobster each for the 4 guys": 4 (0: every paying guest)
    rest: bool = False  # "the rest want filet"
    people: bool = False  # the count is of people ("the other 10 adults filet and shrimp")
    others: bool = False  # the people left after the parts before ("the other 6 chicken")
    for_named: bool = False  # for people named, not counted ("2 lobster for the bride and her mom")
    of_each: bool = False  # the count said once for a list ("chicken and shrimp, 10 of each")
    one_each: bool = False  # "12 lobster tails, one for each of us": the count is the party's
    by_person: bool = False  # counted from the people a clause names ("my parents salmon": 2)
    sentence: int = 0
    start: int = 0
    end: int = 0
    count_span: tuple[int, int] | None = None
    # other words this ask explains: "steak... wait i mean" (taken back), "per person"
    taken_back: tuple[int, int] | None = None


def with_(ask: ProteinAsk, **changes: object) -> ProteinAsk:
    return replace(ask, **changes)  # type: ignore[arg-type]


def resolved_words(
    catalog: Catalog, retained: Sequence[str], asks: Sequence[ProteinAsk]
) -> tuple[tuple[str, str], ...]:
    """The ambiguous words ("steak") a protein kept or named settles, as (word, protein key)."""
    named = dict.fromkeys([*retained, *(a.protein for a in asks)])
    return tuple((amb.word, key) for amb in catalog.ambiguous for key in named if key in amb.options)
