"""Levelling: over-allocation removed by delaying lower-priority work, links and constraints kept, one undo step;
the manual mode's conflicts and proposed moves; value ranking and focus lists."""

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.levelling import LevelResources, find_conflicts, plan_levelling, propose_move
from planner.core.model import (
    Constraint,
    Dependency,
    LinkType,
    Person,
    Priority,
    Project,
    Status,
    StatusKind,
    Task,
    Workspace,
)
from planner.core.priorities import focus_list, value_per_effort, value_ranking
from planner.core.schedule import Reschedule, compute_schedule
from planner.core.workload import workload

MON = datetime(2025, 1, 6, 8, 0)
TODAY = date(2025, 1, 6)
DAY = 480


def base(people: int = 2) -> Workspace:
    ws = Workspace()
    ws.put("status", Status(1, "To do", StatusKind.TODO, 0))
    ws.put("status", Status(2, "Doing", StatusKind.DOING, 1))
    ws.put("status", Status(3, "Done", StatusKind.DONE, 2))
    for pid in range(1, people + 1):
        ws.put("person", Person(pid, f"P{pid}", capacity=8.0))
    ws.put("project", Project(1, "Launch", start=MON))
    return ws


def add(ws, tid, days, who, units=1.0, priority=Priority.NORMAL, **fields):
    ws.put("task", Task(tid, f"T{tid}", project_id=1, status_id=1, duration=days * DAY, assignments={who: units},
                        priority=priority, position=tid, **fields))  # fmt: skip


def rescheduled(ws):
    ws.rebuild_indexes()
    Reschedule().apply(ws)
    return compute_schedule(ws, TODAY)


def daily_over(ws, first=TODAY, days=400):
    wl = workload(ws, first, first + timedelta(days=days), "day")
    return [(pid, wl.starts[i]) for pid in wl.people for i in range(wl.periods) if wl.over(pid, i)]


def test_the_lower_priority_task_is_delayed_and_the_finish_moves():
    ws = base()
    add(ws, 1, 3, 1, priority=Priority.HIGH)
    add(ws, 2, 2, 1, priority=Priority.LOW)
    schedule = rescheduled(ws)
    assert daily_over(ws)
    plan = plan_levelling(ws, schedule, today=TODAY)
    (move,) = plan.moves
    assert move.task_id == 2 and move.old_start == MON and move.new_start == datetime(2025, 1, 9, 8)
    assert move.delay_days == 3 and not move.within_slack
    assert plan.finishes[1] == (datetime(2025, 1, 8, 17), datetime(2025, 1, 10, 17))
    changes = LevelResources(plan.moves).apply(ws)
    assert changes.updated == {"task": {2}}
    assert ws.tasks[2].constraint is Constraint.SNET and ws.tasks[2].constraint_date == move.new_start
    rescheduled(ws)
    assert not daily_over(ws)


def test_work_with_slack_is_delayed_before_critical_work():
    ws = base()
    add(ws, 1, 3, 1)  # two days of slack
    add(ws, 2, 1, 1)  # four days of slack
    add(ws, 3, 5, 2)  # critical: the project takes five days
    plan = plan_levelling(ws, rescheduled(ws), today=TODAY)
    (move,) = plan.moves
    assert move.task_id == 2 and move.within_slack
    assert plan.finishes[1][0] == plan.finishes[1][1]  # within slack: the project finishes as before


def test_fixed_work_stays_and_is_worked_around():
    ws = base()
    add(ws, 1, 2, 1, priority=Priority.LOW, manual=True, start=MON, finish=MON + timedelta(days=1, hours=9))
    add(ws, 2, 2, 1, priority=Priority.URGENT)
    plan = plan_levelling(ws, rescheduled(ws), today=TODAY)
    assert [m.task_id for m in plan.moves] == [2]


def test_levelling_is_one_undo_step():
    ws = base()
    for tid in range(1, 5):
        add(ws, tid, 1, 1)
    plan = plan_levelling(ws, rescheduled(ws), today=TODAY)
    assert len(plan.moves) == 3
    before = {tid: (t.constraint, t.constraint_date) for tid, t in ws.tasks.items()}
    command = plan.command()
    command.apply(ws)
    command.undo(ws)
    assert {tid: (t.constraint, t.constraint_date) for tid, t in ws.tasks.items()} == before


