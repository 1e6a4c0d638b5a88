"""The Gantt's time axis without a widget: dates to pixels and back, tiers, labels, snapping and fitting."""

import itertools
from datetime import datetime, timedelta

import pytest

from planner.ui.gantt.scale import MAX_PX_PER_DAY, MIN_PX_PER_DAY, PRESETS, TimeScale, fit, floor, preset_for, step

ORIGIN = datetime(2026, 1, 5)  # a Monday


def test_a_date_maps_to_a_pixel_and_back():
    scale = TimeScale(ORIGIN, 24.0)
    assert scale.x(ORIGIN) == 0
    assert scale.x(ORIGIN + timedelta(days=2, hours=12)) == pytest.approx(60)
    assert scale.at(60) == ORIGIN + timedelta(days=2, hours=12)
    assert scale.x(ORIGIN - timedelta(days=1)) == pytest.approx(-24)


@pytest.mark.parametrize("px_per_day", [PRESETS[name] for name in PRESETS])
def test_round_trip_at_every_zoom(px_per_day):
    scale = TimeScale(ORIGIN, px_per_day)
    at = datetime(2027, 3, 14, 9, 30)
    assert abs((scale.at(scale.x(at)) - at).total_seconds()) < 1


def test_zoom_is_clamped_from_hours_to_years():
    assert TimeScale(ORIGIN, 1e9).px_per_day == MAX_PX_PER_DAY
    assert TimeScale(ORIGIN, 0).px_per_day == MIN_PX_PER_DAY


@pytest.mark.parametrize(
    ("preset", "tiers"),
    [
        ("Hours", ("day", "hour")),
        ("Days", ("week", "day")),
        ("Weeks", ("month", "week")),
        ("Months", ("year", "month")),
        ("Quarters", ("year", "quarter")),
        ("Years", ("decade", "year")),
    ],
)
def test_two_tiers_follow_the_zoom(preset, tiers):
    assert TimeScale(ORIGIN, PRESETS[preset]).tiers() == tiers
    assert preset_for(PRESETS[preset]) == preset


def test_cells_cover_the_range_without_gaps_and_labels_fit():
    scale = TimeScale(ORIGIN, PRESETS["Weeks"])
    cells = scale.cells("month", 0, 2000, top=True)
    assert cells[0].start <= scale.at(0) < cells[0].end
    assert all(a.end == b.start and a.x1 == pytest.approx(b.x0) for a, b in itertools.pairwise(cells))
    assert cells[-1].x1 >= 2000
    assert cells[1].label == "February 2026"
    weeks = scale.cells("week", 0, 500)
    assert weeks[0].start == ORIGIN and weeks[0].label == "5 Jan"


def test_units_start_where_the_calendar_says():
    at = datetime(2026, 8, 19, 14, 40)  # a Wednesday
    assert floor(at, "hour") == datetime(2026, 8, 19, 14)
    assert floor(at, "week") == datetime(2026, 8, 17)
    assert floor(at, "quarter") == datetime(2026, 7, 1)
    assert step(datetime(2026, 11, 1), "quarter") == datetime(2027, 2, 1)
    assert step(datetime(2026, 12, 1), "month") == datetime(2027, 1, 1)
    assert floor(at, "decade") == datetime(2020, 1, 1)


def test_a_drag_snaps_to_the_finest_unit_the_scale_shows():
    days = TimeScale(ORIGIN, PRESETS["Days"])
    assert days.snap_unit() == "day"
    assert days.snap(datetime(2026, 3, 4, 13)) == datetime(2026, 3, 5)
    assert days.snap(datetime(2026, 3, 4, 11)) == datetime(2026, 3, 4)
    hours = TimeScale(ORIGIN, PRESETS["Hours"])
    assert hours.snap_unit() == "hour"
    assert hours.snap(datetime(2026, 3, 4, 13, 20)) == datetime(2026, 3, 4, 13)
    months = TimeScale(ORIGIN, PRESETS["Months"])
    assert months.snap_unit() == "week"
    assert months.snap(datetime(2026, 3, 5)) == datetime(2026, 3, 2)


def test_fit_shows_the_whole_span_in_the_width():
    first, last = datetime(2026, 1, 1), datetime(2026, 6, 30)
    px_per_day = fit(first, last, 1000)
    scale = TimeScale(first, px_per_day)
    assert 900 < scale.x(last) < 1000
