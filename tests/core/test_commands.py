"""Tests of every command in `planner.core.commands`: what it changes, what it refuses, and the `Changes` it returns."""

from __future__ import annotations

import copy
from datetime import datetime

import pytest

from planner.core.changes import Changes
from planner.core.command import Batch
from planner.core.commands import (
    AddObject,
    AssignPerson,
    CreateTask,
    DeleteObject,
    DeleteTasks,
    EditLink,
    EditObject,
    EditTask,
    IndentTasks,
    LabelTask,
    LinkTasks,
    MoveTask,
    OutdentTasks,
    UnlinkTasks,
)
from planner.core.errors import ValidationError
from planner.core.model import KINDS, ChecklistItem, LinkType, Priority, StatusKind, Workspace, tree_order

MONDAY = datetime(2024, 3, 4, 8, 0)  # a Monday, the first working minute of the standard calendar
NOON = datetime(2024, 3, 4, 12, 0)
AT = datetime(2024, 3, 5, 10, 30)


def clock() -> datetime:
    return AT


def snapshot(ws: Workspace) -> dict:
    """Every object and every index of the workspace, for before/after comparisons."""
    tables = {kind: copy.deepcopy(ws.table(kind)) for kind in KINDS}
    children = {key: list(ids) for key, ids in ws._children.items() if ids}
    index = ws._link_index or ws._index_links()
    links_out, links_in = ({tid: set(ids) for tid, ids in links.items() if ids} for links in index)
    return {"tables": tables, "children": children, "out": links_out, "in": links_in}


def workspace() -> Workspace:
    """Statuses To do (1) / In progress (2) / Done (3), project 1, area 1, people 1–2, labels 1–2."""
    ws = Workspace()
    AddObject("status", name="To do", kind=StatusKind.TODO).apply(ws)
    AddObject("status", name="In progress", kind=StatusKind.DOING, wip_limit=3).apply(ws)
    AddObject("status", name="Done", kind=StatusKind.DONE).apply(ws)
    AddObject("project", name="Website").apply(ws)
    AddObject("area", name="Social media").apply(ws)
    AddObject("person", name="Ada Lovelace", initials="AL").apply(ws)
    AddObject("person", name="Grace Hopper").apply(ws)
    AddObject("label", name="Urgent").apply(ws)
    AddObject("label", name="Blocked").apply(ws)
    return ws


def add(ws: Workspace, title: str, parent=("project", 1), **fields) -> int:
    command = CreateTask(parent, title, clock=clock, **fields)
    command.apply(ws)
    return command.id


def refused(ws: Workspace, command, match: str) -> ValidationError:
    """Apply `command`, expect it refused with `match` in the message, and the workspace untouched."""
    before = snapshot(ws)
    with pytest.raises(ValidationError, match=match) as info:
        command.apply(ws)
    assert snapshot(ws) == before
    return info.value


def exactly(changes: Changes, created=None, updated=None, deleted=None, parents=(), containers=False) -> None:
    assert {k: v for k, v in changes.created.items() if v} == (created or {})
    assert {k: v for k, v in changes.updated.items() if v} == (updated or {})
    assert {k: v for k, v in changes.deleted.items() if v} == (deleted or {})
    assert changes.parents == set(parents)
    assert changes.containers == containers


@pytest.fixture
def ws() -> Workspace:
    return workspace()


# -- CreateTask ----------------------------------------------------------------------------------
def test_new_task_goes_last_under_its_parent_with_the_first_status_and_a_created_time(ws):
    first = add(ws, "First")
    command = CreateTask(("project", 1), "  Second  ", clock=clock)
    changes = command.apply(ws)
    task = ws.tasks[command.id]
    assert task.title == "Second"
    assert task.status_id == 1
    assert task.created == AT
    assert ws.children(("project", 1)) == [first, command.id]
    assert task.position == 1
    exactly(changes, created={"task": {command.id}}, parents={("project", 1)})


def test_new_task_at_an_index_renumbers_only_the_siblings_below(ws):
    a, b, c = add(ws, "A"), add(ws, "B"), add(ws, "C")
    command = CreateTask(("project", 1), "New", index=1, clock=clock)
    changes = command.apply(ws)
    assert ws.children(("project", 1)) == [a, command.id, b, c]
    assert [ws.tasks[t].position for t in ws.children(("project", 1))] == [0, 1, 2, 3]
    exactly(changes, created={"task": {command.id}}, updated={"task": {b, c}}, parents={("project", 1)})


def test_new_subtask_belongs_to_its_parents_project(ws):
    parent = add(ws, "Phase")
    child = add(ws, "Step", parent=("task", parent))
    assert ws.tasks[child].parent_id == parent
    assert ws.tasks[child].project_id == 1
    assert ws.tasks[child].area_id is None
    assert ws.is_summary(parent)


