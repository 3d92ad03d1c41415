"""The model's outcome after a draft, for the breaker in `app.draft_budget`: its tokens counted
for the day, a model answer closing the breaker, a fallback (the model failed) counting towards
opening it."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import bindparam, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.draft_budget import BREAKER, TOKENS, BudgetLimits, add_to_window, insert_for
from app.models import ModelBreaker

log = logging.getLogger(__name__)

_MODEL_ANSWERED = text(
    "INSERT INTO model_breaker (name, failures, updated_at) VALUES (:name, 0, :now) "
    "ON CONFLICT (name) DO UPDATE SET failures = 0, open_until = NULL, reason = NULL, "
    "updated_at = excluded.updated_at"
).bindparams(bindparam("now", type_=ModelBreaker.__table__.c.updated_at.type))


async def record_model_outcome(
    sessions: async_sessionmaker[AsyncSession],
    *,
    limits: BudgetLimits,
    now: datetime,
    responder: str,
    usage: dict[str, int],
    failure: str | None,
) -> None:
    """After a draft: count its tokens; a model draft closes the breaker, a fallback (the model
    failed) counts towards opening it. A database error here is logged, not raised: the model
    has answered, and a retried job would pay for a second call."""
    if responder not in ("model", "fallback"):
        return
    async with sessions() as session:
        await record_outcome_in(session, limits=limits, now=now, responder=responder,
                                usage=usage, failure=failure)
        try:
            await session.commit()
        except SQLAlchemyError:
            log.exception("could not record the model outcome (%s)", responder)


async def record_outcome_in(
    session: AsyncSession,
    *,
    limits: BudgetLimits,
    now: datetime,
    responder: str,
    usage: dict[str, int],
    failure: str | None,
) -> None:
    """`record_model_outcome` as the first statements of the caller's transaction (the
    draft's commit), with the session not yet in a transaction (it begins one itself). A
    database error here is logged and that transaction rolled back before anything else ran
    in it; the caller's next statement begins a new one, so the draft still commits and the
    job never pays for a second model call. (No savepoint: two statements fewer a draft.)"""
    if responder not in ("model", "fallback"):
        return
    assert not session.in_transaction(), "the outcome goes first in its transaction"
    try:
        await _record_in(session, limits=limits, now=now, responder=responder, usage=usage,
                         failure=failure)
    except SQLAlchemyError:
        log.exception("could not record the model outcome (%s)", responder)
        await session.rollback()


async def _record_in(session: AsyncSession, *, limits: BudgetLimits, now: datetime,
                     responder: str, usage: dict[str, int], failure: str | None) -> None:
    tokens = int(usage.get("total_tokens", 0))
    if tokens:
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        await add_to_window(session, TOKENS, day, min(tokens, 10**8))
    if responder == "model":
        await session.execute(_MODEL_ANSWERED, {"name": BREAKER, "now": now})
        return
    insert = insert_for(session)(ModelBreaker)
    failures = (await session.execute(
        insert.values(name=BREAKER, failures=1, reason=failure, updated_at=now)
        .on_conflict_do_update(
            index_elements=["name"],
            set_={"failures": ModelBreaker.failures + 1, "reason": failure,
                  "updated_at": now})
        .returning(ModelBreaker.failures)
    )).scalar_one()
    if failures >= limits.breaker_failures:
        until = now + timedelta(seconds=limits.breaker_cooldown_seconds)
        await session.execute(update(ModelBreaker).where(ModelBreaker.name == BREAKER)
                              .values(open_until=until))
        log.warning("model breaker open until %s after %s failures (%s)", until, failures,
                    failure)
