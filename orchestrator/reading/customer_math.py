"""The customer's own arithmetic of the price list ("$55 x 12 = $660 right?", "so thats 55x10 +
30x2 = 610?"): the customer checking a price, no order item, so its numbers are hidden from the
guest reader and its words are not asked about. The order itself is read from the rest of the
message, and the quote states the tools' total whatever the customer added up.

Arithmetic is hidden when every product is a price times a count that the message says again
outside the arithmetic ("12 adults ... $55 x 12"); a count may carry its item's word ("10 lobster
x 15", "12 adults x 55"), a guest word or a protein that the message says outside it too, so the
words around lose nothing. Priced in dollars ("$55 x 15 = $800 right? 15 adults ...", "$50 x 10 =
$500"), it is the customer's figure, right or wrong: the quote states the tools' total and never
confirms the customer's (`dollar_math`; not in a message bargaining over the price). Not marked
"$", it must hold to be known as prices at all: every price is the catalog's per guest or per
portion (adult, child, extra portion, premium upgrade) and every sum after "=" is what the terms
before it add up to (a sum without a product adds amounts in dollars: "$660 + $25 = $685"); "12 x
55 = 660 + 12 x 5 = 700" stays for the safety net. Arithmetic whose count (or item) is said nowhere
else stays too, and asks: the count would come from the sum. One exception: the adults' price
times a count with no other number in the message but a ZIP ("$55 x 12 = $660 right? chicken and
shrimp, 95630") counts the adults, and is rewritten as that count.

A per-guest price asked back beside the order ("is it $55 per person?", "so its $30 a kid?") is a
question about the price list, explained the same way when the amount is the catalog's; so is a
total said for a number of guests that is their price times the number, said again ("$660 for 12
right? 12 adults ..."). Amounts are read with thousands commas or without ("$55 x 30 = $1,650 +
$150 salmon = $1,800?"); in dollars a summed amount may name its protein ("$150 salmon") when the
message chooses that protein outside the arithmetic too."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from orchestrator.catalog import Catalog

Span = tuple[int, int]

# an amount, its thousands marked by commas or not ("1,650", "1650")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,5})"
_AMOUNT = rf"\$?\s?{_DIGITS}(?:\.\d\d)?"
_OP = r"\s*(?:x|\*|times|\+|=)\s*"
_DOLLARS = rf"\$\s?{_DIGITS}(?:\.\d\d)?"
# a count may carry one or two words of its item before its operator ("10 lobster x 15", "12
# adults x 55"), checked in `_term`
_WORDS = r"(?:\s+(?!x\b|times\b)[a-z]+){0,2}"
# numbers joined by operators, at least one of them "x", "*" or "times" (a product); or amounts
# in dollars summed ("$660 + $25 = $685")
_EXPRESSION = re.compile(
    rf"(?<![\w$.])(?:{_AMOUNT}(?:{_WORDS}{_OP}{_AMOUNT})*{_WORDS}\s*(?:x|\*|times)\s*{_AMOUNT}"
    rf"(?:{_WORDS}{_OP}{_AMOUNT})*"
    rf"|{_DOLLARS}(?:\s*\+\s*{_DOLLARS})+\s*=\s*{_DOLLARS})(?!\w|\.\d)"
)
_TIMES = re.compile(r"(?<![a-z])(?:x|times)(?![a-z])|\*")
_FACTOR = re.compile(rf"\s*({_AMOUNT})((?:\s+[a-z]+)*)\s*")
# a guest word in a product and the stems that say its guests outside it
_GUESTS = {
    **dict.fromkeys(("adult", "adults"), ("adult",)),
    **dict.fromkeys(("kid", "kids", "child", "children"), ("kid", "child")),
    **dict.fromkeys(("ppl", "people", "guest", "guests", "persons", "pax"),
                    ("ppl", "people", "guest", "person", "pax", "adult")),
}  # fmt: skip
# a message bargaining over the price: its own price is no slip the quote may correct quietly
_BARGAIN = re.compile(r"\b(?:discount|deal|cheaper|budget|lower|(?:can|could|would) (?:you|u) do)\b")
# "$660 for 12 right?": a total for a number of guests
_TOTAL_FOR = re.compile(
    rf"(?<![\w$.])({_DOLLARS})\s+for\s+(?:the\s+|all\s+)?(\d{{1,3}})"
    r"(?:\s+(?:people|ppl|adults|guests|of us))?(?!\w|\.\d)"
)
_NUMBER = re.compile(r"(?<![\w$.])\d{1,5}(?!\w|\.\d)")
# ... or before the order it asks about ("is it 55 pp for 20 adults w/ filet?"), read as said
_PER_GUEST = re.compile(
    r"\b(?:is it|its|it's|it is|is that|thats|that's|so its|so it's)\s+(\$?\s?\d{1,3}(?:\.00)?)\s*"
    r"(?:(?:per|a|an|/)\s*(?:person|head|guest|adult|plate|kid|child)|pp)\s*(?:\?|(?=\s+for\s))"
)


def _amount(token: str) -> tuple[Decimal, bool] | None:
    """The amount of a token ("$55", "660") and whether it was marked "$"."""
    try:
        return Decimal(token.replace("$", "").replace(",", "").strip()), "$" in token
    except InvalidOperation:
        return None


def _unit_prices(catalog: Catalog) -> frozenset[Decimal]:
    """The catalog's prices charged per guest or per portion."""
    upgrades = {p.upgrade for p in catalog.proteins if p.premium}
    return frozenset({catalog.guests.adult_price, catalog.guests.child_price,
                      catalog.guests.extra_portion_price, *upgrades})  # fmt: skip


