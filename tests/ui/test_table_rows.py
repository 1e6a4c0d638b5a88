"""The table's plain task rows painted a row at a time (`RowPainter`) are the image Qt paints cell by cell: text,
colours, bold summaries, icons (a schedule warning in place of one), elided names, the % done bars, alternate rows,
the branches (open, closed, last in their list), a selected row and the current one; light, dark, the system's look
and no theme, scrolled sideways and with the columns moved. A cell is still edited from the keyboard."""

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QHoverEvent
from PySide6.QtWidgets import QApplication

from planner.core.commands import EditTask
from planner.ui import theme
from planner.ui.models.columns import Column, Role
from planner.ui.models.task_tree import TaskTreeModel
from planner.ui.table_rows import RowPainter

LONG = "A task whose name is far too long for the title column to show whole, so the table cuts it short"


@pytest.fixture
def table(make_window, workspace_path, monkeypatch):
    """The sample workspace's table, every row shown, a long name, a schedule warning and a finished task."""
    window = make_window(workspace_path, sample=True)
    controller = window.controller
    ids = sorted(controller.ws.tasks)
    controller.run(EditTask(ids[2], title=LONG))
    controller.run(EditTask(ids[4], percent_complete=100))
    controller.run(EditTask(ids[5], percent_complete=40))
    warned = ids[3]
    monkeypatch.setattr(TaskTreeModel, "schedule_warning", lambda self, ident: "a loop" if ident == warned else None)
    window.sidebar.select_scope(window.proxy.scope)
    window.resize(1600, 900)
    view = window.view()
    view.expandAll()
    view.setColumnWidth(Column.ASSIGNEES, 60)  # names cut short there too
    return window


def painted(view, monkeypatch):
    """The viewport as painted now, and how many rows `RowPainter` drew of it."""
    drawn = []
    paint = RowPainter.paint
    monkeypatch.setattr(RowPainter, "paint", lambda self, *args: drawn.append(1) or paint(self, *args))
    view.proxy.source.forget_painted()
    QApplication.processEvents()
    view.viewport().repaint()
    return view.viewport().grab().toImage(), len(drawn)


def painted_by_qt(view, monkeypatch):
    monkeypatch.setattr(RowPainter, "for_frame", classmethod(lambda cls, view, texts, images: None))
    image, drawn = painted(view, monkeypatch)
    assert drawn == 0
    monkeypatch.undo()
    return image


def task_row(view, n):
    """The index of the `n`-th task row shown (not an area's or a project's)."""
    rows, index = [], view.indexAt(view.viewport().rect().topLeft())
    while index.isValid():
        if index.data(Role.TASK_ID) is not None:
            rows.append(index)
        index = view.indexBelow(index)
    return rows[n]


@pytest.mark.parametrize("look", ["light", "dark", "system", None])
def test_plain_rows_painted_at_once_are_the_image_qt_paints(table, qapp, restored_look, monkeypatch, look):
    if look is not None:  # None: Qt's own look, no theme applied
        theme.apply_theme(qapp, look)
    view = table.view()
    selection = view.selectionModel()
    selection.select(task_row(view, 6), selection.SelectionFlag.Rows | selection.SelectionFlag.Select)
    view.setCurrentIndex(task_row(view, 8).siblingAtColumn(Column.STATUS))
    steps = (
        "as shown", "a branch closed", "a row under the mouse", "scrolled sideways", "columns moved", "a narrow title",
    )  # fmt: skip
    for step in steps:
        if step == "a branch closed":  # its row's arrow points right, and the rows below move up
            parent = task_row(view, 0)
            assert view.model().hasChildren(parent) and view.isExpanded(parent)
            view.collapse(parent)
        if step == "a row under the mouse":
            below = QPointF(view.visualRect(task_row(view, 10)).center())
            hover = QHoverEvent(QEvent.Type.HoverMove, below, below, QPointF(-1, -1))
            QApplication.sendEvent(view.viewport(), hover)
            assert view.indexAt(below.toPoint()).isValid()
        if step == "scrolled sideways":
            view.horizontalScrollBar().setValue(37)
        if step == "columns moved":
            view.horizontalScrollBar().setValue(0)
            view.header().moveSection(view.header().visualIndex(Column.PERCENT), 1)
            view.header().moveSection(view.header().visualIndex(Column.TITLE), 3)
        if step == "a narrow title":  # the deeper rows' titles left to Qt, which clips them to the cell
            view.setColumnWidth(Column.TITLE, 85)
        fast, drawn = painted(view, monkeypatch)
        assert drawn > 10, step
        assert fast == painted_by_qt(view, monkeypatch), step
    colours = {fast.pixel(x, y) for x in range(0, fast.width(), 3) for y in range(0, fast.height(), 3)}
    assert len(colours) > 20  # rows painted: text, icons, the bars, a selection


def test_frames_qt_paints_whole(table, monkeypatch):
    """A column the painter does not read from the painted row (read live, or label chips), a column too narrow or
    an open editor leave the frame to Qt; the default columns do not."""
    view = table.view()
    _, drawn = painted(view, monkeypatch)
    assert drawn > 10
    for column in (Column.TOTAL_SLACK, Column.ID, Column.LABELS):
        view.setColumnHidden(column, False)
        _, drawn = painted(view, monkeypatch)
        assert drawn == 0, column
        view.setColumnHidden(column, True)
    width = view.columnWidth(Column.STATUS)
    view.setColumnWidth(Column.STATUS, 30)  # too narrow for its text: Qt clips it to the cell
    _, drawn = painted(view, monkeypatch)
    assert drawn == 0
    view.setColumnWidth(Column.STATUS, width)
    view.edit(task_row(view, 1).siblingAtColumn(Column.TITLE))
    _, drawn = painted(view, monkeypatch)
    assert drawn == 0


