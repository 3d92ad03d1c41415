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

from orchestrator.policy_questions import policy_question

_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?"
_MONEY = re.compile(
    rf"(?:\$|\bUSD\s?)\s?{_NUMBER}(?![\d,]*\d)"  # $1,020.00  $55  USD 100
    rf"|\b{_NUMBER}\s*(?:dollars?|bucks|usd)\b"  # 600 dollars
    r"|(?<![\d.,$])\b(\d{1,3}(?:,\d{3})+|\d+)(\.\d{2})\b(?!\.\d)",  # 999.00: bare amounts are money
    re.IGNORECASE,
)
# A number without a currency sign where a role names it money: "your total is 1100", "deposit: 100".
_ROLE_NUMBER = re.compile(
    r"\b(?:total|subtotal|deposit|fee|costs?|price)\b(?:\s+(?:is|of|would be|will be|comes to|=))?"
    rf"\s*:?\s*(?<![$\d]){_NUMBER}\b"
    r"(?!\s*(?:%|percent|adults?|kids?|child|children|guests?|people|ppl|persons?|portions?|servings?"
    r"|proteins?|miles?|mi\b|days?|hours?|hrs?|minutes?|x\b|[-/]\d))",
    re.IGNORECASE,
)
_PLAIN_AMOUNT = re.compile(r"^\d+\.\d{2}$")
_DIGIT = re.compile(r"\d")
_LEAVES = (int, float, Decimal, type(None))
_PRICE_WORDS = re.compile(
    # "how much notice / time / room" asks no price
    r"\b(how much(?!\s+(?:notice|time|lead time|advance|space|room))|price|pricing|prices|cost|costs|"
    r"quote|total|estimate|ballpark|rates?|charge|fee)\b"
    # "what would a 4th of july party run us?", "how much would that set us back": the price asked
    r"|\b(?:what|how much)\b[^.?!\n]{0,60}?\b(?:run|set)\s+(?:us|me|ya|you)\b"
    # "whats that per person?", "what's that come out to per head": the quote's price per guest
    r"|\bwhat(?:'?s|\s+is|\s+does|\s+would)\s+(?:that|it|this)\b[^.?!\n\d]{0,30}?\bper\s+"
    r"(?:person|head|guest|pp)\b"
    # in Spanish: "cuanto cobran por el hibachi?", "cuánto cuesta?", "precios", "cotización"
    r"|\bcu[aá]nto\s+(?:cobran|cobra|cobras|cuesta|cuestan|sale|salen|ser[ií]a|vale)\b"
    r"|\bprecios?\b|\bcotizaci[oó]n\b",
    re.IGNORECASE,
)
# Questions about these are answered from the published policies, without a pricing tool.
_POLICY_WORDS = re.compile(r"\b(deposit|gratuity|tip|tips|tax|taxes)\b", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?\n])\s*")
# Thanks for a quote already given ("Thanks for the quote.", "thx for the estimate!!") asks no price
_THANKED = re.compile(
    r"\b(?:thanks|thank\s+you|thx|ty|appreciate)\s+(?:so\s+much\s+)?(?:for\s+)?(?:the|your|ur)\s+"
    r"(?:quick\s+|fast\s+)?(?:quote|estimate|pricing|prices|price)\b",
    re.IGNORECASE,
)


def _to_decimal(whole: str, fraction: str | None) -> Decimal | None:
    try:
        return Decimal(whole.replace(",", "") + (fraction or ""))
    except InvalidOperation:
        return None


def _money_spans(text: str) -> list[tuple[int, int, Decimal]]:
    """(start, end, value) of each money amount, in the order written."""
    found: list[tuple[int, int, Decimal]] = []
    for match in _MONEY.finditer(text):
        whole, fraction = next(
            (match.group(i), match.group(i + 1)) for i in (1, 3, 5) if match.group(i)
        )
        value = _to_decimal(whole, fraction)
        if value is not None:
            found.append((match.start(), match.end(), value))
    taken = [(start, end) for start, end, _ in found]
    for match in _ROLE_NUMBER.finditer(text):
        start, end = match.start(1), match.end(2) if match.group(2) else match.end(1)
        value = _to_decimal(match.group(1), match.group(2))
        if value is not None and not any(s <= start < e for s, e in taken):
            found.append((start, end, value))
    return sorted(found, key=lambda f: f[0])


def money_amounts(text: str) -> list[tuple[str, Decimal]]:
    """Each money amount written in `text`, as (the text matched, its value): with a currency sign
    or word, bare decimals ("999.00"), and bare numbers in a money role ("total is 1100")."""
    return [(text[start:end].strip(), value) for start, end, value in _money_spans(text)]


def amounts_in_results(results: Iterable[Mapping[str, Any]]) -> set[Decimal]:
    """Every money value in tool results: "600.00"-style fields and "$5.00" inside notes."""
    allowed: set[Decimal] = set()

    def walk(node: Any) -> None:
        # Strings and other leaves first: `Mapping` is an ABC, slow to test every leaf against.
        if isinstance(node, str):
            if _PLAIN_AMOUNT.match(node):  # "600.00": that amount, and no other in it
                allowed.add(Decimal(node))
            elif _DIGIT.search(node):  # every way of writing money has a digit
                allowed.update(value for _, value in money_amounts(node))
        elif isinstance(node, _LEAVES):
            return
        elif isinstance(node, list | tuple):
            for value in node:
                walk(value)
        elif isinstance(node, dict | Mapping):
            for value in node.values():
                walk(value)

    for result in results:
        walk(result)
    return allowed


