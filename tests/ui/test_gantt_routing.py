"""Dependency arrows without a widget: every link type leaves and enters the right ends, in right angles, and
passes clear of the bars in between when it can; the link index finds the links a stretch of rows needs."""

import itertools
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.ui.gantt.routing import STUB, Anchor, LinkIndex, Obstacles, free_x, route, shown_links

RH = 26


def mid(row):
    return (row + 0.5) * RH


def assert_right_angles(points):
    for (ax, ay), (bx, by) in itertools.pairwise(points):
        assert ax == bx or ay == by


def test_finish_to_start_runs_out_of_the_end_and_into_the_start():
    points = route("FS", Anchor(0, 100, 0), Anchor(200, 300, 3), RH)
    assert points[0] == (100, mid(0))
    assert points[-1] == (200, mid(3))
    assert points[-2][1] == mid(3) and points[-2][0] < 200  # the arrow travels right, into the bar's start
    assert_right_angles(points)
    assert len(points) == 4


def test_a_successor_that_starts_before_the_predecessor_ends_is_reached_through_the_row_gap():
    points = route("FS", Anchor(0, 100, 0), Anchor(50, 150, 2), RH)
    assert len(points) == 6
    assert_right_angles(points)
    gap = points[2][1]
    assert gap == 2 * RH  # along the line between the rows, not through a bar
    assert points[-2][0] == 50 - STUB and points[-1] == (50, mid(2))


@pytest.mark.parametrize(
    ("kind", "leaves", "enters", "direction"),
    [("SS", 0, 80, 1), ("FF", 100, 180, -1), ("SF", 0, 180, -1)],
)
def test_each_link_type_uses_its_ends(kind, leaves, enters, direction):
    points = route(kind, Anchor(0, 100, 1), Anchor(80, 180, 4), RH)
    assert points[0] == (leaves, mid(1))
    assert points[-1] == (enters, mid(4))
    assert (points[-1][0] - points[-2][0]) * direction > 0  # the head points into the bar
    assert_right_angles(points)


def test_upward_links_work_the_same_way():
    points = route("FS", Anchor(0, 100, 5), Anchor(200, 300, 1), RH)
    assert points[0] == (100, mid(5)) and points[-1] == (200, mid(1))
    assert_right_angles(points)


def test_the_vertical_run_passes_clear_of_a_bar_in_between():
    blocking = {2: (95, 140)}  # covers the natural place of the run, x = 108

    def between(a, b):
        return [blocking[r] for r in range(min(a, b) + 1, max(a, b)) if r in blocking]

    points = route("FS", Anchor(0, 100, 0), Anchor(300, 400, 4), RH, between)
    x = points[1][0]
    assert not 95 - 3 < x < 140 + 3
    assert 100 + STUB <= x <= 300 - STUB
    assert route("FS", Anchor(0, 100, 0), Anchor(300, 400, 4), RH)[1][0] == 100 + STUB  # without the bar


def test_no_detour_far_away_when_every_place_is_blocked():
    def between(a, b):
        return [(0, 1000)]

    points = route("FS", Anchor(0, 100, 0), Anchor(300, 400, 4), RH, between)
    assert points[1][0] == 100 + STUB


def test_link_index_finds_links_with_an_end_in_view_and_those_passing_through():
    index = LinkIndex([(1, 0, 5), (2, 10, 300), (3, 400, 20), (4, 500, 510)])
    assert sorted(index.between(100, 140)) == [2, 3]  # both pass through rows 100..140 with no end there
    assert sorted(index.between(0, 6)) == [1]
    assert sorted(index.between(505, 600)) == [4]
    assert index.between(1000, 1100) == []


row = st.integers(0, 2000)


