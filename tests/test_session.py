"""The Session without Qt: every change goes to memory and file together or to neither, and undo, redo, backups
and restore keep them so. Real workspace files in the test's folder; a full disk is SQLite's own (a page limit)."""

import json
import os
import pickle
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from planner import paths
from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask, DeleteTasks, EditTask, LinkTasks
from planner.core.errors import ValidationError
from planner.core.model import KINDS, Dependency, Project, Task, Workspace
from planner.session import SaveError, Session
from planner.store.workspace_file import WorkspaceError, WorkspaceFile
from tests.postgres_server import file_only

MONDAY = datetime(2026, 11, 2, 8)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))  # backups go here, not to the user's folder


@pytest.fixture
def session(location):
    """A workspace with a project of two linked tasks, the second waiting on the first: in a file, and (where
    PostgreSQL is installed) on a server."""
    session = Session.open(location)
    session.today = lambda: date(2026, 11, 2)
    project = AddObject("project", name="Launch", start=MONDAY)
    session.run(project)
    first = CreateTask(("project", project.id), "Brief", duration=480)
    second = CreateTask(("project", project.id), "Design", duration=960)
    session.run(Batch([first, second], "Seed"))
    session.run(LinkTasks(first.id, second.id))
    session.clear_history()
    yield session
    session.close()


def contents(ws) -> dict:
    """Everything a workspace holds, as plain values to compare: every object, the tree's order, its calendar."""
    # A deep copy through pickle: the same copy as `copy.deepcopy` (both go through `__getstate__`), faster, which
    # tests/test_import_cancel.py's ~300 snapshots of 600 tasks feel (17.0 → 14.9 s of CPU for the file).
    state = {kind: pickle.loads(pickle.dumps(dict(ws.table(kind)), pickle.HIGHEST_PROTOCOL)) for kind in KINDS}
    state["tree"] = {key: list(ws.children(key)) for key in ws._children if ws.children(key)}
    state["calendar"] = ws.calendar.id
    return state


def on_disk(session) -> dict:
    return contents(Session.read(session.file.url if session.on_server else session.path).ws)


def task_named(ws, title):
    return next(t for t in ws.tasks.values() if t.title == title)


def test_an_edit_that_moves_dates_reschedules_and_writes_both_in_one_step(session):
    brief, design = task_named(session.ws, "Brief"), task_named(session.ws, "Design")
    assert design.start == datetime(2026, 11, 3, 8)
    session.run(EditTask(brief.id, duration=3 * 480))
    assert design.start == datetime(2026, 11, 5, 8)
    assert session.schedule_moved and session.undo_text == "Edit duration"
    assert session.schedule[design.id].start == datetime(2026, 11, 5, 8)
    assert on_disk(session) == contents(session.ws)


def test_undo_takes_back_the_edit_and_its_dates_and_redo_does_them_again(session):
    before = contents(session.ws)
    brief = task_named(session.ws, "Brief")
    session.run(EditTask(brief.id, duration=3 * 480, title="Brief, long"))
    after = contents(session.ws)
    session.undo()
    assert contents(session.ws) == before == on_disk(session)
    assert session.redo_text == "Edit duration, title" and session.undo_text == ""
    assert session.schedule[task_named(session.ws, "Design").id].start == datetime(2026, 11, 3, 8)
    session.redo()
    assert contents(session.ws) == after == on_disk(session)
    assert session.undo() is not None and session.undo() is None  # the history before the fixture was cleared


def test_a_new_edit_after_an_undo_drops_the_redo_list(session):
    brief = task_named(session.ws, "Brief")
    session.run(EditTask(brief.id, title="One"))
    session.undo()
    session.run(EditTask(brief.id, title="Two"))
    assert session.redo() is None
    assert session.ws.tasks[brief.id].title == "Two"


def test_a_refused_edit_changes_nothing_in_memory_or_file(session):
    before = contents(session.ws)
    brief, design = task_named(session.ws, "Brief"), task_named(session.ws, "Design")
    with pytest.raises(ValidationError, match="loop"):
        session.run(LinkTasks(design.id, brief.id))
    with pytest.raises(ValidationError, match="percent complete"):
        session.run(EditTask(brief.id, percent_complete=140))
    assert contents(session.ws) == before == on_disk(session)
    assert session.undo_text == ""


def fill_the_disk(session) -> None:
    """No page more for the file: the next write that needs one fails as on a full disk."""
    pages = session.file.db.execute_sql("PRAGMA page_count").fetchone()[0]
    session.file.db.execute_sql(f"PRAGMA max_page_count = {pages}")


