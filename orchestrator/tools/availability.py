"""check_availability: is the date a customer names open for a party?

The capacity rules come from the catalog's [bookings] table; which days are already held or
booked comes from the app as a `Calendar` snapshot (the orchestrator never reads the database),
together with the "now" it was taken at, so the answer is the same every time for the same inputs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from orchestrator.catalog import Bookings, Catalog
from orchestrator.dates import label, parse_party_date, time_label

Status = Literal[
    "available",
    "taken",
    "blackout",
    "past",
    "too_soon",
    "too_far",
    "outside_hours",
    "unclear",
    "unparsed",
    "unknown",
]
NEARBY_DAYS = 30


@dataclass(frozen=True, slots=True)
class Calendar:
    """What the database says: parties held or booked per day, read at `now` (timezone-aware)."""

    now: datetime
    taken: Mapping[date, int] = field(default_factory=dict)


class AvailabilityArgs(BaseModel):
    """Arguments of check_availability."""

    model_config = ConfigDict(extra="forbid")

    date: str = Field(
        min_length=1,
        max_length=100,
        description="The party date as the customer wrote it, with the time if they gave one: "
        "'Saturday the 21st', 'June 14 at 6pm', 'next Friday', '2026-06-14'.",
    )


class Availability(BaseModel):
    """The answer for one date. `reason` is a sentence a reply may use as it is."""

    requested: str
    status: Status
    available: bool
    date: dt.date | None = None
    date_label: str | None = None
    time: str | None = None
    reason: str
    earliest_start: str | None = None
    slots_left: int | None = None
    alternatives: list[dt.date] = Field(default_factory=list)
    alternative_labels: list[str] = Field(default_factory=list)
    candidates: list[dt.date] = Field(default_factory=list)
    candidate_labels: list[str] = Field(default_factory=list)
    notice_hours: int
    time_zone: str


def _at(day: date, moment: time, rules: Bookings) -> datetime:
    return datetime.combine(day, moment, tzinfo=rules.zone)


def _open(day: date, rules: Bookings, calendar: Calendar, earliest: datetime) -> bool:
    """A party can still be booked on `day` at some time within service hours."""
    return (
        day not in rules.blackout_dates
        and calendar.taken.get(day, 0) < rules.parties_per_day
        and _at(day, rules.service_end, rules) >= earliest
    )


def nearest_open(day: date, *, rules: Bookings, calendar: Calendar, today: date) -> list[date]:
    """Up to `rules.alternatives` open dates within a month of `day`, nearest first."""
    earliest = calendar.now + timedelta(hours=rules.notice_hours)
    last = today + timedelta(days=rules.horizon_days)
    found = []
    for offset in range(1, NEARBY_DAYS + 1):
        for candidate in (day + timedelta(days=offset), day - timedelta(days=offset)):
            if today <= candidate <= last and _open(candidate, rules, calendar, earliest):
                found.append(candidate)
        if len(found) >= rules.alternatives:
            break
    return sorted(found[: rules.alternatives])


def check_availability(
    catalog: Catalog, calendar: Calendar | None, args: AvailabilityArgs
) -> Availability:
    """Tool: whether the date is open, and the nearest open dates when it is not."""
    rules = catalog.bookings
    answer = Availability(
        requested=args.date,
        status="unknown",
        available=False,
        reason="The bookings calendar is not available here; our team will confirm the date.",
        notice_hours=rules.notice_hours,
        time_zone=rules.time_zone,
    )
    if calendar is None:
        return answer
    local_now = calendar.now.astimezone(rules.zone)
    today = local_now.date()
    parsed = parse_party_date(args.date, now_local=local_now.replace(tzinfo=None))
    if parsed is None:
        reason = f"I couldn't read a date in {args.date!r}."
        return answer.model_copy(update={"status": "unparsed", "reason": reason})
    if parsed.candidates:
        first, second = (label(d, today=today) for d in parsed.candidates)
        weekday = first.split(",")[0]
        return answer.model_copy(update={
            "status": "unclear",
            "reason": f"{first[len(weekday) + 2:]} is a {weekday}: did you mean {first} or {second}?",
            "candidates": list(parsed.candidates),
            "candidate_labels": [first, second],
        })
    answer = answer.model_copy(update={
        "date": parsed.day,
        "date_label": label(parsed.day, today=today),
        "time": parsed.time.strftime("%H:%M") if parsed.time else None,
    })
    return _judge(answer, parsed.day, parsed.time, rules, calendar, today)


def _judge(
    answer: Availability,
    day: date,
    at: time | None,
    rules: Bookings,
    calendar: Calendar,
    today: date,
) -> Availability:
    when = answer.date_label
    earliest = calendar.now + timedelta(hours=rules.notice_hours)

    def refused(status: Status, reason: str) -> Availability:
        nearby = status not in ("past", "too_far", "outside_hours")
        alternatives = nearest_open(day, rules=rules, calendar=calendar, today=today) if nearby else []
        return answer.model_copy(update={
            "status": status,
            "reason": reason,
            "alternatives": alternatives,
            "alternative_labels": [label(d, today=today) for d in alternatives],
        })

    if day < today:
        return refused("past", f"{when} has already passed.")
    if day > today + timedelta(days=rules.horizon_days):
        return refused("too_far", f"We book up to {rules.horizon_days} days ahead.")
    if day in rules.blackout_dates:
        return refused("blackout", f"We're closed on {when}.")
    hours = f"{time_label(rules.service_start)} and {time_label(rules.service_end)}"
    if at is not None and not rules.service_start <= at <= rules.service_end:
        return refused("outside_hours", f"Parties start between {hours}.")
    if _at(day, at or rules.service_end, rules) < earliest:
        return refused(
            "too_soon", f"We need at least {rules.notice_hours} hours' notice, so {when} is too soon."
        )
    taken = calendar.taken.get(day, 0)
    if taken >= rules.parties_per_day:
        return refused("taken", f"{when} is already booked.")
    reason = f"{when} is open."
    earliest_start = None
    if at is None and _at(day, rules.service_start, rules) < earliest:
        # Round up to the hour: "4:00 PM or later" rather than "3:17 PM".
        local = earliest.astimezone(rules.zone) + timedelta(minutes=59)
        earliest_start = time_label(local.time().replace(minute=0, second=0, microsecond=0))
        reason += f" With our notice period the party can start at {earliest_start} or later."
    return answer.model_copy(update={
        "status": "available",
        "available": True,
        "reason": reason,
        "earliest_start": earliest_start,
        "slots_left": rules.parties_per_day - taken,
    })
