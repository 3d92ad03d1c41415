"""Nobody forgets a draft: a draft still pending REVIEW_REMINDER_MINUTES after it was drafted
gets one reminder in its review message's thread, broadcast to the review channel and mentioning
SLACK_REMINDER_GROUP. While the business is closed (catalog business hours) nobody is pinged; a
draft that waited overnight is reminded of at opening.

Housekeeping calls `remind_due` with the runtime's clock; marking a draft reminded and queueing the
post happen in one transaction, so several workers never remind twice.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import update

from app.jobs import ClaimedJob, enqueue
from app.models import Draft
from app.out_of_hours import business_hours
from app.review.service import audit
from app.review.staff_blocks import reminder_text
from app.review.view import load_view
from app.runtime import Runtime
from app.states import DraftState, JobKind
from app.worker import Worker

log = logging.getLogger(__name__)


async def remind_due(runtime: Runtime, *, now: datetime | None = None) -> list[int]:
    """Queue a reminder for each draft pending past the reminder time; their ids."""
    settings = runtime.settings
    if settings.review_reminder_minutes <= 0 or runtime.slack is None:
        return []
    now = now or runtime.clock()
    hours = business_hours(settings)
    if hours is not None and not hours.is_open(now):
        return []
    cutoff = now - timedelta(minutes=settings.review_reminder_minutes)
    async with runtime.sessions() as session, session.begin():
        result = await session.execute(
            update(Draft)
            .where(Draft.state == DraftState.PENDING, Draft.created_at <= cutoff,
                   Draft.reminded_at.is_(None), Draft.slack_ts.is_not(None))
            .values(reminded_at=now)
            .returning(Draft.id)
        )
        ids = sorted(result.scalars())
        for draft_id in ids:
            enqueue(session, kind=JobKind.REVIEW_REMINDER, payload={"draft_id": draft_id},
                    dedupe_key=f"review_reminder:{draft_id}")
    return ids


async def run_reminder_job(worker: Worker, job: ClaimedJob) -> None:
    """Post the reminder in the review message's thread, if the draft still waits."""
    draft_id = int(job.payload["draft_id"])
    slack = worker.runtime.slack
    async with worker.runtime.sessions() as session:
        view = await load_view(session, draft_id)
    if slack is not None and view is not None and view.draft.state == "pending" and \
            view.draft.slack_ts:
        waited = view.draft.reminded_at or worker.runtime.clock()
        minutes = max(0, int((waited - view.draft.created_at).total_seconds() // 60))
        await slack.client.chat_postMessage(
            channel=view.draft.slack_channel or worker.settings.slack_review_channel,
            thread_ts=view.draft.slack_ts,
            reply_broadcast=True,
            text=reminder_text(view, minutes=minutes, group=worker.settings.slack_reminder_group),
        )
        posted = True
    else:
        posted = False
    async with worker.completing(job) as session:
        if posted:
            audit(session, actor="system", action="reminder", draft_id=draft_id,
                  group=worker.settings.slack_reminder_group)
