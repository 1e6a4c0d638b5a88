"""`MoveCards` ranks only the cards that move, between their new neighbours (a column of thousands is not ranked
again). Property: the stored order it leaves is the plain answer, the column re-sorted with the moving cards taken
out and put back, in the order given, before the card they were dropped on (or last)."""

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from planner.core.board import MoveCards, card_key
from planner.core.commands import AddObject, CreateTask, new_workspace
from planner.core.model import Workspace

T1 = datetime(2026, 3, 2, 9, 0)

# Few distinct ranks, so that ties (broken by id), unplaced cards (None) and neighbours with no room between them
# (equal ranks, the spacing-out path) come up often.
ranks = st.one_of(st.none(), st.sampled_from([0.0, 1.0, 1.5, 2.0, 2.0 + 1e-15, 1024.0, -3.0]))


def board(card_ranks: list[float | None], columns: list[int]) -> Workspace:
    ws = Workspace()
    new_workspace().apply(ws)
    area = AddObject("area", name="Content")
    area.apply(ws)
    statuses = sorted(ws.statuses)
    for n, (rank, column) in enumerate(zip(card_ranks, columns, strict=True)):
        CreateTask(("area", area.id), f"Card {n}", clock=lambda: T1).apply(ws)
        task = max(ws.tasks.values(), key=lambda t: t.id)
        task.board_rank, task.status_id = rank, statuses[column]
    return ws


def order(ws: Workspace, status_id: int) -> list[int]:
    return [t.id for t in sorted((t for t in ws.tasks.values() if t.status_id == status_id), key=card_key)]


@given(st.data())
def test_moving_cards_leaves_the_order_of_a_plain_re_sort(data):
    count = data.draw(st.integers(2, 12))
    ws = board(data.draw(st.lists(ranks, min_size=count, max_size=count)),
               data.draw(st.lists(st.integers(0, 1), min_size=count, max_size=count)))  # fmt: skip
    ids = sorted(ws.tasks)
    moving = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4, unique=True))
    target = sorted(ws.statuses)[data.draw(st.integers(0, 1))]
    before = data.draw(st.one_of(st.none(), st.sampled_from(ids)))
    others = {s: [tid for tid in order(ws, s) if tid not in moving] for s in ws.statuses}

    # The plain answer: the target column without the moving cards, and them put back before `before`.
    column = others[target]
    place = column.index(before) if before in column else len(column)
    expected = column[:place] + moving + column[place:]

    MoveCards(moving, target, before, clock=lambda: T1).apply(ws)

    assert order(ws, target) == expected
    for status_id, rest in others.items():  # the columns the cards left keep their order
        if status_id != target:
            assert order(ws, status_id) == rest
