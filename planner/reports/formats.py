"""Dates, times, numbers, money and weeks as the user's locale writes them, for the window and the reports alike.

Everything reads Qt's default locale, `QLocale()`: the system's, or the one a test sets with `QLocale.setDefault`.
It lives with the reports because they sit below the window and draw with Qt already; the window imports it from
here. A date with its month's name is the locale's long format without the weekday and with short month names
("3 Dec 2026", "Dec 3, 2026", "3. Dez. 2026"), as QLocale has no medium format.

Weeks start on the locale's first day (Sunday in the US, Monday in most of Europe). Week numbers follow the same
choice: where weeks start on Monday they are ISO 8601 weeks (`date.isocalendar`), as Europe numbers them;
elsewhere week 1 is the week holding 1 January, counted from the locale's first day, as US calendars do.

The charts, which may not import Qt, write through `planner.core.locale_text`, which the window and the report job
point here when they start.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import cache

from PySide6.QtCore import QDate, QLocale, QTime

from planner.core.durations import format_duration, format_work, parse_duration, parse_work

_WEEKDAY = re.compile(r"d{3,4}[,.]?\s*")
_YEAR = re.compile(r"[\s,./-]*y+[\s,./-]*")


def _locale() -> QLocale:
    locale = QLocale()
    # A system with no locale set (LANG=C, a bare container) gets Qt's "C" locale, whose dates read "4 12 2026":
    # write as British English there, the plain English the app writes when nothing else is known.
    if locale.language() == QLocale.Language.C:
        return _PLAIN_ENGLISH
    return locale


_PLAIN_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _qdate(value: date | datetime) -> QDate:
    if isinstance(value, datetime):
        value = value.date()
    return QDate(value.year, value.month, value.day)


def _long_pattern(weekday: bool, year: bool = True) -> str:
    """The locale's long date format with short month (and weekday) names, without the weekday or year if asked."""
    pattern = _locale().dateFormat(QLocale.FormatType.LongFormat).replace("MMMM", "MMM")
    pattern = pattern.replace("dddd", "ddd") if weekday else _WEEKDAY.sub("", pattern, count=1)
    if not year:
        pattern = _YEAR.sub(" ", pattern).strip()
    return pattern.strip(" ,")


def short_date(value: date | datetime | None) -> str:
    """The locale's short date: "03/12/2026", "12/3/26", "03.12.26"."""
    return "" if value is None else _locale().toString(_qdate(value), QLocale.FormatType.ShortFormat)


def day(value: date | datetime | None) -> str:
    """A date with its month's name: "3 Dec 2026", "Dec 3, 2026", "3. Dez. 2026"."""
    return "" if value is None else _locale().toString(_qdate(value), _long_pattern(weekday=False))


def weekday_day(value: date | datetime | None) -> str:
    """A date with its weekday: "Thu, 3 Dec 2026", "Thu, Dec 3, 2026", "Do., 3. Dez. 2026"."""
    return "" if value is None else _locale().toString(_qdate(value), _long_pattern(weekday=True))


def day_month(value: date | datetime | None) -> str:
    """A date without its year: "3 Dec", "Dec 3", "3. Dez."."""
    return "" if value is None else _locale().toString(_qdate(value), _long_pattern(weekday=False, year=False))


def weekday_day_month(value: date | datetime | None) -> str:
    """A date with its weekday and without its year: "Thu, 3 Dec", "Do., 3. Dez."."""
    return "" if value is None else _locale().toString(_qdate(value), _long_pattern(weekday=True, year=False))


def long_day(value: date | datetime | None, weekday: bool = True) -> str:
    """The locale's long date: "Thursday, 3 December 2026", "Donnerstag, 3. Dezember 2026"; without the weekday,
    "3 December 2026"."""
    if value is None:
        return ""
    pattern = _locale().dateFormat(QLocale.FormatType.LongFormat)
    return _locale().toString(_qdate(value), pattern if weekday else _WEEKDAY.sub("", pattern, count=1).strip(" ,"))


def month_year(value: date | datetime) -> str:
    """A month heading: "December 2026", "Dezember 2026"."""
    locale = _locale()
    return f"{locale.standaloneMonthName(value.month)} {value.year}"


def month_name(month: int, short: bool = False) -> str:
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return _locale().standaloneMonthName(month, kind)


def weekday_name(value: date, short: bool = True) -> str:
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return _locale().standaloneDayName(value.isoweekday(), kind)


def clock(value: time | datetime) -> str:
    """A time of day: "14:30", "2:30 PM"."""
    if isinstance(value, datetime):
        value = value.time()
    return _locale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def day_and_time(value: datetime | None) -> str:
    """A moment: its date with the month's name, and its time."""
    return "" if value is None else f"{day(value)} {clock(value)}"