def test_manual_mode_lists_conflicts_and_proposes_one_move_at_a_time():
    ws = base()
    add(ws, 1, 2, 1, priority=Priority.HIGH)
    add(ws, 2, 2, 1, priority=Priority.LOW)
    add(ws, 3, 1, 2)
    schedule = rescheduled(ws)
    (conflict,) = find_conflicts(ws, schedule, TODAY)
    assert (conflict.person_id, conflict.first, conflict.last) == (1, TODAY, TODAY + timedelta(days=1))
    assert conflict.load == 16 and conflict.capacity == 8 and conflict.task_ids == (1, 2)
    move = propose_move(ws, conflict, schedule)
    assert move.task_id == 2 and move.new_start == datetime(2025, 1, 8, 8)
    LevelResources([move]).apply(ws)
    schedule = rescheduled(ws)
    assert find_conflicts(ws, schedule, TODAY) == []


@st.composite
def plans(draw):
    people = draw(st.integers(1, 3))
    ws = base(people)
    n = draw(st.integers(1, 9))
    for tid in range(1, n + 1):
        constraint = {}
        if draw(st.booleans()) and draw(st.booleans()):
            constraint = {
                "constraint": Constraint.SNET,
                "constraint_date": MON + timedelta(days=draw(st.integers(0, 9))),
            }
        add(ws, tid, draw(st.integers(1, 4)), draw(st.integers(1, people)), draw(st.sampled_from((0.5, 1.0))),
            Priority(draw(st.integers(0, 3))), **constraint)  # fmt: skip
    for succ in range(2, n + 1):
        for pred in draw(st.sets(st.integers(1, succ - 1), max_size=2)):
            kind = draw(st.sampled_from((LinkType.FS, LinkType.FS, LinkType.SS, LinkType.FF)))
            did = len(ws.dependencies) + 1
            ws.put("dependency", Dependency(did, pred, succ, kind, draw(st.sampled_from((0, 0, DAY)))))
    return ws


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_after_levelling_nobody_is_over_capacity_and_links_and_constraints_hold(ws):
    schedule = rescheduled(ws)
    constraints = {tid: t.constraint_date for tid, t in ws.tasks.items() if t.constraint is Constraint.SNET}
    plan = plan_levelling(ws, schedule, today=TODAY)
    assert plan.unresolved == []
    plan.command().apply(ws)
    after = rescheduled(ws)
    assert daily_over(ws) == []
    gap = ws.calendar.working_minutes
    for dep in ws.dependencies.values():
        pred, succ = ws.tasks[dep.predecessor_id], ws.tasks[dep.successor_id]
        if dep.type is LinkType.FS:
            assert gap(pred.finish, succ.start) >= dep.lag
        elif dep.type is LinkType.SS:
            assert gap(pred.start, succ.start) >= dep.lag
        else:
            assert gap(pred.finish, succ.finish) >= dep.lag
    for tid, at in constraints.items():
        assert after.start(tid) >= at
    for move in plan.moves:
        assert after.start(move.task_id) == move.new_start


def test_value_per_effort_ranks_the_backlog():
    ws = base()
    for tid, (value, effort) in enumerate([(8, 2), (13, 8), (5, 0), (0, 1)], start=1):
        add(ws, tid, 1, 1, value=value, effort=effort)
    ws.rebuild_indexes()
    assert value_per_effort(ws.tasks[3]) == 5
    assert [tid for tid, _score in value_ranking(ws)] == [3, 1, 2]


def test_focus_puts_work_in_progress_and_critical_work_first_and_respects_wip():
    ws = base()
    add(ws, 1, 1, 1, priority=Priority.LOW)
    add(ws, 2, 5, 1)
    add(ws, 3, 1, 1, priority=Priority.URGENT)
    add(ws, 4, 1, 1)
    ws.put("dependency", Dependency(1, 2, 4))
    schedule = rescheduled(ws)
    ws.tasks[1].status_id = 2
    items = focus_list(ws, 1, TODAY, schedule)
    assert [f.task_id for f in items] == [1, 2, 3, 4]
    assert "in progress" in items[0].reasons and "critical path" in items[1].reasons
    assert items[3].blocked and "waits for" in items[3].reasons[-1]
    limited = focus_list(ws, 1, TODAY, schedule, wip_limit=1)
    assert [f.blocked for f in limited] == [False, True, True, True]