def test_new_task_takes_its_fields(ws):
    tid = add(ws, "Post", ("area", 1), priority=Priority.HIGH, value=5, effort=2, recurrence="FREQ=WEEKLY;BYDAY=MO",
              assignments={1: 0.5}, labels={2}, checklist=[("Draft", True), ChecklistItem("Publish")])  # fmt: skip
    task = ws.tasks[tid]
    assert (task.priority, task.value, task.effort) == (Priority.HIGH, 5, 2)
    assert task.recurrence == "FREQ=WEEKLY;BYDAY=MO"
    assert task.assignments == {1: 0.5}
    assert task.labels == {2}
    assert task.checklist == [ChecklistItem("Draft", True), ChecklistItem("Publish", False)]
    assert task.area_id == 1 and task.project_id is None


def test_task_with_an_empty_title_is_refused(ws):
    add(ws, "Existing")
    refused(ws, CreateTask(("project", 1), "   ", clock=clock), "A task needs a title")


def test_task_under_a_missing_parent_is_refused(ws):
    refused(ws, CreateTask(("project", 9), "Lost", clock=clock), "There is no project 9")


def test_new_task_straight_into_done_records_the_change_and_its_completion(ws):
    command = CreateTask(("project", 1), "Already done", status_id=3, clock=clock)
    changes = command.apply(ws)
    task = ws.tasks[command.id]
    assert task.completed == AT and task.started == AT and task.percent_complete == 100
    [change] = ws.status_changes.values()
    assert (change.task_id, change.from_status_id, change.to_status_id, change.at) == (command.id, 1, 3, AT)
    exactly(changes, created={"task": {command.id}, "status_change": {change.id}}, parents={("project", 1)})


def test_undoing_a_new_task_reports_it_deleted(ws):
    before = snapshot(ws)
    command = CreateTask(("project", 1), "Short-lived", clock=clock)
    command.apply(ws)
    changes = command.undo(ws)
    assert snapshot(ws) == before
    exactly(changes, deleted={"task": {command.id}}, parents={("project", 1)})


def test_redoing_a_new_task_gives_it_the_same_id_and_created_time(ws):
    command = CreateTask(("project", 1), "Again", clock=clock)
    command.apply(ws)
    after = snapshot(ws)
    command.undo(ws)
    changes = command.apply(ws)
    assert snapshot(ws) == after
    exactly(changes, created={"task": {command.id}}, parents={("project", 1)})


# -- EditTask: plain fields --------------------------------------------------------------------------
def test_editing_a_title_names_only_that_task(ws):
    a, b = add(ws, "A"), add(ws, "B")
    changes = EditTask(b, title="Better", clock=clock).apply(ws)
    assert ws.tasks[b].title == "Better"
    exactly(changes, updated={"task": {b}})
    assert ws.tasks[a].title == "A"


def test_editing_nothing_that_differs_reports_no_change(ws):
    tid = add(ws, "Same")
    changes = EditTask(tid, title="Same", clock=clock).apply(ws)
    assert not changes
    exactly(changes)


def test_editing_to_an_empty_title_is_refused(ws):
    tid = add(ws, "Named")
    refused(ws, EditTask(tid, title=" ", clock=clock), "A task needs a title")


def test_editing_a_missing_task_is_refused(ws):
    refused(ws, EditTask(42, title="x", clock=clock), "There is no task 42")


def test_editing_an_unknown_field_is_a_programming_error():
    with pytest.raises(ValueError, match="a task has no field colour"):
        EditTask(1, colour="red")


@pytest.mark.parametrize("percent", [-1, 101, 250])
def test_percent_complete_out_of_range_is_refused(ws, percent):
    tid = add(ws, "Half")
    refused(ws, EditTask(tid, percent_complete=percent), f"percent complete must be between 0 and 100, not {percent}")


@pytest.mark.parametrize("field", ["value", "effort"])
def test_negative_value_or_effort_is_refused(ws, field):
    tid = add(ws, "Item")
    refused(ws, EditTask(tid, **{field: -1}), f"Task “Item”: {field} cannot be negative")


def test_refused_edit_leaves_earlier_fields_of_the_same_edit_unapplied(ws):
    tid = add(ws, "Item")
    refused(ws, EditTask(tid, notes="changed", priority=Priority.URGENT, percent_complete=500), "percent complete")
    assert ws.tasks[tid].notes == "" and ws.tasks[tid].priority is Priority.NORMAL


def test_assignments_to_a_missing_person_are_refused(ws):
    tid = add(ws, "Item")
    refused(ws, EditTask(tid, assignments={7: 1.0}), "there is no person 7 to assign")


def test_checklist_drops_blank_items_and_trims_text(ws):
    tid = add(ws, "Item")
    EditTask(tid, checklist=[("  Draft ", False), ("   ", True), ChecklistItem("Send", True)]).apply(ws)
    assert ws.tasks[tid].checklist == [ChecklistItem("Draft"), ChecklistItem("Send", True)]


# -- EditTask: dates on the calendar ------------------------------------------------------------------
def test_start_and_duration_give_the_finish_on_working_time(ws):
    tid = add(ws, "Build")
    changes = EditTask(tid, start=MONDAY, duration=3 * 480).apply(ws)
    task = ws.tasks[tid]
    assert task.finish == datetime(2024, 3, 6, 17, 0)
    exactly(changes, updated={"task": {tid}})


