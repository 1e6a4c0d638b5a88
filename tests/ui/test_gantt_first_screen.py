"""The Gantt's first screen (issue 17): it opens on the project or area used last, fitted to it; the time scale's
labels fit their cells; the zoom box names the unit the scale shows; the task list's dates are whole; finished
work is never drawn critical and a summary's progress is a solid bar."""

import itertools
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, QRectF, QSettings
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QImage
from PySide6.QtWidgets import QToolTip

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask, EditTask, LinkTasks
from planner.core.filters import SmartList
from planner.session import Session
from planner.ui.controller import Controller
from planner.ui.gantt.painting import ROW_HEIGHT, ChartRenderer
from planner.ui.gantt.scale import PRESETS, ZOOM_STEP, TimeScale
from planner.ui.gantt.view import HEADER_HEIGHT
from planner.ui.main_window import MainWindow
from planner.ui.models.columns import Column

START = datetime(2026, 3, 2, 8)  # a Monday
DAY = 480


def open_controller(path, sample=False):
    return Controller(Session.open(path, sample))


def add_project(controller, name, start, titles):
    project = AddObject("project", name=name, start=start)
    controller.run(project)
    key = ("project", project.id)
    creates = [CreateTask(key, title, duration=2 * DAY) for title in titles]
    controller.run(Batch(creates, "Seed"))
    ids = [c.id for c in creates]
    controller.run(Batch([LinkTasks(a, b) for a, b in itertools.pairwise(ids)], "Chain"))
    return key, ids


def test_gantt_and_board_open_on_the_project_used_last_fitted_to_it(make_window, workspace_path, tmp_path, qtbot):
    window = make_window(workspace_path)
    add_project(window.controller, "Early", START, ["a", "b"])
    later, _ = add_project(window.controller, "Later", datetime(2026, 9, 7, 8), ["c", "d", "e"])
    window.sidebar.select_scope(later)
    window.sidebar.select_scope(SmartList.ALL)
    window.close()  # remembers the choice in the settings, per workspace
    settings = QSettings(str(tmp_path / "settings-0.ini"), QSettings.Format.IniFormat)
    again = MainWindow(open_controller(workspace_path), open_controller, settings)
    qtbot.addWidget(again)
    again.resize(1300, 800)
    again.show()
    qtbot.waitExposed(again)
    assert again.proxy.scope == SmartList.ALL  # the table keeps the smart list it opened on
    again.show_view("gantt")
    assert again.sidebar.current_scope() == later
    view = again.view()
    first, last = view.project_span()
    assert first.month == 9
    left, width = view.hbar.value(), view.chart.width()
    assert left <= view.scale.x(first) and view.scale.x(last) <= left + width  # fitted to that project
    again.show_view("board")
    assert again.proxy.scope == later
    again.controller.close()


def test_without_a_remembered_choice_the_gantt_opens_on_the_first_project(make_window, workspace_path):
    window = make_window(workspace_path)
    first, _ = add_project(window.controller, "First", START, ["a"])
    add_project(window.controller, "Second", START, ["b"])
    window.sidebar.select_scope(SmartList.ALL)
    window.settings.clear()
    window.show_view("gantt")
    assert window.proxy.scope == first


@pytest.fixture
def gantt(make_window, workspace_path):
    window = make_window(workspace_path)
    key, _ids = add_project(window.controller, "Launch", START, ["Design", "Build", "Test"])
    window.sidebar.select_scope(key)
    window.show_view("gantt")
    window.view().ensure_rows()
    return window


