"""`BoardView`: the kanban board over the shared task data: column headers with counts and WIP limits, collapsible
swimlanes, and one list view of painted cards per cell.

It shows `BoardModel` and turns drags, keys, menus and the column editor into commands through the controller;
its questions and menus go through planner.ui.dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.board import AddStatus, LaneKey, MoveStatus, Swimlanes, rank
from planner.core.commands import CreateTask, DeleteObject, EditObject
from planner.core.filters import SmartList
from planner.core.i18n import plural, tr
from planner.core.model import StatusKind
from planner.core.schedule import new_task_fields
from planner.ui import dialogs, theme
from planner.ui.assignments import carries_people, drop_people
from planner.ui.board.delegate import CardDelegate
from planner.ui.board.models import BoardModel, CardListModel, Cell
from planner.ui.controller import Controller
from planner.ui.guard import guarded
from planner.ui.models.columns import Role
from planner.ui.models.task_filter import TaskFilterProxy
from planner.ui.rules_dialog import edit_rules

MIN_COLUMN = 180  # narrower, and a card's title and date no longer fit
MARGIN = 12
COLUMN_GAP = 10
EMPTY_CELL = 56  # an empty cell keeps room to drop a card into


def kind_name(kind: StatusKind) -> str:
    """What a column counts as, in the user's language."""
    names = {StatusKind.TODO: tr("Board", "To do"), StatusKind.DOING: tr("Board", "In progress"),
             StatusKind.DONE: tr("Board", "Done")}  # fmt: skip
    return names[kind]


