"""Copy and paste of tasks with a spreadsheet: Ctrl+C puts the selected rows (or board cards) on the clipboard as
tab-separated text with a header and as an HTML table; Ctrl+V makes rows from a spreadsheet into tasks, read with
the CSV import's rules and the user's locale, in one undo step."""

import os
import subprocess
import sys
from datetime import date, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from planner.core.command import Batch
from planner.core.commands import AddObject, AssignPerson, EditTask, IndentTasks, LinkTasks
from planner.core.durations import format_duration
from planner.session import Session
from planner.ui.clipboard import paste_tasks

CTRL = Qt.KeyboardModifier.ControlModifier


def task_named(ws, title):
    return next(t for t in ws.tasks.values() if t.title == title)


def shape(ws, ids) -> list[tuple]:
    """What a copy should carry over, task by task in the tree's order: title, depth among them, duration, percent,
    people and predecessors by title."""
    out = []
    for tid in ids:
        task = ws.tasks[tid]
        preds = sorted(ws.tasks[ws.dependencies[d].predecessor_id].title for d in ws.links_in(tid))
        people = sorted(ws.people[p].name for p in task.assignments)
        parent = ws.tasks[task.parent_id].title if task.parent_id in ids else None
        duration = format_duration(task.duration, ws.calendar)
        out.append((task.title, parent, duration, task.percent_complete, people, preds))
    return out


def tree_order(ws, key) -> list[int]:
    return [i for tid in ws.children(key) for i in (tid, *tree_order(ws, ("task", tid)))]


@pytest.fixture
def planned(window):
    """The window's project with Design a 3-day subtask of Brief, linked after Build, Ann on it at 50 %."""
    controller = window.controller
    ws = controller.ws
    brief, design, build = (task_named(ws, t).id for t in ("Brief", "Design", "Build"))
    person = AddObject("person", name="Ann")
    controller.run(person)
    steps = [IndentTasks([design]), LinkTasks(build, design), AssignPerson(design, person.id, 0.5)]
    steps += [EditTask(design, duration=3 * 480, percent_complete=40), EditTask(brief, duration=480)]
    controller.run(Batch(steps, "Plan"))
    return window


def select(view, ids):
    view.select_task(ids[0])
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for tid in ids[1:]:
        view.selectionModel().select(view.index_of_node(("task", tid)), flags)


def test_copied_rows_paste_into_another_project_as_they_were_in_one_undo_step(planned, qtbot):
    window = planned
    ws = window.controller.ws
    ids = [task_named(ws, t).id for t in ("Brief", "Design", "Build")]
    view = window.view()
    view.setFocus()
    select(view, ids)
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    text = QApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0].split("\t") == ["ID", "Outline Level", "Name", "Start", "Finish", "Duration", "% Complete",
                                    "Resource Names", "Predecessors"]  # fmt: skip
    assert lines[2].split("\t")[1:3] == ["2", "Design"] and "Ann[50%]" in lines[2] and lines[2].endswith("\t3")
    html = QApplication.clipboard().mimeData().html()
    assert "<table>" in html and "<td>Design</td>" in html
    before = shape(ws, ids)

    other = AddObject("project", name="Copy")
    window.controller.run(other)
    window.sidebar.select_scope(("project", other.id))
    view = window.view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert shape(ws, tree_order(ws, ("project", other.id))) == before
    assert len(ws.people) == 1  # Ann is matched by name, not doubled
    stored = Session.read(window.controller.session.path).ws
    assert sum(1 for t in stored.tasks.values() if t.project_id == other.id) == 3
    assert window.controller.undo_stack.undoText() == "Paste 3 tasks"
    window.undo_action.trigger()
    assert not [t for t in ws.tasks.values() if t.project_id == other.id]


def test_rows_from_a_german_spreadsheet_paste_after_the_selected_task_with_its_dates(window, qtbot, locale):
    locale("de_DE")
    ws = window.controller.ws
    brief = task_named(ws, "Brief")
    QApplication.clipboard().setText(
        "Vorgang\tAnfang\tDauer\tName\n"  # "Name" is the column of names; the others are not our titles
        "x\t04.03.2024\t1,5d\tPrint flyers\n"
        "x\t05.03.24\t2d\t=cmd|' /C calc'!A0\n"
    )
    view = window.view()
    view.setFocus()
    view.select_task(brief.id)
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    project = brief.container()
    titles = [ws.tasks[t].title for t in ws.children(project)]
    assert titles == ["Brief", "Print flyers", "=cmd|' /C calc'!A0", "Design", "Build"]
    assert window.controller.undo_stack.undoText() == "Paste 2 tasks"


def test_german_dates_and_decimal_commas_are_read_in_the_users_locale(qapp, locale):
    text = "Name\tStart\tDuration\nPrint flyers\t04.03.24 09:30\t1,5d\nPost\t05.03.2024\t2d\nCall\t3/6/2024\t1d\n"
    locale("de_DE")
    read = paste_tasks(text, ("project", 1), None).result.workspace
    flyers, post, call = (task_named(read, title) for title in ("Print flyers", "Post", "Call"))
    assert flyers.start == datetime(2024, 3, 4, 9, 30) and flyers.duration == 12 * 60
    assert post.start.date() == date(2024, 3, 5) and post.duration == 2 * 8 * 60
    assert call.start.date() == date(2024, 6, 3)  # day first, as Germans write dates


def test_a_column_of_names_without_a_header_pastes_as_tasks(window, qtbot):
    QApplication.clipboard().setText("Call the printer\nBook the hall\n")
    view = window.view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    titles = {t.title for t in window.controller.ws.tasks.values()}
    assert {"Call the printer", "Book the hall"} <= titles


def test_rows_that_cannot_be_read_say_why_and_add_nothing(window, qtbot):
    before = dict(window.controller.ws.tasks)
    QApplication.clipboard().setText("Name\tStart\nLaunch\tsoon\n")
    view = window.view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert window.controller.ws.tasks.keys() == before.keys()
    assert "“soon” is not a date" in window.message_bar.text.text()


def test_board_cards_copy_as_rows(window, qtbot):
    window.show_view("board")
    board = window.view()
    ws = window.controller.ws
    board.select_tasks([task_named(ws, "Brief").id, task_named(ws, "Build").id])
    window.copy_action.trigger()
    lines = QApplication.clipboard().text().splitlines()
    assert [line.split("\t")[2] for line in lines[1:]] == ["Brief", "Build"]


def test_a_process_that_copied_tasks_ends_cleanly(tmp_path):
    """Qt deleting the QMimeData we made, as Python shuts down, ended every such process with SIGSEGV."""
    code = (
        "from datetime import date\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from planner.core.sample import build_sample\n"
        "from planner.ui.clipboard import copy_tasks\n"
        "app = QApplication([])\n"
        "ws = build_sample(date(2024, 1, 8))\n"
        "copy_tasks(ws, list(ws.tasks)[:3])\n"
        "print(QApplication.clipboard().text().splitlines()[0])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PLANNER_DATA_DIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("ID\tOutline Level\tName")