def test_every_scale_label_fits_its_cell_at_every_zoom_and_scroll(gantt):
    view = gantt.view()
    font = view.chart.font()
    rect = QRectF(0, 0, 700, HEADER_HEIGHT)
    px = PRESETS["Years"]
    checked = 0
    while px <= PRESETS["Hours"]:
        scale = TimeScale(START, px)
        for x_offset in (-1000.5, -37.0, 0.0, 13.0, 333.3):  # cells cut at the left edge by the scroll
            for tier, box, text, cell in ChartRenderer.scale_labels(font, rect, scale, x_offset, view.chart):
                metrics = QFontMetricsF(font, view.chart)
                if tier == 0:
                    metrics = QFontMetricsF(_bold(font), view.chart)
                assert metrics.horizontalAdvance(text) <= box.width() + 0.01, (px, text)
                on_screen = (max(cell.x0 - x_offset, 0), min(cell.x1 - x_offset, rect.width()))
                assert on_screen[0] <= box.left() and box.right() <= on_screen[1] + 0.01, (px, text)
                checked += 1
        px *= ZOOM_STEP
    assert checked > 200


def _bold(font):
    from PySide6.QtGui import QFont

    out = QFont(font)
    out.setWeight(QFont.Weight.DemiBold)
    return out


def test_the_zoom_box_names_the_unit_the_scale_shows(gantt):
    view = gantt.view()
    names = {"hour": "Hours", "day": "Days", "week": "Weeks", "month": "Months", "quarter": "Quarters",
             "year": "Years"}  # fmt: skip
    px = PRESETS["Years"]
    while px <= PRESETS["Hours"]:
        view.set_zoom(px)
        assert view.zoom_box.currentText() == names[view.scale.tiers()[1]]
        px *= 1.15
    for i in range(view.zoom_box.count()):  # and each choice in the box shows its unit
        view.zoom_box.activated.emit(i)
        assert names[view.scale.tiers()[1]] == view.zoom_box.itemText(i)


def test_dates_in_the_task_list_are_whole_and_a_cut_title_has_a_tooltip(gantt, qtbot):
    view = gantt.view()
    tree = view.tree
    ids = [ident for kind, ident in view.rows if kind == "task"]
    gantt.controller.run(EditTask(ids[0], title="A task whose title is far too long for the column to show"))
    gantt.toggle_editor.setChecked(False)  # as it starts when it would squeeze the view
    gantt.editor.setVisible(False)
    qtbot.wait(10)
    metrics = tree.fontMetrics()
    header = tree.header()
    for column in (Column.START, Column.FINISH, Column.DURATION):
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= tree.viewport().width()
        for row in range(tree.model().rowCount(tree.rootIndex())):
            text = tree.model().index(row, column, tree.rootIndex()).data()
            assert metrics.horizontalAdvance(text) + 6 <= tree.columnWidth(column), text
    index = tree.model().index(0, Column.TITLE, tree.rootIndex())
    rect = tree.visualRect(index)
    where = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, tree.viewport().mapToGlobal(where))
    tree.viewportEvent(event)
    assert QToolTip.text() == "A task whose title is far too long for the column to show"


def render(view) -> QImage:
    view.chart.update()
    return view.chart.grab().toImage()


def bar_box(view, task_id):
    row = view.row_of[("task", task_id)]
    top = HEADER_HEIGHT + row * ROW_HEIGHT - view.chart.y_offset()
    return view.chart.renderer().bar_rect(view.bars.bar(task_id), view.scale, -view.hbar.value(), top)


def near(a, b, tolerance=12):
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_finished_work_and_summaries_are_never_drawn_critical(gantt):
    controller = gantt.controller
    view = gantt.view()
    ws = controller.ws
    design, build, test = (next(t.id for t in ws.tasks.values() if t.title == n) for n in ("Design", "Build", "Test"))
    controller.run(CreateTask(("task", build), "Build part", duration=2 * DAY))
    assert view.bars.bar(test).critical  # the chain is critical
    controller.run(EditTask(design, percent_complete=100))
    view.ensure_rows()
    assert not view.bars.bar(design).critical
    assert not view.bars.critical(design)
    assert view.bars.bar(build).kind == "summary" and not view.bars.bar(build).critical
    image = render(view)
    colors = view.chart.renderer().colors
    centre = bar_box(view, design).center().toPoint()
    assert not near(image.pixelColor(centre), colors.critical)
    assert not near(image.pixelColor(centre), colors.critical_fill)


