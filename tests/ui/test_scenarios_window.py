"""Scenarios in the real window: make one from the project in front, edit it in the Gantt and the table while the
file's live rows stay as they were, switch back and forth, then adopt it as one undo step that undo takes back."""

import sqlite3
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from planner.core.commands import AddObject, AssignPerson, Batch, CreateTask, LinkTasks
from planner.ui.compare import ComparisonPanel
from planner.ui.gantt.scale import PRESETS
from planner.ui.models.columns import Column
from tests.ui.test_gantt_view import bar_box, drag

START = datetime(2026, 3, 2, 8)
DAY = 480


def live_rows(path) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        query = "SELECT t.* FROM task t JOIN project p ON p.id = t.project_id WHERE p.scenario_of IS NULL ORDER BY t.id"
        return db.execute(query).fetchall()
    finally:
        db.close()


@pytest.fixture
def window(make_window, workspace_path):
    window = make_window(workspace_path)
    controller = window.controller
    project = AddObject("project", name="Launch", start=START)
    controller.run(project)
    key = ("project", project.id)
    tasks = [CreateTask(key, "Design", duration=2 * DAY), CreateTask(key, "Build", duration=3 * DAY)]
    controller.run(Batch(tasks, "Seed tasks"))
    controller.run(LinkTasks(tasks[0].id, tasks[1].id))
    controller.clear_history()
    window.sidebar.select_scope(key)
    window.live_id = project.id
    window.task_ids = [t.id for t in tasks]
    return window


def task_named(ws, title):
    return next(t for t in ws.tasks.values() if t.title == title)


def test_a_scenario_is_edited_in_the_gantt_and_table_then_adopted_in_one_undo_step(
    window, workspace_path, dialogs, qtbot
):
    before = live_rows(workspace_path)
    dialogs.answer("ask_text", "Maya off two weeks")
    window.scenarios.new_action.trigger()
    session = window.controller.session
    scenario = session.front
    assert scenario is not None and window.controller.ws.projects[scenario].scenario_name == "Maya off two weeks"
    assert "Maya off two weeks" in window.windowTitle()
    assert window.scenarios.banner.isVisible() and "Maya off two weeks" in window.scenarios.banner.text.text()
    assert window.scenarios.combo.currentText().startswith("Maya off two weeks")
    assert window.live_id not in window.controller.ws.projects  # every view reads the scenario, not the live plan

    # The Gantt: drag the end of Design's bar one day on.
    window.show_view("gantt")
    view = window.view()
    view.set_zoom(PRESETS["Days"])
    view.scroll_to(START, 0.1)
    view.ensure_rows()
    ws = window.controller.ws
    design = task_named(ws, "Design")
    box = bar_box(view, design.id)
    grip = QPoint(round(box.right()) - 2, round(box.center().y()))
    drag(qtbot, view.chart, grip, grip + QPoint(round(view.scale.px_per_day), 0))
    assert ws.tasks[design.id].duration == 3 * DAY

    # The table: rename Build by typing in its cell.
    window.show_view("table")
    table = window.view()
    build = task_named(ws, "Build")
    index = table.index_of_node(("task", build.id), Column.TITLE)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Build with Sam")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.tasks[build.id].title == "Build with Sam")
    assert live_rows(workspace_path) == before  # the live plan in the file is untouched

    # Compared with the live plan: the comparison panel, and ghost bars where the live plan has Design and Build.
    window.scenarios.banner.compare_button.click()
    panel = window.findChild(ComparisonPanel)
    assert panel.isVisible() and "Maya off two weeks" in panel.title.text()
    assert set(panel.task_ids()) == {design.id, build.id}  # Build was renamed, and moved by Design's longer duration
    gantt = window.views["gantt"]
    assert gantt.ghosts[design.id][1] < ws.tasks[design.id].finish

    # Back to the live plan, and to the scenario again through the combo.
    window.scenarios.banner.back_button.click()
    assert window.controller.session.front is None and not window.scenarios.banner.isVisible()
    assert not panel.isVisible()  # the comparison named the scenario's tasks: it closes
    assert task_named(window.controller.ws, "Design").duration == 2 * DAY
    combo = window.scenarios.combo
    combo.setCurrentIndex(combo.findData(scenario))
    combo.activated.emit(combo.currentIndex())
    assert window.controller.session.front == scenario
    assert task_named(window.controller.ws, "Design").duration == 3 * DAY

    # Adopt, keeping nothing of the scenario: the live plan changes in one undo step.
    dialogs.answer("ask_yes_no", True)
    dialogs.answer("ask_choice", lambda *args: args[-1][0])  # "Discard the scenario"
    window.scenarios.adopt_action.trigger()
    live = window.controller.ws
    assert window.controller.session.front is None and window.controller.session.scenarios == []
    assert live.tasks[window.task_ids[0]].duration == 3 * DAY
    assert live.tasks[window.task_ids[1]].title == "Build with Sam"
    assert window.controller.undo_stack.count() == 1
    assert live_rows(workspace_path) != before
    window.undo_action.trigger()
    assert live_rows(workspace_path) == before
    assert window.controller.ws.tasks[window.task_ids[0]].duration == 2 * DAY


