"""Business hours from the catalog: when staff answer messages, and when they next will.

Pure functions of a time: the caller passes the clock's reading, so nothing here reads the wall
clock. Days without hours (or "closed") are closed all day.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator

from orchestrator.guard import money_amounts

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RANGE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")
OPENS_PLACEHOLDER = "{opens}"


def _span(value: str | None) -> tuple[time, time] | None:
    if value is None or value.strip().lower() == "closed":
        return None
    match = _RANGE.match(value.strip())
    if not match:
        raise ValueError(f'write hours as "09:00-18:00" or "closed", not {value!r}')
    start = time(int(match[1]), int(match[2]))
    end = time.max if match[3] == "24" else time(int(match[3]), int(match[4]))
    if end <= start:
        raise ValueError(f"closing time is not after opening time in {value!r}")
    return start, end


class BusinessHours(BaseModel):
    """`[business_hours]` in the catalog. `out_of_hours_reply` is the fixed acknowledgement a
    customer writing while closed may get at once (sent only under the auto-approval rules);
    "{opens}" in it becomes the next opening, like "Monday at 9:00 AM"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    time_zone: str = "America/Los_Angeles"
    monday: str | None = None
    tuesday: str | None = None
    wednesday: str | None = None
    thursday: str | None = None
    friday: str | None = None
    saturday: str | None = None
    sunday: str | None = None
    out_of_hours_reply: str | None = Field(default=None, min_length=1, max_length=600)

    @field_validator("time_zone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("out_of_hours_reply")
    @classmethod
    def _no_money(cls, value: str | None) -> str | None:
        if value and money_amounts(value):
            raise ValueError("the out-of-hours reply is sent without review: it may not state an "
                             "amount of money")
        return value

    @field_validator(*DAYS)
    @classmethod
    def _hours(cls, value: str | None) -> str | None:
        _span(value)
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def span(self, day: date) -> tuple[time, time] | None:
        """Opening and closing time on `day`, or None when closed."""
        week = (self.monday, self.tuesday, self.wednesday, self.thursday, self.friday,
                self.saturday, self.sunday)
        return _span(week[day.weekday()])

    def is_open(self, at: datetime) -> bool:
        """Whether `at` (timezone-aware) falls inside the hours."""
        local = at.astimezone(self.zone)
        span = self.span(local.date())
        return span is not None and span[0] <= local.time() < span[1]

    def next_open(self, at: datetime) -> datetime | None:
        """The next opening at or after `at` (UTC); `at` itself when open; None if never open."""
        if self.is_open(at):
            return at
        local = at.astimezone(self.zone)
        for offset in range(8):
            day = local.date() + timedelta(days=offset)
            span = self.span(day)
            if span is None:
                continue
            opening = datetime.combine(day, span[0], tzinfo=self.zone)
            if opening >= local:
                return opening.astimezone(UTC)
        return None

    def describe_opening(self, at: datetime) -> str:
        """"today at 9:00 AM", "tomorrow at 9:00 AM" or "Monday at 9:00 AM", in local time."""
        opening = self.next_open(at)
        if opening is None:
            return "as soon as we can"
        local, now = opening.astimezone(self.zone), at.astimezone(self.zone)
        days = (local.date() - now.date()).days
        day = "today" if days == 0 else "tomorrow" if days == 1 else local.strftime("%A")
        clock = local.strftime("%I:%M %p").lstrip("0")
        return f"{day} at {clock}"

    def acknowledgement(self, at: datetime) -> str | None:
        """The out-of-hours reply for a message received at `at`, or None when none is set."""
        if not self.out_of_hours_reply:
            return None
        return self.out_of_hours_reply.replace(OPENS_PLACEHOLDER, self.describe_opening(at))
