"""Slack review end to end: signed interactivity payloads from fixtures through POST /slack/events,
a fake Slack Web API that records every call, and a fake Twilio that receives the reply."""

from __future__ import annotations

import copy
import json
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from sqlalchemy import select

from app.models import AuditEvent, Conversation, Draft, Outbox
from app.tasks import make_worker
from tests.fakes.server import FakeServer, Reply
from tests.helpers import (
    count,
    eventually,
    fixture_bytes,
    slack_call,
    slack_signed,
    twilio_signed,
)

APPROVER = "U05R2M8KQ3A"  # kenji in the fixtures
BASE = "https://gateway.example.com"


@pytest.fixture
def settings(make_settings: Any, fake_slack: FakeServer) -> Any:
    return make_settings(
        slack_bot_token="xoxb-test",
        slack_signing_secret="test-slack-signing-secret",
        slack_review_channel="C06A1HBCH9Q",
        slack_approver_ids=f"{APPROVER},U0OTHER",
        slack_api_base_url=fake_slack.url + "/api/",
    )


def action_payload(draft_id: int, action_id: str = "approve", user: str = APPROVER) -> bytes:
    payload = json.loads(fixture_bytes("slack/block_actions_approve.json"))
    payload["actions"][0]["action_id"] = action_id
    payload["actions"][0]["value"] = f"draft:{draft_id}"
    payload["user"]["id"] = user
    return urlencode({"payload": json.dumps(payload)}).encode()


def edit_payload(draft_id: int, text: str | None = None) -> bytes:
    payload = json.loads(fixture_bytes("slack/view_submission_edit.json"))
    payload["view"]["private_metadata"] = f"draft:{draft_id}"
    if text is not None:
        payload["view"]["state"]["values"]["draft_body"]["draft_text"]["value"] = text
    return urlencode({"payload": json.dumps(payload)}).encode()


async def post_slack(client: httpx.AsyncClient, body: bytes, **sign: Any) -> httpx.Response:
    return await client.post(BASE + "/slack/events", content=body, headers=slack_signed(body, **sign))


async def draft_state(runtime: Any, draft_id: int) -> str:
    async with runtime.sessions() as session:
        draft = await session.get(Draft, draft_id)
        assert draft is not None
        return draft.state


async def test_new_draft_is_posted_for_review(pending_draft: int, runtime: Any,
                                              fake_slack: FakeServer) -> None:
    (post,) = fake_slack.calls("POST", "chat.postMessage")
    call = slack_call(post)
    assert call["channel"] == "C06A1HBCH9Q"
    text = json.dumps(call["blocks"], ensure_ascii=False)
    assert "$600.00" in text  # the quote breakdown from the tools
    buttons = [b for b in call["blocks"] if b["type"] == "actions"][0]["elements"]
    assert [(b["action_id"], b["value"]) for b in buttons] == [
        ("approve", f"draft:{pending_draft}"), ("edit", f"draft:{pending_draft}"),
        ("redraft", f"draft:{pending_draft}"), ("reject", f"draft:{pending_draft}"),
    ]
    assert "+1916•••0123" in text and "+19165550123" not in text
    async with runtime.sessions() as session:
        draft = await session.get(Draft, pending_draft)
        assert draft is not None and draft.slack_ts and draft.slack_channel == "C06A1HBCH9Q"


async def test_approve_sends_exactly_once(pending_draft: int, client: httpx.AsyncClient,
                                          runtime: Any, fake_slack: FakeServer,
                                          fake_twilio: FakeServer) -> None:
    response = await post_slack(client, action_payload(pending_draft))
    assert response.status_code == 200
    assert await eventually(lambda: _is(runtime, pending_draft, "approved"))
    # Double click and a Slack retry of the same request.
    await post_slack(client, action_payload(pending_draft))
    await post_slack(client, action_payload(pending_draft))
    await make_worker(runtime).drain()
    sends = fake_twilio.calls("POST", "/Messages.json")
    async with runtime.sessions() as session:
        draft = await session.get(Draft, pending_draft)
        assert draft is not None
        assert len(sends) == 1
        assert sends[0].form()["Body"] == draft.text
        assert sends[0].form()["To"] == "+19165550123"
        assert draft.state == "sent" and draft.decided_by == APPROVER
        outbox = (await session.execute(select(Outbox))).scalar_one()
        assert outbox.state == "sent" and outbox.provider_message_id.startswith("SM")
        assert await count(session, AuditEvent, AuditEvent.action == "approve") == 1
    assert await eventually(lambda: _updated_with(fake_slack, f"Approved by <@{APPROVER}>"))
    updates = [slack_call(r) for r in fake_slack.calls("POST", "chat.update")]
    assert outbox.provider_message_id in json.dumps(updates[-1]["blocks"])
    assert all(b["type"] != "actions" for b in updates[-1]["blocks"])


