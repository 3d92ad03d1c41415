"""The webhook's durable inbox: a verified delivery is appended as jobs in one statement before
the provider gets its 200, and processed by the worker afterwards.

Each inbound message becomes an `inbound` job and each delivery status a `status` job, with a
dedupe key (so a provider's retry appends nothing) and a partition key (so one customer's
messages are processed one at a time, in the order they arrived; see app.jobs). The worker's
`inbound` handler does what the webhook used to: contact and conversation, the message row,
supersede, flood control and the draft job, in one transaction with the job's completion, so a
process that dies between the append and the processing loses nothing and repeats nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite

from app import job_claims
from app.codec import decode, encode
from app.db import single_statement_options
from app.ingest import FloodPolicy, apply_status, ingest_message, storable
from app.job_append import NewJob, append
from app.jobs import ClaimedJob
from app.models import WebhookNonce
from app.runtime import Runtime
from app.states import JobKind
from app.worker import Worker
from vocabulary.messages import (
    DeliveryStatus,
    InboundKind,
    InboundMessage,
    ParsedWebhook,
)

INBOUND, STATUS = JobKind.INBOUND, JobKind.STATUS
# Column widths the worker will store these fields in (app.models): longer is refused at once.
FIELD_LIMITS = {"provider_message_id": 300, "sender": 320, "recipient": 320, "subject": 500}


class Unstorable(ValueError):
    """A signed delivery with a field the database cannot hold (answered 400, nothing stored)."""


class Replayed(Exception):
    """A delivery whose nonce was accepted before (answered 403, nothing stored)."""


@dataclass
class AppendResult:
    """What one delivery appended: job ids (`stored`: those of inbound messages), and how many
    items were already there."""

    appended: list[int] = field(default_factory=list)
    stored: list[int] = field(default_factory=list)
    messages: int = 0
    statuses: int = 0
    duplicates: int = 0


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:40]


def message_payload(message: InboundMessage) -> dict[str, Any]:
    """An inbound message as JSON for the job's payload (`message_from_payload` reverses it).
    Text no database can hold is cleaned when the payload is written (app.job_append.payload_json)."""
    data: dict[str, Any] = encode(message)
    return data


def message_from_payload(data: dict[str, Any]) -> InboundMessage:
    return decode(InboundMessage, data)


def status_payload(status: DeliveryStatus) -> dict[str, Any]:
    data: dict[str, Any] = encode(status)
    return data


def status_from_payload(data: dict[str, Any]) -> DeliveryStatus:
    return decode(DeliveryStatus, data)


def _check(message: InboundMessage) -> None:
    for name, limit in FIELD_LIMITS.items():
        value = getattr(message, name)
        # storable() only removes characters or replaces one with one: text within the limit
        # as it came is within it cleaned, and is not cleaned just to be measured.
        if value is not None and len(value) > limit and len(storable(value)) > limit:
            raise Unstorable(f"{name} is longer than {limit} characters")


def delivery_jobs(parsed: ParsedWebhook) -> list[NewJob]:
    """The jobs of one delivery: dedupe keys from the provider's ids, partition keys from the
    customer (whose conversation the worker resolves) or, for a status, the message it is on."""
    new: list[NewJob] = []
    for message in parsed.messages:
        _check(message)
        pid = f"{message.channel.value}:{message.provider_message_id}"
        customer = message.recipient if message.kind == InboundKind.ECHO else message.sender
        new.append(NewJob(kind=INBOUND, payload=message_payload(message),
                          dedupe_key=f"in:{_digest(pid)}",
                          partition_key=f"c:{_digest(f'{message.channel.value}:{customer}')}"))
    for status in parsed.statuses:
        pid = f"{status.channel.value}:{status.provider_message_id}"
        new.append(NewJob(kind=STATUS, payload=status_payload(status),
                          dedupe_key=f"st:{_digest(pid + ':' + status.status)}",
                          partition_key=f"s:{_digest(pid)}"))
    return new


async def append_delivery(runtime: Runtime, parsed: ParsedWebhook, *,
                          nonce: tuple[str, str] | None = None) -> AppendResult:
    """Append a verified delivery in one statement and wake the worker. `nonce` (provider,
    value), for providers that sign a one-time token, is recorded in the same transaction.
    Raises `Unstorable` or `Replayed`; nothing is stored then."""
    new = delivery_jobs(parsed)
    result = AppendResult(messages=len(parsed.messages), statuses=len(parsed.statuses))
    if not new and nonce is None:
        return result
    rows: list[tuple[int, str]]
    now = runtime.clock.now()  # the jobs are due at once by the runtime's clock
    if nonce is None and runtime.appender is not None:  # the common case: see app.append
        rows = await runtime.appender.append(new, now=now)
    elif nonce is None:
        async with runtime.engine.connect() as conn:
            conn = await conn.execution_options(
                **single_statement_options(runtime.settings.database_url))
            rows = await append(conn, new, now=now)
            await conn.commit()
    else:
        async with runtime.engine.begin() as conn:
            if not await _mark_nonce(conn, *nonce, seen_at=now):
                raise Replayed(f"{nonce[0]} nonce seen before")
            rows = await append(conn, new, now=now)
    result.appended = [job_id for job_id, _kind in rows]
    result.stored = [job_id for job_id, kind in rows if kind == INBOUND]
    result.duplicates = len(new) - len(result.appended)
    if result.appended:
        runtime.wake()  # this process's worker; other processes hear the NOTIFY (PostgreSQL)
    return result


async def _mark_nonce(conn: Any, provider: str, nonce: str, *, seen_at: datetime) -> bool:
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    stmt = (insert(WebhookNonce)
            .values(provider=provider, nonce=storable(nonce)[:200], seen_at=seen_at)
            .on_conflict_do_nothing(index_elements=["provider", "nonce"])
            .returning(WebhookNonce.id))
    return (await conn.execute(stmt)).first() is not None


async def run_inbound_job(worker: Worker, job: ClaimedJob) -> None:
    """Store one appended message and queue its draft, as the webhook used to, committed with
    the job's completion."""
    settings = worker.settings
    flood = FloodPolicy(settings.flood_messages_per_minute, settings.flood_cooldown_seconds)
    message = message_from_payload(job.payload)
    async with worker.completing(job) as session:
        await ingest_message(session, message, flood)


async def run_status_job(worker: Worker, job: ClaimedJob) -> None:
    """Apply one appended delivery status to its outbox entry."""
    async with worker.completing(job) as session:
        await apply_status(session, status_from_payload(job.payload))


async def process_now(worker: Worker, job_ids: list[int]) -> int:
    """Run these appended jobs at once, in this process (the console's simulator, which shows
    the stored message right away); returns how many it ran. Jobs another worker already took
    are left to it."""
    claimed = await job_claims.claim_many(worker.runtime.sessions, worker_id=worker.worker_id,
                                    lease_seconds=worker.settings.job_lease_seconds,
                                    limit=len(job_ids), ids=job_ids)
    for job in claimed:
        await worker.run_job(job)
    return len(claimed)
