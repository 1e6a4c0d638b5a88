"""While resource usage (or any view without the task tree) is in front, the tree model holds its row signals for the
hidden trees and sends them when a tree is shown again (`TaskTreeModel.hold_row_signals`). After edits that move
dates, made through the window with resource usage in front, their undo and redo, a window that held its signals
shows, once back on the table or the Gantt, what a window that never held them shows: the same rows, expanded,
selected, current and scrolled the same, the same texts in every cell in view; and resource usage shows what a fresh
computation gives."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from test_shown_model import click_header, sample_window, shown, tree_of, visible_rows

from planner.core.workload import Unit
from planner.ui.models.columns import Column
from planner.ui.usage.model import usage_data


def never_holding(window) -> None:
    """The plain way: every edit's row signals go out at once, whichever view is in front."""
    window.model.hold_row_signals(False)
    window.model.hold_row_signals = lambda held: None


def most_followed(ws) -> int:
    """An assigned task with the most links out: its duration moves the dates of the tasks after it."""
    assigned = [t.id for t in ws.tasks.values() if t.assignments and t.duration and not ws.is_summary(t.id)]
    return max(assigned, key=lambda tid: (len(ws.links_out(tid)), -tid))


def cells_in_view(window) -> list:
    """The text of every cell of every row the tree in front shows, in order."""
    tree = tree_of(window)
    columns = [c for c in range(tree.model().columnCount()) if not tree.isColumnHidden(c)]
    return [[index.siblingAtColumn(c).data() for c in columns] for index in visible_rows(tree)]


def usage_is_fresh(window) -> None:
    data = window.views["usage"].model.data_
    fresh = usage_data(window.controller.ws, data.starts[0], data.starts[-1] - timedelta(days=1), Unit.WEEK)
    assert data == fresh


def type_duration(window, qtbot, text: str) -> None:
    """A new duration typed into the task editor for the task picked in resource usage, then Enter."""
    field = window.editor.duration
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.wait(1)  # the usage view's refresh, once the edit is done


def counting_row_signals(model) -> list:
    signals = []
    model.dataChanged.connect(lambda *args: signals.append(args))
    return signals


