"""The customer's own arithmetic of the price list ("$55 x 12 = $660 right?", "so thats 55x10 +
30x2 = 610?"): the customer checking a price, no order item, so its numbers are hidden from the
guest reader and its words are not asked about. The order itself is read from the rest of the
message, and the quote states the tools' total whatever the customer added up.

Only arithmetic that holds is hidden: every product is a price per guest or per portion of the
catalog (adult, child, extra portion, premium upgrade) times a count that the message says again
outside the arithmetic ("12 adults ... $55 x 12"), and the sum after "=" is what the terms add up
to (a sum without a product adds amounts in dollars: "$660 + $25 = $685"). A product whose price
is not marked "$" needs that sum. Arithmetic that does not hold ("$50 x 10 = $500", "55 x 12 =
600") or whose count is said nowhere else stays for the safety net, which asks: the customer's
figure and the order would disagree, or the count would come from the sum. One exception: the
adults' price times a count with no other number in the message but a ZIP ("$55 x 12 = $660
right? chicken and shrimp, 95630") counts the adults, and is rewritten as that count.

A per-guest price asked back beside the order ("is it $55 per person?", "so its $30 a kid?") is a
question about the price list, explained the same way when the amount is the catalog's; so is a
total said for a number of guests that is their price times the number, said again ("$660 for 12
right? 12 adults ...")."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from orchestrator.catalog import Catalog

Span = tuple[int, int]

_AMOUNT = r"\$?\s?\d{1,5}(?:\.\d\d)?"
_OP = r"\s*(?:x|\*|times|\+|=)\s*"
_DOLLARS = r"\$\s?\d{1,5}(?:\.\d\d)?"
# numbers joined by operators, at least one of them "x", "*" or "times" (a product); or amounts
# in dollars summed ("$660 + $25 = $685")
_EXPRESSION = re.compile(
    rf"(?<![\w$.])(?:{_AMOUNT}(?:{_OP}{_AMOUNT})*\s*(?:x|\*|times)\s*{_AMOUNT}(?:{_OP}{_AMOUNT})*"
    rf"|{_DOLLARS}(?:\s*\+\s*{_DOLLARS})+\s*=\s*{_DOLLARS})(?!\w|\.\d)"
)
# "$660 for 12 right?": a total for a number of guests
_TOTAL_FOR = re.compile(
    r"(?<![\w$.])(\$\s?\d{1,5}(?:\.\d\d)?)\s+for\s+(?:the\s+|all\s+)?(\d{1,3})"
    r"(?:\s+(?:people|ppl|adults|guests|of us))?(?!\w|\.\d)"
)
_NUMBER = re.compile(r"(?<![\w$.])\d{1,5}(?!\w|\.\d)")
_PER_GUEST = re.compile(
    r"\b(?:is it|its|it's|it is|is that|thats|that's|so its|so it's)\s+(\$\s?\d{1,3}(?:\.00)?)\s*"
    r"(?:per|a|an|/)\s*(?:person|head|guest|adult|plate|kid|child)\s*\?"
)


def _amount(token: str) -> tuple[Decimal, bool] | None:
    """The amount of a token ("$55", "660") and whether it was marked "$"."""
    try:
        return Decimal(token.replace("$", "").strip()), "$" in token
    except InvalidOperation:
        return None


def _unit_prices(catalog: Catalog) -> frozenset[Decimal]:
    """The catalog's prices charged per guest or per portion."""
    upgrades = {p.upgrade for p in catalog.proteins if p.premium}
    return frozenset({catalog.guests.adult_price, catalog.guests.child_price,
                      catalog.guests.extra_portion_price, *upgrades})  # fmt: skip


def _term(term: str, elsewhere: set[int], catalog: Catalog
          ) -> tuple[Decimal, bool | None] | None:
    """The value of one "+" term and, of a product, whether its unit price was marked "$" (None:
    no product); None when the term is no catalog price times a count said elsewhere."""
    factors = [_amount(f) for f in re.split(r"x|\*|times", term)]
    if any(f is None for f in factors) or len(factors) > 2:
        return None
    read = [f for f in factors if f is not None]
    if len(read) == 1:
        return read[0][0], None
    unit = next((f for f in read if f[0] in _unit_prices(catalog)), None)
    count = read[1] if unit is read[0] else read[0]
    if unit is None or count[1] or count[0] % 1 or int(count[0]) not in elsewhere:
        return None  # "$55 x 12" with no 12 said elsewhere: the sum would count them
    return unit[0] * count[0], unit[1]


def _holds(expression: str, elsewhere: set[int], catalog: Catalog) -> bool:
    """Whether the arithmetic `expression` holds (the module docstring); `elsewhere` are the
    numbers said outside it. A running sum ("11 x 55 = 605 + 2 x 30 = 665") holds when every
    amount after "=" is what the terms before it add up to."""
    sides = expression.split("=")
    running, dollar_unit, products = Decimal(0), True, 0
    for i, side in enumerate(sides):
        terms = side.split("+")
        if i > 0:  # the sum said so far, then the terms added to it
            said = _amount(terms[0])
            if said is None or said[0] != running:
                return False
            terms = terms[1:]
        for term in terms:
            value = _term(term, elsewhere, catalog)
            if value is None:
                return False
            running += value[0]
            products += value[1] is not None
            dollar_unit = dollar_unit and value[1] is not False
    if len(sides) > 1 and "+" in sides[-1]:
        return False  # "$55 x 12 = $660 + $25": the last amount added up to nothing said
    summed = len(sides) > 1
    if products == 0:  # "$660 + $25 = $685": a sum of dollars, which holds
        return summed
    return dollar_unit or summed


def customer_math(text: str, catalog: Catalog) -> list[Span]:
    """The spans of normalized `text` holding the customer's own arithmetic that holds."""
    spans: list[Span] = []
    for m in _EXPRESSION.finditer(text):
        elsewhere = {int(n.group(0)) for n in _NUMBER.finditer(text)
                     if not m.start() <= n.start() < m.end()}  # fmt: skip
        if _holds(m.group(0), elsewhere, catalog):
            spans.append((m.start(), _upgrade_added(text, m.end(), catalog)))
    return spans + _total_for(text, catalog)


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
    return [m.span() for m in _EXPRESSION.finditer(text) if _holds(m.group(0), counts, catalog)]