class _Factor(NamedTuple):
    """One factor of a product: its amount, whether marked "$", and its item's words."""

    value: Decimal
    marked: bool
    words: tuple[str, ...]


class _Said(NamedTuple):
    """What the message says outside the arithmetic: its numbers and its text."""

    numbers: set[int]
    text: str


def _factor(text: str) -> _Factor | None:
    """The factor written `text` ("$55", "10 lobster"), or None."""
    found = _FACTOR.fullmatch(text)
    amount = _amount(found.group(1)) if found else None
    if found is None or amount is None:
        return None
    return _Factor(amount[0], amount[1], tuple(found.group(2).split()))


def _item_said(word: str, outside: str, catalog: Catalog) -> bool:
    """Whether a count's item `word` is a guest word or a protein's word of the catalog that the
    message says outside the arithmetic as well."""
    proteins = {w for p in catalog.proteins for n in (p.name, *p.aliases) for w in n.lower().split()}
    stems = _GUESTS.get(word) or ((word.removesuffix("s"),) if word.removesuffix("s") in proteins
                                  or word in proteins else ())  # fmt: skip
    return any(re.search(rf"\b{re.escape(s)}", outside) for s in stems)


def _term(term: str, said: _Said, catalog: Catalog, dollars: bool = False
          ) -> tuple[Decimal, bool | None] | None:
    """The value of one "+" term and, of a product, whether its unit price was marked "$" (None:
    no product); None when the term is no catalog price (with `dollars`, no price in dollars)
    times a count said elsewhere, its item's words said elsewhere too."""
    factors = [_factor(f) for f in _TIMES.split(term)]
    if any(f is None for f in factors) or len(factors) > 2:
        return None
    read = [f for f in factors if f is not None]
    if len(read) == 1:
        bare = read[0]
        # "+ $150 salmon": in dollars, an amount may name its item, a protein said outside too
        named = dollars and all(_item_said(w, said.text, catalog) for w in bare.words)
        unread = (bare.words and not named) or (dollars and not bare.marked)
        return None if unread else (bare.value, None)
    prices = [f for f in read if not f.words
              and (f.marked if dollars else f.value in _unit_prices(catalog))]  # fmt: skip
    if dollars and len(prices) > 1:
        return None  # "$55 x $12": no count
    for unit in prices:  # "10 x 55": 10 is a price too (an extra portion), 55 is not a count
        count = read[1] if unit is read[0] else read[0]
        if (not count.marked and not count.value % 1 and int(count.value) in said.numbers
                and all(_item_said(w, said.text, catalog) for w in count.words)):  # fmt: skip
            return unit.value * count.value, unit.marked
    # "$55 x 12" with no 12 said elsewhere (the sum would count them), "+ 10 lobster x 15" with
    # no lobster said elsewhere
    return None


