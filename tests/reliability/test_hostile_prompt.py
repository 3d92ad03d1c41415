"""No limit on text sent to the model (issue 14, item 11): four 300 kB SMS from one customer and a
450 kB email go through the real webhooks and the worker to an OpenAI-compatible fake that records
every request. Each request stays under the caps (per message and in total), the stored messages
stay whole, and the drafts carry the "truncated" flag to the reviewer in Slack."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from sqlalchemy import select

from app.models import Draft, Message
from app.tasks import make_worker
from orchestrator.prompt_budget import PromptLimits, fit_prompt, shorten
from tests.fakes.server import FakeServer
from tests.helpers import slack_call
from tests.orchestrator.fake_openai import PATH, completion, requests, script
from tests.reliability.signing import PUBLIC_BASE, mailgun_form, twilio_request, twilio_sms

KB = 1000
MESSAGE_CAP, PROMPT_CAP = 6_000, 24_000


def pasted(size: int, intro: str) -> str:
    """A long paste the way customers send one: an ask, then line after line of detail."""
    lines = [intro]
    number = 0
    while sum(len(line) + 1 for line in lines) < size:
        number += 1
        lines.append(f"Guest {number}: adult, no shellfish, prefers chicken and steak, table "
                     f"{number % 12 + 1}, arriving at 6:{number % 60:02d} pm with a plus-one.")
    return "\n".join(lines)[:size]


@pytest.fixture
def fake_model() -> Iterator[FakeServer]:
    with FakeServer() as fake:
        script(fake, completion("Thanks for the details! What date are you planning for?"))
        yield fake


@pytest.fixture
def settings(make_settings: Any, fake_slack: FakeServer, fake_model: FakeServer) -> Any:
    from tests.reliability.signing import CHANNEL_SETTINGS

    return make_settings(**CHANNEL_SETTINGS, slack_api_base_url=fake_slack.url + "/api/",
                         openai_api_key="sk-test", openai_base_url=fake_model.url + "/v1",
                         openai_max_retries=0, model_max_message_chars=MESSAGE_CAP,
                         model_max_prompt_chars=PROMPT_CAP,
                         # Mailgun posts the body three times (plain, stripped, HTML).
                         max_body_bytes=4_000_000)


def assert_within_caps(request: dict[str, Any]) -> None:
    contents = [m.get("content") or "" for m in request["messages"]]
    assert sum(map(len, contents)) <= PROMPT_CAP
    assert all(len(c) <= MESSAGE_CAP for c in contents[1:])


async def test_huge_sms_and_email_reach_the_model_capped_and_flagged(
    client: httpx.AsyncClient, runtime: Any, fake_model: FakeServer, fake_slack: FakeServer
) -> None:
    sms = [pasted(300 * KB, f"Hi, quote for 40 adults in 95630, part {i + 1} of the list:")
           for i in range(4)]
    for i, text in enumerate(sms):
        fields = twilio_sms(70, text=text)
        fields["MessageSid"] = f"SMbig{i:030x}"
        body, headers = twilio_request("/webhooks/twilio", fields)
        response = await client.post(PUBLIC_BASE + "/webhooks/twilio", content=body,
                                     headers=headers)
        assert response.status_code == 200
        await make_worker(runtime).drain()

    email_text = pasted(450 * KB, "Hello, we need a hibachi quote for our reunion in 95814.")
    form = mailgun_form(token="tok-huge-email-1", fields={
        "body-plain": email_text, "stripped-text": email_text,
        "body-html": "<p>" + email_text.replace("\n", "<br>") + "</p>"})
    response = await client.post(PUBLIC_BASE + "/webhooks/email/mailgun",
                                 content=urlencode(form).encode(),
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200
    await make_worker(runtime).drain()

    sent = fake_model.calls("POST", PATH)
    bodies = requests(fake_model)
    assert len(sent) == 5  # one request per draft: four SMS drafts, one email draft
    for request in bodies:
        assert_within_caps(request)
    # Before the caps: 300 kB to 1.2 MB per SMS request, 456 kB for the email.
    assert max(len(r.body) for r in sent) < 40 * KB
    last_sms = bodies[3]["messages"]
    assert [m["role"] for m in last_sms].count("user") == 3  # the oldest turn was left out
    assert last_sms[-1]["content"].startswith(sms[3][:2000])
    assert "not shown to you" in last_sms[-1]["content"]

    async with runtime.sessions() as session:
        stored = (await session.execute(select(Message).order_by(Message.id))).scalars().all()
        drafts = (await session.execute(select(Draft).order_by(Draft.id))).scalars().all()
    assert [m.text for m in stored] == [*sms, email_text]  # kept whole
    assert [d.flags for d in drafts] == [
        ["truncated: 1 long message(s) shortened for the model (the full text is stored)"],
        ["truncated: 2 long message(s) shortened for the model (the full text is stored)"],
        ["truncated: 3 long message(s) shortened for the model (the full text is stored)"],
        ["truncated: 4 long message(s) shortened for the model, 1 earlier message(s) left out "
         "of its prompt (the full text is stored)"],
        ["truncated: 1 long message(s) shortened for the model (the full text is stored)"],
    ]
    posted = [slack_call(r) for r in fake_slack.calls("POST", "chat.postMessage")]
    flags_shown = [json.dumps(p["blocks"]) for p in posted]
    assert len(posted) == 5 and all("truncated: " in shown for shown in flags_shown)


def test_fit_prompt_keeps_system_prompt_and_newest_message() -> None:
    limits = PromptLimits(max_message_chars=100, max_prompt_chars=300)
    messages = [{"role": "system", "content": "S" * 150},
                {"role": "user", "content": "old " * 10},
                {"role": "assistant", "content": "reply"},
                {"role": "user", "content": "new " * 100}]
    fitted = fit_prompt(messages, limits)
    assert fitted.messages[0]["content"] == "S" * 150
    assert [m["role"] for m in fitted.messages] == ["system", "user", "assistant", "user"]
    assert len(fitted.messages[-1]["content"]) == 100
    assert fitted.messages[-1]["content"].startswith("new new")
    assert (fitted.shortened, fitted.dropped) == (1, 0)
    tight = fit_prompt(messages, PromptLimits(max_message_chars=100, max_prompt_chars=250))
    assert [m["role"] for m in tight.messages] == ["system", "user"]  # both old turns dropped
    assert tight.dropped == 2 and len(tight.messages[-1]["content"]) <= 110
    assert messages[-1]["content"] == "new " * 100  # the caller's list is untouched
    assert fit_prompt(messages[:2], PromptLimits()).flags == ()
    # The system prompt leaves less room than one message may have: the newest is cut further,
    # from its original text, and counted once.
    squeezed = fit_prompt(messages, PromptLimits(max_message_chars=100, max_prompt_chars=200))
    assert [m["role"] for m in squeezed.messages] == ["system", "user"]
    assert squeezed.messages[-1]["content"] == ("new " * 100)[:50]
    assert (squeezed.shortened, squeezed.dropped) == (1, 2)
    assert squeezed.flags == ("truncated: 1 long message(s) shortened for the model, 2 earlier "
                              "message(s) left out of its prompt (the full text is stored)",)
    assert shorten("short", 10) == "short"
