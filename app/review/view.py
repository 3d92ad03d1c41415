"""What a reviewer sees about a draft, loaded once from the database for Slack and the console."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Table, column, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.customer_history import conversations_of
from app.models import Contact, Conversation, Draft, Message, Outbox

CONTEXT_TURNS = 4


def mask_address(address: str) -> str:
    """Hide most of a phone number or email address: +1916•••0123, m•••@example.com."""
    if "@" in address:
        local, _, domain = address.partition("@")
        return f"{local[:1]}•••@{domain}"
    if len(address) > 7:
        return f"{address[:5]}•••{address[-4:]}"
    return "•••" + address[-2:]


@dataclass
class DraftView:
    """A draft with its customer, conversation context and delivery state."""

    draft: Draft
    conversation: Conversation
    contact: Contact
    latest: Message | None
    context: list[Message] = field(default_factory=list)
    outbox: Outbox | None = None

    @property
    def customer_label(self) -> str:
        name = self.contact.display_name or "Customer"
        return f"{name} ({self.conversation.channel}, {mask_address(self.contact.address)})"

    @property
    def shown_text(self) -> str:
        return self.draft.final_text or self.draft.text

    @property
    def flags(self) -> list[str]:
        flags = [str(f) for f in self.draft.flags or []]
        if self.contact.opted_out:
            flags.append("customer opted out: nothing will be sent")
        return flags

    def quote_lines(self) -> list[str]:
        return quote_lines(self.draft.quote)

    def order_lines(self) -> list[str]:
        return order_lines(self.draft.quote)

    @property
    def locations(self) -> list[str]:
        """The places the customer shared in the message being answered, as plain text."""
        return location_lines(self.latest.attachments if self.latest is not None else [])


def order_lines(quote: dict[str, Any] | None) -> list[str]:
    """The order the quote priced: guests by band, proteins with counts, add-ons, ZIP. Shown above
    the breakdown so a reviewer checks the reading, not the arithmetic. From the draft's stored
    order (`quote["order"]`), or from the quote itself for drafts stored before orders were."""
    if not quote:
        return []
    order = quote.get("order")
    if isinstance(order, dict):
        return _stored_order_lines(order)
    guests = [f"{quote.get(k, 0)} {label}" for k, label in
              (("adults", "adults 13+"), ("children", "kids 6-12"), ("toddlers", "kids 5 and under"))
              if quote.get(k)]  # fmt: skip
    proteins = [f"{p['portions']} {p['name']}" for p in (quote.get("proteins") or {}).get("lines", [])]
    add_ons = [str(a["name"]) for a in quote.get("add_ons") or []]
    zip_code = (quote.get("travel") or {}).get("zip_code")
    return [
        "Guests: " + (", ".join(guests) or "none"),
        "Proteins: " + (", ".join(proteins) or "not named (2 included per paying guest)"),
        "Add-ons: " + (", ".join(add_ons) or "none"),
        f"ZIP: {zip_code or 'not given'}",
    ]


def location_lines(attachments: list[Any]) -> list[str]:
    """One line per shared location of a stored message: its label, coordinates and map link."""
    lines = []
    for item in attachments or []:
        point = item.get("location") if isinstance(item, dict) else None
        if not isinstance(point, dict):
            continue
        try:
            lat, lon = float(point["latitude"]), float(point["longitude"])
        except (KeyError, TypeError, ValueError):
            continue
        label = " - ".join(str(point[k]) for k in ("name", "address") if point.get(k))
        lines.append(f"{label + ': ' if label else ''}{lat:.5f}, {lon:.5f} {item.get('url', '')}"
                     .strip())
    return lines


def _stored_order_lines(order: dict[str, Any]) -> list[str]:
    guests = [f"{order.get(k, 0)} {label}" for k, label in
              (("adults", "adults 13+"), ("children", "kids 6-12"), ("toddlers", "kids 5 and under"))
              if order.get(k)]  # fmt: skip
    proteins = [f"{p['portions']} {p['protein']}" for p in order.get("proteins") or []]
    read_by = {"model": "the model's quote call", "reading": "the offline reading"}
    return [
        "Guests: " + (", ".join(guests) or "none"),
        "Proteins: " + (", ".join(proteins) or "not named (2 included per paying guest)"),
        "Add-ons: " + (", ".join(str(a) for a in order.get("add_ons") or []) or "none"),
        f"ZIP: {order.get('zip_code') or 'not given'}",
        f"Read by: {read_by.get(str(order.get('source')), 'unknown')}",
    ]


def quote_lines(quote: dict[str, Any] | None) -> list[str]:
    """A short breakdown of a quote, with the amounts exactly as the pricing tool returned them."""
    if not quote:
        return []
    guests = ", ".join(
        f"{g['count']} {g['label']} x ${g['unit_price']} = ${g['amount']}"
        for g in quote.get("guest_lines", [])
    )
    lines = [f"Guests: {guests}" if guests else f"Guests: ${quote.get('base_cost')}"]
    for key, label in (("upgrade_cost", "Protein upgrades"),
                       ("extra_portion_cost", "Extra portions"), ("add_on_cost", "Add-ons")):
        if quote.get(key) not in (None, "0.00"):
            lines.append(f"{label}: ${quote[key]}")
    lines.append(f"Food subtotal: ${quote.get('food_subtotal')}")
    if quote.get("minimum_applied"):
        lines.append(f"Party minimum applied: food total ${quote.get('food_total')}")
    travel = quote.get("travel") or {}
    if travel.get("fee") is not None:
        lines.append(f"Travel: ${travel['fee']} ({travel.get('miles')} mi)")
    else:
        lines.append("Travel: to be confirmed (no usable ZIP)")
    lines.append(f"Total: ${quote.get('total')}")
    gratuity = quote.get("gratuity") or {}
    if quote.get("deposit"):
        lines.append(f"Deposit: ${quote['deposit']}")
    if gratuity.get("low"):
        lines.append(f"Gratuity (not included): ${gratuity['low']} to ${gratuity['high']}")
    return lines


async def load_view(session: AsyncSession, draft_id: int) -> DraftView | None:
    draft = await session.get(Draft, draft_id)
    if draft is None:
        return None
    conversation = await session.get(Conversation, draft.conversation_id)
    assert conversation is not None
    contact = await session.get(Contact, conversation.contact_id)
    assert contact is not None
    latest = await session.get(Message, draft.inbound_message_id) if draft.inbound_message_id else None
    linked = await conversations_of(session, contact, conversation.id)  # the customer's channels
    rows = (
        await session.execute(
            select(Message)
            .where(Message.conversation_id.in_(linked),
                   Message.id < (draft.inbound_message_id or 0))
            .order_by(Message.id.desc())
            .limit(CONTEXT_TURNS)
        )
    ).scalars()
    outbox = (await session.execute(select(Outbox).where(Outbox.draft_id == draft_id))).scalar()
    return DraftView(draft, conversation, contact, latest, list(reversed(list(rows))), outbox)


# `read_view`'s one statement: `load_view`'s six reads joined. The context is the last
# CONTEXT_TURNS messages before the one answered, across the customer's linked conversations
# (the draft's own, and those of every contact linked to the same customer), as
# `app.customer_history.conversations_of` reads them; one row per context message.
_TABLES = ((Draft, "drafts", "dr"), (Conversation, "conversations", "cv"),
           (Contact, "contacts", "ct"), (Message, "latest", "lm"), (Outbox, "outbox", "ob"),
           (Message, "ctx", "cx"))


def _selected(table: Table, alias: str, prefix: str) -> tuple[str, list[ColumnElement[Any]]]:
    names = ", ".join(f"{alias}.{c.name} AS {prefix}_{c.name}" for c in table.c)
    return names, [column(f"{prefix}_{c.name}", c.type) for c in table.c]


_SELECTED = [_selected(model.__table__, alias, prefix)  # type: ignore[arg-type]
             for model, alias, prefix in _TABLES]
_LINKED = (
    "SELECT d0.conversation_id FROM drafts AS d0 WHERE d0.id = :id UNION "
    "SELECT lc.id FROM conversations AS lc JOIN contacts AS lk ON lk.id = lc.contact_id "
    "WHERE lk.customer_id = (SELECT k0.customer_id FROM drafts AS d1 JOIN conversations AS c1 "
    "ON c1.id = d1.conversation_id JOIN contacts AS k0 ON k0.id = c1.contact_id "
    "WHERE d1.id = :id)"
)
_VIEW = text(
    f"SELECT {', '.join(names for names, _ in _SELECTED)} FROM drafts "
    "JOIN conversations ON conversations.id = drafts.conversation_id "
    "JOIN contacts ON contacts.id = conversations.contact_id "
    "LEFT JOIN messages AS latest ON latest.id = drafts.inbound_message_id "
    "LEFT JOIN outbox ON outbox.draft_id = drafts.id "
    f"LEFT JOIN (SELECT * FROM messages AS m WHERE m.conversation_id IN ({_LINKED}) "
    "AND m.id < (SELECT COALESCE(d2.inbound_message_id, 0) FROM drafts AS d2 WHERE d2.id = :id) "
    f"ORDER BY m.id DESC LIMIT {CONTEXT_TURNS}) AS ctx ON 1 = 1 "
    "WHERE drafts.id = :id ORDER BY ctx.id"
).columns(*(c for _, columns in _SELECTED for c in columns))


def _entity(model: Any, row: Any, prefix: str) -> Any:
    """A transient ORM object from a row's prefixed columns; None when the LEFT JOIN found none."""
    mapping = row._mapping
    if mapping[f"{prefix}_id"] is None:
        return None
    return model(**{c.name: mapping[f"{prefix}_{c.name}"] for c in model.__table__.c})


async def read_view(sessions: async_sessionmaker[AsyncSession], draft_id: int
                    ) -> DraftView | None:
    """`load_view` in one statement, for the review jobs (the refresh after every decision and
    send): no transaction on PostgreSQL (no BEGIN and ROLLBACK round trips); the rows come
    back as transient objects, not attached to any session."""
    async with sessions() as session:
        if session.get_bind().dialect.name == "postgresql":
            await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        rows = (await session.execute(_VIEW, {"id": draft_id})).all()
    if not rows:
        return None
    first = rows[0]
    draft, conversation, contact, latest, outbox = (
        _entity(model, first, prefix) for model, _, prefix in _TABLES[:5])
    context = [m for m in (_entity(Message, row, "cx") for row in rows) if m is not None]
    return DraftView(draft, conversation, contact, latest, context, outbox)
