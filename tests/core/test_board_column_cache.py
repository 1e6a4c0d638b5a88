"""`MoveCards` finds a drop point's neighbours in a column order cached in the workspace (`column_keys`), kept by
the moves themselves and built again after any other change to a task. Property: whatever runs between the moves
(edits of status and rank, new and deleted tasks, undo and redo, moves into swimlanes), every move leaves the same
statuses and ranks as the same move made with the cache thrown away first (the plain pass over every task)."""

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.board import MoveCards, Swimlanes, card_key, column_keys
from planner.core.commands import AddObject, CreateTask, DeleteTasks, EditTask
from planner.core.model import Priority, Workspace
from tests.core.test_board_ranks import board, ranks

T1 = datetime(2026, 3, 2, 9, 0)
LANES = [None, (Swimlanes.PRIORITY, Priority.HIGH), (Swimlanes.CONTAINER, ("area", 1))]


def state(ws: Workspace) -> dict:
    return {t.id: (t.status_id, t.board_rank, t.priority, t.area_id) for t in ws.tasks.values()}


def steps():
    move = st.tuples(
        st.just("move"),
        st.lists(st.integers(0, 40), min_size=1, max_size=3, unique=True),
        st.integers(0, 2),
        st.one_of(st.none(), st.integers(0, 40)),
        st.sampled_from(range(len(LANES))),
    )
    edit = st.tuples(st.just("edit"), st.integers(0, 40), st.integers(0, 2), ranks)
    other = st.tuples(st.sampled_from(["create", "delete", "undo", "redo"]), st.integers(0, 40))
    return st.lists(st.one_of(move, move, edit, other), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_moves_with_the_cache_leave_what_the_plain_pass_leaves(data):
    count = data.draw(st.integers(2, 10))
    card_ranks = data.draw(st.lists(ranks, min_size=count, max_size=count))
    columns = data.draw(st.lists(st.integers(0, 2), min_size=count, max_size=count))
    cached, plain = board(card_ranks, columns), board(card_ranks, columns)
    AddObject("status", name="Done").apply(cached)
    AddObject("status", name="Done").apply(plain)
    statuses = sorted(cached.statuses)
    done: dict[int, list] = {id(cached): [], id(plain): []}
    undone: dict[int, list] = {id(cached): [], id(plain): []}
    for step in data.draw(steps()):
        for ws in (cached, plain):
            ids = sorted(ws.tasks)
            if step[0] == "move":
                _, picks, column, before, lane = step
                command = MoveCards(
                    [ids[p % len(ids)] for p in picks],
                    statuses[column],
                    None if before is None else ids[before % len(ids)],
                    LANES[lane],
                    clock=lambda: T1,
                )
                if ws is plain:
                    ws.caches.clear()
            elif step[0] == "edit":
                _, pick, column, rank = step
                command = EditTask(ids[pick % len(ids)], clock=lambda: T1, status_id=statuses[column], board_rank=rank)
            elif step[0] == "create":
                command = CreateTask(("area", 1), "New", clock=lambda: T1, status_id=statuses[step[1] % 3])
            elif step[0] == "delete" and len(ids) > 2:
                command = DeleteTasks([ids[step[1] % len(ids)]])
            elif step[0] == "undo" and done[id(ws)]:
                command = done[id(ws)].pop()
                command.undo(ws)
                undone[id(ws)].append(command)
                continue
            elif step[0] == "redo" and undone[id(ws)]:
                command = undone[id(ws)].pop()
            else:
                continue
            command.apply(ws)
            done[id(ws)].append(command)
            if step[0] != "redo":  # as in the app's undo stack: a new command drops what could be redone
                undone[id(ws)].clear()
        assert state(cached) == state(plain)
        for status_id in statuses:  # the cache, where kept, is the column sorted afresh
            column_order = sorted(card_key(t) for t in cached.tasks.values() if t.status_id == status_id)
            assert column_keys(cached, status_id) == column_order


def test_a_move_that_spaces_the_column_out_leaves_no_stale_cache():
    ws = board([2.0, 2.0, 5.0], [0, 0, 0])
    status_id = ws.tasks[min(ws.tasks)].status_id
    first, second, third = sorted(ws.tasks)
    MoveCards([third], status_id, None, clock=lambda: T1).apply(ws)  # builds the cache and keeps it
    MoveCards([third], status_id, second, clock=lambda: T1).apply(ws)  # no room between 2.0 and 2.0: spaced out
    assert column_keys(ws, status_id) == sorted(card_key(t) for t in ws.tasks.values())
    assert [key[1] for key in column_keys(ws, status_id)] == [first, third, second]
