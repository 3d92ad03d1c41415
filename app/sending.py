"""The send job: deliver one outbox entry through its channel's sender, record every attempt,
retry transient failures with backoff, and tell the reviewers how it went.

Duplicate-send window: a send is marked `sending` and committed before the provider call; the
result is committed right after it. If the process dies after the provider accepted the message
and before that second commit (the rest of the provider's HTTP answer plus one database write:
milliseconds normally, up to the client timeout with a provider that answers slowly), the lease
runs out (seconds) and another worker takes the job over. It finds the entry still `sending`: the
earlier attempt may have reached the provider. Where the provider can be asked (Twilio's Messages
list: `channels.lookups`), the worker looks for that message and records it instead of sending
again; where it cannot (Telegram, Meta, email), it sends again: that is the only way a reply can
go out twice. A result that cannot be stored never causes a second send.

The preparation is `app.send_prepare`; the recording of each outcome `app.send_record`.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from app import outbox as entries
from app.jobs import ClaimedJob
from app.send_prepare import DRY_RUN, OPTED_OUT, prepare
from app.send_record import close_unsent, record_failure, record_success
from app.worker import LeaseLost, Worker
from vocabulary.errors import PermanentSendError, SendError
from vocabulary.messages import OutboundMessage, SendResult

log = logging.getLogger(__name__)

LOOKUP_MARGIN = timedelta(minutes=1)


async def run_send_job(worker: Worker, job: ClaimedJob) -> None:
    """Send one outbox entry (see the module docstring for the duplicate window)."""
    outbox_id = int(job.payload["outbox_id"])
    prepared = await prepare(worker, outbox_id)
    message, reason = prepared.message, prepared.state
    if message is None:
        async with worker.completing(job) as session:
            if reason in (DRY_RUN, OPTED_OUT):
                await close_unsent(session, outbox_id, dry_run=reason == DRY_RUN)
        return
    try:
        result, found = await _deliver(worker, message, prepared.uncertain_since)
    except SendError as exc:
        await record_failure(worker, job, outbox_id, exc)
        return
    except Exception as exc:  # a bug or odd data while building the send: fail visibly, once
        log.exception("outbox %s: unexpected error in the %s sender", outbox_id, message.channel)
        await record_failure(worker, job, outbox_id, unexpected_send_error(exc))
        return
    try:
        await record_success(worker, job, outbox_id, message, result, found=found)
    except LeaseLost:
        raise
    except Exception as exc:  # the provider has the message: never let a retry send it again
        log.exception("outbox %s was sent but its result could not be stored", outbox_id)
        async with worker.completing(job) as session:
            await entries.sent_unrecorded(
                session, outbox_id, provider_message_id=result.provider_message_id,
                error=f"sent; recording the result failed: {exc!r}",
            )


async def _deliver(worker: Worker, message: OutboundMessage, uncertain_since: datetime | None
                   ) -> tuple[SendResult, bool]:
    """Send, unless an earlier attempt may have reached a provider that can be asked and the
    provider has the message: then its record, and True."""
    lookup = worker.runtime.channels.lookups.get(message.channel)
    if uncertain_since is not None and lookup is not None:
        # A minute earlier than the attempt began: clocks of the database and Twilio differ.
        found = await lookup.find_sent(message, since=uncertain_since - LOOKUP_MARGIN)
        if found is not None:
            log.info("reply %s was already accepted by the provider (%s): not sent again",
                     message.idempotency_key, found.provider_message_id)
            return found, True
    sender = worker.runtime.channels.senders[message.channel]
    return await sender.send(message), False


def unexpected_send_error(exc: Exception) -> PermanentSendError:
    """An error no sender declared, as a permanent failure: the entry shows "Failed" with
    Retry instead of staying "Sending" while the job is retried to death."""
    return PermanentSendError(f"could not send: {type(exc).__name__}: {exc}"[:1000],
                              code="internal")
