"""How the window reads dates and numbers typed by a person (a pasted spreadsheet, a CSV file chosen in File ▸
Import): as the user's locale (QLocale) writes them, before the CSV reader's own rules. The command line reads
the same files locale-neutrally; this is the window's half, so it stays Qt-side."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QLocale, QTime

from planner.io.csv_format import Reading
from planner.reports.formats import BASE_YEAR, with_long_years


def user_reading(fields: Sequence[str | None] | None = None, header: bool = True) -> Reading:
    """A `Reading` of dates, decimal points and date order as the user's locale writes them."""
    locale = QLocale()
    kinds = (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat)
    timed = with_long_years([locale.dateTimeFormat(kind) for kind in kinds])
    plain = with_long_years([locale.dateFormat(kind) for kind in kinds])

    def local_date(text: str) -> tuple[datetime, bool] | None:
        for fmt in timed:
            moment = locale.toDateTime(text, fmt, BASE_YEAR)
            if moment.isValid():
                return moment.toPython(), True
        for fmt in plain:
            day = locale.toDate(text, fmt, BASE_YEAR)
            if day.isValid():
                return datetime.combine(day.toPython(), QTime(0, 0).toPython()), False
        return None

    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    day_first = short.find("d") < short.find("M")
    return Reading(fields, header, day_first, local_date, locale.decimalPoint())
