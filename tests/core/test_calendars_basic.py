"""Working-time arithmetic on the standard calendar (08:00–12:00 and 13:00–17:00, Monday to Friday).

Adding working minutes forward and backward across the lunch break, nights and weekends; counting
working minutes; snapping to working time; days off and short days.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.calendars import STANDARD_DAY, Calendar

CAL = Calendar()


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """An instant in the week of Monday 4 March 2024 (`day` 4 is that Monday, 9 the Saturday)."""
    return datetime(2024, 3, day, hour, minute)


# -- forward ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "minutes", "expected"),
    [
        (at(4, 8), 60, at(4, 9)),
        (at(4, 11), 120, at(4, 14)),  # over lunch
        (at(4, 8), 240, at(4, 12)),  # a morning ends at the break, not after it
        (at(4, 8), 241, at(4, 13, 1)),
        (at(4, 8), 480, at(4, 17)),  # a full day ends that evening, not the next morning
        (at(4, 16), 120, at(5, 9)),  # overnight
        (at(8, 16), 120, at(11, 9)),  # Friday to Monday over the weekend
        (at(4, 8), 2400, at(8, 17)),  # a working week
        (at(4, 8), 2401, at(11, 8, 1)),
    ],
)
def test_adding_working_minutes_forward(start, minutes, expected):
    assert CAL.add_working(start, minutes) == expected


@pytest.mark.parametrize(
    ("start", "minutes", "expected"),
    [
        (at(9, 10), 60, at(11, 9)),  # from Saturday
        (at(4, 6), 30, at(4, 8, 30)),  # from before work
        (at(4, 12, 30), 30, at(4, 13, 30)),  # from lunch
        (at(4, 20), 60, at(5, 9)),  # from the evening
        (at(4, 17), 60, at(5, 9)),  # from the very end of a day
    ],
)
def test_adding_from_outside_working_time_starts_at_the_next_working_minute(start, minutes, expected):
    assert CAL.add_working(start, minutes) == expected


# -- backward --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("end", "minutes", "expected"),
    [
        (at(4, 14), 120, at(4, 11)),  # back over lunch
        (at(5, 9), 120, at(4, 16)),  # back overnight
        (at(11, 9), 120, at(8, 16)),  # Monday back to Friday
        (at(4, 17), 480, at(4, 8)),
        (at(4, 17), 481, at(1, 16, 59)),
        (at(10, 12), 60, at(8, 16)),  # from Sunday
        (at(4, 12, 30), 30, at(4, 11, 30)),  # from lunch
    ],
)
def test_adding_working_minutes_backward(end, minutes, expected):
    assert CAL.add_working(end, minutes, backward=True) == expected
    assert CAL.add_working(end, -minutes) == expected


def test_negative_minutes_backward_go_forward():
    assert CAL.add_working(at(4, 11), -120, backward=True) == at(4, 14)


# -- snapping --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        (at(4, 9, 15), at(4, 9, 15)),
        (at(4, 7), at(4, 8)),
        (at(4, 12), at(4, 13)),
        (at(4, 12, 30), at(4, 13)),
        (at(4, 17), at(5, 8)),
        (at(9, 11), at(11, 8)),
    ],
)
def test_next_working_is_the_first_working_minute_at_or_after(instant, expected):
    assert CAL.next_working(instant) == expected


@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        (at(4, 9, 15), at(4, 9, 15)),
        (at(4, 13), at(4, 12)),
        (at(4, 12, 30), at(4, 12)),
        (at(4, 17), at(4, 17)),
        (at(4, 20), at(4, 17)),
        (at(4, 8), at(1, 17)),
        (at(10, 11), at(8, 17)),
    ],
)
def test_previous_working_is_the_last_working_minute_at_or_before(instant, expected):
    assert CAL.previous_working(instant) == expected


def test_day_start_and_day_end():
    assert CAL.day_start(date(2024, 3, 5)) == at(5, 8)
    assert CAL.day_end(date(2024, 3, 5)) == at(5, 17)
    assert CAL.day_start(date(2024, 3, 9)) == at(11, 8)  # a Saturday: the next working day
    assert CAL.day_end(date(2024, 3, 9)) == at(8, 17)  # …or the previous one


# -- counting --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "end", "minutes"),
    [
        (at(4, 8), at(4, 17), 480),
        (at(4, 11), at(4, 14), 120),
        (at(4, 12, 10), at(4, 12, 50), 0),
        (at(4, 16), at(5, 9), 120),
        (at(8, 16), at(11, 9), 120),
        (at(4, 0), at(11, 0), 2400),
        (at(9, 0), at(11, 0), 0),
        (at(4, 9), at(4, 9), 0),
    ],
)
def test_working_minutes_between_two_instants(start, end, minutes):
    assert CAL.working_minutes(start, end) == minutes
    assert CAL.working_minutes(end, start) == -minutes


# -- days off, short days, other weeks ---------------------------------------------------------------
def test_a_day_off_is_skipped_forward_and_backward():
    cal = Calendar(exceptions={date(2024, 3, 5): ()})
    assert cal.add_working(at(4, 16), 120) == at(6, 9)
    assert cal.add_working(at(6, 9), -120) == at(4, 16)
    assert cal.working_minutes(at(4, 8), at(7, 8)) == 960
    assert not cal.is_working_day(date(2024, 3, 5))


def test_a_short_day_counts_only_its_own_hours():
    cal = Calendar(exceptions={date(2024, 3, 8): ((9 * 60, 12 * 60),)})
    assert cal.add_working(at(8, 9), 180) == at(8, 12)
    assert cal.add_working(at(8, 9), 240) == at(11, 9)
    assert cal.working_minutes(at(8, 0), at(9, 0)) == 180


def test_a_worked_saturday_is_working_time():
    cal = Calendar(exceptions={date(2024, 3, 9): STANDARD_DAY})
    assert cal.add_working(at(8, 16), 120) == at(9, 9)
    assert cal.is_working_day(date(2024, 3, 9))


def test_a_four_day_week_skips_fridays():
    cal = Calendar(week=(STANDARD_DAY,) * 4 + ((), (), ()))
    assert cal.add_working(at(7, 16), 120) == at(11, 9)
    assert cal.working_minutes(at(4, 0), at(11, 0)) == 4 * 480


def test_a_calendar_without_working_time_refuses_arithmetic():
    cal = Calendar(name="Never", week=((),) * 7)
    with pytest.raises(ValueError, match="Never"):
        cal.add_working(at(4, 8), 60)


# -- properties ------------------------------------------------------------------------------------
instants = st.integers(0, 21 * 24 * 60 - 1).map(lambda m: at(4, 0) + timedelta(minutes=m))
amounts = st.integers(1, 5 * 2400)


@given(instants, amounts)
def test_adding_then_counting_gives_back_the_minutes(start, minutes):
    finish = CAL.add_working(start, minutes)
    assert finish > start
    assert CAL.working_minutes(start, finish) == minutes


@given(instants, amounts)
def test_adding_forward_then_backward_returns_to_the_working_start(start, minutes):
    begin = CAL.next_working(start)
    assert CAL.add_working(CAL.add_working(begin, minutes), -minutes) == begin


@given(instants, amounts, amounts)
def test_adding_in_two_steps_is_adding_once(start, first, second):
    assert CAL.add_working(CAL.add_working(start, first), second) == CAL.add_working(start, first + second)


@given(instants, instants)
def test_working_minutes_never_exceed_elapsed_minutes(a, b):
    elapsed = abs((b - a).total_seconds()) / 60
    assert abs(CAL.working_minutes(a, b)) <= elapsed
