"""The console's staff tools over HTTP: linking (suggested, manual, unlink), redraft with a note,
the automatic-replies switch, saved replies, unread counts and the live endpoints."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from app.models import AuditEvent, Contact, Draft, LinkSuggestion, Snippet, StaffSwitch
from tests.console.conftest import ConsoleClient, OpenConsole
from tests.staff_helpers import deliver, email
from vocabulary.messages import Channel, InboundMessage


def sms(sender: str, text: str, sid: str) -> InboundMessage:
    from app.models import utcnow

    return InboundMessage(channel=Channel.SMS, provider_message_id=sid, sender=sender,
                          recipient="+19165550100", text=text, received_at=utcnow())


async def conversation_of(console: ConsoleClient, channel: str, address: str) -> tuple[int, int]:
    """(contact id, conversation id)."""
    from app.models import Conversation

    async with console.runtime.sessions() as db:
        found = (await db.execute(select(Contact.id, Conversation.id).join(
            Conversation, Conversation.contact_id == Contact.id).where(
            Contact.channel == channel, Contact.address == address))).one()
    return int(found[0]), int(found[1])


async def audit_actions(console: ConsoleClient) -> list[tuple[str, str]]:
    async with console.runtime.sessions() as db:
        rows = (await db.execute(select(AuditEvent.actor, AuditEvent.action)
                                 .order_by(AuditEvent.id))).all()
    return [(a, b) for a, b in rows]


async def test_suggested_link_is_offered_then_accepted(open_console: OpenConsole) -> None:
    console = await open_console()
    await console.sign_in("Maya")
    await deliver(console.runtime, email("dana.reyes@example.com", "Can you do July 19?",
                                         name="Dana Reyes"))
    await deliver(console.runtime, sms("+19165550155", "It's Dana - dana.reyes@example.com", "SMs1"))
    await console.drain()
    sms_contact, sms_conversation = await conversation_of(console, "sms", "+19165550155")
    page = await console.get(f"/admin/conversations/{sms_conversation}")
    assert "Same person?" in page.text and "Link them" in page.text
    # Suggested only: the email's words are not in this customer's history yet.
    assert "Can you do July 19?" not in page.text
    action = re.search(r'/admin/suggestions/(\d+)/accept', page.text)
    assert action is not None
    linked = await console.post(action.group(0), {"back": str(sms_conversation)})
    assert linked.headers["location"] == f"/admin/conversations/{sms_conversation}?notice=linked"
    page = await console.get(f"/admin/conversations/{sms_conversation}")
    assert "Can you do July 19?" in page.text and "Same person?" not in page.text
    assert '<span class="badge ch-email">email</span>' in page.text
    async with console.runtime.sessions() as db:
        groups = (await db.execute(select(Contact.customer_id))).scalars().all()
        suggestion = (await db.execute(select(LinkSuggestion))).scalar_one()
        event = (await db.execute(select(AuditEvent).where(AuditEvent.action == "link"))
                 ).scalar_one()
    assert len(set(groups)) == 1 and groups[0] is not None
    assert (suggestion.state, suggestion.decided_by) == ("linked", "console:Maya")
    assert event.actor == "console:Maya" and event.detail["how"].startswith("suggestion")
    # The inbox shows one row for the customer, with both channels.
    inbox = await console.get("/admin")
    assert inbox.text.count("/admin/conversations/") == 1
    assert '<span class="badge ch-sms">sms</span>' in inbox.text
    assert '<span class="badge ch-email">email</span>' in inbox.text


async def test_dismissed_suggestion_is_not_offered_again(open_console: OpenConsole) -> None:
    console = await open_console()
    await console.sign_in("Maya")
    await deliver(console.runtime, email("pat@example.com", "hello"))
    await deliver(console.runtime, sms("+19165550156", "my wife's email is pat@example.com", "SMs2"))
    await console.drain()
    _, conversation = await conversation_of(console, "sms", "+19165550156")
    page = await console.get(f"/admin/conversations/{conversation}")
    action = re.search(r'/admin/suggestions/(\d+)/dismiss', page.text)
    assert action is not None
    await console.post(action.group(0), {"back": str(conversation)})
    await deliver(console.runtime, sms("+19165550156", "again: pat@example.com", "SMs3"))
    await console.drain()
    page = await console.get(f"/admin/conversations/{conversation}")
    assert "Same person?" not in page.text
    async with console.runtime.sessions() as db:
        states = (await db.execute(select(LinkSuggestion.state))).scalars().all()
        groups = (await db.execute(select(Contact.customer_id))).scalars().all()
    assert states == ["dismissed"] and groups == [None, None]
    assert ("console:Maya", "dismiss_link") in await audit_actions(console)


async def test_manual_link_and_unlink(open_console: OpenConsole) -> None:
    console = await open_console()
    await console.sign_in("Maya")
    await deliver(console.runtime, sms("+19165550177", "quote for 12 adults?", "SMs4"))
    await deliver(console.runtime, email("lee.w@example.com", "Sending the ZIP by email: 95630",
                                         name="Lee Wong"))
    await console.drain()
    sms_contact, sms_conversation = await conversation_of(console, "sms", "+19165550177")
    mail_contact, _ = await conversation_of(console, "email", "lee.w@example.com")
    found = await console.get(f"/admin/conversations/{sms_conversation}",
                              params={"link_q": "lee.w"})
    assert f'name="other_id" value="{mail_contact}"' in found.text
    missing = await console.get(f"/admin/conversations/{sms_conversation}",
                                params={"link_q": "nobody-here"})
    assert 'No other contact matches "nobody-here"' in missing.text
    linked = await console.post(f"/admin/contacts/{sms_contact}/link",
                                {"other_id": str(mail_contact)})
    assert linked.status_code == 303
    page = await console.get(f"/admin/conversations/{sms_conversation}")
    assert "Sending the ZIP by email" in page.text and "quote for 12 adults?" in page.text
    unlinked = await console.post(f"/admin/contacts/{mail_contact}/unlink",
                                  {"back": str(sms_conversation)})
    assert unlinked.headers["location"] == f"/admin/conversations/{sms_conversation}?notice=unlinked"
    page = await console.get(f"/admin/conversations/{sms_conversation}")
    assert "Sending the ZIP by email" not in page.text
    async with console.runtime.sessions() as db:
        groups = (await db.execute(select(Contact.customer_id))).scalars().all()
    assert groups == [None, None]
    assert [a for a in await audit_actions(console) if a[1] in ("link", "unlink")] == [
        ("console:Maya", "link"), ("console:Maya", "unlink")]
    bad = await console.post(f"/admin/contacts/{sms_contact}/link", {"other_id": str(sms_contact)})
    assert bad.status_code == 422


async def test_redraft_from_the_console(open_console: OpenConsole) -> None:
    console = await open_console()
    await console.sign_in("Maya")
    await deliver(console.runtime, sms("+19165550123", "Hi, quote for 10 adults, ZIP 95630", "SMs5"))
    await console.drain()
    _, conversation = await conversation_of(console, "sms", "+19165550123")
    page = await console.get(f"/admin/conversations/{conversation}")
    old = int(re.search(r"/admin/drafts/(\d+)/redraft", page.text).group(1))  # type: ignore[union-attr]
    empty = await console.post(f"/admin/drafts/{old}/redraft", {"note": "  "})
    assert empty.headers["location"].endswith("?notice=redraft_refused")
    sent_back = await console.post(f"/admin/drafts/{old}/redraft",
                                   {"note": "He is a returning customer, be warm"})
    assert sent_back.headers["location"].endswith("?notice=redrafting")
    waiting = await console.get(f"/admin/conversations/{conversation}")
    assert "to review" not in waiting.text and "A reply is being drafted" in waiting.text
    await console.drain()
    page = await console.get(f"/admin/conversations/{conversation}")
    async with console.runtime.sessions() as db:
        first, second = (await db.execute(select(Draft).order_by(Draft.id))).scalars().all()
        events = (await db.execute(select(AuditEvent).order_by(AuditEvent.id))).scalars().all()
    assert (first.state, first.reason, first.decided_by) == (
        "redrafted", "He is a returning customer, be warm", "console:Maya")
    assert (second.state, second.staff_note, second.replaces_draft_id) == (
        "pending", "He is a returning customer, be warm", first.id)
    assert any(f.startswith("staff_note_not_applied") for f in second.flags)
    assert f"Draft #{second.id} to review" in page.text
    assert "with the note: <q>He is a returning customer, be warm</q>" in page.text
    assert [(e.action, e.draft_id, e.detail.get("note")) for e in events] == [
        ("redraft", first.id, "He is a returning customer, be warm"),
        ("redrafted", second.id, "He is a returning customer, be warm")]
    again = await console.post(f"/admin/drafts/{old}/redraft", {"note": "once more"})
    assert again.headers["location"].endswith("?notice=redraft_refused")


async def test_stop_switch_and_status_card(open_console: OpenConsole) -> None:
    console = await open_console()
    await console.sign_in("Maya")
    inbox = await console.get("/admin")
    assert "Automatic replies" in inbox.text and "Off: every draft waits for a person" in inbox.text
    stopped = await console.post("/admin/auto/stop", {})
    assert stopped.headers["location"] == "/admin?notice=auto_stop"
    inbox = await console.get("/admin")
    assert "Resume automatic replies" in inbox.text
    async with console.runtime.sessions() as db:
        switch = await db.get(StaffSwitch, "auto_approve_paused")
    assert switch is not None and (switch.on, switch.updated_by) == (True, "console:Maya")
    await console.post("/admin/auto/resume", {})
    async with console.runtime.sessions() as db:
        switch = await db.get(StaffSwitch, "auto_approve_paused", populate_existing=True)
    assert switch is not None and switch.on is False
    assert [a for a in await audit_actions(console)] == [
        ("console:Maya", "auto_pause"), ("console:Maya", "auto_resume")]
    forged = await console.post("/admin/auto/stop", {"csrf": "forged"})
    assert forged.status_code == 403


async def test_saved_replies(open_console: OpenConsole) -> None:
    console = await open_console()
    await console.sign_in("Maya")
    refused = await console.post("/admin/snippets", {"title": "", "body": "x"})
    assert refused.status_code == 422
    saved = await console.post("/admin/snippets", {
        "title": "Thanks <b>", "body": "Thanks {name}! We'll confirm the date shortly."})
    assert saved.headers["location"] == "/admin/snippets?notice=snippet_saved"
    await deliver(console.runtime, sms("+19165550123", "Hi, quote for 10 adults, ZIP 95630", "SMs6"))
    await console.drain()
    _, conversation = await conversation_of(console, "sms", "+19165550123")
    page = await console.get(f"/admin/conversations/{conversation}")
    assert 'id="snippet-pick"' in page.text
    assert '<option value="Thanks {name}! We&#39;ll confirm the date shortly.">Thanks &lt;b&gt;</option>' in page.text
    async with console.runtime.sessions() as db:
        snippet = (await db.execute(select(Snippet))).scalar_one()
    assert snippet.created_by == "console:Maya"
    await console.post(f"/admin/snippets/{snippet.id}/delete", {})
    listing = await console.get("/admin/snippets")
    assert "No saved replies yet." in listing.text


async def test_unread_counts_and_live_endpoints(open_console: OpenConsole) -> None:
    console = await open_console()
    await console.sign_in("Maya")
    await deliver(console.runtime, sms("+19165550123", "Hi, quote for 10 adults?", "SMs7"))
    await deliver(console.runtime, sms("+19165550123", "ZIP is 95630", "SMs8"))
    await console.drain()
    live = await console.get("/admin/live/inbox")
    data: dict[str, Any] = live.json()
    assert (data["unread"], data["pending"]) == (2, 1)
    (rows,) = data["parts"]
    assert rows["id"] == "inbox-rows" and '<span class="dot"' in rows["html"]
    assert "2 new" in rows["html"] and "draft to review" in rows["html"]
    assert live.headers["cache-control"] == "no-store"
    inbox = await console.get("/admin")
    assert f'data-version="{rows["version"]}"' in inbox.text  # the page starts at the same state

    _, conversation = await conversation_of(console, "sms", "+19165550123")
    live = await console.get(f"/admin/live/conversations/{conversation}")
    parts = {p["id"]: p for p in live.json()["parts"]}
    assert live.json()["unread"] == 0  # looking at it marks it read
    assert "ZIP is 95630" in parts["history"]["html"]
    assert "to review" in parts["draft-region"]["html"]
    assert parts["draft-region"]["version"].startswith("draft-")
    page = await console.get(f"/admin/conversations/{conversation}")
    for part in parts.values():
        assert f'data-version="{part["version"]}"' in page.text
    await deliver(console.runtime, sms("+19165550123", "Actually 12 adults", "SMs9"))
    later = {p["id"]: p for p in (await console.get(
        f"/admin/live/conversations/{conversation}")).json()["parts"]}
    assert later["history"]["version"] != parts["history"]["version"]
    assert "Actually 12 adults" in later["history"]["html"]
    assert later["draft-region"]["version"] == "none"  # superseded; a new draft is coming
    assert (await console.get("/admin/live/conversations/999")).status_code == 404
    script = await console.get("/admin/static/console.js")
    assert script.headers["content-type"].startswith("text/javascript")
