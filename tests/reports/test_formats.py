"""The one locale formatter the window and the reports share: what each locale writes, and reads back."""

from datetime import date, datetime, timedelta

import pytest

from planner.core.calendars import Calendar
from planner.reports import formats

DAY = date(2026, 12, 3)  # a Thursday


@pytest.mark.parametrize(
    ("name", "short", "day", "weekday", "amount", "money", "clock"),
    [
        ("en_GB", "03/12/2026", "3 Dec 2026", "Thu, 3 Dec 2026", "1,500.50", "£1,500.50", "14:05"),
        ("en_US", "12/3/26", "Dec 3, 2026", "Thu, Dec 3, 2026", "1,500.50", "$1,500.50", "2:05\u202fPM"),
        ("de_DE", "03.12.26", "3. Dez. 2026", "Do., 3. Dez. 2026", "1.500,50", "1.500,50\xa0€", "14:05"),
        ("fr_FR", "03/12/2026", "3 déc. 2026", "jeu. 3 déc. 2026", "1\u202f500,50", "1\u202f500,50\xa0€", "14:05"),
    ],
)
def test_each_locale_writes_dates_numbers_and_money_its_own_way(name, short, day, weekday, amount, money, clock,
                                                                locale):  # fmt: skip
    locale(name)
    assert formats.short_date(DAY) == short
    assert formats.day(DAY) == day
    assert formats.weekday_day(DAY) == weekday
    assert formats.number(1500.5, 2) == amount
    assert formats.money(1500.5) == money
    assert formats.clock(datetime(2026, 12, 3, 14, 5)) == clock


def test_money_in_the_workspaces_currency_keeps_the_locales_separators(locale):
    locale("de_DE")
    assert formats.money(1500.5, currency="USD") == "1.500,50\xa0$"


@pytest.mark.parametrize(("name", "text"), [("de_DE", "1.500,50"), ("de_DE", "1500,5"), ("en_US", "1,500.50"),
                                            ("fr_FR", "1\u202f500,50"), ("de_DE", "1500.50")])  # fmt: skip
def test_a_number_typed_as_the_locale_writes_it_or_plainly_is_read(name, text, locale):
    locale(name)
    assert formats.parse_number(text) == 1500.5


@pytest.mark.parametrize(("name", "text"), [("de_DE", "03.12.26"), ("de_DE", "03.12.2026"), ("en_US", "12/3/26"),
                                            ("en_GB", "03/12/2026"), ("fr_FR", "2026-12-03"),
                                            ("de_DE", "Do., 3. Dez. 2026"), ("en_US", "Dec 3, 2026")])  # fmt: skip
def test_a_date_typed_in_the_locales_format_as_shown_or_iso_is_read(name, text, locale):
    locale(name)
    assert formats.parse_date(text) == DAY


@pytest.mark.parametrize(
    ("name", "start", "number"),
    [("en_US", date(2027, 1, 3), 2), ("de_DE", date(2027, 1, 4), 1), ("en_US", date(2026, 12, 27), 53)],
)
def test_weeks_start_and_are_numbered_as_the_locale_does(name, start, number, locale):
    """ISO weeks where weeks start on Monday; in the US, week 1 is the (Sunday) week holding 1 January."""
    locale(name)
    assert formats.week_start(start + timedelta(days=3)) == start
    assert formats.week_number(start) == number


@pytest.mark.parametrize(("name", "language"), [("de_DE", "de"), ("fr_FR", "fr"), ("en_US", "en")])
def test_durations_follow_the_locales_language(name, language, locale):
    locale(name)
    assert formats.language() == language
    assert formats.read_duration(formats.duration(720, Calendar()), Calendar()) == 720


def test_a_system_without_a_locale_writes_plain_english(locale):
    # LANG=C gives Qt's "C" locale, whose short date is "4 12 2026": the app writes British English there instead.
    locale("C")
    assert formats.day(date(2026, 12, 4)) == "4 Dec 2026"
    assert formats.date_edit_format() == "dd/MM/yyyy"
    assert formats.duration(90, Calendar()) == "1.5h"
    assert formats.language() == "en"
