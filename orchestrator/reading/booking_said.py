"""What a customer says beside accepting the business's quote, read for `quote_booked` (round q84a):
the deposit asked about ("Perfect, let's book it! How do I pay the deposit?", "where do I send the
deposit", "do u take zelle for the deposit?", "is the deposit refundable?"), the quote's own
total said back as agreed ("ok 550 is fine, book it for sat oct 18 at 7", "The $1,305.00 total
works for us"), and a total said back that is not the quote's ("ok 600 is fine, book it" after a
quote of $660), which is asked, never booked at either price.

A question about paying the deposit right after a quote ("sounds good, how do i pay the
deposit?") is a booking too: the customer means to pay for the order just quoted, so the reply
carries that order's total beside the deposit's terms. Before any quote it books nothing and is
left to the policy answer; only the booking words ("book it") ask which order."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# the deposit as the customer names it ("the deposit", "the $100 deposit", "our deposit")
_DEPOSIT = r"(?:the\s+|a\s+|our\s+)?(?:\$?100(?:\.00)?\s+)?deposit"
_PAY_METHOD = r"(?:venmo|zelle|paypal|apple\s+pay|cash\s*app|card|cards|credit\s+cards?|checks?|cash)"
# paying the deposit asked about ("how do I pay the deposit?", "where do I send the deposit",
# "whats the deposit and how do i pay it", "how do we pay the $100 deposit?"): the customer means
# to pay for the order just quoted
_PAYING = (
    # (not "when do we pay it?": when the deposit is due is the policy's answer, 138 eb087)
    rf"\b(?:how|where)\s+(?:do|can|should|would|will)\s+(?:i|we|u|you)\s+"
    rf"(?:pay|send|make|put\s+down|submit)\s+(?:{_DEPOSIT}|it|that|(?:the\s+)?payment)\b"
    # "What's the easiest way to pay the deposit?" (179 fq089)
    rf"|\b(?:what'?s|whats|what\s+is)\s+the\s+(?:easiest|best|quickest|fastest)\s+way\s+to\s+"
    rf"(?:pay|send)\s+(?:{_DEPOSIT}|it)\b"
)
PAY_DEPOSIT = re.compile(_PAYING)
# any question about the deposit beside a booking ("do u take zelle for the deposit?", "is the
# deposit refundable?", "how much is the deposit"): the policy answers it, the order stands
DEPOSIT_ASKED = re.compile(
    rf"{_PAYING}"
    rf"|\bhow\s+(?:does|do)\s+{_DEPOSIT}\s+work\b"
    rf"|\b(?:what'?s|whats|what\s+is|how\s+much\s+is)\s+{_DEPOSIT}\b"
    rf"|\b(?:do|can)\s+(?:u|you|y'?all|you\s+guys|u\s+guys)\s+(?:take|accept|do)\s+{_PAY_METHOD}"
    rf"(?:\s+(?:or|and|/)\s+{_PAY_METHOD})*(?:\s+for\s+{_DEPOSIT})?"
    rf"|\bis\s+{_DEPOSIT}\s+refundable\b"
)

# an amount the customer writes: "550", "$1,305.00", "1,100" (not a date, a time nor a ZIP)
_AMOUNT = re.compile(r"(?<![\w$.,/:])\$?\s?(\d{1,3}(?:,\d{3})+|\d{3,4})(?:\.\d\d)?(?![\w.,/:]\d|\w)")
# a word of guests after a number: a count, not an amount ("12 of us", "14 adults")
_GUESTS_AFTER = re.compile(r"\s*(?:people|ppl|persons|guests|adults|kids|children|of us|pax)\b")
# a year ("Sept 20, 2026") written with no dollar sign: a date's
_YEAR = re.compile(r"\d{4}")
# the deposit's own amount ("the $100 deposit"), which is not the order's total
_DEPOSIT_AMOUNT = re.compile(r"\$?\s?100(?:\.00)?\s+deposit\b")
# the quote's total and the guests it is for said back as agreed: "$660 for 12 of us"
_FOR_GUESTS = re.compile(
    r"\s+for\s+(?:the\s+|all\s+)?\d{1,3}(?:\s+(?:people|ppl|adults|guests|of us))?\b"
)


def _value(token: str) -> Decimal | None:
    """The amount a written number says, or None."""
    try:
        return Decimal(token.replace(",", ""))
    except InvalidOperation:
        return None


def amounts_said(text: str) -> list[tuple[Decimal, int, int]]:
    """The amounts of lower-case `text` that are no count of guests and no deposit, with where
    each is (start, end)."""
    found: list[tuple[Decimal, int, int]] = []
    for m in _AMOUNT.finditer(text):
        if _GUESTS_AFTER.match(text, m.end()) or _DEPOSIT_AMOUNT.match(text, m.start()):
            continue
        value = _value(m.group(1))
        if value is not None and not (_YEAR.fullmatch(m.group(0)) and 2020 <= value <= 2039):
            found.append((value, m.start(), m.end()))
    return found


def total_agreed(text: str, total: Decimal) -> str:
    """Lower-case `text` with each amount that is the quote's `total` blanked, with the guests it
    is said for ("$660 for 12 of us"): agreeing to the quote, as "book it" does."""
    for value, start, end in reversed(amounts_said(text)):
        if value != total:
            continue
        if again := _FOR_GUESTS.match(text, end):
            end = again.end()
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def guests_agreed(text: str, total: Decimal) -> int | None:
    """The guests lower-case `text` says the quote's `total` is for ("ok $660 for 14 people works":
    14), or None when it names none (round q84o: compared with the quote's own guests)."""
    for value, _, end in amounts_said(text):
        if value == total and (said := _FOR_GUESTS.match(text, end)):
            return int(re.search(r"\d+", said.group(0)).group(0))  # type: ignore[union-attr]
    return None


def other_total(text: str, total: Decimal) -> Decimal | None:
    """An amount of lower-case `text` said as the price agreed that is not the quote's `total`
    ("ok 600 is fine" after a quote of $660), or None."""
    return next((value for value, _, _ in amounts_said(text) if value != total), None)


def without_amounts(text: str) -> str:
    """Lower-case `text` with every amount `amounts_said` finds blanked."""
    for _, start, end in reversed(amounts_said(text)):
        text = text[:start] + " " * (end - start) + text[end:]
    return text
