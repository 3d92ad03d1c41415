"""Email header injection (issue 14, item 13): an inbound email whose subject carries CR/LF and
U+2028 (an RFC 2047 encoded word decodes to them) is answered through a real local SMTP server
with one clean Subject line and no injected header; and a send that fails in an unexpected way
while it is built ends as a visible failure with Retry, never "sending" behind a dead job."""

from __future__ import annotations

import json
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from sqlalchemy import select

from adapters.email_headers import clean_header, clean_message_id
from app.models import Draft, Job, Outbox, SendAttempt
from app.review import service
from app.tasks import make_worker
from tests.fakes.smtp import RecordingHandler
from tests.reliability.signing import CHANNEL_SETTINGS, PUBLIC_BASE, mailgun_form
from vocabulary.messages import Channel, OutboundMessage, SendResult

# What Mailgun posts as `subject` after decoding the encoded word in the raw header below.
SUBJECT = "Hibachi quote\r\nBcc: everyone@example.net\u2028X-Priority: 1\r\n for Oct 4"
RAW_SUBJECT = ("=?utf-8?q?Hibachi_quote=0D=0ABcc:_everyone@example.net=E2=80=A8"
               "X-Priority:_1=0D=0A_for_Oct_4?=")
CLEAN = "Hibachi quote Bcc: everyone@example.net X-Priority: 1 for Oct 4"
CUSTOMER = "priya.natarajan@example.com"


@pytest.fixture
def settings(make_settings: Any, smtp: tuple[RecordingHandler, int]) -> Any:
    values = {k: v for k, v in CHANNEL_SETTINGS.items() if not k.startswith("slack_")}
    values["email_from"] = "Sacramento Hibachi <quotes@mg.example.com>"
    return make_settings(**values, smtp_port=smtp[1], smtp_starttls=False)


async def _inquiry(client: httpx.AsyncClient, runtime: Any, token: str) -> Draft:
    form = mailgun_form(token=token, fields={"subject": SUBJECT, "Subject": RAW_SUBJECT})
    headers = [[k, RAW_SUBJECT if k == "Subject" else v]
               for k, v in json.loads(form["message-headers"])]
    form["message-headers"] = json.dumps(headers)
    response = await client.post(PUBLIC_BASE + "/webhooks/email/mailgun",
                                 content=urlencode(form).encode(),
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200
    await make_worker(runtime).drain()
    async with runtime.sessions() as session, session.begin():
        draft = (await session.execute(select(Draft))).scalar_one()
        assert (await service.approve(session, draft_id=draft.id, actor="U05R2M8KQ3A")).ok
    return draft


async def test_subject_with_line_breaks_is_answered_with_one_clean_header(
    client: httpx.AsyncClient, runtime: Any, smtp: tuple[RecordingHandler, int]
) -> None:
    handler, _port = smtp
    await _inquiry(client, runtime, "tok-header-injection-1")
    await make_worker(runtime).drain()

    ((mail_from, rcpt_tos, content),) = handler.messages
    assert (mail_from, rcpt_tos) == ("quotes@mg.example.com", [CUSTOMER])
    received = message_from_bytes(content, policy=policy.default)
    assert received["Subject"] == f"Re: {CLEAN}"
    assert received["Bcc"] is None and received["X-Priority"] is None
    raw_headers = content.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert "\u2028" not in raw_headers and not any(
        line.startswith(("Bcc:", "X-Priority:")) for line in raw_headers.splitlines())
    async with runtime.sessions() as session:
        outbox = (await session.execute(select(Outbox))).scalar_one()
    assert outbox.state == "sent" and outbox.provider_message_id == received["Message-ID"].strip()


class LibraryBuildSender:
    """A sender that builds its headers the way the email adapter did before they were cleaned:
    the email library's own ValueError is the unexpected error."""

    channels = (Channel.EMAIL,)

    async def send(self, message: OutboundMessage) -> SendResult:
        email = EmailMessage()
        email["Subject"] = f"Re: {message.subject}"
        raise AssertionError("unreachable: the library refuses the header above")


async def test_unexpected_build_error_is_a_visible_failure_with_retry(
    client: httpx.AsyncClient, runtime: Any, smtp: tuple[RecordingHandler, int]
) -> None:
    handler, _port = smtp
    draft = await _inquiry(client, runtime, "tok-header-injection-2")
    real = runtime.channels.senders[Channel.EMAIL]
    runtime.channels.senders[Channel.EMAIL] = LibraryBuildSender()
    assert await make_worker(runtime).drain() >= 1

    async with runtime.sessions() as session:
        outbox = (await session.execute(select(Outbox))).scalar_one()
        attempts = (await session.execute(select(SendAttempt))).scalars().all()
        sends = (await session.execute(select(Job).where(Job.kind == "send"))).scalars().all()
        stored = await session.get(Draft, draft.id)
    assert outbox.state == "failed" and outbox.attempts == 1
    assert outbox.last_error == ("could not send: ValueError: Header values may not contain "
                                 "linefeed or carriage return characters (code internal)")
    assert [(a.result, a.attempt) for a in attempts] == [("permanent", 1)]
    assert [(j.state, j.attempts) for j in sends] == [("done", 1)]  # not retried to death
    assert stored is not None and stored.state == "failed"
    assert handler.messages == []
    # Staff see the failure and a Retry button on the conversation's page.
    page = await client.get(f"{PUBLIC_BASE}/admin/conversations/{outbox.conversation_id}")
    assert page.status_code == 200
    assert '<span class="badge state-failed">Failed</span>' in page.text
    assert "could not send: ValueError: Header values may not contain" in page.text
    assert f'action="/admin/drafts/{draft.id}/retry"' in page.text

    # Retry, the button staff see on a failed send, goes through once the sender is fixed.
    runtime.channels.senders[Channel.EMAIL] = real
    async with runtime.sessions() as session, session.begin():
        assert (await service.retry_send(session, draft_id=draft.id, actor="U05R2M8KQ3A")).ok
    await make_worker(runtime).drain()
    ((_from, _to, content),) = handler.messages
    assert message_from_bytes(content, policy=policy.default)["Subject"] == f"Re: {CLEAN}"


@pytest.mark.parametrize(("raw", "clean"), [
    ("a\r\nb", "a b"), ("a\u2028b\u2029c", "a b c"), ("a\x85b\x0bc\x0cd", "a b c d"),
    ("tab\there", "tab here"), ("\u202eevil\u202c txt", "evil txt"), ("zero\u200bwidth", "zerowidth"),
    ("\ufeffbom", "bom"), ("family \U0001f468\u200d\U0001f469", "family \U0001f468\u200d\U0001f469"),
    ("  spaced   out  ", "spaced out"), ("", ""),
])
def test_clean_header(raw: str, clean: str) -> None:
    assert clean_header(raw) == clean


def test_clean_message_id_has_no_whitespace() -> None:
    assert clean_message_id("<abc\r\n def@example.com>") == "<abcdef@example.com>"
    assert clean_header("x" * 2000) == "x" * 900