def test_half_a_day_ends_at_the_lunch_break_not_after_it(ws):
    tid = add(ws, "Morning", start=MONDAY, duration=240)
    assert ws.tasks[tid].finish == NOON


def test_a_start_on_a_weekend_moves_to_the_next_working_morning(ws):
    tid = add(ws, "Build", start=datetime(2024, 3, 9, 10, 0), duration=60)
    assert ws.tasks[tid].start == datetime(2024, 3, 11, 8, 0)
    assert ws.tasks[tid].finish == datetime(2024, 3, 11, 9, 0)


def test_moving_the_start_keeps_the_duration_and_carries_the_finish_over_the_weekend(ws):
    tid = add(ws, "Build", start=MONDAY, duration=480)
    EditTask(tid, start=datetime(2024, 3, 8, 13, 0)).apply(ws)
    task = ws.tasks[tid]
    assert task.duration == 480
    assert task.finish == datetime(2024, 3, 11, 12, 0)


def test_setting_the_finish_changes_the_duration(ws):
    tid = add(ws, "Build", start=MONDAY, duration=480)
    EditTask(tid, finish=datetime(2024, 3, 5, 12, 0)).apply(ws)
    task = ws.tasks[tid]
    assert task.start == MONDAY
    assert task.duration == 480 + 240


def test_a_finish_in_the_evening_moves_back_to_the_end_of_that_working_day(ws):
    tid = add(ws, "Build", start=MONDAY)
    EditTask(tid, finish=datetime(2024, 3, 5, 21, 0)).apply(ws)
    assert ws.tasks[tid].finish == datetime(2024, 3, 5, 17, 0)
    assert ws.tasks[tid].duration == 960


def test_a_finish_and_a_duration_without_a_start_give_the_start_backwards(ws):
    tid = add(ws, "Report", duration=480)
    EditTask(tid, finish=datetime(2024, 3, 11, 12, 0)).apply(ws)
    # Back 240 minutes to Monday 08:00, then the other 240 from Friday's 17:00 close.
    assert ws.tasks[tid].start == datetime(2024, 3, 8, 13, 0)


def test_a_finish_before_the_start_is_refused(ws):
    tid = add(ws, "Build", start=MONDAY, duration=480)
    refused(ws, EditTask(tid, finish=datetime(2024, 3, 1, 12, 0)),
            r"Task “Build”: the finish \(2024-03-01\) is before the start \(2024-03-04\)")  # fmt: skip


def test_a_negative_duration_is_refused(ws):
    tid = add(ws, "Build", start=MONDAY, duration=480)
    refused(ws, EditTask(tid, duration=-60), "Task “Build”: a duration cannot be negative")


def test_a_zero_duration_finishes_where_it_starts(ws):
    tid = add(ws, "Check", start=MONDAY, duration=0)
    assert ws.tasks[tid].finish == MONDAY


def test_a_milestone_has_no_duration_and_finishes_where_it_starts(ws):
    tid = add(ws, "Launch", start=MONDAY, duration=480)
    EditTask(tid, milestone=True).apply(ws)
    task = ws.tasks[tid]
    assert (task.duration, task.start, task.finish) == (0, MONDAY, MONDAY)
    EditTask(tid, finish=NOON).apply(ws)
    assert (ws.tasks[tid].start, ws.tasks[tid].finish) == (NOON, NOON)


def test_making_a_task_with_only_a_finish_a_milestone_keeps_its_date(ws):
    tid = add(ws, "Sign-off", finish=NOON)
    EditTask(tid, milestone=True).apply(ws)
    assert (ws.tasks[tid].start, ws.tasks[tid].finish) == (NOON, NOON)


# -- EditTask: status changes -------------------------------------------------------------------------
def test_starting_a_task_records_the_change_and_the_started_time(ws):
    tid = add(ws, "Write")
    changes = EditTask(tid, status_id=2, clock=clock).apply(ws)
    task = ws.tasks[tid]
    [change] = ws.status_changes.values()
    assert (change.task_id, change.from_status_id, change.to_status_id, change.at) == (tid, 1, 2, AT)
    assert task.started == AT and task.completed is None
    exactly(changes, updated={"task": {tid}}, created={"status_change": {change.id}})


def test_finishing_a_task_completes_it_and_keeps_its_first_start(ws):
    tid = add(ws, "Write")
    EditTask(tid, status_id=2, clock=lambda: datetime(2024, 3, 4, 9, 0)).apply(ws)
    EditTask(tid, status_id=3, clock=clock).apply(ws)
    task = ws.tasks[tid]
    assert task.started == datetime(2024, 3, 4, 9, 0)
    assert task.completed == AT
    assert task.percent_complete == 100
    assert [(c.from_status_id, c.to_status_id) for c in ws.status_changes.values()] == [(1, 2), (2, 3)]


def test_reopening_a_done_task_clears_its_completion(ws):
    tid = add(ws, "Write", status_id=3)
    EditTask(tid, status_id=2, clock=clock).apply(ws)
    assert ws.tasks[tid].completed is None and ws.tasks[tid].percent_complete == 50
    other = add(ws, "Read", status_id=3)
    EditTask(other, status_id=1, clock=clock).apply(ws)
    assert ws.tasks[other].completed is None and ws.tasks[other].percent_complete == 0


