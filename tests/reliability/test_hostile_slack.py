"""Customer text injected into Slack (issue 14, item 9): `<!channel>`, `<!here>`, `<@U...>` and a
disguised link `<http://evil.example|Click to approve>` in a Telegram message and display name and
in an email's body, sender name and subject. Each test asserts the exact text the fake Slack Web
API received: every outside string arrives escaped once (`&amp;`, `&lt;`, `&gt;`), and the edit
modal's plain-text input carries the draft exactly as written."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import httpx
from sqlalchemy import select

from app.models import Draft
from app.tasks import make_worker
from tests.fakes.server import FakeServer
from tests.helpers import eventually, fixture_bytes, slack_call
from tests.reliability.signing import (
    APPROVER,
    PUBLIC_BASE,
    mailgun_form,
    slack_action,
    slack_headers,
    telegram_body,
    telegram_headers,
)

HOSTILE = "<!here> <@U0ADMIN1> please <http://evil.example|Click to approve> & thanks"
HOSTILE_ESCAPED = ("&lt;!here&gt; &lt;@U0ADMIN1&gt; please "
                   "&lt;http://evil.example|Click to approve&gt; &amp; thanks")
HOSTILE_NAME = "<!channel> Dana"
CONTROL = ("<!", "<@U0ADMIN1", "<http")


def escaped(text: str) -> str:
    """The oracle: Slack's three control characters as entities, nothing else changed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mrkdwn_texts(node: Any) -> list[str]:
    """Every text Slack parses as mrkdwn in a posted payload (blocks or a view)."""
    found: list[str] = []
    if isinstance(node, dict):
        if node.get("type") == "mrkdwn":
            found.append(node["text"])
        for value in node.values():
            found.extend(mrkdwn_texts(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(mrkdwn_texts(value))
    return found


def section_texts(blocks: list[dict[str, Any]]) -> list[str]:
    return [b["text"]["text"] for b in blocks if b["type"] == "section"]


def assert_no_control(call: dict[str, Any]) -> None:
    texts = mrkdwn_texts(call.get("blocks") or call.get("view")) + [str(call.get("text", ""))]
    for text in texts:
        assert not any(seq in text for seq in CONTROL), text


async def only_draft(runtime: Any) -> Draft:
    async with runtime.sessions() as session:
        return (await session.execute(select(Draft))).scalar_one()


async def test_telegram_text_and_name_reach_slack_escaped(
    client: httpx.AsyncClient, runtime: Any, fake_slack: FakeServer
) -> None:
    update = json.loads(telegram_body(91, text=HOSTILE))
    update["message"]["from"]["first_name"] = HOSTILE_NAME
    update["message"]["chat"]["first_name"] = HOSTILE_NAME
    response = await client.post(PUBLIC_BASE + "/webhooks/telegram",
                                 content=json.dumps(update).encode(), headers=telegram_headers())
    assert response.status_code == 200
    await make_worker(runtime).drain()

    draft = await only_draft(runtime)
    assert draft.text.startswith("Hi <!channel>!")  # the responder greets by the hostile name
    (post,) = fake_slack.calls("POST", "chat.postMessage")
    call = slack_call(post)
    label = "&lt;!channel&gt; Dana (telegram, 63840•••0091)"
    assert call["text"] == f"Draft #{draft.id} for {label}: pending"
    header, latest, reply = section_texts(call["blocks"])[:3]
    assert header == f"*Draft #{draft.id}* for *{label}*"
    assert latest == "*Customer wrote:*\n> " + HOSTILE_ESCAPED
    assert reply == "*Draft reply:*\n" + "\n".join(
        "> " + escaped(line) for line in draft.text.splitlines())
    assert reply.startswith("*Draft reply:*\n> Hi &lt;!channel&gt;!")
    assert all(b["text"].get("verbatim") is True for b in call["blocks"] if b["type"] == "section")
    assert_no_control(call)

    # Edit: the modal's section is mrkdwn (escaped); the input's initial value is plain text.
    edit = slack_action(draft.id, action_id="edit")
    assert (await client.post(PUBLIC_BASE + "/slack/events", content=edit,
                              headers=slack_headers(edit))).status_code == 200

    async def opened_views() -> list[Any]:
        return fake_slack.calls("POST", "views.open")

    (opened,) = await eventually(opened_views)
    view = slack_call(opened)["view"]
    assert view["blocks"][0]["text"]["text"] == f"To {label}."
    assert view["blocks"][1]["element"]["initial_value"] == draft.text
    assert_no_control(slack_call(opened))


async def test_email_subject_sender_and_body_reach_slack_escaped(
    client: httpx.AsyncClient, runtime: Any, fake_slack: FakeServer
) -> None:
    subject = "Quote <!here> <http://evil.example|Click to approve>"
    form = mailgun_form(token="tok-hostile-slack-1", fields={
        "subject": subject, "Subject": subject,
        "from": '"<@U0ADMIN1> Priya" <priya.natarajan@example.com>',
        "From": '"<@U0ADMIN1> Priya" <priya.natarajan@example.com>',
        "stripped-text": HOSTILE, "body-plain": HOSTILE,
    })
    headers = dict(json.loads(form["message-headers"]))
    headers.update(Subject=subject, From=form["From"])
    form["message-headers"] = json.dumps(list(headers.items()))
    response = await client.post(PUBLIC_BASE + "/webhooks/email/mailgun",
                                 content=urlencode(form).encode(),
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200
    await make_worker(runtime).drain()

    draft = await only_draft(runtime)
    (post,) = fake_slack.calls("POST", "chat.postMessage")
    call = slack_call(post)
    label = "&lt;@U0ADMIN1&gt; Priya (email, p•••@example.com)"
    header, latest = section_texts(call["blocks"])[:2]
    assert header == (f"*Draft #{draft.id}* for *{label}*\n"
                      "Subject: Quote &lt;!here&gt; &lt;http://evil.example|Click to approve&gt;")
    assert latest == "*Customer wrote:*\n> " + HOSTILE_ESCAPED
    assert call["text"] == f"Draft #{draft.id} for {label}: pending"
    assert_no_control(call)


async def test_reject_reason_and_send_error_are_escaped_in_updates(
    client: httpx.AsyncClient, runtime: Any, fake_slack: FakeServer
) -> None:
    """A reviewer's reason is outside text too: the updated message shows it escaped, while the
    approver mention the gateway writes itself stays a mention."""
    body = telegram_body(92, text="Hi, 10 adults in 95630 please")
    assert (await client.post(PUBLIC_BASE + "/webhooks/telegram", content=body,
                              headers=telegram_headers())).status_code == 200
    await make_worker(runtime).drain()
    draft = await only_draft(runtime)

    payload = json.loads(fixture_bytes("slack/view_submission_edit.json"))
    payload["view"]["callback_id"] = "reject_draft"
    payload["view"]["private_metadata"] = f"draft:{draft.id}"
    payload["view"]["state"] = {"values": {"reject_reason": {"reason_text": {
        "type": "plain_text_input", "value": "dup of <!channel> & <http://x.example|y>"}}}}
    payload["user"]["id"] = APPROVER
    submit = urlencode({"payload": json.dumps(payload)}).encode()
    response = await client.post(PUBLIC_BASE + "/slack/events", content=submit,
                                 headers=slack_headers(submit))
    assert response.status_code == 200

    async def updated() -> list[Any]:
        return fake_slack.calls("POST", "chat.update")

    updates = await eventually(updated)
    assert updates, "the review message was not updated"
    status = section_texts(slack_call(updates[-1])["blocks"])[-1]
    assert status == (f"Rejected by <@{APPROVER}>: dup of &lt;!channel&gt; &amp; "
                      "&lt;http://x.example|y&gt;")


def test_escape_once_and_clip_keep_entities_whole() -> None:
    from app.review.slack_text import actor_mention, clip, slack_escape

    assert slack_escape("Tom & Jerry &lt;3 <b>") == "Tom &amp; Jerry &amp;lt;3 &lt;b&gt;"
    assert clip("ab&amp;", 5) == "ab" and clip("ab&amp;", 7) == "ab&amp;"
    assert actor_mention("U05R2M8KQ3A") == "<@U05R2M8KQ3A>"
    assert actor_mention("console:<!here>") == "console:&lt;!here&gt;"
    assert actor_mention("system") == ""
