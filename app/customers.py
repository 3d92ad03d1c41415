"""One customer across channels: contacts linked into a `Customer`.

- Automatic: the same phone number on SMS and WhatsApp, the one case where two addresses are
  certainly one phone.
- Suggested: an email address or phone number a customer states in a message ("my email is
  dana@example.com"), when another contact has that address (now or later), is offered to staff;
  it is never linked without a staff decision.
- Manual: staff link any two contacts and unlink one in the console.

A pair staff unlinked or dismissed is remembered and neither linked automatically nor suggested
again. Every link and unlink is audited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.customer_history import linked_contact_ids
from app.ingest import insert_ignore
from app.models import Contact, Customer, LinkSuggestion, Message, utcnow
from app.review.service import audit
from app.states import LinkState
from vocabulary.quoted_thread import newest_words

PHONE_CHANNELS = ("sms", "whatsapp")
SYSTEM = "system"
_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")
# North American numbers as people type them, or any number written in + form (E.164).
_NANP = re.compile(
    r"(?<![\d+])(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s.-]?([2-9]\d{2})[\s.-]?(\d{4})(?!\d)"
)
_INTL = re.compile(r"(?<![\d+])\+([2-9]\d{7,14})(?!\d)")
EVIDENCE_CHARS = 60


class LinkError(ValueError):
    """A link or unlink staff asked for that cannot be done (shown to them)."""


@dataclass(frozen=True, slots=True)
class Stated:
    """An address written in a message: normalized (E.164 phone, lower-case email)."""

    address: str
    kind: str  # "phone" | "email"
    evidence: str


def _around(text: str, start: int, end: int) -> str:
    return text[max(0, start - EVIDENCE_CHARS // 2): end + EVIDENCE_CHARS // 2].strip()


def stated_addresses(text: str) -> list[Stated]:
    """Email addresses and phone numbers written in `text`, each once."""
    found: dict[str, Stated] = {}
    for match in _EMAIL.finditer(text):
        address = match.group(0).lower().rstrip(".")
        found.setdefault(address, Stated(address, "email", _around(text, *match.span())))
    for match in _NANP.finditer(text):
        address = "+1" + "".join(match.groups())
        found.setdefault(address, Stated(address, "phone", _around(text, *match.span())))
    for match in _INTL.finditer(text):
        address = "+" + match.group(1)
        found.setdefault(address, Stated(address, "phone", _around(text, *match.span())))
    return list(found.values())


def normalized(contact: Contact) -> str:
    """The contact's address as `stated_addresses` writes one."""
    return contact.address.lower() if contact.channel == "email" else contact.address


async def contacts_with(session: AsyncSession, address: str) -> list[Contact]:
    """Contacts whose address is `address` (a phone on SMS/WhatsApp, or an email)."""
    if "@" in address:
        where = and_(Contact.channel == "email", func.lower(Contact.address) == address)
    else:
        where = and_(Contact.channel.in_(PHONE_CHANNELS), Contact.address == address)
    rows = await session.execute(select(Contact).where(where).order_by(Contact.id))
    return list(rows.scalars())


async def _refused(session: AsyncSession, a: Contact, b: Contact) -> bool:
    """Whether staff unlinked this pair or dismissed a suggestion to link it."""
    row = await session.execute(
        select(LinkSuggestion.id).where(
            LinkSuggestion.state == LinkState.DISMISSED,
            or_(
                and_(LinkSuggestion.contact_id == a.id, LinkSuggestion.other_contact_id == b.id),
                and_(LinkSuggestion.contact_id == b.id, LinkSuggestion.other_contact_id == a.id),
            ),
        ).limit(1)
    )
    return row.scalar() is not None


def _same_customer(a: Contact, b: Contact) -> bool:
    return a.customer_id is not None and a.customer_id == b.customer_id