def test_setting_the_same_status_records_nothing(ws):
    tid = add(ws, "Write")
    changes = EditTask(tid, status_id=1, clock=clock).apply(ws)
    assert not ws.status_changes
    assert not changes


def test_a_missing_status_is_refused(ws):
    tid = add(ws, "Write")
    refused(ws, EditTask(tid, status_id=99), "Task “Write”: there is no status 99")


def test_redoing_a_status_change_replays_the_same_history_entry(ws):
    tid = add(ws, "Write")
    command = EditTask(tid, status_id=3, clock=clock)
    command.apply(ws)
    after = snapshot(ws)
    changes = command.undo(ws)
    assert not ws.status_changes and ws.tasks[tid].completed is None
    assert changes.deleted == {"status_change": set(after["tables"]["status_change"])}
    command.apply(ws)
    assert snapshot(ws) == after


# -- DeleteTasks -------------------------------------------------------------------------------------
def test_deleting_a_summary_deletes_its_subtree_links_and_history(ws):
    phase = add(ws, "Phase")
    step1 = add(ws, "Step 1", ("task", phase))
    step2 = add(ws, "Step 2", ("task", phase))
    after = add(ws, "After")
    other = add(ws, "Elsewhere", ("area", 1))
    link1 = LinkTasks(step1, step2)
    link1.apply(ws)
    link2 = LinkTasks(step2, other)
    link2.apply(ws)
    EditTask(step1, status_id=2, clock=clock).apply(ws)
    [history] = ws.status_changes
    before = snapshot(ws)

    command = DeleteTasks([phase])
    changes = command.apply(ws)
    assert set(ws.tasks) == {after, other}
    assert not ws.dependencies and not ws.status_changes
    assert ws.links_in(other) == set()
    assert ws.children(("project", 1)) == [after]
    assert ws.tasks[after].position == 0
    exactly(changes, deleted={"task": {phase, step1, step2}, "dependency": {link1.id, link2.id},
                              "status_change": {history}},
            updated={"task": {after}}, parents={("project", 1), ("task", phase)})  # fmt: skip

    undone = command.undo(ws)
    assert snapshot(ws) == before
    exactly(undone, created={"task": {phase, step1, step2}, "dependency": {link1.id, link2.id},
                             "status_change": {history}},
            updated={"task": {after}}, parents={("project", 1), ("task", phase)})  # fmt: skip


def test_deleting_a_task_and_its_own_subtask_together_deletes_each_once(ws):
    phase = add(ws, "Phase")
    step = add(ws, "Step", ("task", phase))
    changes = DeleteTasks([step, phase]).apply(ws)
    assert not ws.tasks
    assert changes.deleted == {"task": {phase, step}}


def test_deleting_a_missing_task_is_refused(ws):
    add(ws, "Here")
    refused(ws, DeleteTasks([1, 5]), "There is no task 5")


# -- MoveTask ----------------------------------------------------------------------------------------
def test_moving_a_task_up_renumbers_only_the_tasks_between(ws):
    a, b, c, d = (add(ws, t) for t in "ABCD")
    changes = MoveTask(d, ("project", 1), 1).apply(ws)
    assert ws.children(("project", 1)) == [a, d, b, c]
    exactly(changes, updated={"task": {b, c, d}}, parents={("project", 1)})


def test_moving_a_summary_to_an_area_carries_its_subtree(ws):
    phase = add(ws, "Phase")
    step = add(ws, "Step", ("task", phase))
    sub = add(ws, "Sub-step", ("task", step))
    later = add(ws, "Later")
    routine = add(ws, "Routine", ("area", 1))
    changes = MoveTask(phase, ("area", 1), 0).apply(ws)
    assert ws.children(("area", 1)) == [phase, routine]
    assert ws.children(("project", 1)) == [later]
    assert all(ws.tasks[t].area_id == 1 and ws.tasks[t].project_id is None for t in (phase, step, sub))
    exactly(changes, updated={"task": {phase, step, sub, later, routine}}, parents={("project", 1), ("area", 1)})


def test_moving_a_task_under_another_makes_it_a_summary(ws):
    a, b = add(ws, "A"), add(ws, "B")
    changes = MoveTask(b, ("task", a), 0).apply(ws)
    assert ws.children(("task", a)) == [b]
    assert ws.tasks[b].parent_id == a and ws.tasks[b].position == 0
    exactly(changes, updated={"task": {b}}, parents={("project", 1), ("task", a)})


def test_a_task_made_its_own_ancestor_is_refused(ws):
    phase = add(ws, "Phase")
    step = add(ws, "Step", ("task", phase))
    sub = add(ws, "Sub", ("task", step))
    refused(ws, MoveTask(phase, ("task", sub), 0), "“Phase” cannot become a subtask of itself or of its own subtask")
    refused(ws, MoveTask(phase, ("task", phase), 0), "cannot become a subtask of itself")


def test_moving_a_task_under_a_task_it_is_linked_with_is_refused(ws):
    a, b = add(ws, "A"), add(ws, "B")
    LinkTasks(a, b).apply(ws)
    refused(ws, MoveTask(b, ("task", a), 0), "“B” is linked with “A” and cannot become its subtask")


