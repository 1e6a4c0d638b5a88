"""Baselines: what a snapshot keeps, and the comparison of the plan now against it."""

from datetime import datetime

import pytest

from planner.core.baselines import SaveBaseline, baseline_bar, chosen_baseline, compare, project_baselines
from planner.core.commands import AddObject, CreateTask, DeleteTasks, EditObject, EditTask
from planner.core.errors import ValidationError
from planner.core.model import Workspace
from planner.core.registers import DeleteRecords


def clock(day):
    return lambda: datetime(2026, 3, day, 9)


@pytest.fixture
def ws():
    ws = Workspace()
    person = AddObject("person", name="Ana", rate=100.0)
    project = AddObject("project", name="P")
    person.apply(ws)
    project.apply(ws)
    phase = CreateTask(("project", project.id), "Phase")
    phase.apply(ws)
    start = ws.calendar.next_working(datetime(2026, 3, 2))
    ids = [phase.id]
    for title, days in (("Design", 2), ("Build", 3)):
        task = CreateTask(("task", phase.id), title, start=start, duration=days * 480, assignments={person.id: 1.0})
        task.apply(ws)
        ids.append(task.id)
    ws.ids = dict(zip(("phase", "design", "build"), ids, strict=True), project=project.id)
    return ws


def test_a_baseline_keeps_dates_durations_work_and_cost_of_every_task(ws):
    save = SaveBaseline(ws.ids["project"], "Kick-off", clock(1))
    save.apply(ws)
    baseline = ws.baselines[save.id]
    build = baseline.tasks[ws.ids["build"]]
    assert (build.duration, build.work, build.cost) == (3 * 480, 3 * 480, 2400)
    assert build.finish == ws.tasks[ws.ids["build"]].finish
    assert baseline.tasks[ws.ids["phase"]].cost == 4000 and baseline.tasks[ws.ids["phase"]].summary
    assert baseline.cost == 4000
    assert ws.projects[ws.ids["project"]].baseline_id == save.id  # the new one is chosen


def test_comparison_names_slipped_tasks_with_their_variance_and_cost(ws):
    SaveBaseline(ws.ids["project"], "Kick-off", clock(1)).apply(ws)
    EditTask(ws.ids["build"], duration=5 * 480).apply(ws)
    result = compare(ws, chosen_baseline(ws, ws.ids["project"]))
    [slip] = result.slipped
    assert slip.task_id == ws.ids["build"]
    assert slip.finish_variance == 2 and slip.duration_variance == 2 and slip.start_variance == 0
    assert slip.cost_variance == 1600
    assert result.cost_variance == 1600
    assert result.finish_variance == 2


def test_comparison_lists_tasks_added_and_removed_since_the_baseline(ws):
    SaveBaseline(ws.ids["project"], "Kick-off", clock(1)).apply(ws)
    DeleteTasks([ws.ids["design"]]).apply(ws)
    added = CreateTask(("task", ws.ids["phase"]), "Test", duration=480)
    added.apply(ws)
    result = compare(ws, chosen_baseline(ws, ws.ids["project"]))
    assert result.added == [added.id]
    assert result.removed == [(ws.ids["design"], "Design")]
    assert result.cost_variance == -1600  # design's cost is gone; the new task has nobody assigned


def test_several_named_baselines_and_the_chosen_one(ws):
    first = SaveBaseline(ws.ids["project"], "Kick-off", clock(1))
    first.apply(ws)
    EditTask(ws.ids["build"], duration=4 * 480).apply(ws)
    second = SaveBaseline(ws.ids["project"], "Re-plan", clock(5))
    second.apply(ws)
    assert [b.name for b in project_baselines(ws, ws.ids["project"])] == ["Kick-off", "Re-plan"]
    assert chosen_baseline(ws, ws.ids["project"]).id == second.id
    EditObject("project", ws.ids["project"], baseline_id=first.id).apply(ws)
    assert chosen_baseline(ws, ws.ids["project"]).id == first.id
    _start, finish = baseline_bar(ws, ws.ids["build"])
    assert finish < ws.tasks[ws.ids["build"]].finish  # what a Gantt draws under the bar
    DeleteRecords("baseline", [first.id]).apply(ws)
    assert ws.projects[ws.ids["project"]].baseline_id is None
    assert chosen_baseline(ws, ws.ids["project"]).id == second.id  # the latest, when none is chosen


def test_a_baseline_needs_a_unique_name(ws):
    SaveBaseline(ws.ids["project"], "Kick-off", clock(1)).apply(ws)
    with pytest.raises(ValidationError, match="already has a baseline named"):
        SaveBaseline(ws.ids["project"], "Kick-off", clock(2)).apply(ws)
    with pytest.raises(ValidationError, match="needs a name"):
        SaveBaseline(ws.ids["project"], "  ", clock(2)).apply(ws)


def test_undo_takes_a_baseline_back_and_the_choice_with_it(ws):
    save = SaveBaseline(ws.ids["project"], "Kick-off", clock(1))
    save.apply(ws)
    save.undo(ws)
    assert not ws.baselines and ws.projects[ws.ids["project"]].baseline_id is None
    save.apply(ws)  # redo: the same id
    assert ws.projects[ws.ids["project"]].baseline_id == save.id in ws.baselines
