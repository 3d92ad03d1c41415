"""The outbox state machine: every change of an `Outbox` row's state is made here.

    (approve) --> pending --send job--> sending --provider accepted--> sent
    sending --transient failure--> pending (the send job is scheduled again)
    sending --permanent failure--> failed        sending --channel rules--> held
    pending --channel not configured--> dry_run  pending --customer opted out--> failed
    failed | held --staff retry--> pending
    sent --provider status--> delivered | failed

The send job itself (`app.sending`) calls these functions; none of them commits.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.jobs import enqueue
from app.models import Outbox
from app.states import JobKind, OutboxState
from vocabulary.messages import DeliveryStatus

FINISHED = frozenset(
    {OutboxState.SENT, OutboxState.DELIVERED, OutboxState.FAILED, OutboxState.HELD,
     OutboxState.DRY_RUN}
)
RETRYABLE = frozenset({OutboxState.FAILED, OutboxState.HELD})
FAILED_STATUSES = frozenset({"failed", "undelivered"})


def _queue_send(session: AsyncSession, outbox_id: int, *, first: bool) -> None:
    # The first send of an entry is deduplicated; a staff retry queues a new job.
    enqueue(session, kind=JobKind.SEND, payload={"outbox_id": outbox_id},
            dedupe_key=f"send:{outbox_id}" if first else None)


async def create(
    session: AsyncSession,
    *,
    draft_id: int,
    conversation_id: int,
    channel: str,
    recipient: str,
    text: str,
    human_authored: bool,
) -> Outbox:
    """A pending entry for an approved draft, and the job that sends it."""
    outbox = Outbox(
        draft_id=draft_id,
        conversation_id=conversation_id,
        channel=channel,
        recipient=recipient,
        text=text,
        human_authored=human_authored,
        state=OutboxState.PENDING,
    )
    session.add(outbox)
    await session.flush()
    _queue_send(session, outbox.id, first=True)
    return outbox


def start_attempt(outbox: Outbox) -> None:
    """About to call the provider; committed before the call (see `app.sending`)."""
    outbox.state, outbox.attempts = OutboxState.SENDING, outbox.attempts + 1


def sent(outbox: Outbox, *, provider_message_id: str, segments: int | None) -> None:
    outbox.state, outbox.provider_message_id = OutboxState.SENT, provider_message_id
    outbox.segments, outbox.last_error = segments, None


async def sent_unrecorded(
    session: AsyncSession, outbox_id: int, *, provider_message_id: str, error: str
) -> None:
    """The provider accepted the reply but its result could not be stored in full: record it
    as sent with the error, so nothing sends it again."""
    await session.execute(
        update(Outbox).where(Outbox.id == outbox_id).values(
            state=OutboxState.SENT, provider_message_id=provider_message_id, last_error=error[:2000]
        )
    )


def will_retry(outbox: Outbox, *, error: str) -> None:
    """A transient failure: pending again, with the error shown until the next attempt."""
    outbox.state, outbox.last_error = OutboxState.PENDING, error


def gave_up(outbox: Outbox, *, error: str, held: bool) -> None:
    """A failure retrying cannot fix (failed), or one the channel's rules impose (held)."""
    outbox.state = OutboxState.HELD if held else OutboxState.FAILED
    outbox.last_error = error


def not_sent(outbox: Outbox, *, dry_run: bool) -> None:
    """Closed without a provider call: the channel is off (dry run) or the customer opted out."""
    if dry_run:
        outbox.state, outbox.last_error = OutboxState.DRY_RUN, "channel not configured: not sent"
    else:
        outbox.state, outbox.last_error = OutboxState.FAILED, "the customer opted out: not sent"


async def requeue(session: AsyncSession, *, draft_id: int) -> tuple[Outbox | None, bool]:
    """Staff's Retry: a failed or held entry goes back to pending with a new send job.
    Returns the draft's entry (None when it has none) and whether it was requeued."""
    outbox = (await session.execute(select(Outbox).where(Outbox.draft_id == draft_id))).scalar()
    if outbox is None or outbox.state not in RETRYABLE:
        return outbox, False
    result = await session.execute(
        update(Outbox)
        .where(Outbox.id == outbox.id, Outbox.state.in_(RETRYABLE))
        .values(state=OutboxState.PENDING, last_error=None, attempts=0)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        return outbox, False
    _queue_send(session, outbox.id, first=False)
    return outbox, True


async def apply_delivery(
    session: AsyncSession, status: DeliveryStatus
) -> tuple[Outbox | None, bool]:
    """A provider's report on a sent reply: the entry it names (None when none matches) and
    whether its state changed (delivered, failed; other reports change nothing shown)."""
    outbox = (
        await session.execute(
            select(Outbox).where(Outbox.provider_message_id == status.provider_message_id)
        )
    ).scalar()
    if outbox is None:
        return None, False
    if status.status == "delivered":
        outbox.state = OutboxState.DELIVERED
    elif status.status in FAILED_STATUSES:
        outbox.state = OutboxState.FAILED
        outbox.last_error = f"{status.status} (error {status.error_code or 'unknown'})"
    else:
        return outbox, False
    return outbox, True
