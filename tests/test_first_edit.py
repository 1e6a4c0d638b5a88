"""The first edit that moves dates after an open (issue #14): whether the schedule was computed at open, readied for
the edit (`Session.prepare_edits`, as the window does on the first sign of one) or not computed at all, the edit gives
the same dates, slack and critical flags, and the same file, as a full schedule of the edited plan. Stored dates that
are not what a schedule gives (a hand edit, another tool) are not trusted. Real files in the test's folder."""

import shutil
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.command import Batch
from planner.core.commands import CreateTask, EditTask, IndentTasks, LinkTasks
from planner.core.schedule import compute_schedule, planned_changes
from planner.session import Session
from tests.test_written_columns import MONDAY, opened

TODAY = MONDAY.date()
TASKS = 6

plans = st.tuples(
    st.lists(st.sampled_from([0, 240, 480, 1440]), min_size=TASKS, max_size=TASKS),  # durations (0: a milestone)
    st.sets(st.tuples(st.integers(0, TASKS - 1), st.integers(0, TASKS - 1)).filter(lambda ab: ab[0] < ab[1])),
    st.integers(0, TASKS - 1),  # the task edited
    st.sampled_from([240, 960, 2400]),  # its new duration
)


def written(tmp_path_factory, monkeypatch, durations, links) -> tuple[str, list[int]]:
    """A file Planner wrote after each edit's reschedule: a project of TASKS tasks with `links`, the last two under a
    summary (the fifth task's own duration is then its children's)."""
    session, project = opened(tmp_path_factory, monkeypatch)
    session.run(project)
    created = [CreateTask(("project", project.id), f"T{i}", duration=d or None) for i, d in enumerate(durations)]
    session.run(Batch(created, "Tasks"))
    ids = [c.id for c in created]
    for i, duration in enumerate(durations):
        if not duration:
            session.run(EditTask(ids[i], milestone=True))
    if links:
        session.run(Batch([LinkTasks(ids[a], ids[b]) for a, b in sorted(links) if b < TASKS - 2], "Links"))
    session.run(IndentTasks(ids[-2:]))
    path = session.path
    session.close()
    return path, ids


def edited(path, copy_name: str, task_id: int, duration: int, before: str) -> Session:
    """A copy of the file at `path` opened, `before` done (nothing, the schedule as at an open that shows it, or
    `prepare_edits`), then the edit."""
    copy = path.with_name(copy_name)
    shutil.copy(path, copy)
    session = Session.open(copy)
    session.today = lambda: TODAY
    if before == "schedule":
        session.schedule  # noqa: B018
    elif before == "prepare":
        session.prepare_edits()
        assert session.known_schedule.applied  # trusted: Planner wrote these dates from a schedule
    session.run(EditTask(task_id, duration=duration))
    return session


def facts(session: Session) -> dict:
    """Each task's stored dates, and the kept schedule's dates, slack and critical flag."""
    schedule, ws = session.known_schedule or session.schedule, session.ws
    return {
        tid: (task.start, task.finish, task.duration)
        + (
            (schedule.start(tid), schedule.finish(tid), schedule.total_slack(tid), schedule.is_critical(tid))
            if schedule.is_planned(tid)
            else ()
        )
        for tid, task in ws.tasks.items()
    }


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plans)
def test_the_first_edit_after_an_open_gives_what_it_gives_after_a_schedule_at_open(tmp_path_factory, monkeypatch, plan):
    durations, links, index, duration = plan
    path, ids = written(tmp_path_factory, monkeypatch, durations, links)
    if ids[index] == ids[-3]:
        return  # the summary: its duration is its children's
    found = {}
    for before in ("schedule", "prepare", "nothing"):
        session = edited(path, f"{before}.planner", ids[index], duration, before)
        found[before] = facts(session)
        ws = session.ws
        assert planned_changes(ws, compute_schedule(ws, TODAY)) == {}
        assert Session.read(session.path).ws.tasks == ws.tasks
        session.close()
    assert found["prepare"] == found["schedule"] == found["nothing"]


def test_stored_dates_a_schedule_would_not_give_are_not_trusted(tmp_path_factory, monkeypatch):
    path, ids = written(tmp_path_factory, monkeypatch, [480] * TASKS, {(0, 1), (1, 2)})
    with sqlite3.connect(path) as db:  # by hand: the last task (unlinked) given the third one's dates (after two)
        db.execute("UPDATE task SET start = (SELECT start FROM task WHERE id = ?), finish = (SELECT finish FROM task "
                   "WHERE id = ?) WHERE id = ?", (ids[2], ids[2], ids[-1]))  # fmt: skip
    db.close()
    session = Session.open(path)
    session.today = lambda: TODAY
    assert planned_changes(session.ws, compute_schedule(session.ws, TODAY))  # what is stored is stale
    session.prepare_edits()
    assert not session.known_schedule.applied
    session.run(EditTask(ids[0], duration=960))  # the last task is not linked to the first: not reached by the edit
    ws = session.ws
    assert planned_changes(ws, compute_schedule(ws, TODAY)) == {}  # its dates were written as the schedule has them
    assert Session.read(path).ws.tasks == ws.tasks
    session.close()
