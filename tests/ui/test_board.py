"""The board driven like a user would: drags onto the cells, keys, menus and the column editor, checked in the
models, the widgets and the workspace file (read while the window holds it)."""

import itertools
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from planner.core.board import Swimlanes
from planner.core.commands import AddObject, EditObject, EditTask, LinkTasks
from planner.core.filters import SmartList, TaskFilter
from planner.store.workspace_file import WorkspaceFile
from planner.ui import theme
from planner.ui.board import BoardView
from planner.ui.board.models import STALE_DAYS
from planner.ui.board.view import EMPTY_CELL
from planner.ui.models.columns import Role


def saved(path):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load()


def status_id(ws, name):
    return next(s.id for s in ws.statuses.values() if s.name == name)


@pytest.fixture
def board(window) -> BoardView:
    window.show_view("board")
    view = window.view()
    assert isinstance(view, BoardView)
    return view


def cell(view, name, lane=None):
    return view.cell_views[(lane, status_id(view.controller.ws, name))]


def titles(view, name, lane=None):
    ws = view.controller.ws
    return [ws.tasks[tid].title for tid in cell(view, name, lane).model().ids]


def task_named(ws, title):
    return next(t for t in ws.tasks.values() if t.title == title)


def drag(source, title, target, row=None):
    """Drag the card `title` from the `source` cell and drop it on the `target` cell: onto the card at `row`
    (it lands before it), or below the last card. Real drag events through the target's viewport."""
    ws = source.board_view.controller.ws
    index = source.model().index(source.model().ids.index(task_named(ws, title).id))
    mime = source.model().mimeData([index])
    if row is None:
        rect = target.visualRect(target.model().index(target.model().rowCount() - 1))
        point = QPoint(target.viewport().width() // 2, (rect.bottom() + 12) if rect.isValid() else 10)
    else:
        rect = target.visualRect(target.model().index(row))
        point = QPoint(rect.center().x(), rect.top() + 3)
    move, button, none = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(target.viewport(), QDragEnterEvent(point, move, mime, button, none))
    QApplication.sendEvent(target.viewport(), QDragMoveEvent(point, move, mime, button, none))
    QApplication.sendEvent(target.viewport(), QDropEvent(QPointF(point), move, mime, button, none))


def test_board_is_in_the_view_switcher_and_shows_the_columns(window, board):
    assert window.stack.currentWidget() is board
    assert [h.title.text() for h in board.headers.values()] == ["To do", "In progress", "Review", "Done"]
    assert titles(board, "To do") == ["Brief", "Design", "Build"]
    assert board.headers[status_id(board.controller.ws, "In progress")].count.text() == "0 / 5"
    assert board.current_node() is not None  # the first card is current, so the editor shows it


def test_dragging_a_card_to_another_column_records_history_in_the_file_and_undoes(window, board, workspace_path, qtbot):
    ws = window.controller.ws
    drag(cell(board, "To do"), "Design", cell(board, "In progress"))
    assert titles(board, "In progress") == ["Design"]
    assert titles(board, "To do") == ["Brief", "Build"]
    design = task_named(ws, "Design")
    on_disk = saved(workspace_path)
    assert on_disk.tasks[design.id].status_id == status_id(ws, "In progress")
    assert on_disk.tasks[design.id].started is not None
    [change] = on_disk.status_changes.values()
    assert (change.task_id, change.from_status_id, change.to_status_id) == (
        design.id,
        status_id(ws, "To do"),
        status_id(ws, "In progress"),
    )
    window.undo_action.trigger()
    assert titles(board, "To do") == ["Brief", "Design", "Build"]
    assert titles(board, "In progress") == []
    assert not saved(workspace_path).status_changes


def test_done_sets_the_completion_time_and_moving_out_clears_it(window, board, workspace_path):
    ws = window.controller.ws
    drag(cell(board, "To do"), "Brief", cell(board, "Done"))
    brief = task_named(ws, "Brief")
    on_disk = saved(workspace_path).tasks[brief.id]
    assert isinstance(on_disk.completed, datetime)
    assert on_disk.percent_complete == 100
    drag(cell(board, "Done"), "Brief", cell(board, "Review"))
    assert saved(workspace_path).tasks[brief.id].completed is None
    assert len(saved(workspace_path).status_changes) == 2


def test_order_within_a_column_is_kept_in_the_file(window, board, workspace_path, make_window):
    drag(cell(board, "To do"), "Build", cell(board, "To do"), row=0)
    assert titles(board, "To do") == ["Build", "Brief", "Design"]
    drag(cell(board, "To do"), "Build", cell(board, "To do"))  # below the last card
    assert titles(board, "To do") == ["Brief", "Design", "Build"]
    drag(cell(board, "To do"), "Design", cell(board, "To do"), row=0)
    window.close()
    again = make_window(workspace_path)
    again.sidebar.select_scope(next(iter(again.controller.ws.projects.values())) and ("project", 1))
    again.show_view("board")
    assert titles(again.view(), "To do") == ["Design", "Brief", "Build"]


def test_moving_past_the_wip_limit_asks_first(window, board, dialogs):
    ws = window.controller.ws
    doing = status_id(ws, "In progress")
    window.controller.run(EditObject("status", doing, wip_limit=1))
    drag(cell(board, "To do"), "Brief", cell(board, "In progress"))  # within the limit: no question
    dialogs.answer("ask_yes_no", False)
    drag(cell(board, "To do"), "Design", cell(board, "In progress"))
    ((_board, _title, question),) = dialogs.args("ask_yes_no")
    assert "limited to 1" in question and "makes it 2" in question
    assert titles(board, "In progress") == ["Brief"]
    dialogs.answer("ask_yes_no", True)
    drag(cell(board, "To do"), "Design", cell(board, "In progress"))
    assert titles(board, "In progress") == ["Brief", "Design"]
    header = board.headers[doing]
    assert header.over_limit and header.count.text() == "2 / 1"
    warning = theme.warning_color().name()
    assert warning in header.styleSheet() and warning in header.count.styleSheet()
    window.undo_action.trigger()  # back within the limit: the warning goes (style sheets are set only on a change)
    assert not header.over_limit and warning not in header.styleSheet() + header.count.styleSheet()
    assert theme.muted_color().name() in header.count.styleSheet()


def test_a_blocked_card_moved_to_done_warns_and_names_its_open_predecessors(window, board, dialogs):
    ws = window.controller.ws
    brief, design = task_named(ws, "Brief"), task_named(ws, "Design")
    window.controller.run(LinkTasks(brief.id, design.id))
    assert board.board.card(design.id).blocked_by == ("Brief",)
    dialogs.answer("ask_yes_no", False)
    drag(cell(board, "To do"), "Design", cell(board, "Done"))
    ((_board, title, question),) = dialogs.args("ask_yes_no")
    assert title == "Blocked work" and "“Brief”" in question
    assert ws.tasks[design.id].status_id == status_id(ws, "To do")
    drag(cell(board, "To do"), "Brief", cell(board, "Done"))  # not blocked: no question (it would fail the test)
    assert board.board.card(design.id).blocked_by == ()  # its predecessor is done now


def test_dragging_between_swimlanes_reassigns_and_undo_puts_it_back(window, board):
    ws = window.controller.ws
    person = AddObject("person", name="Maya Patel", initials="MP")
    window.controller.run(person)
    window.controller.run(EditTask(task_named(ws, "Brief").id, assignments={person.id: 1.0}))
    board.set_swimlanes(Swimlanes.ASSIGNEE)
    assert board.board.lanes == [person.id, None]
    assert board.lane_rows[person.id].header.text().startswith("Maya Patel")
    drag(cell(board, "To do", lane=None), "Build", cell(board, "Review", lane=person.id))
    build = task_named(ws, "Build")
    assert build.assignments == {person.id: 1.0}
    assert titles(board, "Review", lane=person.id) == ["Build"]
    window.undo_action.trigger()
    assert ws.tasks[build.id].assignments == {}
    assert titles(board, "To do", lane=None) == ["Design", "Build"]


def test_swimlanes_collapse_and_every_grouping_builds(window, board):
    for by in Swimlanes:
        board.set_swimlanes(by)
        assert sum(len(m.ids) for m in board.board.cells.values()) == 3
    board.set_swimlanes(Swimlanes.PRIORITY)
    lane = board.board.lanes[0]
    board.lane_rows[lane].header.click()
    assert board.lane_rows[lane].collapsed and board.lane_rows[lane].cells.isHidden()
    board.lane_rows[lane].header.click()
    assert not board.lane_rows[lane].cells.isHidden()


def test_cards_kept_through_a_change_of_swimlanes_are_the_cards_made_afresh(window, board):
    ws = window.controller.ws
    person = AddObject("person", name="Maya Patel", initials="MP")
    window.controller.run(person)
    board.repaint()  # the cards in sight are made
    window.controller.run(EditTask(task_named(ws, "Brief").id, title="Brief, longer", assignments={person.id: 1.0}))
    for by in [*Swimlanes, Swimlanes.NONE]:
        board.set_swimlanes(by)
        board.repaint()
        shown = [tid for model in board.board.cells.values() for tid in model.ids]
        assert [board.board.card(tid) for tid in shown] == [board.board._make_card(tid) for tid in shown]
    assert board.board.card(task_named(ws, "Brief, longer").id).people == (("MP", person.id),)


def test_keyboard_moves_cards_across_columns_and_within_one(window, board, qtbot):
    ws = window.controller.ws
    design = task_named(ws, "Design")
    board.select_task(design.id)
    view = cell(board, "To do")
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view, Qt.Key.Key_Right, ctrl)
    assert ws.tasks[design.id].status_id == status_id(ws, "In progress")
    assert board.current_node() == ("task", design.id)
    board.select_task(task_named(ws, "Brief").id)
    qtbot.keyClick(cell(board, "To do"), Qt.Key.Key_Down, ctrl)
    assert titles(board, "To do") == ["Build", "Brief"]
    qtbot.keyClick(cell(board, "To do"), Qt.Key.Key_Up, ctrl)
    assert titles(board, "To do") == ["Brief", "Build"]
    board.select_task(design.id)
    qtbot.keyClick(cell(board, "In progress"), Qt.Key.Key_Left, ctrl)
    assert titles(board, "To do")[0] == "Design"  # back at the top of the column


