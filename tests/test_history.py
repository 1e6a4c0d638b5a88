"""The history kept in the workspace: every committed change recorded in its own transaction, undo after
reopening, thinning to daily points, a damaged history table, and restoring any recorded moment."""

import hashlib
import json
import sqlite3
from datetime import date, datetime, timedelta

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask, DeleteTasks, EditTask, LinkTasks
from planner.session import Session
from planner.store import engine_sqlite
from tests.postgres_server import file_only
from tests.test_session import contents

MONDAY = datetime(2026, 11, 2, 8)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))


def opened(path) -> Session:
    session = Session.open(path)
    session.today = lambda: date(2026, 11, 2)
    return session


@pytest.fixture
def session(location):
    """A workspace with a project of two linked tasks, in a file and (where PostgreSQL is installed) on a server."""
    session = opened(location)
    project = AddObject("project", name="Launch", start=MONDAY)
    session.run(project)
    first = CreateTask(("project", project.id), "Brief", duration=480)
    second = CreateTask(("project", project.id), "Design", duration=960)
    session.run(Batch([first, second], "Seed"))
    session.run(LinkTasks(first.id, second.id))
    yield session
    session.close()


def task_named(ws, title):
    return next(t for t in ws.tasks.values() if t.title == title)


def test_an_edit_is_recorded_with_its_label_and_each_field_before_and_after(session):
    brief = task_named(session.ws, "Brief")
    session.run(EditTask(brief.id, duration=960))
    history = session.file.history
    ident, _, label, kind, _ = history.listing()[-1]
    assert (label, kind) == ("Edit duration", "do")
    entry = history.entry(ident)
    change = next(c for c in entry.objects if c.kind == "task" and c.ident == brief.id)
    assert (change.before["duration"], change.after["duration"]) == (480, 960)
    design = task_named(session.ws, "Design")  # the reschedule that moved Design is part of the same change
    assert any(c.ident == design.id and "start" in c.after for c in entry.objects if c.kind == "task")
    assert [row[2] for row in history.listing(touching=f"task:{design.id}")][-1] == "Edit duration"


def test_undo_and_redo_are_recorded_too(session):
    session.run(EditTask(task_named(session.ws, "Brief").id, title="Kick-off"))
    session.undo()
    session.redo()
    kinds = [row[3] for row in session.file.history.listing()][-3:]
    assert kinds == ["do", "undo", "redo"]


def test_the_last_change_is_undone_after_reopening_the_file(session, location):
    before = contents(session.ws)
    session.run(EditTask(task_named(session.ws, "Brief").id, title="Kick-off", duration=1440))
    after = contents(session.ws)
    session.close()
    with opened(location) as again:
        assert again.undo_text == "Edit duration, title"
        again.undo()
        assert contents(again.ws) == before
        assert contents(Session.read(location).ws) == before
        again.redo()
        assert contents(again.ws) == after
        again.undo()
    with opened(location) as third:  # the undo is kept: the next one takes back the link
        assert contents(third.ws) == before
        assert third.undo_text == "Link tasks"
        third.undo()
        assert not third.ws.dependencies


def test_a_field_a_loaded_task_reads_from_its_class_is_recorded_and_written_when_set_and_when_undone(session, location):
    """A task loaded from a file reads its notes from its class until they are set (planner.store's load): setting
    them, and the undo that gives the task back without them, are recorded and written as any field's change."""
    brief = task_named(session.ws, "Brief").id
    session.close()
    with opened(location) as again:
        again.run(EditTask(brief, notes="Agenda"))
        history = again.file.history
        entry = history.entry(history.listing()[-1][0])
        change = next(c for c in entry.objects if c.kind == "task" and c.ident == brief)
        assert (change.before["notes"], change.after["notes"]) == ("", "Agenda")
        again.undo()
        entry = history.entry(history.listing()[-1][0])
        change = next(c for c in entry.objects if c.kind == "task" and c.ident == brief)
        assert (change.before["notes"], change.after["notes"]) == ("Agenda", "")
    with opened(location) as third:
        assert third.ws.tasks[brief].notes == ""


