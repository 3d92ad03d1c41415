"""The review view read in one statement (`read_view`, the review jobs') is the view `load_view`
reads with the ORM: the same draft, conversation, contact, answered message, outbox entry and
context (the last turns before the answered message, across a customer's linked channels)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from app.models import Contact, Conversation, Customer, Draft
from app.review import service
from app.review.view import CONTEXT_TURNS, DraftView, load_view, read_view
from app.runtime import Runtime
from tests.records import CUSTOMER, inbound, propose, store, stored_message
from vocabulary.messages import Channel


def _row(obj: Any) -> dict[str, Any] | None:
    return None if obj is None else {c.name: getattr(obj, c.name) for c in type(obj).__table__.c}


def _seen(view: DraftView | None) -> dict[str, Any] | None:
    if view is None:
        return None
    return {"draft": _row(view.draft), "conversation": _row(view.conversation),
            "contact": _row(view.contact), "latest": _row(view.latest),
            "outbox": _row(view.outbox), "context": [_row(m) for m in view.context]}


async def _both(runtime: Runtime, draft_id: int) -> tuple[Any, Any]:
    async with runtime.sessions() as session:
        loaded = _seen(await load_view(session, draft_id))
    return loaded, _seen(await read_view(runtime.sessions, draft_id))


async def test_a_pending_draft_with_more_turns_than_the_context_shows(runtime: Runtime) -> None:
    result = await store(runtime, *(inbound(n, text=f"message {n}") for n in range(1, 8)))
    draft_id = await propose(runtime, result.stored[-1])
    loaded, read = await _both(runtime, draft_id)
    assert read == loaded
    assert [m["text"] for m in read["context"]] == [f"message {n}" for n in range(3, 7)]
    assert len(read["context"]) == CONTEXT_TURNS and read["outbox"] is None
    assert read["latest"]["text"] == "message 7" and read["contact"]["address"] == CUSTOMER


async def test_an_approved_draft_with_its_outbox_entry(runtime: Runtime) -> None:
    result = await store(runtime, inbound(1))
    draft_id = await propose(runtime, result.stored[0])
    async with runtime.sessions() as session, session.begin():
        decision = await service.approve(session, draft_id=draft_id, actor="console:maya",
                                         edited_text="Hi! $600.00 all in.")
    loaded, read = await _both(runtime, draft_id)
    assert read == loaded
    assert read["outbox"]["id"] == decision.outbox_id and read["context"] == []
    assert read["draft"]["final_text"] == "Hi! $600.00 all in."


async def test_a_customer_linked_across_channels_shows_both_channels_turns(
    runtime: Runtime,
) -> None:
    sms = await store(runtime, inbound(1, text="sms before"))
    whatsapp = await store(runtime, inbound(2, text="whatsapp before",
                                            channel=Channel.WHATSAPP,
                                            sender=f"whatsapp:{CUSTOMER}"))
    other = await store(runtime, inbound(3, text="someone else", sender="+19165559999"))
    answered = await store(runtime, inbound(4, text="the one answered"))
    linked = [(await stored_message(runtime, r.stored[0])).conversation_id
              for r in (sms, whatsapp)]
    async with runtime.sessions() as session, session.begin():
        customer = Customer()
        session.add(customer)
        await session.flush()
        contacts = select(Conversation.contact_id).where(Conversation.id.in_(linked))
        await session.execute(update(Contact).where(Contact.id.in_(contacts))
                              .values(customer_id=customer.id))
    assert other.stored
    draft_id = await propose(runtime, answered.stored[0])
    loaded, read = await _both(runtime, draft_id)
    assert read == loaded
    assert [m["text"] for m in read["context"]] == ["sms before", "whatsapp before"]


async def test_a_draft_answering_no_message_and_a_missing_draft(runtime: Runtime) -> None:
    result = await store(runtime, inbound(1))
    conversation_id = (await stored_message(runtime, result.stored[0])).conversation_id
    async with runtime.sessions() as session, session.begin():
        draft = await service.propose(session, Draft(
            conversation_id=conversation_id, inbound_message_id=None, text="Following up.",
            flags=[], tool_runs=[], responder="offline"))
        draft_id = draft.id
    loaded, read = await _both(runtime, draft_id)
    assert read == loaded
    assert (read["latest"], read["context"]) == (None, [])
    assert await _both(runtime, draft_id + 100) == (None, None)
