"""A day's party slots in the database: the unique (day, slot_no) decides who gets the last one.

Taking a slot is INSERT ... ON CONFLICT DO NOTHING for slot 1, 2, ... up to the day's capacity.
On PostgreSQL a second transaction inserting the same (day, slot_no) waits for the first and then
finds the conflict; on SQLite writers are serialized (BEGIN IMMEDIATE). Either way two holds can
never share a slot, and no read-then-write race exists to lose.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Integer, bindparam, column, delete, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import BookingSlot


async def insert_ignore(
    session: AsyncSession, model: Any, values: dict[str, Any], keys: list[str]
) -> Any:
    """INSERT ... ON CONFLICT (keys) DO NOTHING; the new row's primary key, or None on a
    conflict. (app.ingest has the same statement; importing it here would make a cycle.)"""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(model).values(**values).on_conflict_do_nothing(index_elements=keys)
    key = next(iter(model.__table__.primary_key.columns))
    return (await session.execute(stmt.returning(key))).scalar()


async def take_slot(session: AsyncSession, *, booking_id: int, day: date, capacity: int) -> int | None:
    """The slot number taken for the booking on `day`, or None when the day is full."""
    for slot_no in range(1, capacity + 1):
        taken = await insert_ignore(
            session,
            BookingSlot,
            {"day": day, "slot_no": slot_no, "booking_id": booking_id},
            ["day", "slot_no"],
        )
        if taken is not None:
            return slot_no
    return None


async def release_slot(session: AsyncSession, *, booking_id: int) -> None:
    """Free whatever slot the booking holds (none is fine)."""
    await session.execute(delete(BookingSlot).where(BookingSlot.booking_id == booking_id))


_DAY = BookingSlot.__table__.c.day.type
# SQL text built once: every draft reads the calendar, and building the statement cost more
# than running it.
_TAKEN_BY_DAY = text(
    "SELECT day, count(*) FROM booking_slots WHERE day >= :first AND day <= :last GROUP BY day"
).bindparams(bindparam("first", type_=_DAY), bindparam("last", type_=_DAY)).columns(
    column("day", _DAY), column("count", Integer))


async def taken_by_day(session: AsyncSession, *, first: date, last: date) -> dict[date, int]:
    """Slots held or booked per day between `first` and `last`."""
    rows = await session.execute(_TAKEN_BY_DAY, {"first": first, "last": last})
    return {day: int(number) for day, number in rows.all()}