@given(links=st.lists(st.tuples(row, row), max_size=40), view=st.tuples(row, st.integers(0, 600)))
def test_links_crossing_a_view_split_into_those_with_an_end_there_and_those_passing_over(links, view):
    index = LinkIndex((i, a, b) for i, (a, b) in enumerate(links))
    first, last = view[0], view[0] + view[1]
    ends, through = index.crossing(first, last)
    passing = {i for i, (a, b) in enumerate(links) if min(a, b) < first and max(a, b) > last}
    assert sorted(through.tolist()) == sorted(passing)  # each once, though filed under every block it spans
    assert sorted(ends) == sorted(set(index.between(first, last)) - passing)


coordinate = st.integers(-40, 240).map(float)


@given(
    spans=st.lists(st.tuples(coordinate, coordinate).map(sorted).map(tuple), max_size=12),
    bounds=st.tuples(coordinate, coordinate).map(sorted),
    at=st.floats(0, 1),
)
def test_spans_prepared_once_for_a_frame_give_the_same_run_as_spans_looked_at_per_link(spans, bounds, at):
    lo, hi = bounds
    preferred = lo + (hi - lo) * at
    for x in (preferred, lo, hi, round(preferred)):
        assert free_x(Obstacles(spans), lo, hi, x) == free_x(list(spans), lo, hi, x)


class _Link(NamedTuple):
    id: int
    predecessor_id: int
    successor_id: int


@given(
    links=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=40),
    shown=st.lists(st.tuples(st.sampled_from(["task", "project"]), st.integers(0, 30)), unique=True, max_size=30),
)
def test_shown_links_are_those_with_both_tasks_in_a_row(links, shown):
    deps = [_Link(i * 3 + 1, a, b) for i, (a, b) in enumerate(links)]
    row_of = {node: row * 2 for row, node in enumerate(shown)}  # a project's id may also be a task's: not its row
    index = shown_links(deps, row_of)
    expected = {
        (d.id, *sorted((row_of[("task", d.predecessor_id)], row_of[("task", d.successor_id)])))
        for d in deps
        if ("task", d.predecessor_id) in row_of and ("task", d.successor_id) in row_of
    }
    assert set(zip(index.ids.tolist(), index.lows.tolist(), index.highs.tolist(), strict=True)) == expected
    assert len(index) == len(expected)
    assert sorted(index.between(0, 100)) == sorted(i for i, _, _ in expected)
    assert index.id_bound() == max((i for i, _, _ in expected), default=-1) + 1


@given(
    links=st.lists(st.tuples(row, row), max_size=40),
    at=st.integers(0, 2000),
    count=st.integers(1, 600),
    view=st.tuples(row, st.integers(0, 600)),
)
def test_an_index_mended_for_rows_added_or_removed_or_links_deleted_is_the_index_filed_again(links, at, count, view):
    index = LinkIndex((i, a, b) for i, (a, b) in enumerate(links))
    first, last = view[0], view[0] + view[1]

    def same(mended: LinkIndex, expected: LinkIndex) -> None:
        assert sorted(zip(mended.ids.tolist(), mended.lows.tolist(), mended.highs.tolist(), strict=True)) == sorted(
            zip(expected.ids.tolist(), expected.lows.tolist(), expected.highs.tolist(), strict=True)
        )
        ends, through = mended.crossing(first, last)
        expected_ends, expected_through = expected.crossing(first, last)
        assert sorted(ends) == sorted(expected_ends) and sorted(through.tolist()) == sorted(expected_through.tolist())

    def added(r: int) -> int:
        return r + count if r >= at else r

    same(index.with_rows_added(at, count), LinkIndex((i, added(a), added(b)) for i, (a, b) in enumerate(links)))
    end = at + count

    def removed(r: int) -> int:
        return r - count if r >= end else r

    kept = [(i, a, b) for i, (a, b) in enumerate(links) if not (at <= a < end or at <= b < end)]
    same(index.without_rows(at, end), LinkIndex((i, removed(a), removed(b)) for i, a, b in kept))
    gone = set(range(at % 7, len(links) + 3, count % 5 + 1))  # some of its links, and ids it does not hold
    same(index.without_links(gone), LinkIndex((i, a, b) for i, (a, b) in enumerate(links) if i not in gone))
