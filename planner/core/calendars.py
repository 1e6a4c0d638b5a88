"""Working-time calendars: which minutes of which days are working time, and arithmetic on them.

Durations everywhere in the core are working minutes; this module converts between them and
instants. Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

# Working intervals of one day, as (start minute, end minute) from midnight, sorted, not overlapping.
Intervals = tuple[tuple[int, int], ...]

STANDARD_DAY: Intervals = ((8 * 60, 12 * 60), (13 * 60, 17 * 60))


@dataclass
class Calendar:
    name: str = "Standard"
    # Monday=0 … Sunday=6
    week: tuple[Intervals, ...] = (STANDARD_DAY,) * 5 + ((), ())
    exceptions: dict[date, Intervals] = field(default_factory=dict)  # a day's own intervals; () is a day off
    minutes_per_day: int = 480
    days_per_week: int = 5
    days_per_month: int = 20

    # -- days ---------------------------------------------------------------------------
    def intervals(self, day: date) -> Intervals:
        found = self.exceptions.get(day)
        return found if found is not None else self.week[day.weekday()]

    def is_working_day(self, day: date) -> bool:
        return bool(self.intervals(day))

    def _has_working_time(self) -> bool:
        return any(self.week) or any(self.exceptions.values())

    # -- instants -----------------------------------------------------------------------
    def next_working(self, at: datetime) -> datetime:
        """The first working instant at or after `at`."""
        return self.add_working(at, 0)

    def previous_working(self, at: datetime) -> datetime:
        """The last working instant at or before `at` (an instant that ends working time)."""
        return self.add_working(at, 0, backward=True)

    def add_working(self, at: datetime, minutes: int, backward: bool = False) -> datetime:
        """The instant `minutes` of working time after `at` (before it if `backward` or negative).

        Adding zero snaps forward to the next working instant (backward: to the end of the
        previous working interval), as schedulers do with a start or a finish.
        """
        if minutes < 0:
            minutes, backward = -minutes, not backward
        if not self._has_working_time():
            raise ValueError(f"calendar {self.name!r} has no working time")
        day = at.date()
        now = at.hour * 60 + at.minute + at.second / 60
        step = -1 if backward else 1
        idle_days = 0
        while True:
            spans = self.intervals(day)
            ordered = reversed(spans) if backward else spans
            for start, end in ordered:
                if backward:
                    if now <= start:
                        continue
                    top = min(now, end)
                    available = top - start
                    if minutes < available or (minutes == available and minutes > 0):
                        return _at(day, top - minutes)
                    minutes -= available
                else:
                    if now >= end:
                        continue
                    low = max(now, start)
                    available = end - low
                    if minutes < available or (minutes == available and minutes > 0):
                        return _at(day, low + minutes)
                    minutes -= available
            day += timedelta(days=step)
            now = 24 * 60 if backward else 0
            idle_days = 0 if spans else idle_days + 1
            if idle_days > 3660:
                raise ValueError(f"calendar {self.name!r} has no working time within ten years of {at:%Y-%m-%d}")

    def working_minutes(self, start: datetime, end: datetime) -> int:
        """Working minutes between two instants; negative when `end` is before `start`."""
        if end < start:
            return -self.working_minutes(end, start)
        total = 0.0
        day = start.date()
        while day <= end.date():
            low = start.hour * 60 + start.minute + start.second / 60 if day == start.date() else 0
            high = end.hour * 60 + end.minute + end.second / 60 if day == end.date() else 24 * 60
            for a, b in self.intervals(day):
                total += max(0, min(b, high) - max(a, low))
            day += timedelta(days=1)
        return round(total)

    # -- days as a unit -----------------------------------------------------------------
    def day_start(self, day: date) -> datetime:
        """The first working instant of `day`, or of the next working day."""
        return self.next_working(datetime.combine(day, time()))

    def day_end(self, day: date) -> datetime:
        """The last working instant of `day`, or of the previous working day."""
        return self.previous_working(datetime.combine(day, time()) + timedelta(days=1))


def _at(day: date, minute: float) -> datetime:
    whole = int(round(minute * 60))
    return datetime.combine(day, time()) + timedelta(seconds=whole)


STANDARD = Calendar()
