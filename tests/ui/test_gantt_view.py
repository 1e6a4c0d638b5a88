"""The Gantt view driven with the mouse: drag a bar, its end, its progress and a link between bars, checked in
the model and in the file, then undone; rows aligned with the tree; the menu; printing to PDF and images."""

from datetime import datetime, timedelta

import pytest
from pdf_text import pdf_pages
from PySide6.QtCore import QPoint, Qt

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask
from planner.core.model import Constraint, LinkType
from planner.store.workspace_file import WorkspaceFile
from planner.ui.gantt.painting import ROW_HEIGHT
from planner.ui.gantt.scale import PRESETS
from planner.ui.gantt.view import HEADER_HEIGHT
from planner.ui.models.columns import Role

START = datetime(2026, 3, 2, 8)  # a Monday
DAY = 480


@pytest.fixture
def gantt(make_window, workspace_path, qtbot):
    """A window showing the Gantt of a project with three unlinked tasks of 2, 3 and 1 days from 2 March 2026."""
    window = make_window(workspace_path)
    controller = window.controller
    project = AddObject("project", name="Launch", start=START)
    controller.run(project)
    key = ("project", project.id)
    controller.run(
        Batch(
            [
                CreateTask(key, "Design", duration=2 * DAY),
                CreateTask(key, "Build", duration=3 * DAY),
                CreateTask(key, "Test", duration=DAY),
            ],
            "Seed tasks",
        )
    )
    controller.clear_history()
    window.sidebar.select_scope(key)
    window.show_view("gantt")
    view = window.view()
    view.set_zoom(PRESETS["Days"])
    view.scroll_to(START, 0.1)
    view.ensure_rows()
    return window


def task_named(ws, title):
    return next(t for t in ws.tasks.values() if t.title == title)


def bar_box(view, task_id):
    chart = view.chart
    row = view.row_of[("task", task_id)]
    top = HEADER_HEIGHT + row * ROW_HEIGHT - chart.y_offset()
    return chart.renderer().bar_rect(view.bars.bar(task_id), view.scale, -view.hbar.value(), top)


def drag(qtbot, widget, start: QPoint, end: QPoint, steps: int = 6):
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(widget, start + (end - start) * i / steps)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def in_file(path):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load()


def test_rows_line_up_with_the_tree(gantt):
    view = gantt.view()
    tree = view.tree
    for row, node in enumerate(view.rows):
        index = view.index_of_node(node)
        rect = tree.visualRect(index)
        assert rect.height() == ROW_HEIGHT
        assert rect.top() == row * ROW_HEIGHT - tree.verticalScrollBar().value()
    assert tree.header().height() == HEADER_HEIGHT


def test_rows_read_from_the_model_match_the_tree_expanded_collapsed_and_filtered(gantt):
    """With no sort the chart reads its rows from the model's lists, filtered or not; they must be the rows the
    tree shows, in its order, whatever is expanded (with a sort it walks the proxy)."""
    from planner.core.commands import IndentTasks
    from planner.core.filters import TaskFilter

    view = gantt.view()
    ws = gantt.controller.ws
    build, test = task_named(ws, "Build"), task_named(ws, "Test")
    gantt.controller.run(IndentTasks([build.id, test.id]))  # under Design: a summary with two children
    design = task_named(ws, "Design")

    def shown():
        view._rows_dirty = True
        view.ensure_rows()
        return list(view.rows)

    assert not view.proxy.is_filtering()
    summary = view.index_of_node(("task", design.id))
    for expanded in (True, False, True):
        view.tree.setExpanded(summary, expanded)
        rows = shown()
        assert rows == view._rows_from_proxy()
        assert (("task", build.id) in rows) == expanded
    view.proxy.set_filter(TaskFilter(text="Test"))
    assert view.tree.model() is view.proxy
    view.tree.expandAll()
    assert shown() == view._rows_from_proxy()
    assert ("task", test.id) in view.rows and ("task", build.id) not in view.rows
    view.tree.setExpanded(view.index_of_node(("task", design.id)), False)
    assert shown() == view._rows_from_proxy() == [("task", design.id)]
    view.proxy.set_filter(TaskFilter())


def test_drag_a_bar_sets_a_start_no_earlier_than_and_undo_takes_it_back(gantt, workspace_path, qtbot):
    view, ws = gantt.view(), gantt.controller.ws
    design = task_named(ws, "Design")
    box = bar_box(view, design.id)
    start = box.center().toPoint()
    drag(qtbot, view.chart, start, start + QPoint(round(2 * view.scale.px_per_day), 0))
    moved = ws.tasks[design.id]
    assert moved.start == datetime(2026, 3, 4, 8)
    assert moved.finish == datetime(2026, 3, 5, 17)
    assert moved.constraint == Constraint.SNET and moved.constraint_date == datetime(2026, 3, 4, 8)
    stored = in_file(workspace_path).tasks[design.id]
    assert stored.start == datetime(2026, 3, 4, 8) and stored.constraint == Constraint.SNET
    assert view.bars.bar(design.id).start == datetime(2026, 3, 4, 8)  # the chart shows the new dates
    gantt.undo_action.trigger()
    assert ws.tasks[design.id].start == START and ws.tasks[design.id].constraint == Constraint.ASAP
    assert in_file(workspace_path).tasks[design.id].start == START