def test_a_summarys_progress_is_a_solid_bar_inside_it(gantt):
    controller = gantt.controller
    view = gantt.view()
    ws = controller.ws
    build = next(t.id for t in ws.tasks.values() if t.title == "Build")
    part = CreateTask(("task", build), "Part", duration=4 * DAY)
    controller.run(part)
    controller.run(EditTask(build, percent_complete=50))
    view.ensure_rows()
    view.fit_project()
    box = bar_box(view, build)
    assert view.bars.bar(build).progress == pytest.approx(0.5)
    image = render(view)
    colors = view.chart.renderer().colors
    y = int(box.center().y())
    assert near(image.pixelColor(QPoint(int(box.left() + box.width() * 0.3), y)), colors.summary)
    assert near(image.pixelColor(QPoint(int(box.left() + box.width() * 0.7), y)), colors.summary_rest)


def segments(line):
    points = [line.at(i) for i in range(line.count())]
    return list(itertools.pairwise(points))


def crosses(rect, a, b) -> bool:
    """Whether the axis-parallel segment a–b passes through `rect`."""
    if a.x() == b.x():
        return (
            rect.left() < a.x() < rect.right() and min(a.y(), b.y()) < rect.bottom() and max(a.y(), b.y()) > rect.top()
        )
    return rect.top() < a.y() < rect.bottom() and min(a.x(), b.x()) < rect.right() and max(a.x(), b.x()) > rect.left()


def test_names_beside_bars_are_clear_of_the_links_and_links_from_one_end_share_a_run(make_window, workspace_path):
    window = make_window(workspace_path)
    controller = window.controller
    person = AddObject("person", name="Maya Patel")
    controller.run(person)
    project = AddObject("project", name="Launch", start=START)
    controller.run(project)
    key = ("project", project.id)
    # Long, then a short task whose name sits where Long's links run down (Short leads the critical path through
    # Tail, so no slack line pushes its name to the right), then Long's successors.
    creates = [CreateTask(key, title, duration=days * DAY) for title, days in
               (("Long", 2), ("Short", 1), ("Next", 1), ("Tail", 5), ("After", 1))]  # fmt: skip
    controller.run(Batch(creates, "Seed"))
    long, short, nxt, tail, after = (c.id for c in creates)
    controller.run(Batch([LinkTasks(long, nxt), LinkTasks(long, after), LinkTasks(short, tail)], "Links"))
    controller.run(Batch([EditTask(c.id, assignments={person.id: 1.0}) for c in creates], "Assign"))
    window.sidebar.select_scope(key)
    window.show_view("gantt")
    view = window.view()
    view.set_zoom(PRESETS["Days"])
    view.scroll_to(START, 0.1)
    assert not render(view).isNull()
    renderer = view.chart.renderer()
    labels = renderer.label_rects
    assert len(labels) == 5 and len(renderer.link_painter.lines) == 3
    for row, rect in labels.items():
        for line in renderer.link_painter.lines:
            for a, b in segments(line):
                assert not crosses(rect, a, b), (row, rect, a, b)
    long_y = bar_box(view, long).center().y()
    runs = {round(line.at(1).x()) for line in renderer.link_painter.lines if abs(line.at(0).y() - long_y) < 2}
    assert len(runs) == 1  # both links out of Long's finish: one vertical run, branching


def test_the_legend_takes_as_many_lines_as_its_width_needs(gantt, qtbot):
    legend = gantt.view().legend
    renderer = legend.renderer()
    metrics = legend.fontMetrics()
    for width in (300, 700, 2000):
        legend.resize(width, legend.height())
        lines = legend.lines(renderer)
        assert legend.height() == legend.LINE * len(lines)
        assert sum(len(line) for line in lines) == len(renderer.legend_items())
        for line in lines:
            assert len(line) == 1 or 10 + sum(renderer.legend_item_width(metrics, t) for _, t in line) <= width
