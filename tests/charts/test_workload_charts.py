"""Chart builders without Qt: the artists they draw (one collection per series) and the data behind them."""

from datetime import date, timedelta
from itertools import pairwise

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection, PolyCollection
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.image import AxesImage

from planner.charts.flow import burn_data, burn_figure, cumulative_flow_figure, cycle_time_figure, throughput_figure
from planner.charts.projects import (
    EarnedValueCurve,
    earned_value_curve,
    earned_value_figure,
    progress_figure,
    project_progress,
    risk_heatmap_figure,
)
from planner.charts.style import DARK, LIGHT, hover_text
from planner.charts.workload import heatmap_figure, workload_figure
from planner.core.metrics import cumulative_flow, flow_report
from planner.core.sample import build_sample
from planner.core.workload import workload

TODAY = date(2026, 3, 4)


@pytest.fixture(scope="module")
def ws():
    return build_sample(TODAY)


@pytest.fixture(scope="module")
def wl(ws):
    return workload(ws, TODAY - timedelta(weeks=2), TODAY + timedelta(weeks=9))


def names(ws):
    return {p.id: p.name for p in ws.people.values()}


def polys(ax):
    return [c for c in ax.collections if isinstance(c, PolyCollection)]


def test_workload_is_one_collection_per_series_with_capacity_and_over_allocation(ws, wl):
    pid = next(p.id for p in ws.people.values() if p.name == "Sofia Rossi")
    fig = workload_figure(wl, names(ws), LIGHT, person_id=pid)
    assert isinstance(fig, Figure)
    (ax,) = fig.axes
    assert not ax.patches  # no artist per bar
    data = fig._planner_data
    series = polys(ax)
    kinds = sum(1 for v in data["series"].values() if v.any()) + (1 if data["over"].any() else 0)
    assert len(series) == kinds
    assert all(len(c.get_paths()) <= wl.periods for c in series)
    assert list(data["capacity"]) == wl.capacity[pid]
    totals = sum(data["series"].values())
    assert np.allclose(totals, wl.totals(pid))
    assert np.allclose(data["over"], [wl.over(pid, i) for i in range(wl.periods)])
    (capacity_line,) = ax.lines
    assert capacity_line.get_color() == LIGHT.text


def test_workload_hover_names_the_week_and_its_hours(ws, wl):
    fig = workload_figure(wl, names(ws), LIGHT)
    text = hover_text(fig, fig.axes[0], 2.1, 10)
    assert text.startswith("Team, week of ") and " of " in text
    assert hover_text(fig, fig.axes[0], -3, 10) is None


def test_team_heat_map_is_one_image_of_load_over_capacity(ws, wl):
    fig = heatmap_figure(wl, names(ws), DARK)
    ax = fig.axes[0]
    (image,) = [a for a in ax.get_children() if isinstance(a, AxesImage)]
    share = fig._planner_data["share"]
    assert share.shape == (len(ws.people), wl.periods)
    row = fig._planner_data["people"].index(wl.people[0])
    assert share[row, 0] == pytest.approx(min(wl.utilisation(wl.people[0], 0), 2.0))
    assert image.get_array().shape == share.shape
    assert "%" in hover_text(fig, ax, 0, 0)


def test_palette_colours_reach_the_figure(ws, wl):
    light, dark = workload_figure(wl, names(ws), LIGHT), workload_figure(wl, names(ws), DARK)
    assert light.get_facecolor()[:3] == pytest.approx((1, 1, 1))
    assert dark.get_facecolor()[:3] != light.get_facecolor()[:3]
    assert DARK.dark and not LIGHT.dark


def test_a_given_figure_is_reused_and_emptied(ws, wl):
    fig = workload_figure(wl, names(ws), LIGHT)
    again = heatmap_figure(wl, names(ws), LIGHT, figure=fig)
    assert again is fig and len(fig.axes) == 2  # the heat map and its colour bar, nothing of the workload left


