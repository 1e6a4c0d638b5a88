"""`GanttView`: the task tree and the timeline side by side, over the shared filtered task model.

The tree on the left is a `TableView` over the same models as the Table view (the task tree model, or the proxy
while a filter or sort is on: same rows, columns, and one selection model for tree and chart); the chart on the
right paints only the rows on screen, in step with the tree's scrolling. Drags, clicks and menu choices become core
commands run by the controller, so every edit is one undoable step that reschedules and shows in every view. The
view keeps no data beyond caches of what it shows.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import ClassVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QCursor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QScrollBar,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.core.i18n import tr
from planner.core.model import LinkType
from planner.core.recurrence import repeat_text
from planner.reports import formats
from planner.ui import dialogs, theme
from planner.ui.assignments import carries_people, drop_people
from planner.ui.controller import Controller
from planner.ui.delegates import TaskDelegate
from planner.ui.gantt.bars import BarSource
from planner.ui.gantt.edits import GanttEdits
from planner.ui.gantt.keys import add_keys
from planner.ui.gantt.look import ROW_HEIGHT, Options, colors_from
from planner.ui.gantt.painting import ChartRenderer, band_rows, rows_in_view
from planner.ui.gantt.routing import LinkIndex, shown_links
from planner.ui.gantt.scale import PRESETS, ZOOM_STEP, TimeScale
from planner.ui.gantt.scrolling import TimeScrolling
from planner.ui.guard import guarded
from planner.ui.models.columns import Column, Role
from planner.ui.models.task_filter import TaskFilterProxy
from planner.ui.models.task_tree import milestone_word
from planner.ui.table_view import TableView

HEADER_HEIGHT = 46  # the tree's header and the chart's two tiers
TREE_COLUMNS = (Column.TITLE, Column.START, Column.FINISH, Column.DURATION)
HANDLE = 9  # the link handles beside a bar's ends
EDGE = 5  # the finish handle at a bar's right end
_OPENED_MENDED = 8  # rows opened before a paint whose rows are put in the list; more read it again whole
MIN_TITLE_WIDTH = 140  # the narrowest the title column is made to leave room for the dates


class _RowDelegate(TaskDelegate):
    """The table's cell painting and editors, at the chart's row height so both sides stay aligned."""

    @guarded(default=QSize())
    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), ROW_HEIGHT)

    @guarded(default=False)
    def helpEvent(self, event, view, option, index) -> bool:
        """A cell too narrow for its text shows it whole in a tooltip (the model's own tooltip comes first)."""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if event.type() == QEvent.Type.ToolTip and text and not index.data(Qt.ItemDataRole.ToolTipRole):
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            style = view.style()
            room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view).width()
            if opt.fontMetrics.horizontalAdvance(str(text)) + 6 > room:  # 6: the text's own margins
                QToolTip.showText(event.globalPos(), str(text), view)
                return True
        return super().helpEvent(event, view, option, index)


class _PlainRowDelegate(_RowDelegate):
    """`_RowDelegate` whose painting stays in C++ (no Python call per cell): every column but % done, whose
    progress bar is the only cell `TaskDelegate` paints itself. A whole-tree repaint is ~100 cells a frame."""

    paint = QStyledItemDelegate.paint