def test_moving_a_task_into_a_summary_that_waits_for_it_is_refused(ws):
    # “Review” waits for “Step”, and “Phase” waits for “Review”: “Step” cannot go inside “Phase”.
    phase = add(ws, "Phase")
    add(ws, "Design", ("task", phase))
    step, review = add(ws, "Step"), add(ws, "Review")
    LinkTasks(step, review).apply(ws)
    LinkTasks(review, phase).apply(ws)
    loop = "“Step” cannot become a subtask of “Phase”: it would close a loop: “Phase” → “Step” → “Review” → “Phase”"
    refused(ws, MoveTask(step, ("task", phase), 0), loop)
    refused(ws, IndentTasks([step]), "it would close a loop")


def test_moving_a_task_into_a_summary_it_waits_for_is_refused(ws):
    phase = add(ws, "Phase")
    add(ws, "Design", ("task", phase))
    prep, step = add(ws, "Prep"), add(ws, "Step")
    LinkTasks(phase, prep).apply(ws)
    LinkTasks(prep, step).apply(ws)
    loop = "“Step” cannot become a subtask of “Phase”: it would close a loop: “Phase” → “Prep” → “Step” → “Phase”"
    refused(ws, MoveTask(step, ("task", phase), 1), loop)


def test_moving_to_a_missing_parent_is_refused(ws):
    a = add(ws, "A")
    refused(ws, MoveTask(a, ("task", 77), 0), "There is no task 77 to move “A” to")


# -- IndentTasks / OutdentTasks ------------------------------------------------------------------------
def test_indenting_makes_a_task_the_last_subtask_of_the_one_above(ws):
    a, b = add(ws, "A"), add(ws, "B")
    first = add(ws, "A.1", ("task", a))
    changes = IndentTasks([b]).apply(ws)
    assert ws.children(("task", a)) == [first, b]
    assert ws.children(("project", 1)) == [a]
    exactly(changes, updated={"task": {b}}, parents={("project", 1), ("task", a)})


def test_indenting_two_neighbours_puts_both_under_the_task_above(ws):
    a, b, c = add(ws, "A"), add(ws, "B"), add(ws, "C")
    IndentTasks([c, b]).apply(ws)
    assert ws.children(("task", a)) == [b, c]


def test_indenting_the_first_task_is_refused(ws):
    a = add(ws, "A")
    add(ws, "B")
    refused(ws, IndentTasks([a]), "A task can be indented only under a task above it at the same level")


def test_indenting_under_a_linked_task_is_refused(ws):
    a, b = add(ws, "A"), add(ws, "B")
    LinkTasks(a, b).apply(ws)
    refused(ws, IndentTasks([b]), "“B” is linked with “A”")


def test_outdenting_puts_a_task_after_its_parent_and_adopts_the_siblings_below(ws):
    phase = add(ws, "Phase")
    s1, s2, s3 = (add(ws, t, ("task", phase)) for t in ("S1", "S2", "S3"))
    after = add(ws, "After")
    changes = OutdentTasks([s2]).apply(ws)
    assert ws.children(("project", 1)) == [phase, s2, after]
    assert ws.children(("task", phase)) == [s1]
    assert ws.children(("task", s2)) == [s3]
    exactly(changes, updated={"task": {s2, s3, after}},
            parents={("project", 1), ("task", phase), ("task", s2)})  # fmt: skip


def test_outdenting_a_top_level_task_is_refused(ws):
    a = add(ws, "A")
    refused(ws, OutdentTasks([a]), "Only a subtask can be outdented")


def test_outdenting_above_a_linked_sibling_is_refused(ws):
    # The sibling below would become a subtask of a task it is linked with, which LinkTasks never allows.
    phase = add(ws, "Phase")
    s1, s2 = add(ws, "S1", ("task", phase)), add(ws, "S2", ("task", phase))
    LinkTasks(s1, s2).apply(ws)
    refused(ws, OutdentTasks([s1]), "“S2” is linked with “S1” and cannot become its subtask")


def test_indent_and_outdent_refuse_missing_tasks(ws):
    refused(ws, IndentTasks([3]), "There is no task 3")
    refused(ws, OutdentTasks([3]), "There is no task 3")


def test_tree_order_is_depth_first_with_areas_before_projects(ws):
    a = add(ws, "A")
    a1 = add(ws, "A1", ("task", a))
    b = add(ws, "B")
    r = add(ws, "R", ("area", 1))
    assert tree_order(ws) == [r, a, a1, b]


# -- links ---------------------------------------------------------------------------------------------
def test_linking_creates_a_dependency_in_both_indexes(ws):
    a, b = add(ws, "A"), add(ws, "B")
    command = LinkTasks(a, b, LinkType.SS, lag=120)
    changes = command.apply(ws)
    dep = ws.dependencies[command.id]
    assert (dep.predecessor_id, dep.successor_id, dep.type, dep.lag) == (a, b, LinkType.SS, 120)
    assert ws.links_out(a) == {dep.id} and ws.links_in(b) == {dep.id}
    assert ws.predecessors(b) == [ws.tasks[a]]
    exactly(changes, created={"dependency": {dep.id}})


