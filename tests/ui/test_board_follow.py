"""The board's short way of following a change (`CardListModel.follow`: a few cards found and placed row by row)
against the plain way (the cell sorted again and synced, or the board sorted afresh): the same cards, in the same
order, with selections that follow their cards, and the same picture, light and dark, after real drags, keyboard
moves, a change of swimlanes and back, and a filter."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication

from planner.core.board import Swimlanes, card_key
from planner.core.commands import AddObject, Batch, CreateTask, EditTask
from planner.core.filters import SmartList, TaskFilter
from planner.ui import theme
from planner.ui.board import BoardView
from planner.ui.board.models import FEW_CARDS, BoardModel, CardListModel
from planner.ui.board.view import CardListView
from tests.ui.test_board import drag, saved, status_id


@st.composite
def changes(draw):
    """A cell of cards in rank order and a change to it: cards leaving, cards moving within it (zero, one or
    several), cards arriving, sometimes more than FEW_CARDS of them; ranks may tie (the id breaks the tie)."""
    count = draw(st.integers(0, 30))
    ranks = {tid: (float(draw(st.integers(0, 12))), tid) for tid in range(1, count + 1)}
    ids = sorted(ranks, key=ranks.__getitem__)
    leaving = draw(st.lists(st.sampled_from(ids), unique=True, max_size=count)) if ids else []
    staying = [tid for tid in ids if tid not in leaving]
    moved = draw(st.lists(st.sampled_from(staying), unique=True, max_size=3)) if staying else []
    arriving = list(range(100, 100 + draw(st.integers(0, FEW_CARDS + 3))))
    fresh = dict(ranks)
    for tid in [*moved, *arriving]:
        fresh[tid] = (float(draw(st.integers(0, 12))), tid)
    for tid in leaving:
        del fresh[tid]
    return ids, leaving, moved, arriving, fresh


def test_a_cell_following_a_change_is_the_cell_sorted_again(make_window, tmp_path, qtbot):
    window = make_window(tmp_path / "sample.planner", sample=True)
    window.show_view("board")
    board = window.view()
    assert isinstance(board, BoardView)

    @settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(changes())
    def check(case):
        ids, leaving, moved, arriving, ranks = case
        model = CardListModel(board.board, None, -1, ids)
        view = CardListView(board, model)
        view.resize(220, 3000)
        view.show()
        heard = []
        for name in ("rowsInserted", "rowsRemoved", "rowsMoved"):
            getattr(model, name).connect(lambda *args: heard.append((model.rowCount(), len(model.ids))))
        kept = {tid: QPersistentModelIndex(model.index(row)) for row, tid in enumerate(ids) if tid not in leaving}

        model.follow(leaving, moved, arriving, ranks)

        plain = sorted([tid for tid in ids if tid not in leaving] + arriving, key=ranks.__getitem__)
        assert model.ids == plain and model.rowCount() == len(plain)
        assert all(rows == count for rows, count in heard)
        for tid, index in kept.items():  # a card that stays keeps its index, as a selection does
            assert index.isValid() and model.ids[index.row()] == tid
        view.close()
        view.deleteLater()

    check()


@pytest.fixture(params=["light", "dark"])
def busy_board(request, qapp, restored_look, make_window, workspace_path):
    """A board of 60 cards over four columns, a few people, in the light or the dark theme."""
    theme.apply_theme(qapp, request.param)
    window = make_window(workspace_path)
    controller = window.controller
    project = AddObject("project", name="Warehouse")
    controller.run(project)
    people = [AddObject("person", name=name) for name in ("Ana Ruiz", "Ben Okafor", "Chen Wu")]
    for person in people:
        controller.run(person)
    titles = [f"Pour slab {n}" if n % 3 else f"Order steel {n}" for n in range(60)]
    controller.run(Batch([CreateTask(("project", project.id), title) for title in titles], "Seed tasks"))
    ws = controller.ws
    statuses = [s.id for s in ws.ordered("status")]
    for n, task in enumerate(sorted(ws.tasks.values(), key=lambda t: t.id)):
        assign = {people[n % 3].id: 1.0} if n % 4 else {}
        controller.run(EditTask(task.id, status_id=statuses[n % 4], assignments=assign))
    window.sidebar.select_scope(SmartList.ALL)
    window.show_view("board")
    view = window.view()
    assert isinstance(view, BoardView)
    view.board.confirm = lambda title, text: True  # past the WIP limits: no question
    qtbot = request.getfixturevalue("qtbot")
    qtbot.waitUntil(lambda: view.cell_views != {})
    return window, view, workspace_path


def shown(view: BoardView) -> dict:
    return {cell: list(model.ids) for cell, model in view.board.cells.items()}


def as_afresh(path, view: BoardView) -> None:
    """The board as followed equals a board sorted afresh from the workspace, picture included; every shown card
    is in the file with the status and rank the workspace has."""
    fresh = BoardModel(view.proxy, view.controller)
    fresh.set_swimlanes(view.board.by)
    assert shown(view) == {cell: list(model.ids) for cell, model in fresh.cells.items()}
    for model in view.board.cells.values():
        assert model.rowCount() == len(model.ids)
        assert model.ids == sorted(model.ids, key=lambda tid: card_key(view.controller.ws.tasks[tid]))
    fresh.deleteLater()
    file = saved(path)
    for tid, task in view.controller.ws.tasks.items():
        assert (file.tasks[tid].status_id, file.tasks[tid].board_rank) == (task.status_id, task.board_rank)
    selected = view.selected_task_ids()
    followed = pictures(view)
    view.board.reload(keep_cards=True)  # the plain way: every cell sorted and built again
    assert pictures(view) == followed
    view.select_tasks(selected, notify=False)


def pictures(view: BoardView) -> dict:
    """Each cell and column header as painted, once the board is laid out; with no selection, current or hovered
    card, which a board built again does not have."""
    for _ in range(3):  # the lanes fit their heights on a zero timer, then the board lays out
        QApplication.processEvents()
    for cell in view.cell_views.values():
        cell.selectionModel().clear()
        QApplication.sendEvent(cell.viewport(), QEvent(QEvent.Type.Leave))
    cells = {cell: widget.grab().toImage() for cell, widget in view.cell_views.items()}
    return cells | {status: header.grab().toImage() for status, header in view.headers.items()}


def test_drops_moves_swimlanes_and_a_filter_leave_the_board_as_sorted_afresh(busy_board, qtbot):
    window, view, path = busy_board
    ws = window.controller.ws
    todo, doing = status_id(ws, "To do"), status_id(ws, "In progress")
    source = view.cell_views[(None, todo)]
    target = view.cell_views[(None, doing)]
    for row in (0, 3, None, 1):  # real drags between columns and within one
        title = ws.tasks[source.model().ids[len(source.model().ids) // 2]].title
        drag(source, title, target, row=row)
        drag(target, ws.tasks[target.model().ids[-1]].title, target, row=0)
    as_afresh(path, view)
    tid = source.model().ids[2]
    view.select_task(tid)
    qtbot.keyClick(source, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.cell_views[(None, todo)], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_task_ids() == [tid] and ws.tasks[tid].status_id == doing
    as_afresh(path, view)
    view.set_swimlanes(Swimlanes.ASSIGNEE)
    lane = next(lane for lane in view.board.lanes if lane is not None)
    cell = view.cell_views[(lane, doing)]
    drag(cell, ws.tasks[cell.model().ids[0]].title, view.cell_views[(lane, todo)], row=0)
    as_afresh(path, view)
    for by in [*Swimlanes, Swimlanes.PRIORITY, Swimlanes.NONE]:  # dealt into lanes from the cells shown
        view.set_swimlanes(by)
        as_afresh(path, view)
    window.proxy.set_filter(TaskFilter(text="steel"))
    view.apply_scope()
    source = view.cell_views[(None, todo)]
    drag(source, ws.tasks[source.model().ids[0]].title, view.cell_views[(None, doing)], row=1)
    as_afresh(path, view)


def test_keyboard_moves_of_cards_apart_land_where_the_plain_answer_puts_them(busy_board, qtbot):
    """Ctrl+Down puts the selected cards, in order, past the card below the lowest of them; Ctrl+Up before the card
    above the highest: the cell without them, with them put back there."""
    window, view, path = busy_board
    todo = status_id(window.controller.ws, "To do")
    cell = view.cell_views[(None, todo)]
    cards = list(cell.model().ids)
    moving = [cards[1], cards[3]]
    view.select_tasks(moving)
    moving = view.selected_task_ids()
    qtbot.keyClick(cell, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    others = [tid for tid in cards if tid not in moving]
    place = others.index(cards[5])  # past cards[4], the card below the lowest moving one
    assert cell.model().ids == others[:place] + moving + others[place:]
    as_afresh(path, view)  # which builds the cells again
    cell = view.cell_views[(None, todo)]
    cards = list(cell.model().ids)
    view.select_tasks(moving)
    moving = view.selected_task_ids()  # in the order they move in
    qtbot.keyClick(cell, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    above = cards[min(cards.index(tid) for tid in moving) - 1]  # the card above the highest moving one
    place = others.index(above)
    assert cell.model().ids == others[:place] + moving + others[place:]
    as_afresh(path, view)
