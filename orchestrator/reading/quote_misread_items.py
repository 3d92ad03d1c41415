"""A message that tells our latest quote it misread a protein of the order (round q82n): "i said
ny strip not filet" after a quote of filet and chicken when the customer had asked for NY strip
and chicken; "The quote shows salmon, but we asked for chicken and shrimp"; "I think this has
filet on it? We picked the NY strip"; "i said 4 lobster tails not 10" after a quote that counted
10 of the 4 asked for. As with a misread guest count (`quote_misread`), the customer corrects the
quote, not an order of their own: the order their earlier messages state stands.

The quote must differ from that order in its proteins (one the order does not have, "the wrong
one") or in the portions the order counts of one; the message must take the wrong one back ("not
filet", "has filet", "shows salmon") and name every protein of the order the quote left out (the
one that replaces it: "not filet" alone stays asked), name no protein besides the order's and the
quote's wrong ones, give the order's proteins no count but the order's own, change nothing else,
and every number of it must be the quote's taken back or said back ("not 10") or a count of the
order ("4 lobster tails"), and it asks for no change beside ("keep it and add ny strip too").
A protein taken back that the customer did ask for earlier, or one
named in place of the quote's that the order does not have ("scallops not salmon" after asking for
shrimp), is no misread: it is read as it says. The quote's guests and ZIP must be the order's, and
an add-on it has that the order does not must be taken back ("just the sake, not the show":
`quote_misread_add_ons`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from orchestrator.catalog import Catalog
from orchestrator.reading.choice_settled import protein_keys
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.quote_misread import (
    NUMBER,
    Turn,
    numbers_explained,
    quote_and_before,
    quote_bands,
    quoted_counts,
)
from orchestrator.reading.quote_misread_add_ons import (
    add_on_check_explained,
    add_ons_fit,
    quoted_add_ons,
    wrong_add_ons,
)
from orchestrator.reading.reasons import unplaced
from orchestrator.reading.words import normalize

# the words before a protein of the quote that take it back or point at it on the quote: "not
# filet", "this has filet on it", "the quote shows salmon", "you put scallops" ("we'd rather have
# filet", "can you put filet on" are no such words)
_TAKEN_BACK = (
    r"\b(?:not|no|has|shows?|showing|lists?|listed|says|instead\s+of|rather\s+than|"
    r"(?:you|u)\s+(?:have|put|wrote|quoted|priced|got|added))\s+(?:the\s+|any\s+|a\s+)?"
)

# words of a change the customer asks for beside the misread ("the quote has filet, can we keep
# it and add ny strip too"): the message is read as it says
_CHANGE = re.compile(
    r"\b(?:add|adding|keep|keeping|too|also|plus|both|as\s+well|extra|more|another|upgrade|"
    r"switch|swap|change)\b"
)


def quoted_keys(portions: Sequence[tuple[int, str]], catalog: Catalog) -> dict[str, int] | None:
    """The quote's portions by protein key; None when a name is none of the catalog's."""
    keys = protein_keys(catalog)
    found: dict[str, int] = {}
    for n, name in portions:
        key = keys.get(name.lower())
        if key is None:
            return None
        found[key] = found.get(key, 0) + n
    return found


def _names(key: str, catalog: Catalog) -> str:
    """The protein `key`'s lower-case names as one alternation, longest first."""
    names = sorted((n for n, k in protein_keys(catalog).items() if k == key), key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


def _taken_back(text: str, key: str, catalog: Catalog) -> bool:
    """Whether normalized `text` takes the protein `key` back or points at it on the quote."""
    words = _names(key, catalog)
    return bool(re.search(rf"{_TAKEN_BACK}(?:{words})s?\b", text))


def _changes_nothing_else(last: Inquiry) -> bool:
    """Whether the message read alone names no guests, place or change besides its proteins and
    add-ons."""
    return not (
        last.has_guests or last.adults or last.children or last.toddlers
        or last.zip_code or last.partial_swaps or last.changes
        or last.kids_more or last.adults_added or last.add_ons_off or last.portions_off
        or last.extras_off or last.moves or last.kinds_removed or last.group_removed
        or last.whole_swaps or last.share_swaps
    )  # fmt: skip


def _proteins_fit(
    last: Inquiry, ordered: dict[str, int | None], wrong: set[str], named: set[str]
) -> bool:
    """Whether the message's proteins (`named`) are the order's (with no count but the order's
    own) and the quote's wrong ones (with no count)."""
    if not named <= set(ordered) | wrong:
        return False
    for a in last.proteins:
        own = a.protein in ordered and a.portions in (None, ordered[a.protein])
        if a.group is not None or not (own or (a.protein in wrong and a.portions is None)):
            return False
    swaps_back = all(old in wrong and new in ordered for old, new in last.swaps)
    return swaps_back and set(last.removed) <= wrong


def misread_items(
    inquiry: Inquiry, read: Sequence[Inquiry], text: str, turns: Sequence[Turn], catalog: Catalog
) -> Inquiry:
    """The order before the message when the message `text` only tells our latest quote it
    misread a protein, its portions or an add-on of that order (module doc); `inquiry` otherwise. `read`:
    each customer message read alone, the last `text`; `turns`: the earlier turns."""
    against = quote_and_before(read, turns)
    if against is None:
        return inquiry
    quote, before, last = against
    quoted = quoted_keys(quote.portions, catalog)
    if quoted is None or before.checks or not before.has_guests or not before.proteins:
        return inquiry
    own_bands = (before.adults or 0, before.children or 0, before.toddlers or 0)
    if quote_bands(quote) != own_bands or quote.zip_code not in (None, before.zip_code):
        return inquiry  # the quote misread the guests or the place too: not these alone
    ordered = {a.protein: a.portions for a in before.proteins}
    wrong = set(quoted) - set(ordered)
    counted = {k: n for k, n in ordered.items() if n is not None and k in quoted}
    miscounted = {k for k, n in counted.items() if quoted[k] != n}
    left_out = set(ordered) - set(quoted)
    named = {a.protein for a in last.proteins} | set(last.removed) | {p for s in last.swaps for p in s}
    if not left_out <= named or not _changes_nothing_else(last):
        return inquiry
    norm = normalize(text)
    plain = _without_extras_restated(norm, last, before, catalog)  # the order's extras said back
    if _CHANGE.search(plain):
        return inquiry
    priced = quoted_add_ons(quote.add_ons, turns[-1][1], catalog)
    added = wrong_add_ons(priced, set(before.add_ons), catalog)
    if added is None or not add_ons_fit(last, set(before.add_ons), added, norm, catalog):
        return inquiry
    if not _proteins_fit(last, ordered, wrong, named):
        return inquiry
    # the message names everything the quote got wrong, and something it did
    if not (wrong | miscounted) <= named or not (wrong or miscounted or added):
        return inquiry
    if any(k in named and not _taken_back(norm, k, catalog) for k in wrong):
        return inquiry
    found: dict[int, str] = {}
    if NUMBER.search(norm):
        own = {"adults": set(), "kids": set(), "guests": set(), "any": {*counted.values()}}
        explained = numbers_explained(plain, (quoted_counts(quote), set(), own, 0))
        if explained is None:
            return inquiry
        found = explained
    explains = (found, wrong, added)
    named_before = _named_before(turns, before)
    if not all(_explained_check(c, explains, norm, catalog) or _named_again(c, named_before)
               for c in last.checks):  # fmt: skip
        return inquiry
    return replace(before, topics=last.topics | before.topics)


def _explained_check(
    check: tuple[str, str],
    explains: tuple[dict[int, str], set[str], set[str]],
    text: str,
    catalog: Catalog,
) -> bool:
    """Whether a check of the message read alone is one of the numbers it explains, the quote's
    wrong protein taken out ("filet mignon taken out but not in the order") or its wrong add-on
    taken back ("not the show"). `explains`: the numbers explained, the quote's wrong proteins
    and add-ons; `text`: the message normalized."""
    field, why = check
    found, wrong, added = explains
    if field == "was" or why in {unplaced(n) for n in found}:
        return True
    if added and add_on_check_explained(why, added, text, catalog):
        return True
    names = {p.name.lower() for p in catalog.proteins if p.key in wrong}
    taken_out = tuple(f"{n} taken out but not in the order" for n in names)
    return field == "proteins" and why.startswith(taken_out)


def _without_extras_restated(text: str, last: Inquiry, before: Inquiry, catalog: Catalog) -> str:
    """Normalized `text` without the word "extra" of each extra portions the order already asks
    for, said back with the order's own count ("only 2 extra lobster tails, not 10" after "+ 2
    extra lobster tails for my mom and dad"): the order restated, no change asked (round q83k)."""
    own = {(a.protein, a.portions) for a in before.proteins if a.extra and a.portions}
    for a in last.proteins:
        if not a.extra or (a.protein, a.portions) not in own:
            continue
        words = _names(a.protein, catalog)
        text = re.sub(rf"\b({a.portions})\s+extra\s+((?:{words})s?)\b", r"\1 \2", text)
    return text


_PEOPLE_NAMED = re.compile(r"did not understand '([^']+)' \(people named, not counted\)")


def _named_before(turns: Sequence[Turn], before: Inquiry) -> str:
    """The earlier customer messages normalized, when the order gives portions to people named
    ("2 extra lobster tails for my mom and dad"); "" otherwise."""
    if not any(a.for_named for a in before.proteins):
        return ""
    return "\n".join(normalize(t) for role, t in turns if role == "customer")


def _named_again(check: tuple[str, str], named_before: str) -> bool:
    """Whether a check of people named, not counted ("my mom") names people the earlier messages
    gave the order's portions to: said again ("just for my mom and dad"), they are no one new."""
    m = _PEOPLE_NAMED.fullmatch(check[1])
    if not named_before or m is None:
        return False
    return re.search(rf"\b{re.escape(m.group(1))}\b", named_before) is not None
