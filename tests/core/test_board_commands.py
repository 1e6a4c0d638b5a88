"""The board's rules and commands: card order, moves between columns and lanes with their history, columns."""

from datetime import datetime

import pytest

from planner.core.board import (
    AddStatus,
    Lanes,
    MoveCards,
    MoveStatus,
    Swimlanes,
    card_key,
    entered_columns,
    open_predecessors,
)
from planner.core.commands import AddObject, CreateTask, LinkTasks, new_workspace
from planner.core.errors import ValidationError
from planner.core.model import Priority, Workspace

T1 = datetime(2026, 3, 2, 9, 0)
T2 = datetime(2026, 3, 4, 15, 30)


@pytest.fixture
def ws():
    ws = Workspace()
    new_workspace().apply(ws)
    area = AddObject("area", name="Content")
    area.apply(ws)
    for title in ("Alpha", "Beta", "Gamma", "Delta"):
        CreateTask(("area", area.id), title, clock=lambda: T1).apply(ws)
    return ws


def column(ws, name):
    status = next(s for s in ws.statuses.values() if s.name == name)
    cards = sorted((t for t in ws.tasks.values() if t.status_id == status.id), key=card_key)
    return status.id, [t.title for t in cards]


def test_cards_never_placed_keep_creation_order(ws):
    assert column(ws, "To do")[1] == ["Alpha", "Beta", "Gamma", "Delta"]


def test_reorder_within_a_column_changes_only_the_rank(ws):
    todo, _ = column(ws, "To do")
    changes = MoveCards([4], todo, before=2).apply(ws)
    assert column(ws, "To do")[1] == ["Alpha", "Delta", "Beta", "Gamma"]
    assert changes.updated == {"task": {4}}
    assert not ws.status_changes
    MoveCards([1], todo, before=None).apply(ws)
    assert column(ws, "To do")[1] == ["Delta", "Beta", "Gamma", "Alpha"]
    MoveCards([3], todo, before=4).apply(ws)
    assert column(ws, "To do")[1] == ["Gamma", "Delta", "Beta", "Alpha"]


def test_move_to_another_column_records_history_and_done_sets_completion(ws):
    todo, _ = column(ws, "To do")
    doing, _ = column(ws, "In progress")
    done, _ = column(ws, "Done")
    MoveCards([2], doing, clock=lambda: T1).apply(ws)
    MoveCards([2], done, clock=lambda: T2).apply(ws)
    task = ws.tasks[2]
    assert (task.started, task.completed, task.percent_complete) == (T1, T2, 100)
    history = sorted(ws.status_changes.values(), key=lambda c: c.at)
    assert [(c.from_status_id, c.to_status_id, c.at) for c in history] == [(todo, doing, T1), (doing, done, T2)]
    assert entered_columns(ws) == {2: T2}
    MoveCards([2], doing, clock=lambda: T2).apply(ws)
    assert ws.tasks[2].completed is None


def test_several_cards_keep_their_order_and_undo_restores_everything(ws):
    doing, _ = column(ws, "In progress")
    MoveCards([1], doing).apply(ws)
    command = MoveCards([4, 2], doing, before=1, clock=lambda: T2)
    command.apply(ws)
    assert column(ws, "In progress")[1] == ["Delta", "Beta", "Alpha"]
    assert len(ws.status_changes) == 3
    command.undo(ws)
    assert column(ws, "In progress")[1] == ["Alpha"]
    assert column(ws, "To do")[1] == ["Beta", "Gamma", "Delta"]
    assert len(ws.status_changes) == 1
    command.apply(ws)  # redo keeps the same ids for the history it records
    assert len(ws.status_changes) == 3


def test_worn_down_ranks_are_spaced_out_again(ws):
    todo, _ = column(ws, "To do")
    for _ in range(80):  # each move halves the gap between Alpha and the card after it
        MoveCards([3], todo, before=2).apply(ws)
        MoveCards([2], todo, before=3).apply(ws)
    assert column(ws, "To do")[1][0] == "Alpha"
    assert len(set(column(ws, "To do")[1])) == 4


def test_moving_into_an_assignee_lane_swaps_the_assignee(ws):
    maya = AddObject("person", name="Maya Patel")
    tom = AddObject("person", name="Tom Becker")
    maya.apply(ws)
    tom.apply(ws)
    ws.tasks[1].assignments = {maya.id: 0.5}
    lanes = Lanes(ws, Swimlanes.ASSIGNEE)
    assert lanes.of(ws.tasks[1]) == maya.id
    assert lanes.sort([None, tom.id, maya.id]) == [maya.id, tom.id, None]
    todo, _ = column(ws, "To do")
    MoveCards([1], todo, lane=(Swimlanes.ASSIGNEE, tom.id)).apply(ws)
    assert ws.tasks[1].assignments == {tom.id: 0.5}
    MoveCards([1], todo, lane=(Swimlanes.ASSIGNEE, None)).apply(ws)
    assert ws.tasks[1].assignments == {}
    assert lanes.title(None) == "Nobody"


def test_moving_into_label_priority_and_project_lanes(ws):
    bug = AddObject("label", name="Bug")
    bug.apply(ws)
    project = AddObject("project", name="App")
    project.apply(ws)
    todo, _ = column(ws, "To do")
    MoveCards([1], todo, lane=(Swimlanes.LABEL, bug.id)).apply(ws)
    assert ws.tasks[1].labels == {bug.id}
    MoveCards([1], todo, lane=(Swimlanes.PRIORITY, Priority.URGENT)).apply(ws)
    assert ws.tasks[1].priority is Priority.URGENT
    command = MoveCards([1], todo, lane=(Swimlanes.CONTAINER, ("project", project.id)))
    command.apply(ws)
    assert ws.tasks[1].container() == ("project", project.id)
    assert ws.children(("project", project.id)) == [1]
    command.undo(ws)
    assert ws.tasks[1].container() == ("area", 1)
    assert ws.children(("area", 1)) == [1, 2, 3, 4]


def test_open_predecessors_name_what_blocks_a_card(ws):
    LinkTasks(1, 3).apply(ws)
    LinkTasks(2, 3).apply(ws)
    assert [t.title for t in open_predecessors(ws, ws.tasks[3])] == ["Alpha", "Beta"]
    done, _ = column(ws, "Done")
    MoveCards([1], done).apply(ws)
    assert [t.title for t in open_predecessors(ws, ws.tasks[3])] == ["Beta"]
    assert open_predecessors(ws, ws.tasks[1]) == []


def test_add_move_and_refuse_columns(ws):
    command = AddStatus("Blocked", wip_limit=2, index=1)
    command.apply(ws)
    assert [s.name for s in ws.ordered("status")] == ["To do", "Blocked", "In progress", "Review", "Done"]
    assert [s.position for s in ws.ordered("status")] == [0, 1, 2, 3, 4]
    MoveStatus(command.id, 3).apply(ws)
    assert [s.name for s in ws.ordered("status")] == ["To do", "In progress", "Review", "Blocked", "Done"]
    with pytest.raises(ValidationError, match="needs a name"):
        AddStatus("  ").apply(ws)
    with pytest.raises(ValidationError, match="no column"):
        MoveCards([1], 99).apply(ws)
    with pytest.raises(ValidationError, match="no task"):
        MoveCards([99], command.id).apply(ws)
