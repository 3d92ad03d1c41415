"""The review console over HTTP: simulate a customer SMS through the webhook path, review the
drafted quote, edit and approve it through app.review.service, and see the dry-run outbox."""

from __future__ import annotations

import re
from decimal import Decimal

from sqlalchemy import select

from app.models import AuditEvent, Conversation, Draft, Job, Message, Outbox
from app.review.console.simulate import DEMO_ACCOUNT_SID, DEMO_BUSINESS_NUMBER, DEMO_SIGNING_KEY
from tests.console.conftest import PUBLIC_BASE, ConsoleClient, OpenConsole
from tests.fakes.server import FakeServer
from tests.helpers import count, form_body, twilio_signed

QUOTE_ASK = "Hi, quote for 10 adults with filet mignon, ZIP 95630"
EDITED = ("Hi! For 10 adults with filet mignon it is $600.00 total, no travel fee to Folsom. "
          "A $100.00 deposit books your date.")


async def simulate(console: ConsoleClient, text: str = QUOTE_ASK,
                   sender: str = "+1 (916) 555-0123") -> str:
    """Post the simulator form; returns the conversation page it redirects to."""
    response = await console.post("/admin/simulate",
                                  {"channel": "sms", "sender": sender, "text": text})
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    assert re.fullmatch(r"/admin/conversations/\d+\?notice=simulated", location)
    return location.split("?")[0]


async def drafted(console: ConsoleClient) -> Draft:
    async with console.runtime.sessions() as db:
        return (await db.execute(select(Draft))).scalar_one()


async def test_quote_edit_approve_lands_in_dry_run_outbox(open_console: OpenConsole) -> None:
    console = await open_console()
    signed = await console.sign_in("Maya")
    assert (signed.status_code, signed.headers["location"]) == (303, "/admin")
    page_url = await simulate(console)

    async with console.runtime.sessions() as db:
        message = (await db.execute(select(Message))).scalar_one()
        job = (await db.execute(select(Job).where(Job.kind == "draft"))).scalar_one()
    # Stored by the webhook code from a Twilio form signed with the demo key.
    assert (message.direction, message.channel, message.kind) == ("in", "sms", "message")
    assert (message.sender, message.recipient, message.text) == (
        "+19165550123", DEMO_BUSINESS_NUMBER, QUOTE_ASK)
    assert re.fullmatch(r"SM[0-9a-f]{32}", message.provider_message_id)
    assert message.raw["AccountSid"] == DEMO_ACCOUNT_SID and message.raw["SmsStatus"] == "received"
    assert (job.kind, job.state, job.payload["message_id"]) == ("draft", "queued", message.id)
    assert page_url == f"/admin/conversations/{message.conversation_id}"

    assert await console.drain() >= 1
    draft = await drafted(console)
    assert (draft.state, draft.responder, draft.inbound_message_id) == ("pending", "offline",
                                                                        message.id)
    assert draft.quote is not None
    assert Decimal(draft.quote["total"]) == Decimal("600.00")
    assert Decimal(draft.quote["deposit"]) == Decimal("100.00")
    page = await console.get(page_url)
    assert page.status_code == 200
    assert "$600.00 total" in page.text and "<li>Total: $600.00</li>" in page.text
    assert f"Draft #{draft.id} to review" in page.text

    checked = await console.post(f"/admin/drafts/{draft.id}/edit",
                                 {"text": EDITED, "action": "check"})
    assert checked.status_code == 200
    assert "1 SMS segment(s), GSM-7" in checked.text and "No problems found." in checked.text
    assert (await drafted(console)).state == "pending"

    approved = await console.post(f"/admin/drafts/{draft.id}/edit",
                                  {"text": EDITED, "action": "approve"})
    assert (approved.status_code, approved.headers["location"]) == (
        303, f"{page_url}?notice=edited")
    async with console.runtime.sessions() as db:
        draft = (await db.execute(select(Draft))).scalar_one()
        event = (await db.execute(select(AuditEvent))).scalar_one()
        outbox = (await db.execute(select(Outbox))).scalar_one()
    assert (draft.state, draft.final_text, draft.decided_by) == ("edited", EDITED, "console:Maya")
    assert draft.text.startswith("10 adults, 10 filet mignon: $600.00 total")
    assert draft.flags == ["1 SMS segment(s), GSM-7"]
    assert (event.actor, event.action, event.draft_id) == ("console:Maya", "edit", draft.id)
    assert event.detail == {"original": draft.text, "sent": EDITED}
    assert (outbox.draft_id, outbox.channel, outbox.recipient, outbox.text) == (
        draft.id, "sms", "+19165550123", EDITED)
    assert (outbox.human_authored, outbox.state) == (True, "pending")

    await console.drain()
    async with console.runtime.sessions() as db:
        outbox = (await db.execute(select(Outbox))).scalar_one()
        assert await count(db, Message, Message.direction == "out") == 0
    assert (outbox.state, outbox.last_error) == ("dry_run", "channel not configured: not sent")
    page = await console.get(page_url)
    assert "DRY RUN - not sent" in page.text and EDITED in page.text
    assert "to review" not in page.text


