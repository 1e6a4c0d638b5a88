"""An edit that moves dates through the Session (the incremental reschedule, the narrow write of the moved tasks'
dates, the history): after any run of edits, undos and redos, the file reopened holds the workspace in memory, and
its dates are what a full schedule from scratch gives (issue #14). Real files in the test's folder."""

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.command import Batch
from planner.core.commands import CreateTask, DeleteTasks, EditTask, IndentTasks, LinkTasks, OutdentTasks, UnlinkTasks
from planner.core.schedule import Reschedule, compute_schedule, planned_changes
from planner.session import Session
from tests.core.test_schedule_incremental import assert_same
from tests.test_written_columns import MONDAY, opened

TODAY = MONDAY.date()
TASKS = 6

steps = st.lists(
    st.one_of(
        st.tuples(st.just("duration"), st.integers(0, TASKS - 1), st.sampled_from([None, 240, 480, 1440])),
        st.tuples(st.just("percent_complete"), st.integers(0, TASKS - 1), st.sampled_from([0, 50, 100])),
        st.tuples(st.just("manual"), st.integers(0, TASKS - 1), st.booleans()),
        st.tuples(st.just("title"), st.integers(0, TASKS - 1), st.sampled_from(["A", "B"])),
        st.tuples(st.sampled_from(["undo", "redo"]), st.just(0), st.just(0)),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps)
def test_after_edits_undo_and_redo_the_file_and_a_full_schedule_agree_with_memory(tmp_path_factory, monkeypatch, plan):
    session, project = opened(tmp_path_factory, monkeypatch)
    path = session.path
    session.run(project)
    created = [CreateTask(("project", project.id), f"T{i}", duration=480) for i in range(TASKS)]
    session.run(Batch(created, "Tasks"))
    ids = [c.id for c in created]
    session.run(Batch([LinkTasks(a, b) for a, b in pairwise(ids[:3])] + [LinkTasks(ids[4], ids[5])], "Links"))
    session.run(IndentTasks([ids[4], ids[5]]))  # a summary (the fourth task) over the last two
    session.schedule  # noqa: B018 -- kept, as the window keeps it: the edits below update it
    for kind, index, value in plan:
        if kind == "undo":
            session.undo()
        elif kind == "redo":
            session.redo()
        elif ids[index] not in session.ws.tasks or (kind == "duration" and session.ws.is_summary(ids[index])):
            continue  # undone past the step that made the task, or a summary's duration
        else:
            session.run(EditTask(ids[index], **{kind: value}))
        ws = session.ws
        assert planned_changes(ws, compute_schedule(ws, TODAY)) == {}
        assert Session.read(path).ws.tasks == ws.tasks
    session.close()


def _seeded(tmp_path_factory, monkeypatch) -> tuple[Session, int, list[int]]:
    """Six linked tasks (a summary over the last two), the schedule kept and written, as after the window's first
    edit."""
    session, project = opened(tmp_path_factory, monkeypatch)
    session.run(project)
    created = [CreateTask(("project", project.id), f"T{i}", duration=480) for i in range(TASKS)]
    session.run(Batch(created, "Tasks"))
    ids = [c.id for c in created]
    session.run(Batch([LinkTasks(a, b) for a, b in pairwise(ids[:3])] + [LinkTasks(ids[4], ids[5])], "Links"))
    session.run(IndentTasks([ids[4], ids[5]]))
    session.prepare_edits()
    return session, project.id, ids


def _assert_is_a_fresh_schedule(session: Session) -> None:
    ws = session.ws
    full = compute_schedule(ws, TODAY)
    assert_same(session.known_schedule, full, ws)
    assert session.known_schedule.applied
    assert planned_changes(ws, full) == {}


def test_undoing_the_newest_step_keeps_the_schedule_it_started_from_and_the_next_edit_updates_it(
    tmp_path_factory, monkeypatch
):
    session, _project, ids = _seeded(tmp_path_factory, monkeypatch)
    started_from = session.known_schedule
    session.run(EditTask(ids[0], duration=1440))
    session.undo()
    assert session.known_schedule is started_from
    _assert_is_a_fresh_schedule(session)
    changes = session.run(EditTask(ids[1], duration=960))
    reschedule = session._undo[-1].commands[-1]
    assert isinstance(reschedule, Reschedule) and reschedule.result.touched is not None  # updated, not run whole
    assert changes.updated["task"] == {ids[1], ids[2]}
    _assert_is_a_fresh_schedule(session)
    assert Session.read(session.path).ws.tasks == session.ws.tasks
    session.close()


def test_an_older_step_or_another_day_computes_the_schedule_again_after_an_undo(tmp_path_factory, monkeypatch):
    session, _project, ids = _seeded(tmp_path_factory, monkeypatch)
    session.run(EditTask(ids[0], duration=1440))
    session.run(EditTask(ids[1], duration=1440))
    session.undo()
    assert session.known_schedule is not None
    session.undo()  # the older step dropped the schedule it started from when the newer one came
    assert session.known_schedule is None
    session.prepare_edits()
    session.run(EditTask(ids[2], duration=960))
    session.today = lambda: TODAY.replace(day=TODAY.day + 1)  # midnight passed: a project may start from today
    session.undo()
    assert session.known_schedule is None
    session.close()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("duration"), st.integers(0, TASKS - 1), st.sampled_from([240, 480, 1440])),
            st.tuples(
                st.sampled_from(["new", "link", "unlink", "indent", "outdent", "delete"]),
                st.integers(0, 9),
                st.integers(0, 9),
            ),
            st.tuples(st.sampled_from(["undo", "undo", "redo"]), st.just(0), st.just(0)),
        ),
        min_size=1,
        max_size=10,
    )
)
def test_after_structural_edits_and_undos_the_kept_schedule_is_a_fresh_one(tmp_path_factory, monkeypatch, plan):
    """After each new task, link, indent, outdent, delete, duration edit, undo or redo, the schedule the session keeps
    (when it keeps one) equals a fresh one, the workspace holds its dates, and so does the file reopened."""
    session, project, _ids = _seeded(tmp_path_factory, monkeypatch)
    for kind, a, b in plan:
        if not session.ws.tasks and kind not in ("undo", "redo"):
            continue
        if kind == "undo":
            session.undo()
        elif kind == "redo":
            session.redo()
        elif kind == "duration":
            task = sorted(session.ws.tasks)[a % len(session.ws.tasks)]
            if not session.ws.is_summary(task):
                session.run(EditTask(task, duration=b))
        else:
            try:
                session.run(_structural(session, project, kind, a, b))
            except ValueError:  # a loop, an indent with nothing above: refused, nothing changed
                continue
        if session.known_schedule is not None:
            _assert_is_a_fresh_schedule(session)
        assert planned_changes(session.ws, compute_schedule(session.ws, TODAY)) == {}
        assert Session.read(session.path).ws.tasks == session.ws.tasks
    session.close()


def _structural(session: Session, project: int, kind: str, a: int, b: int):
    tasks = sorted(session.ws.tasks)
    one, other = tasks[a % len(tasks)], tasks[b % len(tasks)]
    if kind == "new":
        return CreateTask(("project", project) if a % 2 else ("task", one), "New", duration=480)
    if kind == "link":
        return LinkTasks(min(one, other), max(one, other))
    if kind == "unlink":
        return UnlinkTasks(sorted(session.ws.dependencies)[:1])
    return {"indent": IndentTasks, "outdent": OutdentTasks, "delete": DeleteTasks}[kind]([one])
