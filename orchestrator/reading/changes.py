"""The words that change an order: proteins taken out ("scratch the shrimp", "not lobster"),
swaps ("swap the filet for lobster tails") and changes of mind ("actually make it filet"). Each
reader returns what it read and the spans it explains, so the safety net (`coverage`) sees those
words as understood. The add-ons read (named loosely, taken out: "no sake needed") are
reading/add_on_reading.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from orchestrator.catalog import Catalog
from orchestrator.literal_gates import gated
from orchestrator.reading.diet_remarks import DIET_REASON
from orchestrator.reading.group_owner import OWNER_WORDS, owner_group
from orchestrator.reading.kept import SOME
from orchestrator.reading.steak_cut import cut_of_steak
from orchestrator.reading.taken_off import OFF_VERB

Span = tuple[int, int]

_TAKE_OUT = (
    r"(?:no|no to|no need (?:for|of)|sin|pass on|not|without|skip|scratch|scrap|drop|remove|cancel|nix|"
    r"no more|instead of|in place of|hold the|"
    r"leave off|leave out|lose|ditch|get rid of|take off|take out|cut|(?:nvm|never ?mind) (?:on|about)|"
    # "never mind the lobster" after it was asked for: taken back (with a comma, "nvm, the lobster",
    # it marks the change to it)
    r"(?:nvm|never ?mind)(?=\s+the\s)|"
    r"(?<!don't )(?<!dont )(?<!not )forget(?: about)?|"
    r"(?:don't|dont|do not|won't|wont) (?:need|want|do|get))"
)
_OUT_BEFORE = re.compile(rf"\b{_TAKE_OUT}\s+(?:(?:the|any|a|that|those)\s+)?$")
_INSTEAD = re.compile(r"\binstead\b(?!\s+of)")


@lru_cache(maxsize=8)
def protein_names(catalog: Catalog) -> re.Pattern[str]:
    """Any protein's name: a pronoun after one may mean it rather than an add-on (`add_on_reading`)."""
    names = sorted(_swap_reading(catalog)[0], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")s?\b")


def instead_spans(text: str) -> list[Span]:
    """ "we'll do the sake instead": explained when the same message takes something out."""
    return [m.span() for m in _INSTEAD.finditer(text)]


# "upgrade the shrimp to lobster" names both proteins: a swap (an upgrade that names only the new
# one, "upgrade 4 of them to lobster", is asked about by the doubts); "swap the adults' shrimp" theirs;
# "switch the lobster back to shrimp", "downgrade the filet to ny strip" too
_SWAP_VERB = (
    r"\b(?:swap|switch|change|replace|sub|substitute|trade|upgrade|upgrading|swapped|switched|changed|"
    r"replaced|subbed|upgraded|swapping|switching|changing|downgrade|downgraded|bump)\s+(?:out\s+)?"
    rf"(?:the\s+|our\s+|all\s+(?:the\s+)?|(?:everyone|everybody)'?s\s+)?{OWNER_WORDS}"
)


# "make the salmon lobster", "what if we made the shrimp lobster tails instead": the first named;
# "make 4 of the chicken filet (instead)": 4 guests' portions, as "swap 4 of the chicken for filet"
_MAKE = r"\b(?:make|made)\s+(?:(\d{1,3})\s+of\s+(?:the|our)\s+|the\s+|our\s+|all\s+(?:the\s+)?)"
# "what would it be if the chicken were filet instead?": the same, asked as a price question
_WERE = r"\b(?:if|say)\s+(?:the\s+|our\s+|all\s+(?:the\s+)?)"


@dataclass(frozen=True, slots=True)
class Swap:
    """ "swap A for B": every portion of A becomes B."""

    old: str
    new: str
    span: Span
    partial: bool = False  # "... for the adults only", "... for 4 of them": some portions, not all
    group: str | None = None  # the partial swap's group: "adults" or "kids"
    count: int | None = None  # the partial swap's number of guests
    restates: bool = False  # "lobster for 48 ppl ... swap it for shrimp": the order's count again
    whole: bool = False  # "for the adults, chicken not filet": applied only where the group alone has it
    share: tuple[int, int, int] | None = None  # "half": (1, 2, 0), "a third of the 30": (1, 3, 30)


