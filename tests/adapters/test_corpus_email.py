"""Issue 14 corpus, email: a Mailgun post without a Message-ID, a Mailgun raw-MIME route in
windows-1252, a Date from 1970, and SendGrid posts in raw MIME mode (8-bit ISO-8859-1) and in
parsed mode with ISO-8859-1 and windows-1252 bodies named by `charsets`. Mailgun posts are signed
with the HMAC-SHA256 of timestamp + token; SendGrid posts carry the Basic credentials and are
sent as the exact multipart bytes, decoded by the web layer as the running app decodes them.
Sources: tests/fixtures/PROVIDERS.md, "Non-happy-path corpus"."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime
from email import policy
from email.message import Message
from email.parser import BytesParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest

from adapters.email import MailgunInbound, SendGridInbound
from vocabulary.errors import MalformedPayload
from vocabulary.messages import Channel, InboundMessage, ParsedWebhook, SkippedEvent
from vocabulary.webhook import WebhookRequest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "email"
KEY = "key-3f9c1e7a5b2d4f6081a9c3e5d7f90b12"
NOW = 1_750_000_000.0  # 2025-06-15 15:06:40 UTC
SG_USER, SG_PASSWORD = "parse-hook", "c0rrect h0rse:battery"
MULTIPART = "multipart/form-data; boundary=xYzZY"


def mailgun_request(name: str, *, drop: tuple[str, ...] = ()) -> WebhookRequest:
    pairs = [(k, v) for k, v in parse_qsl((FIXTURES / name).read_text(), keep_blank_values=True)
             if k not in drop]
    ts, token = str(int(NOW)), dict(pairs)["token"]
    signature = hmac.new(KEY.encode(), (ts + token).encode(), hashlib.sha256).hexdigest()
    pairs = [(k, ts if k == "timestamp" else signature if k == "signature" else v)
             for k, v in pairs]
    return WebhookRequest(url="https://gw.example.com/webhooks/email/mailgun-mime",
                          body=urlencode(pairs).encode(),
                          headers={"content-type": "application/x-www-form-urlencoded"})


def web_layer_form(body: bytes) -> list[tuple[str, str]]:
    """The fields as the app's web layer hands them over: UTF-8, else latin-1 (Starlette)."""
    parsed = BytesParser(policy=policy.compat32).parsebytes(
        f"Content-Type: {MULTIPART}\r\n\r\n".encode() + body)
    pairs = []
    parts: list[Message] = parsed.get_payload()  # type: ignore[assignment]  # multipart: a list
    for part in parts:
        raw: bytes = part.get_payload(decode=True)  # type: ignore[assignment]  # decoded: bytes
        try:
            value = raw.decode("utf-8")
        except UnicodeDecodeError:
            value = raw.decode("latin-1")
        pairs.append((str(part.get_param("name", header="content-disposition")), value))
    return pairs


def sendgrid_request(name: str) -> WebhookRequest:
    body = (FIXTURES / name).read_bytes()
    auth = base64.b64encode(f"{SG_USER}:{SG_PASSWORD}".encode()).decode()
    return WebhookRequest(url="https://gw.example.com/webhooks/email/sendgrid", body=body,
                          headers={"content-type": MULTIPART, "authorization": f"Basic {auth}"},
                          form=web_layer_form(body))


def email(*, mid: str, sender: str, recipient: str, text: str, at: datetime,
          name: str, subject: str, raw: dict[str, Any]) -> InboundMessage:
    return InboundMessage(channel=Channel.EMAIL, provider_message_id=mid, sender=sender,
                          recipient=recipient, text=text, received_at=at, sender_name=name,
                          subject=subject, raw=raw)


def utc(year: int, month: int, day: int, hour: int, minute: int, second: int) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