def test_throughput_bars_and_target_line(ws):
    report = flow_report(ws, TODAY, 8)
    fig = throughput_figure(report, LIGHT, target=3)
    ax = fig.axes[0]
    (bars,) = polys(ax)
    heights = [p.vertices[:, 1].max() for p in bars.get_paths()]
    assert heights == pytest.approx(report.throughput)
    assert [line.get_ydata()[0] for line in ax.lines] == [3]
    assert "finished" in hover_text(fig, ax, len(report.weeks) - 1, 1)


def test_cycle_time_is_one_scatter_with_three_percentile_lines(ws):
    report = flow_report(ws, TODAY, 12)
    fig = cycle_time_figure(report, {t.id: t.title for t in ws.tasks.values()}, LIGHT)
    ax = fig.axes[0]
    (points,) = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert len(points.get_offsets()) == len(report.cycle)
    assert sorted(line.get_ydata()[0] for line in ax.lines) == pytest.approx(
        sorted(v for v in report.cycle_percentiles.values() if v is not None)
    )


def test_cumulative_flow_stacks_one_polygon_per_column(ws):
    days, counts = cumulative_flow(ws, TODAY - timedelta(days=30), TODAY)
    order = [s.id for s in ws.ordered("status")]
    fig = cumulative_flow_figure(days, counts, {s.id: s.name for s in ws.statuses.values()}, order, LIGHT)
    assert len(polys(fig.axes[0])) == len(order)
    assert [t.get_text() for t in fig.legends[0].get_texts()] == [ws.statuses[s].name for s in order]


def test_burndown_and_burnup_of_the_sample_project(ws):
    pid = next(iter(ws.projects))
    burn = burn_data(ws, pid, TODAY)
    assert burn.scope[-1] > 0 and 0 < burn.done[-1] < burn.scope[-1]
    assert burn.remaining[-1] == pytest.approx(burn.scope[-1] - burn.done[-1])
    fig = burn_figure(burn, "Mobile app v1", LIGHT, TODAY)
    assert [line.get_label() for line in fig.axes[0].lines][:4] == ["Scope", "Done", "Remaining", "Ideal"]


def test_earned_value_curve_and_figure(ws):
    pid = next(iter(ws.projects))
    curve = earned_value_curve(ws, pid, TODAY)
    assert curve is not None and curve.bac > 0
    assert curve.pv == sorted(curve.pv) and len(curve.ev) == len(curve.ac) <= len(curve.pv)
    fig = earned_value_figure(curve, "Mobile app v1", LIGHT)
    assert [line.get_label() for line in fig.axes[0].lines][:3] == [
        "Planned value (PV)", "Earned value (EV)", "Actual cost (AC)"
    ]  # fmt: skip
    small = EarnedValueCurve([TODAY, TODAY + timedelta(days=7)], [0, 100], [0], [0], 100, TODAY)
    fig = earned_value_figure(small, "x", LIGHT)
    assert hover_text(fig, fig.axes[0], date2num(TODAY), 0).endswith("PV 0, EV 0, AC 0")


def test_risk_heat_map_counts_each_cell():
    fig = risk_heatmap_figure({(4, 3): 2, (2, 5): 1}, "Launch", LIGHT)
    ax = fig.axes[0]
    assert sorted(t.get_text() for t in ax.texts) == ["1", "2"]
    assert hover_text(fig, ax, 3, 4) == "Probability 4, impact 3 (score 12): 2 open risks"


def test_progress_by_project_draws_bars_and_planned_markers(ws):
    rows = project_progress(ws, TODAY)
    fig = progress_figure(rows, LIGHT)
    ax = fig.axes[0]
    _background, done = polys(ax)
    assert len(done.get_paths()) == len(rows)
    assert 0 < rows[0].percent < 100
    assert "done" in hover_text(fig, ax, 50, 0)


