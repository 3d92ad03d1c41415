"""A delivered reply recorded in ONE statement on PostgreSQL (data-modifying CTEs), run only by
`app.send_record`, which keeps the ORM's way for SQLite. It writes the rows the ORM's way
writes (tests/test_send_paths.py compares them): the job finished (only if this worker still
holds it: every other write depends on that), the outbox entry sent (`app.outbox.sent`), the
attempt, the outgoing message (ignored on conflict: an echo of it may have been stored
first), the draft sent (`app.review.service.send_succeeded`: only from approved or edited) and
the review job that tells the reviewers (`notify_reviewers`), with the workers' NOTIFY.

The statement commits on its own (autocommit): a worker spends its CPU and round trips after
each provider call here, before it takes the next reviewer's click."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import Integer, String, TextualSelect, bindparam, column, text

from app.clock import clock_of
from app.jobs import ClaimedJob, mark_enqueued
from app.metrics import SENDS
from app.models import Job, Message, utcnow
from app.review.transitions import SENDING
from app.states import DraftState, JobKind, JobState, OutboxState
from app.wakeup import CHANNEL
from app.worker import LeaseLost, Worker
from vocabulary.messages import OutboundMessage, SendResult

_JOB, _MESSAGE = Job.__table__.c, Message.__table__.c


@functools.cache
def _statement() -> TextualSelect:
    running, queued, done = JobState.RUNNING.value, JobState.QUEUED.value, JobState.DONE.value
    sendable = ", ".join(f"'{state.value}'" for state in sorted(SENDING))
    return text(
        f"WITH f AS (UPDATE jobs SET state = '{done}', finished_at = :now, lease_until = NULL, "
        "last_error = NULL WHERE id = :job AND locked_by = :worker "
        f"AND state = '{running}' AND EXISTS (SELECT 1 FROM outbox WHERE id = :outbox) "
        "RETURNING id), "
        f"o AS (UPDATE outbox SET state = '{OutboxState.SENT.value}', "
        "provider_message_id = :pid, segments = :segments, last_error = NULL, updated_at = :wall "
        "WHERE id = :outbox AND EXISTS (SELECT 1 FROM f) "
        "RETURNING id, attempts, conversation_id, channel, recipient, text, draft_id), "
        "a AS (INSERT INTO send_attempts (outbox_id, attempt, result, error, "
        "provider_message_id, at) SELECT o.id, o.attempts, :result, NULL, :pid, :wall FROM o), "
        "m AS (INSERT INTO messages (conversation_id, direction, channel, provider_message_id, "
        "kind, sender, recipient, text, attachments, raw, segments, draft_id, created_at) "
        "SELECT o.conversation_id, 'out', o.channel, :pid, 'message', :sender, o.recipient, "
        "o.text, :attachments, :raw, :segments, o.draft_id, :now FROM o "
        "ON CONFLICT (channel, provider_message_id) DO NOTHING), "
        f"d AS (UPDATE drafts SET state = '{DraftState.SENT.value}' FROM o "
        f"WHERE drafts.id = o.draft_id AND drafts.state IN ({sendable})), "
        "j AS (INSERT INTO jobs (kind, payload, dedupe_key, partition_key, state, attempts, "
        f"run_after, created_at) SELECT '{JobKind.REVIEW_UPDATE.value}', "
        "json_build_object('draft_id', o.draft_id), NULL, 'review:' || o.draft_id, "
        f"'{queued}', 0, :now, :wall FROM o WHERE o.draft_id IS NOT NULL RETURNING id) "
        "SELECT (SELECT count(*) FROM f) AS finished, "
        "(SELECT count(*) FROM outbox WHERE id = :outbox) AS entries, "
        "(SELECT count(*) FROM j) AS queued, "
        f"(SELECT pg_notify('{CHANNEL}', '') FROM j) AS notified"
    ).bindparams(
        bindparam("now", type_=_JOB.finished_at.type),
        bindparam("wall", type_=_JOB.created_at.type),
        bindparam("attachments", type_=_MESSAGE.attachments.type),
        bindparam("raw", type_=_MESSAGE.raw.type),
    ).columns(column("finished", Integer), column("entries", Integer),
              column("queued", Integer), column("notified", String))


async def sent_at_once(
    worker: Worker, job: ClaimedJob, outbox_id: int, message: OutboundMessage,
    result: SendResult, *, found: bool, segments: int | None,
) -> bool:
    """Record the delivered reply in one statement; False (nothing done) off PostgreSQL.
    LeaseLost when the job is no longer this worker's, LookupError when the entry is gone
    (nothing written either way, as the ORM's transaction would roll back)."""
    async with worker.runtime.sessions() as session, session.begin():
        if session.get_bind().dialect.name != "postgresql":
            return False
        await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        params: dict[str, Any] = {
            "job": job.id, "worker": job.worker_id, "outbox": outbox_id, "now":
            clock_of(session).now(), "wall": utcnow(), "pid": result.provider_message_id,
            "segments": segments, "result": "found" if found else "sent",
            "sender": message.sender or "", "attachments": [],
            "raw": {"parts": result.parts, **dict(result.raw)},
        }
        row = (await session.execute(_statement(), params)).one()
        if row.entries == 0:
            raise LookupError(f"outbox {outbox_id} is gone")
        if row.finished == 0:
            raise LeaseLost(f"job {job.id} was taken over")
        if row.queued:
            mark_enqueued(session, notified=True)  # this process's idle slots wake at commit
    SENDS.labels(channel=message.channel, result=params["result"]).inc()
    return True
