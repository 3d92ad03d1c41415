"""The provider APIs the gateway calls during the bench, as routes on a `FakeServer`:
an OpenAI-compatible model with a fixed latency, the Slack Web API and Twilio's Messages API."""

from __future__ import annotations

import itertools
import json
import re
import time
from typing import Any

from benchmarks.fakes import FakeServer, Recorded, Reply

OPENAI_PATH = "/v1/chat/completions"
QUOTE_ARGS = {
    "adults": 10,
    "proteins": [{"protein": "filet mignon", "portions": 10}],
    "zip_code": "95630",
}
FINAL_TEXT = "Hi! 10 adults with filet mignon in Folsom: $600.00 total, no travel fee."


def _completion(message: dict[str, Any], finish: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 1750000000,
        "model": "gpt-bench",
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 900, "completion_tokens": 40, "total_tokens": 940},
    }


def openai_routes(fake: FakeServer, *, latency: float) -> None:
    """Two calls per draft: a calculate_party_quote tool call, then (once the tool result is in
    the conversation) the final text. Each answer waits `latency` seconds."""

    def complete(request: Recorded, _match: re.Match[str]) -> Reply:
        messages = request.json().get("messages") or [{}]
        if messages[-1].get("role") == "tool":
            final = {"role": "assistant", "content": FINAL_TEXT}
            return Reply(200, _completion(final, "stop"), delay=latency)
        call = {
            "id": "call_quote",
            "type": "function",
            "function": {"name": "calculate_party_quote", "arguments": json.dumps(QUOTE_ARGS)},
        }
        message = {"role": "assistant", "content": None, "tool_calls": [call]}
        return Reply(200, _completion(message, "tool_calls"), delay=latency)

    fake.route("POST", OPENAI_PATH, complete)


def slack_routes(fake: FakeServer) -> None:
    """The Web API methods the reviewer calls, each answering ok."""
    stamps = itertools.count(1)

    def post_message(request: Recorded, _match: re.Match[str]) -> Reply:
        channel = slack_args(request).get("channel")
        return Reply(200, {"ok": True, "channel": channel, "ts": f"1749608152.{next(stamps):06d}"})

    def ok(_request: Recorded, _match: re.Match[str]) -> Reply:
        return Reply(200, {"ok": True})

    def auth_test(_request: Recorded, _match: re.Match[str]) -> Reply:
        return Reply(200, {"ok": True, "team_id": "T05QX7HB2LK", "user_id": "U0BOT",
                           "bot_id": "B0BOT", "team": "Sac Valley Hibachi", "user": "gateway"})

    fake.route("POST", r"/api/chat\.postMessage", post_message)
    fake.route("POST", r"/api/auth\.test", auth_test)
    for method in (r"chat\.update", r"views\.open", r"chat\.postEphemeral"):
        fake.route("POST", rf"/api/{method}", ok)


def slack_args(request: Recorded) -> dict[str, Any]:
    """The arguments of a Slack Web API call (the SDK posts JSON, or a form whose blocks and
    view are JSON strings)."""
    if request.headers.get("content-type", "").startswith("application/json"):
        return dict(request.json())
    form = request.form()
    return {k: json.loads(v) if k in ("blocks", "view") else v for k, v in form.items()}


def posted_draft_id(request: Recorded) -> int | None:
    """The draft id carried by the approve button of a posted review message."""
    for block in slack_args(request).get("blocks") or []:
        for element in block.get("elements") or []:
            value = str(element.get("value") or "")
            if element.get("action_id") == "approve" and value.startswith("draft:"):
                return int(value.removeprefix("draft:"))
    return None


class TwilioLedger:
    """The messages the fake Twilio has accepted (kept from the moment the request arrives, as
    Twilio keeps a message it accepted even when its answer never reaches the sender), and a
    delay before each answer that a scenario may set."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []
        self.answer_delay = 0.0


def twilio_routes(fake: FakeServer) -> TwilioLedger:
    """The Messages API: 201 with a new SID for every send, and the Messages list filtered by
    To, From and DateSent>= (day precision, as Twilio's filter)."""
    sids = itertools.count(1)
    ledger = TwilioLedger()

    def create(request: Recorded, match: re.Match[str]) -> Reply:
        form = request.form()
        message = {
            "sid": f"SM{next(sids):032x}",
            "account_sid": match.group(1),
            "to": form.get("To"),
            "from": form.get("From"),
            "body": form.get("Body"),
            "status": "queued",
            "num_segments": "1",
            "direction": "outbound-api",
            "date_created": time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime()),
            "date_sent": time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime()),
            "_day": time.strftime("%Y-%m-%d", time.gmtime()),
        }
        ledger.messages.append(message)
        return Reply(201, {k: v for k, v in message.items() if not k.startswith("_")},
                     delay=ledger.answer_delay)

    def listing(request: Recorded, _match: re.Match[str]) -> Reply:
        params = request.params()
        since = params.get("DateSent>", "")[:10]
        found = [
            {k: v for k, v in m.items() if not k.startswith("_")} for m in ledger.messages
            if m["to"] == params.get("To", m["to"]) and m["from"] == params.get("From", m["from"])
            and m["_day"] >= since
        ]
        return Reply(200, {"messages": list(reversed(found)), "page": 0, "page_size": 50,
                           "start": 0, "end": max(0, len(found) - 1), "uri": request.path,
                           "first_page_uri": request.path, "next_page_uri": None,
                           "previous_page_uri": None})

    fake.route("POST", r"/2010-04-01/Accounts/(\w+)/Messages\.json", create)
    fake.route("GET", r"/2010-04-01/Accounts/(\w+)/Messages\.json", listing)
    return ledger
