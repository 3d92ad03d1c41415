"""The job kinds the worker runs, and the periodic housekeeping."""

from __future__ import annotations

from app.bookings.jobs import booking_handlers
from app.digest import run_digest_job, run_digest_post
from app.drafting import run_draft_job
from app.inbox import run_inbound_job, run_status_job
from app.jobs import ClaimedJob
from app.reminders import remind_due, run_reminder_job
from app.review.redraft import run_redraft_job
from app.review.service import expire_due
from app.runtime import Runtime
from app.sending import run_send_job
from app.states import JobKind
from app.worker import Handlers, Worker


async def run_review_job(worker: Worker, job: ClaimedJob) -> None:
    """Post a new draft for review in Slack, or bring its review message in line with the
    draft's state (the console reads the database and needs neither)."""
    slack = worker.runtime.slack
    if slack is not None:
        draft_id = int(job.payload["draft_id"])
        if job.kind == JobKind.REVIEW_POST:
            await slack.post_draft(draft_id)
        else:
            await slack.update_draft(draft_id)
    await worker.finish(job)


def handlers() -> Handlers:
    return {
        JobKind.DRAFT: run_draft_job,
        JobKind.SEND: run_send_job,
        JobKind.REVIEW_POST: run_review_job,
        JobKind.REVIEW_UPDATE: run_review_job,
        JobKind.INBOUND: run_inbound_job,
        JobKind.STATUS: run_status_job,
        JobKind.DIGEST: run_digest_job,
        JobKind.DIGEST_POST: run_digest_post,
        JobKind.REDRAFT: run_redraft_job,
        JobKind.REVIEW_REMINDER: run_reminder_job,
        **booking_handlers(),
    }


def make_worker(runtime: Runtime, *, worker_id: str | None = None) -> Worker:
    return Worker(runtime=runtime, handlers=handlers(), worker_id=worker_id)


async def housekeeping(runtime: Runtime) -> None:
    """Expire drafts left undecided past their time; remind staff of drafts left waiting."""
    async with runtime.sessions() as session, session.begin():
        await expire_due(session)
    await remind_due(runtime)
