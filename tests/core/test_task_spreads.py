"""`TaskSpreads` against a new `TaskSpreads` and `workload` computed afresh: after any run of edits and undos on a
random plan, the sums changed by each edit's difference are a new `TaskSpreads`'s bit for bit (resource usage shows
either) and `workload`'s within rounding; the tasks' rows and cells are `workload`'s bit for bit."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.calendars import Calendar
from planner.core.command import Command
from planner.core.commands import (
    AssignPerson,
    CreateTask,
    DeleteTasks,
    EditObject,
    EditTask,
    MoveTask,
    SetPersonCalendar,
)
from planner.core.contours import SetContour
from planner.core.errors import ValidationError
from planner.core.model import Area, Person, Project, Task, Workspace
from planner.core.workload import KeptSpan, TaskSpreads, Unit, assigned_span, workload

MON = datetime(2025, 1, 6, 8, 0)
FIRST, LAST = date(2025, 1, 1), date(2025, 3, 31)
PEOPLE = (1, 2, 3)
TODAY = date(2025, 2, 3)
UNITS = (0.25, 1 / 3, 0.5, 0.7, 1.0, 1.5)  # fractions whose sums round differently in another order


def plan(tasks: list[tuple[int, int, dict[int, float]]]) -> Workspace:
    ws = Workspace()
    for pid in PEOPLE:
        ws.put("person", Person(pid, f"P{pid}", capacity=8.0 - pid))
    ws.put("project", Project(1, "Launch"))
    ws.put("area", Area(1, "Support"))
    # A routine every Monday: its future occurrences are counted afresh each time, last
    ws.put("task", Task(99, "Stand-up", area_id=1, recurrence="FREQ=WEEKLY;BYDAY=MO", start=MON + timedelta(hours=1),
                        finish=MON + timedelta(hours=2), duration=60, assignments={1: 1 / 3, 2: 0.7}))  # fmt: skip
    for n, (offset, days, assignments) in enumerate(tasks, start=1):
        start = MON + timedelta(days=offset, hours=n % 3)
        ws.put("task", Task(n, f"T{n}", project_id=1, start=start, finish=start + timedelta(days=days, hours=5),
                            duration=days * 480, assignments=assignments))  # fmt: skip
    ws.rebuild_indexes()
    return ws


assignments = st.dictionaries(st.sampled_from(PEOPLE), st.sampled_from(UNITS), max_size=3)
tasks = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12), assignments), min_size=1, max_size=12)
edits = st.lists(
    st.tuples(
        st.sampled_from(["duration", "start", "assign", "contour", "create", "delete", "indent", "calendar",
                         "capacity", "undo"]),
        st.integers(0, 1000),
        st.integers(0, 1000),
    ),
    max_size=12,
)  # fmt: skip


def command(ws: Workspace, what: str, a: int, b: int) -> Command | None:
    ids = sorted(ws.tasks)
    task_id = ids[a % len(ids)] if ids else None
    person = PEOPLE[b % len(PEOPLE)]
    if what == "create":
        start = MON + timedelta(days=a % 70, hours=b % 9)
        return CreateTask(("project", 1), "New", start=start, duration=(b % 5 + 1) * 480,
                          assignments={person: UNITS[a % len(UNITS)]})  # fmt: skip
    if what == "calendar":
        off = Calendar.derived(ws.calendar, "Off", exceptions={FIRST + timedelta(days=a % 80): ()})
        return SetPersonCalendar(person, off)
    if what == "capacity":
        return EditObject("person", person, capacity=float(1 + a % 9))
    if task_id is None:
        return None
    task = ws.tasks[task_id]
    if what == "duration":
        return EditTask(task_id, duration=(a % 9 + 1) * 480 + b % 300)
    if what == "start":
        return EditTask(task_id, start=MON + timedelta(days=b % 70, hours=a % 9))
    if what == "assign":
        return AssignPerson(task_id, person, UNITS[a % len(UNITS)] if b % 4 else 0)
    if what == "contour" and person in task.assignments and task.start is not None:
        day = task.start.date() + timedelta(days=a % 3)
        return SetContour(task_id, person, day, day + timedelta(days=1 + b % 6), float(a % 13))
    if what == "delete":
        return DeleteTasks([task_id])
    if what == "indent" and len(ids) > 1:  # the task under another: that one becomes a summary
        other = ids[b % len(ids)]
        if other != task_id and ws.tasks[other].parent_id is None:
            return MoveTask(task_id, ("task", other), 0)
    return None


def bits(hours: list[float]) -> list[str]:
    return [repr(h) for h in hours]  # the same float bit for bit, not only close


def same(ws: Workspace, spreads: TaskSpreads) -> None:
    fresh = workload(ws, FIRST, LAST, Unit.WEEK, PEOPLE, with_tasks=True)
    new = TaskSpreads(ws, FIRST, LAST, Unit.WEEK, PEOPLE).workload(ws)
    kept = spreads.workload(ws)
    for pid in PEOPLE:
        for kind in fresh.load:
            assert bits(kept.load[kind][pid]) == bits(new.load[kind][pid])
            assert kept.load[kind][pid] == pytest.approx(fresh.load[kind][pid], abs=1e-8)
        assert kept.capacity[pid] == fresh.capacity[pid]
        assert [{t: repr(h) for t, h in c.items()} for c in kept.tasks[pid]] == [
            {t: repr(h) for t, h in c.items()} for c in fresh.tasks[pid]
        ]
    bare = spreads.workload(ws, with_tasks=False)  # resource usage's: everyone's hours without the cells
    some = spreads.workload(ws, PEOPLE[:1], with_tasks=False)  # only the people an edit reached
    for pid in PEOPLE:
        for kind in fresh.load:
            assert bits(bare.load[kind][pid]) == bits(new.load[kind][pid])
            if pid in some.people:
                assert bits(some.load[kind][pid]) == bits(new.load[kind][pid])
    for pid in PEOPLE:  # the task rows resource usage shows, kept between edits
        kept_rows = {t: bits(row) for t, row in spreads.by_task(bare, pid).items()}
        assert kept_rows == {t: bits(row) for t, row in fresh.by_task(pid).items()}


def rows(ws: Workspace) -> dict[int, tuple]:
    """Each person's rows in resource usage, computed afresh: their hours by kind and their tasks' hours."""
    fresh = workload(ws, FIRST, LAST, Unit.WEEK, PEOPLE, with_tasks=True)
    return {
        pid: (
            {kind: [repr(h) for h in fresh.load[kind][pid]] for kind in fresh.load},
            {t: [repr(h) for h in row] for t, row in fresh.by_task(pid).items()},
        )
        for pid in PEOPLE
    }


@settings(max_examples=150, deadline=None)
@given(tasks, edits)
def test_spreads_kept_across_edits_and_undos_equal_a_fresh_workload(plan_tasks, steps):
    ws = plan(plan_tasks)
    spreads = TaskSpreads(ws, FIRST, LAST, Unit.WEEK, PEOPLE)
    span = KeptSpan(ws)
    same(ws, spreads)
    assert span.span(TODAY) == assigned_span(ws, TODAY)
    done: list[Command] = []
    before = rows(ws)
    for what, a, b in steps:
        if what == "undo":
            if not done:
                continue
            changes = done.pop().undo(ws)
        else:
            cmd = command(ws, what, a, b)
            if cmd is None:
                continue
            try:
                changes = cmd.apply(ws)
            except ValidationError:
                continue
            done.append(cmd)
        named = TaskSpreads.tasks_named(changes)
        if named is None:
            spreads = TaskSpreads(ws, FIRST, LAST, Unit.WEEK, PEOPLE)
            span = KeptSpan(ws)
        else:
            reached = spreads.update(ws, named)
            span.update(ws, named)
            after = rows(ws)
            # Resource usage computes again only the rows of the people `update` says the tasks reach.
            assert {pid for pid in PEOPLE if after[pid] != before[pid]} <= reached
        before = rows(ws)
        same(ws, spreads)
        assert span.span(TODAY) == assigned_span(ws, TODAY)  # the assigned work's span, kept likewise


def test_a_task_edited_but_not_spread_again_shows():
    """The check above sees a stale spread: the kept hours of an edited task not spread again differ."""
    ws = plan([(0, 5, {1: 0.5})])
    spreads = TaskSpreads(ws, FIRST, LAST, Unit.WEEK, PEOPLE)
    EditTask(1, duration=9 * 480).apply(ws)
    assert spreads.workload(ws).load != workload(ws, FIRST, LAST, Unit.WEEK, PEOPLE, with_tasks=True).load
