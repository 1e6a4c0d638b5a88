"""Compare With…: the plan now against a moment of its history, a baseline or another workspace, in the window's
comparison panel (a sortable table, each project's finish, cost and work) and as ghost bars in the Gantt."""

from datetime import datetime

import pytest
from history_plan import plan_with_history
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from planner.core.baselines import SaveBaseline
from planner.core.commands import EditTask
from planner.ui.compare import ComparisonPanel, compare_moment
from planner.ui.compare.model import COLUMNS


@pytest.fixture
def planned(make_window, workspace_path):
    return plan_with_history(make_window(workspace_path))


def rows(panel: ComparisonPanel) -> list[dict]:
    model = panel.proxy
    return [{name: model.index(r, c).data() for c, name in enumerate(COLUMNS)} for r in range(model.rowCount())]


def test_compare_with_a_moment_lists_tasks_added_removed_and_moved_with_the_finish(planned):
    panel = compare_moment(planned, at=datetime(2026, 11, 3, 23, 59))
    shown = {row["task"]: row for row in rows(panel)}
    assert shown["Launch"]["did"] == "added" and shown["Review"]["did"] == "removed"
    assert shown["Brief"]["did"] == "changed" and shown["Brief"]["other"] == "duration: 1d → 3d"
    assert shown["Design"]["start_moved"] == "+2 days" and shown["Build"]["finish_moved"] == "+2 days"
    assert shown["Design"]["start_then"] == "Tue 3 Nov 2026 08:00"
    assert shown["Design"]["start_now"] == "Thu 5 Nov 2026 08:00"
    assert panel.title.text().startswith("Now against Tue 3 Nov 2026 23:59")
    assert "“Website”: finish Wed 4 Nov 2026 17:00 → Fri 6 Nov 2026 17:00 (+2 days)" in panel.totals.text()
    assert panel.isVisible()


def test_rows_sort_by_a_column_and_a_double_click_selects_the_task_in_the_gantt(planned, qtbot):
    planned.show_view("board")
    panel = compare_moment(planned, at=datetime(2026, 11, 3, 23, 59))
    header = panel.table.horizontalHeader()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, "finish_moved"))
    ids = planned.ids
    ordered = panel.task_ids()
    assert ordered.index(ids["brief"]) < ordered.index(ids["design"])  # no move (added, removed) sorts first
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, "task"))
    titles = [row["task"] for row in rows(panel)]
    assert titles == sorted(titles, key=str.casefold)
    row = [r["task"] for r in rows(panel)].index("Design")
    cell = panel.table.visualRect(panel.proxy.index(row, 0)).center()
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a person's double-click
    QTest.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert planned.current_view == "gantt"
    assert planned.front_task() == ids["design"]