def test_empty_data_says_so():
    from planner.core.model import Workspace

    empty_wl = workload(Workspace(), TODAY, TODAY + timedelta(days=6))
    fig = workload_figure(empty_wl, {}, LIGHT)
    assert "No people" in fig.axes[0].texts[0].get_text()


def drawn_at_tile_size(fig: Figure):
    """The figure drawn by Agg at the size of a dashboard tile (about 380 × 280 pixels), and its renderer."""
    fig.set_size_inches(3.8, 2.8)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def test_date_labels_of_a_dashboard_tile_do_not_overlap(ws):
    report = flow_report(ws, TODAY, 12)
    days, counts = cumulative_flow(ws, TODAY - timedelta(days=90), TODAY)
    order = [s.id for s in ws.ordered("status")]
    figures = [
        cycle_time_figure(report, {t.id: t.title for t in ws.tasks.values()}, LIGHT),
        cumulative_flow_figure(days, counts, {s.id: s.name for s in ws.statuses.values()}, order, LIGHT),
    ]
    for fig in figures:
        renderer = drawn_at_tile_size(fig)
        boxes = [t.get_window_extent(renderer) for t in fig.axes[0].get_xticklabels() if t.get_text()]
        assert len(boxes) >= 3
        boxes.sort(key=lambda box: box.x0)
        assert all(left.x1 < right.x0 for left, right in pairwise(boxes)), [b.bounds for b in boxes]


def test_the_workload_legend_fits_inside_a_dashboard_tile(ws, wl):
    fig = workload_figure(wl, names(ws), LIGHT)
    renderer = drawn_at_tile_size(fig)
    (legend,) = fig.legends
    assert "Capacity" in [text.get_text() for text in legend.get_texts()]
    assert fig.bbox.contains(*legend.get_window_extent(renderer).p0)
    assert fig.bbox.contains(*legend.get_window_extent(renderer).p1)


def tick_label_boxes(fig: Figure, renderer):
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].get_xticklabels() if t.get_text()]
    return sorted(boxes, key=lambda box: box.x0)


@pytest.mark.parametrize("weeks", [12, 26, 52])
@pytest.mark.parametrize("width", [3.8, 6.4, 12.0])
def test_heat_map_week_labels_never_touch_at_tile_size_or_wider(ws, weeks, width):
    wl = workload(ws, TODAY, TODAY + timedelta(weeks=weeks, days=-1))
    fig = heatmap_figure(wl, names(ws), LIGHT)
    renderer = drawn_at_tile_size(fig)
    if width != 3.8:
        fig.set_size_inches(width, 3.4)
        fig.canvas.draw()
    boxes = tick_label_boxes(fig, renderer)
    assert len(boxes) >= 3
    assert all(left.x1 < right.x0 for left, right in pairwise(boxes)), [b.bounds for b in boxes]


def test_a_wider_heat_map_labels_more_weeks(ws):
    wl = workload(ws, TODAY, TODAY + timedelta(weeks=26, days=-1))
    fig = heatmap_figure(wl, names(ws), LIGHT)
    renderer = drawn_at_tile_size(fig)
    narrow = len(tick_label_boxes(fig, renderer))
    fig.set_size_inches(12, 3.4)
    fig.canvas.draw()
    assert len(tick_label_boxes(fig, renderer)) > narrow


def test_workload_and_throughput_week_labels_do_not_overlap_on_a_tile(ws):
    wl = workload(ws, TODAY, TODAY + timedelta(weeks=52, days=-1))
    for fig in (workload_figure(wl, names(ws), LIGHT), throughput_figure(flow_report(ws, TODAY, 52), LIGHT)):
        boxes = tick_label_boxes(fig, drawn_at_tile_size(fig))
        assert len(boxes) >= 3
        assert all(left.x1 < right.x0 for left, right in pairwise(boxes)), [b.bounds for b in boxes]
