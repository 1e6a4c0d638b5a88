"""What a screen reader finds in each view, walked the way it walks: from the main window's accessible interface
down through child(i), reading names and descriptions. The painted views expose their items through item views
beside them (the Gantt's tree, the calendar's agenda list, the board's card lists); selection in the painting
moves those views' current row, which is what a screen reader announces."""

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTreeView, QWidget

from planner.reports import formats
from planner.ui.calendar.agenda import when_text
from planner.ui.models.columns import Role

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


def walk(window: QWidget) -> list[tuple[str, str]]:
    """(name, description) of every accessible object under the window that is not inside a hidden widget."""
    found: list[tuple[str, str]] = []

    def visit(interface, depth: int) -> None:
        assert depth < 40, "the accessible tree loops"
        if interface is None or not interface.isValid():
            return
        widget = interface.object()
        if isinstance(widget, QWidget) and not widget.isVisible():
            return
        found.append((interface.text(NAME), interface.text(DESCRIPTION)))
        for i in range(interface.childCount()):
            visit(interface.child(i), depth + 1)

    visit(QAccessible.queryAccessibleInterface(window), 0)
    return found


def shown_rows(view: QAbstractItemView) -> list[QModelIndex]:
    """The first-column index of every row the item view shows (a tree's rows under expanded branches)."""
    model, out = view.model(), []

    def rows(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append(index)
            if isinstance(view, QTreeView) and view.isExpanded(index):
                rows(index)

    rows(view.rootIndex())
    return out


@pytest.fixture
def sample(make_window, workspace_path):
    return make_window(workspace_path, sample=True)


def _show(window, qtbot, view: str):
    window.show_view(view)
    qtbot.wait(20)
    return window.views[view]


def test_table_and_gantt_rows_are_found_by_title(sample, qtbot):
    ws = sample.controller.ws
    for name in ("table", "gantt"):
        view = _show(sample, qtbot, name)
        tree = view if isinstance(view, QTreeView) else view.tree
        titles = {ws.tasks[i.data(Role.TASK_ID)].title for i in shown_rows(tree) if i.data(Role.TASK_ID) in ws.tasks}
        names = {name for name, _ in walk(sample)}
        assert len(titles) > 10, name
        assert titles <= names, (name, titles - names)


def test_usage_rows_people_and_their_tasks_are_found(sample, qtbot):
    view = _show(sample, qtbot, "usage")
    view.tree.expandAll()
    ws, model = sample.controller.ws, view.tree.model()
    rows = shown_rows(view.tree)
    titles = {ws.tasks[model.task_id(i)].title for i in rows if model.task_id(i) is not None}
    people = {i.data() for i in rows if model.task_id(i) is None}
    names = {name for name, _ in walk(sample)}
    assert len(titles) > 10 and len(people) > 3
    assert titles | people <= names


def test_the_gantt_tree_describes_each_bar_with_its_dates(sample, qtbot):
    view = _show(sample, qtbot, "gantt")
    ws = sample.controller.ws
    found = dict(walk(sample))
    tasks = [ws.tasks[ident] for kind, ident in view.rows if kind == "task" and ws.tasks[ident].start is not None]
    assert len(tasks) > 10
    for task in tasks:
        assert formats.day_month(task.start) in found[task.title], task.title
    assert ("Gantt chart", view.chart.accessibleDescription()) in found.items()
    linked = next(t for t in tasks if ws.predecessors(t.id) and not t.milestone)
    assert ws.predecessors(linked.id)[0].title in found[linked.title]


def test_every_card_of_the_board_is_named_with_its_column_due_date_and_people(sample, qtbot):
    _show(sample, qtbot, "board")
    ws = sample.controller.ws
    names = [name for name, _ in walk(sample)]
    cards = [i.data(Role.TASK_ID) for view in sample.views["board"].findChildren(QAbstractItemView)
             if view.isVisible() for i in shown_rows(view) if i.data(Role.TASK_ID) is not None]  # fmt: skip
    assert len(cards) > 10
    for task_id in cards:
        task = ws.tasks[task_id]
        name = next((n for n in names if n.startswith(task.title + ",")), None)
        assert name is not None, task.title
        assert ws.statuses[task.status_id].name in name
        for person_id in task.assignments:
            assert ws.people[person_id].name in name


def test_every_item_of_the_calendar_period_is_in_the_agenda_list_with_its_date(sample, qtbot):
    view = _show(sample, qtbot, "calendar")
    names = [name for name, _ in walk(sample)]
    assert len(view.items) > 5
    for item in view.items:
        assert any(n.startswith(item.title) and when_text(item) in n for n in names), item.title
        assert formats.weekday_day_month(item.start) in when_text(item)


def test_people_and_history_rows_are_found(sample, qtbot):
    ws = sample.controller.ws
    view = _show(sample, qtbot, "people")
    assert {p.name for p in ws.people.values()} <= {name for name, _ in walk(sample)}
    task = next(iter(ws.tasks.values()))
    sample.views["table"].select_task(task.id)
    from planner.core.commands import EditTask

    sample.controller.run(EditTask(task.id, title="Renamed for the history"))
    view = _show(sample, qtbot, "history")
    changes = [i.data() for i in shown_rows(view.tree) if i.data()]
    assert changes
    assert set(changes) <= {name for name, _ in walk(sample)}


def test_arrowing_through_gantt_bars_moves_the_tree_current_row_and_the_accessible_focus(sample, qtbot):
    view = _show(sample, qtbot, "gantt")
    sample.activateWindow()
    qtbot.waitActive(sample)
    view.select_first_task()
    view.chart.setFocus()
    qtbot.waitUntil(view.chart.hasFocus)
    tree_interface = QAccessible.queryAccessibleInterface(view.tree)
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        current = view.tree.currentIndex()
        assert view.selected_task_ids() == [current.data(Role.TASK_ID)]
        focused = tree_interface.focusChild()
        assert focused is not None and focused.text(NAME) == current.siblingAtColumn(0).data()
        seen.append(current.data(Role.TASK_ID))
    assert len(set(seen)) == 5
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert view.tree.currentIndex().data(Role.TASK_ID) == seen[-2]


def test_calendar_selection_moves_the_agenda_row_and_the_list_selects_and_opens(sample, qtbot):
    view = _show(sample, qtbot, "calendar")
    agenda = view.agenda
    items = agenda.agenda.items
    assert agenda.isVisible() and len(items) > 3
    # The canvas's choice moves the list's current row.
    view.choose(items[2])
    assert agenda.currentIndex().row() == 2
    # Arrowing in the list selects in the canvas; Enter opens the item in the editor.
    sample.activateWindow()
    qtbot.waitActive(sample)
    agenda.setFocus()
    qtbot.waitUntil(agenda.hasFocus)
    qtbot.keyClick(agenda, Qt.Key.Key_Down)
    row = agenda.currentIndex().row()
    assert row == 3 and view.selected == agenda.currentIndex().data(Role.TASK_ID)
    opened = []
    view.editor_requested.connect(opened.append)
    qtbot.keyClick(agenda, Qt.Key.Key_Return)
    assert opened == [view.selected]
    # The list can be put away, and the canvas keeps working without it.
    toggle = next(b for b in view.toolbar.findChildren(QWidget) if b.toolTip().startswith("Show or hide the list"))
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not agenda.isVisible()