def _holds(expression: str, said: _Said, catalog: Catalog, dollars: bool = False) -> bool:
    """Whether the arithmetic `expression` holds (the module docstring); `said` is what the
    message says outside it. A running sum ("11 x 55 = 605 + 2 x 30 = 665") holds when every
    amount after "=" is what the terms before it add up to. With `dollars`, whether it is the
    customer's figure of prices in dollars, its sums right or wrong."""
    sides = expression.split("=")
    running, dollar_unit, products = Decimal(0), True, 0
    for i, side in enumerate(sides):
        terms = side.split("+")
        if i > 0:  # the sum said so far, then the terms added to it
            total = _amount(terms[0])
            if total is None or (total[0] != running and not dollars):
                return False
            terms = terms[1:]
        for term in terms:
            value = _term(term, said, catalog, dollars)
            if value is None:
                return False
            running += value[0]
            products += value[1] is not None
            dollar_unit = dollar_unit and value[1] is not False
    if len(sides) > 1 and "+" in sides[-1]:
        return False  # "$55 x 12 = $660 + $25": the last amount added up to nothing said
    summed = len(sides) > 1
    if dollars:
        return products > 0
    if products == 0:  # "$660 + $25 = $685": a sum of dollars, which holds
        return summed
    return dollar_unit or summed


def customer_math(text: str, catalog: Catalog) -> list[Span]:
    """The spans of normalized `text` holding the customer's own arithmetic that holds, or that
    is priced in dollars (`dollar_math`)."""
    spans: list[Span] = []
    for m in _EXPRESSION.finditer(text):
        numbers = {int(n.group(0)) for n in _NUMBER.finditer(text)
                   if not m.start() <= n.start() < m.end()}  # fmt: skip
        said = _Said(numbers, f"{text[: m.start()]} {text[m.end() :]}")
        if _holds(m.group(0), said, catalog) or dollar_math(m.group(0), text, said, catalog):
            spans.append((m.start(), _upgrade_added(text, m.end(), catalog)))
    return spans + _total_for(text, catalog)


def dollar_math(expression: str, text: str, said: _Said, catalog: Catalog) -> bool:
    """Whether `expression` is the customer's arithmetic in dollars whose counts `text` says
    again ("$55 x 15 = $800 right? 15 adults ..."): its figure, right or wrong, decides nothing,
    the quote states the tools' total. A message bargaining over the price is left out."""
    return _BARGAIN.search(text) is None and _holds(expression, said, catalog, dollars=True)


def _upgrade_added(text: str, end: int, catalog: Catalog) -> int:
    """The end of the arithmetic ending at `end` with "plus the filet upgrade" after it: the
    upgrade's price added to the sum, of a premium protein the message chooses elsewhere (its
    first word said outside), no swap; `end` when there is none."""
    firsts = [p.name.split()[0] for p in catalog.proteins if p.premium]
    found = re.compile(r"\s*(?:plus|\+)\s+(?:the\s+)?(\w+)(?:\s+\w+)?\s+upgrades?\b(?:\s+price)?"
                       ).match(text, end)  # fmt: skip
    if found is None or found.group(1) not in firsts:
        return end
    word = re.compile(rf"\b{found.group(1)}")
    said = [w for w in word.finditer(text) if not end <= w.start() < found.end()]
    return found.end() if said else end