# "how much?", "how much is it", "what would that be": a price asked of what was just named
_OF_IT = re.compile(
    r"\W*(?:and\s+|so\s+|also\s+)?(?:how much(?:\s+(?:is|would|will|does)\s+(?:it|that|this)"
    r"(?:\s+(?:be|cost))?)?|what(?:'?s| is| would| will)\s+(?:it|that|this)(?:\s+be)?)\W*",
    re.IGNORECASE,
)


def is_price_question(customer_text: str) -> bool:
    """True when the customer asks what something costs (not only about deposit, tips or tax, nor
    travel, the minimum or what is included, asked without a party to price; "do we need a
    deposit? how much is it" asks the deposit's amount)."""
    sentences = _SENTENCES.split(customer_text)
    return any(
        _PRICE_WORDS.search(_THANKED.sub(" ", sentence))
        and not _POLICY_WORDS.search(sentence)
        and not policy_question(sentence)  # "is there a charge to come out further?"
        and not (i and _OF_IT.fullmatch(sentence) and _POLICY_WORDS.search(sentences[i - 1]))
        for i, sentence in enumerate(sentences)
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
    """Flags for a draft: "unverified_amounts: $10.00, ...", "price_without_tool", amounts in the
    wrong role, counts read back wrong, and a total stated with no quote behind it."""
    stated = money_amounts(draft_text)
    allowed = amounts_in_results(tool_results) | set(catalog_amounts)
    flags: list[str] = []
    unverified = sorted({value for _, value in stated if value not in allowed})
    if unverified:
        flags.append("unverified_amounts: " + ", ".join(_format(v) for v in unverified))
    if tools_called == 0 and stated and is_price_question(customer_text):
        flags.append("price_without_tool")
    quotes = [r for r in tool_results if isinstance(r, Mapping) and "total" in r and "adults" in r]
    if quotes:
        flags += role_flags(draft_text, quotes, skip=set(unverified))
        flags += readback_flags(draft_text, quotes[-1])
    else:  # a published price ($550, $55) presented as the party's total is still made up
        totals = {v for role, v in role_amounts(draft_text) if role in ("total", "subtotal")}
        if totals:
            flags.append("total_without_quote: " + ", ".join(_format(v) for v in sorted(totals)))
    return tuple(flags)


_ROLE_BEFORE = re.compile(r"\b(subtotal|total|deposit|travel fee)\b[^$\d.,;()]{0,20}$", re.IGNORECASE)
_ROLE_AFTER = re.compile(r"^\s*(subtotal|total|deposit|travel\b(?! \w))", re.IGNORECASE)


def _role_values(role: str, quote: Mapping[str, Any]) -> set[Decimal]:
    travel = quote.get("travel") or {}
    raw = {
        "subtotal": [quote.get("food_subtotal"), quote.get("food_total")],
        "total": [quote.get("total")],
        "deposit": [quote.get("deposit")],
        "travel fee": [travel.get("fee")],
        "travel": [travel.get("fee")],
    }[role]
    return {Decimal(str(v)) for v in raw if v is not None}


def role_amounts(text: str) -> list[tuple[str, Decimal]]:
    """The amounts presented as a total, subtotal, deposit or travel fee, with that role."""
    found = []
    for begin, end, value in _money_spans(text):
        start = max(text.rfind(c, 0, begin) for c in ".!?\n") + 1
        hit = _ROLE_AFTER.match(text[end : end + 12]) or _ROLE_BEFORE.search(text[start:begin])
        if hit is not None:
            found.append((hit.group(1).lower(), value))
    return found


def role_flags(text: str, quotes: list[Mapping[str, Any]], skip: set[Decimal]) -> list[str]:
    """An amount presented as a total, subtotal, deposit or travel fee must be the tool's value for
    that role ("your total is $550" after a $1,100.00 quote is flagged even though $550 is a
    published price)."""
    wrong = []
    for role, value in role_amounts(text):
        allowed = set().union(*(_role_values(role, q) for q in quotes))
        if allowed and value not in allowed and value not in skip:
            tool = ", ".join(_format(v) for v in sorted(allowed))
            wrong.append(f"{role} {_format(value)} (tool: {tool})")
    return [f"wrong_role_amount: {'; '.join(wrong)}"] if wrong else []


_COUNT_WORDS = {
    "adults": re.compile(r"\b(\d{1,4})\s+adults?\b", re.IGNORECASE),
    "children": re.compile(r"\b(\d{1,4})\s+(?:kids?|children|child)\b(?!\s*(?:5|under))", re.IGNORECASE),
}


def readback_flags(text: str, quote: Mapping[str, Any], source: str = "tool") -> list[str]:
    """Counts the draft reads back ("12 adults", "10 filet mignon") must be the quote tool's (or,
    with another `source`, those of the order given as `quote`)."""
    wrong = []
    for key, pattern in _COUNT_WORDS.items():
        for m in pattern.finditer(text):
            if int(m.group(1)) != quote.get(key):
                wrong.append(f"{m.group(0)} ({source}: {quote.get(key, 'none')})")
    lines = (quote.get("proteins") or {}).get("lines") or []
    for line in lines:
        name = re.escape(str(line["name"]))
        for m in re.finditer(rf"\b(\d{{1,4}})\s+(?:x\s+)?{name}\b", text, re.IGNORECASE):
            if int(m.group(1)) != line["portions"]:
                wrong.append(f"{m.group(0)} ({source}: {line['portions']})")
    return [f"readback_mismatch: {'; '.join(wrong)}"] if wrong else []
