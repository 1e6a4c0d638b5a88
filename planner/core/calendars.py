"""Working-time calendars: which minutes of which days are working time, and arithmetic on them.

Owns the working week, one-day exceptions, recurring exception rules, public holidays and calendars derived
from a base calendar, plus `Timeline`, the fast working-minute number line the scheduler runs on.
Durations everywhere in the core are working minutes. Standard library only (`holidays` imported lazily).
"""

from __future__ import annotations

import calendar as month_calendar
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from planner.core.errors import ValidationError
from planner.core.i18n import tr

# Dates a workspace may hold: the scheduler and the calendars reach years beyond a task's dates (slack, ten-year
# searches for working time), so a date near year 1 or 9999 makes a schedule take seconds or fail (measured:
# a start in 9999 takes 2.2 s, one in year 1 raises after 9 s). Commands refuse dates outside, importers refuse
# or clamp them, and the scheduler leaves stored ones out with a warning.
EARLIEST = datetime(1900, 1, 1)
LATEST = datetime(2200, 12, 31, 23, 59, 59)
RANGE_TEXT = f"{EARLIEST:%Y}–{LATEST:%Y}"


_FIRST_DAY, _LAST_DAY = EARLIEST.date(), LATEST.date()  # every full schedule checks each task's dates


def in_range(value: date) -> bool:
    """True when `value` (a date or datetime) lies between EARLIEST and LATEST, the dates a plan may hold."""
    day = value.date() if isinstance(value, datetime) else value  # a day is enough, and ignores any time zone
    return _FIRST_DAY <= day <= _LAST_DAY


def out_of_range(value: date) -> str:
    """The message part for a date outside EARLIEST…LATEST."""
    shown = value.isoformat()[:10]  # "%Y" would print year 1 as "1"
    outside = tr("Errors", "{shown} is outside the dates a plan can hold ({first:%Y-%m-%d} to {last:%Y-%m-%d})")
    return outside.format(shown=shown, first=EARLIEST, last=LATEST)


