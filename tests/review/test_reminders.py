"""Nobody forgets a draft: a draft pending past REVIEW_REMINDER_MINUTES gets one reminder in its
review message's thread, mentioning SLACK_REMINDER_GROUP; nobody is pinged while the business is
closed. The time comes from an injected clock, the post from a job."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from app.models import AuditEvent, Draft
from app.reminders import remind_due
from app.review import service
from app.tasks import housekeeping, make_worker
from tests.fakes.server import FakeServer
from tests.helpers import slack_call
from tests.staff_helpers import twilio_message

WEDNESDAY_10AM = datetime(2030, 6, 12, 17, 0, tzinfo=UTC)  # 10:00 in Sacramento
WEDNESDAY_9PM = datetime(2030, 6, 13, 4, 0, tzinfo=UTC)
THURSDAY_OPENING = datetime(2030, 6, 13, 16, 5, tzinfo=UTC)  # 9:05


@pytest.fixture
def settings(slack_settings: Any) -> Any:
    return slack_settings


async def _created_at(runtime: Any, draft_id: int, at: datetime) -> None:
    async with runtime.sessions() as session, session.begin():
        await session.execute(update(Draft).where(Draft.id == draft_id).values(created_at=at))


def _reminders(fake: FakeServer) -> list[dict[str, Any]]:
    return [c for c in map(slack_call, fake.calls("POST", "chat.postMessage")) if "thread_ts" in c]


async def test_pending_draft_gets_one_reminder(pending_draft: int, runtime: Any,
                                               fake_slack: FakeServer) -> None:
    await _created_at(runtime, pending_draft, WEDNESDAY_10AM)
    assert await remind_due(runtime, now=WEDNESDAY_10AM + timedelta(minutes=14)) == []
    runtime.clock = lambda: WEDNESDAY_10AM + timedelta(minutes=16)
    await housekeeping(runtime)  # what the worker runs periodically
    await make_worker(runtime).drain()
    async with runtime.sessions() as session:
        draft = await session.get(Draft, pending_draft)
        assert draft is not None
        event = (await session.execute(select(AuditEvent))).scalar_one()
    (reminder,) = _reminders(fake_slack)
    assert reminder["channel"] == "C06A1HBCH9Q" and reminder["thread_ts"] == draft.slack_ts
    assert reminder["reply_broadcast"] in (True, "1", "true")
    assert reminder["text"].startswith("<!subteam^S0REVIEW> :alarm_clock: Draft #")
    assert "has waited 16 minutes for a decision" in reminder["text"]
    assert "+1916•••0123" in reminder["text"]
    assert (event.actor, event.action, event.draft_id) == ("system", "reminder", pending_draft)
    # Once only, whoever runs housekeeping next.
    assert await remind_due(runtime, now=WEDNESDAY_10AM + timedelta(hours=3)) == []
    await make_worker(runtime).drain()
    assert len(_reminders(fake_slack)) == 1


async def test_no_reminder_while_closed_then_one_at_opening(
    client: httpx.AsyncClient, runtime: Any, fake_slack: FakeServer,
) -> None:
    await twilio_message(client, channel="whatsapp", sender="+19165550168",
                         text="Party of 14 in 95757?", name="<!channel> Lupe")
    await make_worker(runtime).drain()
    async with runtime.sessions() as session:
        (draft,) = (await session.execute(select(Draft))).scalars()
    await _created_at(runtime, draft.id, WEDNESDAY_9PM)
    assert await remind_due(runtime, now=WEDNESDAY_9PM + timedelta(hours=1)) == []
    assert await remind_due(runtime, now=THURSDAY_OPENING) == [draft.id]
    await make_worker(runtime).drain()
    (reminder,) = _reminders(fake_slack)
    assert "&lt;!channel&gt; Lupe" in reminder["text"] and "<!channel>" not in reminder["text"]
    assert "has waited 725 minutes" in reminder["text"]


async def test_decided_drafts_are_not_reminded(pending_draft: int, runtime: Any,
                                               fake_slack: FakeServer) -> None:
    await _created_at(runtime, pending_draft, WEDNESDAY_10AM)
    async with runtime.sessions() as session, session.begin():
        assert (await service.approve(session, draft_id=pending_draft, actor="U05R2M8KQ3A")).ok
    assert await remind_due(runtime, now=WEDNESDAY_10AM + timedelta(hours=1)) == []
    await make_worker(runtime).drain()
    assert _reminders(fake_slack) == []
    async with runtime.sessions() as session:
        draft = await session.get(Draft, pending_draft)
        assert draft is not None and draft.reminded_at is None


async def test_reminders_off(make_settings: Any, fake_slack: FakeServer) -> None:
    from app.runtime import build_runtime

    runtime = build_runtime(make_settings(
        slack_bot_token="xoxb-test", slack_signing_secret="s", slack_review_channel="C1",
        slack_api_base_url=fake_slack.url + "/api/", review_reminder_minutes=0))
    try:
        assert await remind_due(runtime, now=WEDNESDAY_10AM) == []
    finally:
        await runtime.close()