def test_several_selected_cards_move_together(window, board, qtbot):
    ws = window.controller.ws
    ids = [task_named(ws, "Brief").id, task_named(ws, "Build").id]
    board.select_tasks(ids)
    assert board.selected_task_ids() == ids
    qtbot.keyClick(cell(board, "To do"), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert titles(board, "In progress") == ["Brief", "Build"]
    assert board.selected_task_ids() == ids
    window.delete_action.trigger()  # the window's actions work on the board's selection
    assert titles(board, "In progress") == []


def test_quick_add_puts_a_new_card_on_top_of_its_column(window, board, qtbot):
    ws = window.controller.ws
    header = board.headers[status_id(ws, "Review")]
    header.start_quick_add()
    qtbot.keyClicks(header.quick, "Check the copy")
    qtbot.keyClick(header.quick, Qt.Key.Key_Return)
    qtbot.keyClicks(header.quick, "Check the links")
    qtbot.keyClick(header.quick, Qt.Key.Key_Return)
    assert titles(board, "Review") == ["Check the links", "Check the copy"]
    assert task_named(ws, "Check the copy").project_id == next(iter(ws.projects))
    card = task_named(ws, "Check the copy")  # a card of a project has dates at once: a day from its start
    assert card.duration == 480 and card.start is not None and card.finish == ws.calendar.day_end(card.start.date())
    assert header.quick.isVisible()
    qtbot.keyClick(header.quick, Qt.Key.Key_Escape)
    assert not header.quick.isVisible()


def test_double_click_opens_the_editor_on_the_card(window, board, qtbot):
    view = cell(board, "To do")
    rect = view.visualRect(view.model().index(1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.task_id == task_named(window.controller.ws, "Design").id
    assert window.editor.isVisible()
    assert QApplication.focusWidget() is window.editor.title


def test_card_menu_moves_and_deletes(window, board, dialogs):
    ws = window.controller.ws
    dialogs.answer("show_menu")
    view = cell(board, "To do")
    view.customContextMenuRequested.emit(view.visualRect(view.model().index(2)).center())
    ((menu, _position),) = dialogs.args("show_menu")
    texts = [a.text() for a in menu.actions()]
    assert "Open in Editor" in texts and "&Delete" in texts
    move_to = next(a.menu() for a in menu.actions() if a.text() == "Move To")
    next(a for a in move_to.actions() if a.text() == "Done").trigger()
    assert task_named(ws, "Build").status_id == status_id(ws, "Done")


def test_columns_are_added_renamed_limited_moved_and_deleted(window, board, dialogs):
    ws = window.controller.ws
    dialogs.answer("ask_text", "Blocked", "Waiting")
    assert board.add_column(1)
    assert [h.title.text() for h in board.headers.values()] == ["To do", "Blocked", "In progress", "Review", "Done"]
    blocked = status_id(ws, "Blocked")
    assert board.rename_column(blocked)
    dialogs.answer("ask_number", 2)
    assert board.set_wip_limit(blocked)
    assert board.headers[blocked].count.text() == "0 / 2"
    dialogs.answer("show_menu")
    board.column_menu(blocked, QPoint())
    ((menu, _position),) = dialogs.args("show_menu")
    next(a for a in menu.actions() if a.text() == "Move Right").trigger()
    assert [s.name for s in ws.ordered("status")] == ["To do", "In progress", "Waiting", "Review", "Done"]
    drag(cell(board, "To do"), "Brief", cell(board, "Waiting"))
    dialogs.answer("ask_choice", "Review")
    assert board.delete_column(blocked)
    assert "Waiting" not in [h.title.text() for h in board.headers.values()]
    assert titles(board, "Review") == ["Brief"]
    window.undo_action.trigger()
    assert titles(board, "Waiting") == ["Brief"]


def test_scope_and_filter_bar_choose_the_cards(window, board, qtbot):
    qtbot.keyClicks(window.filter_bar.search, "des")
    qtbot.waitUntil(lambda: titles(board, "To do") == ["Design"])
    window.filter_bar.clear()
    qtbot.waitUntil(lambda: len(titles(board, "To do")) == 3)
    window.proxy.set_filter(TaskFilter(text="nothing like it"))
    board.apply_scope()
    assert titles(board, "To do") == []


def test_sample_board_shows_every_leaf_and_marks(make_window, tmp_path):
    win = make_window(tmp_path / "unused.planner", sample=True)
    win.show_view("board")
    win.sidebar.select_scope(SmartList.ALL)  # the board opened on the first project; every card here
    view = win.view()
    ws = win.controller.ws
    leaves = [t for t in ws.tasks.values() if not ws.is_summary(t.id)]
    series = {t.id for t in leaves if t.recurrence and t.routine_id is None}
    assert series  # routines are the series: their occurrences are the cards, not they
    shown = {tid for m in view.board.cells.values() for tid in m.ids}
    assert shown == {t.id for t in leaves} - series
    cards = [view.board.card(t.id) for t in leaves]
    assert any(c.blocked_by for c in cards)
    assert any(c.checklist for c in cards)
    assert any(c.labels for c in cards)
    view.board.refresh_critical()
    assert any(view.board.card(t.id).critical for t in leaves)
    grab = view.grab()  # paints every kind of card without error
    assert not grab.isNull()


def test_card_models_pass_the_model_tester(window, board, qtmodeltester):
    ws = window.controller.ws
    todo = cell(board, "To do").model()
    qtmodeltester.check(todo)
    drag(cell(board, "To do"), "Build", cell(board, "To do"), row=0)
    drag(cell(board, "To do"), "Brief", cell(board, "Review"))
    window.undo_action.trigger()
    qtmodeltester.check(todo)
    qtmodeltester.check(cell(board, "Review").model())
    assert todo.mimeTypes() and todo.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert [ws.tasks[t].title for t in todo.ids] == ["Build", "Brief", "Design"]


def caution_pixels(view) -> int:
    image = view.grab().toImage()
    caution = theme.caution_color()
    return sum(
        1 for x in range(0, image.width(), 1) for y in range(0, image.height(), 2) if image.pixelColor(x, y) == caution
    )


@pytest.mark.parametrize(("days", "stale"), [(5, False), (52, True)])
def test_a_cards_age_names_its_column_and_is_coloured_only_past_the_threshold(window, days, stale):
    window.controller.today = lambda: date.today() + timedelta(days=days)
    window.show_view("board")
    todo = cell(window.view(), "To do")
    index = todo.model().index(0)
    said = f"{days} days in To do (highlighted from {STALE_DAYS} days in one column)"
    assert index.data(Role.CARD).stale is stale
    assert said in index.data(Qt.ItemDataRole.ToolTipRole).splitlines()
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole).endswith(said)
    assert (caution_pixels(todo) > 0) is stale


def test_cards_are_as_tall_as_their_content_with_no_gaps_between_them(window, board, qtbot):
    controller = window.controller
    ws = controller.ws
    label = AddObject("label", name="Bug", color="#dc2626")
    controller.run(label)
    long_title = "A card whose title is long enough to need a second line on any card width"
    brief = task_named(ws, "Brief").id
    controller.run(EditTask(task_named(ws, "Design").id, title=long_title, labels=[label.id]))
    qtbot.waitUntil(lambda: cell(board, "To do").isVisible())
    todo = cell(board, "To do")
    qtbot.wait(20)  # the cell lays its cards out after the change
    model, delegate = todo.model(), board.delegate
    rects = [todo.visualRect(model.index(row)) for row in range(model.rowCount())]
    width = todo.viewport().width() - 2 * todo.spacing()
    for row, rect in enumerate(rects):
        card = model.index(row).data(Role.CARD)
        assert rect.height() == delegate.card_height(card, todo.font(), width)
    heights = {model.ids[row]: rect.height() for row, rect in enumerate(rects)}
    tall = heights[task_named(ws, long_title).id]
    assert heights[brief] == tall - delegate.line  # a one-line title: a line shorter
    for above, below in itertools.pairwise(rects):
        assert below.top() - above.bottom() <= 2 * todo.spacing() + 1  # no empty gap between cards
    assert todo.height() <= rects[-1].bottom() + EMPTY_CELL


def test_a_cards_time_in_its_column_is_drawn_as_days_with_its_meaning_in_words(window, board):
    window.controller.today = lambda: date.today() + timedelta(days=52)
    board.board.reload()
    index = cell(board, "To do").model().index(0)
    card = index.data(Role.CARD)
    assert card.age_days == 52
    assert "52 days in To do" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "52 days in To do" in index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