async def link(
    session: AsyncSession, *, contact_id: int, other_id: int, actor: str, how: str
) -> int:
    """Link two contacts (and everyone already linked to either) into one customer; returns
    the customer id. Staff asked for it, so two customers are merged into one."""
    if contact_id == other_id:
        raise LinkError("a contact cannot be linked to itself")
    a, b = await session.get(Contact, contact_id), await session.get(Contact, other_id)
    if a is None or b is None:
        raise LinkError("no such contact")
    if _same_customer(a, b):
        assert a.customer_id is not None
        return a.customer_id
    target = a.customer_id or b.customer_id
    if target is None:
        customer = Customer()
        session.add(customer)
        await session.flush()
        target = customer.id
    others = {c for c in (a.customer_id, b.customer_id) if c is not None and c != target}
    await session.execute(
        update(Contact)
        .where(or_(Contact.id.in_((a.id, b.id)), Contact.customer_id.in_(others)))
        .values(customer_id=target)
        .execution_options(synchronize_session=False)
    )
    if others:
        await session.execute(delete(Customer).where(Customer.id.in_(others)))
    await session.execute(
        update(LinkSuggestion)
        .where(
            LinkSuggestion.state == LinkState.OPEN,
            or_(
                and_(LinkSuggestion.contact_id == a.id, LinkSuggestion.other_contact_id == b.id),
                and_(LinkSuggestion.contact_id == b.id, LinkSuggestion.other_contact_id == a.id),
            ),
        )
        .values(state=LinkState.LINKED, decided_by=actor, decided_at=utcnow())
    )
    for contact in (a, b):
        await session.refresh(contact)
    audit(session, actor=actor, action="link", draft_id=None, contacts=[a.id, b.id],
          customer=target, how=how)
    return target


async def unlink(session: AsyncSession, *, contact_id: int, actor: str) -> list[int]:
    """Take a contact out of its customer; the pairs it formed are remembered as refused.
    Returns the contacts it was linked to."""
    contact = await session.get(Contact, contact_id)
    if contact is None:
        raise LinkError("no such contact")
    if contact.customer_id is None:
        raise LinkError("this contact is not linked to anyone")
    customer_id = contact.customer_id
    former = [i for i in await linked_contact_ids(session, contact) if i != contact.id]
    contact.customer_id = None
    for other_id in former:
        other = await session.get(Contact, other_id)
        assert other is not None
        await _remember_refusal(session, contact, other, actor)
    if len(former) <= 1:  # a customer of one contact is no customer
        await session.execute(
            update(Contact).where(Contact.customer_id == customer_id).values(customer_id=None)
            .execution_options(synchronize_session=False)
        )
        await session.flush()
        await session.execute(delete(Customer).where(Customer.id == customer_id))
    audit(session, actor=actor, action="unlink", draft_id=None, contact=contact.id,
          former=former)
    return former


async def _remember_refusal(session: AsyncSession, a: Contact, b: Contact, actor: str) -> None:
    values = {"state": LinkState.DISMISSED, "decided_by": actor, "decided_at": utcnow(),
              "other_contact_id": b.id}
    new_id = await insert_ignore(
        session, LinkSuggestion,
        {"contact_id": a.id, "address": normalized(b), "evidence": "", "created_at": utcnow(),
         **values},
        ["contact_id", "address"],
    )
    if new_id is None:
        await session.execute(
            update(LinkSuggestion)
            .where(LinkSuggestion.contact_id == a.id, LinkSuggestion.address == normalized(b))
            .values(**values)
        )


async def auto_link(session: AsyncSession, contact: Contact) -> int | None:
    """Link an SMS contact with the WhatsApp contact of the same number (or the reverse)."""
    if contact.channel not in PHONE_CHANNELS:
        return None
    twins = [c for c in await contacts_with(session, contact.address) if c.id != contact.id]
    for twin in twins:
        if _same_customer(contact, twin) or await _refused(session, contact, twin):
            continue
        return await link(session, contact_id=twin.id, other_id=contact.id, actor=SYSTEM,
                          how="the same phone number on SMS and WhatsApp")
    return None