def test_link_that_closes_a_loop_is_refused_naming_the_loop(ws):
    a, b, c = add(ws, "A"), add(ws, "B"), add(ws, "C")
    LinkTasks(a, b).apply(ws)
    LinkTasks(b, c).apply(ws)
    refused(ws, LinkTasks(c, a), "This link would close a loop: “C” → “A” → “B” → “C”")


def test_loop_message_names_the_shortest_loop(ws):
    a, b, c, d = (add(ws, t) for t in "ABCD")
    for pred, succ in ((a, b), (b, c), (c, d), (a, d)):
        LinkTasks(pred, succ).apply(ws)
    refused(ws, LinkTasks(d, a), "This link would close a loop: “D” → “A” → “D”$")


def test_link_that_closes_a_loop_through_a_summary_is_refused(ws):
    # A summary waits for its predecessors before any subtask starts, and finishes after its subtasks:
    # "Step" → "Review" → "Phase" (which contains "Step") is a loop the scheduler could never resolve.
    phase = add(ws, "Phase")
    step = add(ws, "Step", ("task", phase))
    review = add(ws, "Review")
    LinkTasks(step, review).apply(ws)
    refused(ws, LinkTasks(review, phase), "This link would close a loop: “Review” → “Phase” → “Step” → “Review”")


def test_link_out_of_a_summary_to_a_predecessor_of_its_subtask_is_refused(ws):
    phase = add(ws, "Phase")
    step = add(ws, "Step", ("task", phase))
    prep = add(ws, "Prep")
    LinkTasks(prep, step).apply(ws)
    refused(ws, LinkTasks(phase, prep), "This link would close a loop: “Phase” → “Prep” → “Step” → “Phase”")


def test_links_into_and_out_of_a_summary_in_one_direction_are_fine(ws):
    phase = add(ws, "Phase")
    add(ws, "Step", ("task", phase))
    before, after = add(ws, "Before"), add(ws, "After")
    LinkTasks(before, phase).apply(ws)
    LinkTasks(phase, after).apply(ws)
    LinkTasks(before, after).apply(ws)
    assert len(ws.dependencies) == 3


def test_a_task_linked_to_itself_is_refused(ws):
    a = add(ws, "A")
    refused(ws, LinkTasks(a, a), "“A” cannot depend on itself")


def test_a_duplicate_link_is_refused(ws):
    a, b = add(ws, "A"), add(ws, "B")
    LinkTasks(a, b).apply(ws)
    refused(ws, LinkTasks(a, b, LinkType.SS), "“B” already depends on “A”")


def test_a_summary_linked_with_its_own_subtask_is_refused(ws):
    phase = add(ws, "Phase")
    step = add(ws, "Step", ("task", phase))
    refused(ws, LinkTasks(phase, step), "“Phase” and “Step” are a summary and its own subtask")
    refused(ws, LinkTasks(step, phase), "are a summary and its own subtask")


def test_linking_a_missing_task_is_refused(ws):
    a = add(ws, "A")
    refused(ws, LinkTasks(a, 9), "There is no task 9 to link")


def test_unlinking_removes_the_dependency_from_both_indexes(ws):
    a, b = add(ws, "A"), add(ws, "B")
    link = LinkTasks(a, b)
    link.apply(ws)
    changes = UnlinkTasks([link.id]).apply(ws)
    assert not ws.dependencies and ws.links_out(a) == set() and ws.links_in(b) == set()
    exactly(changes, deleted={"dependency": {link.id}})


def test_unlinking_a_missing_link_is_refused(ws):
    refused(ws, UnlinkTasks([4]), "There is no link 4")


def test_editing_a_link_changes_its_type_and_lag(ws):
    a, b = add(ws, "A"), add(ws, "B")
    link = LinkTasks(a, b)
    link.apply(ws)
    changes = EditLink(link.id, type="FF", lag=-60).apply(ws)
    assert (ws.dependencies[link.id].type, ws.dependencies[link.id].lag) == (LinkType.FF, -60)
    exactly(changes, updated={"dependency": {link.id}})
    assert not EditLink(link.id, lag=-60).apply(ws)


def test_editing_a_missing_link_is_refused(ws):
    refused(ws, EditLink(3, lag=5), "There is no link 3")


# -- people and labels on tasks -----------------------------------------------------------------------
def test_assigning_changing_units_and_unassigning_a_person(ws):
    tid = add(ws, "Write")
    changes = AssignPerson(tid, 1).apply(ws)
    assert ws.tasks[tid].assignments == {1: 1.0}
    exactly(changes, updated={"task": {tid}})
    AssignPerson(tid, 2, 0.5).apply(ws)
    AssignPerson(tid, 1, 0.25).apply(ws)
    assert ws.tasks[tid].assignments == {1: 0.25, 2: 0.5}
    AssignPerson(tid, 1, 0).apply(ws)
    assert ws.tasks[tid].assignments == {2: 0.5}


def test_assigning_a_missing_person_is_refused(ws):
    tid = add(ws, "Write")
    refused(ws, AssignPerson(tid, 8), "Task “Write”: there is no person 8 to assign")


