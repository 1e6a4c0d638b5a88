"""Recurring exceptions, public holidays, calendars derived from a base calendar, cache invalidation, and the
working-minute timeline checked against a plain minute-by-minute walk."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shared_data import SHARED_DATA, needs_shared_data

from planner.core.calendars import Calendar, ExceptionRule, public_holidays
from planner.core.errors import ValidationError
from tests.core.mspdi_oracle import _calendars

ET = pytest.importorskip("defusedxml.ElementTree")
RECURRING = SHARED_DATA / "mspdi" / "calendar-recurring-exceptions-project2016-mspdi.xml"


# -- recurring rules -------------------------------------------------------------------------------
@needs_shared_data
def test_recurring_rules_expand_to_the_days_ms_project_listed():
    """The 2016 file holds 27 recurring exceptions twice: as rules, and expanded day by day (DayType 0)."""
    calendars, legacy = _calendars(ET.parse(RECURRING).getroot())
    cal = calendars["1"]
    listed = legacy["1"]
    assert len(cal.rules) == 27 and len(listed) > 100
    ours = {}
    for year in range(2000, 2011):
        ours.update(cal._year(year)[0])
    assert set(ours) == set(listed)
    for day, spans in listed.items():
        assert cal.intervals(day) == spans, day
    # the one working exception: first Saturdays of 2010, 09:00–13:00 and 14:00–17:00
    assert cal.intervals(date(2010, 2, 6)) == ((540, 780), (840, 1020))
    assert cal.exception_name(date(2010, 2, 6)) == "Recurring Working"


def test_monthly_last_weekday_and_short_months():
    last_friday = ExceptionRule(date(2025, 1, 1), freq="monthly", nth=-1, weekday=4, count=3)
    assert list(last_friday.occurrences()) == [date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 28)]
    the_31st = ExceptionRule(date(2025, 1, 31), freq="monthly", day=31, until=date(2025, 4, 30))
    assert list(the_31st.occurrences()) == [date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 31), date(2025, 4, 30)]


def test_weekly_rule_counts_weeks_from_its_start_week():
    every_other_tuesday_thursday = ExceptionRule(
        date(2025, 3, 5), freq="weekly", interval=2, weekdays=(1, 3), count=4
    )  # starts on a Wednesday: that week's Tuesday is before the start and does not count
    assert list(every_other_tuesday_thursday.occurrences()) == [
        date(2025, 3, 6),
        date(2025, 3, 18),
        date(2025, 3, 20),
        date(2025, 4, 1),
    ]


def test_yearly_rule_without_end_expands_only_the_year_asked_for():
    christmas = ExceptionRule(date(2000, 12, 25), freq="yearly", month=12, day=25, name="Christmas")
    cal = Calendar(rules=(christmas,))
    assert not cal.is_working_day(date(2999, 12, 25))
    assert cal.is_working_day(date(2999, 12, 24)) is (date(2999, 12, 24).weekday() < 5)
    assert sorted(cal.__dict__["_years"][1]) == [2999]  # nothing materialised but the year looked at


def test_a_rule_that_makes_days_working():
    saturday_mornings = ExceptionRule(
        date(2025, 3, 1), freq="weekly", weekdays=(5,), count=2, intervals=((8 * 60, 12 * 60),)
    )
    cal = Calendar(rules=(saturday_mornings,))
    assert cal.add_working(datetime(2025, 2, 28, 16), 120) == datetime(2025, 3, 1, 9)
    assert not cal.is_working_day(date(2025, 3, 15))


@pytest.mark.parametrize(
    "fields",
    [
        {"freq": "hourly"},
        {"interval": 0},
        {"count": 0},
        {"until": date(2024, 1, 1)},
        {"freq": "monthly", "nth": 2},
        {"freq": "weekly", "weekdays": (7,)},
        {"intervals": ((600, 500),)},
    ],
)
def test_impossible_rules_are_refused_with_a_reason(fields):
    with pytest.raises(ValidationError):
        ExceptionRule(date(2025, 1, 1), name="Bad", **fields)


# -- public holidays -------------------------------------------------------------------------------
def test_public_holidays_are_days_off():
    france = Calendar(holiday_country="FR")
    assert not france.is_working_day(date(2025, 7, 14))  # a Monday
    assert france.exception_name(date(2025, 7, 14))
    assert france.add_working(datetime(2025, 7, 11, 17), 60) == datetime(2025, 7, 15, 9)


def test_regional_holidays_differ_by_region():
    assert date(2025, 1, 6) not in public_holidays("DE", "", 2025)
    assert date(2025, 1, 6) in public_holidays("DE", "BY", 2025)  # Epiphany in Bavaria only
    bavaria = Calendar(holiday_country="DE", holiday_subdivision="BY")
    assert not bavaria.is_working_day(date(2025, 1, 6))


def test_an_unknown_country_is_refused_by_name():
    with pytest.raises(ValidationError, match="XX"):
        Calendar(holiday_country="XX").is_working_day(date(2025, 1, 1))


# -- derived calendars -----------------------------------------------------------------------------
def test_a_person_calendar_falls_through_to_its_base():
    team = Calendar(name="Team", exceptions={date(2025, 5, 2): ()})
    ann = Calendar.derived(team, "Ann", exceptions={date(2025, 5, 5): ()})
    assert not ann.is_working_day(date(2025, 5, 2))  # the team's day off
    assert not ann.is_working_day(date(2025, 5, 5))  # her own
    assert ann.is_working_day(date(2025, 5, 6))
    assert team.is_working_day(date(2025, 5, 5))
    # her own exception wins over the base's: she works the team's day off
    ann.exceptions[date(2025, 5, 2)] = ((9 * 60, 13 * 60),)
    assert ann.intervals(date(2025, 5, 2)) == ((540, 780),)


def test_a_derived_week_overrides_the_base_days_it_names():
    base = Calendar(name="Base")
    part_time = Calendar.derived(base, "Part time", week=(None, None, None, None, (), None, None))
    assert not part_time.is_working_day(date(2025, 5, 9))  # Friday off
    assert part_time.intervals(date(2025, 5, 8)) == base.intervals(date(2025, 5, 8))


def test_changing_a_base_calendar_reaches_derived_timelines():
    team = Calendar(name="Team")
    ann = Calendar.derived(team, "Ann")
    monday = datetime(2025, 5, 5, 8)
    assert ann.add_working(monday, 480) == datetime(2025, 5, 5, 17)
    team.exceptions[date(2025, 5, 5)] = ()  # changed in place
    assert ann.add_working(monday, 480) == datetime(2025, 5, 6, 17)
    team.rules = [ExceptionRule(date(2025, 5, 6), until=date(2025, 5, 6), name="Strike")]
    assert ann.add_working(monday, 480) == datetime(2025, 5, 7, 17)


def test_a_calendar_without_working_time_says_so():
    with pytest.raises(ValueError, match="no working time"):
        Calendar(week=((),) * 7).add_working(datetime(2025, 1, 1), 60)
    only_2010 = Calendar(week=((),) * 7, exceptions={date(2010, 1, 4): ((480, 960),)})
    with pytest.raises(ValueError, match="ten years"):
        only_2010.add_working(datetime(2025, 1, 1), 60)


# -- the timeline against a walk, minute by minute ----------------------------------------------------
def walk(cal: Calendar, at: datetime, minutes: int) -> datetime:
    """The reference: step one minute at a time, counting the working ones (a finish lands on the last one)."""
    now = at
    while True:
        spans = cal.intervals(now.date())
        minute = now.hour * 60 + now.minute
        working = any(a <= minute < b for a, b in spans)
        if working and minutes == 0:
            return now
        if working:
            minutes -= 1
            if minutes == 0:
                return now + timedelta(minutes=1)
        now += timedelta(minutes=1)


day_sets = st.lists(st.tuples(st.integers(0, 23), st.integers(1, 8)), min_size=0, max_size=2).map(
    lambda spans: tuple(sorted({(h * 60, min(24 * 60, h * 60 + length * 60)) for h, length in spans}))
)


@st.composite
def calendars(draw):
    week = tuple(draw(st.one_of(st.just(()), day_sets)) for _ in range(7))
    week = tuple(_merge(day) for day in week)
    if not any(week):
        week = (((8 * 60, 17 * 60),), *week[1:])
    days = draw(st.dictionaries(st.dates(date(2025, 1, 1), date(2025, 2, 28)), day_sets.map(_merge), max_size=6))
    return Calendar(week=week, exceptions=days)


def _merge(spans):
    out = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return tuple(out)


@settings(max_examples=60, deadline=None)
@given(
    cal=calendars(),
    offset=st.integers(0, 40 * 24 * 60),
    minutes=st.integers(0, 3000),
)
def test_add_working_matches_a_minute_walk(cal, offset, minutes):
    at = datetime(2025, 1, 1) + timedelta(minutes=offset)
    expected = walk(cal, at, minutes)
    assert cal.add_working(at, minutes) == expected
    if minutes:
        assert cal.working_minutes(at, expected) == minutes
        assert cal.add_working(expected, -minutes) >= at  # back to the first working minute at or after `at`