async def suggest_from(session: AsyncSession, contact: Contact, message: Message) -> list[int]:
    """Record each address the message states as a suggestion for staff (ids of new ones).
    An address no contact has yet waits for one (`fill_suggestions`)."""
    created = []
    for stated in stated_addresses(newest_words(message.text or "")):
        if stated.address == normalized(contact):
            continue
        matches = [c for c in await contacts_with(session, stated.address) if c.id != contact.id]
        other = matches[0] if matches else None
        if other is not None and (_same_customer(contact, other)
                                  or await _refused(session, contact, other)):
            continue
        new_id = await insert_ignore(
            session, LinkSuggestion,
            {"contact_id": contact.id, "address": stated.address,
             "other_contact_id": other.id if other else None, "message_id": message.id,
             "evidence": stated.evidence, "state": LinkState.OPEN, "created_at": utcnow()},
            ["contact_id", "address"],
        )
        if new_id is not None:
            created.append(new_id)
    return created


async def fill_suggestions(session: AsyncSession, contact: Contact) -> int:
    """A contact whose address someone stated earlier completes those suggestions."""
    waiting = (await session.execute(
        select(LinkSuggestion).where(
            LinkSuggestion.address == normalized(contact),
            LinkSuggestion.other_contact_id.is_(None),
            LinkSuggestion.state == LinkState.OPEN,
            LinkSuggestion.contact_id != contact.id,
        )
    )).scalars().all()
    for suggestion in waiting:
        suggestion.other_contact_id = contact.id
    return len(waiting)


async def resolve(session: AsyncSession, *, contact_id: int, message_id: int) -> None:
    """Everything linking does when a customer writes: the automatic SMS/WhatsApp link,
    suggestions completed by this contact, and suggestions from what the message states."""
    contact = await session.get(Contact, contact_id)
    message = await session.get(Message, message_id)
    if contact is None or message is None:
        return
    await auto_link(session, contact)
    await fill_suggestions(session, contact)
    await suggest_from(session, contact, message)


async def decide_suggestion(
    session: AsyncSession, *, suggestion_id: int, accept: bool, actor: str
) -> LinkSuggestion:
    """Staff accept (link) or dismiss an open suggestion."""
    suggestion = await session.get(LinkSuggestion, suggestion_id)
    if suggestion is None or suggestion.state != LinkState.OPEN or suggestion.other_contact_id is None:
        raise LinkError("this suggestion is no longer open")
    if accept:
        await link(session, contact_id=suggestion.contact_id,
                   other_id=suggestion.other_contact_id, actor=actor,
                   how=f"suggestion: stated {suggestion.address}")
    else:
        audit(session, actor=actor, action="dismiss_link", draft_id=None,
              contacts=[suggestion.contact_id, suggestion.other_contact_id])
    suggestion.state = LinkState.LINKED if accept else LinkState.DISMISSED
    suggestion.decided_by, suggestion.decided_at = actor, utcnow()
    return suggestion


async def open_suggestions(session: AsyncSession, contact_ids: list[int]) -> list[LinkSuggestion]:
    """Suggestions touching these contacts that staff can act on now."""
    rows = await session.execute(
        select(LinkSuggestion).where(
            LinkSuggestion.state == LinkState.OPEN,
            LinkSuggestion.other_contact_id.is_not(None),
            or_(LinkSuggestion.contact_id.in_(contact_ids),
                LinkSuggestion.other_contact_id.in_(contact_ids)),
        ).order_by(LinkSuggestion.id)
    )
    suggestions = list(rows.scalars())
    group = set(contact_ids)
    # Both sides already in the group: linked meanwhile by another path.
    return [s for s in suggestions if not {s.contact_id, s.other_contact_id} <= group]