GLORIA = ("Name: Gloria Medina\r\nPhone: (916) 555-0191\r\nEvent date: Saturday, October 18\r\n"
          "Guests: 25 (18 adults, 7 kids 6-12)\r\nZIP: 95624\r\n\r\nMessage:\r\nRetirement party "
          "for my dad in Elk Grove. Mostly chicken and steak, 5 people want shrimp. Do you bring "
          "tables?\r\n")
GLORIA_ID = "<b5c1dfd8fa862638cba0fd2c4f741f2128fe3142@derived.invalid>"
JOSE = ("Buenas tardes,\r\n\r\nQuisiera una cotización para la quinceañera de mi hija el sábado 27 "
        "de septiembre en West Sacramento 95691. Somos 30 adultos y 8 niños de 6 a 12 años. "
        "\u201cFilet mignon\u201d para los adultos si es posible.\r\n\r\nGracias,\r\nJosé\r\n")
DAVE = "hey, 12 adults, sat aug 23, rocklin 95765. chicken + steak. what's the total?"
HELENE = ("Bonjour,\r\n\r\nNous serons 10 adultes et 2 enfants (7 et 9 ans) à Davis 95616 le "
          "samedi 6 septembre. Est-ce que le crème brûlée est possible en dessert ?\r\n\r\n"
          "Merci d'avance,\r\nHélène\r\n")
ANA = ("Hola! Para el cumpleaños de mi esposo: 16 adultos, sábado 20 de septiembre, Sacramento "
       "95822. ¿Cuánto sería con camarón para todos?\n\nAna María\n")
BRENDA = ("Hi there \u2013 we\u2019re planning our company picnic on Friday, Sept 12 at William "
          "Land Park (95822). 40 adults, mostly \u201cchicken + steak\u201d. Is a 3 \u2013 4 pm "
          "start ok?")


def _sendgrid_raw(frm: str, to: str, envelope_from: str, full_text: str, date: str, spf: str,
                  dkim: str, **extra: Any) -> dict[str, Any]:
    return {"full_text": full_text, "from": frm, "to": to, "envelope_from": envelope_from,
            "headers": {"Date": date}, "provider": "sendgrid", "spam_score": None, "spf": spf,
            "dkim": dkim, "attachment_count": 0, "attachment_names": [], **extra}