def test_a_cell_edited_from_the_keyboard_among_rows_painted_at_once(table, qtbot, monkeypatch):
    view = table.view()
    table.activateWindow()
    view.setFocus()
    index = task_row(view, 2).siblingAtColumn(Column.TITLE)
    task_id = index.data(Role.TASK_ID)
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view and editor.text() == table.controller.ws.tasks[task_id].title
    editor.selectAll()
    qtbot.keyClicks(editor, "Renamed")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.controller.ws.tasks[task_id].title == "Renamed")
    _, drawn = painted(view, monkeypatch)
    assert drawn > 10


@pytest.mark.parametrize("look", ["light", None])
def test_texts_laid_out_once_follow_a_new_font(table, qapp, restored_look, monkeypatch, look):
    """The cells' texts are laid out once and kept between frames: after the view's font changes they are laid out
    again in the new one (the same image as Qt's), not drawn as they were."""
    if look is not None:
        theme.apply_theme(qapp, look)
    view = table.view()
    first, drawn = painted(view, monkeypatch)
    assert drawn > 10
    font = view.font()
    font.setPointSizeF(font.pointSizeF() + 2)
    view.setFont(font)
    view.viewport().setFont(font)  # under a style sheet the view's font does not reach the viewport Qt paints with
    QApplication.processEvents()
    bigger, drawn = painted(view, monkeypatch)
    assert drawn > 10
    assert bigger != first
    assert bigger == painted_by_qt(view, monkeypatch)


def test_the_outline_is_what_qt_reads_for_the_branches(table):
    """The branches are drawn from the model's `outline` of a row: for it and each ancestor up to the root shown,
    whether a row follows it (what Qt's `drawBranches` asks through `rowCount` and `parent`, and what a style that
    draws branch lines shows)."""
    view = table.view()
    model, root = view.model(), view.rootIndex()
    index, rows = view.indexAt(view.viewport().rect().topLeft()), 0
    while index.isValid():
        expected, up = [], index
        while up != root:
            expected.append(model.rowCount(up.parent()) - 1 > up.row())
            up = up.parent()
        assert model.outline(model.node(index), model.node(root)) == tuple(expected)
        assert len(expected) > 1 or index.data(Role.TASK_ID) is None
        index, rows = view.indexBelow(index), rows + 1
    assert rows > 20
    assert model.outline(("task", 10**9), None) is None


@pytest.mark.parametrize("look", ["light", "dark"])
def test_the_gantt_trees_plain_rows_painted_at_once_are_the_image_qt_paints(
    table, qapp, restored_look, monkeypatch, look
):
    """The Gantt's tree paints its plain rows the table's way, at its own row height, with its own delegates (% done
    drawn as a bar, labels as text): the same image as Qt's cell by cell."""
    theme.apply_theme(qapp, look)
    table.show_view("gantt")
    gantt = table.view()
    view = gantt.tree
    view.expandAll()
    view.setColumnHidden(Column.PERCENT, False)
    selection = view.selectionModel()
    selection.select(task_row(view, 6), selection.SelectionFlag.Rows | selection.SelectionFlag.Select)
    view.setCurrentIndex(task_row(view, 8).siblingAtColumn(Column.START))
    for step in ("as shown", "a branch closed"):
        if step == "a branch closed":
            view.collapse(task_row(view, 0))
        fast, drawn = painted(view, monkeypatch)
        assert drawn > 10, step
        assert fast == painted_by_qt(view, monkeypatch), step
    view.setColumnHidden(Column.LABELS, False)  # the label chips' column, shown as text here: left to Qt
    view.header().moveSection(view.header().visualIndex(Column.LABELS), 1)
    _, drawn = painted(view, monkeypatch)
    assert drawn == 0


def test_the_tables_viewport_is_set_up_as_qts_own(window, qtbot):
    """The table's viewport is made in Python (so that PySide6 knows its class, see `rows_in_view._viewport`); it
    must look and behave as the one Qt makes for any tree view: its name (style sheets look for it), colours and
    flags, in the same window."""
    from PySide6.QtWidgets import QTreeView

    window.show()
    table = window.view()
    plain = QTreeView(window)
    plain.show()
    qtbot.waitUntil(lambda: table.viewport().isVisible() and plain.viewport().isVisible())
    flags = (
        Qt.WidgetAttribute.WA_StyledBackground,
        Qt.WidgetAttribute.WA_OpaquePaintEvent,
        Qt.WidgetAttribute.WA_NoSystemBackground,
        Qt.WidgetAttribute.WA_Hover,
        Qt.WidgetAttribute.WA_InputMethodEnabled,
        Qt.WidgetAttribute.WA_AcceptTouchEvents,
    )

    def look(viewport):
        return (
            viewport.objectName(),
            viewport.backgroundRole(),
            viewport.foregroundRole(),
            viewport.autoFillBackground(),
            viewport.hasMouseTracking(),
            viewport.focusPolicy(),
            [viewport.testAttribute(flag) for flag in flags],
        )

    assert look(table.viewport()) == look(plain.viewport())
    assert table.viewport().objectName() == "qt_scrollarea_viewport"