class BoardView(QWidget):
    name = "board"
    title = "Board"
    icon_name = "board"
    opens_on_a_container = True  # first shown on the project or area used last, not on "All"

    current_task_changed = Signal(object)  # task id or None
    context_menu_requested = Signal(object)  # global QPoint, on empty board space
    editor_requested = Signal(object)  # task id: double-click or Enter on a card opens it in the window's editor

    def __init__(self, proxy: TaskFilterProxy, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("Board")
        self.proxy = proxy
        self.controller = controller
        self.board = BoardModel(proxy, controller, self)
        self.hold()  # built behind the view in front: its cards are sorted when it first catches up
        self.board.confirm = lambda title, text: dialogs.ask_yes_no(self, title, text)
        self.delegate = CardDelegate(self)
        self.cell_views: dict[Cell, CardListView] = {}
        self.headers: dict[int, ColumnHeader] = {}
        self.lane_rows: dict[LaneKey, LaneRow] = {}
        self._collapsed: set[tuple[Swimlanes, LaneKey]] = set()
        self._current: tuple[Cell, int] | None = None  # (cell, task id) of the current card
        self._column_width = MIN_COLUMN

        self.lanes_box = QComboBox()
        for by in Swimlanes:
            self.lanes_box.addItem(by.label, by.value)
        self.lanes_box.setToolTip(tr("Board", "Group the cards into swimlanes"))
        self.lanes_box.currentIndexChanged.connect(lambda: self.set_swimlanes(Swimlanes(self.lanes_box.currentData())))
        add_column = QToolButton()
        add_column.setIcon(theme.icon("add"))
        add_column.setText(tr("Board", "Column"))
        add_column.setToolTip(tr("Board", "Add a column at the end of the board"))
        add_column.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        add_column.setAutoRaise(True)
        add_column.clicked.connect(lambda: self.add_column(len(self.board.statuses)))
        self.summary = QLabel()
        self.summary.setForegroundRole(self.summary.foregroundRole())
        bar = QHBoxLayout()
        bar.setContentsMargins(MARGIN, 6, MARGIN, 2)
        bar.addWidget(QLabel(tr("Board", "Swimlanes:")))
        bar.addWidget(self.lanes_box)
        bar.addSpacing(12)
        bar.addWidget(self.summary)
        bar.addStretch(1)
        bar.addWidget(add_column)

        self.header_row = QWidget()
        self.header_layout = QHBoxLayout(self.header_row)
        self.header_layout.setContentsMargins(MARGIN, 6, MARGIN, 0)
        self.header_layout.setSpacing(COLUMN_GAP)
        self.header_area = QScrollArea()
        self.header_area.setWidget(self.header_row)
        self.header_area.setWidgetResizable(True)
        self.header_area.setFrameShape(QFrame.Shape.NoFrame)
        self.header_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.body = QWidget()
        self.body.setObjectName("BoardBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(MARGIN, 0, MARGIN, MARGIN)
        self.body_layout.setSpacing(0)
        self.body_area = QScrollArea()
        self.body_area.setWidget(self.body)
        self.body_area.setWidgetResizable(True)
        self.body_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body_area.horizontalScrollBar().valueChanged.connect(self.header_area.horizontalScrollBar().setValue)
        self.body_area.viewport().installEventFilter(self)  # its width changes when the scroll bar comes and goes
        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.body.customContextMenuRequested.connect(
            lambda pos: self.context_menu_requested.emit(self.body.mapToGlobal(pos))
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.header_area)
        layout.addWidget(self.body_area, 1)
        self.setStyleSheet(
            "#BoardBody, #Board QScrollArea, #Board QScrollArea > QWidget > QWidget { background: palette(base); }"
            "QListView#BoardCell { background: palette(window); border-radius: 8px; padding: 0px; }"
            "QFrame#ColumnHeader { background: palette(window); border-radius: 8px; }"
        )
        self.board.layout_changed.connect(self._rebuild)
        self.board.counts_changed.connect(self._update_counts)
        self.proxy.modelReset.connect(self.apply_scope)

    # -- building ----------------------------------------------------------------------------------------------
    def set_swimlanes(self, by: Swimlanes) -> None:
        by = Swimlanes(by)
        self.lanes_box.blockSignals(True)
        self.lanes_box.setCurrentIndex(self.lanes_box.findData(by.value))
        self.lanes_box.blockSignals(False)
        if by is not self.board.by:
            selected = self.selected_task_ids()
            self.board.set_swimlanes(by)
            self.select_tasks(selected)

    def apply_scope(self) -> None:
        if self.board.held:
            self.board.stale = True  # sorting 10,000 cards (~90 ms) waits until the board is in front
            return
        selected = self.selected_task_ids()
        self.board.reload()
        self.select_tasks(selected, notify=False)

    def _rebuild(self) -> None:
        """New cells for new columns or lanes; the old widgets go (they only ever held ids)."""
        self._current = None
        for widget in [*self.headers.values(), *self.lane_rows.values()]:
            widget.hide()
            widget.deleteLater()
        self.headers.clear()
        self.lane_rows.clear()
        self.cell_views.clear()
        while self.body_layout.count():
            self.body_layout.takeAt(0)
        while self.header_layout.count():
            self.header_layout.takeAt(0)
        board = self.board
        for status in board.statuses:
            header = ColumnHeader(self, status.id)
            self.headers[status.id] = header
            self.header_layout.addWidget(header, 0, Qt.AlignmentFlag.AlignTop)
        self.header_layout.addStretch(1)
        show_lanes = board.by is not Swimlanes.NONE
        for lane in board.lanes:
            row = LaneRow(self, lane, show_lanes)
            self.lane_rows[lane] = row
            for status in board.statuses:
                cell = (lane, status.id)
                view = CardListView(self, board.cells[cell])
                self.cell_views[cell] = view
                row.add_cell(view)
            row.set_collapsed((board.by, lane) in self._collapsed)
            self.body_layout.addWidget(row)
        self.body_layout.addStretch(1)
        self._layout_columns()

    def _layout_columns(self) -> None:
        """Every column as wide as the board allows (at least MIN_COLUMN), headers and cells alike."""
        count = max(1, len(self.headers))
        available = self.body_area.viewport().width() - 2 * MARGIN - COLUMN_GAP * (count - 1)
        width = max(MIN_COLUMN, (available - 4) // count)  # a few pixels spare, or rounding shows a scroll bar
        self._column_width = width
        # Scroll sideways only when the columns cannot fit at their narrowest.
        fits = (available - 4) // count >= MIN_COLUMN
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.body_area.setHorizontalScrollBarPolicy(policy)
        for header in self.headers.values():
            header.setFixedWidth(width)
        for view in self.cell_views.values():
            view.setFixedWidth(width)
        # The header strip scrolls with the body; it needs room for the body's vertical scroll bar too.
        bar = self.body_area.verticalScrollBar()
        extra = bar.width() if bar.isVisible() else 0
        self.header_layout.setContentsMargins(MARGIN, 6, MARGIN + extra, 0)
        self.header_area.setFixedHeight(self.header_row.sizeHint().height())
        for row in self.lane_rows.values():
            row.fit_height()

    # -- held while hidden (planner.ui.views.HeldWhileHidden) ----------------------------------------------
    def hold(self) -> None:
        self.board.hold(True)  # edits made in another view are gathered until the board is in front again

    def catch_up(self) -> None:
        self.board.hold(False)  # the changes made while hidden, followed before the board is painted
        if self.board.stale:
            self.apply_scope()
        if self._current is None:  # so the editor beside the board has a card to show
            self.select_first_task()

    @guarded(default=False)
    def eventFilter(self, watched, event) -> bool:
        if watched is self.body_area.viewport() and event.type() == event.Type.Resize:
            self._layout_columns()
        return super().eventFilter(watched, event)

    def _update_counts(self) -> None:
        board = self.board
        for status in board.statuses:
            header = self.headers.get(status.id)
            if header is not None:
                header.set_count(board.column_count(status.id), status)
        for lane, row in self.lane_rows.items():
            row.set_count(board.lane_count(lane))
            row.fit_height()
        total = sum(len(model.ids) for model in board.cells.values())
        self.summary.setText(plural("%n card(s)", None, total))

    def toggle_lane(self, lane: LaneKey) -> None:
        key = (self.board.by, lane)
        self._collapsed ^= {key}
        self.lane_rows[lane].set_collapsed(key in self._collapsed)

    # -- selection -----------------------------------------------------------------------------------------------
    def _view_pressed(self, view: CardListView) -> None:
        """A plain click selects in one cell only; with Ctrl or Shift the other cells keep their selection."""
        modifiers = QApplication.keyboardModifiers()
        if not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            for other in self.cell_views.values():
                if other is not view and other.selectionModel().hasSelection():
                    other.clearSelection()

    def _current_changed(self, view: CardListView, current: QModelIndex) -> None:
        task_id = current.data(Role.TASK_ID) if current.isValid() else None
        self._current = (view.cell, task_id) if task_id is not None else None
        self.current_task_changed.emit(task_id)

    def current_node(self):
        if self._current is None:
            return None
        task_id = self._current[1]
        return ("task", task_id) if task_id in self.controller.ws.tasks else None

    def selected_task_ids(self) -> list[int]:
        ids: list[int] = []
        for view in self.cell_views.values():
            rows = sorted(index.row() for index in view.selectionModel().selectedIndexes())
            ids.extend(view.model().ids[row] for row in rows if row < len(view.model().ids))
        if not ids and self.current_node() is not None:
            ids.append(self._current[1])
        return ids

    def select_first_task(self) -> None:
        for lane in self.board.lanes:
            for status in self.board.statuses:
                model = self.board.cells[(lane, status.id)]
                if model.ids:
                    self.select_task(model.ids[0])
                    return

    def select_task(self, task_id: int, edit: bool = False) -> None:
        self.select_tasks([task_id])
        if edit and self.current_node() == ("task", task_id):
            self.editor_requested.emit(task_id)

    def select_tasks(self, task_ids: list[int], notify: bool = True) -> None:
        """Select these cards (those on the board), the first one current and in sight."""
        placed = [(tid, self.board.cell_of(tid)) for tid in task_ids]
        placed = [(tid, cell) for tid, cell in placed if cell is not None and cell in self.cell_views]
        for view in self.cell_views.values():
            view.clearSelection()
        if not placed:
            return
        first_id, first_cell = placed[0]
        for tid, cell in reversed(placed):
            view = self.cell_views[cell]
            index = view.model().index(view.model().ids.index(tid))
            flag = QItemSelectionModel.SelectionFlag.Select
            if tid == first_id:
                view.blockSignals(True)
                view.selectionModel().blockSignals(True)
                view.selectionModel().setCurrentIndex(index, flag)
                view.selectionModel().blockSignals(False)
                view.blockSignals(False)
                view.viewport().update()
                # Said here, not through currentChanged, which is silent when the card was current already.
                changed = self._current is None or self._current[1] != tid
                self._current = (cell, tid)
                if notify and changed:
                    self.current_task_changed.emit(tid)
            else:
                view.selectionModel().select(index, flag)
        view = self.cell_views[first_cell]
        row = self.lane_rows.get(first_cell[0])
        if row is not None and row.collapsed:
            self.toggle_lane(first_cell[0])
        view.setFocus()
        self.reveal(view, view.model().ids.index(first_id))

    def reveal(self, view: CardListView, row: int) -> None:
        """Scroll the board (not the cell, which never scrolls) so a card is in sight."""
        rect = view.visualRect(view.model().index(row))
        if not rect.isValid():
            QTimer.singleShot(0, lambda: self._reveal_later(view, row))
            return
        center = view.viewport().mapTo(self.body, rect.center())
        self.body_area.ensureVisible(center.x(), center.y(), rect.width() // 2, rect.height() // 2 + 8)

    def _reveal_later(self, view: CardListView, row: int) -> None:
        if view in self.cell_views.values() and row < view.model().rowCount():
            rect = view.visualRect(view.model().index(row))
            if rect.isValid():
                self.reveal(view, row)

    # -- moving cards ------------------------------------------------------------------------------------------
    def move_selected(self, columns: int = 0, lanes: int = 0, rows: int = 0) -> bool:
        """Keyboard moves: to the next column or lane (top of the cell), or up and down within the cell."""
        ids = self.selected_task_ids()
        if not ids or self._current is None:
            return False
        (lane, status_id), _ = self._current
        board = self.board
        status_ids = [s.id for s in board.statuses]
        column = status_ids.index(status_id) + columns
        lane_index = board.lanes.index(lane) + lanes
        if not (0 <= column < len(status_ids) and 0 <= lane_index < len(board.lanes)):
            return False
        target = (board.lanes[lane_index], status_ids[column])
        cards = board.cells[target].ids
        if rows:
            ids = [tid for tid in ids if tid in cards]  # up and down move the current cell's cards only
            if not ids:
                return False
            places = [cards.index(tid) for tid in ids]
            first, last = min(places), max(places)
            if rows < 0:
                if first == 0:
                    return False
                before = cards[first - 1]
            else:
                if last == len(cards) - 1:
                    return False
                # Past the card below the lowest moving one (no moving card is further down; no copy of the cell
                # without the moving cards: a column can hold 100,000 cards).
                before = cards[last + 2] if last + 2 < len(cards) else None
        else:
            before = next((tid for tid in cards if tid not in ids), None)
        moved = board.move_cards(ids, target[1], before, target[0])
        if moved:
            self.select_tasks(ids)
        return moved

    def move_to_column(self, task_ids: list[int], status_id: int, top: bool = False) -> bool:
        """Move cards to another column (or to the top or bottom of their own), keeping each card's lane."""
        board, ok = self.board, False
        groups: dict[LaneKey, list[int]] = {}
        for tid in task_ids:
            cell = board.cell_of(tid)
            if cell is not None:
                groups.setdefault(cell[0], []).append(tid)
        for lane, ids in groups.items():
            cards = board.cells[(lane, status_id)].ids
            before = next((tid for tid in cards if tid not in ids), None) if top else None
            ok = board.move_cards(ids, status_id, before, lane) or ok
        if ok:
            self.select_tasks(task_ids)
        return ok

    def quick_add(self, status_id: int, title: str) -> int | None:
        """A new card at the top of a column, in the project or area the board shows (or the current card's)."""
        ws = self.controller.ws
        scope = self.proxy.scope
        if not isinstance(scope, SmartList):
            container = scope
        elif self.current_node() is not None:
            container = ws.tasks[self.current_node()[1]].container()
        else:
            keys = [("area", a.id) for a in ws.ordered("area")] + [("project", p.id) for p in ws.ordered("project")]
            if not keys:
                return None
            container = keys[0]
        top = [ws.tasks[tid] for model in self._cells_of_column(status_id) for tid in model.ids[:1]]
        board_rank = min((rank(t) for t in top), default=1.0) - 1.0
        fields = new_task_fields(ws, container, self.controller.today())  # a card of a project gets dates too
        command = CreateTask(container, title, status_id=status_id, board_rank=board_rank, **fields)
        if not self.controller.run(command):
            return None
        self.select_task(command.id)
        return command.id

    def _cells_of_column(self, status_id: int) -> list[CardListModel]:
        return [self.board.cells[(lane, status_id)] for lane in self.board.lanes]

    # -- editing columns ---------------------------------------------------------------------------------------
    def column_menu(self, status_id: int, position: QPoint) -> None:
        ws = self.controller.ws
        status = ws.statuses[status_id]
        order = [s.id for s in self.board.statuses]
        index = order.index(status_id)
        menu = QMenu(self)
        menu.addAction(tr("Board", "Rename…"), lambda: self.rename_column(status_id))
        menu.addAction(tr("Board", "WIP Limit…"), lambda: self.set_wip_limit(status_id))
        kinds = menu.addMenu(tr("Board", "Counts As"))
        for kind in StatusKind:
            action = kinds.addAction(
                kind_name(kind), lambda k=kind: self.controller.run(EditObject("status", status_id, kind=k))
            )
            action.setCheckable(True)
            action.setChecked(status.kind is kind)
        menu.addSeparator()
        left = menu.addAction(
            theme.icon("outdent"),
            tr("Board", "Move Left"),
            lambda: self.controller.run(MoveStatus(status_id, index - 1)),
        )
        left.setEnabled(index > 0)
        right = menu.addAction(theme.icon("indent"), tr("Board", "Move Right"),
                               lambda: self.controller.run(MoveStatus(status_id, index + 1)))  # fmt: skip
        right.setEnabled(index < len(order) - 1)
        menu.addAction(theme.icon("add"), tr("Board", "Add Column After…"), lambda: self.add_column(index + 1))
        menu.addAction(
            tr("Board", "Rules for This Column…"), lambda: edit_rules(self.controller, self, status_id=status_id)
        )
        menu.addSeparator()
        menu.addAction(theme.icon("delete"), tr("Board", "Delete Column…"), lambda: self.delete_column(status_id))
        dialogs.show_menu(menu, position)

    def add_column(self, index: int) -> bool:
        name = dialogs.ask_text(self, tr("Board", "New column"), tr("Board", "Name of the new column:"))
        return bool(name) and self.controller.run(AddStatus(name, StatusKind.DOING, index=index))

    def rename_column(self, status_id: int) -> bool:
        current = self.controller.ws.statuses[status_id].name
        name = dialogs.ask_text(self, tr("Board", "Rename column"), tr("Board", "New name:"), current)
        return bool(name) and name != current and self.controller.run(EditObject("status", status_id, name=name))

    def set_wip_limit(self, status_id: int) -> bool:
        status = self.controller.ws.statuses[status_id]
        limit = dialogs.ask_number(
            self,
            tr("Board", "WIP limit"),
            tr("Board", "Most cards in “{column}” at a time (0: no limit):").format(column=status.name),
            status.wip_limit,
        )
        if limit is None or limit == status.wip_limit:
            return False
        return self.controller.run(EditObject("status", status_id, wip_limit=limit))

    def delete_column(self, status_id: int) -> bool:
        ws = self.controller.ws
        status = ws.statuses[status_id]
        others = [s for s in ws.ordered("status") if s.id != status_id]
        if not others:
            self.controller.error_occurred.emit(tr("Board", "The last column cannot be deleted: every task needs one."))
            return False
        count = sum(1 for t in ws.tasks.values() if t.status_id == status_id)
        move_to = others[0].id
        if count:
            names = [s.name for s in others]
            question = tr("Board", "Move the {cards} of “{column}” to:")
            question = question.format(cards=plural("%n card(s)", None, count), column=status.name)
            choice = dialogs.ask_choice(self, tr("Board", "Delete column"), question, names)
            if choice is None:
                return False
            move_to = others[names.index(choice)].id
        return self.controller.run(DeleteObject("status", status_id, move_to=move_to))

    # -- card menu ---------------------------------------------------------------------------------------------
    def card_menu(self, position: QPoint) -> None:
        ids = self.selected_task_ids()
        if not ids:
            self.context_menu_requested.emit(position)
            return
        menu = QMenu(self)
        menu.addAction(theme.icon("editor"), tr("Board", "Open in Editor"), lambda: self.editor_requested.emit(ids[0]))
        move = menu.addMenu(tr("Board", "Move To"))
        current = {self.board.cell_of(tid)[1] for tid in ids if self.board.cell_of(tid)}
        for status in self.board.statuses:
            action = move.addAction(status.name, lambda s=status.id: self.move_to_column(ids, s))
            action.setEnabled(current != {status.id})
        if len(current) == 1:
            (status_id,) = current
            menu.addAction(
                theme.icon("up"), tr("Board", "Move to Top"), lambda: self.move_to_column(ids, status_id, top=True)
            )
            menu.addAction(
                theme.icon("down"), tr("Board", "Move to Bottom"), lambda: self.move_to_column(ids, status_id)
            )
        # The window's task actions that make sense on a card (it adds them to every view).
        shared = [a for a in self.actions() if a.property("icon_name") == "delete"]
        if shared:
            menu.addSeparator()
            menu.addActions(shared)
        dialogs.show_menu(menu, position)


def restyle(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only when it changes: setting one polishes the widget and its children again, even an
    equal one, and the counts are set after every change (four headers a drop)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


class ColumnHeader(QFrame):
    """A column's name, its card count against its WIP limit (in the warning colour when passed), a quick-add
    field and the column's menu."""

    def __init__(self, board_view: BoardView, status_id: int) -> None:
        super().__init__()
        self.setObjectName("ColumnHeader")
        self.board_view, self.status_id = board_view, status_id
        self.title = QLabel()
        self.title.setObjectName("SectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count = QLabel()
        add = QToolButton()
        add.setIcon(theme.icon("add"))
        add.setAutoRaise(True)
        add.setToolTip(tr("Board", "Add a card at the top of this column"))
        add.setAccessibleName(tr("Board", "Add card"))
        add.clicked.connect(self.start_quick_add)
        more = QToolButton()
        more.setText("⋯")
        more.setAutoRaise(True)
        more.setToolTip(tr("Board", "Edit this column"))
        more.setAccessibleName(tr("Board", "Edit column"))  # not "⋯", which a screen reader spells out
        more.clicked.connect(lambda: board_view.column_menu(status_id, more.mapToGlobal(QPoint(0, more.height()))))
        self.quick = QLineEdit()
        self.quick.setPlaceholderText(tr("Board", "New card title, then Enter"))
        self.quick.setAccessibleName(tr("Board", "New card title"))
        self.quick.hide()
        self.quick.returnPressed.connect(self._commit_quick_add)
        self.quick.installEventFilter(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.count)
        top.addWidget(add)
        top.addWidget(more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.quick)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda pos: board_view.column_menu(status_id, self.mapToGlobal(pos)))

    def set_count(self, count: int, status) -> None:
        self.title.setText(status.name)
        self.title.setToolTip(
            tr("Board", "{column} · counts as {kind}").format(column=status.name, kind=kind_name(status.kind).lower())
        )
        over = bool(status.wip_limit) and count > status.wip_limit
        self.count.setText(f"{count} / {status.wip_limit}" if status.wip_limit else str(count))
        color = theme.warning_color() if over else theme.muted_color()
        restyle(self.count, f"color: {color.name()}; font-weight: {600 if over else 400};")
        self.count.setToolTip(
            tr("Board", "Over the limit of {limit}").format(limit=status.wip_limit)
            if over
            else (
                tr("Board", "Limit: {limit}").format(limit=status.wip_limit)
                if status.wip_limit
                else tr("Board", "No limit")
            )
        )
        self.over_limit = over
        border = f"border-top: 3px solid {theme.warning_color().name()};" if over else ""
        restyle(self, f"QFrame#ColumnHeader {{ {border} }}")

    def start_quick_add(self) -> None:
        self.quick.show()
        self.quick.setFocus()
        self.board_view._layout_columns()

    def _commit_quick_add(self) -> None:
        title = self.quick.text().strip()
        if title:
            self.board_view.quick_add(self.status_id, title)
            self.quick.clear()
            self.quick.setFocus()  # ready for the next card

    @guarded(default=False)
    def eventFilter(self, watched, event) -> bool:
        if watched is self.quick and event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.quick.clear()
            self.quick.hide()
            self.board_view._layout_columns()
            return True
        return super().eventFilter(watched, event)


class LaneRow(QWidget):
    """One swimlane: a header that collapses it (hidden without swimlanes) over a row of cells."""

    def __init__(self, board_view: BoardView, lane: LaneKey, show_header: bool) -> None:
        super().__init__()
        self.board_view, self.lane = board_view, lane
        self.collapsed = False
        self.header = QToolButton()
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.DownArrow)
        self.header.setIconSize(QSize(10, 10))
        self.header.setObjectName("SectionTitle")
        font = self.header.font()
        font.setWeight(font.Weight.DemiBold)
        self.header.setFont(font)
        self.header.clicked.connect(lambda: board_view.toggle_lane(lane))
        self.header.setVisible(show_header)
        self.title = board_view.board.lane_rules.title(lane)
        self.cells = QWidget()
        self.cells_layout = QHBoxLayout(self.cells)
        self.cells_layout.setContentsMargins(0, 0, 0, 0)
        self.cells_layout.setSpacing(COLUMN_GAP)
        self.cells_layout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6 if show_header else 8, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.header, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.cells)
        self.views: list[CardListView] = []
        self._fit_pending = False

    def add_cell(self, view: CardListView) -> None:
        self.views.append(view)
        self.cells_layout.addWidget(view)

    def set_count(self, count: int) -> None:
        self.header.setText(f"{self.title}   {count}")

    def set_collapsed(self, collapsed: bool) -> None:
        self.collapsed = collapsed
        self.cells.setVisible(not collapsed)
        self.header.setArrowType(Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.DownArrow)
        self.header.setToolTip(tr("Board", "Show this swimlane") if collapsed else tr("Board", "Hide this swimlane"))

    def fit_height_later(self) -> None:
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self.fit_height)

    def fit_height(self) -> None:
        """Every cell of a lane as tall as its fullest one, so the whole lane takes drops."""
        self._fit_pending = False
        height = max((view.content_height() for view in self.views), default=EMPTY_CELL)
        for view in self.views:
            view.setFixedHeight(height)


UNIFORM_FROM = 200  # a cell of more cards than this draws them all at the tallest card's height


class CardListView(QListView):
    """One cell's cards. It never scrolls itself: the board scrolls, and only the cards in sight are painted."""

    def __init__(self, board_view: BoardView, model: CardListModel) -> None:
        super().__init__()
        self.setObjectName("BoardCell")
        self.board_view = board_view
        self.cell: Cell = (model.lane, model.status_id)
        self.setModel(model)
        self.setItemDelegate(board_view.delegate)
        self._content: tuple[int, int] | None = None  # (width, height) of the cards, see content_height
        self._fit_mode()
        self.setSpacing(3)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoScroll(False)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.doubleClicked.connect(lambda index: board_view.editor_requested.emit(index.data(Role.TASK_ID)))
        self.selectionModel().currentChanged.connect(lambda current, _: board_view._current_changed(self, current))
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._rows_changed)

    def _fit_mode(self) -> None:
        """Cards as tall as their content (a one-line title and no labels: a short card), but in a cell of
        hundreds all of the tallest height: Qt then lays them out without asking each its size (5,700 cards in
        one cell took the board from ~260 ms to ~650 ms to open, and a drop's relayout from ~60 to ~350 ms)."""
        self.setUniformItemSizes(self.model().rowCount() > UNIFORM_FROM)

    def content_height(self) -> int:
        """The height of the cell's cards, kept until its rows or its width change (a lane asks each of its
        cells every time one of them changes)."""
        width = self.viewport().width() - 2 * self.spacing()
        if self._content is not None and self._content[0] == width:
            return self._content[1]
        model, delegate, font = self.model(), self.board_view.delegate, self.font()
        gap = 2 * self.spacing()
        if self.uniformItemSizes() or not self.isVisible():  # hidden: as laid out, sized again when shown
            total = model.rowCount() * (delegate.tallest(font) + gap)
        else:
            total = sum(delegate.card_height(card, font, width) + gap for card in model.cards())
        height = max(EMPTY_CELL, total + self.spacing() * 2 + 4)
        self._content = (width, height)
        return height

    @guarded
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.uniformItemSizes():  # laid out while hidden, every card at the tallest height
            self.scheduleDelayedItemsLayout()
            self._content = None
            row = self._lane_row()
            if row is not None:
                row.fit_height_later()

    @guarded
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width() and not self.uniformItemSizes():
            self.scheduleDelayedItemsLayout()  # titles wrap anew: the cards' heights change
            self._content = None
            row = self._lane_row()
            if row is not None:  # once the widths settle: a new lane resizes its cells many times over
                row.fit_height_later()

    def _lane_row(self) -> LaneRow | None:
        row = self.parentWidget().parentWidget() if self.parentWidget() else None
        return row if isinstance(row, LaneRow) else None

    def _rows_changed(self, *args) -> None:
        self._content = None
        self._fit_mode()
        row = self._lane_row()
        if row is not None:
            row.fit_height()

    @guarded
    def mousePressEvent(self, event) -> None:
        self.board_view._view_pressed(self)
        if not self.indexAt(event.position().toPoint()).isValid() and event.button() == Qt.MouseButton.LeftButton:
            self.clearSelection()
        super().mousePressEvent(event)

    @guarded
    def dragEnterEvent(self, event) -> None:
        if carries_people(event.mimeData()):  # people for a card, not cards to move
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    @guarded
    def dropEvent(self, event) -> None:
        if not carries_people(event.mimeData()):
            super().dropEvent(event)
            return
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            event.ignore()
            return
        event.acceptProposedAction()
        drop_people(self.board_view.controller, index.data(Role.TASK_ID), event.mimeData())

    @guarded
    def dragMoveEvent(self, event) -> None:
        if carries_people(event.mimeData()):  # onto a card only
            if self.indexAt(event.position().toPoint()).isValid():
                event.acceptProposedAction()
            else:
                event.ignore()
        else:
            super().dragMoveEvent(event)
        # Cells never scroll: keep the board moving under a card dragged near its edge.
        point = self.viewport().mapTo(self.board_view.body, event.position().toPoint())
        self.board_view.body_area.ensureVisible(point.x(), point.y(), 30, 60)

    @guarded
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        ctrl = modifiers & Qt.KeyboardModifier.ControlModifier
        shift = modifiers & Qt.KeyboardModifier.ShiftModifier
        view = self.board_view
        if ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            view.move_selected(columns=-1 if key == Qt.Key.Key_Left else 1)
            return
        if ctrl and shift and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            view.move_selected(lanes=-1 if key == Qt.Key.Key_Up else 1)
            return
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            view.move_selected(rows=-1 if key == Qt.Key.Key_Up else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            view.editor_requested.emit(self.currentIndex().data(Role.TASK_ID))
            return
        if not modifiers and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._step_sideways(key):
            return
        super().keyPressEvent(event)
        if self.currentIndex().isValid():
            view.reveal(self, self.currentIndex().row())

    def _step_sideways(self, key) -> bool:
        """Left and right arrows go to the card at the same height in the next cell with cards."""
        view = self.board_view
        lane, status_id = self.cell
        ids = [s.id for s in view.board.statuses]
        step = -1 if key == Qt.Key.Key_Left else 1
        column = ids.index(status_id) + step
        row = max(0, self.currentIndex().row())
        while 0 <= column < len(ids):
            target = view.cell_views.get((lane, ids[column]))
            if target is not None and target.model().rowCount():
                view.select_tasks([target.model().ids[min(row, target.model().rowCount() - 1)]])
                return True
            column += step
        return False

    def _context_menu(self, pos) -> None:
        index = self.indexAt(pos)
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.board_view.select_tasks([index.data(Role.TASK_ID)])
        self.board_view.card_menu(self.viewport().mapToGlobal(pos))
