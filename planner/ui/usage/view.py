"""`ResourceUsageView`: people as rows with the tasks they are assigned beneath (a tree on the left) and their
hours per day, week or month against capacity (a painted grid on the right), scrolled together.

It reads the workspace through the controller; the one edit it makes is a work contour: hours typed into a
task's cell (double click, type, Enter) become a `SetContour` command run by the controller, so undoable. The
arrays the grid paints are computed once per change, and only while the view is shown (once per edit, just
after it); a hidden view catches up when shown.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QSplitter,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.core.changes import Changes
from planner.core.contours import SetContour
from planner.core.i18n import tr
from planner.core.memory import collector_paused
from planner.core.workload import KeptSpan, TaskSpreads, Unit
from planner.reports import formats
from planner.ui.controller import Controller
from planner.ui.guard import guarded
from planner.ui.models.task_filter import TaskFilterProxy
from planner.ui.rows_in_view import RowsInViewTree
from planner.ui.usage.grid import HEADER_HEIGHT, ROW_HEIGHT, UsageGrid
from planner.ui.usage.model import (
    TaskRows,
    UsageColumn,
    UsageData,
    UsageTreeModel,
    hours_text,
    usage_from,
    work_people,
)
from planner.ui.widgets import people_count

ZOOMS = (Unit.DAY, Unit.WEEK, Unit.MONTH)


class _RowDelegate(QStyledItemDelegate):
    """The tree's rows at the grid's row height, so both halves line up."""

    @guarded(default=QSize())
    def sizeHint(self, option, index) -> QSize:
        return QSize(super().sizeHint(option, index).width(), ROW_HEIGHT)


class ResourceUsageView(QWidget):
    name = "usage"
    title = "Resource usage"
    icon_name = "usage"

    current_task_changed = Signal(object)  # task id or None
    context_menu_requested = Signal(object)  # global QPoint
    editor_requested = Signal(object)  # task id
    refreshed = Signal()

    def __init__(self, proxy: TaskFilterProxy, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.controller = controller
        self.unit = Unit.WEEK
        self._stale = True
        self._held = True  # while another view is in front: edits are noted, the refresh waits (`catch_up`)
        self._whole = True  # whether the next refresh computes everyone's rows (else those of the tasks edited)
        self._spreads: TaskSpreads | None = None  # each task's hours, kept for the refresh after an edit
        self._edited: set[int] = set()  # the tasks edits named since the last refresh
        self._task_rows = TaskRows()  # each person's task rows, kept with the spreads
        self._span: KeptSpan | None = None  # the assigned work's first and last dates, kept likewise
        # An edit announces its changes and often a new schedule: one refresh for both, once the edit is done.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.model = UsageTreeModel(self)
        self.tree = RowsInViewTree()
        self.grid = UsageGrid(self.tree, self.model)
        self.hbar = QScrollBar(Qt.Orientation.Horizontal)
        self.vbar = QScrollBar(Qt.Orientation.Vertical)
        self._build()
        # Not `schedule_changed`: the dates a reschedule moves come in the changes; slack is not shown here.
        self.controller.changes_applied.connect(self._changed)

    def _build(self) -> None:
        tree = self.tree
        tree.setModel(self.model)
        tree.setItemDelegate(_RowDelegate(tree))
        tree.setUniformRowHeights(True)
        tree.setVerticalScrollMode(QTreeView.ScrollMode.ScrollPerPixel)
        tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        tree.header().setFixedHeight(HEADER_HEIGHT)
        tree.header().setStretchLastSection(False)
        tree.setColumnWidth(UsageColumn.NAME, 230)
        tree.setColumnWidth(UsageColumn.WORK, 70)
        tree.setColumnWidth(UsageColumn.CAPACITY, 76)
        tree.selectionModel().currentChanged.connect(self._current_changed)
        tree.doubleClicked.connect(self._double_clicked)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._menu)
        for signal in (tree.expanded, tree.collapsed):
            signal.connect(lambda _i: self.grid.update())
        sb = tree.verticalScrollBar()
        sb.rangeChanged.connect(lambda lo, hi: (self.vbar.setRange(lo, hi), self.vbar.setPageStep(sb.pageStep())))
        sb.valueChanged.connect(self.vbar.setValue)
        sb.valueChanged.connect(lambda _v: self.grid.update())
        self.vbar.valueChanged.connect(sb.setValue)
        self.hbar.valueChanged.connect(self._scrolled)
        self.grid.row_clicked.connect(tree.setCurrentIndex)
        self.grid.cell_double_clicked.connect(self.edit_cell)
        self.editor: QLineEdit | None = None

        self.zoom_box = QComboBox()
        labels = {Unit.DAY: tr("Usage", "Days"), Unit.WEEK: tr("Usage", "Weeks"), Unit.MONTH: tr("Usage", "Months")}
        for unit in ZOOMS:
            label = labels[unit]
            self.zoom_box.addItem(label, unit)
        self.zoom_box.setCurrentIndex(1)
        self.zoom_box.setToolTip(tr("Usage", "Hours per day, week or month"))
        self.zoom_box.activated.connect(lambda _i: self.set_unit(self.zoom_box.currentData()))
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 4)
        heading = QLabel(tr("Usage", "Resource usage"))
        heading.setObjectName("SectionTitle")
        bar.addWidget(heading)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        today = QPushButton(tr("Usage", "Today"))
        today.setToolTip(tr("Usage", "Scroll to the period holding today"))
        today.clicked.connect(self.scroll_to_today)
        bar.addWidget(today)
        bar.addSpacing(8)
        bar.addWidget(QLabel(tr("Usage", "Zoom")))
        bar.addWidget(self.zoom_box)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.grid, 1)
        right_layout.addWidget(self.hbar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.splitter, 1)
        body.addWidget(self.vbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addLayout(body, 1)

    # -- data -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the arrays again and repaint, keeping who was expanded and the task picked. After edits that
        named their tasks, only the rows of those tasks' people (before and after) are computed again."""
        ws = self.controller.ws
        expanded = {
            self.model.data_.people[row].person_id
            for row in range(self.model.rowCount())
            if self.tree.isExpanded(self.model.index(row, 0))
        }
        current = self.selected_task_ids()
        if not self._whole and self._span is not None:
            self._span.update(ws, self._edited)
        else:
            self._span = KeptSpan(ws)
        first, last = self._span.span(self.controller.today())
        old = self.model.data_
        first_time = not old.starts
        same_grid = old.unit is self.unit and old.starts and old.starts[0] <= first and old.starts[-1] > last
        if not self._whole and same_grid and self._spreads is not None:
            # Only the tasks the edits named are spread again, and only the rows of the people they were or are
            # under computed again; the rest of the hours come from the kept spreads.
            reached = self._spreads.update(ws, self._edited)
            self._task_rows.forget(self._edited | self._spreads.routine_ids)  # see `TaskRows`
            spreads = self._spreads
            wl = spreads.workload(ws, reached, with_tasks=False)
            fresh = usage_from(ws, wl, spreads.by_task, self._task_rows)
            redone = {p.person_id: p for p in fresh.people}
            kept = [p for p in old.people if p.person_id in ws.people and p.person_id not in reached]
            order = {p.id: i for i, p in enumerate(ws.ordered("person"))}
            people = sorted([*kept, *redone.values()], key=lambda p: order[p.person_id])
            changed = self.model.change_data(UsageData(old.unit, old.starts, people))
            if changed is not None:  # no row came or went: only the rows and cells that changed are repainted
                self._edited = set()
                if current and self.model.task_id(self.tree.currentIndex()) != current[0]:
                    self.select_task(current[0])  # the tasks' order changed under it
                self._stale = False
                self._timer.stop()
                self._show_summary()
                self.grid.update_cells(changed)
                self.refreshed.emit()
                return
            self.model.set_data(UsageData(old.unit, old.starts, people))
        else:
            with collector_paused():  # a list of additions per task, all kept (see `usage_data`)
                self._spreads = TaskSpreads(ws, first, last, self.unit, work_people(ws), formats.first_weekday())
            spreads = self._spreads
            self._task_rows = TaskRows()
            self.model.set_data(
                usage_from(ws, spreads.workload(ws, with_tasks=False), spreads.by_task, self._task_rows)
            )
        self._whole = False
        self._edited = set()
        for row, person in enumerate(self.model.data_.people):
            if person.person_id in expanded:
                self.tree.expand(self.model.index(row, 0))
        if current:
            self.select_task(current[0])
        self._stale = False
        self._timer.stop()
        self._show_summary()
        self._fit_hbar()
        if first_time:  # opened on the present, not on the plan's first week; after layout gives the grid a width
            QTimer.singleShot(0, self.scroll_to_today)
        self.grid.update()
        self.refreshed.emit()

    def _show_summary(self) -> None:
        data = self.model.data_
        over = sum(any(p.over) for p in data.people)
        first, last = formats.day(data.starts[0]), formats.day(data.starts[-1] - timedelta(days=1))
        self.summary.setText(
            tr("Usage", "{people} · {first} to {last}").format(
                people=people_count(len(data.people)), first=first, last=last
            )
            + (tr("Usage", " · {over} over capacity").format(over=over) if over else "")
        )

    def scroll_to_today(self) -> None:
        """Put the period holding today second from the left, the one before it still in sight."""
        self._fit_hbar()
        starts = self.model.data_.starts
        today = self.controller.today()
        period = max((k for k in range(len(starts) - 1) if starts[k] <= today), default=0)
        self.hbar.setValue(max(0, period - 1) * self.grid.cell_width)

    def set_unit(self, unit: Unit | str) -> None:
        """Show hours per day, week or month; the grid keeps its left edge on the same date."""
        unit = Unit(unit)
        if unit is self.unit and not self._stale:
            return
        self._whole = True
        data = self.model.data_
        left = data.starts[min(self.grid.period_at(0), data.periods - 1)] if data.periods else None
        self.unit = unit
        self.zoom_box.setCurrentIndex(ZOOMS.index(unit))
        self.refresh()
        if left is not None:
            starts = self.model.data_.starts
            i = max((k for k in range(len(starts) - 1) if starts[k] <= left), default=0)
            self.hbar.setValue(i * self.grid.cell_width)

    # -- contouring --------------------------------------------------------------------------------------------
    def edit_cell(self, index: QModelIndex, period: int) -> None:
        """Open an editor on a task's cell: the hours typed replace that person's work on it in that period."""
        task_id = self.model.task_id(index)
        if task_id is None:
            return  # a person's row is the sum of their tasks: contour a task
        self.tree.setCurrentIndex(index)
        self._close_editor()
        editor = self.editor = QLineEdit(self.grid)
        editor.setGeometry(self.grid.cell_rect(index, period))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setText(hours_text(self.model.hours(index)[period]) or "0")
        editor.selectAll()
        editor.setToolTip(tr("Usage", "Hours of work in this period; Enter sets them, Esc cancels"))
        person_id = self.model.person_at(index).person_id
        editor.returnPressed.connect(lambda: self._commit(editor, task_id, person_id, period))
        editor.editingFinished.connect(self._close_editor)
        cancel = QAction(editor)
        cancel.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        cancel.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        cancel.triggered.connect(self._close_editor)
        editor.addAction(cancel)
        editor.show()
        editor.setFocus()

    def _commit(self, editor: QLineEdit, task_id: int, person_id: int, period: int) -> None:
        text = editor.text().strip().removesuffix("h").strip()
        self._close_editor()
        try:
            hours = formats.parse_number(text)  # as the locale writes numbers ("1,5" in German), or "1.5"
        except ValueError:
            self.controller.error_occurred.emit(
                tr("Usage", "“{text}” is not a number of hours").format(text=editor.text())
            )
            return
        starts = self.model.data_.starts
        self.controller.run(SetContour(task_id, person_id, starts[period], starts[period + 1], hours))

    def _close_editor(self) -> None:
        if self.editor is not None:
            editor, self.editor = self.editor, None
            editor.hide()
            editor.deleteLater()
            self.grid.setFocus()

    def _changed(self, changes: Changes | None = None) -> None:
        """Note the tasks `changes` named (or that everyone's rows are to be computed again: it touches people,
        calendars or projects, or says nothing), and refresh once the edit is done if shown. Whose rows they reach
        is found by the refresh, which spreads them again."""
        named = None if changes is None else TaskSpreads.tasks_named(changes)
        if named is None:
            self._whole = True
        elif not self._whole:
            self._edited |= named
        self._stale = True
        if not self._held:
            self._timer.start()

    def _fit_hbar(self) -> None:
        self.hbar.setRange(0, max(0, self.grid.content_width() - self.grid.width()))
        self.hbar.setPageStep(max(1, self.grid.width()))
        self.hbar.setSingleStep(self.grid.cell_width)

    def _scrolled(self, value: int) -> None:
        self.grid.offset = value
        self.grid.update()

    # -- held while hidden (planner.ui.views.HeldWhileHidden) ----------------------------------------------
    def hold(self) -> None:
        self._held = True

    def catch_up(self) -> None:
        self._held = False
        if self._stale:
            self.refresh()

    @guarded
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_hbar()

    def _current_changed(self, current: QModelIndex, _previous) -> None:
        self.grid.update()
        self.current_task_changed.emit(self.model.task_id(current))

    def _double_clicked(self, index: QModelIndex) -> None:
        task_id = self.model.task_id(index)
        if task_id is not None:
            self.editor_requested.emit(task_id)

    def _menu(self, pos) -> None:
        if self.model.task_id(self.tree.indexAt(pos)) is not None:
            self.context_menu_requested.emit(self.tree.viewport().mapToGlobal(pos))

    # -- the interface every view offers ----------------------------------------------------------------------
    def apply_scope(self) -> None:
        """Everyone's load counts, whatever the scope: a person's capacity is spent on all their work."""
        self._changed()

    def current_node(self):
        task_id = self.model.task_id(self.tree.currentIndex())
        return ("task", task_id) if task_id is not None else None

    def selected_task_ids(self) -> list[int]:
        task_id = self.model.task_id(self.tree.currentIndex())
        return [task_id] if task_id is not None else []

    def select_task(self, task_id: int, edit: bool = False) -> None:
        """Select the task under the first person assigned to it (their row opened)."""
        for row, person in enumerate(self.model.data_.people):
            for child, (tid, _title, _hours) in enumerate(person.tasks):
                if tid == task_id:
                    parent = self.model.index(row, 0)
                    self.model.fetchMore(parent)  # its task rows told first: `index` knows only those told
                    self.tree.expand(parent)
                    self.tree.setCurrentIndex(self.model.index(child, 0, parent))
                    if edit:
                        self.editor_requested.emit(task_id)
                    return

    def select_first_task(self) -> None:
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