def dates_in(value) -> Iterator[date]:
    """Every date or datetime inside `value`: itself, or in its lists, tuples, sets, dict keys and values, and
    the fields of objects it holds (a calendar's exception rules; not a base calendar, which is checked as itself)."""
    if isinstance(value, date):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from dates_in(key)
            yield from dates_in(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from dates_in(item)
    elif hasattr(value, "__dataclass_fields__") and not isinstance(value, Calendar):
        for name in value.__dataclass_fields__:
            yield from dates_in(getattr(value, name))


# Working intervals of one day, as (start minute, end minute) from midnight, sorted, not overlapping.
Intervals = tuple[tuple[int, int], ...]

STANDARD_DAY: Intervals = ((8 * 60, 12 * 60), (13 * 60, 17 * 60))

# Every change to any calendar bumps this counter; cached expansions and timelines compare against it, so a
# change to a base calendar reaches the calendars derived from it without any bookkeeping.
_edits = 0


def _edited() -> None:
    global _edits
    _edits += 1


class _Exceptions(dict):
    """The `exceptions` dict of a calendar: a plain dict that invalidates calendar caches when changed in place."""

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        _edited()

    def __delitem__(self, key):
        super().__delitem__(key)
        _edited()

    def clear(self):
        super().clear()
        _edited()

    def pop(self, *args):
        _edited()
        return super().pop(*args)

    def popitem(self):
        _edited()
        return super().popitem()

    def setdefault(self, key, default=None):
        _edited()
        return super().setdefault(key, default)

    def update(self, *args, **kwargs):
        super().update(*args, **kwargs)
        _edited()

    def __ior__(self, other):
        super().__ior__(other)
        _edited()
        return self


# -- recurring exceptions ------------------------------------------------------------------------
FREQUENCIES = ("daily", "weekly", "monthly", "yearly")


@dataclass(frozen=True)
class ExceptionRule:
    """A recurring exception: days off (or days with their own working times) repeating from `start`.

    daily: every `interval` days · weekly: every `interval` weeks on `weekdays` (Monday=0), counting weeks
    from the one holding `start`, weeks beginning on `week_start` (MS Project: Sunday, 6) · monthly: every
    `interval` months on `day` of the month, or on the `nth` `weekday` (nth 1…5, or -1 for the last) ·
    yearly: every `interval` years in `month`, on `day` or on the `nth` `weekday`.
    It ends after `count` occurrences or on `until` (inclusive), or never. A `day` past the end of a short
    month falls on its last day. A plain range of days off is `ExceptionRule(start, until=end)`.
    """

    start: date
    freq: str = "daily"
    interval: int = 1
    until: date | None = None
    count: int | None = None
    weekdays: tuple[int, ...] = ()
    day: int | None = None
    nth: int | None = None
    weekday: int | None = None
    month: int | None = None
    intervals: Intervals = ()  # working time on the days it covers; () makes them days off
    name: str = ""
    week_start: int = 0  # the first day of a week for "every n weeks": Monday=0 … Sunday=6

    def __post_init__(self) -> None:
        label = (
            tr("Errors", "Calendar exception “{name}”").format(name=self.name)
            if self.name
            else tr("Errors", "A calendar exception")
        )
        if self.freq not in FREQUENCIES:
            raise ValidationError(
                tr("Errors", "{label}: “{freq}” is not a repetition (daily, weekly, monthly, yearly)").format(
                    label=label, freq=self.freq
                )
            )
        if self.interval < 1:
            raise ValidationError(
                tr("Errors", "{label}: it must repeat every 1 or more periods, not {interval}").format(
                    label=label, interval=self.interval
                )
            )
        if self.count is not None and self.count < 1:
            raise ValidationError(
                tr("Errors", "{label}: the number of occurrences must be at least 1").format(label=label)
            )
        if self.until is not None and self.until < self.start:
            raise ValidationError(
                tr("Errors", "{label}: it ends ({until}) before it starts ({start})").format(
                    label=label, until=self.until, start=self.start
                )
            )
        named = (*self.weekdays, self.week_start, *([self.weekday] if self.weekday is not None else []))
        if any(not 0 <= wd <= 6 for wd in named):
            raise ValidationError(tr("Errors", "{label}: weekdays are 0 (Monday) to 6 (Sunday)").format(label=label))
        if self.day is not None and not 1 <= self.day <= 31:
            raise ValidationError(
                tr("Errors", "{label}: day {day} of the month does not exist").format(label=label, day=self.day)
            )
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError(
                tr("Errors", "{label}: month {month} does not exist").format(label=label, month=self.month)
            )
        if self.nth is not None and (self.nth not in (1, 2, 3, 4, 5, -1) or self.weekday is None):
            raise ValidationError(
                tr("Errors", "{label}: give the weekday and its position (1st…5th, or -1 for the last)").format(
                    label=label
                )
            )
        object.__setattr__(self, "weekdays", tuple(sorted(set(self.weekdays))))
        object.__setattr__(self, "intervals", _check_intervals(self.intervals, label))

    def occurrences(self, after: date | None = None) -> Iterator[date]:
        """The dates it covers, in order (from `after` on, when given); endless if it has no end."""
        count = 0
        # An unbounded-by-count rule can start at the period holding `after`; a counted one must count from start.
        skip_to = after if (after is not None and self.count is None) else None
        for day in self._candidates(skip_to):
            if day < self.start:
                continue
            if self.until is not None and day > self.until:
                return
            count += 1
            if after is None or day >= after:
                yield day
            if self.count is not None and count >= self.count:
                return

    def dates_between(self, first: date, last: date) -> list[date]:
        out = []
        for day in self.occurrences(first):
            if day > last:
                break
            out.append(day)
        return out

    def _candidates(self, skip_to: date | None) -> Iterator[date]:
        start, step = self.start, self.interval
        if self.freq == "daily":
            k = 0 if skip_to is None or skip_to <= start else -(-(skip_to - start).days // step)
            day = start + timedelta(days=k * step)
            while True:
                yield day
                day += timedelta(days=step)
        elif self.freq == "weekly":
            first = start - timedelta(days=(start.weekday() - self.week_start) % 7)
            k = 0
            if skip_to is not None and skip_to > start:
                k = (skip_to - first).days // 7 // step
            # days of the week in the order they fall within a week that begins on week_start
            offsets = sorted((wd - self.week_start) % 7 for wd in (self.weekdays or (start.weekday(),)))
            while True:
                week = first + timedelta(days=7 * k * step)
                for offset in offsets:
                    yield week + timedelta(days=offset)
                k += 1
        else:
            yearly = self.freq == "yearly"
            months = 12 * step if yearly else step
            year, month = start.year, (self.month or start.month) if yearly else start.month
            if skip_to is not None and skip_to > start:
                gap = (skip_to.year - year) * 12 + skip_to.month - month
                k = max(0, gap // months)
                year, month = divmod(year * 12 + month - 1 + k * months, 12)
                month += 1
            while year <= 9999:
                day = self._day_in(year, month)
                if day is not None:
                    yield day
                year, month = divmod(year * 12 + month - 1 + months, 12)
                month += 1

    def _day_in(self, year: int, month: int) -> date | None:
        length = month_calendar.monthrange(year, month)[1]
        if self.nth is None:
            return date(year, month, min(self.day or self.start.day, length))
        first = date(year, month, 1)
        if self.nth == -1:
            last = date(year, month, length)
            return last - timedelta(days=(last.weekday() - self.weekday) % 7)
        day = 1 + (self.weekday - first.weekday()) % 7 + 7 * (self.nth - 1)
        return date(year, month, day) if day <= length else None


def _check_intervals(intervals, label: str | None = None) -> Intervals:
    label = label or tr("Errors", "A calendar")
    spans = tuple((int(a), int(b)) for a, b in intervals)
    previous = 0
    for a, b in spans:
        if not 0 <= a < b <= 24 * 60 or a < previous:
            raise ValidationError(
                tr("Errors", "{label}: working times must be sorted, not overlap and stay within the day").format(
                    label=label
                )
            )
        previous = b
    return spans


# -- calendars ------------------------------------------------------------------------------------
@dataclass
class Calendar:
    """A working week plus exceptions. With a `base`, days the calendar does not define fall through to the base:
    a `week` entry of None means "as the base calendar", and the base's exceptions and holidays apply unless
    this calendar has its own exception that day.

    Precedence for one day: own `exceptions` > own `rules` (later ones win) > own public holidays > the base
    calendar's exceptions, rules and holidays > own `week` > the base calendar's week.
    """

    name: str = "Standard"
    # Monday=0 … Sunday=6; None inherits the base calendar's day
    week: tuple[Intervals | None, ...] = (STANDARD_DAY,) * 5 + ((), ())
    exceptions: dict[date, Intervals] = field(default_factory=dict)  # a day's own intervals; () is a day off
    minutes_per_day: int = 480
    days_per_week: int = 5
    days_per_month: int = 20
    rules: tuple[ExceptionRule, ...] = ()
    holiday_country: str = ""  # ISO 3166 code for public holidays ("FR", "US"); "" for none
    holiday_subdivision: str = ""  # a state or region of that country ("CA", "BY"); "" for national ones only
    base: Calendar | None = None
    id: int = 0  # its key in the workspace's calendars; 0 for one that is not stored
    # A scenario's own calendar (planner.core.scenarios): the scenario project, the live calendar it copies (None:
    # made in the scenario)
    scenario_of: int | None = None
    origin_id: int | None = None

    def __setattr__(self, name: str, value) -> None:
        if name == "exceptions" and not isinstance(value, _Exceptions):
            value = _Exceptions(value)
        elif name == "rules":
            value = tuple(value)
        object.__setattr__(self, name, value)
        if not name.startswith("_"):
            _edited()

    def __getstate__(self):
        # Copies and pickles carry the calendar, not its caches.
        return {key: value for key, value in self.__dict__.items() if not key.startswith("_")}

    @classmethod
    def derived(cls, base: Calendar, name: str, **fields) -> Calendar:
        """A calendar that is `base` plus its own exceptions (a person's calendar over the team's)."""
        fields.setdefault("week", (None,) * 7)
        for key in ("minutes_per_day", "days_per_week", "days_per_month"):
            fields.setdefault(key, getattr(base, key))
        return cls(name=name, base=base, **fields)

    # -- days ---------------------------------------------------------------------------
    def intervals(self, day: date) -> Intervals:
        found = self._special(day)
        return found if found is not None else self._weekday(day.weekday())

    def is_working_day(self, day: date) -> bool:
        return bool(self.intervals(day))

    def exception_name(self, day: date) -> str | None:
        """Why `day` differs from the working week: a rule's or holiday's name ("" when unnamed), else None."""
        if day in self.exceptions:
            return ""
        names = self._year(day.year)[1]
        if day in names:
            return names[day]
        return self.base.exception_name(day) if self.base is not None else None

    def _special(self, day: date) -> Intervals | None:
        found = self.exceptions.get(day)
        if found is not None:
            return found
        if self.rules or self.holiday_country:
            found = self._year(day.year)[0].get(day)
            if found is not None:
                return found
        return self.base._special(day) if self.base is not None else None

    def weekday_intervals(self, weekday: int) -> Intervals:
        """The working intervals of a weekday (Monday=0) in the working week, before any exception."""
        return self._weekday(weekday)

    def _weekday(self, weekday: int) -> Intervals:
        own = self.week[weekday]
        if own is None:
            return self.base._weekday(weekday) if self.base is not None else ()
        return own

    def _year(self, year: int) -> tuple[dict[date, Intervals], dict[date, str]]:
        """This calendar's own rule and holiday days in `year`, expanded once and cached until a calendar changes."""
        cache = self.__dict__.get("_years")
        if cache is None or cache[0] != _edits:
            cache = (_edits, {})
            object.__setattr__(self, "_years", cache)
        found = cache[1].get(year)
        if found is None:
            days: dict[date, Intervals] = {}
            names: dict[date, str] = {}
            if self.holiday_country:
                for day, name in public_holidays(self.holiday_country, self.holiday_subdivision, year).items():
                    days[day], names[day] = (), name
            first, last = date(year, 1, 1), date(year, 12, 31)
            for rule in self.rules:
                for day in rule.dates_between(first, last):
                    days[day], names[day] = rule.intervals, rule.name
            found = cache[1][year] = (days, names)
        return found

    def _has_working_time(self) -> bool:
        if any(self._weekday(wd) for wd in range(7)):
            return True
        cal: Calendar | None = self
        while cal is not None:
            if any(cal.exceptions.values()) or any(rule.intervals for rule in cal.rules):
                return True
            cal = cal.base
        return False

    # -- instants -----------------------------------------------------------------------
    def timeline(self) -> Timeline:
        """The calendar laid out as a working-minute number line (cached until any calendar changes)."""
        line = self.__dict__.get("_line")
        if line is None or line.edits != _edits:
            line = Timeline(self)
            object.__setattr__(self, "_line", line)
        return line

    def next_working(self, at: datetime) -> datetime:
        """The first working instant at or after `at`."""
        return self.add_working(at, 0)

    def previous_working(self, at: datetime) -> datetime:
        """The last working instant at or before `at` (an instant that ends working time)."""
        return self.add_working(at, 0, backward=True)

    def add_working(self, at: datetime, minutes: int, backward: bool = False) -> datetime:
        """The instant `minutes` of working time after `at` (before it if `backward` or negative).

        Adding zero snaps forward to the next working instant (backward: to the end of the
        previous working interval), as schedulers do with a start or a finish. A forward result that
        lands on the end of a working interval is that end (17:00, not 08:00 the next working day).
        """
        if minutes < 0:
            minutes, backward = -minutes, not backward
        line = self.timeline()
        position = line.position(at)
        if backward:
            return line.finish_at(position) if minutes == 0 else line.start_at(position - minutes)
        return line.start_at(position) if minutes == 0 else line.finish_at(position + minutes)

    def working_minutes(self, start: datetime, end: datetime) -> int:
        """Working minutes between two instants; negative when `end` is before `start`."""
        line = self.timeline()
        return round(line.position(end) - line.position(start))

    # -- days as a unit -----------------------------------------------------------------
    def day_start(self, day: date) -> datetime:
        """The first working instant of `day`, or of the next working day."""
        return self.next_working(datetime.combine(day, time()))

    def day_end(self, day: date) -> datetime:
        """The last working instant of `day`, or of the previous working day."""
        return self.previous_working(datetime.combine(day, time()) + timedelta(days=1))


class CombinedCalendar(Calendar):
    """Working time whenever any of `members` works: the hours of a task that several people, each on their
    own calendar, carry out together. MS Project schedules such a task (one with no calendar of its own) so."""

    def __init__(self, members: tuple[Calendar, ...]) -> None:
        super().__init__(name=" + ".join(m.name for m in members), minutes_per_day=members[0].minutes_per_day,
                         days_per_week=members[0].days_per_week, days_per_month=members[0].days_per_month)  # fmt: skip
        object.__setattr__(self, "members", members)

    def _special(self, day: date) -> Intervals:
        return _merged(span for member in self.members for span in member.intervals(day))

    def _weekday(self, weekday: int) -> Intervals:
        return _merged(span for member in self.members for span in member._weekday(weekday))

    def _has_working_time(self) -> bool:
        return any(member._has_working_time() for member in self.members)

    def exception_name(self, day: date) -> str | None:
        return next((name for m in self.members if (name := m.exception_name(day)) is not None), None)


def _merged(spans) -> Intervals:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def public_holidays(country: str, subdivision: str = "", year: int | None = None) -> dict[date, str]:
    """Public holidays of a country (and region) in `year`, by date, from the `holidays` package."""
    import holidays  # lazy: it loads every country's rules, which only calendars with holidays need

    try:
        found = holidays.country_holidays(country.upper(), subdiv=subdivision or None, years=year)
    except NotImplementedError as error:
        where = f"{country}-{subdivision}" if subdivision else country
        raise ValidationError(
            tr("Errors", "No public holidays are known for “{where}”: {error}").format(where=where, error=error)
        ) from None
    return dict(found.items())


# -- the working-minute number line --------------------------------------------------------------
_CHUNK = 366  # days added at a time when a timeline grows
_MINUTES = [timedelta(minutes=m) for m in range(24 * 60 + 1)]


class _Answers(dict):
    """A function's answers kept by argument: a known one is a plain dict lookup in C, and the function is asked
    only the first time (`__missing__`)."""

    __slots__ = ("find",)

    def __init__(self, find: Callable) -> None:
        super().__init__()
        self.find = find

    def __missing__(self, key):
        found = self[key] = self.find(key)
        return found


class Timeline:
    """One calendar as a number line of working minutes, so working-time arithmetic is integer arithmetic.

    A position counts working minutes from an arbitrary origin; every instant has a position (non-working
    instants share the position of the working time around them). `start_at` turns a position back into the
    latest instant with it (08:00 Monday), `finish_at` into the earliest (17:00 Friday). The line grows by
    whole years on demand. It is a snapshot: get a fresh one from `Calendar.timeline()` after a change.
    """

    stand_in_for = ""  # the scheduler's: the name of a calendar without working time this line stands in for

    def __init__(self, calendar: Calendar) -> None:
        if not calendar._has_working_time():
            raise ValueError(f"calendar {calendar.name!r} has no working time")
        self.calendar = calendar
        self.edits = _edits
        self.first = 0  # ordinal of the first day covered
        self.cum: list[int] = []  # working minutes before the start of each covered day
        self.spans: list[Intervals] = []
        self.days: list[datetime] = []  # midnight of each covered day
        self._starts = _Answers(self._start_at)  # `start_at` and `finish_at` answers, by position
        self._finishes = _Answers(self._finish_at)

    # -- growing ----------------------------------------------------------------------------
    def _cover(self, ordinal: int) -> None:
        if not self.cum:
            self.first = ordinal - 30
            self.cum, self.spans, self.days = [0], [], []
            self._append(self.first, ordinal + _CHUNK)
            return
        while ordinal < self.first:
            self._prepend(_CHUNK)
        while ordinal >= self.first + len(self.spans):
            self._append(self.first + len(self.spans), self.first + len(self.spans) + _CHUNK)

    def _append(self, start: int, stop: int) -> None:
        cal = self.calendar
        cum, spans, days = self.cum, self.spans, self.days
        total = cum.pop()  # the entry past the last day, rebuilt below
        for ordinal in range(start, stop):
            day = date.fromordinal(ordinal)
            found = cal.intervals(day)
            cum.append(total)
            spans.append(found)
            days.append(datetime(day.year, day.month, day.day))
            for a, b in found:
                total += b - a
        cum.append(total)

    def _prepend(self, count: int) -> None:
        cal = self.calendar
        new_cum, new_spans, new_days = [], [], []
        for ordinal in range(self.first - count, self.first):
            day = date.fromordinal(ordinal)
            new_spans.append(cal.intervals(day))
            new_days.append(datetime(day.year, day.month, day.day))
        total = self.cum[0]
        for found in reversed(new_spans):
            total -= sum(b - a for a, b in found)
            new_cum.append(total)
        new_cum.reverse()
        self.cum[:0] = new_cum
        self.spans[:0] = new_spans
        self.days[:0] = new_days
        self.first -= count

    def _grow(self, forward: bool, idle: int) -> int:
        """Add a year to one end; returns how many years in a row added no working time (ten is an error)."""
        before = self.cum[-1] - self.cum[0]
        if forward:
            self._cover(self.first + len(self.spans))
        else:
            self._prepend(_CHUNK)
        idle = idle + 1 if self.cum[-1] - self.cum[0] == before else 0
        if idle >= 10:
            edge = date.fromordinal(self.first + (len(self.spans) if forward else 0))
            raise ValueError(f"calendar {self.calendar.name!r} has no working time within ten years of {edge:%Y-%m-%d}")
        return idle

    # -- instants to positions --------------------------------------------------------------
    def position(self, at: datetime) -> float:
        """Working minutes from the origin to `at`."""
        i = at.toordinal() - self.first
        if i < 0 or i >= len(self.spans):
            self._cover(at.toordinal())
            i = at.toordinal() - self.first
        now = at.hour * 60 + at.minute
        if at.second or at.microsecond:
            now += at.second / 60 + at.microsecond / 60_000_000
        position = self.cum[i]
        for a, b in self.spans[i]:
            if now <= a:
                break
            position += (b if now >= b else now) - a
        return position

    def position_of_minute(self, minute: int) -> int:
        """The position of an absolute minute (date ordinal × 1440 + minute of the day)."""
        ordinal, now = divmod(minute, 1440)
        i = ordinal - self.first
        if i < 0 or i >= len(self.spans):
            self._cover(ordinal)
            i = ordinal - self.first
        position = self.cum[i]
        for a, b in self.spans[i]:
            if now <= a:
                break
            position += (b if now >= b else now) - a
        return position

    # -- positions to instants --------------------------------------------------------------
    def _start_day(self, position: float) -> int:
        """Index of the day holding the working minute that starts at `position`."""
        return self._day_index(position, bisect_right)

    def _finish_day(self, position: float) -> int:
        """Index of the day holding the working minute that ends at `position`."""
        return self._day_index(position, bisect_left)

    def _day_index(self, position: float, bisect) -> int:
        """The covered day `bisect` finds for `position`, growing the line until it covers it."""
        idle = 0
        while True:
            i = bisect(self.cum, position) - 1
            if i < 0:
                idle = self._grow(False, idle)
            elif i >= len(self.spans):
                idle = self._grow(True, idle)
            else:
                return i

    def start_minute(self, position: float) -> float:
        """The latest absolute minute at `position`: the next working instant (a start)."""
        i = self._start_day(position)
        rest = position - self.cum[i]
        for a, b in self.spans[i]:
            if rest < b - a:
                return (self.first + i) * 1440 + a + rest
            rest -= b - a
        raise AssertionError("timeline out of step")  # pragma: no cover

    def finish_minute(self, position: float) -> float:
        """The earliest absolute minute at `position`: the end of the working time before it (a finish)."""
        i = self._finish_day(position)
        rest = position - self.cum[i]
        for a, b in self.spans[i]:
            if rest <= b - a:
                return (self.first + i) * 1440 + a + rest
            rest -= b - a
        raise AssertionError("timeline out of step")  # pragma: no cover

    # An instant is asked for again and again (a reschedule writes each moved task's dates, mostly the same few
    # days' 08:00 and 17:00), so each end's answers are kept by position (`_Answers`): a lookup instead of a search
    # and a new datetime. The line is a snapshot (positions never move as it grows), so they never go stale.
    def start_at(self, position: float) -> datetime:
        return self._starts[position]

    def finish_at(self, position: float) -> datetime:
        return self._finishes[position]

    def _start_at(self, position: float) -> datetime:
        i = self._start_day(position)
        rest = position - self.cum[i]
        for a, b in self.spans[i]:
            if rest < b - a:
                return self._instant(i, a + rest)
            rest -= b - a
        raise AssertionError("timeline out of step")  # pragma: no cover

    def _finish_at(self, position: float) -> datetime:
        i = self._finish_day(position)
        rest = position - self.cum[i]
        for a, b in self.spans[i]:
            if rest <= b - a:
                return self._instant(i, a + rest)
            rest -= b - a
        raise AssertionError("timeline out of step")  # pragma: no cover

    def _instant(self, i: int, minute: float) -> datetime:
        if minute.__class__ is int:
            return self.days[i] + _MINUTES[minute]
        return self.days[i] + timedelta(seconds=round(minute * 60))


def to_minute(at: datetime) -> int:
    """An instant as an absolute minute (date ordinal × 1440 + minute of the day), seconds dropped."""
    return at.toordinal() * 1440 + at.hour * 60 + at.minute


STANDARD = Calendar()