def test_a_damaged_history_never_stops_the_file_from_opening(session, tmp_path, location):
    file_only(location)
    path = session.path
    expected = contents(session.ws)
    session.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE history_objects SET objects = x'00ff00ff'")
    conn.commit()
    conn.close()
    with opened(path) as again:
        assert contents(again.ws) == expected
        assert again.undo() is None  # a damaged record cannot be undone: nothing changes
        assert not again.file.history.available
        assert contents(again.ws) == expected
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE history_objects")
    conn.commit()
    conn.close()
    with opened(path) as again:
        assert not again.file.history.available
        again.run(EditTask(task_named(again.ws, "Brief").id, title="Still editable"))
    assert task_named(Session.read(path).ws, "Still editable")


def test_changes_older_than_the_kept_period_are_thinned_to_one_a_day(session, location):
    brief = task_named(session.ws, "Brief").id
    session.clock = lambda: MONDAY - timedelta(days=200)
    for n in range(5):
        session.run(EditTask(brief, title=f"Brief {n}"))
    session.clock = lambda: MONDAY - timedelta(days=199)
    session.run(EditTask(brief, title="Brief next day"))
    old_day = session.file.history.last_id(MONDAY - timedelta(days=199, hours=-1))
    session.clock = lambda: MONDAY
    session.run(EditTask(brief, title="Brief today"))
    expected_then = session.as_it_was(change=old_day)
    session.close()
    with opened(location) as again:
        rows = again.file.history.listing()
        days = [row for row in rows if row[3] == "day"]
        assert len(days) == 2  # five edits on one day became one change, the next day's one
        assert contents(again.as_it_was(change=days[-1][0])) == contents(expected_then)
        assert rows[-1][2] == "Edit title"


def test_a_history_larger_than_the_plan_loses_its_oldest_changes_on_opening(session, location):
    file_only(location)
    brief = task_named(session.ws, "Brief").id
    for n in range(400):  # notes that do not compress, so the history outgrows the small plan
        notes = "".join(hashlib.sha256(f"{n}-{k}".encode()).hexdigest() for k in range(20))
        session.run(EditTask(brief, title=f"Brief {n:04}", notes=notes))
    before = len(session.file.history.listing())
    session.close()
    with opened(location) as again:
        history = again.file.history
        rows = history.listing()
        assert 0 < len(rows) < before and rows[-1][0] == before  # the newest kept, the oldest gone
        assert history.available
        assert contents(again.as_it_was(change=rows[0][0]))["task"][brief].title.startswith("Brief")
        again.undo()
        assert task_named(again.ws, "Brief 0398")


def test_the_history_size_is_the_pages_of_its_tables_and_index(session, location):
    """Its b-trees asked by name (issue #14, twenty-first steps) add up to what a test of every page's name gives."""
    file_only(location)
    brief = task_named(session.ws, "Brief").id
    for n in range(20):
        session.run(EditTask(brief, title=f"Brief {n}"))
    history, used = engine_sqlite.sizes(session.file.db)
    by_name = "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'history%'"
    assert history == session.file.db.execute_sql(by_name).fetchone()[0] > 0
    assert used > history


def test_restoring_a_moment_leaves_the_workspace_as_it_is(session):
    brief = task_named(session.ws, "Brief").id
    session.clock = lambda: datetime(2026, 11, 3, 9)
    session.run(EditTask(brief, title="Earlier"))
    session.clock = lambda: datetime(2026, 11, 4, 9)
    session.run(DeleteTasks([brief]))
    now = contents(session.ws)
    then = session.as_it_was(at=datetime(2026, 11, 3, 12))
    assert task_named(then, "Earlier").id == brief
    assert contents(session.ws) == now


