"""The paths made faster for opening and scheduling plans with people (issue #14) give what the plain ones give:
task calendars asked once per distinct calendar, project and set of assignees, through full and incremental runs
and after a person's calendar changes; empty JSON documents read without the parser; the date check skipping
empty collections. Then the paths of an edit that moves dates (seventh steps): the range check of every task's dates
before a full schedule, the history's diff of the tasks a reschedule moved, and the workload's task calendars. Then
the child lists a rebuild of the indexes sorts (fifteenth steps), the outline's walk (twenty-second steps), and the
link index made when first asked for (twenty-third steps).
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, timedelta
from unittest.mock import patch

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planner.core import history
from planner.core.bounds import _task_faults, date_problems, schedulable
from planner.core.calendars import EARLIEST, LATEST, Calendar, Timeline, to_minute
from planner.core.changes import Changes
from planner.core.command import before_all
from planner.core.commands import AssignPerson, EditObject, EditTask
from planner.core.errors import ValidationError
from planner.core.model import Constraint, Dependency, LinkType, Person, Project, ResourceType, Task, Workspace
from planner.core.schedule import (
    _FACTS,
    WORKING,
    Reschedule,
    _key_at,
    _Plan,
    compute_schedule,
    schedule,
    update_schedule,
)
from planner.core.schedule import START as START_FORM
from planner.store.schema import JSONText
from tests.core.test_schedule_incremental import workspaces as random_workspaces

START = datetime(2025, 3, 3, 8)
MORNINGS = Calendar(name="Mornings", week=(((8 * 60, 12 * 60),),) * 5 + ((), ()), id=1)
LATE = Calendar(name="Afternoons", week=(((13 * 60, 19 * 60),),) * 4 + ((), (), ()), id=2)
WEEKEND = Calendar(name="Weekend", week=((),) * 5 + (((9 * 60, 17 * 60),),) * 2, id=3)


@st.composite
def staffed_plans(draw) -> Workspace:
    """Two projects on different calendars, people on several calendars (one a material), tasks with their own
    calendar or assignees, in chains of links."""
    ws = Workspace()
    for calendar in (MORNINGS, LATE, WEEKEND):
        ws.calendars[calendar.id] = calendar
    ws.put("project", Project(id=1, name="P", start=START))
    ws.put("project", Project(id=2, name="Q", start=START, calendar_id=3))
    for pid in range(1, 5):
        kind = ResourceType.MATERIAL if pid == 4 else ResourceType.WORK
        ws.put("person", Person(id=pid, name=f"R{pid}", calendar_id=draw(st.sampled_from((None, 1, 2, 3))),
                                resource_type=kind))  # fmt: skip
    size = draw(st.integers(1, 12))
    for i in range(1, size + 1):
        task = Task(id=i, title=f"T{i}", project_id=draw(st.sampled_from((1, 2))), position=i,
                    duration=draw(st.sampled_from((60, 240, 480, 1200))))  # fmt: skip
        task.calendar_id = draw(st.sampled_from((None, None, None, 1, 2)))
        task.assignments = {pid: 1.0 for pid in draw(st.lists(st.integers(1, 4), max_size=3, unique=True))}
        ws.tasks[i] = task
    ws.rebuild_indexes()
    for succ in range(2, size + 1):
        if draw(st.booleans()):
            pred = draw(st.integers(1, succ - 1))
            ws.put("dependency", Dependency(len(ws.dependencies) + 1, pred, succ))
    return ws


def plain(ws: Workspace):
    """The schedule `compute_schedule` makes, with the task calendars asked task by task."""
    return schedule(ws, calendars=lambda task: ws.calendar_for(task),
                    project_calendars=lambda project: ws.calendars.get(project.calendar_id, ws.calendar))  # fmt: skip


def dates(result, ws: Workspace) -> dict:
    return {t: (result.start(t), result.finish(t), result.total_slack(t), result.is_critical(t)) for t in ws.tasks}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(staffed_plans(), st.data())
def test_task_calendars_asked_once_per_set_of_assignees_give_the_plain_schedule(ws, data):
    fast = compute_schedule(ws)
    assert dates(fast, ws) == dates(plain(ws), ws)
    # An incremental run after an assignment keeps the memo: the new set of assignees is its own key.
    task_id = data.draw(st.sampled_from(sorted(ws.tasks)))
    assign = AssignPerson(task_id, data.draw(st.integers(1, 4)), 1.0)
    changes = assign.apply(ws)
    updated = update_schedule(fast, ws, changes)
    assert dates(updated, ws) == dates(plain(ws), ws)
    # A person's calendar changed: a full run with the same arguments, which must not reuse the old memo.
    person = data.draw(st.integers(1, 4))
    edit = EditObject("person", person, calendar_id=data.draw(st.sampled_from((None, 1, 2, 3))))
    changes = edit.apply(ws)
    reschedule = Reschedule(updated, changes)
    reschedule.apply(ws)
    assert dates(reschedule.result, ws) == dates(plain(ws), ws)


def test_empty_json_documents_are_new_objects_equal_to_what_the_parser_reads():
    first, second = JSONText.to_core("{}"), JSONText.to_core("{}")
    assert first == {} and first is not second  # each task gets its own, to change without touching others
    assert JSONText.to_core("[]") == [] and JSONText.to_core("[]") is not JSONText.to_core("[]")
    assert JSONText.to_core('{"uid":"1"}') == {"uid": "1"}
    for value in ({}, [], {"uid": "1"}, [1, "é"]):  # written as the encoder writes them, read back the same
        assert JSONText.to_store(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        assert JSONText.to_core(JSONText.to_store(value)) == value


def test_date_check_skips_empty_collections_and_still_finds_dates_inside_full_ones():
    ws = Workspace()
    ws.put("project", Project(id=1, name="P", start=START))
    ws.put("task", Task(id=1, title="Empty", project_id=1, position=1))
    ws.put("task", Task(id=2, title="Moved", project_id=1, position=2))
    ws.tasks[2].recurrence_exceptions = {datetime(1800, 1, 1).date(): None}
    assert [(p.ident, p.field) for p in date_problems(ws)] == [(2, "recurrence_exceptions")]


# Dates on both sides of the range's ends, as naive and aware datetimes and as plain dates (which a naive datetime
# cannot be compared with, so the fast check must hand them to the plain one).
_EDGES = [EARLIEST, LATEST.replace(hour=0, minute=0, second=0)]
_NEAR = [edge + timedelta(minutes=m) for edge in _EDGES for m in (-1441, -1, 0, 1, 1439, 1441)]
stored_dates = st.one_of(
    st.none(),
    st.sampled_from(_NEAR),
    st.sampled_from(_NEAR).map(lambda at: at.replace(tzinfo=UTC)),
    st.sampled_from(_NEAR).map(lambda at: at.date()),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(stored_dates, stored_dates, stored_dates, stored_dates,
                          st.one_of(st.none(), st.integers(-5, 5))), min_size=1, max_size=6))  # fmt: skip
def test_the_range_check_before_a_schedule_finds_what_the_plain_check_finds(rows):
    ws = Workspace()
    ws.put("project", Project(id=1, name="P", start=START))
    for i, (start, finish, constraint_date, deadline, duration) in enumerate(rows, 1):
        task = Task(id=i, title=f"T{i}", project_id=1, position=i, duration=duration, start=start, finish=finish)
        task.constraint_date, task.deadline = constraint_date, deadline
        ws.tasks[i] = task
    ws.rebuild_indexes()
    warnings: dict[int, str] = {}
    stand_in = schedulable(ws, warnings)
    plain_faults = {t.id: "; ".join(said) for t in ws.tasks.values() if (said := _task_faults(t))}
    assert warnings == plain_faults
    assert (stand_in is ws) == (not plain_faults)


def _plain_diff(ws: Workspace, changes: Changes, before_of) -> list[history.ObjectChange]:
    """`history.diff` as it was: every field compared, every value deep-copied."""
    out = []
    for kind in ("task",):
        for ident in sorted(changes.ids(kind)):
            old, new = vars(before_of(kind, ident)), vars(ws.tasks[ident])
            moved = [n for n, value in new.items() if not n.startswith("_") and old.get(n, history._MISSING) != value]
            if moved:
                out.append(history.ObjectChange(kind, ident, {n: copy.deepcopy(old.get(n)) for n in moved},
                                                {n: copy.deepcopy(new.get(n)) for n in moved}))  # fmt: skip
    return out


edits = st.fixed_dictionaries(
    {},
    optional={
        "start": st.sampled_from([START, START + timedelta(days=1)]),
        "duration": st.sampled_from([None, 60, 480]),
        "title": st.sampled_from(["T", "U"]),
        "assignments": st.dictionaries(st.integers(1, 3), st.sampled_from([0.5, 1.0]), max_size=2),
        "constraint": st.sampled_from(list(Constraint)),
        "deadline": st.sampled_from([None, date(2025, 4, 1)]),
        "_cache": st.integers(),
    },
)


@settings(max_examples=150, deadline=None)
@given(st.lists(edits, min_size=1, max_size=5), st.booleans())
def test_the_history_of_moved_tasks_is_what_the_plain_diff_records(changed, shallow):
    """Whether the recorded task shares its fields with the task (a reschedule's record) or holds copies."""
    ws, before = Workspace(), {}
    for i, fields in enumerate(changed, 1):
        task = Task(id=i, title="T", project_id=1, position=i, duration=60, start=START, assignments={1: 1.0})
        ws.tasks[i] = task
        was = copy.copy(task) if shallow else copy.deepcopy(task)
        for name, value in fields.items():
            setattr(task, name, value)
        before[i] = was
    changes = Changes()
    changes.updated["task"] = set(before)
    found = history.diff(ws, changes, lambda _kind, ident: before[ident])
    assert found == _plain_diff(ws, changes, lambda _kind, ident: before[ident])
    for change in found:  # nothing recorded is shared with the live task: an edit in place must not reach it
        for name, value in change.after.items():
            if isinstance(value, (dict, list, set)):
                assert value is not getattr(ws.tasks[change.ident], name)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(2, 8), st.data())
