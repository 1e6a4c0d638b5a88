"""The task editor beside the views (#17): it shows the task of the view in front or says none is selected, it
starts folded when it would squeeze the view and keeps the person's own choice, people are chips all in sight,
the fields a newcomer can leave alone wait under "More", and nothing in it is clipped at the usual sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from planner.core.commands import AssignPeople
from planner.session import Session
from planner.ui.controller import Controller
from planner.ui.editor_panel import TaskEditorPanel
from planner.ui.main_window import MainWindow
from planner.ui.views import VIEWS


def open_controller(path, sample: bool = False) -> Controller:
    return Controller(Session.open(path, sample))


def view_task(window) -> int | None:
    """The task the view in front says is current, asked of the view itself."""
    node = window.view().current_node()
    return node[1] if node is not None and node[0] == "task" else None


def fresh_window(qtbot, tmp_path, size: tuple[int, int], settings_name: str = "fresh.ini") -> MainWindow:
    """A window as a first start opens it: no settings yet, on the sample, at `size`."""
    settings = QSettings(str(tmp_path / settings_name), QSettings.Format.IniFormat)
    window = MainWindow(open_controller(tmp_path / "team.planner", sample=True), open_controller, settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    WINDOWS.append(window)
    return window


WINDOWS: list[MainWindow] = []


@pytest.fixture(autouse=True)
def closed_files():
    """Each window's workspace closed after the test, so the next window can open the same file."""
    yield
    while WINDOWS:
        WINDOWS.pop().close()


@pytest.fixture
def sample(make_window, tmp_path):
    return make_window(tmp_path / "team.planner", sample=True)


def assigned_task(ws) -> int:
    """A task with dates and someone on it, so every view of tasks can show and select it."""
    return next(
        t.id for t in sorted(ws.tasks.values(), key=lambda t: t.id)
        if t.assignments and t.start and not ws.is_summary(t.id) and not t.recurrence and t.routine_id is None
        and t.project_id is not None
    )  # fmt: skip


# -- following the view in front ------------------------------------------------------------------------
def test_the_editor_shows_the_current_task_of_every_view_or_none(sample):
    ws = sample.controller.ws
    task_id = assigned_task(ws)
    sample.view().select_task(task_id)  # the table
    assert sample.editor.task_id == task_id
    for spec in VIEWS:
        sample.show_view(spec.name)
        assert sample.editor.task_id == view_task(sample), spec.name  # what that view had, not the table's
        sample.view().select_task(task_id)
        assert sample.editor.task_id == view_task(sample), spec.name
        if spec.name in ("table", "board", "gantt", "calendar"):
            assert sample.editor.task_id == task_id, spec.name  # these can always show it
        if sample.editor.task_id is None:
            panel = sample.editor
            assert panel.placeholder.isVisibleTo(panel) and panel.placeholder.text() == "No task selected"
            assert not panel.form_widget.isEnabled() and not panel.form_widget.isVisibleTo(panel)
        assert sample.editor.isVisible() == spec.shows_tasks  # the people sheet keeps the room for its columns


def test_project_page_and_people_sheet_show_no_task_and_going_back_shows_the_views_own(sample):
    ws = sample.controller.ws
    task_id = assigned_task(ws)
    sample.view().select_task(task_id)
    sample.sidebar.select_scope(("project", ws.tasks[task_id].project_id))
    for name in ("project", "people"):
        sample.show_view(name)
        assert sample.editor.task_id is None, name
        assert sample.editor.placeholder.isVisibleTo(sample.editor)
    assert not sample.editor.isVisible() and not sample.toggle_editor.isEnabled()  # on the people sheet
    sample.show_view("table")
    assert sample.editor.task_id == view_task(sample)


def test_clearing_the_tables_current_row_empties_the_editor(sample):
    table = sample.view()
    table.select_task(assigned_task(sample.controller.ws))
    table.setCurrentIndex(QModelIndex())
    assert sample.editor.task_id is None and sample.editor.placeholder.isVisible()


def test_a_view_behind_does_not_put_its_task_in_the_editor(sample):
    ws = sample.controller.ws
    task_id = assigned_task(ws)
    sample.show_view("gantt")
    sample.show_view("project")
    sample.views["gantt"].select_task(task_id)  # behind the project page
    assert sample.editor.task_id is None


# -- folded or open ------------------------------------------------------------------------------------
def test_at_1360_the_editor_starts_folded_and_the_gantt_keeps_the_room(qtbot, tmp_path):
    window = fresh_window(qtbot, tmp_path, (1360, 860))
    window.show_view("gantt")
    assert not window.editor.isVisible() and not window.toggle_editor.isChecked()
    assert window.view().width() >= 1100


