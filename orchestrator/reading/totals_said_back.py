"""A total of the business's last quote said back by the customer ("hmm 1010 is more than we
wanted. switch the filet back to ny strip", "ok so $665 total, can we add the show?"): the earlier
quote's total, never a count of guests nor an order item, so it is taken out of the customer's
message before it is read. The tools price the order the words give. So is the customer's own
arithmetic of that quote when it holds with the quote's counts ("so 11 x 55 = 605 + 2 x 30 = 665"
after a quote for 11 adults and 2 children: `customer_math.math_said_back`); arithmetic with
other counts, or that does not hold, stays for the safety net, which asks.

Only the exact total of the business turn right before the message is taken ("Total $1010.00"),
written as the quote wrote it or without its cents or with a thousands comma, and with the
quote's number of guests right after it ("$715 for 13 right?" after a quote for 13 adults); a
number followed by a word of guests ("1010 people") is left to the reader, which asks. Any other
sum the customer adds up ("840 + 2 kids = 900") is not the quote's total and stays for the safety
net."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from orchestrator.catalog import Catalog
from orchestrator.reading.customer_math import math_said_back
from orchestrator.reading.our_quote import our_quotes, quoted_total

# an amount the customer writes: "1010", "$1010", "$1,010.00"
_AMOUNT = re.compile(r"(?<![\w$.,])\$?\s?(\d{1,3}(?:,\d{3})+|\d{3,6})(?:\.\d\d)?(?![\w.,]\d|\w)")
# "for 13" right after the quote's total blanked ("$715 for 13 right?"): its guests said again
_FOR_GUESTS = re.compile(
    r"\s+for\s+(?:the\s+|all\s+)?(\d{1,3})(?:\s+(?:people|ppl|adults|guests|of us))?(?!\w|\.\d)"
)
_GUESTS_AFTER = re.compile(
    r"\s*(?:people|ppl|persons|guests|adults|kids|children|of us|heads|pax)\b", re.IGNORECASE
)


def _value(token: str) -> Decimal | None:
    """The amount of a written number, or None."""
    try:
        return Decimal(token.replace(",", ""))
    except InvalidOperation:
        return None


def without_total(text: str, total: Decimal, guests: int | None = None) -> str:
    """`text` with every amount equal to `total` blanked (same length), unless guests follow it;
    with the quote's number of `guests` said right after it ("$715 for 13 right?"), that too."""
    for m in _AMOUNT.finditer(text):
        said = _value(m.group(0).replace("$", "").strip())
        if said != total or _GUESTS_AFTER.match(text, m.end()):
            continue
        end = m.end()
        again = _FOR_GUESTS.match(text, end)
        if again is not None and guests is not None and int(again.group(1)) == guests:
            end = again.end()
        text = text[: m.start()] + " " * (end - m.start()) + text[end:]
    return text


_OWN_AGES = re.compile(
    r"(?<=\bkids )6-12|(?<=\bkid )6-12|(?<=\bchildren )6-12|(?<=\bchild )6-12|(?<=\bunder )6\b"
    r"|(?<=\bage )5 and under|(?<=\bchildren )5 and under|(?<=\bchild )5 and under"
)


def _party_numbers(business_text: str) -> list[int] | None:
    """The numbers of the party of a business reply's first quote ("Quote for 11 adults, 2
    children (6-12) with ...": 11, 2), without the ages in brackets; None without a quote. The
    toddlers' "1 little one 5 and under (free)" says 1 and 5, both taken (as it always was)."""
    found = [q for q in our_quotes(business_text) if q.portions]
    if not found:
        return None
    # our own replies write the ages without brackets ("2 kids 6-12", "1 age 5 and under")
    party = _OWN_AGES.sub(" ", re.sub(r"\([^)]*\)", " ", found[0].party))
    return [int(n) for n in re.findall(r"\b\d{1,3}\b", party)]


def quoted_guests(business_text: str) -> int | None:
    """All the guests a business quote counts ("Quote for 11 adults, 2 children (6-12)": 13)."""
    numbers = _party_numbers(business_text)
    return None if numbers is None else sum(numbers)


def quoted_counts(business_text: str) -> set[int]:
    """The guest counts a business quote states ("Quote for 11 adults, 2 children (6-12)"),
    without the ages in brackets."""
    return set(_party_numbers(business_text) or [])


def without_math(text: str, counts: set[int], catalog: Catalog) -> str:
    """`text` with the customer's arithmetic of the quote with `counts` blanked (same length)."""
    for start, end in math_said_back(text.lower(), counts, catalog):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def totals_said_back(turns: Sequence[tuple[str, str]], catalog: Catalog) -> list[tuple[str, str]]:
    """The turns with each customer message right after a quote freed of the customer's
    arithmetic of that quote and of its total."""
    out: list[tuple[str, str]] = []
    for role, text in turns:
        before = out[-1] if out else None
        total = quoted_total(before[1]) if before and before[0] == "business" else None
        if role == "customer" and before is not None and total is not None:
            text = without_math(text, quoted_counts(before[1]), catalog)
            text = without_total(text, total, quoted_guests(before[1]))
        out.append((role, text))
    return out
