"""Offline reply writing: turns tool results and catalog facts into a message in the channel's style.

Every amount written here is copied from a tool result or a catalog fact, never computed, so the
price guard can verify it. Short channels keep the essential sentences and drop the optional ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from orchestrator.catalog import Catalog
from orchestrator.prompts import style_for
from vocabulary.messages import Channel

COMPACT = {Channel.SMS, Channel.PHONE}
MEDIUM = {Channel.INSTAGRAM, Channel.WHATSAPP, Channel.TELEGRAM}


@dataclass(frozen=True, slots=True)
class Piece:
    """A sentence or line. `rank` 0 must stay; higher ranks are dropped first on short channels."""

    text: str
    rank: int = 0


def money(value: Any) -> str:
    """ "1020.00" -> "$1,020.00"."""
    return f"${Decimal(str(value)):,.2f}"


def guests_phrase(quote: Mapping[str, Any], *, short: bool) -> str:
    """ "12 adults, 4 kids 6-12, 2 kids 5 and under (free)"."""
    parts = [f"{quote['adults']} adult{'s' if quote['adults'] != 1 else ''}"] if quote["adults"] else []
    if quote["children"]:
        parts.append(f"{quote['children']} kid{'s' if quote['children'] != 1 else ''} 6-12")
    if quote["toddlers"]:
        parts.append(
            f"{quote['toddlers']} under 6 (free)"
            if short
            else f"{quote['toddlers']} age 5 and under (free)"
        )
    return ", ".join(parts)


def proteins_phrase(quote: Mapping[str, Any]) -> str:
    """ "16 lobster tail, 12 chicken" for the counted proteins."""
    return ", ".join(f"{line['portions']} {line['name']}" for line in quote["proteins"]["lines"])


def travel_phrase(travel: Mapping[str, Any], *, short: bool) -> str:
    """The travel part of a quote sentence."""
    if travel["status"] != "calculated":
        return "travel fee TBC" if short else "travel fee to be confirmed"
    if Decimal(travel["fee"]) == 0:
        return (
            "no travel fee"
            if short
            else f"no travel fee ({travel['miles']} miles, first {travel['free_miles']} free)"
        )
    if short:
        return f"incl. {money(travel['fee'])} travel"
    return f"including a {money(travel['fee'])} travel fee ({travel['miles']} miles)"


def quote_pieces(quote: Mapping[str, Any], *, short: bool) -> list[Piece]:
    """The quote as sentences for compact channels."""
    proteins = proteins_phrase(quote)
    # The add-ons are read back too: they are part of the order the customer may correct, and
    # under the party minimum the total alone would not show them.
    ordered = ", ".join([proteins] * bool(proteins) + [a["name"] for a in quote["add_ons"]])
    head = guests_phrase(quote, short=short) + (f", {ordered}" if ordered else "")
    travel = quote["travel"]
    total_word = "total" if quote["total_includes_travel"] else "before travel"
    pieces = [
        Piece(f"{head}: {money(quote['total'])} {total_word}, {travel_phrase(travel, short=short)}.")
    ]
    if quote["minimum_applied"]:
        pieces.append(Piece(f"That's our {money(quote['party_minimum'])} party minimum."))
    if travel["status"] != "calculated":
        pieces.append(
            Piece(
                "What's the event ZIP code?"
                if short
                else "What ZIP code is the event in, for the travel fee?"
            )
        )
    return pieces


def quote_lines(quote: Mapping[str, Any], *, detailed: bool) -> list[str]:
    """The quote as a breakdown, one item per line."""
    lines = []
    for g in quote["guest_lines"]:
        one = g["count"] == 1
        name = {
            "adult": "adult" if one else "adults",
            "child": "child 6-12" if one else "children 6-12",
        }.get(g["category"], "child 5 and under" if one else "children 5 and under")
        if Decimal(g["amount"]) == 0:
            lines.append(f"- {g['count']} {name}: free")
        else:
            lines.append(f"- {g['count']} {name} x {money(g['unit_price'])} = {money(g['amount'])}")
    included = []
    for p in quote["proteins"]["lines"]:
        if Decimal(p["upgrade_cost"]) > 0:
            each, cost = money(p["upgrade_each"]), money(p["upgrade_cost"])
            lines.append(f"- {p['portions']} {p['name']} upgrade x {each} = {cost}")
        elif detailed:
            lines.append(f"- {p['portions']} {p['name']} (included)")
        else:
            included.append(f"{p['portions']} {p['name']}")
    if included:
        # Shorter channels still read every protein back, so the customer can correct the order.
        lines.append(f"- {', '.join(included)} (included)")
    if quote["extra_portions"]:
        each = money(quote["proteins"]["extra_portion_price"])
        cost = money(quote["extra_portion_cost"])
        lines.append(f"- {quote['extra_portions']} extra portions x {each} = {cost}")
    lines.extend(f"- {a['name'].capitalize()}: {money(a['price'])}" for a in quote["add_ons"])
    if quote["minimum_applied"]:
        minimum, food = money(quote["party_minimum"]), money(quote["food_subtotal"])
        lines.append(f"- Party minimum {minimum} applied (food came to {food})")
    travel = quote["travel"]
    if travel["status"] == "calculated":
        where = f" to {travel['place']}" if travel.get("place") else ""
        fee = "no fee" if Decimal(travel["fee"]) == 0 else money(travel["fee"])
        lines.append(
            f"- Travel{where}: {travel['miles']} miles, {fee} (first {travel['free_miles']} miles free)"
        )
    else:
        lines.append("- Travel fee: to be confirmed once we have your ZIP code")
    label = "Total" if quote["total_includes_travel"] else "Total before travel"
    lines.append(f"{label}: {money(quote['total'])} (no sales tax)")
    return lines


def closing_pieces(
    quote: Mapping[str, Any] | None, catalog: Catalog, *, short: bool, asked: set[str]
) -> list[Piece]:
    """Deposit and gratuity reminders after a quote, unless the customer asked (answered elsewhere)."""
    if quote is None:
        return []
    pieces = []
    if "deposit" not in asked and "booking" not in asked:
        text = (
            f"A {money(quote['deposit'])} deposit books your date."
            if short
            else f"A {money(quote['deposit'])} deposit books your date and comes off the total."
        )
        pieces.append(Piece(text, rank=3))
    if "gratuity" not in asked:
        g = quote["gratuity"]
        text = (
            "Gratuity not included."
            if short
            else f"Gratuity isn't included; {g['low_percent']}-{g['high_percent']}% is customary "
            f"({money(g['low'])}-{money(g['high'])}), paid to the chef."
        )
        pieces.append(Piece(text, rank=5))
    return pieces


def fit(pieces: list[Piece], *, target: int, limit: int, sep: str = " ") -> str:
    """Join pieces within `target` characters if the essential ones allow it, else within `limit`,
    adding optional pieces by rank while they fit. Order of the pieces is kept."""
    must = [p for p in pieces if p.rank == 0]
    budget = target if len(sep.join(p.text for p in must)) <= target else limit
    chosen = set(map(id, must))
    for piece in sorted((p for p in pieces if p.rank), key=lambda p: p.rank):
        trial = [p for p in pieces if id(p) in chosen or p is piece]
        if len(sep.join(p.text for p in trial)) <= budget:
            chosen.add(id(piece))
    text = sep.join(p.text for p in pieces if id(p) in chosen)
    if len(text) > limit:  # only reachable with an unusually long essential sentence
        text = text[: limit - 3].rsplit(" ", 1)[0] + "..."
    return text


def greeting(channel: Channel, customer_name: str | None) -> str:
    first = customer_name.split()[0] if customer_name and customer_name.strip() else None
    if channel == Channel.EMAIL:
        return f"Hi {first}," if first else "Hello,"
    return f"Hi {first}!" if first else "Hi!"


def assemble(
    *,
    channel: Channel,
    catalog: Catalog,
    customer_name: str | None,
    quote: Mapping[str, Any] | None,
    body: list[Piece],
    asked: set[str],
) -> str:
    """The whole reply: greeting, the quote in the channel's shape, the other answers, sign-off."""
    style = style_for(channel)
    if channel in COMPACT:
        short = channel == Channel.SMS
        pieces = [
            *(quote_pieces(quote, short=short) if quote else []),
            *body,
            *closing_pieces(quote, catalog, short=short, asked=asked),
        ]
        if channel == Channel.PHONE:
            pieces.insert(0, Piece(f"Thanks for calling {catalog.business.name}.", rank=6))
        return fit(pieces, target=style.target_chars, limit=style.max_chars)
    blocks = [greeting(channel, customer_name)]
    if quote:
        blocks.append(
            "Here's your quote:\n" + "\n".join(quote_lines(quote, detailed=channel not in MEDIUM))
        )
    tail = [*body, *closing_pieces(quote, catalog, short=False, asked=asked)]
    blocks.append(fit(tail, target=style.max_chars, limit=style.max_chars))
    if style.sign_off:
        blocks.append(f"Best regards,\n{catalog.business.name}\n{catalog.business.phone}")
    return "\n\n".join(b for b in blocks if b)