@pytest.mark.parametrize("kept", [True, False], ids=["read back from its record", "copied: no record kept"])
def test_undo_and_redo_record_a_created_task_as_it_was_created_though_edited_in_place_since(session, kept):
    """The step of a creation holds the created objects uncopied when the history kept its record (they are read
    back from the record for undo and redo), else copies of them: either way later edits in place do not leak in."""
    history = session.file.history
    history.problem = "" if kept else "unavailable for this change"
    create = CreateTask(("project", next(iter(session.ws.projects))), "Fresh", duration=480)
    session.run(create)
    history.problem = ""
    session.run(EditTask(create.id, title="Renamed", duration=960))  # edits the created task in place
    session.undo()
    session.undo()

    def recorded(kind):
        ident, _, _, found, _ = history.listing()[-1]
        assert found == kind
        return next(c for c in history.entry(ident).objects if c.kind == "task" and c.ident == create.id)

    undone = recorded("undo")
    assert (undone.before.title, undone.before.duration, undone.after) == ("Fresh", 480, None)
    session.redo()
    redone = recorded("redo")
    assert (redone.before, redone.after.title, redone.after.duration) == (None, "Fresh", 480)
    assert task_named(session.ws, "Fresh").duration == 480


class HistoryMachine(RuleBasedStateMachine):
    """Random edits, undos, redos, closes and reopens: restoring any recorded change's moment gives the
    workspace exactly as it was right after that change."""

    def __init__(self):
        super().__init__()
        self.moments = {}

    @initialize(folder=st.just(None))
    def start(self, folder):
        import tempfile

        self.folder = tempfile.mkdtemp()
        self.path = f"{self.folder}/w.planner"
        self.session = opened(self.path)
        project = AddObject("project", name="P", start=MONDAY)
        self.session.run(project)
        self.project = project.id
        self.note()

    def note(self):
        last = self.session.file.history.last_id()
        self.moments[last] = contents(self.session.ws)

    def task_ids(self):
        return sorted(self.session.ws.tasks)

    @rule(title=st.text(alphabet="abc", min_size=1, max_size=4), duration=st.integers(1, 5))
    def add(self, title, duration):
        if self.project not in self.session.ws.projects:  # its creation was undone
            return
        self.session.run(CreateTask(("project", self.project), title, duration=duration * 480))
        self.note()

    @precondition(lambda self: self.session.ws.tasks)
    @rule(pick=st.integers(0, 99), duration=st.integers(1, 5), title=st.text(alphabet="abc", min_size=1, max_size=4))
    def edit(self, pick, duration, title):
        ids = self.task_ids()
        self.session.run(EditTask(ids[pick % len(ids)], duration=duration * 480, title=title))
        self.note()

    @precondition(lambda self: len(self.session.ws.tasks) >= 2)
    @rule(a=st.integers(0, 99), b=st.integers(0, 99))
    def link(self, a, b):
        ids = self.task_ids()
        first, second = ids[a % len(ids)], ids[b % len(ids)]
        if first == second or first in self.session.ws.descendants(second):
            return
        try:
            self.session.run(LinkTasks(first, second))
        except Exception:  # a loop is refused, nothing written
            return
        self.note()

    @precondition(lambda self: self.session.ws.tasks)
    @rule(pick=st.integers(0, 99))
    def delete(self, pick):
        ids = self.task_ids()
        self.session.run(DeleteTasks([ids[pick % len(ids)]]))
        self.note()

    @rule()
    def undo(self):
        if self.session.undo() is not None:
            self.note()

    @rule()
    def redo(self):
        if self.session.redo() is not None:
            self.note()

    @rule()
    def reopen(self):
        self.session.close()
        self.session = opened(self.path)

    @invariant()
    def every_moment_restores(self):
        for change, expected in self.moments.items():
            assert contents(self.session.as_it_was(change=change)) == expected

    def teardown(self):
        self.session.close()