async def test_demo_key_never_opens_the_public_webhook(open_console: OpenConsole) -> None:
    console = await open_console()
    url = PUBLIC_BASE + "/webhooks/twilio"
    body = form_body({"MessageSid": "SM" + "1" * 32, "From": "+19165550123",
                      "To": DEMO_BUSINESS_NUMBER, "Body": "hello"})
    response = await console.http.post(url, content=body,
                                       headers=twilio_signed(url, body, DEMO_SIGNING_KEY))
    assert (response.status_code, response.text) == (404, "twilio is not configured")
    async with console.runtime.sessions() as db:
        assert await count(db, Message) == 0


async def test_with_twilio_configured_the_reply_is_really_sent(
    open_console: OpenConsole, fake_twilio: FakeServer
) -> None:
    console = await open_console(twilio=True)
    await console.sign_in("Sam")
    page_url = await simulate(console, sender="+19165550177")
    async with console.runtime.sessions() as db:
        message = (await db.execute(select(Message))).scalar_one()
    # Signed with the configured auth token and verified by the configured adapter.
    assert message.raw["AccountSid"] == "AC9af211329b2fc82e5efe906062c73008"
    assert message.recipient == "+19165550100"
    await console.drain()
    draft = await drafted(console)
    response = await console.post(f"/admin/drafts/{draft.id}/approve", {})
    assert response.headers["location"] == f"{page_url}?notice=approved"
    await console.drain()
    (sent,) = fake_twilio.calls("POST", "/Messages.json")
    assert sent.form()["To"] == "+19165550177" and sent.form()["Body"] == draft.text
    async with console.runtime.sessions() as db:
        event = (await db.execute(select(AuditEvent))).scalar_one()
        outbox = (await db.execute(select(Outbox))).scalar_one()
    assert (event.actor, event.action) == ("console:Sam", "approve")
    assert outbox.state == "sent" and outbox.provider_message_id
    page = await console.get(page_url)
    assert "Sent</span>" in page.text and "DRY RUN" not in page.text


async def test_wrong_password_is_refused(open_console: OpenConsole) -> None:
    console = await open_console()
    refused = await console.sign_in("Maya", password="guess")
    assert refused.status_code == 401 and "Wrong password." in refused.text
    inbox = await console.get("/admin")
    assert (inbox.status_code, inbox.headers["location"]) == (303, "/admin/login")
    denied = await console.post("/admin/simulate", {"sender": "+19165550123", "text": "hi"})
    assert denied.status_code == 303
    async with console.runtime.sessions() as db:
        assert await count(db, Message) == 0
    assert (await console.sign_in("Maya")).status_code == 303
    assert (await console.get("/admin")).status_code == 200


async def test_a_session_signed_under_another_password_is_refused(
    open_console: OpenConsole,
) -> None:
    first = await open_console(password="first password")
    assert (await first.sign_in("Maya", password="first password")).status_code == 303
    cookie = first.http.cookies.get("gateway_console")
    assert cookie
    second = await open_console(password="second password")
    second.http.cookies.set("gateway_console", cookie, domain="gateway.example.com",
                            path="/admin")
    response = await second.get("/admin")
    assert (response.status_code, response.headers["location"]) == (303, "/admin/login")
    # A sign-in form's cookie is never a signed-in session.
    await second.get("/admin/login")
    assert (await second.get("/admin")).status_code == 303