async def _is(runtime: Any, draft_id: int, state: str) -> bool:
    return await draft_state(runtime, draft_id) == state


async def test_review_messages_are_posted_and_updated_on_one_connection(
        pending_draft: int, client: httpx.AsyncClient, runtime: Any,
        fake_slack: FakeServer) -> None:
    """The review jobs keep one session, and so one keep-alive connection, to Slack: the SDK
    alone opens a session and a connection for every call."""
    response = await post_slack(client, action_payload(pending_draft))
    assert response.status_code == 200
    await make_worker(runtime).drain()
    (post,) = fake_slack.calls("POST", "chat.postMessage")
    # Awaited, not read at once: the refresh is the job the decision queued, which Bolt's
    # listener runs after its ack; under load the drain above can find it still running
    # (failed once so in a loaded clean-clone CI, PostgreSQL).
    updates = await eventually(lambda: _calls(fake_slack, "chat.update"))
    assert updates
    assert {update.connection for update in updates} == {post.connection}


async def test_unlisted_user_changes_nothing(pending_draft: int, client: httpx.AsyncClient,
                                             runtime: Any, fake_slack: FakeServer,
                                             fake_twilio: FakeServer) -> None:
    await post_slack(client, action_payload(pending_draft, user="U0INTRUDER"))
    ephemeral = await eventually(lambda: _calls(fake_slack, "chat.postEphemeral"))
    assert slack_call(ephemeral[0])["user"] == "U0INTRUDER"
    await make_worker(runtime).drain()
    assert await draft_state(runtime, pending_draft) == "pending"
    assert fake_twilio.calls("POST", "/Messages.json") == []


async def _calls(fake: FakeServer, method: str) -> list[Any]:
    return fake.calls("POST", method)


async def _updated_with(fake: FakeServer, *words: str) -> bool:
    """Whether a chat.update of a review message showed every one of `words`."""
    updates = [json.dumps(slack_call(r)["blocks"]) for r in fake.calls("POST", "chat.update")]
    return any(all(word in u for word in words) for u in updates)


async def test_bad_or_stale_signature_is_refused(pending_draft: int, client: httpx.AsyncClient,
                                                 runtime: Any) -> None:
    body = action_payload(pending_draft)
    forged = await post_slack(client, body, secret="wrong-secret")
    stale = await post_slack(client, body, timestamp=1749608391)  # June 2025: replayed
    assert (forged.status_code, stale.status_code) == (401, 401)
    assert await draft_state(runtime, pending_draft) == "pending"


async def test_edit_opens_modal_and_sends_the_edited_text(
    pending_draft: int, client: httpx.AsyncClient, runtime: Any, fake_slack: FakeServer,
    fake_twilio: FakeServer,
) -> None:
    await post_slack(client, action_payload(pending_draft, "edit"))
    opened = await eventually(lambda: _calls(fake_slack, "views.open"))
    view = slack_call(opened[0])["view"]
    assert view["callback_id"] == "edit_draft"
    assert view["private_metadata"] == f"draft:{pending_draft}"
    async with runtime.sessions() as session:
        original = (await session.get(Draft, pending_draft)).text  # type: ignore[union-attr]
    assert view["blocks"][1]["element"]["initial_value"] == original

    response = await post_slack(client, edit_payload(pending_draft))
    assert response.status_code == 200
    assert await eventually(lambda: _is(runtime, pending_draft, "edited"))
    await make_worker(runtime).drain()
    edited = json.loads(fixture_bytes("slack/view_submission_edit.json"))["view"]["state"][
        "values"]["draft_body"]["draft_text"]["value"]
    (send,) = fake_twilio.calls("POST", "/Messages.json")
    assert send.form()["Body"] == edited
    async with runtime.sessions() as session:
        draft = await session.get(Draft, pending_draft)
        assert draft is not None and draft.text == original and draft.final_text == edited
        assert draft.state == "sent"
        outbox = (await session.execute(select(Outbox))).scalar_one()
        assert outbox.human_authored is True
        event = (await session.execute(
            select(AuditEvent).where(AuditEvent.action == "edit"))).scalar_one()
        assert event.detail == {"original": original, "sent": edited}
        # Every amount in the staff's text ($5.00 upgrade, $120-$210 gratuity...) is a tool or
        # catalog amount, so the edit carries no price flag.
        assert not [f for f in draft.flags if f.startswith("unverified_amounts")]


