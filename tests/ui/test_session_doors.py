"""The window and the command line change a workspace through the same Session: a file imported through either
door is stored the same, row for row; a backup restored in the window is one step that Undo takes back."""

import subprocess
import sys

import pytest
from PySide6.QtCore import QDate, QLocale
from shared_data import SHARED_DATA
from workspace_rows import rows

from planner import cli
from planner.core import locale_text
from planner.core.commands import AddObject
from planner.core.sample import build_sample
from planner.io.formats import export_file
from planner.reports import formats
from planner.session import Session
from planner.store.backups import taken_at

GEN_PLANNER = SHARED_DATA.parent / "bench" / "gen_planner.py"


def shared_files() -> list:
    if not SHARED_DATA.is_dir():
        reason = f"no shared data at {SHARED_DATA}; set PLANNER_SHARED_DATA to run against the real files"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason))]
    files = [f for folder in ("mspdi", "gan", "ics") for f in sorted((SHARED_DATA / folder).iterdir())]
    return [pytest.param(f, id=f.name) for f in files]


def through_both_doors(source, tmp_path, make_window, monkeypatch, dialogs) -> tuple[dict, dict]:
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))
    by_command = tmp_path / "command.planner"
    assert cli.main(["import", str(source), str(by_command)]) == 0
    by_window = tmp_path / "window.planner"
    window = make_window(by_window)
    dialogs.answer("tell")  # the import's summary
    assert window.import_path(source)
    return rows(by_command), rows(by_window)


@pytest.mark.parametrize("source", shared_files())
def test_a_shared_file_is_stored_the_same_through_either_door(source, tmp_path, make_window, monkeypatch, dialogs):
    by_command, by_window = through_both_doors(source, tmp_path, make_window, monkeypatch, dialogs)
    assert by_command["project"], "the file brought no project"
    for table in by_command:
        assert by_command[table] == by_window[table], table


def test_a_plan_exported_by_planner_is_stored_the_same_through_either_door(tmp_path, make_window, monkeypatch, dialogs):
    sample = build_sample(Session.open(tmp_path / "any.planner").today())
    source = tmp_path / "mobile app.xml"
    export_file(sample, next(p.id for p in sample.projects.values() if p.name == "Mobile app v1"), source)
    by_command, by_window = through_both_doors(source, tmp_path, make_window, monkeypatch, dialogs)
    assert len(by_command["task"]) > 10 and by_command["assignment"]
    assert by_command == by_window


@pytest.mark.skipif(not GEN_PLANNER.is_file(), reason=f"no plan generator at {GEN_PLANNER} (shared/bench)")
def test_a_generated_plan_with_people_is_the_same_through_either_door(tmp_path, make_window, monkeypatch, dialogs):
    plan = tmp_path / "plan.planner-gnome"
    source = tmp_path / "plan.xml"
    subprocess.run([sys.executable, str(GEN_PLANNER), "300", str(plan), "--xml", str(source)], check=True,
                   capture_output=True)  # fmt: skip
    by_command, by_window = through_both_doors(source, tmp_path, make_window, monkeypatch, dialogs)
    assert len(by_command["task"]) >= 300 and len(by_command["assignment"]) > 200
    assert by_command == by_window


def test_restore_from_backup_in_the_window_is_one_step_that_undo_takes_back(window, monkeypatch, dialogs):
    controller = window.controller
    backup = controller.session.backup()
    project = next(iter(controller.ws.projects))
    titles = sorted(t.title for t in controller.ws.tasks.values())
    controller.run(AddObject("area", name="Support"))
    window.new_task()
    edited = sorted(t.title for t in controller.ws.tasks.values())
    dialogs.answer("ask_choice", lambda parent, title, question, labels: labels[-1])
    monkeypatch.setattr(controller.session, "backups", lambda: [("the first one", backup)])
    window.restore_action.trigger()
    assert sorted(t.title for t in controller.ws.tasks.values()) == titles
    assert not controller.ws.areas and project in controller.ws.projects
    assert window.model.rowCount() == len(controller.ws.projects)
    assert controller.undo_stack.undoText() == "Restore from backup"
    window.undo_action.trigger()
    assert sorted(t.title for t in controller.ws.tasks.values()) == edited
    assert [a.name for a in Session.read(controller.file.path).ws.areas.values()] == ["Support"]


def test_the_backups_are_listed_in_the_users_language(window, locale, dialogs):
    locale("de_DE")
    locale_text.install(formats)  # as the app's start does
    backup = window.controller.session.backup()
    taken = taken_at(backup)
    dialogs.answer("ask_choice", None)  # looked at, not chosen
    window.restore_action.trigger()
    (_, _title, _question, labels) = dialogs.args("ask_choice")[-1]
    day = QLocale("de_DE").toString(QDate(taken.year, taken.month, taken.day), QLocale.FormatType.LongFormat)
    assert labels == [f"{day}, {taken:%H:%M:%S}"]  # "Samstag, 5. Dezember 2026, 14:30:05"