def many_tasks(session, count=400):
    project = next(iter(session.ws.projects))
    return Batch([CreateTask(("project", project), f"Task {n}", notes="x" * 2000, duration=480) for n in range(count)])


def test_a_write_that_fails_puts_memory_back_exactly_and_says_why(session, location):
    file_only(location)
    session.run(EditTask(task_named(session.ws, "Brief").id, title="Kept"))
    before, history = contents(session.ws), session.undo_text
    fill_the_disk(session)
    with pytest.raises(SaveError, match="database or disk is full") as failure:
        session.run(many_tasks(session))
    assert "team.planner" in str(failure.value)
    assert contents(session.ws) == before == on_disk(session)
    assert session.undo_text == history  # the failed edit is not on the undo list
    session.file.db.execute_sql("PRAGMA max_page_count = 1073741823")
    session.run(many_tasks(session, 3))  # the session goes on: memory and file are still one
    assert contents(session.ws) == on_disk(session)


def test_an_undo_that_cannot_be_written_leaves_the_step_where_it_was(session, location):
    file_only(location)
    session.run(many_tasks(session))
    made = [t.id for t in session.ws.tasks.values() if t.title.startswith("Task ")]
    session.run(DeleteTasks(made))
    deleted = contents(session.ws)
    session.file.db.execute_sql("VACUUM")  # no free pages left for the undo to bring the tasks back in
    fill_the_disk(session)
    with pytest.raises(SaveError, match="database or disk is full"):
        session.undo()
    assert contents(session.ws) == deleted == on_disk(session)
    assert session.undo_text == "Delete 400 tasks" and session.redo_text == ""


def test_restore_makes_the_workspace_the_backup_and_undo_brings_back_what_was_there(session, location):
    file_only(location)
    backup = session.backup()
    at_backup = contents(session.ws)
    brief = task_named(session.ws, "Brief")
    session.run(many_tasks(session, 5))
    session.run(EditTask(brief.id, title="Renamed", duration=2400))
    session.run(AddObject("area", name="Support"))
    edited = contents(session.ws)
    session.restore(backup)
    assert contents(session.ws) == at_backup == on_disk(session)
    assert session.undo_text == "Restore from backup"
    assert session.schedule[brief.id].finish == session.ws.tasks[brief.id].finish
    session.undo()
    assert contents(session.ws) == edited == on_disk(session)
    session.redo()
    assert contents(session.ws) == at_backup == on_disk(session)
    labels = [label for label, _ in session.backups()]
    assert len(labels) == 2  # the one taken by hand, and the state before restoring


def test_a_workspace_opened_again_without_a_change_keeps_its_older_backups(session, location):
    # Each window backs its workspace up on opening: twelve looks at an unchanged plan must not push out the
    # backups taken before its last changes (ten are kept).
    file_only(location)
    path = session.path
    brief = task_named(session.ws, "Brief")
    before_edit = session.backup()
    session.run(EditTask(brief.id, duration=1440))
    session.close()
    taken = []
    for _ in range(12):
        with Session.open(path) as again:
            taken.append(again.backup())
    assert len(set(taken)) == 1 and taken[0] != before_edit
    assert [backup for _, backup in Session.read(path).backups()] == [taken[0], before_edit]
    assert Session.read(taken[0]).ws.tasks[brief.id].duration == 1440
    with Session.open(path) as again:  # a change, then the next backup is a new one
        again.run(EditTask(brief.id, title="Brief, signed"))
        assert again.backup() not in taken
        taken[0].unlink()  # and a newest backup gone, or a file that is not one, is never taken for unchanged
        assert again.backup() not in taken
        newest = again.backups()[0][1]
        newest.write_bytes(b"not a workspace")
        assert again.backup() != newest


def test_a_file_that_is_no_backup_is_refused_before_anything_changes(session, tmp_path):
    before = contents(session.ws)
    bogus = tmp_path / "notes.planner"
    bogus.write_text("not a workspace")
    with pytest.raises(WorkspaceError, match="not a Planner workspace"):
        session.restore(bogus)
    assert contents(session.ws) == before and session.undo_text == ""


