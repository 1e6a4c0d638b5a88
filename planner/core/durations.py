"""Durations as people type and read them ("3d", "1.5w", "4h", "90m", "2mo"), in working minutes.

Days, weeks and months convert through a calendar's hours per day, days per week and days per
month, as MS Project does. People also type in their own language ("3 Tage", "4 Std", "3j", "2 semaines"):
the parser reads English and the user's `language` ("de", "fr"; the window passes its locale's), and a shown
duration uses that language's short units and decimal comma, so what is shown reads back.
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
# Each language's unit words, read besides the English ones whatever translations are installed.
_LANGUAGE_UNITS = {
    "de": {
        "min": "minute", "minute": "minute", "minuten": "minute",
        "std": "hour", "stunde": "hour", "stunden": "hour",
        "t": "day", "tg": "day", "tag": "day", "tage": "day", "tagen": "day",
        "wo": "week", "woche": "week", "wochen": "week",
        "mon": "month", "monat": "month", "monate": "month", "monaten": "month",
    },
    "fr": {
        "min": "minute", "minute": "minute", "minutes": "minute",
        "h": "hour", "heure": "hour", "heures": "hour",
        "j": "day", "jr": "day", "jour": "day", "jours": "day",
        "sem": "week", "semaine": "week", "semaines": "week",
        "mois": "month",
    },
}  # fmt: skip
# The short unit a shown duration ends with, per language, and whether a space comes before it.
_SHORT_UNITS = {
    "en": ({"minute": "m", "hour": "h", "day": "d"}, ""),
    "de": ({"minute": "Min", "hour": "Std", "day": "T"}, " "),
    "fr": ({"minute": "min", "hour": "h", "day": "j"}, " "),
}
_PATTERN = re.compile(r"^\s*([0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)\s*([^\W\d_]*)\.?\s*$")
MAX_MINUTES = 100 * 365 * 24 * 60  # a century of round-the-clock work: anything longer is a typo


def unit_minutes(unit: str, calendar: Calendar) -> int:
    return {
        "minute": 1,
        "hour": 60,
        "day": calendar.minutes_per_day,
        "week": calendar.minutes_per_day * calendar.days_per_week,
        "month": calendar.minutes_per_day * calendar.days_per_month,
    }[unit]


def _translated_units() -> dict[str, str]:
    """The short units as the installed translation writes them, so a translator's choice reads back too."""
    words = {
        "minute": tr("Durations", "m", "short unit of minutes"),
        "hour": tr("Durations", "h", "short unit of hours"),
        "day": tr("Durations", "d", "short unit of days"),
        "week": tr("Durations", "w", "short unit of weeks"),
        "month": tr("Durations", "mo", "short unit of months"),
    }
    return {word.strip().lower().rstrip("."): unit for unit, word in words.items()}


def _unit_words(language: str) -> dict[str, str]:
    return {**_translated_units(), **_LANGUAGE_UNITS.get(language, {}), **_UNITS}


def parse_duration(text: str, calendar: Calendar, language: str = "en") -> int:
    """Working minutes for `text`, in English or `language`; a bare number means days. Raises ValidationError
    with the reason."""
    match = _PATTERN.match(text.strip().lower())
    if not match:
        raise ValidationError(
            tr("Errors", "“{text}” is not a duration: write a number and a unit, such as 3d, 4h or 2w").format(
                text=text
            )
        )
    number, unit = match.groups()
    unit = unit or "d"
    units = _unit_words(language)
    if unit not in units:
        raise ValidationError(
            tr("Errors", "“{unit}” is not a unit of duration: use m, h, d, w or mo").format(unit=unit)
        )
    minutes = round(float(number.replace(",", ".")) * unit_minutes(units[unit], calendar))
    if minutes > MAX_MINUTES:
        raise ValidationError(tr("Errors", "“{text}” is longer than a century of work").format(text=text))
    return minutes


def parse_work(text: str, calendar: Calendar, language: str = "en") -> int:
    """Working minutes of work for `text`: as `parse_duration`, but a bare number means hours, as MS Project's
    work does."""
    match = _PATTERN.match(text.strip().lower())
    bare = match is not None and not match.group(2)
    return parse_duration(text.strip() + "h" if bare else text, calendar, language)


def _shown(number: str, unit: str, language: str) -> str:
    """`number` (as Python writes it) and the short `unit` in `language`: "2.5d", "2,5 T", "2,5 j"."""
    # A language without its own units (the C locale's "C", say) is written as English, with a point.
    words, gap = _SHORT_UNITS.get(language, _SHORT_UNITS["en"])
    if language in _SHORT_UNITS and language != "en":
        number = number.replace(".", ",")
    return f"{number}{gap}{words[unit]}"


def format_work(minutes: int | None, language: str = "en") -> str:
    """Work in hours, as MS Project shows it: "16h", "2.5h", "5.33h"."""
    if minutes is None:
        return ""
    hours = minutes / 60
    return _shown(f"{hours:g}" if hours == round(hours, 2) else f"{hours:.2f}", "hour", language)


def format_duration(minutes: int | None, calendar: Calendar, language: str = "en") -> str:
    """The shortest plain form: whole days as "3d", else hours as "4h", else minutes; in `language`'s short
    units ("3 T", "3 j")."""
    if minutes is None:
        return ""
    if minutes < 0:  # a lead (negative lag) reads as its length with a minus
        return "-" + format_duration(-minutes, calendar, language)
    per_day = calendar.minutes_per_day
    if minutes % per_day == 0 or minutes >= per_day:
        days = minutes / per_day
        return _shown(f"{days:g}" if days == round(days, 2) else f"{days:.2f}", "day", language)
    if minutes % 60 == 0 or minutes > 60:
        return _shown(f"{minutes / 60:g}" if minutes % 6 == 0 else f"{minutes / 60:.2f}", "hour", language)
    return _shown(str(minutes), "minute", language)