@lru_cache(maxsize=8)
def _swap_reading(catalog: Catalog) -> tuple[dict[str, str], re.Pattern[str]]:
    """The protein names (and ambiguous words) a swap names, and the swap's pattern, built once
    per catalog (they were built for every message read)."""
    names = {a.lower(): p.key for p in catalog.proteins for a in (*p.aliases, p.name)}
    names.update({a.word: a.word for a in catalog.ambiguous})
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(
        rf"(?:{_SWAP_VERB}(?:(\d{{1,3}}|half)\s+(?:of\s+)?(?:the\s+|our\s+)?)?({alternatives})\s+"
        rf"(?:(?:back|over|down|now|all)\s+)?(?:for|with|to|into|out for)\s+|{_MAKE}({alternatives})\s+"
        rf"(?:into\s+)?|{_WERE}({alternatives})\s+(?:tails?\s+)?(?:were|was|are|is|became)\s+)"
        rf"(?:the\s+|some\s+|just\s+|only\s+)?({alternatives})\b"
    )
    return names, pattern


def swap_names(catalog: Catalog) -> dict[str, str]:
    """The protein names (and ambiguous words) a swap names."""
    return _swap_reading(catalog)[0]


def read_swaps(text: str, catalog: Catalog) -> list[Swap]:
    """Swaps between two catalog proteins."""
    names, pattern = _swap_reading(catalog)
    swaps = []
    for m in pattern.finditer(text):
        if m.group(3) and protein_names(catalog).search(re.split(r"[.;!?\n]", text[m.end() :])[0]):
            continue  # "make 4 of the chicken filet and 2 of the strip salmon": one of two, asked
        some = SOME.match(text[m.end() : m.end() + 30])
        group = ("kids" if some.group(1)[0] in "kc" else "adults") if some and some.group(1) else None
        count = int(some.group(2)) if some and some.group(2) else None
        half = m.group(1) == "half" and not some  # "upgrade half the shrimp to lobster": a share
        told = m.group(1) or m.group(3)  # "swap 6 of the chicken for scallops": 6 guests' portions
        if told and not half:
            some, count = (None if count is None else some), count or int(told)
        span = (m.start(), m.end() + (some.end() if some else 0))
        old, new = names[m.group(2) or m.group(4) or m.group(5)], names[m.group(6)]
        if m.group(2) and not (some or m.group(1)):  # "swap the adults' shrimp for scallops"
            group = owner_group(text, m.start(), m.start(2))
        share = (1, 2, 0) if half else None
        swaps.append(Swap(old, new, span, bool(some or told or group), group, count, share=share))
    return swaps


# The protein's one or two words, then "off"/"out": "take the chicken off", "leave the filet
# mignon out" ("take the chicken out of the marinade early" is no removal).
_OFF_NEXT = re.compile(r"[a-z]+(?:\s+[a-z]+)?\s+(?:off|out)\b(?!\s+of\b)")


def taken_out(text: str, start: int) -> re.Match[str] | None:
    """The words taking out what starts at `start` ("no", "scratch", "hold the"), in its clause."""
    floor = max(0, start - 30)
    line_start = max(floor - 1, *(text.rfind(c, floor, start) for c in ".;!?\n,")) + 1
    return _OUT_BEFORE.search(text[line_start:start])


def remove_prefix(text: str, start: int) -> re.Match[str] | None:
    """A protein taken out by the words just before it ("no shrimp", "not lobster"), or by a
    verb before it and "off" after it ("take the chicken off")."""
    if out := taken_out(text, start):
        return out
    verb = OFF_VERB.search(text[max(0, start - 20) : start])
    return verb if verb and _OFF_NEXT.match(text, start) else None