async def test_missing_or_wrong_csrf_token_is_refused(open_console: OpenConsole) -> None:
    console = await open_console()
    await console.sign_in("Maya")
    await simulate(console)
    await console.drain()
    draft = await drafted(console)
    await console.get("/admin")
    for token in ("", "not-the-token"):
        response = await console.post(f"/admin/drafts/{draft.id}/approve", {"csrf": token})
        assert response.status_code == 403 and "CSRF" in response.text
        response = await console.post("/admin/simulate",
                                      {"csrf": token, "sender": "+19165550123", "text": "hi"})
        assert response.status_code == 403
    no_field = await console.http.post(f"/admin/drafts/{draft.id}/approve", data={})
    assert no_field.status_code == 403
    async with console.runtime.sessions() as db:
        assert (await db.get(Draft, draft.id)).state == "pending"  # type: ignore[union-attr]
        assert await count(db, AuditEvent) == 0 and await count(db, Outbox) == 0
        assert await count(db, Message) == 1
    # The sign-in form is protected too (no login CSRF).
    fresh = await open_console()
    await fresh.get("/admin/login")
    login = await fresh.post("/admin/login", {"csrf": "", "password": "correct horse battery staple"})
    assert login.status_code == 403


async def test_without_password_only_localhost_is_served(open_console: OpenConsole) -> None:
    remote = await open_console(password="", host="203.0.113.9")
    for response in (await remote.get("/admin"), await remote.get("/admin/login"),
                     await remote.get("/admin/conversations/1"),
                     await remote.get("/admin/static/console.css"),
                     await remote.post("/admin/simulate", {"sender": "+19165550123", "text": "hi"})):
        assert response.status_code == 403
        assert "ADMIN_PASSWORD" in response.text
    async with remote.runtime.sessions() as db:
        assert await count(db, Message) == 0

    local = await open_console(password="")
    # A page that rebinds its own name to 127.0.0.1 is not served either.
    rebound = await local.get("/admin", headers={"Host": "rebind.attacker.example"})
    assert rebound.status_code == 403
    assert (await local.get("/admin", headers={"Host": "localhost:8000"})).status_code == 200
    inbox = await local.get("/admin")
    assert inbox.status_code == 200
    assert inbox.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in inbox.headers["content-security-policy"]
    assert "No ADMIN_PASSWORD is set: this console answers only to this" in inbox.text
    assert "console:admin" in inbox.text
    await simulate(local)
    await local.drain()
    draft = await drafted(local)
    assert (await local.post(f"/admin/drafts/{draft.id}/approve", {})).status_code == 303
    assert (await drafted(local)).decided_by == "console:admin"
    # Still CSRF-protected without a password.
    assert (await local.post("/admin/simulate", {"csrf": "x", "sender": "+19165550123",
                                                 "text": "hi"})).status_code == 403


async def test_reject_needs_a_reason(open_console: OpenConsole) -> None:
    console = await open_console()
    await console.sign_in("Maya")
    page_url = await simulate(console)
    await console.drain()
    draft = await drafted(console)
    empty = await console.post(f"/admin/drafts/{draft.id}/reject", {"reason": "  "})
    assert empty.status_code == 422 and "A reason is required." in empty.text
    assert (await drafted(console)).state == "pending"
    done = await console.post(f"/admin/drafts/{draft.id}/reject",
                              {"reason": "Calling her back about the date"})
    assert done.headers["location"] == f"{page_url}?notice=rejected"
    async with console.runtime.sessions() as db:
        draft = (await db.execute(select(Draft))).scalar_one()
        event = (await db.execute(select(AuditEvent))).scalar_one()
        conversation = (await db.execute(select(Conversation))).scalar_one()
        assert await count(db, Outbox) == 0
    assert (draft.state, draft.reason, draft.decided_by) == (
        "rejected", "Calling her back about the date", "console:Maya")
    assert (event.action, event.actor, event.detail["reason"]) == (
        "reject", "console:Maya", "Calling her back about the date")
    assert conversation.status == "needs_human"
    again = await console.post(f"/admin/drafts/{draft.id}/approve", {})
    assert again.status_code == 409 and f"draft {draft.id} is rejected; nothing changed" in again.text
