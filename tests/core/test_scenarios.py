"""Scenarios in the core: a copy of a project with new ids, one plan in front at a time, and adopting a scenario
into the live plan as one undoable step that leaves nothing to compare."""

from __future__ import annotations

import contextlib
import copy
import itertools
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.command import Batch
from planner.core.commands import (
    AddObject,
    AddPeople,
    AssignPerson,
    CreateTask,
    DeleteTasks,
    EditTask,
    IndentTasks,
    LinkTasks,
    UnlinkTasks,
    new_workspace,
)
from planner.core.compare import compare
from planner.core.errors import ValidationError
from planner.core.model import KINDS, Workspace
from planner.core.scenarios import (
    AdoptScenario,
    MakeScenario,
    as_live,
    as_scenario,
    project_order,
    put_in_front,
    scenarios,
)

START = datetime(2026, 11, 2, 8)
TITLES = ["Design", "Build", "Test", "Ship", "Train"]


def plan() -> tuple[Workspace, int, int, list[int]]:
    """A workspace with two projects (Launch with five linked, staffed tasks; Other with one), and Maya."""
    ws = Workspace()
    new_workspace().apply(ws)
    launch, other = AddObject("project", name="Launch"), AddObject("project", name="Other")
    people = AddPeople([{"name": "Maya"}])
    Batch([launch, other, people]).apply(ws)
    launch_id, other_id = launch.id, other.id
    tasks = []
    for i, title in enumerate(TITLES):
        create = CreateTask(("project", launch_id), title, start=START, duration=480 * (i + 1))
        create.apply(ws)
        tasks.append(create.id)
    for a, b in itertools.pairwise(tasks):
        LinkTasks(a, b).apply(ws)
    AssignPerson(tasks[0], people.ids[0], 1.0).apply(ws)
    CreateTask(("project", other_id), "Elsewhere", start=START, duration=480).apply(ws)
    return ws, launch_id, other_id, tasks


def contents(ws: Workspace) -> dict:
    return {kind: copy.deepcopy(ws.table(kind)) for kind in KINDS}


def test_a_scenario_copies_the_project_with_new_ids_and_names_its_origins():
    ws, launch, _, tasks = plan()
    make = MakeScenario(launch, "  Maya off two weeks ")
    make.apply(ws)
    scenario = ws.projects[make.scenario_id]
    assert (scenario.name, scenario.scenario_of, scenario.scenario_name) == ("Launch", launch, "Maya off two weeks")
    copies = [t for t in ws.tasks.values() if t.project_id == scenario.id]
    assert sorted(t.origin_id for t in copies) == tasks
    assert not set(t.id for t in copies) & set(tasks)
    assert [ws.tasks[t].title for t in ws.children(("project", scenario.id))] == TITLES
    inside = {t.id for t in copies}
    assert sum(d.predecessor_id in inside for d in ws.dependencies.values()) == 4
    assert any(t.assignments for t in copies)
    assert scenarios(ws) == [scenario]


@pytest.mark.parametrize("name", ["", "   "])
def test_a_scenario_needs_a_name(name):
    ws, launch, _, _ = plan()
    before = contents(ws)
    with pytest.raises(ValidationError, match="needs a name"):
        MakeScenario(launch, name).apply(ws)
    assert contents(ws) == before


def test_no_scenario_of_a_scenario():
    ws, launch, _, _ = plan()
    make = MakeScenario(launch, "A")
    make.apply(ws)
    with pytest.raises(ValidationError, match="is a scenario"):
        MakeScenario(make.scenario_id, "B").apply(ws)


def test_the_live_plan_in_front_sees_no_scenario_and_a_scenario_in_front_replaces_its_project():
    ws, launch, other, tasks = plan()
    make = MakeScenario(launch, "A")
    make.apply(ws)
    live = put_in_front(copy.deepcopy(ws), None)
    assert set(live.projects) == {launch, other}
    assert {t.project_id for t in live.tasks.values()} == {launch, other}
    front = put_in_front(copy.deepcopy(ws), make.scenario_id)
    assert set(front.projects) == {make.scenario_id, other}
    assert not set(tasks) & set(front.tasks)
    # What is left out keeps its ids: a new task never takes one of a hidden row.
    assert front.new_id("task") > max(ws.tasks) and live.new_id("task") > max(ws.tasks)
    with pytest.raises(ValidationError, match="no scenario"):
        put_in_front(copy.deepcopy(ws), launch)


def fronts(ws: Workspace, scenario_id: int) -> tuple[Workspace, Workspace]:
    return put_in_front(copy.deepcopy(ws), None), put_in_front(copy.deepcopy(ws), scenario_id)