async def test_edit_with_an_invented_price_is_flagged(
    pending_draft: int, client: httpx.AsyncClient, runtime: Any
) -> None:
    text = "Hi! 10 adults with filet mignon comes to $450.00 all in. Want to book?"
    await post_slack(client, edit_payload(pending_draft, text))
    assert await eventually(lambda: _is(runtime, pending_draft, "edited"))
    async with runtime.sessions() as session:
        draft = await session.get(Draft, pending_draft)
        assert draft is not None
        assert "unverified_amounts: $450.00" in draft.flags


async def test_empty_edit_is_refused_in_the_modal(pending_draft: int, client: httpx.AsyncClient,
                                                  runtime: Any) -> None:
    response = await post_slack(client, edit_payload(pending_draft, "   "))
    assert response.status_code == 200
    assert response.json() == {"response_action": "errors",
                               "errors": {"draft_body": "The reply is empty."}}
    assert await draft_state(runtime, pending_draft) == "pending"


async def test_reject_needs_a_reason_and_sends_nothing(
    pending_draft: int, client: httpx.AsyncClient, runtime: Any, fake_slack: FakeServer,
    fake_twilio: FakeServer,
) -> None:
    await post_slack(client, action_payload(pending_draft, "reject"))
    opened = await eventually(lambda: _calls(fake_slack, "views.open"))
    view = slack_call(opened[0])["view"]
    assert view["callback_id"] == "reject_draft"
    payload = json.loads(fixture_bytes("slack/view_submission_edit.json"))
    payload["view"]["callback_id"] = "reject_draft"
    payload["view"]["private_metadata"] = f"draft:{pending_draft}"
    payload["view"]["state"] = {"values": {"reject_reason": {"reason_text": {
        "type": "plain_text_input", "value": "Customer asked for a call instead"}}}}
    empty = copy.deepcopy(payload)
    empty["view"]["state"]["values"]["reject_reason"]["reason_text"]["value"] = ""
    refused = await post_slack(client, urlencode({"payload": json.dumps(empty)}).encode())
    assert refused.json()["response_action"] == "errors"
    await post_slack(client, urlencode({"payload": json.dumps(payload)}).encode())
    assert await eventually(lambda: _is(runtime, pending_draft, "rejected"))
    await make_worker(runtime).drain()
    assert fake_twilio.calls("POST", "/Messages.json") == []
    async with runtime.sessions() as session:
        draft = await session.get(Draft, pending_draft)
        assert draft is not None and draft.reason == "Customer asked for a call instead"
        conversation = await session.get(Conversation, draft.conversation_id)
        assert conversation is not None and conversation.status == "needs_human"
    # The review message is refreshed by the job the decision queued, which Bolt's listener runs
    # after its ack: it may still be running when the drain above found nothing to claim.
    assert await eventually(lambda: _updated_with(fake_slack, "Rejected by", "call instead"))


