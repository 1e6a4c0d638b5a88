"""Parsing and formatting durations as people type and read them, in working minutes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.calendars import Calendar
from planner.core.durations import format_duration, format_work, parse_duration, parse_work
from planner.core.errors import ValidationError

CAL = Calendar()  # 8 hours a day, 5 days a week, 20 days a month


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("90m", 90),
        ("45 min", 45),
        ("4h", 240),
        ("2 hrs", 120),
        ("2H", 120),
        ("3d", 1440),
        ("3", 1440),  # a bare number is days
        (" 2 days ", 960),
        ("1.5w", 3600),
        ("2 weeks", 4800),
        ("2mo", 19200),
        ("1 month", 9600),
        ("0,5d", 240),  # a decimal comma
        (".5h", 30),
        ("1.", 480),
        ("0d", 0),
    ],
)
def test_parse_duration(text, minutes):
    assert parse_duration(text, CAL) == minutes


def test_days_weeks_and_months_follow_the_calendars_hours():
    short = Calendar(minutes_per_day=450, days_per_week=4, days_per_month=18)
    assert parse_duration("1d", short) == 450
    assert parse_duration("1w", short) == 1800
    assert parse_duration("1mo", short) == 8100
    assert parse_duration("1h", short) == 60


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "“” is not a duration: write a number and a unit, such as 3d, 4h or 2w"),
        ("soon", "“soon” is not a duration"),
        ("-1d", "“-1d” is not a duration"),
        ("1e3", "“1e3” is not a duration"),
        ("3 d h", "“3 d h” is not a duration"),
        ("3x", "“x” is not a unit of duration: use m, h, d, w or mo"),
        ("2 years", "“years” is not a unit of duration"),
        ("100000w", "“100000w” is longer than a century of work"),
    ],
)
def test_a_wrong_duration_is_refused_saying_why(text, message):
    with pytest.raises(ValidationError, match=message):
        parse_duration(text, CAL)


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (None, ""),
        (0, "0d"),
        (45, "45m"),
        (60, "1h"),
        (90, "1.5h"),
        (66, "1.1h"),
        (61, "1.02h"),
        (240, "4h"),
        (480, "1d"),
        (600, "1.25d"),
        (1440, "3d"),
        (2400, "5d"),
    ],
)
def test_format_duration_uses_the_shortest_plain_form(minutes, text):
    assert format_duration(minutes, CAL) == text


@pytest.mark.parametrize(("minutes", "text"), [(-480, "-1d"), (-90, "-1.5h"), (-500, "-1.04d"), (-45, "-45m")])
def test_a_negative_lag_formats_like_a_positive_one_with_a_minus(minutes, text):
    assert format_duration(minutes, CAL) == text


@given(st.integers(0, 200 * 480))
def test_a_formatted_duration_reads_back_within_a_few_minutes(minutes):
    assert abs(parse_duration(format_duration(minutes, CAL), CAL) - minutes) <= 3


@given(st.integers(0, 480 * 50))
def test_whole_days_and_hours_read_back_exactly(units):
    for minutes in (units * 480, (units % 8) * 60):
        assert parse_duration(format_duration(minutes, CAL), CAL) == minutes


@pytest.mark.parametrize(("text", "minutes"), [("16", 960), ("2.5", 150), ("2d", 960), ("90m", 90), (" 4 h ", 240)])
def test_work_as_typed_a_bare_number_is_hours(text, minutes):
    assert parse_work(text, CAL) == minutes


@pytest.mark.parametrize(("minutes", "text"), [(None, ""), (960, "16h"), (150, "2.5h"), (320, "5.33h"), (0, "0h")])
def test_work_reads_in_hours(minutes, text):
    assert format_work(minutes) == text


def test_work_that_is_not_a_length_is_refused_with_the_reason():
    with pytest.raises(ValidationError, match="“lots” is not a duration"):
        parse_work("lots", CAL)