def test_drag_the_end_changes_the_duration(gantt, workspace_path, qtbot):
    view, ws = gantt.view(), gantt.controller.ws
    design = task_named(ws, "Design")
    box = bar_box(view, design.id)
    start = QPoint(round(box.right()) - 2, round(box.center().y()))
    drag(qtbot, view.chart, start, start + QPoint(round(view.scale.px_per_day), 0))
    assert ws.tasks[design.id].duration == 3 * DAY
    assert ws.tasks[design.id].finish == datetime(2026, 3, 4, 17)
    assert in_file(workspace_path).tasks[design.id].duration == 3 * DAY
    gantt.undo_action.trigger()
    assert ws.tasks[design.id].duration == 2 * DAY


def test_drag_inside_the_bar_sets_the_progress(gantt, workspace_path, qtbot):
    view, ws = gantt.view(), gantt.controller.ws
    build = task_named(ws, "Build")
    box = bar_box(view, build.id)
    start = QPoint(round(box.left()) + 1, round(box.center().y()) + 2)
    end = QPoint(round(box.left() + box.width() * 0.6), start.y())
    drag(qtbot, view.chart, start, end)
    assert ws.tasks[build.id].percent_complete == 60
    assert in_file(workspace_path).tasks[build.id].percent_complete == 60
    gantt.undo_action.trigger()
    assert ws.tasks[build.id].percent_complete == 0


