"""A long import run through the Session with a watcher (the window's progress, planner.core.progress): a Cancel
at any point of the adding, scheduling and saving leaves the workspace in memory, its file (history included)
and the undo list exactly as they were, on either engine; a watcher that never cancels changes nothing of what
the run does, and the import is one undo step."""

from datetime import date, datetime

import pytest

from planner.core import progress
from planner.core.model import Dependency, Person, Project, Task, Workspace
from planner.core.progress import Cancelled, watching
from planner.io.apply import ApplyImport
from planner.io.formats import import_file
from planner.io.mspdi import export_mspdi
from planner.session import Session
from tests.test_session import contents, on_disk

TASKS = 300


@pytest.fixture(autouse=True)
def count_often(monkeypatch):
    monkeypatch.setattr(progress, "EVERY", 64)  # many points to cancel at, on a plan small enough to import often


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory):
    """An MS Project file of TASKS tasks in a chain, each with a person."""
    ws = Workspace()
    ws.put("project", Project(id=1, name="Imported", start=datetime(2026, 11, 2, 8)))
    ws.put("person", Person(id=1, name="Ada"))
    for i in range(1, TASKS + 1):
        ws.tasks[i] = Task(id=i, title=f"Task {i}", project_id=1, position=i, duration=480, assignments={1: 1.0})
        if i > 1:
            ws.dependencies[i] = Dependency(i, i - 1, i)
    ws.rebuild_indexes()
    path = tmp_path_factory.mktemp("plans") / "plan.xml"
    export_mspdi(ws, 1, path)
    return path


class CancelAt:
    """A watcher that notes the phases and counts every call, and cancels at call number `at` (None: never)."""

    def __init__(self, at: int | None = None) -> None:
        self.at, self.calls, self.phases = at, 0, []

    def phase(self, text: str, total: int) -> None:
        self.phases.append(text)
        self._called()

    def advance(self, count: int) -> None:
        self._called()

    def _called(self) -> None:
        self.calls += 1
        if self.calls == self.at:
            raise Cancelled


@pytest.fixture
def session(location, plan_file):
    """A workspace with a project of its own, which an import goes in beside."""
    session = Session.open(location)
    session.today = lambda: date(2026, 11, 2)
    session.run(ApplyImport(import_file(plan_file)))
    yield session
    session.close()


def history(session) -> list[tuple]:
    return session.file.history.listing()


def test_a_watcher_that_never_cancels_sees_each_phase_and_changes_nothing_of_the_run(session, plan_file, tmp_path):
    watcher = CancelAt()
    with watching(watcher):
        session.run(ApplyImport(import_file(plan_file), take=True))
    assert watcher.phases == ["Adding tasks…", "Scheduling…", "Saving…"]
    assert watcher.calls > 20  # counted along the way, not only at each phase
    assert contents(session.ws) == on_disk(session)
    with Session.open(tmp_path / "plain.planner") as plain:  # the same imports, no one watching
        plain.today = session.today
        plain.run(ApplyImport(import_file(plan_file)))
        plain.run(ApplyImport(import_file(plan_file), take=True))
        assert contents(plain.ws) == contents(session.ws)


def test_a_cancel_at_any_point_leaves_memory_file_and_undo_list_as_they_were(session, plan_file):
    calls = CancelAt()
    with watching(calls):
        session.run(ApplyImport(import_file(plan_file), take=True))
    session.undo()
    before, stored, changes, undo = contents(session.ws), on_disk(session), history(session), session.undo_text
    for at in range(1, calls.calls + 1):
        with watching(CancelAt(at)), pytest.raises(Cancelled):
            session.run(ApplyImport(import_file(plan_file), take=True))
        assert contents(session.ws) == before, at
        assert on_disk(session) == stored and history(session) == changes, at
        assert session.undo_text == undo and session.redo_text != "", at  # the undone import is still to redo
    session.run(ApplyImport(import_file(plan_file), take=True))  # not cancelled: it goes in, as one step
    assert len(session.ws.tasks) == 2 * TASKS and contents(session.ws) == on_disk(session)
    session.undo()
    assert contents(session.ws) == before and on_disk(session) == stored