CORPUS: dict[str, ParsedWebhook] = {
    # Item 2: no Message-ID anywhere; stored under an id derived from its content.
    "mailgun_no_message_id.form": ParsedWebhook(
        messages=(email(
            mid=GLORIA_ID, sender="gmedina@example.net", recipient="quotes@mg.example.com",
            text=GLORIA.replace("\r\n", "\n").strip(), at=utc(2025, 6, 11, 16, 2, 10),
            name="Gloria Medina", subject="New quote request from sacvalleyhibachi.example.com",
            raw={"full_text": GLORIA, "from": "Gloria Medina <gmedina@example.net>",
                 "to": "quotes@mg.example.com", "envelope_from": "www-data@forms.example.net",
                 "headers": {"Date": "Wed, 11 Jun 2025 09:02:10 -0700"}, "provider": "mailgun",
                 "message_url": None, "attachment_names": [], "message_id_derived": True}),),
        skipped=(SkippedEvent("no_message_id", "mailgun post from gmedina@example.net: no "
                              f"Message-ID; stored as {GLORIA_ID}", stored=True),),
    ),
    # Item 3: a raw-MIME route; windows-1252 quoted-printable body, RFC 2047 From and Subject.
    "mailgun_mime.form": ParsedWebhook(messages=(email(
        mid="<0a1b2c3d4e5f$6a7b8c9d$0e1f2a3b@example.org>", sender="jose.ibanez@example.org",
        recipient="quotes@mg.example.com", text=JOSE.replace("\r\n", "\n").strip(),
        at=utc(2025, 6, 11, 17, 35, 41), name="José Ibáñez",
        subject="Cotización para fiesta \u2013 30 personas",
        raw={"full_text": JOSE,
             "from": "=?windows-1252?Q?Jos=E9_Ib=E1=F1ez?= <jose.ibanez@example.org>",
             "to": "<quotes@mg.example.com>", "envelope_from": "jose.ibanez@example.org",
             "headers": {"Date": "Wed, 11 Jun 2025 10:35:41 -0700"}, "provider": "mailgun",
             "delivery": "mime", "attachment_names": []}),)),
    # Item 4: a 1970 Date: the (signed) time Mailgun received it instead, noted.
    "mailgun_bad_date.form": ParsedWebhook(
        messages=(email(
            mid="<19700101000000.GA4417@kowalski-laptop.example.com>",
            sender="dkowalski@example.com", recipient="quotes@mg.example.com", text=DAVE,
            at=datetime.fromtimestamp(NOW, UTC), name="Dave Kowalski", subject="hibachi for 12",
            raw={"full_text": DAVE + "\r\n\r\ndave\r\n",
                 "from": "Dave Kowalski <dkowalski@example.com>", "to": "quotes@mg.example.com",
                 "envelope_from": "dkowalski@example.com",
                 "headers": {"Date": "Thu, 01 Jan 1970 00:00:00 +0000"}, "provider": "mailgun",
                 "message_url": None, "attachment_names": []}),),
        skipped=(SkippedEvent("timestamp_out_of_range", "email Date header: time "
                              "1970-01-01T00:00:00+00:00 is not plausible; stored with the "
                              "receive time", stored=True),),
    ),
    # Item 3: SendGrid "POST the raw, full MIME message": 8-bit ISO-8859-1 in `email`.
    "sendgrid_raw.multipart": ParsedWebhook(messages=(email(
        mid="<5f8e2c1a.9b3d@smtp.example.fr>", sender="helene.faure@example.fr",
        recipient="quotes@parse.example.com", text=HELENE.replace("\r\n", "\n").strip(),
        at=utc(2025, 6, 11, 19, 3, 19), name="Hélène Faure", subject="Dîner hibachi à Davis",
        raw=_sendgrid_raw("Hélène Faure <helene.faure@example.fr>", "quotes@parse.example.com",
                          "helene.faure@example.fr", HELENE, "Wed, 11 Jun 2025 21:03:19 +0200",
                          "pass", "{@example.fr : pass}", delivery="mime")),)),
    # Parsed mode, `charsets` says the text is ISO-8859-1.
    "sendgrid_latin1.multipart": ParsedWebhook(messages=(email(
        mid="<20250611134058.4711@mail.example.com.mx>", sender="anamaria@example.com.mx",
        recipient="quotes@parse.example.com", text=ANA.strip(), at=utc(2025, 6, 11, 20, 40, 58),
        name="Ana María González", subject="Cumpleaños en Sacramento",
        raw=_sendgrid_raw("Ana María González <anamaria@example.com.mx>",
                          "quotes@parse.example.com", "anamaria@example.com.mx", ANA,
                          "Wed, 11 Jun 2025 13:40:58 -0700", "softfail", "none")),)),
    # Parsed mode from Outlook: windows-1252 curly quotes and dashes, which a latin-1 reading
    # would turn into control characters.
    "sendgrid_windows1252.multipart": ParsedWebhook(messages=(email(
        mid="<SA1PR12MB7331E5A6B7C8D9E0F1A2B3C4D5E6@SA1PR12MB7331.namprd12.prod.example.com>",
        sender="brenda.oneill@example.com", recipient="quotes@parse.example.com", text=BRENDA,
        at=utc(2025, 6, 11, 22, 10, 39), name="Brenda O'Neill",
        subject="Company picnic - 40 people",
        raw=_sendgrid_raw("Brenda O'Neill <brenda.oneill@example.com>",
                          '"quotes@parse.example.com" <quotes@parse.example.com>',
                          "brenda.oneill@example.com", BRENDA + "\r\n\r\nThanks,\r\nBrenda\r\n",
                          "Wed, 11 Jun 2025 22:10:39 +0000", "pass", "{@example.com : pass}")),)),
}


