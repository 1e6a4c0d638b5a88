"""Durations as people type and read them ("3d", "1.5w", "4h", "90m", "2mo"), in working minutes.

Days, weeks and months convert through a calendar's hours per day, days per week and days per
month, as MS Project does.
"""

from __future__ import annotations

import re

from planner.core.calendars import Calendar
from planner.core.errors import ValidationError
from planner.core.i18n import tr

_UNITS = {
    "m": "minute", "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "d": "day", "day": "day", "days": "day",
    "w": "week", "wk": "week", "wks": "week", "week": "week", "weeks": "week",
    "mo": "month", "mon": "month", "month": "month", "months": "month",
}  # fmt: skip
_PATTERN = re.compile(r"^\s*([0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)\s*([a-z]*)\s*$")
MAX_MINUTES = 100 * 365 * 24 * 60  # a century of round-the-clock work: anything longer is a typo


def unit_minutes(unit: str, calendar: Calendar) -> int:
    return {
        "minute": 1,
        "hour": 60,
        "day": calendar.minutes_per_day,
        "week": calendar.minutes_per_day * calendar.days_per_week,
        "month": calendar.minutes_per_day * calendar.days_per_month,
    }[unit]


def parse_duration(text: str, calendar: Calendar) -> int:
    """Working minutes for `text`; a bare number means days. Raises ValidationError with the reason."""
    match = _PATTERN.match(text.strip().lower())
    if not match:
        raise ValidationError(
            tr("Errors", "“{text}” is not a duration: write a number and a unit, such as 3d, 4h or 2w").format(
                text=text
            )
        )
    number, unit = match.groups()
    unit = unit or "d"
    if unit not in _UNITS:
        raise ValidationError(
            tr("Errors", "“{unit}” is not a unit of duration: use m, h, d, w or mo").format(unit=unit)
        )
    minutes = round(float(number.replace(",", ".")) * unit_minutes(_UNITS[unit], calendar))
    if minutes > MAX_MINUTES:
        raise ValidationError(tr("Errors", "“{text}” is longer than a century of work").format(text=text))
    return minutes


def parse_work(text: str, calendar: Calendar) -> int:
    """Working minutes of work for `text`: as `parse_duration`, but a bare number means hours, as MS Project's
    work does."""
    match = _PATTERN.match(text.strip().lower())
    bare = match is not None and not match.group(2)
    return parse_duration(text.strip() + "h" if bare else text, calendar)


def format_work(minutes: int | None) -> str:
    """Work in hours, as MS Project shows it: "16h", "2.5h", "5.33h"."""
    if minutes is None:
        return ""
    hours = minutes / 60
    return f"{hours:g}h" if hours == round(hours, 2) else f"{hours:.2f}h"


def format_duration(minutes: int | None, calendar: Calendar) -> str:
    """The shortest plain form: whole days as "3d", else hours as "4h", else minutes."""
    if minutes is None:
        return ""
    if minutes < 0:  # a lead (negative lag) reads as its length with a minus
        return "-" + format_duration(-minutes, calendar)
    per_day = calendar.minutes_per_day
    if minutes % per_day == 0 or minutes >= per_day:
        days = minutes / per_day
        return f"{days:g}d" if days == round(days, 2) else f"{days:.2f}d"
    if minutes % 60 == 0 or minutes > 60:
        return f"{minutes / 60:g}h" if minutes % 6 == 0 else f"{minutes / 60:.2f}h"
    return f"{minutes}m"
