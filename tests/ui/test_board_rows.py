"""A cell's rows kept in step with its cards: the card list model counts its rows in C++ (a string list) so that
Qt's layout does not call Python for every card, and changes them together with its ids. These tests check that a
cell brought up to date row by row is the cell made afresh: same ids, same row count at every signal a view hears,
same layout, and selections that follow their cards."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from planner.ui.board import BoardView
from planner.ui.board.models import CardListModel
from planner.ui.board.view import CardListView
from planner.ui.models.columns import Role


def lists(ids):
    """Two orderings of overlapping subsets of `ids`: a cell's cards before and after a change."""
    return st.tuples(st.permutations(ids), st.permutations(ids), st.integers(0, len(ids)), st.integers(0, len(ids)))


def test_a_cell_synced_row_by_row_is_the_cell_made_afresh(make_window, tmp_path, qtbot):
    window = make_window(tmp_path / "sample.planner", sample=True)
    window.show_view("board")
    board = window.view()
    assert isinstance(board, BoardView)
    ids = sorted(t.id for t in window.controller.ws.tasks.values() if not window.controller.ws.is_summary(t.id))
    assert len(ids) >= 8

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(lists(ids[:12]))
    def check(case):
        first, second, keep, take = case
        old, fresh = list(first[:keep]), list(second[:take])
        model = CardListModel(board.board, None, -1, old)
        view = CardListView(board, model)
        view.resize(220, 2000)
        view.show()
        heard = []

        def hear(name):
            # Every view hears a change with the row count and the ids in step: old before it, new after it.
            return lambda *args: heard.append((name, model.rowCount(), len(model.ids)))

        for name in ("rowsAboutToBeInserted", "rowsInserted", "rowsAboutToBeRemoved", "rowsRemoved"):
            getattr(model, name).connect(hear(name))
        model.rowsAboutToBeMoved.connect(hear("rowsAboutToBeMoved"))
        model.rowsMoved.connect(hear("rowsMoved"))
        selected = {tid: QPersistentModelIndex(model.index(row)) for row, tid in enumerate(old) if tid in fresh}

        model.sync(fresh)

        assert model.ids == fresh and model.rowCount() == len(fresh)
        assert all(rows == count for _, rows, count in heard)
        for tid, index in selected.items():  # a kept card's index follows it, as a selection does
            assert index.isValid() and model.ids[index.row()] == tid and index.data(Role.TASK_ID) == tid
        afresh = CardListView(board, CardListModel(board.board, None, -1, fresh))
        afresh.resize(220, 2000)
        afresh.show()
        assert [view.visualRect(model.index(r)) for r in range(len(fresh))] == [
            afresh.visualRect(afresh.model().index(r)) for r in range(len(fresh))
        ]
        for widget in (view, afresh):
            widget.close()
            widget.deleteLater()

    check()


def test_views_cannot_insert_remove_or_move_card_rows(window):
    """Rows change only with the cards: after a drag that moved cards, the view's own removal of the dragged rows
    (what QAbstractItemView does after a move) must leave the cell as it is, and a drop within a cell (which
    QListView turns into moveRow when the model can) must go to dropMimeData, that is to a command."""
    window.show_view("board")
    model = next(m for m in window.view().board.cells.values() if len(m.ids) > 2)
    before = list(model.ids)
    assert not model.removeRows(0, 1)
    assert not model.insertRows(0, 1)
    assert not model.moveRow(QModelIndex(), 0, QModelIndex(), 2)
    assert model.ids == before and model.rowCount() == len(before)
    assert [model.index(row).data(Role.TASK_ID) for row in range(len(before))] == before