def _section_center(header, column: str) -> QPoint:
    return QPoint(header.sectionViewportPosition(COLUMNS.index(column)) + 10, header.height() // 2)


def test_the_gantt_draws_ghost_bars_where_the_moved_tasks_were_and_hides_them_on_request(planned, qtbot):
    compare_moment(planned, at=datetime(2026, 11, 3, 23, 59))
    planned.show_view("gantt")
    gantt = planned.views["gantt"]
    ids = planned.ids
    then = gantt.ghosts[ids["design"]]
    assert then == (datetime(2026, 11, 3, 8), datetime(2026, 11, 3, 17))
    assert ids["brief"] in gantt.ghosts and ids["build"] in gantt.ghosts  # Brief's finish moved, Build both
    gantt.chart.repaint()
    drawn = gantt.chart.renderer().ghost_rects
    assert set(drawn) == {ids["brief"], ids["design"], ids["build"]}
    now_start = gantt.scale.x(gantt.bars.bar(ids["design"]).start) - gantt.hbar.value()
    assert drawn[ids["design"]].right() < now_start  # two days earlier, behind nothing but the row
    assert gantt.ghost_button.isVisible()
    assert ("ghost", "Then") in gantt.legend.renderer().legend_items()
    gantt.ghost_button.click()  # "Then" off: no ghost drawn, nor listed in the legend
    gantt.chart.repaint()
    assert gantt.chart.renderer().ghost_rects == {}
    assert ("ghost", "Then") not in gantt.legend.renderer().legend_items()
    gantt.ghost_button.click()
    gantt.chart.repaint()
    assert gantt.chart.renderer().ghost_rects
    panel = planned.findChild(ComparisonPanel)
    panel.close_button.click()  # closing the comparison takes the ghosts away
    assert gantt.ghosts == {} and not gantt.ghost_button.isVisible()


def test_ghost_bars_take_their_colour_from_the_palette_light_and_dark(planned, qapp, restored_look):
    from planner.ui import theme
    from planner.ui.gantt.look import colors_from

    theme.apply_theme(qapp, "light")
    light = colors_from(qapp.palette()).ghost
    theme.apply_theme(qapp, "dark")
    dark = colors_from(qapp.palette()).ghost
    assert light.lightness() < 100 < 160 < dark.lightness()  # dark on a light chart, light on a dark one
    assert 0 < light.alpha() < 255 and 0 < dark.alpha() < 255  # faint: the bar in front stays the thing read


def test_compare_with_through_the_edit_menu_a_change_of_the_history(planned, dialogs):
    history = planned.controller.file.history
    after_links = [ident for ident, _at, label, *_ in history.listing() if label == "Link tasks"][-1]

    def pick_change(dialog):
        dialog.choose_change(after_links)
        return True

    dialogs.answer("ask_choice", "A moment of this workspace's history…")
    dialogs.answer("run", pick_change)
    planned.compare_action.trigger()
    panel = planned.findChild(ComparisonPanel)
    assert panel.title.text().startswith("Now against right after “Link tasks” (03 Nov 2026 09:00)")
    assert {row["task"]: row["did"] for row in rows(panel)} == {
        "Brief": "changed", "Design": "changed", "Build": "changed", "Review": "removed", "Launch": "added"
    }  # fmt: skip


def test_compare_with_a_baseline_and_with_another_workspace(planned, dialogs, tmp_path):
    controller = planned.controller
    ids = planned.ids
    controller.run(SaveBaseline(ids["project"], "Agreed", lambda: datetime(2026, 11, 4, 11)))
    copy = controller.file.save_copy(tmp_path / "copy.planner")
    controller.run(EditTask(ids["design"], duration=2 * 480))
    dialogs.answer("ask_choice", "A baseline…", "“Website”: Agreed (Wed 4 Nov 2026 11:00)")
    planned.compare_action.trigger()
    panel = planned.findChild(ComparisonPanel)
    assert [(row["task"], row["other"]) for row in rows(panel)] == [("Design", "duration: 1d → 2d"), ("Build", "")]
    assert panel.title.text().startswith("Now against the baseline “Website”: Agreed")
    dialogs.answer("ask_choice", "Another workspace file…")
    dialogs.answer("choose_open_file", copy)
    planned.compare_action.trigger()
    assert panel.title.text().startswith("Now against copy.planner")
    assert [row["task"] for row in rows(panel)] == ["Design", "Build"]  # Build moved after the longer Design


def test_the_history_views_menu_compares_with_a_change(planned):
    planned.show_view("history")
    view = planned.views["history"]
    first = planned.controller.file.history.listing()[0][0]
    menu = view.change_menu(first)
    next(a for a in menu.actions() if a.text() == "Compare Now With This Moment").trigger()
    panel = planned.findChild(ComparisonPanel)
    assert panel.title.text().startswith("Now against right after “New project”")


def test_a_moment_before_the_history_begins_is_refused(planned, dialogs):
    dialogs.answer("warn")
    assert compare_moment(planned, at=datetime(2026, 10, 1)) is None
    assert "begins after" in dialogs.args("warn")[0][2]