_MIND_WORD = (
    r"(?:actually|scratch that|on second thought|change(?:d)? (?:my|our) minds?|no wait|"
    r"never ?mind|nvm|wait|(?:hmm+|um+|uh+|oh)\s*,?\s*no)"
)
# "actually no scratch that, do": the words of one change, however many markers it takes
_MIND = gated(re.compile(
    rf"\b{_MIND_WORD}\b(?:[\s,:.!-]*(?:no|nah|nope|{_MIND_WORD})\b)*[\s,:.!-]*"
    # "wait no shellfish we keep kosher, chicken and salmon": a kind of food ruled out, its reason
    r"(?P<kind>(?:shellfish|seafood|sea food|fish|pork|beef|red meat)\b(?:\s+[a-z']+){0,4}\s*[,:.!-]+\s*"
    # "wait no shellfish, my sister in law is allergic. make it ...": who cannot have it, the
    # reason (round q86e)
    rf"(?:(?:{DIET_REASON})[\s,:.!-]*)?)?"
    r"(?:(?:let's|lets|we'll|we will|i'll|just)\s+)?(?:(?:make|do|go with|get|have)\s+(?:it|that)?\s*)?"
    # "wait no, 2 proteins each: chicken and shrimp", "scratch that, everyone gets both shrimp and
    # salmon": the choice said again for everyone, each guest both
    r"(?:(?:2 proteins each|(?:every ?(?:one|body)|all(?: of us)?) (?:gets?|has|have|eats?)(?: both)?)"
    r"[\s,:.!-]*)?"
))  # fmt: skip
# the catalog's proteins of each kind a change of mind rules out
_OF_KIND = {
    "shellfish": re.compile(r"shrimp|lobster|scallop|prawn|crab"),
    "seafood": re.compile(r"shrimp|lobster|scallop|prawn|crab|salmon|fish"),
    "sea food": re.compile(r"shrimp|lobster|scallop|prawn|crab|salmon|fish"),
    "fish": re.compile(r"shrimp|lobster|scallop|prawn|crab|salmon|fish"),
    "pork": re.compile(r"pork|bacon|ham"),
    "beef": re.compile(r"strip|filet|steak|beef"),
    "red meat": re.compile(r"strip|filet|steak|beef"),
}
# "nvm scratch the tofu just chicken and shrimp for all": after the removal, the whole order said
# again for everyone, so every choice before the change is dropped (not the removed one alone)
_JUST_FOR_ALL = re.compile(
    r"[\s,.;:!-]*(?:just|only)\s+[a-z]+(?:\s+[a-z]+){0,4}?\s+for\s+(?:all|everyone|everybody)\b"
)
# "... do filet instead of the strip": the change names the one choice it replaces
_IN_PLACE = re.compile(r"\s*(?:tails?\s+)?(?:instead of|in place of|rather than)\b")
# "... actually make it filet not chicken": the one it replaces named by "not", its name next
_NOT_NEXT = re.compile(r"\s*,?\s*not\s+(?:the\s+)?")


def changes_of_mind(text: str, spans: list[Span]) -> tuple[set[int], list[Span]]:
    """ "chicken and... actually make it filet and shrimp", "we were thinking shrimp but changed
    our minds: chicken and salmon": the proteins (given as `spans`, in order) named before the
    change in the same passage are dropped. Returns their indices and the words explained."""
    dropped: set[int] = set()
    read: list[Span] = []
    for m in _MIND.finditer(text):
        before = [i for i, (s, _) in enumerate(spans) if m.start() - 80 <= s < m.start()]
        after = [i for i, (s, _) in enumerate(spans) if m.end() <= s <= m.end() + 15]
        if not before or not after:
            continue
        # "wait no, swap the strip for scallops": the change is a swap the swap readers apply;
        # "actually drop the chicken, do shrimp": a removal, the removal readers' (the rest stands)
        swap = re.search(rf"(?:{_SWAP_VERB}|{_MAKE})\Z", text[m.start() : spans[after[0]][0]])
        out = re.match(rf"{_TAKE_OUT}\s", text[m.end() : spans[after[0]][0]])
        again = _JUST_FOR_ALL.match(text, spans[after[0]][1]) if out else None
        again_named = again is not None and any(again.start() <= a < again.end() for a, _ in spans)
        if (swap or out) and not again_named:
            read.append(m.span())
            continue
        nxt = _NOT_NEXT.match(text, spans[after[0]][1])  # "make it filet not chicken": one swapped
        if _IN_PLACE.match(text, spans[after[0]][1]) or (nxt and any(s == nxt.end() for s, _ in spans)):
            read.append(m.span())  # a swap, read by the swap readers; the other choices stand
            continue
        if re.search(r"\d", text[spans[before[0]][0] : m.start()] + text[m.end() : spans[after[0]][0]]):
            continue
        if m.group("kind") and any(_OF_KIND[k].search(text, *spans[i]) for i in after
                                   for k in _OF_KIND if m.group("kind").startswith(k)):  # fmt: skip
            continue  # "wait no shellfish, chicken and shrimp": the choice after it is of the kind
        if cut_of_steak(text, spans, before[-1], after):
            before = before[-1:]  # "chicken n steak... actually no make it filet": the steak's cut
        dropped.update(before)
        read += [spans[i] for i in before] + [m.span()]
    return dropped, read