def test_the_history_of_an_edit_and_its_reschedule_is_what_whole_records_give(size, data):
    """A task the reschedule moved first is recorded from its dates alone (`Fields`): the diff is the one of whole
    records, also for a task a later step edits again (its title, or its duration)."""
    ws = Workspace()
    ws.put("project", Project(id=1, name="P", start=START))
    for i in range(1, size + 1):  # a chain: an edit moves every task after the one edited
        ws.tasks[i] = Task(
            id=i, title=f"T{i}", project_id=1, position=i, duration=data.draw(st.sampled_from((60, 480)))
        )
    ws.rebuild_indexes()
    for i in range(2, size + 1):
        ws.put("dependency", Dependency(i - 1, i - 1, i))
    Reschedule().apply(ws)  # the plan as written, so the next reschedule moves only what the edit moves
    task_id = data.draw(st.integers(1, size - 1))
    steps = [EditTask(task_id, duration=ws.tasks[task_id].duration + data.draw(st.sampled_from((60, 480, -30))))]
    changes = steps[0].apply(ws)
    steps.append(Reschedule())
    changes.merge(steps[-1].apply(ws))
    for ident in data.draw(st.lists(st.integers(1, size), max_size=3, unique=True)):
        steps.append(EditTask(ident, **data.draw(st.sampled_from(({"title": "Later"}, {"duration": 30})))))
        changes.merge(steps[-1].apply(ws))
    now = ws.tasks.get
    found = history.diff(ws, changes, lambda kind, ident: before_all(steps, kind, ident, now(ident), fields=True))
    assert found == _plain_diff(ws, changes, lambda kind, ident: before_all(steps, kind, ident, now(ident)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(staffed_plans(), st.data())
def test_the_calendar_chooser_answers_as_calendar_for(ws, data):
    if data.draw(st.booleans()):  # nobody with a calendar of their own: the chooser's key leaves assignees out
        for person in ws.people.values():
            person.calendar_id = None
    chosen = ws.calendar_chooser()
    assert all(chosen(task) is ws.calendar_for(task) for task in ws.tasks.values())
    # A new set of assignees is a new key, even for a chooser already used.
    task = ws.tasks[data.draw(st.sampled_from(sorted(ws.tasks)))]
    AssignPerson(task.id, data.draw(st.integers(1, 4)), 1.0).apply(ws)
    assert all(chosen(task) is ws.calendar_for(task) for task in ws.tasks.values())


# The late dates moved with the project's finish (eighth steps): on one timeline, with working-time lags and no
# constraint, deadline or finished task, an edit that moves the finish shifts every late date by as much, then
# recomputes only what the edited tasks reach. The update must equal a full run; a deadline, a constraint, a finished
# task or a lag in elapsed time must send it back to the full pass.
@st.composite
def one_line_plans(draw) -> Workspace:
    ws = Workspace()
    ws.put("project", Project(id=1, name="P", start=START))
    ws.put("project", Project(id=2, name="Q", start=START))
    size = draw(st.integers(2, 14))
    projects = draw(st.sampled_from(((1,), (1,), (1, 1, 2))))  # two finishes shift alike less often
    for i in range(1, size + 1):
        ws.tasks[i] = Task(id=i, title=f"T{i}", project_id=draw(st.sampled_from(projects)), position=i,
                           duration=draw(st.sampled_from((0, 60, 240, 480, 1200))))  # fmt: skip
    for i in range(2, size + 1):  # a parent before its children, in the same project
        parent = draw(st.integers(0, i - 1))
        if parent and draw(st.integers(0, 2)) == 0 and ws.tasks[parent].project_id == ws.tasks[i].project_id:
            ws.tasks[i].parent_id = parent
    ws.rebuild_indexes()
    for succ in range(2, size + 1):
        for pred in draw(st.lists(st.integers(1, succ - 1), max_size=2, unique=True)):
            ws.put("dependency", Dependency(len(ws.dependencies) + 1, pred, succ, type=draw(st.sampled_from(LinkType)),
                                            lag=draw(st.sampled_from((0, 0, 60, -120, 480)))))  # fmt: skip
    return ws


durations = st.tuples(st.just("duration"), st.sampled_from((0, 60, 480, 960, 2400)))
one_line_edits = st.one_of(
    durations,
    durations,
    durations,
    st.tuples(st.just("deadline"), st.sampled_from((None, START + timedelta(days=1), START + timedelta(days=3)))),
    st.tuples(st.just("constraint"), st.sampled_from((Constraint.ASAP, Constraint.SNET, Constraint.FNLT))),
    st.tuples(st.just("percent_complete"), st.sampled_from((0, 50, 100))),
)


def _same_schedule(result, full, ws: Workspace) -> None:
    for tid in ws.tasks:
        assert result[tid] == full[tid], tid
    assert result.critical_ids() == full.critical_ids()
    assert {pid: result.project_finish(pid) for pid in full._finish} == {
        pid: full.project_finish(pid) for pid in full._finish
    }


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(one_line_plans(), st.data())
def test_late_dates_moved_with_the_finish_equal_a_full_run(ws, data):
    try:
        previous = compute_schedule(ws, date(2025, 3, 5))
    except ValidationError:
        assume(False)  # links through summaries may close a loop
    for _ in range(data.draw(st.integers(1, 5))):
        task_id = data.draw(st.sampled_from(sorted(ws.tasks)))
        field, value = data.draw(one_line_edits)
        values = {field: value}
        if field == "constraint":
            values["constraint_date"] = None if value == Constraint.ASAP else START + timedelta(days=2)
        try:
            changes = EditTask(task_id, **values).apply(ws)
        except (ValidationError, ValueError):
            continue
        previous = update_schedule(previous, ws, changes, date(2025, 3, 5))
        _same_schedule(previous, compute_schedule(ws, date(2025, 3, 5)), ws)


def test_an_edit_on_the_critical_path_moves_the_late_dates_without_the_full_pass(monkeypatch):
    ws = Workspace()
    ws.put("project", Project(id=1, name="P", start=START))
    for tid in range(1, 31):
        ws.tasks[tid] = Task(id=tid, title=f"T{tid}", project_id=1, position=tid, duration=480)
    ws.rebuild_indexes()
    for tid in range(2, 31):  # a chain of odd tasks, beside a chain of even ones a day shorter
        if tid > 2:
            ws.put("dependency", Dependency(tid, tid - 2, tid, lag=60 if tid % 3 else 0))
    previous = compute_schedule(ws, date(2025, 3, 5))
    shifts = []
    late_shift = _Plan.late_shift
    monkeypatch.setattr(_Plan, "late_shift", lambda *a: shifts.append(late_shift(*a)) or shifts[-1])
    for minutes in (960, 480, 2400, 0):
        changes = EditTask(5, duration=minutes).apply(ws)
        previous = update_schedule(previous, ws, changes, date(2025, 3, 5))
        _same_schedule(previous, compute_schedule(ws, date(2025, 3, 5)), ws)
    assert len(shifts) == 4 and None not in shifts
    # A deadline anywhere: back to the full pass.
    EditTask(2, deadline=START + timedelta(days=30)).apply(ws)
    previous = compute_schedule(ws, date(2025, 3, 5))
    previous = update_schedule(previous, ws, EditTask(5, duration=2400).apply(ws), date(2025, 3, 5))
    _same_schedule(previous, compute_schedule(ws, date(2025, 3, 5)), ws)
    assert len(shifts) == 5 and shifts[-1] is None


# -- the full schedule's network, read in one pass over the tasks (issue #14, tenth steps) ---------------------------
def _plain_network(plan: _Plan, ws: Workspace) -> dict:
    """What the pass over the tasks must find, read the plain way: each group's start from its earliest task (a
    pass of its own), summaries numbered in task order, the tree read task by task."""
    n, index, tasks = plan.n, plan.index, plan.tasks
    earliest: dict = {}
    for task in tasks:
        if task.start is not None and (task.project_id not in earliest or task.start < earliest[task.project_id]):
            earliest[task.project_id] = task.start
    today = datetime.combine(plan.today, datetime.min.time()).replace(hour=8)
    group_start = dict(plan.group_start)
    for group in plan.from_tasks:
        line = plan.group_line[group]
        group_start[group] = _key_at(line, to_minute(earliest.get(group) or today), START_FORM, upper=False)
    summary = [bool(ws._children.get(("task", task.id))) for task in tasks]
    rollup, owner, count = [-1] * n, list(range(n)), n
    for i in range(n):
        if summary[i]:
            rollup[i] = count
            owner.append(i)
            count += 1
    out = [r if r >= 0 else i for i, r in enumerate(rollup)]
    parent_bound, kids, kids_in = [-1] * count, [[] for _ in range(count)], [[] for _ in range(count)]
    for i, task in enumerate(tasks):
        p = index.get(task.parent_id)
        if task.parent_id is not None and p is not None:
            parent_bound[i] = p
            kids[rollup[p]].append(out[i])
            kids_in[p].append(i)
    return {"group_start": group_start, "summary": summary, "rollup": rollup, "owner": owner, "out": out,
            "parent_bound": parent_bound, "kids": kids, "kids_in": kids_in,
            "node_line": plan.lines + [plan.lines[i] for i in range(n) if summary[i]]}  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_network_read_in_one_pass_is_the_plain_one(data):
    """Plans with summaries, areas (tasks without a project, dated or not, earlier or later than today), a project
    that starts with its earliest task or not, one scheduled from its finish, task and people's calendars, lags,
    constraints and milestones; the run's dates are checked against reading every task again in `test_a_full_run_
    reads_every_task_as_reading_it_again_does` and a full run after edits in test_schedule_incremental.py."""
    ws = data.draw(random_workspaces(containers=data.draw(st.sampled_from(((1, 1, 1, 2, 3, None), (1,))))))
    if data.draw(st.booleans()):  # then only the tasks without a project start with their earliest task
        ws.projects[2].start = START + timedelta(days=data.draw(st.integers(-5, 5)))
    if data.draw(st.booleans()):  # then assignees never choose a task's calendar: asked once per project
        ws.people[1].calendar_id = None
    today = date(2025, 3, 5) + timedelta(days=data.draw(st.sampled_from((-40, 0, 40))))
    plan = _Plan(ws, ws.calendar_for, None, None, None, today, True)
    want = _plain_network(plan, ws)
    assert plan.group_start == want["group_start"]
    assert plan.summary == want["summary"] and plan.rollup == want["rollup"] and plan.owner == want["owner"]
    assert plan.out_nodes() == want["out"] and plan.summary_ids() == [i for i in range(plan.n) if want["summary"][i]]
    assert plan.parent_bound == want["parent_bound"]
    assert [list(k) for k in plan.kids] == want["kids"] and [list(k) for k in plan.kids_in] == want["kids_in"]
    assert all(a is b for a, b in zip(plan.node_line, want["node_line"], strict=True))
    # the ordering pass (Kahn's, with early dates as it goes) gives every node after its inputs, and the dates the
    # plain forward pass gives in that order
    plan.conflict = [False] * plan.n
    try:
        order, s_key, f_key = plan.order_forward()
    except ValidationError:
        assume(False)  # links through summaries may close a loop
    at = {node: k for k, node in enumerate(order)}
    assert sorted(order) == list(range(plan.count))
    for node in order:
        inputs = [edge[0] for edge in plan.preds[node]] + list(plan.kids[node])
        if node < plan.n and plan.parent_bound[node] >= 0:
            inputs.append(plan.parent_bound[node])
        assert all(at[other] < at[node] for other in inputs)
    conflict = plan.conflict
    plan.conflict = [False] * plan.n
    assert plan.forward(order) == (s_key, f_key) and plan.conflict == conflict
    # the projects' finishes and each task's bound from them: with one project on one timeline, found without
    # conversions, as the plain path (group by group, task by task) finds them
    found = plan.group_finish(f_key), plan.finish_bound(plan.group_finish(f_key))
    plan._one_line = False
    assert (plan.group_finish(f_key), plan.finish_bound(plan.group_finish(f_key))) == found
    read = {name: list(getattr(plan, name)) for name in _FACTS}
    for i, task in enumerate(plan.tasks):  # each task's calendar and lower bound from its group's start, read again
        plan._derive(i, task)
    for name, before in read.items():
        assert getattr(plan, name) == before, name


far_values = st.sampled_from(
    [
        datetime(1850, 1, 1, 8),
        datetime(2300, 1, 1, 8),
        datetime(2025, 3, 4, 9, tzinfo=UTC),
        date(2025, 3, 4),
        date(1850, 1, 1),
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_range_check_in_the_pass_over_the_tasks_schedules_as_the_check_before_it(data):
    """A full schedule checks the dates in its pass over the tasks and, at the first it cannot take, starts again from
    what `schedulable` leaves (the plain path: the check first, then the plan): dates and warnings are the same."""
    ws = data.draw(random_workspaces(containers=data.draw(st.sampled_from(((1, 1, 1, 2, 3, None), (1,))))))
    if data.draw(st.booleans()):
        ws.projects[2].start = START
    for _ in range(data.draw(st.integers(0, 3))):
        task = ws.tasks[data.draw(st.sampled_from(sorted(ws.tasks)))]
        field = data.draw(st.sampled_from(("start", "finish", "constraint_date", "deadline", "duration")))
        setattr(task, field, -60 if field == "duration" else data.draw(far_values))
    if data.draw(st.integers(0, 5)) == 0:
        ws.projects[1].start = data.draw(far_values)
    today = date(2025, 3, 5)
    try:
        result = compute_schedule(ws, today)
    except Exception as error:  # a value both paths keep and cannot read (a project's start as a plain date)
        warnings: dict = {}
        try:
            compute_schedule(schedulable(ws, warnings), today)
        except type(error):
            return
        raise
    warnings = {}
    plain_result = compute_schedule(schedulable(ws, warnings), today)
    for tid, text in plain_result.warnings.items():
        warnings[tid] = f"{warnings[tid]}; {text}" if tid in warnings else text
    assert result.warnings == warnings
    for tid in ws.tasks:
        assert result[tid] == plain_result[tid], tid


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(-2, 4)), min_size=1, max_size=30), st.randoms())
def test_rebuilt_child_lists_are_in_position_then_id_order(shape, rng):
    # The rebuild sorts (position, id) pairs: whatever order the tasks were put in, each parent's children come
    # by position, ties by id, as a sort on that key gives; the parents in the order their first child comes.
    ws = Workspace()
    ws.put("project", Project(id=1, name="P"))
    tasks = [Task(id=i, title=f"T{i}", project_id=1, position=position) for i, (_, position) in enumerate(shape, 1)]
    for task, (parent, _) in zip(tasks, shape, strict=True):
        task.parent_id = parent if 0 < parent < task.id else None
    rng.shuffle(tasks)
    ws.tasks = {task.id: task for task in tasks}
    ws.rebuild_indexes()
    expected: dict = {}
    for task in tasks:
        expected.setdefault(task.parent_key(), []).append(task.id)
    for ids in expected.values():
        ids.sort(key=lambda tid: (ws.tasks[tid].position, tid))
    assert list(ws._children.items()) == list(expected.items())


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([MORNINGS, LATE, WEEKEND]),
    st.lists(st.integers(-400_000, 400_000), min_size=1),
    st.sampled_from([0.25, 0.5, 59.75]),
)
def test_a_timeline_s_kept_instants_are_what_it_computes(calendar, whole, part):
    # Asked in any order, some twice, across years either side (the line grows at both ends between questions), whole
    # minutes and parts of one: a kept answer is what the line computes for that position, and what a fresh line
    # computes.
    positions = [p + part for p in whole] + whole
    line = Timeline(calendar)
    line.position(START)  # the origin: positions count from the first day a line covers
    for position in positions + positions[::-1]:
        fresh = Timeline(calendar)
        fresh.position(START)
        assert line.start_at(position) == line._start_at(position) == fresh._start_at(position)
        assert line.finish_at(position) == line._finish_at(position) == fresh._finish_at(position)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_workspaces())
