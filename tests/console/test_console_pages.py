"""The inbox (order, unread markers, search) and what the conversation page shows."""

from __future__ import annotations

import re
from datetime import timedelta

from app.ingest import ingest
from app.models import utcnow
from app.review.console.queries import conversation_of_message
from tests.console.conftest import ConsoleClient, OpenConsole
from vocabulary.messages import Attachment, Channel, InboundMessage, ParsedWebhook

_ROW = re.compile(r'<tr class="(unread)?">.*?/admin/conversations/(\d+)"', re.S)


def inbox_rows(html: str) -> list[tuple[int, bool]]:
    """(conversation id, unread) for each inbox row, top to bottom."""
    return [(int(cid), unread == "unread") for unread, cid in _ROW.findall(html)]


async def deliver(console: ConsoleClient, message: InboundMessage) -> int:
    """Store a message the way a webhook does (for channels the simulator does not play)."""
    async with console.runtime.sessions() as db, db.begin():
        result = await ingest(db, ParsedWebhook(messages=(message,)))
    return result.stored[0]


async def simulated(console: ConsoleClient, **form: str) -> int:
    response = await console.post("/admin/simulate", form)
    assert response.status_code == 303, response.text
    return int(response.headers["location"].split("/")[-1].split("?")[0])


async def test_inbox_pending_first_unread_markers_and_search(open_console: OpenConsole) -> None:
    console = await open_console()
    await console.sign_in("Maya")
    sms = await simulated(console, channel="sms", sender="+19165550123",
                          text="Do you do birthdays?")
    whatsapp = await simulated(console, channel="whatsapp", sender="+19165550168",
                               name="Lupe Ortega", text="Hola! Party of 14 in Elk Grove 95757?")
    await console.drain()
    page = await console.get(f"/admin/conversations/{whatsapp}")
    draft_id = int(re.search(r"/admin/drafts/(\d+)/approve", page.text).group(1))  # type: ignore[union-attr]
    assert (await console.post(f"/admin/drafts/{draft_id}/approve", {})).status_code == 303
    message_id = await deliver(console, InboundMessage(
        channel=Channel.EMAIL, provider_message_id="<c1@mail.example.com>",
        sender="maria.lopez@example.com", recipient="events@hibachi.example.com",
        text="Can you cater on July 19?", received_at=utcnow() + timedelta(seconds=5),
        sender_name="Maria Lopez", subject="Catering question"))
    async with console.runtime.sessions() as db:
        email = await conversation_of_message(db, message_id)
    assert email is not None

    inbox = await console.get("/admin")
    # Pending drafts first; then the latest customer message first.
    assert inbox_rows(inbox.text) == [(sms, True), (email, True), (whatsapp, False)]
    assert inbox.text.count("draft to review") == 1
    for channel in ("sms", "whatsapp", "email"):
        assert f'<span class="badge ch-{channel}">{channel}</span>' in inbox.text

    searches: dict[str, list[int]] = {"lupe": [whatsapp], "916 555-0168": [whatsapp], "MARIA.LOPEZ@": [email],
                "example.com": [email], "5550123": [sms], "55501": [sms, whatsapp]}
    for q, expected in searches.items():
        found = await console.get("/admin", params={"q": q})
        assert sorted(cid for cid, _ in inbox_rows(found.text)) == sorted(expected), q
    none = await console.get("/admin", params={"q": "<nobody>"})
    assert inbox_rows(none.text) == [] and "No conversation matches \"&lt;nobody&gt;\"" in none.text


async def test_conversation_page_escapes_text_and_links_only_http(open_console: OpenConsole) -> None:
    console = await open_console()
    await console.sign_in("Maya")
    await deliver(console, InboundMessage(
        channel=Channel.SMS, provider_message_id="MM" + "a" * 32, sender="+19165550147",
        recipient="+19165550100", text="<script>alert(1)</script> pics of the yard",
        received_at=utcnow(),
        attachments=(Attachment(url="https://api.twilio.com/media/ME1", content_type="image/jpeg"),
                     Attachment(url="javascript:alert(2)", content_type="text/html",
                                name="click me"))))
    page = await console.get("/admin/conversations/1")
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; pics of the yard" in page.text
    assert '<a href="https://api.twilio.com/media/ME1" rel="noopener noreferrer"' in page.text
    assert 'href="javascript:' not in page.text and "click me" in page.text
    # Drafting is queued: the page says so and refreshes itself.
    assert "A reply is being drafted" in page.text and 'http-equiv="refresh"' in page.text
    assert (await console.get("/admin/conversations/99")).status_code == 404


async def test_edit_errors_and_price_guard_confirmation(open_console: OpenConsole) -> None:
    console = await open_console()
    await console.sign_in("Maya")
    cid = await simulated(console, channel="sms", sender="+19165550123",
                          text="Hi, quote for 10 adults with filet mignon, ZIP 95630")
    await console.drain()
    page = await console.get(f"/admin/conversations/{cid}")
    draft_id = int(re.search(r"/admin/drafts/(\d+)/edit", page.text).group(1))  # type: ignore[union-attr]
    edit = f"/admin/drafts/{draft_id}/edit"

    empty = await console.post(edit, {"text": "   ", "action": "approve"})
    assert empty.status_code == 422 and "The reply is empty." in empty.text
    too_long = await console.post(edit, {"text": "x" * 1700, "action": "approve"})
    assert too_long.status_code == 422 and "Too long for sms" in too_long.text
    unicode = await console.post(edit, {"text": "Thanks! \u2728 $600.00 total", "action": "check"})
    assert "1 SMS segment(s), UCS-2" in unicode.text

    wrong = "Hi! 10 adults with filet mignon: $480.00 total."
    held = await console.post(edit, {"text": wrong, "action": "approve"})
    assert held.status_code == 200 and "480.00" in held.text
    assert 'name="confirm"' in held.text and "Send despite these warnings" in held.text
    page = await console.get(f"/admin/conversations/{cid}")
    assert f"Draft #{draft_id} to review" in page.text  # still pending
    sent = await console.post(edit, {"text": wrong, "action": "approve", "confirm": "yes"})
    assert sent.headers["location"] == f"/admin/conversations/{cid}?notice=edited"
    async with console.runtime.sessions() as db:
        from app.models import Draft

        draft = await db.get(Draft, draft_id)
    assert draft is not None and draft.final_text == wrong
    assert any("480.00" in flag for flag in draft.flags)
    assert draft.flags[-1] == "1 SMS segment(s), GSM-7"