@pytest.mark.parametrize(
    ("units", "reason"),
    [
        (-1.0, "Ada Lovelace at -100 % would do no work"),
        (10.5, "Ada Lovelace at 1050 % is over their maximum of 100 %"),
    ],
)
def test_impossible_units_are_refused(ws, units, reason):
    tid = add(ws, "Write")
    refused(ws, AssignPerson(tid, 1, units), f"Task “Write”: {reason}")


def test_labelling_and_unlabelling_a_task(ws):
    tid = add(ws, "Write")
    changes = LabelTask(tid, 2).apply(ws)
    assert ws.tasks[tid].labels == {2}
    exactly(changes, updated={"task": {tid}})
    LabelTask(tid, 1).apply(ws)
    LabelTask(tid, 2, on=False).apply(ws)
    assert ws.tasks[tid].labels == {1}


def test_a_missing_label_is_refused(ws):
    tid = add(ws, "Write")
    refused(ws, LabelTask(tid, 5), "Task “Write”: there is no label 5")


# -- AddObject / EditObject / DeleteObject --------------------------------------------------------------
def test_new_areas_and_projects_go_last_and_flag_the_containers(ws):
    command = AddObject("project", name=" Mobile app ", budget=1000.0)
    changes = command.apply(ws)
    project = ws.projects[command.id]
    assert (project.name, project.position, project.budget) == ("Mobile app", 1, 1000.0)
    exactly(changes, created={"project": {command.id}}, containers=True)


def test_new_people_labels_and_statuses_do_not_flag_the_containers(ws):
    command = AddObject("person", name="Alan Turing", capacity=6)
    changes = command.apply(ws)
    assert ws.people[command.id].short() == "AT"
    exactly(changes, created={"person": {command.id}})
    status = AddObject("status", name="Review", kind=StatusKind.DOING)
    status.apply(ws)
    assert ws.statuses[status.id].position == 3


def test_an_object_without_a_name_is_refused(ws):
    refused(ws, AddObject("label", name="  "), "A label needs a name")


def test_an_unknown_kind_of_object_is_a_programming_error():
    with pytest.raises(ValueError, match="cannot add a task"):
        AddObject("task", name="x")


@pytest.mark.parametrize(
    ("kind", "fields", "message"),
    [
        ("person", {"name": "Night owl", "capacity": 25}, "Night owl: a capacity of 25 hours a day is impossible"),
        ("person", {"name": "Cheap", "rate": -1}, "Cheap: a rate cannot be negative"),
        ("status", {"name": "Doing", "wip_limit": -2}, "Doing: a WIP limit cannot be negative"),
        ("project", {"name": "Late", "start": NOON, "target_finish": MONDAY}, "Late: the target finish is before"),
    ],
)
def test_impossible_object_fields_are_refused(ws, kind, fields, message):
    refused(ws, AddObject(kind, **fields), message)


def test_editing_an_object_renames_it_without_flagging_the_containers(ws):
    changes = EditObject("person", 1, name=" Ada King ", capacity=6.0).apply(ws)
    assert (ws.people[1].name, ws.people[1].capacity) == ("Ada King", 6.0)
    exactly(changes, updated={"person": {1}})
    renamed = EditObject("project", 1, name="Web shop").apply(ws)
    exactly(renamed, updated={"project": {1}})


def test_reordering_projects_flags_the_containers(ws):
    AddObject("project", name="Second").apply(ws)
    changes = EditObject("project", 2, position=-1).apply(ws)
    exactly(changes, updated={"project": {2}}, containers=True)


def test_editing_objects_wrongly_is_refused(ws):
    refused(ws, EditObject("area", 1, name=""), "A area needs a name")
    refused(ws, EditObject("status", 2, wip_limit=-1), "a WIP limit cannot be negative")
    refused(ws, EditObject("label", 9, name="x"), "There is no label 9")
    with pytest.raises(ValueError, match="a person has no field age"):
        EditObject("person", 1, age=3).apply(ws)


def test_an_objects_id_cannot_be_edited(ws):
    # The id is the key of its table: changing it on the object alone would split the two.
    before = snapshot(ws)
    with pytest.raises(ValueError, match="id"):
        EditObject("label", 1, id=7).apply(ws)
    assert snapshot(ws) == before


def test_deleting_a_project_deletes_its_tasks_and_links_into_it(ws):
    phase = add(ws, "Phase")
    step = add(ws, "Step", ("task", phase))
    routine = add(ws, "Routine", ("area", 1))
    link = LinkTasks(step, routine)
    link.apply(ws)
    before = snapshot(ws)
    command = DeleteObject("project", 1)
    changes = command.apply(ws)
    assert 1 not in ws.projects
    assert set(ws.tasks) == {routine} and not ws.dependencies
    exactly(changes, deleted={"project": {1}, "task": {phase, step}, "dependency": {link.id}},
            parents={("project", 1), ("task", phase)}, containers=True)  # fmt: skip
    command.undo(ws)
    assert snapshot(ws) == before


