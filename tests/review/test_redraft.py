"""Redraft with a note from Slack: the `redraft` button opens the `redraft_draft` modal, the
submission sends the draft back, and the new draft replaces the old one in the same review
message (chat.update of the same ts). Signed interactivity payloads from the fixtures, a fake
Slack Web API that records every call."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from sqlalchemy import select

from app.models import AuditEvent, Draft
from app.tasks import make_worker
from tests.fakes.server import FakeServer
from tests.helpers import eventually, fixture_bytes, slack_call, twilio_signed
from tests.review.conftest import APPROVER, BASE
from tests.review.test_slack import action_payload, post_slack

NOTE = "Offer Sunday instead & keep it <short>"


@pytest.fixture
def settings(slack_settings: Any) -> Any:
    return slack_settings


def redraft_submission(draft_id: int, note: str, user: str = APPROVER) -> bytes:
    payload = json.loads(fixture_bytes("slack/view_submission_edit.json"))
    payload["user"]["id"] = user
    payload["view"]["callback_id"] = "redraft_draft"
    payload["view"]["private_metadata"] = f"draft:{draft_id}"
    payload["view"]["state"] = {"values": {"redraft_note": {"note_text": {
        "type": "plain_text_input", "value": note}}}}
    return urlencode({"payload": json.dumps(payload)}).encode()


async def _drafts(runtime: Any) -> list[Draft]:
    async with runtime.sessions() as session:
        return list((await session.execute(select(Draft).order_by(Draft.id))).scalars())


async def _calls(fake: FakeServer, method: str) -> list[Any]:
    return fake.calls("POST", method)


async def test_redraft_replaces_the_draft_in_the_same_message(
    pending_draft: int, client: httpx.AsyncClient, runtime: Any, fake_slack: FakeServer,
    fake_twilio: FakeServer,
) -> None:
    (posted,) = fake_slack.calls("POST", "chat.postMessage")
    ts = (await _drafts(runtime))[0].slack_ts
    assert ts and ts == posted.json().get("ts", ts)

    await post_slack(client, action_payload(pending_draft, "redraft"))
    opened = await eventually(lambda: _calls(fake_slack, "views.open"))
    view = slack_call(opened[0])["view"]
    assert (view["callback_id"], view["private_metadata"]) == ("redraft_draft", f"draft:{pending_draft}")
    assert view["blocks"][1]["element"]["action_id"] == "note_text"

    empty = await post_slack(client, redraft_submission(pending_draft, "  "))
    assert empty.json()["response_action"] == "errors"
    response = await post_slack(client, redraft_submission(pending_draft, NOTE))
    assert response.status_code == 200

    async def redrafted() -> bool:
        return (await _drafts(runtime))[0].state == "redrafted"

    assert await eventually(redrafted)
    # While the new draft is being written the message says so (the note escaped for Slack).
    expected = (f"Redrafting at <@{APPROVER}>'s request: Offer Sunday instead &amp; keep it "
                "&lt;short&gt;")

    async def says_redrafting() -> bool:
        return any(expected in json.dumps(slack_call(r)["blocks"], ensure_ascii=False)
                   for r in fake_slack.calls("POST", "chat.update"))

    assert await eventually(says_redrafting)
    await make_worker(runtime).drain()

    old, new = await _drafts(runtime)
    assert (old.state, old.reason, old.slack_ts) == ("redrafted", NOTE, None)
    assert (new.state, new.staff_note, new.replaces_draft_id) == ("pending", NOTE, old.id)
    assert (new.slack_ts, new.slack_channel) == (ts, "C06A1HBCH9Q")
    assert any(f.startswith("staff_note_not_applied") for f in new.flags)  # offline responder
    assert len(fake_slack.calls("POST", "chat.postMessage")) == 1  # no second review message
    last = slack_call(fake_slack.calls("POST", "chat.update")[-1])
    assert last["ts"] == ts
    text = json.dumps(last["blocks"], ensure_ascii=False)
    assert f"Draft #{new.id}" in text
    assert "Offer Sunday instead &amp; keep it &lt;short&gt;" in text and "<short>" not in text
    buttons = [e["action_id"] for b in last["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert buttons == ["approve", "edit", "redraft", "reject"]
    assert all(e["value"] == f"draft:{new.id}" for b in last["blocks"] if b["type"] == "actions"
               for e in b["elements"])
    async with runtime.sessions() as session:
        events = (await session.execute(select(AuditEvent).order_by(AuditEvent.id))).scalars().all()
    assert [(e.actor, e.action, e.draft_id, e.detail.get("note")) for e in events] == [
        (APPROVER, "redraft", old.id, NOTE), (APPROVER, "redrafted", new.id, NOTE)]

    # The old draft can no longer be approved; the new one can, from the same message.
    await post_slack(client, action_payload(old.id))
    await post_slack(client, action_payload(new.id))

    async def sent() -> bool:
        return (await _drafts(runtime))[1].state == "approved"

    assert await eventually(sent)
    await make_worker(runtime).drain()
    (send,) = fake_twilio.calls("POST", "/Messages.json")
    assert send.form()["Body"] == new.text


async def test_only_approvers_may_redraft(pending_draft: int, client: httpx.AsyncClient,
                                          runtime: Any, fake_slack: FakeServer) -> None:
    await post_slack(client, action_payload(pending_draft, "redraft", user="U0INTRUDER"))
    ephemeral = await eventually(lambda: _calls(fake_slack, "chat.postEphemeral"))
    assert slack_call(ephemeral[0])["user"] == "U0INTRUDER"
    refused = await post_slack(client, redraft_submission(pending_draft, NOTE, user="U0INTRUDER"))
    assert refused.json()["response_action"] == "errors"
    assert fake_slack.calls("POST", "views.open") == []
    assert [d.state for d in await _drafts(runtime)] == ["pending"]


async def test_customer_writing_meanwhile_wins_over_the_redraft(
    pending_draft: int, client: httpx.AsyncClient, runtime: Any, fake_slack: FakeServer,
) -> None:
    await post_slack(client, redraft_submission(pending_draft, "shorter please"))

    async def redrafted() -> bool:
        return (await _drafts(runtime))[0].state == "redrafted"

    assert await eventually(redrafted)
    body = fixture_bytes("twilio/sms.form").replace(
        b"SM01e42d54d4626cf254066f573b9bd392", b"SM01e42d54d4626cf254066f573b9bd777"
    ).replace(b"10+adults", b"12+adults")
    url = BASE + "/webhooks/twilio"
    await client.post(url, content=body, headers=twilio_signed(url, body))
    await make_worker(runtime).drain()
    old, new = await _drafts(runtime)
    assert old.state == "superseded"
    assert new.staff_note is None and new.state == "pending" and "$720.00" in new.text
    # The old message says what happened; the new draft has a message of its own.
    old_updates = [slack_call(r) for r in fake_slack.calls("POST", "chat.update")
                   if slack_call(r)["ts"] == old.slack_ts]
    assert "Superseded by a newer customer message" in json.dumps(old_updates[-1]["blocks"])
    assert len(fake_slack.calls("POST", "chat.postMessage")) == 2