class GanttTree(TableView):
    """The tree half: the table's behaviour (editing, sorting, column choice, drag to reorder) with the
    chart's row height and header height, and without its own vertical scroll bar (the chart's drives it)."""

    default_columns = TREE_COLUMNS
    default_widths: ClassVar[dict[Column, int]] = {
        **TableView.default_widths, Column.TITLE: 240, Column.START: 104, Column.FINISH: 104, Column.DURATION: 70,
    }  # fmt: skip

    def __init__(self, proxy: TaskFilterProxy, controller: Controller, parent=None) -> None:
        super().__init__(proxy, controller, parent)
        # Plain rows painted a row at a time, as the table's (`TableView.paintEvent`): its delegates paint as the
        # table's do, at this row height.
        self._plain_delegate = _PlainRowDelegate(lambda: controller.ws, self)
        self.setItemDelegate(self._plain_delegate)
        self.setItemDelegateForColumn(Column.PERCENT, _RowDelegate(lambda: controller.ws, self))
        self.setItemDelegateForColumn(Column.LABELS, None)  # the table paints chips there; the tree, text
        self.setVerticalScrollMode(self.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.header().setFixedHeight(HEADER_HEIGHT)
        self.reset_columns()

    def reset_columns(self) -> None:
        """The default columns, the dates and duration as wide as their longest text in the font in use (a fixed
        104 px cut "Fri 18 Dec 20…")."""
        super().reset_columns()
        for column, width in self.content_widths().items():
            self.setColumnWidth(column, width)

    def content_widths(self) -> dict[Column, int]:
        metrics = self.fontMetrics()
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 8
        header = self.header().fontMetrics()
        duration = self.model().headerData(Column.DURATION, Qt.Orientation.Horizontal) or ""
        milestone = metrics.horizontalAdvance(milestone_word())  # what the column shows for a milestone
        return {
            Column.START: self.date_width(),
            Column.FINISH: self.date_width(),
            Column.DURATION: max(milestone, header.horizontalAdvance(duration)) + pad,
        }

    @guarded
    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Filled with the base colour, the viewport is opaque, which Qt needs to scroll it by blitting (see
        # scrollContentsBy). The style sheet's polish leaves it see-through, showing the same colour from behind.
        self.viewport().setAutoFillBackground(True)

    @guarded
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """A vertical scroll moves the rows on screen and paints only those it brings in. Qt's own compares the
        pixels scrolled with the rows in view (a heuristic for scrolling by rows) and repaints the whole tree past
        ~25 pixels: every wheel notch (60 pixels) painted every row, 2/3 of a Gantt frame at 105,000 rows."""
        if dx or not dy or abs(dy) >= self.viewport().height():
            super().scrollContentsBy(dx, dy)
            return
        self.viewport().scroll(0, dy)

    def columns_width(self) -> int:
        """The width of the shown columns, with the frame: what the tree needs to show them whole."""
        header = self.header()
        shown = (header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
        return sum(shown) + 2 * self.frameWidth()


@dataclasses.dataclass
class _Drag:
    mode: str  # "body" (undecided), "move", "finish", "progress", "link"
    task_id: int | None
    origin: QPointF
    start: datetime | None = None
    finish: datetime | None = None
    link_from_finish: bool = True
    new_start: datetime | None = None
    new_finish: datetime | None = None
    percent: int | None = None
    pos: QPointF | None = None
    target: int | None = None
    target_finish: bool = False


class GanttView(GanttEdits, TimeScrolling, QWidget):
    """The tree and the chart with their toolbar, rows and options; its time scale (`TimeScrolling`, scrolling.py)
    and its edits (`GanttEdits`, edits.py) are parts of their own."""

    name = "gantt"
    title = "Gantt"
    icon_name = "gantt"
    opens_on_a_container = True  # first shown on the project or area used last, not on "All"

    current_task_changed = Signal(object)  # task id or None
    context_menu_requested = Signal(object)  # global QPoint
    editor_requested = Signal(object)  # task id

    def __init__(self, proxy: TaskFilterProxy, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.controller = controller
        self.options = Options()
        self.ghosts: dict[int, tuple[datetime, datetime]] = {}  # see set_ghosts
        self.bars = BarSource(self.controller.ws, lambda: self.controller.schedule, self.controller.today())
        self.tree = GanttTree(proxy, controller, self)
        self.chart = _Chart(self)
        # The painted bars have no accessible children: the tree is their list, each row's description saying
        # what its bar shows, and its current row follows the chart's selection (one selection model for both).
        self.tree.setAccessibleName(tr("Gantt", "Tasks and their bars"))
        self.chart.setAccessibleName(tr("Gantt", "Gantt chart"))
        self.chart.setAccessibleDescription(
            tr("Gantt", "The timeline of the tasks. The task list beside it lists its bars with their dates.")
        )
        self.vbar = QScrollBar(Qt.Orientation.Vertical)
        self.hbar = QScrollBar(Qt.Orientation.Horizontal)
        self.rows: list[tuple[str, int]] = []
        self.row_of: dict[tuple[str, int], int] = {}
        self.links: LinkIndex | None = None
        self._rows_dirty = True
        self._links_dirty = True
        self._opened = 0  # rows the tree opened since the list was last read (`_row_opened`)
        self._extent: tuple[datetime, datetime] | None = None
        self._fitted_scope = None  # the scope the time scale was last fitted to (see apply_scope)
        self._auto_split = True  # the splitter follows the tree's columns until the user moves it
        self._auto_title = True  # and the title column gives way to the dates until the user sizes a column
        self._sizing = False
        self.scale = TimeScale(datetime.combine(self.controller.today(), datetime.min.time()), PRESETS["Weeks"])
        self._build()
        self.tree.current_task_changed.connect(self.current_task_changed)
        self.tree.context_menu_requested.connect(self.context_menu_requested)
        self.tree.doubleClicked.connect(self._tree_double_clicked)
        sb = self.tree.verticalScrollBar()
        sb.rangeChanged.connect(lambda lo, hi: (self.vbar.setRange(lo, hi), self.vbar.setPageStep(sb.pageStep())))
        sb.valueChanged.connect(self.vbar.setValue)
        sb.valueChanged.connect(self.chart.follow_rows)
        self.vbar.valueChanged.connect(sb.setValue)
        self.hbar.valueChanged.connect(lambda _: self.chart.forget_band())
        # The tree shows one model or the other (see TableView._switch_model); rows the task tree model adds or
        # removes are mended in the list of rows (`_rows_added`, `_rows_leaving`), other changes read it again.
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.rowsMoved, proxy.layoutChanged, proxy.modelReset):
            signal.connect(self._proxy_structure_changed)
        source = proxy.source
        for signal in (source.rowsMoved, source.layoutChanged, source.modelReset):
            signal.connect(self._structure_changed)
        source.rowsInserted.connect(self._rows_added)
        source.rowsAboutToBeRemoved.connect(self._rows_leaving)
        self.tree.expanded.connect(self._row_opened)
        self.tree.collapsed.connect(self._structure_changed)
        self.tree.model_changed.connect(self._tree_model_changed)
        self._tree_model_changed()
        self.controller.changes_applied.connect(self._changes_applied)
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_auto_split", False))
        self.tree.header().sectionResized.connect(self._columns_resized)
        self.controller.schedule_changed.connect(self._schedule_changed)

    # -- building ---------------------------------------------------------------------------------------
    def _build_toolbar(self) -> QWidget:
        """The toolbar above the tree and chart: zoom, fit, today, what to show, print and export."""
        bar = QWidget(self)
        self.toolbar = bar
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(3)

        def button(text: str, slot, tip: str, checkable: bool = False, checked: bool = False) -> QToolButton:
            b = QToolButton(text=text)
            b.setToolTip(tip)
            b.setCheckable(checkable)
            b.setChecked(checked)
            (b.toggled if checkable else b.clicked).connect(slot)
            row.addWidget(b)
            return b

        button("−", self.zoom_out, tr("Gantt", "Zoom out (Ctrl+−, Ctrl+wheel)"))
        button("+", self.zoom_in, tr("Gantt", "Zoom in (Ctrl++, Ctrl+wheel)"))
        self.zoom_box = QComboBox()
        for preset in PRESETS:
            self.zoom_box.addItem(_preset_label(preset), preset)
        self.zoom_box.setToolTip(tr("Gantt", "Time scale"))
        self.zoom_box.activated.connect(lambda i: self.set_zoom(PRESETS[self.zoom_box.itemData(i)]))
        row.addWidget(self.zoom_box)
        button(tr("Gantt", "Fit"), self.fit_project, tr("Gantt", "Fit the whole project in the window (Ctrl+0)"))
        button(tr("Gantt", "Today"), self.go_today, tr("Gantt", "Scroll to today (Alt+Home)"))
        row.addSpacing(10)
        self.critical_button = button(
            tr("Gantt", "Critical path"), self.set_show_critical, tr("Gantt", "Highlight the critical path"), True, True
        )
        self.baseline_button = button(
            tr("Gantt", "Baseline"), self.set_show_baseline, tr("Gantt", "Show the baseline under each bar"), True, True
        )
        self.legend_button = button(
            tr("Gantt", "Legend"), self._toggle_legend, tr("Gantt", "Show the legend"), True, True
        )
        then_tip = tr("Gantt", "Show where each bar was at the moment compared with")
        self.ghost_button = button(tr("Gantt", "Then"), self.set_show_ghosts, then_tip, True, True)
        self.ghost_button.setVisible(False)  # until a comparison gives ghost bars
        row.addStretch(1)
        button(tr("Gantt", "Print…"), self.print_chart, tr("Gantt", "Print or save as PDF, with a preview (Ctrl+P)"))
        export = QToolButton(text=tr("Gantt", "Export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addAction(tr("Gantt", "PDF…"), lambda: self.export_dialog("pdf"))
        menu.addAction(tr("Gantt", "PNG image…"), lambda: self.export_dialog("png"))
        menu.addAction(tr("Gantt", "SVG image…"), lambda: self.export_dialog("svg"))
        export.setMenu(menu)
        row.addWidget(export)
        return bar

    def _build(self) -> None:
        bar = self._build_toolbar()
        panel = QWidget()
        grid = QHBoxLayout(panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.chart, 1)
        left.addWidget(self.hbar)
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addSpacing(HEADER_HEIGHT)
        right.addWidget(self.vbar, 1)
        right.addSpacing(self.hbar.sizeHint().height())
        grid.addLayout(left, 1)
        grid.addLayout(right)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 800])
        self.splitter.setChildrenCollapsible(False)
        self.legend = _Legend(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.legend)
        self.setFocusProxy(self.tree)
        # Ctrl+P is the window's Print, which asks the view in front to print itself.
        self.key_actions = add_keys(self)

    # -- the interface every view offers ------------------------------------------------------------------
    def column_header(self) -> QHeaderView:
        """The tree's header, whose columns the window keeps between runs as the table's."""
        return self.tree.header()

    def apply_scope(self) -> None:
        self.tree.apply_scope()
        if self.proxy.is_filtering():
            return
        root = self.tree.rootIndex()
        # A project or area of a few hundred tasks shows whole, as a Gantt is read; a big one opens like the table.
        count = sum(1 for t in self.controller.ws.tasks.values() if ("project", t.project_id) == self.proxy.scope
                    or ("area", t.area_id) == self.proxy.scope)  # fmt: skip
        if root.isValid() and count <= 400:
            self.tree.expandRecursively(root)
        self._structure_changed()
        # A search typed or cleared keeps the zoom and the dates the user chose (a re-fit at each clear dropped
        # them, and cost 2.9 s profiled at 105,000 tasks); another project or area is fitted whole.
        if self.proxy.scope == self._fitted_scope:
            return
        self._fitted_scope = self.proxy.scope
        self._extent = None
        if self.isVisible():
            self.fit_project()
        else:
            self._fit_pending = True

    def current_node(self):
        return self.tree.current_node()

    def selected_task_ids(self) -> list[int]:
        return self.tree.selected_task_ids()

    def select_task(self, task_id: int, edit: bool = False) -> None:
        self.tree.select_task(task_id, edit)
        self.scroll_to_task(task_id)

    def select_first_task(self) -> None:
        self.tree.select_first_task()

    def selectionModel(self):
        return self.tree.selectionModel()

    def index_of_node(self, node, column: int = 0) -> QModelIndex:
        return self.tree.index_of_node(node, column)

    def hold(self) -> None:  # planner.ui.views.HeldWhileHidden: the tree's rows, as the table's
        self.tree.hold()

    def catch_up(self) -> None:
        self.tree.catch_up()

    @guarded
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_fit_pending", True):
            self._fit_pending = False
            self.fit_project()

    @guarded
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._auto_split:
            self.size_tree()

    def size_tree(self) -> None:
        """Give the tree the width of its columns, up to a little over half the view; past that the title column
        gives way first (its text is elided, with a tooltip), so the dates stay whole. Until the user moves the
        splitter or sizes a column: then their choice stays."""
        tree = self.tree
        most = int(self.splitter.width() * 0.55)
        self._sizing = True
        if self._auto_title and not tree.isColumnHidden(Column.TITLE):
            others = tree.columns_width() - tree.columnWidth(Column.TITLE)
            title = GanttTree.default_widths[Column.TITLE]
            tree.setColumnWidth(Column.TITLE, max(MIN_TITLE_WIDTH, min(title, most - others)))
        width = min(tree.columns_width(), most)
        self.splitter.setSizes([width, max(self.splitter.width() - width - self.splitter.handleWidth(), 200)])
        self._sizing = False

    def _columns_resized(self, column: int, old: int, new: int) -> None:
        if not self._sizing:
            self._auto_title = False

    # -- rows ---------------------------------------------------------------------------------------------
    def _tree_model_changed(self) -> None:
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self.chart.update())
        self._structure_changed()

    def _structure_changed(self, *args) -> None:
        if not self._rows_dirty:  # expandAll reports every row it opens: one flag, one update
            self._rows_dirty = True
            self.chart.update()

    def _proxy_structure_changed(self, *args) -> None:
        if self.tree.model() is self.proxy:  # else the task tree model's own signals tell the same
            self._structure_changed()

    def _mended_under(self, parent: QModelIndex):
        """(the node of the task tree model's `parent`, the tree's root node) when the rows under it show (it is the
        root, or a row shown and expanded) and the list of rows is mended from the model's lists. None when there is
        nothing to mend: the rows under `parent` do not show, or the list is to be read again whole (marked so here:
        a filter or a sort, hidden, or already due; hidden, the Gantt mends nothing, a structural edit with the
        table in front pays nothing)."""
        source = self.proxy.source
        if self._rows_dirty or not self.isVisible() or self.tree.model() is not source or self.proxy.sortColumn() >= 0:
            self._structure_changed()
            return None
        root = self.tree.rootIndex()
        top = root.data(Role.NODE) if root.isValid() else None
        if root.isValid() and top is None:
            self._structure_changed()
            return None
        node = source.node(parent)
        if node != top and (node not in self.row_of or not self.tree.isExpanded(parent)):
            return None
        return node, top

    def _rows_added(self, parent: QModelIndex, first: int, last: int) -> None:
        """Rows the task tree model added: put in the list of rows before the row that now follows them (a new task
        at 10,500 rows: ~0.5 ms, against ~5 ms the whole list read again, and its links filed again)."""
        shown = self._mended_under(parent)
        if shown is None:
            return
        node, top = shown
        source = self.proxy.source
        added = source.child_nodes(node)[first : last + 1]
        if added[0] in self.row_of:
            return  # put in already: the tree opened `node` to show them before this was heard (`_row_opened`)
        for row, child in enumerate(added, first):
            if source.may_have_children(child) and self.tree.isExpanded(source.row_index(child, row)):
                self._structure_changed()  # its rows show too
                return
        after = source.row_after(added[-1], top)
        self._put_in(added, len(self.rows) if after is None else self.row_of[after])

    def _row_opened(self, index: QModelIndex) -> None:
        """A row the tree opened (one the tree showed folded; an indent under a leaf opens the new summary): the rows
        it shows now put in the list after it, ~1 ms against ~10 ms for the list read again whole and its links filed
        again. More than a few opened before the next paint (every row opened, a scope shown) read it again."""
        self._opened += 1
        if self._opened > _OPENED_MENDED:
            self._structure_changed()
            return
        shown = self._mended_under(index.parent())
        if shown is None:
            return  # its rows do not show, or the list is read again anyway
        node = self.proxy.source.node(index)
        if node not in self.row_of:
            self._structure_changed()
            return
        added = self._rows_under(node)  # none of them in the list: no rows were put in under it while folded
        if added:
            self._put_in(added, self.row_of[node] + 1)

    def _put_in(self, added: list, at: int) -> None:
        """`added` rows put in the list before row `at`; the links among the rows mended, or filed again when a task
        comes with links (an outdent, a task whose links came back, a row opened)."""
        ws = self.controller.ws
        if any(kind == "task" and (ws.links_in(ident) or ws.links_out(ident)) for kind, ident in added):
            self._links_dirty = True
        self._set_rows([*self.rows[:at], *added, *self.rows[at:]], lambda links: links.with_rows_added(at, len(added)))

    def _rows_leaving(self, parent: QModelIndex, first: int, last: int) -> None:
        """Rows the task tree model is about to remove: taken out of the list of rows with those shown under them."""
        shown = self._mended_under(parent)
        if shown is None:
            return
        node, top = shown
        source = self.proxy.source
        leaving = source.child_nodes(node)
        after = source.row_after(leaving[last], top)
        start, end = self.row_of[leaving[first]], len(self.rows) if after is None else self.row_of[after]
        self._set_rows(self.rows[:start] + self.rows[end:], lambda links: links.without_rows(start, end))

    def _set_rows(self, rows: list, mend_links) -> None:
        """The rows, and the links among them mended by `mend_links` unless they are to be filed again (rows that
        come with links; a link made or removed, told to `_changes_applied` next). New objects, not changed in
        place: the chart's kept band of links is keyed by them."""
        self.rows = rows
        self.row_of = {node: i for i, node in enumerate(rows)}
        if not self._links_dirty and self.links is not None:
            self.links = mend_links(self.links)
        self.chart.update()

    def ensure_rows(self) -> None:
        """The rows as the tree shows them (expanded branches only), and the links between shown tasks."""
        self._opened = 0
        if self._rows_dirty:
            self._rows_dirty = False
            self._links_dirty = True
            rows = self._rows_from_source() if self.proxy.sortColumn() < 0 else None
            if rows is None:
                rows = self._rows_from_proxy()
            self.rows = rows
            self.row_of = {node: i for i, node in enumerate(rows)}
        if self._links_dirty:
            self._links_dirty = False
            self.links = shown_links(self.controller.ws.dependencies.values(), self.row_of)

    def _rows_from_proxy(self) -> list[tuple[str, int]]:
        """The shown rows, walking the tree's model row by row (with a filter or a sort: the general way)."""
        rows: list[tuple[str, int]] = []
        model, tree = self.tree.model(), self.tree
        node_role = Role.NODE

        def walk(parent: QModelIndex) -> None:
            for r in range(model.rowCount(parent)):
                index = model.index(r, 0, parent)
                rows.append(index.data(node_role))
                if tree.isExpanded(index):
                    walk(index)

        walk(tree.rootIndex())
        return rows

    def _rows_from_source(self) -> list[tuple[str, int]] | None:
        """The shown rows read from the source model's own lists (`_rows_under` the tree's root); None when the
        root is no row of it."""
        root = self.tree.rootIndex()
        top = root.data(Role.NODE) if root.isValid() else None
        if root.isValid() and top is None:
            return None
        return self._rows_under(top)

    def _rows_under(self, top) -> list[tuple[str, int]]:
        """The rows shown under `top` (None: the top level), read from the source model's own lists, asking the tree
        only whether each row that has children is expanded: with no sort the proxy's rows are the source's in their
        order, those it shows (all of them with no filter), and this costs a few Qt calls per summary instead of
        several per row (11,000 rows: ~10 ms instead of ~200 ms; a search at 105,000 tasks walked ~46,000 rows of
        the proxy)."""
        proxy, tree = self.proxy, self.tree
        source = proxy.source
        rows: list[tuple[str, int]] = []
        append = rows.append
        children, has_children = source.child_nodes, source.may_have_children
        map_from, row_index, is_expanded = tree.from_source, source.row_index, tree.isExpanded
        shows = proxy.shows if proxy.is_filtering() else None
        stack = list(reversed(list(enumerate(children(top)))))  # (row under its parent, node)
        pop, extend = stack.pop, stack.extend
        while stack:
            row, node = pop()
            if shows is not None and not shows(node):
                continue  # filtered out, with its rows
            append(node)
            if has_children(node) and is_expanded(map_from(row_index(node, row))):
                extend(reversed(list(enumerate(children(node)))))
        return rows

    # -- what the chart shows (its time scale and scrolling: `TimeScrolling`) ---------------------------------
    def set_show_critical(self, on: bool) -> None:
        self.options.critical = on
        self.chart.update()
        self.legend.refit()
        self.legend.update()

    def set_show_baseline(self, on: bool) -> None:
        self.options.baseline = on
        self.chart.update()

    def set_ghosts(self, ghosts: dict[int, tuple[datetime, datetime]], shown: bool = True) -> None:
        """Draw ghost bars: where each task's bar was at a moment compared with (task id -> start, finish), as a
        faint outline behind its bar; an empty dict takes them away. The view's "Then" button hides them."""
        self.ghosts = dict(ghosts)
        self.ghost_button.setVisible(bool(self.ghosts))
        self.ghost_button.setChecked(shown)
        self.set_show_ghosts(shown)

    def set_show_ghosts(self, on: bool) -> None:
        self.options.ghosts = on
        self.chart.update()
        self.legend.refit()
        self.legend.update()

    def _toggle_legend(self, on: bool) -> None:
        self.legend.setVisible(on)

    # -- keeping up ---------------------------------------------------------------------------------------
    def _changes_applied(self, changes) -> None:
        ws = self.controller.ws
        if changes.touches("person", "status", "calendar", "baseline", "project"):
            self.bars.clear()
        else:
            self.bars.forget(changes.ids("task"))
        if changes.touches("dependency"):  # rows that come or go mend or file the links themselves
            made = changes.created.get("dependency") or changes.updated.get("dependency")
            if made or self._links_dirty or self.links is None:
                self._links_dirty = True
            else:  # links deleted only (alone, or with their tasks): taken out, nothing filed again (~4 ms)
                self.links = self.links.without_links(changes.deleted["dependency"])
        if self._extent is not None:
            first, last = self._extent
            for tid in changes.ids("task"):
                task = ws.tasks.get(tid)
                if task is not None and task.start is not None and task.start < first:
                    first = task.start
                if task is not None and task.finish is not None and task.finish > last:
                    last = task.finish
            self._extent = (first, last)
        if self.isVisible():
            self._update_hbar()
        self.chart.update()

    def _schedule_changed(self) -> None:
        self.bars.clear()  # slack and the critical path of any task may have moved
        self.chart.update()

    def _tree_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.TITLE and index.data(Role.TASK_ID) is not None:
            self.editor_requested.emit(index.data(Role.TASK_ID))

    # -- printing and export ------------------------------------------------------------------------------
    def document(self):
        """What is printed or exported: the tree's rows and shown columns, with the chart's options."""
        from planner.ui.gantt.printing import document_from_view

        return document_from_view(self)

    def print_chart(self) -> None:
        from planner.ui.gantt.printing import print_with_preview

        print_with_preview(self)

    def export_dialog(self, kind: str) -> None:
        filters = {
            "pdf": tr("Gantt", "PDF document (*.pdf)"),
            "png": tr("Gantt", "PNG image (*.png)"),
            "svg": tr("Gantt", "SVG image (*.svg)"),
        }
        title = tr("Gantt", "Export the Gantt chart as {kind}").format(kind=kind.upper())
        path = dialogs.choose_save_file(self, title, f"gantt.{kind}",
                                        filters[kind])  # fmt: skip
        if path:
            self.export(path, kind)

    def export(self, path, kind: str | None = None) -> int:
        """Write the chart to `path` as PDF, PNG or SVG (by `kind` or the extension); PDF returns its page count."""
        from planner.ui.gantt import printing

        kind = kind or str(path).rsplit(".", 1)[-1].lower()
        doc = self.document()
        if kind == "pdf":
            return printing.write_pdf(str(path), doc, printing.PageOptions())
        if kind == "svg":
            printing.write_svg(str(path), doc)
        else:
            printing.write_png(str(path), doc)
        return 1


class _Legend(QWidget):
    """The chart's legend under it: as many lines as its width needs (one line was cut off at 1360 px)."""

    LINE = 26

    def __init__(self, view: GanttView) -> None:
        super().__init__(view)
        self.view = view
        self.setFixedHeight(self.LINE)

    def renderer(self) -> ChartRenderer:
        view = self.view
        renderer = ChartRenderer(view.controller.ws, view.bars, colors_from(self.palette()), view.options)
        renderer.ghosts = view.ghosts if view.options.ghosts else {}  # "Then" listed while they show
        return renderer

    def lines(self, renderer: ChartRenderer) -> list[list[tuple[str, str]]]:
        """The legend's items broken into lines that fit the widget's width."""
        metrics = self.fontMetrics()
        lines: list[list[tuple[str, str]]] = [[]]
        used = 10.0
        for item in renderer.legend_items():
            width = renderer.legend_item_width(metrics, item[1])
            if lines[-1] and used + width > self.width():
                lines.append([])
                used = 10.0
            lines[-1].append(item)
            used += width
        return lines

    @guarded
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refit()

    def refit(self) -> None:
        self.setFixedHeight(self.LINE * len(self.lines(self.renderer())))

    @guarded
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer = self.renderer()
        p.fillRect(self.rect(), renderer.colors.header)
        for i, items in enumerate(self.lines(renderer)):
            renderer.paint_legend(p, 10, 4 + i * self.LINE, items=items)
        p.end()


class _Chart(QWidget):
    """The timeline: paints the scale and the rows on screen, and turns mouse gestures into the view's edits."""

    def __init__(self, view: GanttView) -> None:
        super().__init__(view)
        self.view = view
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(200)
        self.setAcceptDrops(True)  # people dropped on a bar are assigned to its task
        self.drag: _Drag | None = None
        self._renderer: ChartRenderer | None = None
        self._palette_key = None
        self._shown_y: int | None = None  # the scroll position the rows on screen are painted for (follow_rows)
        self._band: tuple[int, int] | None = None  # the rows the links are routed among while the wheel scrolls
        self._painted_at: datetime | None = None  # the time of the last paint of the whole (the today line's)
        # Every pixel is painted (the scale, then the rows): Qt scrolls only an opaque widget by blitting.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def renderer(self) -> ChartRenderer:
        key = (self.palette().color(self.palette().ColorRole.Base).name(), theme.accent().name())
        if self._renderer is None or key != self._palette_key or self._renderer.ws is not self.view.controller.ws:
            self._palette_key = key
            self._renderer = ChartRenderer(self.view.controller.ws, self.view.bars, colors_from(self.palette()),
                                           self.view.options)  # fmt: skip
        return self._renderer

    @guarded
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view._update_hbar()

    def follow_rows(self, y: int) -> None:
        """The rows scrolled to `y`. A scroll shorter than the view routes the links among the rows in view widened
        to whole blocks (`painting.band_rows`), and while the view stays within those, the rows on screen move by
        blitting and only the strip brought in is painted, its links routed among the same rows: the strip is what
        a paint of the whole would put there. Otherwise the rows are painted whole."""
        shown, self._shown_y = self._shown_y, y
        body = self.body_rect()
        count = len(self.view.rows)
        first, last = rows_in_view(y, body.height(), count)
        band = self._band
        short = shown is not None and abs(shown - y) < body.height()
        within = band is not None and band[0] <= first and last <= band[1]
        if short and within and self.drag is None and not self.view._rows_dirty:
            self.scroll(0, shown - y, body.toRect())
            return
        self._band = band_rows(first, last, count) if short else None
        self.update()

    def forget_band(self) -> None:
        """The links are routed among the rows in view again: a zoom or a sideways scroll routes them all anew."""
        self._band = None
        self.update()

    def body_rect(self) -> QRectF:
        return QRectF(0, HEADER_HEIGHT, self.width(), self.height() - HEADER_HEIGHT)

    def y_offset(self) -> int:
        return self.view.tree.verticalScrollBar().value()

    # -- painting ---------------------------------------------------------------------------------------
    @guarded
    def paintEvent(self, event) -> None:
        view = self.view
        view.ensure_rows()
        renderer = self.renderer()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        x_offset = view.hbar.value()
        today = view.controller.today()
        header = QRectF(0, 0, self.width(), HEADER_HEIGHT)
        painted = QRectF(event.rect())
        if painted.intersects(header):
            renderer.paint_scale(p, header, view.scale, x_offset, today)
        selected = set()
        row_of = view.row_of
        for index in view.tree.selectionModel().selectedRows(0):
            r = row_of.get(index.data(Role.NODE))
            if r is not None:
                selected.add(r)
        renderer.ghosts = view.ghosts if view.options.ghosts else {}
        body = self.body_rect()
        strip = None if painted.contains(body) else painted  # the rows brought in by a scroll (follow_rows)
        if strip is None or self._painted_at is None:
            self._painted_at = datetime.now()
        y = self.y_offset()
        first, last = rows_in_view(y, body.height(), len(view.rows))
        band = self._band if self._band is not None and self._band[0] <= first and last <= self._band[1] else None
        renderer.paint_rows(p, body, view.scale, x_offset, y, view.rows, row_of, view.links, self.calendar(), today,
                            selected, strip=strip, band=band, now=self._painted_at)  # fmt: skip
        if self.drag is not None and self.drag.pos is not None:
            self.paint_drag(p, renderer)
        if self.hasFocus() or view.tree.hasFocus():
            self.paint_focus(p, renderer)
        p.end()

    def paint_focus(self, p: QPainter, renderer: ChartRenderer) -> None:
        """A dashed ring in the highlight colour round the current task's bar (or its row, when it has none),
        so that the keyboard's place is seen in the chart as well as in the tree."""
        view = self.view
        row = view.row_of.get(view.tree.currentIndex().data(Role.NODE))
        if row is None:
            return
        top = HEADER_HEIGHT + row * ROW_HEIGHT - self.y_offset()
        bar = view.bars.bar(view.rows[row][1]) if view.rows[row][0] == "task" else None
        box = QRectF(1, top + 1, self.width() - 2, ROW_HEIGHT - 2)
        if bar is not None:
            box = renderer.bar_rect(bar, view.scale, -view.hbar.value(), top).adjusted(-3, -3, 3, 3)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
        p.setClipRect(self.body_rect())
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(box, 3, 3)

    def calendar(self):
        ws = self.view.controller.ws
        scope = self.view.proxy.scope
        if isinstance(scope, tuple) and scope[0] == "project" and scope[1] in ws.projects:
            return ws.calendars.get(ws.projects[scope[1]].calendar_id, ws.calendar)
        return ws.calendar

    def paint_drag(self, p: QPainter, renderer: ChartRenderer) -> None:
        drag = self.drag
        c = renderer.colors
        view = self.view
        left = -view.hbar.value()
        p.setClipRect(self.body_rect())
        if drag.mode == "link":
            row = view.row_of.get(("task", drag.task_id))
            bar = view.bars.bar(drag.task_id)
            if row is None or bar is None:
                return
            box = renderer.bar_rect(bar, view.scale, left, HEADER_HEIGHT + row * ROW_HEIGHT - self.y_offset())
            start = QPointF(box.right() if drag.link_from_finish else box.left(), box.center().y())
            pen = p.pen()
            pen.setColor(c.progress)
            pen.setWidthF(1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(start, drag.pos)
            return
        if drag.new_start is None and drag.new_finish is None and drag.percent is None:
            return
        row = view.row_of.get(("task", drag.task_id))
        bar = view.bars.bar(drag.task_id)
        if row is None or bar is None:
            return
        ghost = dataclasses.replace(
            bar,
            start=drag.new_start or bar.start,
            finish=drag.new_finish or bar.finish,
            progress=(drag.percent / 100) if drag.percent is not None else bar.progress,
            slack_end=None, deadline=None, baseline=None, label="",
        )  # fmt: skip
        top = HEADER_HEIGHT + row * ROW_HEIGHT - self.y_offset()
        box = renderer.bar_rect(ghost, view.scale, left, top)
        p.setOpacity(0.75)
        renderer.paint_bar(p, ghost, box, view.scale, left, top, p.fontMetrics().height())
        p.setOpacity(1)
        pen = p.pen()
        pen.setColor(c.progress)
        pen.setStyle(Qt.PenStyle.DotLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(box.adjusted(-2, -2, 2, 2))

    # -- hit testing ----------------------------------------------------------------------------------------
    def row_at(self, y: float) -> int | None:
        if y < HEADER_HEIGHT:
            return None
        row = int((y - HEADER_HEIGHT + self.y_offset()) // ROW_HEIGHT)
        return row if 0 <= row < len(self.view.rows) else None

    def hit(self, pos: QPointF) -> tuple[int | None, int | None, str]:
        """(row, task id, part) under `pos`; part is "body", "finish", "progress", "link_start", "link_finish",
        "row" (the row, off the bar) or "" (nothing)."""
        view = self.view
        view.ensure_rows()
        row = self.row_at(pos.y())
        if row is None:
            return None, None, ""
        kind, ident = view.rows[row]
        if kind != "task":
            return row, None, "row"
        bar = view.bars.bar(ident)
        if bar is None or bar.kind == "routine":
            return row, ident, "row"
        top = HEADER_HEIGHT + row * ROW_HEIGHT - self.y_offset()
        box = self.renderer().bar_rect(bar, view.scale, -view.hbar.value(), top)
        x = pos.x()
        editable = bar.kind in ("task", "milestone")
        if editable and box.left() - HANDLE - 2 <= x < box.left() - 1:
            return row, ident, "link_start"
        if editable and box.right() + 1 < x <= box.right() + HANDLE + 2:
            return row, ident, "link_finish"
        if not box.left() - 1 <= x <= box.right() + 1:
            return row, ident, "row"
        if bar.kind == "task":
            if x >= box.right() - EDGE and box.width() > 2 * EDGE:
                return row, ident, "finish"
            progress_x = box.left() + box.width() * bar.progress
            if abs(x - progress_x) <= 4 and pos.y() >= box.center().y():
                return row, ident, "progress"
        return row, ident, "body"

    # -- mouse ------------------------------------------------------------------------------------------------
    def _select_row(self, row: int, toggle: bool = False) -> None:
        view = self.view
        index = view.tree.index_of_node(view.rows[row])
        if not index.isValid():
            return
        flag = QItemSelectionModel.SelectionFlag
        flags = (flag.Toggle if toggle else flag.ClearAndSelect) | flag.Rows
        view.tree.selectionModel().setCurrentIndex(index, flags)

    @guarded
    def mousePressEvent(self, event) -> None:
        pos = event.position()
        row, task_id, part = self.hit(pos)
        if row is not None:
            toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if not (event.button() == Qt.MouseButton.RightButton and row in self._selected_rows()):
                self._select_row(row, toggle)
        self.setFocus()
        if event.button() != Qt.MouseButton.LeftButton or task_id is None or part in ("row", ""):
            self.drag = None
            return
        task = self.view.controller.ws.tasks[task_id]
        bar = self.view.bars.bar(task_id)
        mode = {"link_start": "link", "link_finish": "link"}.get(part, part)
        self.drag = _Drag(mode, task_id, pos, bar.start, bar.finish, link_from_finish=part != "link_start")
        if task.project_id is not None and self.view.controller.ws.is_summary(task_id):
            self.drag = None
        else:
            self.view.controller.edits_soon()  # the schedule readied for the drop while the person drags

    def _selected_rows(self) -> set[int]:
        return {self.view.row_of.get(i.data(Role.NODE)) for i in self.view.tree.selectionModel().selectedRows(0)}

    @guarded
    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        drag = self.drag
        if drag is None:
            self._hover(event)
            return
        dx, dy = pos.x() - drag.origin.x(), pos.y() - drag.origin.y()
        if drag.mode == "body":
            if abs(dy) > ROW_HEIGHT * 0.7 and abs(dy) > abs(dx):
                drag.mode = "link"  # pulled out of the row: a link, as in MS Project
            elif abs(dx) >= 3:
                drag.mode = "move"
            else:
                return
        drag.pos = pos
        view = self.view
        scale = view.scale
        seconds = timedelta(days=dx / scale.px_per_day)
        task = view.controller.ws.tasks[drag.task_id]
        cal = view.controller.ws.calendar_for(task)
        if drag.mode == "move":
            start = scale.snap(drag.start + seconds)
            if task.project_id is not None and not task.manual:
                start = cal.next_working(start)
            drag.new_start = start
            if task.milestone:
                drag.new_finish = start
            elif task.duration is not None:  # as the edit will: its length on the task's calendar
                drag.new_finish = cal.add_working(start, task.duration)
            else:
                drag.new_finish = drag.finish + (start - drag.start)
            self._tip(
                event,
                tr("Gantt", "Start {start}\nFinish {finish}").format(
                    start=_when(drag.new_start), finish=_when(drag.new_finish)
                ),
            )
        elif drag.mode == "finish":
            finish = scale.snap(drag.finish + seconds)
            finish = cal.previous_working(finish)
            if finish <= drag.start:
                finish = cal.add_working(drag.start, 60 if scale.snap_unit() == "hour" else cal.minutes_per_day)
            drag.new_finish = finish
            minutes = cal.working_minutes(drag.start, finish)
            self._tip(
                event,
                tr("Gantt", "Finish {finish}\nDuration {duration}").format(
                    finish=_when(finish), duration=formats.duration(minutes, cal)
                ),
            )
        elif drag.mode == "progress":
            left = -view.hbar.value()
            x0, x1 = left + scale.x(drag.start), left + scale.x(drag.finish)
            share = 0.0 if x1 <= x0 else (pos.x() - x0) / (x1 - x0)
            drag.percent = int(round(max(0.0, min(1.0, share)) * 20) * 5)
            self._tip(event, tr("Gantt", "{percent} % done").format(percent=drag.percent))
        elif drag.mode == "link":
            _row, target, part = self.hit(pos)
            drag.target = target if target != drag.task_id and part not in ("row", "") else None
            if drag.target is not None:
                drag.target_finish = part == "link_finish"  # dropped on the handle after its end: FF or SF
                kind = self._link_type(drag)
                names = view.controller.ws.tasks
                text = tr("Gantt", "{kind} link: “{first}” → “{second}”")
                self._tip(
                    event,
                    text.format(kind=kind.value, first=names[drag.task_id].title, second=names[drag.target].title),
                )
            else:
                QToolTip.hideText()
        self.update()

    @staticmethod
    def _link_type(drag: _Drag) -> LinkType:
        return LinkType(("F" if drag.link_from_finish else "S") + ("F" if drag.target_finish else "S"))

    def _tip(self, event, text: str) -> None:
        QToolTip.showText(event.globalPosition().toPoint(), text, self)

    def _hover(self, event) -> None:
        _, task_id, part = self.hit(event.position())
        bar = self.view.bars.bar(task_id) if task_id is not None else None
        if bar is not None and bar.warning:
            self._tip(event, tr("Gantt", "Warning: {warning}").format(warning=bar.warning))
        elif bar is not None and task_id in self.view.controller.ws.tasks:
            repeats = repeat_text(self.view.controller.ws, self.view.controller.ws.tasks[task_id])
            if repeats:  # a routine's string of dots, or one of its occurrences: how it repeats
                self._tip(event, repeats)
        shape = {
            "finish": Qt.CursorShape.SizeHorCursor,
            "progress": Qt.CursorShape.SplitHCursor,
            "link_start": Qt.CursorShape.CrossCursor,
            "link_finish": Qt.CursorShape.CrossCursor,
            "body": Qt.CursorShape.SizeAllCursor,
        }.get(part)
        if shape is None:
            self.unsetCursor()
        else:
            self.setCursor(QCursor(shape))

    @guarded
    def mouseReleaseEvent(self, event) -> None:
        drag, self.drag = self.drag, None
        QToolTip.hideText()
        if drag is None or drag.pos is None:
            self.update()
            return
        view = self.view
        if drag.mode == "move" and drag.new_start is not None:
            view.move_task(drag.task_id, drag.new_start)
        elif drag.mode == "finish" and drag.new_finish is not None:
            view.set_finish(drag.task_id, drag.new_finish)
        elif drag.mode == "progress" and drag.percent is not None:
            view.set_progress(drag.task_id, drag.percent)
        elif drag.mode == "link" and drag.target is not None:
            view.link(drag.task_id, drag.target, self._link_type(drag))
        self.update()

    # -- people dropped on a bar ----------------------------------------------------------------------------------
    def _bar_under(self, pos: QPointF) -> int | None:
        _row, task_id, part = self.hit(pos)
        return task_id if part not in ("row", "") else None

    @guarded
    def dragEnterEvent(self, event) -> None:
        if carries_people(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    @guarded
    def dragMoveEvent(self, event) -> None:
        task_id = self._bar_under(event.position())
        if task_id is None or not carries_people(event.mimeData()):
            event.ignore()
            return
        event.acceptProposedAction()
        where = self.mapToGlobal(event.position().toPoint())
        text = tr("Gantt", "Assign to “{title}”").format(title=self.view.controller.ws.tasks[task_id].title)
        QToolTip.showText(where, text, self)

    @guarded
    def dropEvent(self, event) -> None:
        QToolTip.hideText()
        task_id = self._bar_under(event.position())
        if task_id is None or not carries_people(event.mimeData()):
            event.ignore()
            return
        event.acceptProposedAction()
        drop_people(self.view.controller, task_id, event.mimeData())

    @guarded
    def mouseDoubleClickEvent(self, event) -> None:
        row, task_id, _part = self.hit(event.position())
        if row is not None and row not in self._selected_rows():
            self._select_row(row)
        if task_id is not None:
            self.view.editor_requested.emit(task_id)

    @guarded
    def contextMenuEvent(self, event) -> None:
        _, task_id, _ = self.hit(QPointF(event.pos()))
        dialogs.show_menu(self.view.task_menu(task_id), event.globalPos())

    @guarded
    def wheelEvent(self, event) -> None:
        view = self.view
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if delta.y():
                factor = ZOOM_STEP ** (delta.y() / 120)
                view.set_zoom(view.scale.px_per_day * factor, event.position().x())
            return
        if delta.x() or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            amount = delta.x() or delta.y()
            view.hbar.setValue(view.hbar.value() - amount)
            return
        view.vbar.setValue(view.vbar.value() - delta.y() // 2)

    @guarded
    def keyPressEvent(self, event) -> None:
        view = self.view
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = view.hbar.singleStep() * (1 if key == Qt.Key.Key_Right else -1)
            view.hbar.setValue(view.hbar.value() + step)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            view.tree.setFocus()
            view.tree.keyPressEvent(event)
            self.setFocus()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ids = view.selected_task_ids()
            if ids:
                view.editor_requested.emit(ids[0])
        else:
            super().keyPressEvent(event)


def _when(at: datetime | None) -> str:
    return "" if at is None else f"{formats.weekday_day(at)} {formats.clock(at)}"


def _preset_label(preset: str) -> str:
    """A zoom preset's name in the user's language (PRESETS keeps the English keys)."""
    labels = {
        "Hours": tr("Gantt", "Hours"),
        "Days": tr("Gantt", "Days"),
        "Weeks": tr("Gantt", "Weeks"),
        "Months": tr("Gantt", "Months"),
        "Quarters": tr("Gantt", "Quarters"),
        "Years": tr("Gantt", "Years"),
    }
    return labels[preset]