@pytest.mark.parametrize("back_to", ["table", "gantt"])
@pytest.mark.parametrize("sorted_", [False, True])
def test_a_tree_hidden_during_edits_their_undo_and_redo_shows_what_a_window_never_holding_shows(
    make_window, tmp_path, monkeypatch, qtbot, back_to, sorted_
):
    held = sample_window(make_window, tmp_path, monkeypatch)
    plain = sample_window(make_window, tmp_path, monkeypatch)
    never_holding(plain)
    task_id = most_followed(held.controller.ws)
    for window in (held, plain):
        window.show_view(back_to)
        tree = tree_of(window)
        tree.expandAll()
        if sorted_:
            click_header(tree, Column.START)
        window.view().select_task(task_id)
        tree.verticalScrollBar().setValue(tree.verticalScrollBar().maximum() // 2)
        window.show_view("usage")
        window.view().select_task(task_id)
        assert window.front_task() == task_id
    signals = counting_row_signals(held.model)
    ws = held.controller.ws
    days = ws.tasks[task_id].duration // 480
    for step in ("edit", "undo", "redo", "edit back"):
        for window in (held, plain):
            if step == "edit":
                type_duration(window, qtbot, f"{days + 3}d")
            elif step == "edit back":
                type_duration(window, qtbot, f"{days}d")
            elif step == "undo":
                window.undo_action.trigger()
            else:
                window.redo_action.trigger()
            qtbot.waitUntil(lambda w=window: not w.views["usage"]._stale)
            usage_is_fresh(window)
        assert held.views["usage"].model.data_ == plain.views["usage"].model.data_, step
    moved = [t.id for t in ws.tasks.values() if t.start != plain.controller.ws.tasks[t.id].start]
    assert not moved and ws.tasks[task_id].duration == days * 480 == plain.controller.ws.tasks[task_id].duration
    # Nothing went to the hidden trees while sorting was off; while it was on, the proxy needs every signal at once.
    assert bool(signals) == sorted_
    for window in (held, plain):
        window.show_view(back_to)
    assert signals  # what was held went out before the tree showed again
    assert shown(held) == shown(plain)
    assert cells_in_view(held) == cells_in_view(plain)
    assert shown(held)["front task"] == task_id


def test_edits_with_no_tree_shown_hold_the_row_signals_and_a_tree_shown_gets_them_once(
    make_window, tmp_path, monkeypatch, qtbot
):
    window = sample_window(make_window, tmp_path, monkeypatch)
    window.show_view("table")
    window.view().expandAll()
    window.show_view("usage")
    model = window.model
    task_id = most_followed(window.controller.ws)
    window.view().select_task(task_id)
    signals = counting_row_signals(model)
    derived = []
    model.derived_changed.connect(lambda: derived.append(1))
    days = window.controller.ws.tasks[task_id].duration // 480
    type_duration(window, qtbot, f"{days + 2}d")
    type_duration(window, qtbot, f"{days + 4}d")
    assert not signals and not derived
    window.show_view("table")
    assert signals and len(derived) == 1
    rows = {(first.parent(), row) for first, last, *_ in signals for row in range(first.row(), last.row() + 1)}
    assert len(rows) == sum(last.row() - first.row() + 1 for first, last, *_ in signals)  # each row told once
    assert model.index(0, 0, QModelIndex()).isValid()


def board_shown(window) -> dict:
    """What the board shows: each cell's cards in order, the selection, the current card and the scroll."""
    view = window.views["board"]
    bars = view.body_area.horizontalScrollBar(), view.body_area.verticalScrollBar()
    return {
        "cells": {cell: (list(model.ids), model.cards()) for cell, model in view.board.cells.items()},
        "selected": view.selected_task_ids(),
        "current": view.current_node(),
        "scrolled": [bar.value() for bar in bars],
    }


def test_a_board_hidden_during_edits_shows_what_a_board_that_followed_them_shows(
    make_window, tmp_path, monkeypatch, qtbot
):
    """With resource usage in front: the picked task deleted, the delete undone, redone and undone again (followed at
    once: the selection goes where it went), then its duration edited, moving dates (gathered until shown): the
    board shown again holds the cards, selection and scroll of one that followed every edit."""
    held = sample_window(make_window, tmp_path, monkeypatch)
    plain = sample_window(make_window, tmp_path, monkeypatch)
    task_id = most_followed(held.controller.ws)
    for window in (held, plain):
        window.show_view("board")  # built when first shown: it opens on the first project
        window.view().select_task(task_id)
    plain.views["board"].board.hold = lambda held: None
    for window in (held, plain):
        window.show_view("usage")
        window.view().select_task(task_id)
    days = held.controller.ws.tasks[task_id].duration // 480
    for step in ("delete", "undo", "redo", "undo", "edit"):
        for window in (held, plain):
            if step == "edit":
                type_duration(window, qtbot, f"{days + 5}d")
            elif step == "delete":
                window.delete_selected()
            elif step == "undo":
                window.undo_action.trigger()
            else:
                window.redo_action.trigger()
            qtbot.waitUntil(lambda w=window: not w.views["usage"]._stale)
            if task_id in window.controller.ws.tasks:
                window.view().select_task(task_id)  # back after an undo: picked again for the next step
    board = held.views["board"].board
    assert board._held and task_id in board._held.ids("task")  # gathered, not followed, while hidden
    for window in (held, plain):
        window.show_view("board")
    assert board._held is None
    assert board_shown(held) == board_shown(plain)
    card = held.views["board"].board.card(task_id)
    assert card == plain.views["board"].board._make_card(task_id) and card.due  # made anew: the edit's due date
