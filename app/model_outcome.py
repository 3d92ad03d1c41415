"""The model's outcome after a draft, for the breaker in `app.draft_budget`: its tokens counted
for the day, a model answer closing the breaker, a fallback (the model failed) counting towards
opening it."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import bindparam, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, async_sessionmaker

from app.db import own_connection
from app.draft_budget import BREAKER, TOKENS, BudgetLimits, add_to_window, insert_for
from app.models import ModelBreaker

log = logging.getLogger(__name__)

# Only when the breaker is not already closed: a plain UPDATE whose condition is false locks
# nothing, so the drafts of a burst do not queue on this one row (as an upsert made them do).
# No row means a closed breaker.
_MODEL_ANSWERED = text(
    "UPDATE model_breaker SET failures = 0, open_until = NULL, reason = NULL, updated_at = :now "
    "WHERE name = :name AND (failures != 0 OR open_until IS NOT NULL OR reason IS NOT NULL)"
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
    """After the model answered (before the draft's own transaction, which may then fail and
    retry without the tokens spent going uncounted): a model draft closes the breaker, a
    fallback (the model failed) counts towards opening it, and the tokens are counted for the
    day. A database error here is logged, not raised: the model has answered, and a retried
    job would pay for a second call.

    The day's token counter is one row every draft adds to. It is written last, and on
    PostgreSQL each statement commits on its own (autocommit), so a draft holds that row's
    lock only while its statement runs: inside the draft's transaction, a burst's drafts
    queued on it for the whole transaction (0.2 to 1.3 s of waiting an inquiry, measured with
    benchmarks.pg_burst; docs/performance.md)."""
    if responder not in ("model", "fallback"):
        return
    try:
        async with own_connection(sessions) as conn:
            await _record_in(conn, limits=limits, now=now, responder=responder, usage=usage,
                             failure=failure)
    except SQLAlchemyError:
        log.exception("could not record the model outcome (%s)", responder)


async def _record_in(session: AsyncConnection, *, limits: BudgetLimits, now: datetime,
                     responder: str, usage: dict[str, int], failure: str | None) -> None:
    if responder == "model":
        await session.execute(_MODEL_ANSWERED, {"name": BREAKER, "now": now})
    else:
        await _count_failure(session, limits=limits, now=now, failure=failure)
    tokens = int(usage.get("total_tokens", 0))
    if tokens:
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        await add_to_window(session, TOKENS, day, min(tokens, 10**8))


async def _count_failure(session: AsyncConnection, *, limits: BudgetLimits, now: datetime,
                         failure: str | None) -> None:
    """A fallback: one more failure in a row, opening the breaker at the limit."""
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