def test_drag_from_bar_to_bar_links_them_and_a_loop_is_refused(gantt, workspace_path, qtbot):
    view, ws = gantt.view(), gantt.controller.ws
    design, test = task_named(ws, "Design"), task_named(ws, "Test")
    a = bar_box(view, design.id)
    start = QPoint(round(a.left()) + 10, round(a.center().y()))
    end = QPoint(start.x(), start.y() + 2 * ROW_HEIGHT)  # pulled down out of the row onto "Test"
    drag(qtbot, view.chart, start, end)
    links = [d for d in ws.dependencies.values() if (d.predecessor_id, d.successor_id) == (design.id, test.id)]
    assert len(links) == 1 and links[0].type == LinkType.FS
    assert ws.tasks[test.id].start == datetime(2026, 3, 4, 8)  # rescheduled after "Design"
    on_disk = in_file(workspace_path)
    assert any(d.predecessor_id == design.id and d.successor_id == test.id for d in on_disk.dependencies.values())
    assert on_disk.tasks[test.id].start == datetime(2026, 3, 4, 8)
    assert (view.links is not None and len(view.links) == 1) or view.ensure_rows() is None
    # The other way round would close a loop: refused with the core's message, nothing changes.
    b = bar_box(view, test.id)
    back = QPoint(round(b.left()) + 5, round(b.center().y()) - 3)  # the body, clear of the end and progress
    target = QPoint(round(a.left()) + 10, round(a.center().y()))
    with qtbot.waitSignal(gantt.controller.error_occurred) as refused:
        qtbot.mousePress(view.chart, Qt.MouseButton.LeftButton, pos=back)
        for i in range(1, 6):  # up out of the row first (a link), then across to the other bar
            qtbot.mouseMove(view.chart, QPoint(back.x(), back.y() + (target.y() - back.y()) * i // 5))
        drag_end = target
        qtbot.mouseMove(view.chart, drag_end)
        qtbot.mouseRelease(view.chart, Qt.MouseButton.LeftButton, pos=drag_end)
    assert "loop" in refused.args[0]
    assert len(ws.dependencies) == 1
    gantt.undo_action.trigger()
    assert not ws.dependencies
    assert ws.tasks[test.id].start == START
    assert not in_file(workspace_path).dependencies


def test_link_handles_make_the_other_link_types(gantt, qtbot):
    view, ws = gantt.view(), gantt.controller.ws
    design, build = task_named(ws, "Design"), task_named(ws, "Build")
    a, b = bar_box(view, design.id), bar_box(view, build.id)
    start = QPoint(round(a.left()) - 5, round(a.center().y()))  # the handle before the start
    drag(qtbot, view.chart, start, QPoint(round(b.left()) + 10, round(b.center().y())))
    (dep,) = ws.dependencies.values()
    assert (dep.predecessor_id, dep.successor_id, dep.type) == (design.id, build.id, LinkType.SS)


def test_double_click_opens_the_editor_and_the_menu_converts_to_milestone(gantt, qtbot):
    view, ws = gantt.view(), gantt.controller.ws
    test = task_named(ws, "Test")
    center = bar_box(view, test.id).center().toPoint()
    with qtbot.waitSignal(view.editor_requested) as opened:
        qtbot.mouseDClick(view.chart, Qt.MouseButton.LeftButton, pos=center)
    assert opened.args == [test.id]
    assert view.selected_task_ids() == [test.id]  # the click selected the row in the shared selection
    menu = view.task_menu(test.id)
    next(a for a in menu.actions() if a.text() == "Convert to Milestone").trigger()
    assert ws.tasks[test.id].milestone
    assert view.bars.bar(test.id).kind == "milestone"
    gantt.undo_action.trigger()
    assert not ws.tasks[test.id].milestone


def test_zoom_keys_and_fit(gantt, qtbot):
    view = gantt.view()
    before = view.scale.px_per_day
    view.chart.setFocus()
    qtbot.keyClick(view.chart, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale.px_per_day < before
    view.fit_project()
    first, last = view.project_span()
    x0 = view.scale.x(first) - view.hbar.value()
    x1 = view.scale.x(last) - view.hbar.value()
    assert 0 <= x0 < x1 <= view.chart.width()


def test_a_search_typed_and_cleared_keeps_the_zoom_and_the_dates_in_view(gantt, qtbot):
    """The zoom the user chose and the date at the chart's left edge stay through a search typed in the filter bar
    and cleared (the clear re-fitted the whole project, dropping both); another project is fitted whole."""
    window = gantt
    view = window.view()
    search = window.filter_bar.search
    view.set_zoom(PRESETS["Hours"])
    view.scroll_to(START + timedelta(days=3), 0.0)
    chosen = (view.scale.px_per_day, view.scale.at(view.hbar.value()), view.zoom_box.currentData())
    qtbot.keyClicks(search, "Bui")
    qtbot.waitUntil(window.proxy.is_filtering)
    view.ensure_rows()
    assert [node for node in view.rows if node[0] == "task"] == [("task", task_named(window.controller.ws, "Build").id)]
    assert (view.scale.px_per_day, view.scale.at(view.hbar.value()), view.zoom_box.currentData()) == chosen
    search.selectAll()
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not window.proxy.is_filtering())
    view.ensure_rows()
    assert len(view.rows) == 3  # every task back
    assert (view.scale.px_per_day, view.scale.at(view.hbar.value()), view.zoom_box.currentData()) == chosen

    other = AddObject("project", name="Other", start=START)
    window.controller.run(other)
    window.controller.run(CreateTask(("project", other.id), "Long", duration=200 * DAY))
    window.sidebar.select_scope(("project", other.id))
    assert view.scale.px_per_day != chosen[0]  # fitted to the other project's 200 days


def test_selection_is_shared_between_tree_and_chart(gantt):
    view = gantt.view()
    build = task_named(gantt.controller.ws, "Build")
    view.select_task(build.id)
    assert view.tree.currentIndex().data(Role.TASK_ID) == build.id
    assert view.selected_task_ids() == [build.id]


def test_pdf_has_pages_with_the_task_names(gantt, tmp_path):
    view = gantt.view()
    path = tmp_path / "gantt.pdf"
    pages = view.export(path)
    assert pages >= 1
    assert path.read_bytes().startswith(b"%PDF")
    text = "\n".join(pdf_pages(path))
    assert "Design" in text and "Launch" in text and f"Page 1 of {pages}" in text


def test_many_rows_tile_over_pages_down_and_across(gantt, tmp_path):
    from planner.ui.gantt import printing

    controller = gantt.controller
    project = next(iter(controller.ws.projects))
    controller.run(Batch([CreateTask(("project", project), f"Extra {i}", duration=DAY * 5) for i in range(60)]))
    view = gantt.view()
    doc = view.document()
    doc.px_per_day = 80  # wide days: the time range needs several pages across
    pages = printing.write_pdf(str(tmp_path / "tiled.pdf"), doc, printing.PageOptions(landscape=False))
    fitted = printing.write_pdf(str(tmp_path / "fit.pdf"), view.document(), printing.PageOptions(fit_width=True))
    assert pages > fitted >= 2  # 63 rows need two landscape pages; unfitted, the time range needs more across


def test_png_and_svg_export(gantt, tmp_path):
    view = gantt.view()
    view.export(tmp_path / "g.png")
    view.export(tmp_path / "g.svg")
    assert (tmp_path / "g.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "g.svg").read_bytes()[:2000]


def test_headless_document_for_a_project(gantt, tmp_path):
    from planner.ui.gantt import printing

    controller = gantt.controller
    project = next(iter(controller.ws.projects))
    doc = printing.document_for_project(controller.ws, controller.schedule, project)
    assert [row.texts[0] for row in doc.rows] == ["Design", "Build", "Test"]
    assert printing.write_pdf(str(tmp_path / "report.pdf"), doc) == 1