async def test_new_message_supersedes_and_superseded_cannot_be_approved(
    pending_draft: int, client: httpx.AsyncClient, runtime: Any, fake_slack: FakeServer,
    fake_twilio: FakeServer,
) -> None:
    body = fixture_bytes("twilio/sms.form").replace(
        b"SM01e42d54d4626cf254066f573b9bd392", b"SM01e42d54d4626cf254066f573b9bd999"
    ).replace(b"10+adults", b"12+adults")
    url = BASE + "/webhooks/twilio"
    await client.post(url, content=body, headers=twilio_signed(url, body))
    assert await draft_state(runtime, pending_draft) == "superseded"
    await make_worker(runtime).drain()
    await post_slack(client, action_payload(pending_draft))
    await make_worker(runtime).drain()
    assert fake_twilio.calls("POST", "/Messages.json") == []
    async with runtime.sessions() as session:
        drafts = (await session.execute(select(Draft).order_by(Draft.id))).scalars().all()
        assert [d.state for d in drafts] == ["superseded", "pending"]
        assert "12 adults" in drafts[1].text or "$660.00" in drafts[1].text
    updates = [json.dumps(slack_call(r)["blocks"]) for r in fake_slack.calls("POST", "chat.update")]
    assert any("Superseded" in u for u in updates)


async def test_expired_draft_cannot_be_approved(pending_draft: int, client: httpx.AsyncClient,
                                                runtime: Any, fake_twilio: FakeServer) -> None:
    from datetime import timedelta

    from app.models import utcnow
    from app.review.service import expire_due

    async with runtime.sessions() as session, session.begin():
        assert await expire_due(session, now=utcnow() + timedelta(days=2)) == [pending_draft]
    await post_slack(client, action_payload(pending_draft))
    await make_worker(runtime).drain()
    assert await draft_state(runtime, pending_draft) == "expired"
    assert fake_twilio.calls("POST", "/Messages.json") == []


@pytest.mark.parametrize("failures", [2])
async def test_transient_failures_are_retried_until_sent(
    failures: int, pending_draft: int, client: httpx.AsyncClient, runtime: Any,
    fake_twilio: FakeServer,
) -> None:
    from tests.helpers import twilio_messages_route

    remaining = {"n": failures}
    ok = FakeServer()  # only to borrow the normal handler
    twilio_messages_route(ok)
    normal = ok.routes[0][2]

    def flaky(request: Any, match: Any) -> Reply:
        if remaining["n"] > 0:
            remaining["n"] -= 1
            return Reply(500, {"code": 20500, "message": "Internal Server Error", "status": 500})
        return normal(request, match)

    fake_twilio.route("POST", r"/2010-04-01/Accounts/(\w+)/Messages\.json", flaky)
    await post_slack(client, action_payload(pending_draft))
    assert await eventually(lambda: _is(runtime, pending_draft, "approved"))
    await _drain_with_retries(runtime)
    async with runtime.sessions() as session:
        outbox = (await session.execute(select(Outbox))).scalar_one()
        assert (outbox.state, outbox.attempts) == ("sent", 3)
    assert len(fake_twilio.calls("POST", "/Messages.json")) == 3


async def _drain_with_retries(runtime: Any, rounds: int = 10) -> None:
    """Run the worker, then make scheduled retries due at once (no sleeping in tests)."""
    from sqlalchemy import update

    from app.models import Job, utcnow

    worker = make_worker(runtime)
    for _ in range(rounds):
        await worker.drain()
        async with runtime.sessions() as session, session.begin():
            result = await session.execute(
                update(Job).where(Job.state == "queued").values(run_after=utcnow()))
        if not result.rowcount:
            return


async def test_permanent_failure_is_shown_and_not_retried(
    pending_draft: int, client: httpx.AsyncClient, runtime: Any, fake_twilio: FakeServer,
    fake_slack: FakeServer,
) -> None:
    fake_twilio.route("POST", r"/2010-04-01/Accounts/(\w+)/Messages\.json", Reply(400, {
        "code": 21211, "message": "The 'To' number is not a valid phone number.", "status": 400}))
    await post_slack(client, action_payload(pending_draft))
    assert await eventually(lambda: _is(runtime, pending_draft, "approved"))
    await _drain_with_retries(runtime)
    assert len(fake_twilio.calls("POST", "/Messages.json")) == 1
    async with runtime.sessions() as session:
        outbox = (await session.execute(select(Outbox))).scalar_one()
        assert outbox.state == "failed" and "21211" in (outbox.last_error or "")
    assert await draft_state(runtime, pending_draft) == "failed"
    last = slack_call(fake_slack.calls("POST", "chat.update")[-1])
    text = json.dumps(last["blocks"])
    assert "Send failed" in text and "21211" in text
    assert [e["action_id"] for b in last["blocks"] if b["type"] == "actions"
            for e in b["elements"]] == ["retry"]
