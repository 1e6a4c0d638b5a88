"""How dates and numbers are written, for the layers that run without Qt (the charts, the session's backup labels).

The user's locale lives in Qt (`planner.reports.formats`, on QLocale), which the domain, the store and the charts may
not import; the window and the report job hand its ways in here when they start (`install`), as translations are
handed to `planner.core.i18n`. Until then, and in the headless jobs, dates read in English.
"""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

# English, as the charts wrote dates before they followed the locale.
_ENGLISH = SimpleNamespace(
    day=lambda d: f"{d.day} {d:%b %Y}",  # "3 Dec 2026"
    day_month=lambda d: f"{d.day} {d:%b}",  # "3 Dec"
    weekday_day=lambda d: f"{d:%a} {d.day} {d:%b %Y}",  # "Thu 3 Dec 2026"
    weekday_day_month=lambda d: f"{d:%a} {d.day} {d:%b}",  # "Thu 3 Dec"
    month_year=lambda d: f"{d:%B %Y}",  # "December 2026"
    moment=lambda d: f"{d:%A}, {d.day} {d:%B %Y, %H:%M:%S}",  # "Thursday, 3 December 2026, 14:30:05"
    number=lambda value, decimals=0: f"{value:,.{decimals}f}",  # "1,500.5"
)
_writer = _ENGLISH


def install(writer: object | None) -> None:
    """Write as `writer` does from now on: anything with this module's functions (the window and the report job
    pass `planner.reports.formats`); None goes back to English."""
    global _writer
    _writer = writer or _ENGLISH


def day(value: date) -> str:
    return _writer.day(value)


def day_month(value: date) -> str:
    return _writer.day_month(value)


def weekday_day(value: date) -> str:
    return _writer.weekday_day(value)


def weekday_day_month(value: date) -> str:
    return _writer.weekday_day_month(value)


def month_year(value: date) -> str:
    return _writer.month_year(value)


def moment(value: datetime) -> str:
    return _writer.moment(value)


def number(value: float, decimals: int = 0) -> str:
    return _writer.number(value, decimals)