def test_discarding_the_scenario_in_front_asks_and_brings_the_live_plan_back(window, workspace_path, dialogs):
    before = live_rows(workspace_path)
    dialogs.answer("ask_text", "Drop sync")
    window.scenarios.new_action.trigger()
    dialogs.answer("ask_yes_no", False)
    window.scenarios.discard_action.trigger()
    assert window.controller.session.front is not None
    dialogs.answer("ask_yes_no", True)
    window.scenarios.discard_action.trigger()
    assert window.controller.session.front is None and window.scenarios.combo.count() == 1
    assert live_rows(workspace_path) == before
    assert window.windowTitle() == f"{workspace_path.stem} — Planner"


def test_renaming_the_scenario_in_front(window, dialogs):
    dialogs.answer("ask_text", "A", "Maya away")
    window.scenarios.new_action.trigger()
    window.scenarios.rename_action.trigger()
    assert "Maya away" in window.windowTitle() and window.scenarios.combo.currentText().startswith("Maya away")


def test_maya_off_two_weeks_in_a_scenario_through_her_working_time_then_compare_shows_her_tasks_moved(
    window, workspace_path, dialogs
):
    maya = AddObject("person", name="Maya")
    window.controller.run(maya)
    for task in window.task_ids:
        window.controller.run(AssignPerson(task, maya.id))
    before = live_rows(workspace_path)
    dialogs.answer("ask_text", "Maya off two weeks")
    window.scenarios.new_action.trigger()
    ws = window.controller.ws
    finishes = {t.id: t.finish for t in ws.tasks.values()}

    def two_weeks_off(dialog):
        for n in range(14):
            dialog._add_day(START.date() + timedelta(days=n))
        return True

    window.show_view("people")
    people = window.view()
    people.select_person(maya.id)
    dialogs.answer("run", two_weeks_off)
    people.calendar_button.click()  # her working time, while the scenario is in front
    ws = window.controller.ws
    assert all(ws.tasks[t].finish > finishes[t] for t in finishes)
    assert not ws.calendars[ws.people[maya.id].calendar_id].is_working_day(date(2026, 3, 9))
    assert live_rows(workspace_path) == before

    window.scenarios.banner.compare_button.click()
    panel = window.findChild(ComparisonPanel)
    assert set(panel.task_ids()) == set(finishes)  # both of her tasks moved

    window.scenarios.banner.back_button.click()  # the live plan: Maya works as before
    live = window.controller.ws
    assert live.people[maya.id].calendar_id is None
    assert {t: live.tasks[t].finish for t in window.task_ids} == {
        t: finishes[next(s for s in finishes if ws.tasks[s].origin_id == t)] for t in window.task_ids
    }


def test_a_second_scenario_from_one_in_front_and_deleting_the_project_discards_them(window, workspace_path, dialogs):
    dialogs.answer("ask_text", "First", "Second")
    window.scenarios.new_action.trigger()
    first = window.controller.session.front
    window.scenarios.new_action.trigger()  # with First in front: a scenario of its live project
    session = window.controller.session
    assert session.front not in (None, first) and len(session.scenarios) == 2
    assert session.ws.projects[session.front].scenario_of == window.live_id
    window.scenarios.banner.back_button.click()
    dialogs.answer("ask_yes_no", True)
    dialogs.answer("ask_choice", lambda *args: args[-1][0])  # "Discard its scenarios"
    window.delete_container(("project", window.live_id))
    session = window.controller.session
    assert session.scenarios == [] and window.live_id not in session.ws.projects
    assert window.scenarios.combo.count() == 1
    db = sqlite3.connect(workspace_path)
    assert db.execute("SELECT count(*) FROM project").fetchone()[0] == 0
    db.close()