def test_the_outline_is_each_task_before_its_subtasks_in_their_order(ws):
    # The walk turns round only the child lists it meets (a leaf has none): the order stays that of a recursive walk.
    def walked(key):
        for tid in ws.children(key):
            yield tid
            yield from walked(("task", tid))

    for key in [*ws.parent_keys(), ("project", 1), ("task", max(ws.tasks, default=0) + 1)]:
        assert ws.outline(key) == list(walked(key))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("put"), st.integers(1, 12), st.integers(1, 6), st.integers(1, 6)),
            st.tuples(st.just("remove"), st.integers(1, 12)),
            st.tuples(st.just("rebuild")),
            st.tuples(st.just("ask"), st.integers(1, 6)),
        ),
        max_size=25,
    )
)
def test_the_link_index_made_when_first_asked_for_lists_the_links_held(steps):
    # A bulk load's rebuild leaves the link index to be made when first asked for (the first screen asks for none);
    # links put, replaced and removed before or after that are found by both ends as a scan of the links finds them.
    ws = Workspace()
    for tid in range(1, 7):
        ws.put("task", Task(id=tid, title=f"T{tid}", project_id=1, position=tid))
    for step in steps:
        if step[0] == "put":
            _, ident, before, after = step
            ws.put("dependency", Dependency(ident, before, after))
        elif step[0] == "remove" and step[1] in ws.dependencies:
            ws.remove("dependency", step[1])
        elif step[0] == "rebuild":
            ws.rebuild_indexes()
            assert ws._link_index is None
        elif step[0] == "ask":
            for tid in range(1, 7):
                assert ws.links_out(tid) == {d.id for d in ws.dependencies.values() if d.predecessor_id == tid}
                assert ws.links_in(tid) == {d.id for d in ws.dependencies.values() if d.successor_id == tid}
    for tid in range(1, 7):
        assert ws.links_out(tid) == {d.id for d in ws.dependencies.values() if d.predecessor_id == tid}
        assert ws.links_in(tid) == {d.id for d in ws.dependencies.values() if d.successor_id == tid}


