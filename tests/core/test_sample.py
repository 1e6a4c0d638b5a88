"""The sample workspace: what it holds, and that it is a valid, current-looking workspace on any day."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time
from itertools import pairwise

import pytest
from dateutil.rrule import rrulestr

from planner.core.model import LinkType, StatusKind, Workspace
from planner.core.sample import AREAS, PROJECT_NAME, build_sample

DAYS = [date(2026, 11, 25), date(2024, 2, 29), date(2025, 1, 4), date(2024, 12, 30), date(2027, 6, 13)]


@pytest.fixture(params=DAYS, ids=str)
def today(request) -> date:
    return request.param


@pytest.fixture
def ws(today) -> Workspace:
    return build_sample(today)


def project_tasks(ws: Workspace) -> list[int]:
    [project] = [p for p in ws.projects.values() if p.name == PROJECT_NAME]
    return [t.id for t in ws.tasks.values() if t.project_id == project.id]


def test_statuses_are_the_four_board_columns_with_wip_limits(ws):
    columns = [(s.name, s.kind) for s in ws.ordered("status")]
    assert columns == [
        ("To do", StatusKind.TODO),
        ("In progress", StatusKind.DOING),
        ("Review", StatusKind.DOING),
        ("Done", StatusKind.DONE),
    ]
    limits = {s.name: s.wip_limit for s in ws.statuses.values()}
    assert limits["In progress"] > 0 and limits["Review"] > 0


def test_people_have_initials_and_capacities(ws):
    assert 5 <= len(ws.people) <= 7
    assert len({p.initials for p in ws.people.values()}) == len(ws.people)
    assert all(p.initials and 0 < p.capacity <= 8 for p in ws.people.values())
    assert len({p.capacity for p in ws.people.values()}) > 1  # not everyone full time


def test_the_marketing_areas_have_routines_and_a_backlog(ws):
    assert [a.name for a in ws.ordered("area")] == list(AREAS)
    assert len(ws.labels) >= 5
    for area in ws.areas.values():
        tasks = [ws.tasks[t] for t in ws.children(("area", area.id))]
        routines = [t for t in tasks if t.recurrence]
        backlog = [t for t in tasks if not t.recurrence]
        assert len(routines) >= 2, area.name
        assert len(backlog) >= 3, area.name
        assert len({t.priority for t in backlog}) > 1
        assert all(t.value > 0 and t.effort > 0 for t in backlog)


def test_every_routine_starts_on_an_occurrence_of_its_rrule(ws, today):
    routines = [t for t in ws.tasks.values() if t.recurrence]
    assert {"FREQ=WEEKLY;BYDAY=MO,WE,FR", "FREQ=MONTHLY;BYDAY=1MO"} <= {t.recurrence for t in routines}
    for task in routines:
        assert task.start.date() >= today, task.title
        assert rrulestr(task.recurrence, dtstart=task.start)[0] == task.start, task.title
        assert task.assignments and task.duration


def test_the_ongoing_work_has_done_in_progress_and_overdue_items(ws, today):
    done, doing = ws.done_status_ids(), {s.id for s in ws.statuses.values() if s.kind is StatusKind.DOING}
    area_tasks = [t for t in ws.tasks.values() if t.area_id is not None]
    assert sum(t.status_id in done for t in area_tasks) >= 3
    assert sum(t.status_id in doing for t in area_tasks) >= 3
    end_of_today = datetime.combine(today, time())
    overdue = [t for t in area_tasks if t.status_id not in done and t.deadline and t.deadline < end_of_today]
    assert len(overdue) >= 2
    assert any(t.checklist and any(i.done for i in t.checklist) for t in area_tasks)


def test_the_project_has_its_charter(ws, today):
    [project] = ws.projects.values()
    assert project.name == PROJECT_NAME
    assert project.scope and project.objectives and project.sponsor and project.manager
    assert project.budget > 0
    assert project.start.date() < today < project.target_finish.date()


def test_the_project_plan_has_phases_milestones_and_links(ws):
    [project] = ws.projects.values()
    tasks = project_tasks(ws)
    assert 35 <= len(tasks) <= 45
    phases = [ws.tasks[t].title for t in ws.children(("project", project.id))]
    assert phases == ["Discovery", "Design", "Build", "Test", "Launch"]
    assert all(ws.is_summary(t) for t in ws.children(("project", project.id)))
    milestones = [ws.tasks[t] for t in tasks if ws.tasks[t].milestone]
    assert 3 <= len(milestones) <= 4
    assert all(m.duration == 0 and m.start == m.finish for m in milestones)
    links = list(ws.dependencies.values())
    assert len(links) >= 30
    assert sum(d.type is LinkType.SS and d.lag > 0 for d in links) >= 3
    people = {pid for t in tasks for pid in ws.tasks[t].assignments}
    assert len(people) >= 5
    leaves = [ws.tasks[t] for t in tasks if not ws.is_summary(t) and not ws.tasks[t].milestone]
    assert all(t.duration and t.assignments for t in leaves)
    assert any(0 < t.percent_complete < 100 for t in leaves)
    assert any(t.percent_complete == 100 for t in leaves)


def test_every_task_has_a_status_and_a_consistent_history(ws):
    done = ws.done_status_ids()
    history = defaultdict(list)
    for change in sorted(ws.status_changes.values(), key=lambda c: (c.at, c.id)):
        history[change.task_id].append(change)
    for task in ws.tasks.values():
        assert task.status_id in ws.statuses, task.title
        assert (task.completed is not None) == (task.status_id in done), task.title
        changes = history[task.id]
        if changes:
            assert changes[-1].to_status_id == task.status_id
            assert all(a.to_status_id == b.from_status_id for a, b in pairwise(changes))
        if task.status_id in done:
            assert task.started <= task.completed and task.percent_complete == 100
            assert changes, f"{task.title} is done without any history"


def test_the_tree_is_valid(ws):
    listed = []
    for key in (
        [("area", a) for a in ws.areas] + [("project", p) for p in ws.projects] + [("task", t) for t in ws.tasks]
    ):
        for position, tid in enumerate(ws.children(key)):
            task = ws.tasks[tid]
            assert task.parent_key() == key and task.position == position
            listed.append(tid)
    assert sorted(listed) == sorted(ws.tasks)
    for task in ws.tasks.values():
        if task.parent_id is not None:
            parent = ws.tasks[task.parent_id]
            assert (task.project_id, task.area_id) == (parent.project_id, parent.area_id)
        assert (task.project_id is None) != (task.area_id is None)


def test_the_links_have_no_loops_and_never_join_a_summary_to_its_subtask(ws):
    successors = defaultdict(list)
    for dep in ws.dependencies.values():
        successors[dep.predecessor_id].append(dep.successor_id)
        assert dep.predecessor_id not in ws.ancestors(dep.successor_id)
        assert dep.successor_id not in ws.ancestors(dep.predecessor_id)
    state: dict[int, str] = {}

    def visit(tid: int) -> None:
        state[tid] = "open"
        for nxt in successors[tid]:
            assert state.get(nxt) != "open", "a loop of links"
            if nxt not in state:
                visit(nxt)
        state[tid] = "closed"

    for tid in ws.tasks:
        if tid not in state:
            visit(tid)


def test_the_dates_honour_the_links(ws):
    cal = ws.calendar
    for dep in ws.dependencies.values():
        pred, succ = ws.tasks[dep.predecessor_id], ws.tasks[dep.successor_id]
        anchor = pred.finish if dep.type is LinkType.FS else pred.start
        earliest = cal.add_working(anchor, dep.lag) if dep.lag else anchor  # adding 0 would snap to the next day
        assert succ.start >= earliest, f"{pred.title} → {succ.title}"


def test_summaries_span_their_subtasks(ws):
    for tid in ws.tasks:
        if ws.is_summary(tid):
            children = [ws.tasks[c] for c in ws.children(("task", tid))]
            assert ws.tasks[tid].start == min(c.start for c in children)
            assert ws.tasks[tid].finish == max(c.finish for c in children)


def test_the_same_day_builds_the_same_sample(today):
    first, second = build_sample(today), build_sample(today)
    kinds = ("task", "dependency", "status_change", "person", "project", "risk", "stakeholder", "interaction",
             "time_entry", "expense", "baseline", "deliverable", "success_criterion")  # fmt: skip
    for kind in kinds:
        assert first.table(kind) == second.table(kind)


def test_the_project_has_its_registers(ws, today):
    from planner.core.baselines import chosen_baseline, compare
    from planner.core.earned_value import earned_value
    from planner.core.risks import overdue_reviews

    [project] = ws.projects.values()
    assert project.in_scope and project.out_of_scope
    assert len(ws.risks) == 8 and len(ws.stakeholders) == 6
    assert len(ws.deliverables) >= 4 and len(ws.success_criteria) >= 3
    assert overdue_reviews(ws.risks.values(), today)
    assert all(p.rate > 0 for p in ws.people.values())
    assert ws.time_entries and ws.expenses and any(t.fixed_cost for t in ws.tasks.values())
    result = compare(ws, chosen_baseline(ws, project.id))
    assert {s.title for s in result.slipped} >= {"Backend API"} and len(result.added) == 1
    ev = earned_value(ws, project.id, project.status_date)
    assert ev.pv > 0 and 0 < ev.ev < ev.bac and ev.ac > 0 and ev.forecast_finish is not None


def test_the_sample_has_three_working_rules_in_plain_words():
    from planner.core.rules import describe, problems

    ws = build_sample(date(2026, 11, 25))
    assert len(ws.rules) == 3 and not any(problems(ws, rule) for rule in ws.rules.values())
    words = [describe(ws, rule) for rule in ws.rules.values()]
    assert "When a task in Content moves to Done, create “Share on social media” due 1 working day later, " \
           "assigned to Sofia Rossi" in words  # fmt: skip