HistoryMachine.TestCase.settings = settings(
    max_examples=8, stateful_step_count=10, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
test_restoring_any_recorded_moment_gives_the_workspace_as_it_was = HistoryMachine.TestCase


def test_the_command_line_lists_the_changes_since_a_day_with_each_field_before_and_after(session, capsys, location):
    from planner.cli import main

    brief = task_named(session.ws, "Brief").id
    session.clock = lambda: datetime(2099, 11, 20, 9, 30)
    session.run(EditTask(brief, duration=960))
    path = location if isinstance(location, str) else str(session.path)  # a server's URL, or the file
    session.close()
    assert main(["history", path, "--since", "2099-11-20", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(row["label"], row["at"]) for row in rows] == [("Edit duration", "2099-11-20 09:30:00")]
    brief_change = next(obj for obj in rows[0]["objects"] if obj["id"] == brief and obj["kind"] == "task")
    assert brief_change["name"] == "Brief" and brief_change["fields"]["duration"] == [480, 960]
    assert main(["history", path, "--since", "2099-11-20"]) == 0
    shown = capsys.readouterr().out
    assert "task “Brief”: " in shown and "duration: 480 → 960" in shown
    assert "task “Design”: start: 2026-11-03T08:00:00 → 2026-11-04T08:00:00" in shown  # moved downstream
    assert main(["history", path, "--since", "20 Nov"]) == 2
    assert "--since must look like" in capsys.readouterr().err


def test_compare_at_a_day_lists_tasks_added_removed_and_moved_and_the_finish(session, capsys, location):
    from planner.cli import main

    brief, design = task_named(session.ws, "Brief").id, task_named(session.ws, "Design").id
    session.clock = lambda: datetime(2099, 11, 20, 9, 30)
    session.run(EditTask(brief, duration=960))
    session.run(CreateTask(("project", session.ws.tasks[brief].project_id), "Review", duration=480))
    path = location if isinstance(location, str) else str(session.path)
    session.close()
    assert main(["compare", path, "--at", "2099-11-19", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    by_title = {t["title"]: t for t in result["tasks"]}
    assert by_title["Review"]["did"] == "added"
    assert by_title["Brief"]["fields"]["duration"] == [480, 960]
    assert by_title["Design"]["fields"]["start"] == ["2026-11-03T08:00:00", "2026-11-04T08:00:00"]  # moved by the link
    assert design == by_title["Design"]["id"]
    (launch,) = result["projects"]
    assert launch["then"]["finish"] < launch["now"]["finish"]
    assert main(["compare", path, "--at", "2099-11-21"]) == 0
    assert "no differences" in capsys.readouterr().out
    assert main(["compare", path, "--at", "1999-01-01"]) == 2
    assert "its history begins after" in capsys.readouterr().err


def test_a_record_is_compressed_frame_by_frame_into_the_pickle_of_its_objects_whole():
    """`encode` streams the pickle through zlib (an import's is never whole in memory): the same pickle, and the
    same objects back, as one pickle compressed at once, here over many of the pickler's 64 kB frames."""
    import pickle
    import zlib

    from planner.core.history import ObjectChange
    from planner.core.model import Task
    from planner.store.history import decode, encode

    shared = {"xml": ["<a/>"]}
    objects = [
        ObjectChange("task", i, None, Task(id=i, title=f"Task {i}" * 5, start=MONDAY, kept=shared)) for i in range(3000)
    ]
    plain = [(c.kind, c.ident, c.before, c.after) for c in objects]
    whole = pickle.dumps(plain, protocol=pickle.HIGHEST_PROTOCOL)
    assert len(whole) > 10 * 65536
    record = encode(objects)
    assert zlib.decompress(record) == whole
    back = decode(record)
    assert [(c.kind, c.ident, c.before, c.after) for c in back] == plain
    assert back[0].after.kept is back[-1].after.kept  # shared values stay shared
