"""The History panel on a real workspace: changes grouped by day, filtered by project, person or task, and a
selected change shown field by field, before → after, with the dates it moved downstream."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from planner.core.command import Batch
from planner.core.commands import AddObject, AssignPerson, CreateTask, EditTask, LinkTasks
from planner.session import Session
from planner.ui.controller import Controller
from planner.ui.history import HistoryView
from planner.ui.history.model import ROLE_CHANGE

MONDAY = datetime(2026, 11, 2, 8)


@pytest.fixture
def controller(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))
    session = Session.open(tmp_path / "team.planner")
    session.today = lambda: date(2026, 11, 2)
    session.clock = lambda: datetime(2026, 11, 3, 9, 15)
    controller = Controller(session)
    project = AddObject("project", name="Launch", start=MONDAY)
    other = AddObject("project", name="Other", start=MONDAY)
    maya = AddObject("person", name="Maya")
    controller.run(Batch([project, other, maya], "Seed"))
    brief = CreateTask(("project", project.id), "Brief", duration=480)
    design = CreateTask(("project", project.id), "Design", duration=960)
    controller.run(Batch([brief, design], "Tasks"))
    controller.run(LinkTasks(brief.id, design.id))
    session.clock = lambda: datetime(2026, 11, 4, 10, 30)
    controller.run(AssignPerson(design.id, maya.id))
    controller.run(EditTask(brief.id, duration=960))
    controller.run(CreateTask(("project", other.id), "Elsewhere", duration=480))
    controller.ids = {"launch": project.id, "maya": maya.id, "brief": brief.id, "design": design.id}
    yield controller
    controller.close()


def labels(view):
    model = view.model
    out = []
    for day in range(model.rowCount()):
        parent = model.index(day, 0)
        out.append((parent.data(), [model.index(n, 0, parent).data() for n in range(model.rowCount(parent))]))
    return out


@pytest.fixture
def view(qtbot, controller):
    view = HistoryView(None, controller)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_changes_are_grouped_by_day_newest_first(view):
    assert labels(view) == [
        ("2026-11-04  (3 changes)", ["10:30  New task", "10:30  Edit duration", "10:30  Assign"]),
        ("2026-11-03  (3 changes)", ["09:15  Link tasks", "09:15  Tasks", "09:15  Seed"]),
    ]
    assert view.summary.text() == "6 changes"


def test_selecting_a_change_shows_each_field_before_and_after_with_the_dates_moved_downstream(view, qtbot):
    view.tree.setFocus()
    day = view.model.index(0, 0)
    view.tree.setCurrentIndex(view.model.index(0, 0))
    QTest.keyClick(view.tree, Qt.Key.Key_Down)  # the first change of the day: the newest
    QTest.keyClick(view.tree, Qt.Key.Key_Down)  # then the duration edit
    assert view.tree.currentIndex() == view.model.index(1, 0, day)
    shown = view.details.toPlainText()
    assert "Edit duration" in shown
    assert "task “Brief”:\n" in shown and "    duration: 1d → 2d" in shown  # as people read values
    assert "task “Design”:" in shown and "start: Tue 3 Nov 2026 08:00 → Wed 4 Nov 2026 08:00" in shown


def test_the_details_name_people_and_show_none_as_a_dash(view):
    day = view.model.index(0, 0)
    view.tree.setCurrentIndex(view.model.index(2, 0, day))  # the oldest of the day: Maya assigned to Design
    shown = view.details.toPlainText()
    assert "    assignments: — → Maya" in shown


def test_the_filter_keeps_the_changes_of_a_project_a_person_or_a_task(view, controller):
    ids = controller.ids
    view.filter_by(f"person:{ids['maya']}")
    assert [change for _, changes in labels(view) for change in changes] == ["10:30  Assign", "09:15  Seed"]
    view.filter_by(f"project:{ids['launch']}")
    assert "10:30  New task" not in [c for _, changes in labels(view) for c in changes]  # that was the other project
    view.filter_by(f"task:{ids['brief']}")
    assert view.filter.currentText() == "the task “Brief”"
    assert [c for _, changes in labels(view) for c in changes] == ["10:30  Edit duration", "09:15  Link tasks",
                                                                  "09:15  Tasks"]  # fmt: skip
    view.filter_by("")
    assert view.summary.text() == "6 changes"


def test_an_edit_while_the_panel_shows_appears_at_once(view, controller):
    controller.run(EditTask(controller.ids["design"], title="Design v2"))
    first_day = view.model.index(0, 0)
    assert view.model.index(0, 0, first_day).data().endswith("Edit title")
    assert view.model.index(0, 0, first_day).data(ROLE_CHANGE) == controller.file.history.last_id()


def test_a_damaged_history_is_shown_as_unavailable(qtbot, controller):
    controller.file.history.problem = "the history of changes cannot be read (database disk image is malformed)"
    view = HistoryView(None, controller)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 0
    assert view.summary.text().startswith("History unavailable: the history of changes cannot be read")


def test_the_window_can_undo_the_last_sessions_changes_after_reopening(controller):
    path = controller.file.path
    controller.close()
    again = Controller(Session.open(path))
    try:
        assert again.undo_stack.undoText() == "New task"
        again.undo()
        assert "Elsewhere" not in {t.title for t in again.ws.tasks.values()}
        assert again.undo_stack.undoText() == "Edit duration"
        again.undo()
        brief = again.ws.tasks[controller.ids["brief"]]
        assert brief.duration == 480
        again.redo()
        assert again.ws.tasks[brief.id].duration == 960
        assert Session.read(path).ws.tasks[brief.id].duration == 960
    finally:
        again.close()