def test_a_routine_tops_itself_up_in_the_same_step_and_undo_takes_both(session):
    area = AddObject("area", name="Marketing")
    session.run(area)
    routine = CreateTask(("area", area.id), "Weekly post", recurrence="FREQ=WEEKLY;BYDAY=MO", start=MONDAY)
    session.run(routine)
    occurrences = [t for t in session.ws.tasks.values() if t.routine_id == routine.id]
    assert occurrences and on_disk(session) == contents(session.ws)
    session.undo()
    assert routine.id not in session.ws.tasks
    assert not any(t.routine_id == routine.id for t in session.ws.tasks.values())


def test_a_new_workspace_starts_with_columns_that_are_not_on_the_undo_list(tmp_path):
    with Session.open(tmp_path / "new.planner") as session:
        assert [s.name for s in session.ws.ordered("status")] == ["To do", "In progress", "Review", "Done"]
        assert session.undo() is None


def test_a_reading_session_cannot_change_the_file_and_leaves_no_side_files(session, tmp_path, location):
    file_only(location)
    path = session.path
    session.close()
    reader = Session.read(path)
    assert reader.read_only
    with pytest.raises(WorkspaceError, match="only to read"):
        reader.run(AddObject("area", name="Nope"))
    assert sorted(os.listdir(tmp_path)) == ["team.planner"]  # nor the data folder: a new workspace makes none


def test_closing_releases_the_file_for_another_session(session, location):
    file_only(location)
    path = session.path
    with pytest.raises(WorkspaceError):
        Session.open(path)
    session.close()
    with Session.open(path) as again:
        assert task_named(again.ws, "Design").start == datetime(2026, 11, 3, 8)


def stored_with_faults(tmp_path) -> Session:
    """A file as an old version or a hand edit leaves it: a loop of links and a date out of range, written
    straight in (no command would store either)."""
    ws = Workspace()
    ws.put("project", Project(id=1, name="Launch", start=MONDAY))
    for i, title in enumerate(["Brief", "Design", "Build"], 1):
        ws.put("task", Task(id=i, title=title, project_id=1, position=i, duration=480))
    ws.put("dependency", Dependency(1, 1, 2))
    ws.put("dependency", Dependency(2, 2, 1))
    ws.tasks[3].deadline = datetime(9999, 1, 1, 17)
    Session.create(tmp_path / "old.planner", ws).close()
    session = Session.open(tmp_path / "old.planner")
    session.today = lambda: date(2026, 11, 2)
    return session


def test_a_stored_loop_and_a_date_out_of_range_schedule_with_warnings(tmp_path):
    with stored_with_faults(tmp_path) as session:
        result = session.schedule
        loop = "in a loop of links: Brief → Design → Brief (scheduled without the link Design → Brief)"
        assert result.warnings == {1: loop, 2: loop, 3: "its deadline 9999-01-01 is outside 1900–2200"}
        assert result.start(2) == datetime(2026, 11, 3, 8)
        session.run(EditTask(3, title="Build it"))  # an edit reschedules the whole plan, warnings and all
        assert set(session.schedule.warnings) == {1, 2, 3}


def test_stored_dates_out_of_range_are_named_and_fixed_in_one_undoable_step(tmp_path):
    with stored_with_faults(tmp_path) as session:
        assert [str(problem) for problem in session.problems()] == ["“Build”: its deadline 9999-01-01"]
        before = contents(session.ws)
        session.fix_problems()
        assert session.problems() == [] and Session.read(session.path).problems() == []
        assert session.ws.tasks[3].deadline == datetime(2199, 12, 31, 23, 59, 59)
        assert session.undo_text == "Bring dates into range"
        session.undo()
        assert contents(session.ws) == before == on_disk(session)


def test_the_schedule_job_warns_per_row_and_names_stored_dates_on_stderr(tmp_path):
    stored_with_faults(tmp_path).close()
    env = {"PLANNER_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    job = subprocess.run([sys.executable, "-m", "planner", "schedule", str(tmp_path / "old.planner"), "--json"],
                         capture_output=True, text=True, env=env)  # fmt: skip
    assert job.returncode == 0, job.stderr
    rows = json.loads(job.stdout)
    assert [bool(row["warning"]) for row in rows] == [True, True, True]
    assert "a date outside 1900–2200 (“Build”: its deadline 9999-01-01)" in job.stderr
    assert "3 tasks scheduled with a warning" in job.stderr