def test_a_project_s_finish_is_its_latest_leaf_s_when_a_summary_s_bound_is_later():
    # Twenty-third steps: with one project on one timeline the latest finish is first taken over every task node, a
    # summary's bound node among them. A summary that must finish no earlier than a date its only (manual) child
    # ends before holds that date on its bound node: the project still finishes with its child, as the plain path says.
    ws = Workspace()
    ws.put("project", Project(id=1, name="P", start=START))
    ws.put("task", Task(id=1, title="Summary", project_id=1, position=1, constraint=Constraint.FNET,
                        constraint_date=START + timedelta(days=10)))  # fmt: skip
    ws.put("task", Task(id=2, title="Manual", project_id=1, parent_id=1, position=1, manual=True, start=START,
                        finish=START + timedelta(hours=4), duration=240))  # fmt: skip
    ws.put("task", Task(id=3, title="Later leaf", project_id=1, position=2, duration=480))
    plan = _Plan(ws, ws.calendar_for, None, None, None, date(2025, 3, 5), True)
    result = plan.run()
    assert result._f[plan.index[1]] > result._f[plan.index[3]] > result._f[plan.index[2]]  # the bound's date latest
    assert result.project_finish(1) == result.finish(3) == START.replace(hour=17)
    plan._one_line = False  # the plain path: group by group, leaf by leaf
    assert plan.latest_finish(result._f) == {1: (plan.group_line[1], result._f[plan.index[3]])}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_link_reads_as_on_one_timeline_exactly_when_its_ends_and_its_lag_are(data):
    # Twenty-third steps: whether every node and lag is on one timeline is asked once for all the links, not link by
    # link; the plan may hold a timeline no task is on (the workspace's, or a project's without tasks).
    ws = data.draw(random_workspaces(containers=data.draw(st.sampled_from(((1, 1, 1, 2, 3, None), (1,), (2,))))))
    if data.draw(st.booleans()):
        ws.people[1].calendar_id = None
    if data.draw(st.booleans()):
        for task in ws.tasks.values():
            task.calendar_id = None
    plan = _Plan(ws, ws.calendar_for, None, None, None, date(2025, 3, 5), True)
    edges = [edge for edges in plan.succs for edge in edges]
    assert sorted(map(id, edges)) == sorted(id(edge) for edges in plan.preds for edge in edges)
    for src, dst, _from_fin, _to_fin, kind, _amount, same, lag_line in edges:
        assert same == (kind == WORKING and plan.node_line[src] is lag_line and plan.node_line[dst] is lag_line)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_links_on_one_timeline_give_the_dates_of_the_general_path(data):
    # Twenty-third steps: both passes add a link's lag on one timeline inline (one test when it has none); the general
    # path (`_move`, which also converts between timelines) gives every early and late date alike.
    if data.draw(st.booleans()):
        ws = data.draw(one_line_plans())
    else:
        ws = data.draw(random_workspaces(containers=data.draw(st.sampled_from(((1, 1, 1, 2, 3, None), (1,))))))
    today = date(2025, 3, 5)
    try:
        inline = _Plan(ws, ws.calendar_for, None, None, None, today, True).run()
    except ValidationError:
        assume(False)  # links through summaries may close a loop
    plan = _Plan(ws, ws.calendar_for, None, None, None, today, True)
    general: dict = {}
    for edges in (plan.preds, plan.succs):
        for node, found in enumerate(edges):
            edges[node] = [general.setdefault(id(edge), (*edge[:6], False, edge[7])) for edge in found]
    _same_schedule(plan.run(), inline, ws)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_full_run_on_one_timeline_gives_the_dates_of_the_converting_path(data):
    # Twenty-third steps: when every node and lag is on one timeline, a full run reads a summary's and a parent's dates
    # without asking each node's timeline; the path that asks (and converts) gives every date alike.
    plans = (one_line_plans(), staffed_plans(), random_workspaces(), random_workspaces(containers=(1,)))
    ws = data.draw(st.one_of(*plans))
    today = date(2025, 3, 5)
    try:
        fast = compute_schedule(ws, today)
    except ValidationError:
        assume(False)  # links through summaries may close a loop
    with patch("planner.core.schedule._on_one_timeline", return_value=False):
        _same_schedule(fast, compute_schedule(ws, today), ws)
