"""The Dashboard view in the window: charts drawn on first show, values on hover, refresh after edits (coalesced),
export, targets flagged, the Focus list from the sidebar, and the levelling preview applied as one undo step."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialog

from planner.core.command import Batch
from planner.core.commands import AddObject, AssignPerson, CreateTask, EditTask
from planner.core.metrics import SetTarget
from planner.core.model import Constraint
from planner.core.workload import workload


def test_dashboard_draws_every_chart_when_first_shown(make_window, workspace_path, qtbot):
    window = make_window(workspace_path, sample=True)
    view = window.views["dashboard"]
    assert not view.charts  # nothing built while hidden
    window.show_view("dashboard")
    qtbot.waitUntil(lambda: bool(view.charts) and bool(view.data))
    assert set(view.charts) >= {"workload", "heatmap", "throughput", "cycle", "cfd", "burn", "earned_value",
                                "risks", "progress"}  # fmt: skip
    for chart in view.charts.values():
        assert chart.figure.axes
    text = view.charts["workload"].hover_at(3, 1)
    assert text is not None and "week of" in text
    assert view.focus.topLevelItemCount() > 0


def test_an_edit_refreshes_the_dashboard_once_after_a_pause(make_window, workspace_path, qtbot):
    window = make_window(workspace_path, sample=True)
    window.show_view("dashboard")
    view = window.views["dashboard"]
    qtbot.waitUntil(lambda: bool(view.data))
    before = view.data["workload"]
    ws = window.controller.ws
    person = next(iter(ws.people))
    project = next(iter(ws.projects))
    start = datetime.combine(window.controller.today(), datetime.min.time()) + timedelta(hours=8)
    refreshes = []
    view.refreshed.connect(lambda: refreshes.append(1))
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        for title in ("Extra one", "Extra two", "Extra three"):
            window.controller.run(CreateTask(("project", project), title, start=start, duration=480,
                                             manual=True, assignments={person: 1.0}))  # fmt: skip
    qtbot.wait(400)
    assert len(refreshes) == 1  # three edits, one redraw
    after = view.data["workload"]
    fresh = workload(ws, after.starts[0], after.starts[-1] - timedelta(days=1))
    assert after.totals(person) == fresh.totals(person)  # the redraw shows the workspace as it is now
    assert sum(after.totals(person)) >= sum(before.totals(person)) + 24
    assert view.last_refresh_ms < 2000


def test_charts_export_as_png_and_svg(make_window, workspace_path, qtbot, tmp_path):
    window = make_window(workspace_path, sample=True)
    window.show_view("dashboard")
    view = window.views["dashboard"]
    qtbot.waitUntil(lambda: bool(view.data))
    png = view.export_chart("workload", tmp_path / "workload.png")
    svg = view.export_chart("cfd", tmp_path / "flow.svg")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in svg.read_bytes()[:400]


def test_a_missed_target_is_flagged(make_window, workspace_path, qtbot):
    window = make_window(workspace_path, sample=True)
    window.controller.run(SetTarget("throughput", 50))
    window.controller.run(SetTarget("wip", 100))
    window.show_view("dashboard")
    view = window.views["dashboard"]
    qtbot.waitUntil(lambda: bool(view.data))
    assert view.missed_targets() == [
        next(r.text for r in view.data["report"].targets if r.target.metric == "throughput")
    ]
    assert "Throughput ≥ 50 a week" in view.missed_targets()[0]


def test_focus_entries_in_the_sidebar_open_a_persons_focus_list(make_window, workspace_path, qtbot):
    window = make_window(workspace_path, sample=True)
    ws = window.controller.ws
    person = next(p for p in ws.people.values() if p.name == "Tom Becker")
    window.sidebar.select_scope(("focus", person.id))
    view = window.views["dashboard"]
    assert window.current_view == "dashboard" and view.person_id == person.id
    qtbot.waitUntil(lambda: view.focus.topLevelItemCount() > 0)
    assert view.focus.headerItem().text(1) == "Focus · Tom Becker"
    assert all(person.id in ws.tasks[item.task_id].assignments for item in view.focus_items)
    view.select_first_task()
    assert view.selected_task_ids() == [view.focus_items[0].task_id]


def test_levelling_preview_applies_as_one_undo_step(window, qtbot):
    controller = window.controller
    ws = controller.ws
    person = AddObject("person", name="Ana", capacity=8.0)
    controller.run(person)
    project = next(iter(ws.projects))
    # A Monday a week or two ahead, so the two-day clash sits in one week whatever day the test runs on.
    day = controller.today() + timedelta(days=7)
    start = datetime.combine(day + timedelta(days=-day.weekday() % 7), datetime.min.time()) + timedelta(hours=8)
    tasks = sorted(ws.tasks)
    controller.run(Batch([EditTask(tid, duration=960, start=start) for tid in tasks[:2]], "Dates"))
    controller.run(Batch([AssignPerson(tid, person.id, 1.0) for tid in tasks[:2]], "Assign"))
    window.show_view("dashboard")
    view = window.views["dashboard"]
    qtbot.waitUntil(lambda: bool(view.data))
    dialog = view.open_levelling()
    assert dialog.isVisible() and dialog.moves.topLevelItemCount() == 1
    assert "to delay" in dialog.summary.text()
    moved = dialog.plan.moves[0].task_id
    assert dialog.conflicts.topLevelItemCount() == 1
    dialog.conflicts.setCurrentItem(dialog.conflicts.topLevelItem(0))
    assert dialog.apply_move_button.isEnabled() and "Delay" in dialog.proposal.text()
    depth = controller.undo_stack.count()
    dialog.apply_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert controller.undo_stack.count() == depth + 1
    assert ws.tasks[moved].constraint is Constraint.SNET
    controller.undo_stack.undo()
    assert ws.tasks[moved].constraint is Constraint.ASAP
    assert project in ws.projects


def test_the_first_draw_says_it_is_busy_until_the_charts_are_drawn(make_window, workspace_path, qtbot):
    window = make_window(workspace_path, sample=True)
    view = window.views["dashboard"]
    window.show_view("dashboard")
    assert view.busy.isVisible() and not view.charts  # shown before matplotlib's import and the drawing
    qtbot.waitUntil(lambda: not view.busy.isVisible())
    assert view.charts and view.data
    for chart in view.charts.values():  # drawn, at the size the window gives it, by the time the note goes
        canvas = chart.canvas
        drawn = canvas.renderer  # the renderer of the last draw (get_renderer() would make one to fit)
        assert (drawn.width, drawn.height) == (canvas.width() * canvas.device_pixel_ratio,
                                               canvas.height() * canvas.device_pixel_ratio)  # fmt: skip


def overlaps(boxes) -> list:
    return [(a.bounds, b.bounds) for n, a in enumerate(boxes) for b in boxes[n + 1 :] if a.overlaps(b)]


@pytest.mark.parametrize("size", [(1360, 860), (1920, 1080)])
def test_no_tick_labels_touch_and_every_legend_is_inside_its_chart(make_window, workspace_path, qtbot, size):
    window = make_window(workspace_path, sample=True)
    window.resize(*size)
    window.show_view("dashboard")
    view = window.views["dashboard"]
    qtbot.waitUntil(lambda: bool(view.charts) and bool(view.data))
    for key, chart in view.charts.items():
        chart.redraw(force=True)
        chart.canvas.draw()  # at the size the window gives it
        figure = chart.figure
        renderer = chart.canvas.get_renderer()
        for ax in figure.axes:
            for labels in (ax.get_xticklabels(), ax.get_yticklabels()):
                boxes = [t.get_window_extent(renderer) for t in labels if t.get_visible() and t.get_text()]
                assert not overlaps(boxes), (key, [t.get_text() for t in labels])
        for legend in figure.legends + [ax.get_legend() for ax in figure.axes if ax.get_legend()]:
            box = legend.get_window_extent(renderer)
            assert figure.bbox.contains(box.x0, box.y0) and figure.bbox.contains(box.x1, box.y1), key