def _total_for(text: str, catalog: Catalog) -> list[Span]:
    """The spans of totals said for a number of guests ("$660 for 12") that is the adults' or the
    children's price times that number, the number said again outside it."""
    spans = []
    for m in _TOTAL_FOR.finditer(text):
        said, count = _amount(m.group(1)), int(m.group(2))
        prices = (catalog.guests.adult_price, catalog.guests.child_price)
        again = any(int(n.group(0)) == count for n in _NUMBER.finditer(text)
                    if not m.start() <= n.start() < m.end())  # fmt: skip
        if said is not None and again and any(said[0] == p * count for p in prices):
            spans.append(m.span())
    return spans


# "$55 x 12 = $660": one product, the price first, the sum after "=" if any
_ADULTS_TIMES = re.compile(rf"\s*({_AMOUNT})\s*(?:x|\*|times)\s*(\d{{1,3}})\s*(?:=\s*({_AMOUNT})\s*)?")


def math_counts(text: str, catalog: Catalog) -> list[tuple[Span, str]]:
    """The customer's arithmetic that alone counts the adults ("$55 x 12 = $660 right?" and no
    other number but a ZIP): its span rewritten as the count ("12 adults"), the same length."""
    moved = []
    for m in _EXPRESSION.finditer(text):
        one = _ADULTS_TIMES.fullmatch(m.group(0))
        others = [n for n in _NUMBER.finditer(text) if not m.start() <= n.start() < m.end()]
        if not one or any(len(n.group(0)) < 5 for n in others):
            continue
        price, count = _amount(one.group(1)), int(one.group(2))
        said = _amount(one.group(3)) if one.group(3) else None
        words = f"{count} adults"
        if (price is None or price[0] != catalog.guests.adult_price or len(words) > len(m.group(0))
                or not (price[1] or said) or (said and said[0] != price[0] * count)):  # fmt: skip
            continue
        moved.append((m.span(), words.ljust(len(m.group(0)))))
    return moved + _per_head_counts(text, catalog)


# "55 a head for 9 of us = 495": the adults' price per head, the count, their product (round q82h)
_HEAD_FOR = re.compile(
    rf"(?<![\w$.])({_AMOUNT})\s*(?:a|per|/)\s*(?:head|person|plate)\s+for\s+(?:the\s+|all\s+)?"
    rf"(\d{{1,3}})(?:\s+(?:of\s+us|people|ppl|adults|guests))?\s*=\s*({_AMOUNT})(?!\w|\.\d)"
)


def _per_head_counts(text: str, catalog: Catalog) -> list[tuple[Span, str]]:
    """ "55 a head for 9 of us = 495 right?" with no other number but a ZIP: as `math_counts`, the
    adults' price times the count, the product said and right, rewritten as the count."""
    moved = []
    for m in _HEAD_FOR.finditer(text):
        others = [n for n in _NUMBER.finditer(text) if not m.start() <= n.start() < m.end()]
        price, said, count = _amount(m.group(1)), _amount(m.group(3)), int(m.group(2))
        if any(len(n.group(0)) < 5 for n in others) or price is None or said is None:
            continue
        if price[0] == catalog.guests.adult_price and said[0] == price[0] * count:
            moved.append((m.span(), f"{count} adults".ljust(len(m.group(0)))))
    return moved


def price_asked_back(text: str, catalog: Catalog) -> list[Span]:
    """The spans of per-guest prices of the catalog asked back ("is it $55 per person?")."""
    prices = {catalog.guests.adult_price, catalog.guests.child_price}
    spans = []
    for m in _PER_GUEST.finditer(text):
        said = _amount(m.group(1))
        if said is not None and said[0] in prices:
            spans.append(m.span())
    return spans


def math_said_back(text: str, counts: set[int], catalog: Catalog) -> list[Span]:
    """The spans of the customer's arithmetic of an earlier quote that holds with the quote's
    `counts` ("so 11 x 55 = 605 + 2 x 30 = 665" after a quote for 11 adults and 2 children):
    the counts said by the quote, not again in the message. Lowercase `text`."""
    said = _Said(counts, "")  # no item's word in it: the quote's counts alone
    return [m.span() for m in _EXPRESSION.finditer(text) if _holds(m.group(0), said, catalog)]