def test_deleting_a_person_removes_their_assignments(ws):
    tid = add(ws, "Write", assignments={1: 1.0, 2: 0.5})
    changes = DeleteObject("person", 1).apply(ws)
    assert ws.tasks[tid].assignments == {2: 0.5}
    exactly(changes, deleted={"person": {1}}, updated={"task": {tid}})


def test_deleting_a_label_takes_it_off_its_tasks(ws):
    tid = add(ws, "Write", labels={1, 2})
    changes = DeleteObject("label", 2).apply(ws)
    assert ws.tasks[tid].labels == {1}
    exactly(changes, deleted={"label": {2}}, updated={"task": {tid}})


def test_deleting_a_status_moves_its_tasks_and_drops_its_history(ws):
    tid = add(ws, "Write")
    EditTask(tid, status_id=2, clock=clock).apply(ws)
    [history] = ws.status_changes
    changes = DeleteObject("status", 2, move_to=3).apply(ws)
    assert ws.tasks[tid].status_id == 3
    assert not ws.status_changes
    exactly(changes, deleted={"status": {2}, "status_change": {history}}, updated={"task": {tid}})


def test_the_last_status_cannot_be_deleted(ws):
    DeleteObject("status", 1).apply(ws)
    DeleteObject("status", 2).apply(ws)
    refused(ws, DeleteObject("status", 3), "The last status cannot be deleted")


def test_deleting_a_missing_object_is_refused(ws):
    refused(ws, DeleteObject("area", 4), "There is no area 4")


# -- Batch ---------------------------------------------------------------------------------------------
def test_a_batch_applies_and_undoes_as_one_step(ws):
    before = snapshot(ws)
    create = CreateTask(("project", 1), "Draft", clock=clock)
    batch = Batch([create, AddObject("label", name="New")], text="Two things")
    changes = batch.apply(ws)
    assert batch.text == "Two things"
    exactly(changes, created={"task": {create.id}, "label": {3}}, parents={("project", 1)})
    after = snapshot(ws)
    undone = batch.undo(ws)
    assert snapshot(ws) == before
    exactly(undone, deleted={"task": {create.id}, "label": {3}}, parents={("project", 1)})
    batch.apply(ws)
    assert snapshot(ws) == after


def test_a_batch_that_creates_and_edits_reports_only_the_creation(ws):
    tid = add(ws, "Existing")
    batch = Batch([EditTask(tid, title="Edited"), LinkTasks(tid, tid + 1)])
    refused(ws, batch, "There is no task 2 to link")
    new = CreateTask(("project", 1), "New", clock=clock)
    changes = Batch([new]).apply(ws)
    follow = Batch([EditTask(new.id, notes="x"), DeleteTasks([tid])]).apply(ws)
    exactly(changes, created={"task": {new.id}}, parents={("project", 1)})
    exactly(follow, updated={"task": {new.id}}, deleted={"task": {tid}}, parents={("project", 1)})


def test_a_failing_batch_rolls_back_the_commands_before_it(ws):
    a = add(ws, "A")
    batch = Batch([EditTask(a, title="Renamed"), AssignPerson(a, 1), EditTask(a, percent_complete=120)])
    refused(ws, batch, "percent complete must be between 0 and 100, not 120")
    assert ws.tasks[a].title == "A" and not ws.tasks[a].assignments


def test_renaming_a_task_leaves_dates_that_do_not_fit_the_calendar_alone():
    from datetime import datetime as dt

    from planner.core.commands import AddObject, CreateTask, EditTask, new_workspace
    from planner.core.model import Workspace

    ws = Workspace()
    new_workspace().apply(ws)
    AddObject("project", name="P").apply(ws)
    CreateTask(("project", 1), "Imported").apply(ws)
    task = ws.tasks[1]
    task.start, task.finish, task.duration = dt(2026, 3, 2, 8), dt(2026, 3, 9, 17), 480  # as an import left them
    EditTask(1, title="Renamed").apply(ws)
    assert (ws.tasks[1].start, ws.tasks[1].finish) == (dt(2026, 3, 2, 8), dt(2026, 3, 9, 17))


def test_clearing_the_duration_clears_the_finish():
    from datetime import datetime as dt

    from planner.core.commands import AddObject, CreateTask, EditTask, new_workspace
    from planner.core.model import Workspace

    ws = Workspace()
    new_workspace().apply(ws)
    AddObject("project", name="P").apply(ws)
    CreateTask(("project", 1), "T", start=dt(2026, 3, 2, 8), duration=960).apply(ws)
    EditTask(1, duration=None).apply(ws)
    assert (ws.tasks[1].duration, ws.tasks[1].finish) == (None, None)
    assert ws.tasks[1].start == dt(2026, 3, 2, 8)


def test_a_bad_priority_is_a_validation_error():
    from planner.core.commands import AddObject, CreateTask, EditTask, new_workspace
    from planner.core.errors import ValidationError
    from planner.core.model import Workspace

    ws = Workspace()
    new_workspace().apply(ws)
    AddObject("project", name="P").apply(ws)
    CreateTask(("project", 1), "T").apply(ws)
    with pytest.raises(ValidationError, match="not a priority"):
        EditTask(1, priority=9).apply(ws)
