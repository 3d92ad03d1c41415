"""The job kinds the worker runs, and the periodic housekeeping."""

from __future__ import annotations

from app.bookings.jobs import booking_handlers
from app.digest import DIGEST_JOB, DIGEST_POST_JOB, run_digest_job, run_digest_post
from app.drafting import run_draft_job
from app.inbox import run_inbound_job, run_status_job
from app.jobs import ClaimedJob
from app.outbox import run_send_job
from app.reminders import remind_due, run_reminder_job
from app.review.redraft import run_redraft_job
from app.review.service import expire_due
from app.runtime import Runtime
from app.worker import Handler, Worker


async def run_review_post(worker: Worker, job: ClaimedJob) -> None:
    """Post a new draft for review in Slack (the console needs no posting)."""
    slack = worker.runtime.slack
    if slack is not None:
        await slack.post_draft(int(job.payload["draft_id"]))
    async with worker.completing(job):
        pass


async def run_review_update(worker: Worker, job: ClaimedJob) -> None:
    """Bring the Slack review message in line with the draft's state."""
    slack = worker.runtime.slack
    if slack is not None:
        await slack.update_draft(int(job.payload["draft_id"]))
    async with worker.completing(job):
        pass


def handlers() -> dict[str, Handler]:
    return {
        "inbound": run_inbound_job,
        "status": run_status_job,
        "draft": run_draft_job,
        "send": run_send_job,
        "review_post": run_review_post,
        "review_update": run_review_update,
        DIGEST_JOB: run_digest_job,
        DIGEST_POST_JOB: run_digest_post,
        **booking_handlers(),
        "redraft": run_redraft_job,
        "review_reminder": run_reminder_job,
    }


def make_worker(runtime: Runtime, *, worker_id: str | None = None) -> Worker:
    return Worker(runtime=runtime, handlers=handlers(), worker_id=worker_id)


async def housekeeping(runtime: Runtime) -> None:
    """Expire drafts left undecided past their time; remind staff of drafts left waiting."""
    async with runtime.sessions() as session, session.begin():
        await expire_due(session)
    await remind_due(runtime)
