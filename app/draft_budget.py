"""The drafting budget and the model-spend circuit breaker, checked by the worker when a draft job
runs (never on the webhook's answer path).

Budget: drafts a minute and a day over all conversations, and separately for new contacts (no
message was ever sent to them), so a flood of new senders cannot buy a model call and a review
message each. Counters are fixed windows in `usage_counters`, taken with one conditional UPDATE,
so workers on several machines never pass a limit together.

Breaker: consecutive model failures open it for a cooldown, and a daily token cap opens it for the
rest of the day. While it is open, or over budget, no model call is made: the message is stored,
its conversation is marked for a human, and it is listed in the next digest (app/digest.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models import Conversation, Message, ModelBreaker, UsageCounter
from vocabulary.settings import Settings

log = logging.getLogger(__name__)

BREAKER = "model"
TOKENS = "model_tokens:day"


@dataclass(frozen=True, slots=True)
class BudgetLimits:
    """Drafting budgets and breaker thresholds (0 tokens: no daily token cap)."""

    per_minute: int = 20
    per_day: int = 500
    new_contact_per_minute: int = 10
    new_contact_per_day: int = 200
    daily_tokens: int = 2_000_000
    breaker_failures: int = 5
    breaker_cooldown_seconds: float = 300.0

    @classmethod
    def from_settings(cls, settings: Settings) -> BudgetLimits:
        return cls(
            per_minute=settings.draft_budget_per_minute,
            per_day=settings.draft_budget_per_day,
            new_contact_per_minute=settings.new_contact_draft_budget_per_minute,
            new_contact_per_day=settings.new_contact_draft_budget_per_day,
            daily_tokens=settings.model_daily_token_cap,
            breaker_failures=settings.model_breaker_failures,
            breaker_cooldown_seconds=settings.model_breaker_cooldown_seconds,
        )


@dataclass(frozen=True, slots=True)
class Admission:
    """Whether a draft may be made now; `reason` says why not (shown to staff in the digest)."""

    ok: bool
    reason: str | None = None


class _Refused(Exception):
    """Rolls back the counters already taken in this admission."""


def _windows(limits: BudgetLimits, now: datetime, new_contact: bool
             ) -> list[tuple[str, datetime, int, str]]:
    minute = now.replace(second=0, microsecond=0)
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    windows = [
        ("drafts:minute", minute, limits.per_minute, f"{limits.per_minute} drafts a minute"),
        ("drafts:day", day, limits.per_day, f"{limits.per_day} drafts a day"),
    ]
    if new_contact:
        windows += [
            ("new_contact_drafts:minute", minute, limits.new_contact_per_minute,
             f"{limits.new_contact_per_minute} drafts a minute for new contacts"),
            ("new_contact_drafts:day", day, limits.new_contact_per_day,
             f"{limits.new_contact_per_day} drafts a day for new contacts"),
        ]
    return windows


def _insert(session: AsyncSession) -> Callable[..., Any]:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


async def _take(session: AsyncSession, scope: str, start: datetime, limit: int | None,
                amount: int = 1) -> bool:
    """Add `amount` to a window's counter unless that would pass `limit` (None: no limit)."""
    await session.execute(
        _insert(session)(UsageCounter).values(scope=scope, window_start=start, count=0)
        .on_conflict_do_nothing(index_elements=["scope", "window_start"])
    )
    where = [UsageCounter.scope == scope, UsageCounter.window_start == start]
    if limit is not None:
        where.append(UsageCounter.count + amount <= limit)
    result = await session.execute(
        update(UsageCounter).where(*where).values(count=UsageCounter.count + amount))
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def is_new_contact(session: AsyncSession, contact_id: int) -> bool:
    """No message was ever sent to this contact (on any of their conversations)."""
    sent = await session.execute(
        select(Message.id)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Conversation.contact_id == contact_id, Message.direction == "out")
        .limit(1)
    )
    return sent.scalar() is None


async def _model_refusal(session: AsyncSession, limits: BudgetLimits, now: datetime) -> str | None:
    breaker = await session.get(ModelBreaker, BREAKER)
    if breaker is not None and breaker.open_until is not None and breaker.open_until > now:
        until = breaker.open_until.strftime("%H:%M UTC")
        return (f"model paused until {until} after {breaker.failures} failed calls in a row "
                f"({breaker.reason})")
    if limits.daily_tokens:
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        used = await session.get(UsageCounter, (TOKENS, day))
        if used is not None and used.count >= limits.daily_tokens:
            return f"model paused: the daily cap of {limits.daily_tokens:,} tokens is used up"
    return None


async def admit_draft(
    sessions: async_sessionmaker[AsyncSession],
    *,
    limits: BudgetLimits,
    now: datetime,
    contact_id: int,
    uses_model: bool,
) -> Admission:
    """Take one draft from every budget that applies, or none of them and say why."""
    async with sessions() as session:
        try:
            async with session.begin():
                if uses_model and (reason := await _model_refusal(session, limits, now)):
                    raise _Refused(reason)
                new_contact = await is_new_contact(session, contact_id)
                for scope, start, limit, label in _windows(limits, now, new_contact):
                    if not await _take(session, scope, start, limit):
                        raise _Refused(f"drafting budget reached: {label}")
                await session.execute(delete(UsageCounter).where(
                    UsageCounter.window_start < now - timedelta(days=2)))
        except _Refused as exc:
            log.warning("no draft: %s", exc)
            return Admission(False, str(exc))
    return Admission(True)


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
    try:
        await _record(sessions, limits=limits, now=now, responder=responder, usage=usage,
                      failure=failure)
    except SQLAlchemyError:
        log.exception("could not record the model outcome (%s)", responder)


async def _record(sessions: async_sessionmaker[AsyncSession], *, limits: BudgetLimits,
                  now: datetime, responder: str, usage: dict[str, int], failure: str | None
                  ) -> None:
    async with sessions() as session, session.begin():
        tokens = int(usage.get("total_tokens", 0))
        if tokens:
            day = now.replace(hour=0, minute=0, second=0, microsecond=0)
            await _take(session, TOKENS, day, None, min(tokens, 10**8))
        await session.execute(
            _insert(session)(ModelBreaker).values(name=BREAKER, failures=0, updated_at=now)
            .on_conflict_do_nothing(index_elements=["name"])
        )
        if responder == "model":
            await session.execute(update(ModelBreaker).where(ModelBreaker.name == BREAKER)
                                  .values(failures=0, open_until=None, reason=None, updated_at=now))
            return
        failures = (await session.execute(
            update(ModelBreaker).where(ModelBreaker.name == BREAKER)
            .values(failures=ModelBreaker.failures + 1, reason=failure, updated_at=now)
            .returning(ModelBreaker.failures)
        )).scalar_one()
        if failures >= limits.breaker_failures:
            until = now + timedelta(seconds=limits.breaker_cooldown_seconds)
            await session.execute(update(ModelBreaker).where(ModelBreaker.name == BREAKER)
                                  .values(open_until=until))
            log.warning("model breaker open until %s after %s failures (%s)", until, failures,
                        failure)