def moment(value: datetime) -> str:
    """A moment told to the second, as a backup's: "Thursday, 3 December 2026, 14:30:05"."""
    return f"{long_day(value)}, {_locale().toString(QTime(value.hour, value.minute, value.second), 'HH:mm:ss')}"


def number(value: float | None, decimals: int = 0) -> str:
    """A number with the locale's grouping and decimal mark: "1,500.50", "1.500,50", "1 500,50"."""
    return "" if value is None else _locale().toString(float(value), "f", decimals)


def short_number(value: float, most_decimals: int = 2) -> str:
    """A number with at most `most_decimals` decimals and no trailing zeros: "2.5", "2,5", "1,500"."""
    text = number(value, most_decimals)
    point = _locale().decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def percent(value: float | None, decimals: int = 0) -> str:
    """A percentage, a space before the locale's percent sign: "50 %"."""
    return "" if value is None else f"{number(value, decimals)} {_locale().percent()}"


def money(value: float | None, decimals: int = 2, currency: str | None = None) -> str:
    """An amount in `currency` (an ISO code such as "EUR") if the workspace has one, else the locale's own:
    "£1,500.50", "1.500,50 €"."""
    if value is None:
        return ""
    locale = _locale()
    if currency:
        return locale.toCurrencyString(float(value), currency_symbol(currency), decimals)
    return locale.toCurrencyString(float(value), locale.currencySymbol(), decimals)


@cache
def currency_symbol(code: str) -> str:
    """The symbol of currency `code` where a locale that uses it writes one ("EUR" is "€"), else the code."""
    for locale in QLocale.matchingLocales(QLocale.Language.AnyLanguage, QLocale.Script.AnyScript,
                                          QLocale.Country.AnyCountry):  # fmt: skip
        if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
            return locale.currencySymbol()
    return code


def hours(value: float, decimals: int = 0) -> str:
    """Hours: "1,500 h", "2.5 h"."""
    return f"{short_number(value, decimals) if decimals else number(value)} h"


def parse_number(text: str) -> float:
    """A number typed as the locale writes it ("1.500,50" in German), or as C does ("1500.50"). Raises ValueError."""
    for locale in (_locale(), QLocale.c()):
        value, ok = locale.toDouble(text.strip())
        if ok:
            return value
    raise ValueError(text)


def with_long_years(formats: list[str]) -> list[str]:
    """Each format, and its four-digit-year twin: people write 04.03.2024 where the locale says dd.MM.yy."""
    out = []
    for fmt in formats:
        out.append(fmt)
        if "yyyy" not in fmt and "yy" in fmt:
            out.append(fmt.replace("yy", "yyyy"))
    return out


BASE_YEAR = 1969  # a two-digit year 69–99 is 19xx, 00–68 is 20xx, as the CSV reader reads them


def parse_date(text: str) -> date | None:
    """A date typed in the locale's short or long format, or as shown here ("Thu, 3 Dec 2026"), or ISO 8601
    ("2026-12-03"); None if it is neither."""
    text = text.strip()
    locale = _locale()
    kinds = (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat)
    shown = [_long_pattern(weekday=True), _long_pattern(weekday=False)]
    for fmt in with_long_years([locale.dateFormat(kind) for kind in kinds]) + shown:
        found = locale.toDate(text, fmt, BASE_YEAR)
        if found.isValid():
            return found.toPython()
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def date_edit_format() -> str:
    """What a date field shows and reads: the locale's short format, with a four-digit year so it is never in
    doubt."""
    fmt = _locale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def first_weekday() -> int:
    """The locale's first day of the week as Python counts weekdays (Monday 0, Sunday 6)."""
    return _locale().firstDayOfWeek().value - 1


def week_start(value: date) -> date:
    """The first day of the week (as the locale starts weeks) that holds `value`."""
    return value - timedelta(days=(value.weekday() - first_weekday()) % 7)


def week_number(value: date) -> int:
    """The week's number: ISO 8601 where weeks start on Monday; else counted from the week holding 1 January."""
    if first_weekday() == 0:
        return value.isocalendar().week
    return (week_start(value) - week_start(date(value.year, 1, 1))).days // 7 + 1


def language() -> str:
    """The locale's language as a two-letter code ("en", "de", "fr"): what the duration parser reads besides
    English."""
    return _locale().name().split("_")[0]


def duration(minutes: int | None, calendar) -> str:
    return format_duration(minutes, calendar, language())


def work(minutes: int | None) -> str:
    return format_work(minutes, language())


def read_duration(text: str, calendar) -> int:
    return parse_duration(text, calendar, language())


def read_work(text: str, calendar) -> int:
    return parse_work(text, calendar, language())
