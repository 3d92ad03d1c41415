"""The price guard: every amount of money a draft states must come from this drafting's tools.

Amounts are compared as Decimals, so "$55", "$55.00" and "55 dollars" are the same amount. The
catalog's published prices (deposit, per-guest prices...) are allowed explicitly because the
system prompt states them as facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?"
_MONEY = re.compile(
    rf"(?:\$|\bUSD\s?)\s?{_NUMBER}(?![\d,]*\d)"  # $1,020.00  $55  USD 100
    rf"|\b{_NUMBER}\s*(?:dollars?|bucks|usd)\b",  # 600 dollars
    re.IGNORECASE,
)
_PLAIN_AMOUNT = re.compile(r"^\d+\.\d{2}$")
_PRICE_WORDS = re.compile(
    r"\b(how much|price|pricing|prices|cost|costs|quote|total|estimate|ballpark|rates?|charge|fee)\b",
    re.IGNORECASE,
)
# Questions about these are answered from the published policies, without a pricing tool.
_POLICY_WORDS = re.compile(r"\b(deposit|gratuity|tip|tips|tax|taxes)\b", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?\n])\s*")


def _to_decimal(whole: str, fraction: str | None) -> Decimal | None:
    try:
        return Decimal(whole.replace(",", "") + (fraction or ""))
    except InvalidOperation:
        return None


def money_amounts(text: str) -> list[tuple[str, Decimal]]:
    """Each money amount written in `text`, as (the text matched, its value)."""
    found = []
    for match in _MONEY.finditer(text):
        whole, fraction = (
            (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        )
        value = _to_decimal(whole, fraction)
        if value is not None:
            found.append((match.group(0).strip(), value))
    return found


def amounts_in_results(results: Iterable[Mapping[str, Any]]) -> set[Decimal]:
    """Every money value in tool results: "600.00"-style fields and "$5.00" inside notes."""
    allowed: set[Decimal] = set()

    def walk(node: Any) -> None:
        if isinstance(node, Mapping):
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            if _PLAIN_AMOUNT.match(node):
                allowed.add(Decimal(node))
            allowed.update(value for _, value in money_amounts(node))

    for result in results:
        walk(result)
    return allowed


def is_price_question(customer_text: str) -> bool:
    """True when the customer asks what something costs (not only about deposit, tips or tax)."""
    return any(
        _PRICE_WORDS.search(sentence) and not _POLICY_WORDS.search(sentence)
        for sentence in _SENTENCES.split(customer_text)
    )


def _format(value: Decimal) -> str:
    return f"${value.quantize(Decimal('0.01')):,}"


def check_draft(
    *,
    draft_text: str,
    customer_text: str,
    tool_results: Iterable[Mapping[str, Any]],
    tools_called: int,
    catalog_amounts: Iterable[Decimal] = (),
) -> tuple[str, ...]:
    """Flags for a draft: "unverified_amounts: $10.00, ..." and/or "price_without_tool"."""
    stated = money_amounts(draft_text)
    allowed = amounts_in_results(tool_results) | set(catalog_amounts)
    flags: list[str] = []
    unverified = sorted({value for _, value in stated if value not in allowed})
    if unverified:
        flags.append("unverified_amounts: " + ", ".join(_format(v) for v in unverified))
    if tools_called == 0 and stated and is_price_question(customer_text):
        flags.append("price_without_tool")
    return tuple(flags)