def test_a_manual_task_in_year_9999_is_in_range_after_the_fix_and_its_rescheduling(tmp_path):
    ws = Workspace()
    ws.put("project", Project(id=1, name="Far future", start=MONDAY))
    ws.put("task", Task(id=1, title="Someday", project_id=1, manual=True, duration=480,
                        start=datetime(9999, 12, 30, 8), finish=datetime(9999, 12, 31, 17)))  # fmt: skip
    Session.create(tmp_path / "far.planner", ws).close()
    with Session.open(tmp_path / "far.planner") as session:
        session.fix_problems()  # the start moves to working time and the finish follows it: both stay in range
        assert session.problems() == [] and Session.read(session.path).problems() == []


def test_a_new_workspace_works_out_no_backups_folder_and_an_old_one_is_backed_up_there(tmp_path):
    # Only an existing older file is backed up (before it is migrated): creating one asks nowhere for backups,
    # so the data folder is not made for it; opening an older file puts its backup in its own backups folder.
    data = tmp_path / "data"  # PLANNER_DATA_DIR (the fixture above)
    Session.open(tmp_path / "new.planner").close()
    assert not data.exists()
    old = tmp_path / "old.planner"
    shutil.copy(Path(__file__).parent / "store" / "data" / "workspace-v1.planner", old)
    Session.open(old).close()
    assert [path.name for path in paths.backups_dir(old).iterdir()] == ["old.v1-backup.planner"]


def occurrences(ws) -> list:
    return sorted((t.routine_id, t.occurrence) for t in ws.tasks.values() if t.routine_id is not None)


def test_the_copy_kept_before_an_upgrade_is_listed_by_its_time_kept_out_of_the_rotation_and_restorable(tmp_path):
    # It sorted first by name (before every time-stamped backup), so the dialog showed it as the newest; and it is
    # in the old format, which restoring must read through an upgraded copy, never by upgrading the backup itself.
    old = tmp_path / "old.planner"
    shutil.copy(Path(__file__).parent / "store" / "data" / "workspace-v1.planner", old)
    with Session.open(old) as session:
        (upgrade_copy,) = paths.backups_dir(old).iterdir()
        kept = upgrade_copy.read_bytes()
        shutil.copy(upgrade_copy, tmp_path / "again.planner")  # as it read before the open topped up its routine
        with WorkspaceFile.open(tmp_path / "again.planner", backup_dir=tmp_path) as again:
            in_backup = again.load()
        at_open = occurrences(session.ws)
        build = task_named(session.ws, "Build")
        for n in range(11):  # one more than the rotation keeps
            session.run(EditTask(build.id, title=f"Build {n}"))
            session.backup()
        listed = session.backups()
        taken = datetime.fromtimestamp(upgrade_copy.stat().st_mtime)
        assert len(listed) == 11 and listed[-1] == (
            f"{taken:%A}, {taken.day} {taken:%B %Y, %H:%M:%S}, before the file was upgraded from format 1",
            upgrade_copy,
        )
        assert [backup for _, backup in listed[:10]] == sorted((b for _, b in listed[:10]), reverse=True)
        edited = contents(session.ws)
        session.restore(upgrade_copy)
        assert upgrade_copy.read_bytes() == kept
        assert contents(session.ws) == on_disk(session)
        undated = {tid: replace(t, start=None, finish=None) for tid, t in in_backup.tasks.items() if not t.routine_id}
        assert {tid: replace(session.ws.tasks[tid], start=None, finish=None) for tid in undated} == undated
        # The occurrences the open had made since are not in the backup: made again, as an open makes them, and
        # not recorded as skipped by the user.
        assert occurrences(session.ws) == at_open
        assert not any(t.recurrence_exceptions for t in session.ws.tasks.values())
        session.undo()
        assert contents(session.ws) == edited == on_disk(session)


def test_restoring_a_backup_from_before_a_routine_made_more_occurrences_records_no_skips(session, location):
    file_only(location)
    area = AddObject("area", name="Marketing")
    session.run(area)
    routine = CreateTask(("area", area.id), "Weekly post", recurrence="FREQ=WEEKLY;BYDAY=MO", start=MONDAY)
    session.run(routine)
    before = occurrences(session.ws)
    backup = session.backup()
    session.run(EditTask(routine.id, horizon=60))
    assert len(occurrences(session.ws)) > len(before)
    session.restore(backup)
    assert occurrences(session.ws) == before and session.ws.tasks[routine.id].recurrence_exceptions == {}
    assert contents(session.ws) == on_disk(session)
    session.run(EditTask(routine.id, horizon=60))  # nothing was marked skipped: the longer horizon makes them all
    assert len(occurrences(session.ws)) > len(before)
