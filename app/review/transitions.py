"""The draft state machine's primitives, for `app.review.service` (its public face) and
`app.review.approving` (the approval's two paths): the states each decision starts from, the
conditional UPDATE every transition is, the decision's result, the audit row and the job that
tells the reviewers. Nothing outside those two modules changes a draft's state with these."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.util import identity_key

from app.jobs import enqueue
from app.metrics import DECISIONS
from app.models import AuditEvent, Draft, Job
from app.states import DraftState, JobKind

PENDING = DraftState.PENDING
REDRAFTED = DraftState.REDRAFTED
AUTO_PREFIX = "auto:"  # the actor of a decision made by an auto-approval rule (app.autoapprove)
DECIDABLE = frozenset({PENDING})
# Approved drafts whose reply is in the outbox, and those a staff retry sends again (a sent
# reply the provider later reported undelivered included).
SENDING = frozenset({DraftState.APPROVED, DraftState.EDITED})
RETRYABLE = SENDING | {DraftState.FAILED, DraftState.SENT}


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of a decision attempt. `ok` False means nothing changed. `review_job` is the
    job that refreshes the review message, which the deciding surface may run at once."""

    ok: bool
    state: str
    message: str
    outbox_id: int | None = None
    review_job: int | None = None


def audit(
    session: AsyncSession, *, actor: str, action: str, draft_id: int | None, **detail: Any
) -> None:
    session.add(AuditEvent(actor=actor, action=action, draft_id=draft_id, detail=detail))


def notify_reviewers(session: AsyncSession, draft_id: int, *, new: bool = False) -> Job:
    """Queue the Slack side of a change: post a new draft, or update its review message (the
    only way a review message is refreshed). The console reads the database directly."""
    # One partition per draft: its post and refreshes run one at a time, in the order queued,
    # so a refresh that read an older state never lands after one that read a newer state.
    partition = f"review:{draft_id}"
    if new:
        return enqueue(session, kind=JobKind.REVIEW_POST, payload={"draft_id": draft_id},
                       dedupe_key=f"review_post:{draft_id}", partition_key=partition)
    return enqueue(session, kind=JobKind.REVIEW_UPDATE, payload={"draft_id": draft_id},
                   partition_key=partition)


async def decided(session: AsyncSession, draft_id: int, decision: Decision) -> Decision:
    """Tell the reviewers about a decision; the decision carries the job that does it."""
    job = notify_reviewers(session, draft_id)
    await session.flush()
    return dataclasses.replace(decision, review_job=job.id)


async def transition(
    session: AsyncSession,
    draft_id: int,
    new_state: DraftState,
    *,
    before: Collection[DraftState] = DECIDABLE,
    **values: Any,
) -> Draft | None:
    """Move the draft from one of `before` to `new_state`, with `values`; the draft as it is
    now, or None when it was in no state of `before` (nothing changed)."""
    if not await moved(session, draft_id, new_state, before=before, **values):
        return None
    draft = await session.get(Draft, draft_id, populate_existing=True)
    return draft


async def moved(
    session: AsyncSession,
    draft_id: int,
    new_state: DraftState,
    *,
    before: Collection[DraftState],
    **values: Any,
) -> bool:
    """`transition` for a caller that needs only whether it happened (the send's outcomes):
    the draft is read back only when the session holds it, so that object is not left stale."""
    result = await session.execute(
        update(Draft)
        .where(Draft.id == draft_id, Draft.state.in_(before))
        .values(state=new_state, **values)
        .returning(Draft.id)
    )
    if result.scalar() is None:
        return False
    if session.identity_map.get(identity_key(Draft, draft_id)) is not None:
        await session.get(Draft, draft_id, populate_existing=True)
    return True


async def refused(session: AsyncSession, draft_id: int) -> Decision:
    """The decision that changed nothing, saying why (the draft's state, or that it is gone)."""
    draft = await session.get(Draft, draft_id)
    if draft is None:
        return Decision(False, "missing", f"draft {draft_id} does not exist")
    return Decision(False, draft.state, f"draft {draft_id} is {draft.state}; nothing changed")


def counted(action: str, decision: Decision) -> Decision:
    """Count every decision attempt once, here, whichever reviewer surface made it."""
    DECISIONS.labels(action=action if decision.ok else f"{action}_refused").inc()
    return decision
