"""The Gantt chart's time axis: dates to pixels and back, zoom, snapping and the two tiers of the time scale.

Plain Python (no Qt), as KGantt's date-time grid: the chart, printing and the tests share one mapping. Time is
wall-clock time (a weekend is as wide as a weekday); calendars only shade the days nobody works.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.core.i18n import tr
from planner.reports import formats

UNITS = ("hour", "day", "week", "month", "quarter", "year", "decade")
MIN_PX_PER_DAY = 0.12  # years: about 44 px a year
MAX_PX_PER_DAY = 2880.0  # hours: 120 px an hour
ZOOM_STEP = 1.4
# Named zoom levels for the toolbar: pixels per day.
PRESETS = {"Hours": 960.0, "Days": 36.0, "Weeks": 12.0, "Months": 3.2, "Quarters": 0.7, "Years": 0.22}
_TOP = {"hour": "day", "day": "week", "week": "month", "month": "year", "quarter": "year", "year": "decade"}
_MIN_LABEL = {"hour": 22, "day": 18, "week": 30, "month": 24, "quarter": 30, "year": 34}  # the narrowest cell
_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30.44, "quarter": 91.3, "year": 365.25, "decade": 3652.5}
SNAP_MIN_PX = 8  # the snap unit is the smallest unit at least this wide on screen


@dataclass(frozen=True)
class Cell:
    """One cell of a tier: the period [start, end) between x0 and x1, and its label for that width."""

    start: datetime
    end: datetime
    x0: float
    x1: float
    label: str


def floor(at: datetime, unit: str) -> datetime:
    """The start of the `unit` that holds `at`."""
    if unit == "hour":
        return at.replace(minute=0, second=0, microsecond=0)
    day = datetime(at.year, at.month, at.day)
    if unit == "day":
        return day
    if unit == "week":  # weeks start on the locale's first day
        return datetime.combine(formats.week_start(day.date()), day.time())
    if unit == "month":
        return datetime(at.year, at.month, 1)
    if unit == "quarter":
        return datetime(at.year, (at.month - 1) // 3 * 3 + 1, 1)
    if unit == "year":
        return datetime(at.year, 1, 1)
    if unit == "decade":
        return datetime(at.year // 10 * 10, 1, 1)
    raise ValueError(f"no time unit {unit!r}")


def step(at: datetime, unit: str) -> datetime:
    """The start of the next `unit` after the one starting at `at`."""
    if unit == "hour":
        return at + timedelta(hours=1)
    if unit == "day":
        return at + timedelta(days=1)
    if unit == "week":
        return at + timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
    index = at.year * 12 + at.month - 1 + months
    return datetime(index // 12, index % 12 + 1, 1)


def label(unit: str, start: datetime, width: float, top: bool = False) -> str:
    """What a cell of `unit` starting at `start` says in `width` pixels: the longest text that fits."""
    if unit == "hour":
        return f"{start:%H}:00" if width >= 40 else f"{start:%H}"
    if unit == "day":
        if top:
            return formats.long_day(start) if width >= 220 else formats.weekday_day_month(start)
        weekday = formats.weekday_name(start.date())
        if width >= 60:
            return f"{weekday} {start.day}"
        return f"{weekday[0]} {start.day}" if width >= 32 else str(start.day)
    if unit == "week":
        week = formats.week_number(start.date())
        if top or width >= 110:
            return tr("Gantt", "Week {week} · {day}").format(week=week, day=formats.day(start))
        return formats.day_month(start) if width >= 44 else tr("Gantt", "W{week}", "short for week").format(week=week)
    if unit == "month":
        long, short = formats.month_name(start.month), formats.month_name(start.month, short=True)
        if top:
            return f"{long} {start.year}" if width >= 90 else f"{short} {start.year}"
        return long if width >= 80 else short if width >= 28 else short[0]
    if unit == "quarter":
        quarter = (start.month - 1) // 3 + 1
        short = tr("Gantt", "Q{quarter}", "short for quarter").format(quarter=quarter)
        return f"{short} {start.year}" if width >= 64 else short
    if unit == "year":
        return str(start.year)
    return tr("Gantt", "{year}s", "a decade").format(year=start.year)


class TimeScale:
    """Maps a datetime to an x pixel and back: x = (at − origin) × pixels per day."""

    def __init__(self, origin: datetime, px_per_day: float) -> None:
        self.origin = origin
        self.px_per_day = clamp_zoom(px_per_day)
        self._per_second = self.px_per_day / 86400

    def x(self, at: datetime) -> float:
        return (at - self.origin).total_seconds() * self._per_second

    def at(self, x: float) -> datetime:
        return self.origin + timedelta(seconds=x / self._per_second)

    def width(self, unit: str) -> float:
        """The width of one `unit` on screen (months and years on average)."""
        return _DAYS[unit] * self.px_per_day

    def tiers(self) -> tuple[str, str]:
        """(top unit, bottom unit): the bottom is the smallest unit whose labels fit, the top the next natural one."""
        bottom = next((u for u in UNITS[:-1] if self.width(u) >= _MIN_LABEL[u]), "year")
        return _TOP[bottom], bottom

    def snap_unit(self) -> str:
        """What a drag snaps to: the smallest unit at least SNAP_MIN_PX wide (the finest tick the chart draws)."""
        return next((u for u in UNITS[:-1] if self.width(u) >= SNAP_MIN_PX), "year")

    def snap(self, at: datetime, unit: str | None = None) -> datetime:
        """`at` moved to the nearest start of a `unit` (the snap unit by default)."""
        unit = unit or self.snap_unit()
        before = floor(at, unit)
        after = step(before, unit)
        return after if (after - at) < (at - before) else before

    def cells(self, unit: str, x0: float, x1: float, top: bool = False) -> list[Cell]:
        """The cells of `unit` that overlap [x0, x1], with labels that fit their widths."""
        out = []
        start = floor(self.at(x0), unit)
        while True:
            end = step(start, unit)
            left, right = self.x(start), self.x(end)
            if left > x1:
                break
            out.append(Cell(start, end, left, right, label(unit, start, right - left, top)))
            start = end
        return out

    def days(self, x0: float, x1: float) -> list[date]:
        """The days that overlap [x0, x1]."""
        first = self.at(x0).date()
        last = self.at(x1).date()
        return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def clamp_zoom(px_per_day: float) -> float:
    return max(MIN_PX_PER_DAY, min(MAX_PX_PER_DAY, px_per_day))


def fit(first: datetime, last: datetime, width: float, margin: float = 0.04) -> float:
    """Pixels per day that show first..last in `width` pixels, with a little room at both ends."""
    days = max((last - first).total_seconds() / 86400, 1 / 24)
    return clamp_zoom(width / (days * (1 + 2 * margin)))


_PRESET_OF_UNIT = {"hour": "Hours", "day": "Days", "week": "Weeks", "month": "Months", "quarter": "Quarters",
                   "year": "Years"}  # fmt: skip


def preset_for(px_per_day: float) -> str:
    """The name of the zoom preset for `px_per_day`: the unit the scale's lower tier shows at that zoom, so the
    toolbar's box and the header never disagree (the nearest preset on a log scale named "Months" over weeks)."""
    return _PRESET_OF_UNIT[TimeScale(datetime(2000, 1, 1), px_per_day).tiers()[1]]
