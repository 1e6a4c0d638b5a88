"""Properties of any schedule of a random plan (links of all types with lags, summaries, milestones): every link
is kept, slack is never negative without constraints, critical means zero slack, late never precedes early."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.calendars import Calendar
from planner.core.model import Constraint, Dependency, LinkType, Project, Task, Workspace
from planner.core.schedule import schedule

START = datetime(2025, 3, 3, 8)
CAL = Calendar()


@st.composite
def plans(draw, constraints: bool = False):
    size = draw(st.integers(1, 14))
    ws = Workspace()
    ws.put("project", Project(id=1, name="P", start=START))
    for i in range(1, size + 1):
        minutes = draw(st.sampled_from((0, 60, 240, 480, 720, 2400)))
        task = Task(id=i, title=f"T{i}", project_id=1, position=i, duration=minutes, milestone=minutes == 0)
        if constraints and draw(st.booleans()):
            task.constraint = draw(st.sampled_from(list(Constraint)))
            task.constraint_date = START.replace(day=draw(st.integers(3, 28)))
        ws.tasks[i] = task
    # a few summaries: a task may become the parent of later tasks (parents come first, so no cycles)
    for i in range(2, size + 1):
        if draw(st.integers(0, 3)) == 0:
            ws.tasks[i].parent_id = draw(st.integers(1, i - 1))
    ws.rebuild_indexes()
    leaves = [i for i in ws.tasks if not ws.is_summary(i)]
    for i in ws.tasks:
        if ws.is_summary(i):
            ws.tasks[i].duration = None
    # links only from an earlier leaf to a later one, so the plan has no loops
    for succ in leaves:
        for pred in leaves:
            if pred >= succ or draw(st.integers(0, 3)) != 0:
                continue
            kind = draw(st.sampled_from(list(LinkType)))
            lag = draw(st.sampled_from((0, 0, 60, 480, -240)))
            dep = Dependency(len(ws.dependencies) + 1, pred, succ, kind, lag)
            ws.put("dependency", dep)
    return ws


def pos(when: datetime) -> float:
    return CAL.timeline().position(when)


def kept(ws: Workspace, result, dep: Dependency) -> bool:
    pred, succ = dep.predecessor_id, dep.successor_id
    source = result.finish(pred) if dep.type in (LinkType.FS, LinkType.FF) else result.start(pred)
    target = result.finish(succ) if dep.type in (LinkType.FF, LinkType.SF) else result.start(succ)
    return pos(target) >= pos(source) + dep.lag


@settings(max_examples=150, deadline=None)
@given(plans())
def test_no_task_starts_before_its_links_allow(ws):
    result = schedule(ws)
    for dep in ws.dependencies.values():
        assert kept(ws, result, dep), dep
    for tid, task in ws.tasks.items():
        assert result.start(tid) >= START
        if task.parent_id is not None:  # a summary spans its children
            assert result.start(task.parent_id) <= result.start(tid)
            assert pos(result.finish(task.parent_id)) >= pos(result.finish(tid))


@settings(max_examples=150, deadline=None)
@given(plans())
def test_slack_is_never_negative_and_critical_means_none(ws):
    result = schedule(ws)
    finish = max(pos(result.finish(tid)) for tid in ws.tasks)
    assert any(pos(result.finish(tid)) == finish and result.is_critical(tid) for tid in ws.tasks)
    for tid in ws.tasks:
        entry = result[tid]
        assert entry.total_slack >= 0
        assert entry.critical == (entry.total_slack == 0)
        assert 0 <= entry.free_slack <= entry.total_slack
        assert pos(entry.late_start) >= pos(entry.early_start)
        assert pos(entry.late_finish) <= finish
        assert entry.total_slack == round(pos(entry.late_finish) - pos(entry.early_finish))


@settings(max_examples=150, deadline=None)
@given(plans())
def test_slipping_a_task_by_its_slack_keeps_the_finish(ws):
    """Total slack means what it says: delay a task by it (as a start-no-earlier-than) and the end stays put."""
    result = schedule(ws)
    finish = max(pos(result.finish(tid)) for tid in ws.tasks)
    leaves = [tid for tid in ws.tasks if not ws.is_summary(tid) and result.total_slack(tid) > 0]
    if not leaves:
        return
    tid = leaves[0]
    task = ws.tasks[tid]
    task.constraint = Constraint.SNET
    task.constraint_date = CAL.add_working(result.start(tid), result.total_slack(tid))
    later = schedule(ws)
    assert max(pos(later.finish(t)) for t in ws.tasks) == finish
    task.constraint_date = CAL.add_working(result.start(tid), result.total_slack(tid) + 60)
    assert max(pos(schedule(ws).finish(t)) for t in ws.tasks) > finish


@settings(max_examples=100, deadline=None)
@given(plans(constraints=True))
def test_links_hold_unless_a_constraint_conflict_is_reported(ws):
    result = schedule(ws)
    conflicts = set(result.conflict_ids())
    for dep in ws.dependencies.values():
        if not kept(ws, result, dep):
            # a broken link is always explained: an inflexible constraint downstream of it won
            assert conflicts, dep
    for tid in ws.tasks:
        if result.total_slack(tid) < 0:
            assert conflicts or ws.tasks[tid].deadline is not None