def mailgun() -> MailgunInbound:
    return MailgunInbound(signing_key=KEY, business_address="quotes@mg.example.com",
                          now=lambda: NOW)


def sendgrid() -> SendGridInbound:
    return SendGridInbound(username=SG_USER, password=SG_PASSWORD,
                           business_address="quotes@parse.example.com", now=lambda: NOW)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_corpus_fixture_parses_to_the_expected_result(name: str) -> None:
    inbound = mailgun() if name.startswith("mailgun") else sendgrid()
    request = mailgun_request(name) if name.startswith("mailgun") else sendgrid_request(name)
    inbound.verify(request)
    assert inbound.parse(request) == CORPUS[name]


def test_the_derived_id_is_stable_across_retries_and_differs_between_emails() -> None:
    first = mailgun().parse(mailgun_request("mailgun_no_message_id.form"))
    again = mailgun().parse(mailgun_request("mailgun_no_message_id.form"))
    other = mailgun().parse(mailgun_request("mailgun_no_message_id.form", drop=("body-plain",
                                                                                "stripped-text")))
    assert first.messages[0].provider_message_id == again.messages[0].provider_message_id
    assert other.messages[0].provider_message_id != first.messages[0].provider_message_id


def test_raw_mime_without_the_exact_bytes_still_reads_the_decoded_field() -> None:
    """A multipart post the web layer decoded, with no raw body to re-read: close enough."""
    request = sendgrid_request("sendgrid_windows1252.multipart")
    decoded = WebhookRequest(url=request.url, body=b"", headers=request.headers, form=request.form)
    text = sendgrid().parse(decoded).messages[0].text
    assert text.startswith("Hi there \x96 we\x92re")  # what a latin-1 reading gives


def _form(name: str, changes: dict[str, str | None]) -> list[tuple[str, str]]:
    """A fixture's fields with some replaced (str) or removed (None)."""
    if name.endswith(".form"):
        pairs = parse_qsl((FIXTURES / name).read_text(), keep_blank_values=True)
    else:
        pairs = web_layer_form((FIXTURES / name).read_bytes())
    changed = [(k, changes.get(k, v)) for k, v in pairs]
    return [(k, v) for k, v in changed if v is not None]


@pytest.mark.parametrize(
    ("name", "changes", "cause"),
    [
        ("mailgun_mime.form", {"body-mime": "just some words, no headers"},
         "mailgun body-mime is not a MIME message"),
        ("mailgun_mime.form", {"body-mime": ""}, "mailgun body-mime is not a MIME message"),
        ("mailgun_no_message_id.form",
         {"body-plain": None, "stripped-text": None, "message-headers": None},
         "mailgun post has no body-plain, body-html, message-headers or body-mime"),
        ("mailgun_no_message_id.form", {"from": None, "sender": None, "From": None,
                                        "message-headers": "[]"},
         "mailgun post has no sender address in From"),
        ("sendgrid_raw.multipart", {"email": "hello"},
         "sendgrid email field is not a MIME message"),
        ("sendgrid_raw.multipart", {"email": None}, "sendgrid post has neither a headers field"),
        ("sendgrid_latin1.multipart", {"from": None, "headers": "Subject: hi\n"},
         "sendgrid post has no sender address in From"),
    ],
)
def test_every_refusal_names_its_cause(name: str, changes: dict[str, str | None],
                                       cause: str) -> None:
    kind = "application/x-www-form-urlencoded" if name.endswith(".form") else MULTIPART
    form = _form(name, changes)
    body = urlencode(form).encode() if name.endswith(".form") else b""
    request = WebhookRequest(url="u", body=body, headers={"content-type": kind},
                             form=None if body else form)
    inbound = mailgun() if name.startswith("mailgun") else sendgrid()
    with pytest.raises(MalformedPayload, match=cause):
        inbound.parse(request)