def test_adopting_applies_fields_tasks_links_and_assignments_as_one_undoable_step():
    ws, launch, _, tasks = plan()
    make = MakeScenario(launch, "Maya off")
    make.apply(ws)
    live, front = fronts(ws, make.scenario_id)
    copies = {t.origin_id: t.id for t in front.tasks.values() if t.origin_id}
    EditTask(copies[tasks[1]], duration=4800, title="Build it all").apply(front)
    DeleteTasks([copies[tasks[4]]]).apply(front)
    added = CreateTask(("project", make.scenario_id), "Pilot", start=START, duration=960)
    added.apply(front)
    LinkTasks(copies[tasks[0]], added.id).apply(front)
    AssignPerson(copies[tasks[2]], next(iter(front.people)), 0.5).apply(front)
    UnlinkTasks([d for d in front.links_out(copies[tasks[2]])]).apply(front)
    before = contents(live)
    adopt = AdoptScenario(live, as_live(front, make.scenario_id), launch, "Maya off")
    changes = adopt.apply(live)
    assert changes and not compare(live, as_live(front, make.scenario_id)).tasks
    assert live.tasks[tasks[1]].title == "Build it all" and tasks[4] not in live.tasks
    assert any(t.title == "Pilot" and t.project_id == launch for t in live.tasks.values())
    assert adopt.text == "Adopt scenario “Maya off”"
    adopt.undo(live)
    assert contents(live) == before


# One random edit of the scenario in front: (what, which task, a number).
edits = st.lists(
    st.tuples(st.sampled_from(["title", "duration", "delete", "add", "link", "unlink", "assign", "indent"]),
              st.integers(0, 20), st.integers(1, 5)),
    max_size=12,
)  # fmt: skip


def _edit(front: Workspace, scenario_id: int, what: str, pick: int, n: int) -> None:
    ids = [t.id for t in front.tasks.values() if t.project_id == scenario_id]
    if not ids and what != "add":
        return
    tid = ids[pick % len(ids)] if ids else None
    commands = {
        "title": lambda: EditTask(tid, title=f"{TITLES[n % 5]} {n}"),
        "duration": lambda: EditTask(tid, duration=480 * n),
        "delete": lambda: DeleteTasks([tid]),
        "add": lambda: CreateTask(("project", scenario_id), f"New {n}", start=START, duration=240 * n),
        "link": lambda: LinkTasks(tid, ids[(pick + n) % len(ids)]),
        "unlink": lambda: UnlinkTasks(list(front.links_out(tid))),
        "assign": lambda: AssignPerson(tid, next(iter(front.people)), n / 5),
        "indent": lambda: IndentTasks([tid]),
    }
    with contextlib.suppress(ValidationError):  # a refused edit (a loop, a link to itself) changes nothing
        commands[what]().apply(front)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits)
def test_after_adopting_a_scenario_the_live_plan_and_the_scenario_compare_equal(steps):
    ws, launch, other, _ = plan()
    make = MakeScenario(launch, "What if")
    make.apply(ws)
    live, front = fronts(ws, make.scenario_id)
    for what, pick, n in steps:
        _edit(front, make.scenario_id, what, pick, n)
    before = contents(live)
    plan_now = as_live(front, make.scenario_id)
    adopt = AdoptScenario(live, plan_now, launch, "What if")
    adopt.apply(live)
    # Tasks added in the scenario were given new ids in the live plan: matched by them, nothing differs.
    assert not compare(live, _renamed(plan_now, adopt.added)).tasks
    # Task by task, the live project is the scenario (new tasks differ only in their ids).
    mine = [(t.title, t.duration, t.start, t.finish, dict(t.assignments)) for t in _in_order(live, launch)]
    theirs = [(t.title, t.duration, t.start, t.finish, dict(t.assignments)) for t in _in_order(plan_now, launch)]
    assert mine == theirs
    assert len([d for d in live.dependencies.values()]) == len(plan_now.dependencies)
    assert live.tasks.keys() >= {t.id for t in live.tasks.values() if t.project_id == other}
    adopt.undo(live)
    assert contents(live) == before


def _renamed(ws: Workspace, ids: dict[int, int]) -> Workspace:
    out = copy.deepcopy(ws)
    for task in [out.tasks.pop(t) for t in ids]:
        task.id = ids[task.id]
        task.parent_id = ids.get(task.parent_id, task.parent_id)
        out.tasks[task.id] = task
    for dep in out.dependencies.values():
        dep.predecessor_id = ids.get(dep.predecessor_id, dep.predecessor_id)
        dep.successor_id = ids.get(dep.successor_id, dep.successor_id)
    out.rebuild_indexes()
    return out


def _in_order(ws: Workspace, project_id: int) -> list:
    return [ws.tasks[t] for t in project_order(ws, project_id)]


def test_the_live_plan_as_the_scenario_compares_by_the_ids_the_scenario_shows():
    ws, launch, _, tasks = plan()
    make = MakeScenario(launch, "What if")
    make.apply(ws)
    live, front = fronts(ws, make.scenario_id)
    copies = {t.origin_id: t.id for t in front.tasks.values() if t.origin_id}
    DeleteTasks([copies[tasks[4]]]).apply(front)
    EditTask(copies[tasks[0]], title="Design again").apply(front)
    added = CreateTask(("project", make.scenario_id), "Pilot", start=START, duration=960)
    added.apply(front)
    did = {(c.task_id, c.did) for c in compare(as_scenario(live, front, make.scenario_id), front).tasks}
    assert did == {(copies[tasks[0]], "changed"), (tasks[4], "removed"), (added.id, "added")}