def test_a_folded_editor_is_built_when_first_opened_on_the_task_selected_then(qtbot, tmp_path):
    window = fresh_window(qtbot, tmp_path, (1360, 860))
    assert window._editor is None  # not built at open: ~35 ms of a small plan's start
    task_id = assigned_task(window.controller.ws)
    window.view().select_task(task_id)  # while folded
    window.toggle_editor.trigger()
    assert window.editor.isVisible() and window.editor.task_id == task_id
    assert window.editor.title.text() == window.controller.ws.tasks[task_id].title
    assert window.splitter.widget(2) is window.editor and window.editor.width() >= 300
    window.toggle_editor.trigger()
    assert not window.editor.isVisible()
    window.toggle_editor.trigger()
    window.set_controller(open_controller(tmp_path / "empty.planner"))  # no project: no editor, and no empty slot
    assert window._editor is None and not window.splitter.widget(2).isVisible()


def test_on_a_wide_screen_the_editor_starts_open_and_the_view_keeps_900_px(qtbot, tmp_path):
    window = fresh_window(qtbot, tmp_path, (1920, 1080))
    window.show_view("gantt")
    assert window.editor.isVisible() and window.toggle_editor.isChecked()
    assert window.view().width() >= 900


def test_the_persons_own_toggle_is_kept_for_the_next_start(qtbot, tmp_path):
    window = fresh_window(qtbot, tmp_path, (1360, 860))
    window.toggle_editor.trigger()  # as the toolbar button does
    assert window.editor.isVisible()
    window.close()
    again = fresh_window(qtbot, tmp_path, (1360, 860))
    assert again.editor.isVisible()
    again.toggle_editor.trigger()
    again.close()
    assert not fresh_window(qtbot, tmp_path, (1920, 1080)).editor.isVisible()  # folded by choice, even wide


def test_enter_on_a_gantt_bar_opens_the_folded_editor_on_its_task(qtbot, tmp_path):
    window = fresh_window(qtbot, tmp_path, (1360, 860))
    window.show_view("gantt")
    task_id = assigned_task(window.controller.ws)
    gantt = window.view()
    gantt.select_task(task_id)
    qtbot.keyClick(gantt.chart, Qt.Key.Key_Return)
    assert window.editor.isVisible() and window.editor.task_id == task_id
    assert window.settings.value("editor_open") is None  # opened for a task, not chosen: the next start decides


# -- fields ------------------------------------------------------------------------------------------
def test_more_is_folded_at_first_and_remembered(sample, qtbot):
    panel = sample.editor
    sample.view().select_task(assigned_task(sample.controller.ws))
    assert not panel.more_open
    assert not panel.value.isVisible() and not panel.task_type.isVisible()
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert panel.value.isVisible() and panel.effort.isVisible() and panel.task_type.isVisible()
    assert sample.settings.value("editor_more", type=bool)
    label = panel.form.labelForField(panel.value)
    assert label.text() == "Value points" and "worth" in label.toolTip() and panel.value.toolTip()
    assert "not hours" in panel.form.labelForField(panel.effort).toolTip()
    assert "duration" in panel.form.labelForField(panel.task_type).toolTip()
    assert TaskEditorPanel(sample.controller, sample.settings).more_open  # the next panel opens it so
    qtbot.mouseClick(sample.editor.more_button, Qt.MouseButton.LeftButton)
    assert not sample.editor.value.isVisibleTo(sample.editor) and not sample.settings.value("editor_more", type=bool)


def test_every_person_on_a_task_is_in_sight_at_once(sample, qtbot):
    ws = sample.controller.ws
    task_id = assigned_task(ws)
    everyone = {person.id: 0.5 for person in ws.people.values() if person.max_units >= 0.5}
    assert len(everyone) >= 5
    sample.controller.run(AssignPeople([task_id], everyone))
    sample.view().select_task(task_id)
    chips = sample.editor.assignees
    qtbot.waitUntil(lambda: chips.height() >= chips.heightForWidth(chips.width()))
    shown = [item[0].id for rect, item in chips.chip_rects() if item is not None]
    assert sorted(shown) == sorted(ws.tasks[task_id].assignments)
    for rect, _item in chips.chip_rects():
        assert chips.rect().contains(rect), rect  # none cut off or scrolled away
        assert chips.visibleRegion().contains(rect.center())


# -- nothing clipped -----------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1360, 860), (1280, 800)])
@pytest.mark.parametrize("look", ["light", "dark"])
def test_nothing_in_the_editor_is_clipped(sample, qtbot, restored_look, size, look):
    sample.set_theme(look)
    sample.resize(*size)
    task_id = assigned_task(sample.controller.ws)
    sample.view().select_task(task_id)
    panel = sample.editor
    panel.show_more(True)
    qtbot.wait(10)  # let the layout settle at the new size
    assert sample.view().width() >= 600  # the editor open beside the table still leaves it room
    body = panel.widget()
    assert body.width() <= panel.viewport().width()  # no sideways scrolling
    for label in body.findChildren(QLabel):
        if label.isVisibleTo(body) and not label.wordWrap() and label.text():
            assert label.sizeHint().width() <= label.width(), label.text()
    for button in body.findChildren(QAbstractButton):
        if button.isVisibleTo(body) and button.text():
            assert button.sizeHint().width() <= button.width(), button.text()
    for field in body.findChildren(QWidget):
        if field.isVisibleTo(body) and field.parentWidget() is panel.form_widget:
            right = field.mapTo(body, QPoint(field.width(), 0)).x()
            assert right <= panel.viewport().width(), type(field).__name__
