"""`TaskTreeModel`: adapts the core workspace's task tree to Qt's item views (table now, Gantt tree later).

Top-level rows are the areas and the projects; tasks hang below them as in the work breakdown.
The model keeps only a cache of the tree it has shown, brought up to date from each `Changes`
with narrow row signals. Edits flow out: `setData` and drops become core commands run by the
controller, never direct changes.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import NamedTuple

from PySide6.QtCore import QAbstractItemModel, QByteArray, QDate, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from planner.core.changes import Changes
from planner.core.command import Batch
from planner.core.commands import EditObject, EditTask, MoveTask
from planner.core.errors import ValidationError
from planner.core.filters import due_date
from planner.core.i18n import plural, tr
from planner.core.labels import labels_of
from planner.core.link_text import edit_links, lag_calendar
from planner.core.model import Constraint, ParentKey, Priority, Task, Workspace
from planner.core.recurrence import repeat_text
from planner.core.resource_text import edit_resource_names, resource_names
from planner.core.schedule import start_fields
from planner.reports import formats
from planner.ui import theme
from planner.ui.controller import Controller
from planner.ui.guard import guarded
from planner.ui.models.columns import DERIVED_COLUMNS, PLAIN_COLUMNS, SCHEDULE_COLUMNS, Column, Role
from planner.ui.models.derived import DerivedColumns
from planner.ui.models.spoken import task_description

Node = ParentKey  # ("area", id), ("project", id) or ("task", id)
ROOT = None
MIME_TYPE = "application/x-planner-task-ids"
_KIND_BITS = {"task": 0, "project": 1, "area": 2}
_BIT_KINDS = {bit: kind for kind, bit in _KIND_BITS.items()}
_EDITABLE = {
    Column.TITLE, Column.STATUS, Column.PRIORITY, Column.ASSIGNEES, Column.START, Column.FINISH,
    Column.DURATION, Column.PERCENT, Column.DEADLINE, Column.VALUE, Column.EFFORT, Column.PREDECESSORS,
    Column.SUCCESSORS, Column.RESOURCE_NAMES,
}  # fmt: skip
_TEXT_EDITS = (Column.PREDECESSORS, Column.SUCCESSORS, Column.RESOURCE_NAMES)  # typed text, parsed by the core


def encode(node: Node) -> int:
    return node[1] << 2 | _KIND_BITS[node[0]]


def decode(internal_id: int) -> Node:
    return (_BIT_KINDS[internal_id & 3], internal_id >> 2)


def _lists_rows(node: Node, children, series: dict[int, list[int]]) -> bool:
    """Whether rows will be listed under `node` once loaded: the workspace's tasks under it (`children`, its
    `Workspace.children`), or, for a routine, its occurrences shown under it (`series`, from `_series`)."""
    return bool(children(node)) or (node[0] == "task" and node[1] in series)


class TaskTreeModel(QAbstractItemModel):
    derived_changed = Signal()  # IDs, WBS codes, links by ID or roll-ups may have changed in any row

    def __init__(self, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._rows: dict[Node | None, list[Node]] = {}
        self._parent: dict[Node, Node | None] = {}
        self._row_of: dict[Node, int] = {}
        self._painted: dict[int, _PaintedRow] = {}
        # A task row's internal id -> whether it has no rows under it: Qt asks `flags` twice for each row it lays out
        # (105,000 when a big project is opened), and a lookup here is cheaper than asking the workspace. Dropped at
        # each change and reset.
        self._leaf: dict[int, bool] = {}
        self._grouping: tuple[dict[int, list[int]], set[int]] | None = None
        self.derived = DerivedColumns(lambda: controller.ws)
        self._refused: dict[tuple[int, int], str] = {}  # (task id, column) -> why the text typed there was refused
        self._bold = QFont()
        self._bold.setBold(True)
        # The rows whose data changed while no tree showed this model, told when one does (`hold_row_signals`);
        # None while the signals go out at once.
        self._held: set[Node] | None = None
        self._held_derived = False
        controller.changes_applied.connect(self.apply_changes)

    @property
    def ws(self):
        return self.controller.ws

    # -- structure ----------------------------------------------------------------------
    def _fresh(self, key: Node | None) -> list[Node]:
        if key is ROOT:
            return [("area", a.id) for a in self.ws.ordered("area")] + [
                ("project", p.id) for p in self.ws.ordered("project")
            ]
        series, grouped = self._series()
        rows = [("task", tid) for tid in self.ws.children(key) if tid not in grouped]
        if key[0] == "task" and key[1] in series:
            rows += [("task", tid) for tid in series[key[1]]]
        return rows

    def _series(self) -> tuple[dict[int, list[int]], set[int]]:
        """Routine occurrences shown under their routine (in date order) rather than beside it in the list
        they share: {routine id: occurrence ids}, and the set of all those occurrences. Kept until tasks change."""
        if self._grouping is None:
            tasks = self.ws.tasks
            series: dict[int, list[int]] = {}
            for task in tasks.values():
                routine = tasks.get(task.routine_id) if task.routine_id is not None else None
                if routine is not None and routine.parent_key() == task.parent_key():
                    series.setdefault(routine.id, []).append(task.id)
            for ids in series.values():
                ids.sort(key=lambda tid: (tasks[tid].start or datetime.max, tid))
            self._grouping = (series, {tid for ids in series.values() for tid in ids})
        return self._grouping

    def model_parent(self, task: Task) -> Node:
        """Where the model shows `task`: under its routine when it is an occurrence beside it, else its parent."""
        grouped = self._series()[1]
        return ("task", task.routine_id) if task.id in grouped else task.parent_key()

    def _children(self, key: Node | None) -> list[Node]:
        rows = self._rows.get(key)
        if rows is None:
            rows = self._rows[key] = self._fresh(key)
            self._renumber(key)
            if key is not ROOT:  # whether each task row is a leaf, for `flags`, in one pass: Qt asks it next
                children, series = self.ws.children, self._series()[0]
                self._leaf.update(
                    {node[1] << 2: not _lists_rows(node, children, series) for node in rows if node[0] == "task"}
                )
        return rows

    def _renumber(self, key: Node | None) -> None:
        for row, node in enumerate(self._rows[key]):
            self._row_of[node] = row
            self._parent[node] = key

    def child_nodes(self, node: Node | None) -> list[Node]:
        """The rows under `node` (ROOT: the top), as the model shows them; the model's own list, not a copy."""
        return self._children(node)

    def may_have_children(self, node: Node) -> bool:
        """`hasChildren` for a node, without making an index (the Gantt reads the tree this way)."""
        rows = self._rows.get(node)
        if rows is not None:
            return bool(rows)
        if node[0] != "task":
            return _lists_rows(node, self.ws.children, self._series()[0])
        # Asked for each of the ~500 summaries Qt lays out again after a row comes or goes: the answer `flags` keeps.
        leaf = self._leaf.get(node[1] << 2)
        if leaf is None:
            leaf = self._leaf[node[1] << 2] = not _lists_rows(node, self.ws.children, self._series()[0])
        return not leaf

    def row_index(self, node: Node, row: int) -> QModelIndex:
        """The index of `node` at `row` of a list just read with `child_nodes` (no lookup of its place)."""
        return self.createIndex(row, 0, node[1] << 2 | _KIND_BITS[node[0]])

    def node(self, index: QModelIndex) -> Node | None:
        return decode(index.internalId()) if index.isValid() else ROOT

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        """The index of `node`, loading the cache along its ancestors if they were never shown."""
        if node[0] == "task":
            parent = self.model_parent(self.ws.tasks[node[1]])
            if parent[0] == "task":
                self.index_of(parent)  # the parent's own row first, so its list hangs somewhere known
            else:
                self._children(ROOT)
            self._children(parent)
        else:
            self._children(ROOT)
        row = self._row_of.get(node)
        return QModelIndex() if row is None else self.createIndex(row, column, encode(node))

    @guarded(default=QModelIndex())
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        # Called for nearly every proxy call (mapToSource) and ~4 times a row Qt lays out, so kept to plain lookups.
        if parent.isValid():
            iid = parent.internalId()
            key = (_BIT_KINDS[iid & 3], iid >> 2)
        else:
            key = ROOT
        rows = self._rows.get(key)
        if rows is None:
            rows = self._children(key)
        if 0 <= row < len(rows) and 0 <= column < _COLUMN_COUNT:
            node = rows[row]
            return self.createIndex(row, column, node[1] << 2 | _KIND_BITS[node[0]])
        return QModelIndex()

    @guarded(default=QModelIndex())
    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        # Asked twice a cell painted while a row is selected (Qt's selection check compares parents): the node
        # decoded and encoded in place, as in `index`.
        if not index.isValid():
            return QModelIndex()
        iid = index.internalId()
        up = self._parent.get((_BIT_KINDS[iid & 3], iid >> 2))
        if up is None:
            return QModelIndex()
        return self.createIndex(self._row_of[up], 0, up[1] << 2 | _KIND_BITS[up[0]])

    @guarded(default=0)
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self._children(self.node(parent)))

    @guarded(default=False)
    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        if not parent.isValid():
            return True
        if parent.column() > 0:
            return False
        iid = parent.internalId()  # asked for every row Qt lays out: the node decoded in place
        return self.may_have_children((_BIT_KINDS[iid & 3], iid >> 2))

    @guarded(default=0)
    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(Column)

    # -- data ---------------------------------------------------------------------------
    @guarded
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return Column(section).header
        horizontal_alignment = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole
        if horizontal_alignment and section in _RIGHT_ALIGNED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    @guarded
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        node = decode(index.internalId())
        if role == Role.NODE:
            return node
        if role == Role.TASK_ID:
            return node[1] if node[0] == "task" else None
        kind, ident = node
        if kind != "task":
            return self._container_data(node, index.column(), role)
        column = index.column()
        if column in SCHEDULE_COLUMNS and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return self._schedule_data(ident, Column(column), role)
        if column in DERIVED_COLUMNS and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            task = self.ws.tasks.get(ident)
            if task is None or role == Qt.ItemDataRole.ForegroundRole:
                return None
            return self.derived.text(task, Column(column))
        if column == Column.TITLE and role in _WARNING_ROLES:
            warning = self.schedule_warning(ident)
            if warning:  # what the stored plan holds that the scheduler left out: shown in place of the task icon
                if role == Qt.ItemDataRole.ToolTipRole:
                    return tr("TaskTree", "Warning: {warning}").format(warning=warning)
                return _warning_icon()
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:  # asked only while a screen reader listens
            task = self.ws.tasks.get(ident)
            if column != Column.TITLE or task is None:
                return None
            return task_description(self.ws, task, self.controller.today(), self.controller.schedule)
        if role in _PAINT_ROLES:
            row = self.painted_row(ident)
            return None if row is None else self._painted_role(row, ident, column, role)
        task = self.ws.tasks.get(ident)
        if task is None:
            return None
        column = Column(column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(task, column)
        if role == Role.SORT:
            return self._sort_value(task, column)
        if role == Role.LABELS:
            return tuple((label.name, label.color) for label in labels_of(self.ws, task))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RIGHT_ALIGNED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return "\n\n".join(text for text in (repeat_text(self.ws, task), task.notes[:500]) if text) or None
        if role == Qt.ItemDataRole.ToolTipRole and (ident, column) in self._refused:
            return self._refused[(ident, column)]
        return None

    def _painted_role(self, row: _PaintedRow, ident: int, column: int, role: int):
        """A paint role of a task's cell from its painted row, each column's text and colour made when first asked."""
        if role == _DISPLAY:
            text = row.text[column]
            if text is _UNSET:  # each column's text is made the first time it is painted
                text = row.text[column] = self._display(self.ws.tasks[ident], _COLUMNS[column])
            return text
        if role == _FOREGROUND:
            brush = row.brush[column]
            if brush is _UNSET:
                task = self.ws.tasks[ident]
                brush = row.brush[column] = self._foreground(task, _COLUMNS[column], self._is_done(task))
            return brush
        if column != Column.TITLE:
            return None
        return row.icon if role == Qt.ItemDataRole.DecorationRole else row.font

    # -- what the table's row painter reads (planner/ui/table_rows.py): the cells `data` answers, a row at once --
    def painted_row(self, ident: int) -> _PaintedRow | None:
        """Everything task `ident`'s row shows, made when first asked and kept until a change touches the task."""
        return self._painted.get(ident) or self._paint_row(ident)

    def painted_cells(self, ident: int, columns) -> tuple[_PaintedRow, list] | None:
        """Task `ident`'s painted row and its cells in `columns` (read from the task alone), at once: each cell's
        text, colour (None: the palette's) and alignment (None: Qt's default) as `data` answers them, and for the
        % done column its percentage. One call a row, the workspace read once: `self.ws` and a method looked up on
        this Qt object cost a few hundred ns each, and a cell at a time read them ~8 times a cell."""
        row = self.painted_row(ident)
        if row is None:
            return None
        ws = self.ws
        task = ws.tasks[ident]
        texts, brushes = row.text, row.brush
        done = None  # whether the task is done, read for its first colour made
        cells: list = []
        for column in columns:
            if column == _PERCENT:
                cells.append(task.percent_complete)
                continue
            text, brush = texts[column], brushes[column]
            if text is _UNSET:  # made the first time the column is painted, as `_painted_role` makes it
                text = texts[column] = self._display(task, _COLUMNS[column], ws)
            if brush is _UNSET:
                if done is None:
                    done = self._is_done(task)
                brush = brushes[column] = self._foreground(task, _COLUMNS[column], done)
            cells.append((text, brush, _ALIGNMENT[column]))
        return row, cells

    def title_icon(self, ident: int, row: _PaintedRow):
        """A task's icon in the title column: a warning in its place when the scheduler could not take it."""
        return _warning_icon() if self.schedule_warning(ident) else row.icon

    def outline(self, node: Node, root: Node | None) -> tuple[bool, ...] | None:
        """Where `node`'s row sits below `root`'s, as a tree draws its branches: for the row and then each of its
        ancestors up to `root`'s child, whether a row follows it in its list (`rowCount(parent) - 1 > row`, as Qt
        asks). Its length is the row's depth below `root`, plus one. None when the row is not below `root`."""
        parents, rows, row_of = self._parent, self._rows, self._row_of
        following = []
        while node != root:
            up = parents.get(node, _UNSET)
            if up is _UNSET:
                return None
            following.append(row_of[node] < len(rows[up]) - 1)
            node = up
        return tuple(following)

    def row_after(self, node: Node, root: Node | None) -> Node | None:
        """The row a tree showing `root`'s rows, with `node` expanded or not, shows right after `node`'s own and
        those under it: the next in its list, else the next after its parent's, …; None when none follows below
        `root`."""
        parents, rows, row_of = self._parent, self._rows, self._row_of
        while node != root:
            up = parents[node]
            siblings = rows[up]
            row = row_of[node] + 1
            if row < len(siblings):
                return siblings[row]
            node = up
        return None

    def summary_font(self) -> QFont:
        """The font role of a summary's title (bold, resolved against the view's font by whoever paints it)."""
        return self._bold

    @guarded
    def multiData(self, index: QModelIndex, role_data_span) -> None:
        """All the roles a delegate asks for one cell, in one call (the trees show this model itself while nothing
        filters or sorts; the proxy's `multiData` comes here too)."""
        self.fill_roles(index, role_data_span)

    def fill_roles(self, index: QModelIndex, span) -> None:
        """`multiData` for one cell: every role in `span` answered as `data` answers it. A task's cell in a column
        read from the task alone (most of a page) is answered from its painted row straight away; `data`'s
        dispatch, role by role, was half the Python of a frame on a fresh page of rows."""
        iid = index.internalId()
        column = index.column()
        row = None
        if iid & 3 == _KIND_BITS["task"] and column in PLAIN_COLUMNS:
            ident = iid >> 2
            row = self.painted_row(ident)
        if row is not None:
            try:
                self._fill_from_row(index, span, row, ident, column)
                return
            except Exception:  # answered again role by role below, where `data`'s guard reports what failed
                pass
        # An area's or a project's row, a column read live, a task being removed, or a failure above.
        for i in range(len(span)):
            item = span[i]
            item.setData(self.data(index, item.role()))

    def _fill_from_row(self, index: QModelIndex, span, row: _PaintedRow, ident: int, column: int) -> None:
        # Qt's delegate asks seven roles a cell; plain ints compared in the order it asks them, and a function call
        # only for the text and the colour (made once a column): the rest are the column's constants.
        title = column == _TITLE
        for i in range(len(span)):
            item = span[i]
            role = item.role()
            if role == _FONT:
                item.setData(row.font if title else None)
            elif role == _ALIGNMENT_ROLE:
                item.setData(_ALIGNMENT[column])
            elif role in (_FOREGROUND, _DISPLAY):
                item.setData(self._painted_role(row, ident, column, role))
            elif role == _DECORATION:  # the title's icon, which a schedule warning replaces
                item.setData(self.data(index, role) if title else None)
            elif role in _ROLES:  # roles no delegate asks
                item.setData(self.data(index, role))
            else:
                item.setData(None)

    def schedule_warning(self, ident: int) -> str | None:
        """Why the scheduler could not take task `ident` as stored (a loop, a date out of range), if it could not."""
        task = self.ws.tasks.get(ident)  # None while its row is being removed (the Gantt sizes rows then)
        if task is None or task.project_id is None:
            return None  # ongoing work is not scheduled by the critical path
        warnings = self.controller.known_warnings  # not looked for before the first paint: shown once they are
        return warnings.get(ident) if warnings is not None else None

    def _schedule_data(self, ident: int, column: Column, role: int):
        task = self.ws.tasks.get(ident)  # None while its row is being removed (the Gantt sizes rows then)
        if task is None or task.project_id is None:
            return None  # ongoing work is not scheduled by the critical path
        schedule = self.controller.schedule
        if ident not in schedule or not schedule[ident].planned:
            return None
        planned = schedule[ident]
        if role == Qt.ItemDataRole.ForegroundRole:
            warn = planned.critical if column == Column.CRITICAL else planned.total_slack < 0
            return theme.warning_brush() if warn and column in (Column.CRITICAL, Column.TOTAL_SLACK) else None
        if column == Column.CRITICAL:
            return tr("TaskTree", "Critical") if planned.critical else ""
        if column in (Column.TOTAL_SLACK, Column.FREE_SLACK):
            slack = planned.total_slack if column == Column.TOTAL_SLACK else planned.free_slack
            text = formats.duration(abs(slack), self.ws.calendar_for(self.ws.tasks[ident]))
            return f"−{text}" if slack < 0 else text
        return _date_text(getattr(planned, column.name.lower()))

    def _paint_row(self, ident: int) -> _PaintedRow | None:
        """Everything a painted row shows, computed once and kept until a change touches the task."""
        task = self.ws.tasks.get(ident)
        if task is None:
            return None
        summary = self.ws.is_summary(ident)
        row = _PaintedRow(
            text=[_UNSET] * _COLUMN_COUNT,  # filled column by column as they are painted (most views show few)
            brush=[_UNSET] * _COLUMN_COUNT,
            icon=theme.task_icon(task, summary, self._is_done(task)),
            font=self._bold if summary else None,
        )
        self._painted[ident] = row
        return row

    def _container_data(self, node: Node, column: int, role: int):
        container = self.ws.table(node[0]).get(node[1])
        if container is None:
            return None
        if column == Column.TITLE:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Role.SORT):
                return container.name
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.DecorationRole:
                return theme.icon(node[0])
        return None

    def _is_done(self, task: Task) -> bool:
        status = self.ws.statuses.get(task.status_id)
        return status is not None and status.kind == "done"

    def _display(self, task: Task, column: Column, ws: Workspace | None = None):
        ws = self.ws if ws is None else ws  # given by a caller that reads many cells
        if column == Column.TITLE:
            return task.title
        if column == Column.STATUS:
            status = ws.statuses.get(task.status_id)
            return status.name if status else ""
        if column == Column.PRIORITY:
            return task.priority.label
        if column == Column.ASSIGNEES:
            return ", ".join(ws.people[pid].name for pid in task.assignments if pid in ws.people)
        if column == Column.RESOURCE_NAMES:
            return resource_names(ws, task)
        if column in DERIVED_COLUMNS:
            return self.derived.text(task, column)
        if column == Column.START:
            return _date_text(task.start)
        if column == Column.FINISH:
            return _date_text(task.finish)
        if column == Column.DEADLINE:
            return _date_text(task.deadline)
        if column == Column.DURATION:
            return duration_text(task, ws)
        if column == Column.PERCENT:
            return formats.percent(task.percent_complete)
        if column == Column.LABELS:
            return ", ".join(label.name for label in labels_of(ws, task))
        if column == Column.VALUE:
            return str(task.value) if task.value else ""
        if column == Column.EFFORT:
            return str(task.effort) if task.effort else ""
        if column == Column.CONSTRAINT:
            if task.constraint in (Constraint.ASAP, Constraint.ALAP) or task.constraint_date is None:
                return task.constraint.value
            return f"{task.constraint.value} {formats.day(task.constraint_date)}"
        return None

    def _edit_value(self, task: Task, column: Column):
        if column == Column.STATUS:
            return task.status_id
        if column == Column.PRIORITY:
            return int(task.priority)
        if column == Column.ASSIGNEES:
            return sorted(task.assignments)
        if column in (Column.START, Column.FINISH, Column.DEADLINE):
            value = getattr(task, column.name.lower())
            return QDate(value.date()) if value else QDate()
        if column == Column.DURATION:
            return formats.duration(task.duration, self.ws.calendar)
        if column == Column.PERCENT:
            return task.percent_complete
        if column in (Column.VALUE, Column.EFFORT):
            return getattr(task, column.name.lower())
        return self._display(task, column)

    def _sort_value(self, task: Task, column: Column):
        if column in DERIVED_COLUMNS and column not in (Column.WBS, Column.PREDECESSORS, Column.SUCCESSORS):
            value = self.derived.value(task, column)
            if value is None:
                return "9999" if column in (Column.BASELINE_START, Column.BASELINE_FINISH) else -(1 << 62)
            return value.isoformat() if isinstance(value, datetime) else value
        if column == Column.WBS:  # in outline order, which the IDs follow ("1.10" after "1.9")
            return self.derived.value(task, Column.ID) or 0
        if column in SCHEDULE_COLUMNS:
            schedule = self.controller.schedule
            if task.id not in schedule:
                return -(1 << 62)
            value = getattr(schedule[task.id], "critical" if column == Column.CRITICAL else column.name.lower())
            return value.isoformat() if isinstance(value, datetime) else int(value)
        if column in (Column.START, Column.FINISH, Column.DEADLINE):
            value = getattr(task, column.name.lower())
            return value.isoformat() if value else "9999"
        if column == Column.STATUS:
            status = self.ws.statuses.get(task.status_id)
            return status.position if status else -1
        if column in (Column.PRIORITY, Column.PERCENT, Column.VALUE, Column.EFFORT, Column.DURATION):
            return self._edit_value(task, column) if column != Column.DURATION else task.duration or 0
        return (self._display(task, column) or "").casefold()

    def _foreground(self, task: Task, column: Column, done: bool):
        if done:
            return theme.muted_brush()
        if column in (Column.FINISH, Column.DEADLINE):
            due = due_date(task)
            if due is not None and due.date() < self.controller.today():
                return theme.warning_brush()
        if column == Column.PRIORITY and task.priority >= Priority.HIGH:
            return theme.warning_brush() if task.priority == Priority.URGENT else None
        return None

    # -- editing ------------------------------------------------------------------------
    @guarded(default=Qt.ItemFlag.NoItemFlags)
    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        # Asked for every row the tree lays out or checks (isExpanded): precomputed, no enum arithmetic.
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        column = index.column()
        iid = index.internalId()
        if iid & 3 == _KIND_BITS["task"]:
            # A leaf says it has no children, so Qt's trees skip asking hasChildren (and the proxy its index) for
            # ~95 % of rows. Kept in `_leaf` only until the next change: a leaf given children answers without the
            # flag from then on, as Qt's contract asks (hasChildren is never true while the flag is set).
            if column == 0:
                leaf = self._leaf.get(iid)
                if leaf is None:
                    leaf = self._leaf[iid] = not self.may_have_children(("task", iid >> 2))
                return _LEAF_FLAGS if leaf else _TASK_FLAGS[0]
            return _TASK_FLAGS[column]
        return _CONTAINER_FLAGS[column]

    @guarded(default=False)
    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        kind, ident = decode(index.internalId())
        column = Column(index.column())
        if kind != "task":
            return column == Column.TITLE and self.controller.run(EditObject(kind, ident, name=str(value)))
        if column in _TEXT_EDITS:
            return self._run_text_edit(ident, column, str(value))
        try:
            fields = self._fields_for(self.ws.tasks[ident], column, value)
        except ValidationError as exc:
            self.controller.error_occurred.emit(str(exc))
            return False
        if fields is None:
            return False
        return self.controller.run(EditTask(ident, **fields))

    def _run_text_edit(self, ident: int, column: Column, text: str) -> bool:
        """Predecessors, Successors or Resource names typed as text: one command, or the reason it is refused,
        shown in the status bar and kept as the cell's tooltip until the task next changes."""
        refused: list[str] = []
        self.controller.error_occurred.connect(refused.append)
        try:
            if column == Column.RESOURCE_NAMES:
                command = edit_resource_names(self.ws, ident, text)
            else:
                side = "predecessors" if column == Column.PREDECESSORS else "successors"
                numbers = self.derived.numbering
                command = edit_links(self.ws, ident, text, numbers, side, lag_calendar(self.ws, ident))
            done = command is not None and self.controller.run(command)
        except ValidationError as exc:
            self.controller.error_occurred.emit(str(exc))
            done = False
        finally:
            self.controller.error_occurred.disconnect(refused.append)
        if refused:
            self._refused[(ident, column)] = refused[-1]
            index = self.index_of(("task", ident), column)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole])
        return done

    def _fields_for(self, task: Task, column: Column, value) -> dict | None:
        """The task fields an edited cell sets, or None when nothing changes."""
        cal = self.ws.calendar_for(task)
        if column == Column.TITLE:
            fields = {"title": str(value)}
        elif column == Column.STATUS:
            fields = {"status_id": value}
        elif column == Column.PRIORITY:
            fields = {"priority": Priority(int(value))}
        elif column == Column.ASSIGNEES:
            fields = {"assignments": {pid: task.assignments.get(pid, 1.0) for pid in value}}
        elif column in (Column.START, Column.FINISH, Column.DEADLINE):
            day = value.toPython() if isinstance(value, QDate) and value.isValid() else value
            if isinstance(value, str) and value.strip():  # typed or pasted: the locale's short format, or ISO
                day = formats.parse_date(value)
                if day is None:
                    why = tr("Errors", "“{text}” is not a date: write it as {example}")
                    raise ValidationError(why.format(text=value, example=formats.short_date(date(2026, 12, 31))))
            if not isinstance(day, date):
                stamp = None
            elif column == Column.START:
                same_day = task.start is not None and task.start.date() == day
                return None if same_day else start_fields(self.ws, task, cal.day_start(day))
            elif column == Column.FINISH:
                stamp = cal.day_end(day)
            else:
                stamp = datetime.combine(day, time(17))
            fields = {column.name.lower(): stamp}
        elif column == Column.DURATION:
            text = str(value).strip()
            fields = {"duration": formats.read_duration(text, cal) if text else None}
        elif column in (Column.PERCENT, Column.VALUE, Column.EFFORT):
            name = "percent_complete" if column == Column.PERCENT else column.name.lower()
            fields = {name: int(value)}
        else:
            return None
        name, new = next(iter(fields.items()))
        return None if getattr(task, name) == new else fields

    # -- drag and drop ------------------------------------------------------------------
    @guarded(default=Qt.DropAction.IgnoreAction)
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @guarded(default=[])
    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    @guarded
    def mimeData(self, indexes) -> QMimeData:
        ids = []
        for index in indexes:
            node = decode(index.internalId())
            if node[0] == "task" and node[1] not in ids:
                ids.append(node[1])
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(",".join(map(str, ids)).encode()))
        return mime

    @guarded(default=False)
    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME_TYPE) and parent.isValid()

    @guarded(default=False)
    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: QModelIndex) -> bool:
        """Move the dragged tasks under `parent` before `row` (or last when dropped onto it)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [int(x) for x in bytes(data.data(MIME_TYPE).data()).decode().split(",") if x]
        target = decode(parent.internalId())
        siblings = self.ws.children(target)
        index = len(siblings) if row < 0 else row
        commands = []
        for tid in ids:
            task = self.ws.tasks.get(tid)
            if task is None:
                continue
            # Positions shift as earlier siblings leave: count only those still before the drop point.
            if task.parent_key() == target and siblings.index(tid) < index:
                index -= 1
            commands.append(MoveTask(tid, target, index))
            index += 1
        if not commands:
            return False
        text = plural("Move %n task(s)", None, len(commands)) if len(commands) > 1 else tr("TaskTree", "Move task")
        return self.controller.run(Batch(commands, text))

    # -- keeping up with the workspace --------------------------------------------------
    def forget_painted(self) -> None:
        """Drop every cached row (after a theme change, or at midnight when "overdue" moves)."""
        self._painted.clear()
        self._refresh_all()

    def set_numbering_scope(self, scope: ParentKey | None) -> None:
        """Number the rows (the ID column) over `scope`, a project or an area, or over everything (None)."""
        if self.derived.set_scope(scope):
            self.derived_changed.emit()

    def reset(self) -> None:
        self.beginResetModel()
        self.derived.forget()
        self._refused.clear()
        self._painted.clear()
        self._leaf.clear()
        self._grouping = None
        self._rows.clear()
        self._parent.clear()
        self._row_of.clear()
        self.endResetModel()

    def apply_changes(self, changes: Changes) -> None:
        # Forgotten before the rows change and again after: an answer cached while a list is emptied and refilled
        # below would be stale.
        leaves = self._leaves_changed(changes)
        self._forget_leaves(leaves)
        self._apply_changes(changes)
        self._forget_leaves(leaves)

    def _leaves_changed(self, changes: Changes) -> set[int] | None:
        """The `_leaf` keys of the tasks that may change between leaf and summary: those whose lists changed, and
        those made or deleted; None (all) when a routine or an occurrence changed, as its series may move rows. All
        forgotten at each structural edit, the relayout that follows asked each of the ~1,000 rows laid out again."""
        grouping = self._grouping
        if grouping is None:
            return None
        series, grouped = grouping
        tasks = self.ws.tasks
        for ident in changes.ids("task"):
            task = tasks.get(ident)
            if ident in series or ident in grouped:
                return None
            if task is not None and (task.routine_id is not None or task.recurrence):
                return None
        keys = {ident << 2 for kind, ident in changes.parents if kind == "task"}
        keys.update(ident << 2 for ident in (*changes.created.get("task", ()), *changes.deleted.get("task", ())))
        return keys

    def _forget_leaves(self, keys: set[int] | None) -> None:
        if keys is None:
            self._leaf.clear()
        for key in keys or ():
            self._leaf.pop(key, None)

    def _list_changed(self, key: Node | None) -> None:
        """`key`'s rows came or went: whether it is a leaf is asked again. A tree that lays out rows as they come
        (the Gantt's, `ParentLaidOutAlone`) asks in the middle of an edit, before this task's rows arrive."""
        if key is not ROOT and key[0] == "task":
            self._leaf.pop(key[1] << 2, None)

    def _apply_changes(self, changes: Changes) -> None:
        extra: set[Node] = set()  # lists that routine grouping makes change, beyond those the core names
        self.derived.apply(changes)
        grouping = self._grouping
        regroup = bool(changes.parents or changes.created.get("task") or changes.deleted.get("task"))
        refused = self._refused  # mostly empty: no lookups for the ~840 tasks a reschedule names
        for ident in changes.ids("task"):
            self._painted.pop(ident, None)
            if refused:
                for column in _TEXT_EDITS:
                    refused.pop((ident, column), None)
            task = self.ws.tasks.get(ident)
            # A routine, or an occurrence (shown under its routine, in date order), may move rows the core does not
            # name in `changes.parents`; any other task stays in its list. A reschedule names ~840 plain tasks: their
            # lists are not compared again, nor the grouping worked out again over every task.
            grouped = (
                task is None
                or task.routine_id is not None
                or (grouping is not None and (ident in grouping[0] or ident in grouping[1]))
            )
            regroup = regroup or grouped
            shown_under = self._parent.get(("task", ident))
            if shown_under is not None and (grouped or shown_under != task.parent_key()):
                extra.add(shown_under)
            if task is not None and grouped:  # an occurrence no longer shown under its routine shows in its list
                extra.add(task.parent_key())
            if task is not None and task.routine_id is not None:
                extra.add(("task", task.routine_id))
        if regroup:
            self._grouping = None
        for kind, ident in changes.parents:
            if kind == "task":
                self._painted.pop(ident, None)  # it may have become, or stopped being, a summary
        for kind in ("task", "area", "project"):
            for ident in changes.deleted.get(kind, ()):
                self._rows.pop((kind, ident), None)
        keys = ([ROOT] if changes.containers else []) + sorted(changes.parents | extra)
        for key in keys:
            if key not in self._rows and (key is ROOT or key in self._row_of):
                # Shown but never expanded: loaded now, it would answer with the new state while the
                # rest still shows the old one. It shows nothing until its children arrive as insertions.
                self._rows[key] = []
        # All removals first, so a task moving between two lists is never cached under both.
        synced = [key for key in keys if self._remove_stale(key)]
        for key in synced:
            self._move_and_insert(key)
        if changes.touches("status", "person", "label"):
            self.derived_changed.emit()  # a row anywhere may have a new ID, or a summary a new roll-up
            self.forget_painted()
            return
        updated = [(kind, ident) for kind in ("task", "area", "project") for ident in changes.updated.get(kind, ())]
        if self._held is None:
            self.derived_changed.emit()
            self._refresh_many(updated)
        else:
            self._held_derived = True
            self._held.update(updated)

    def hold_row_signals(self, held: bool) -> None:
        """Hold the signals that rows' data changed (`dataChanged`, `derived_changed`) while no tree shows this model,
        and send those held when one does again (held False). Rows that come, go or move are told at once, and the
        cached rows are forgotten at once: only the signals wait. An edit that moves ~840 tasks sent ~50 ranges to a
        hidden table and its proxy, ~2 ms of each edit made in another view. Not while the proxy sorts: its order
        among equal keys depends on the order of the signals (see `TaskFilterProxy.sort`)."""
        if held:
            if self._held is None:
                self._held = set()
            return
        nodes, derived = self._held, self._held_derived
        self._held, self._held_derived = None, False
        if derived:
            self.derived_changed.emit()
        if nodes:
            self._refresh_many(nodes)

    def _refresh_many(self, nodes, gap: int = 8) -> None:
        """`dataChanged` for the shown rows of `nodes`, one signal per run of nearby rows under one parent:
        a reschedule updates hundreds of rows, and each signal costs the proxy and every view a lookup."""
        by_parent: dict[Node | None, list[int]] = {}
        row_of, parent_of = self._row_of, self._parent
        for node in nodes:
            row = row_of.get(node)
            if row is not None:
                by_parent.setdefault(parent_of.get(node), []).append(row)
        last_column = _COLUMN_COUNT - 1
        for key, rows in by_parent.items():
            siblings = self._rows.get(key)
            if not siblings:
                continue
            rows.sort()
            start = end = rows[0]
            for row in [*rows[1:], None]:
                if row is not None and row - end <= gap:
                    end = row
                    continue
                first, last = siblings[start], siblings[end]
                self.dataChanged.emit(self.createIndex(start, 0, encode(first)),
                                      self.createIndex(end, last_column, encode(last)))  # fmt: skip
                if row is not None:
                    start = end = row

    def _refresh_all(self) -> None:
        # A copy: a filtering proxy answers each signal by reading rows, which can load lists not cached yet.
        for key, rows in list(self._rows.items()):
            if rows and (key is ROOT or key in self._row_of):
                first = self.createIndex(0, 0, encode(rows[0]))
                last = self.createIndex(len(rows) - 1, len(Column) - 1, encode(rows[-1]))
                self.dataChanged.emit(first, last)

    def _parent_index(self, key: Node | None) -> QModelIndex:
        return QModelIndex() if key is ROOT else self.createIndex(self._row_of[key], 0, encode(key))

    def _remove_stale(self, key: Node | None) -> bool:
        """Remove cached rows of `key` that left it; False when `key` is not cached (nothing shown to update)."""
        if key is not ROOT and key not in self._row_of:
            self._rows.pop(key, None)  # not shown: computed afresh if it ever is
            return False
        current = self._rows[key]
        wanted = set(self._fresh(key))
        parent = self._parent_index(key)
        row = len(current) - 1
        while row >= 0:  # in runs, from the bottom so row numbers stay valid
            if current[row] in wanted:
                row -= 1
                continue
            last = row
            while row >= 0 and current[row] not in wanted:
                row -= 1
            self.beginRemoveRows(parent, row + 1, last)
            for node in current[row + 1 : last + 1]:
                if self._parent.get(node, ROOT) == key:
                    self._row_of.pop(node, None)
                    self._parent.pop(node, None)
            del current[row + 1 : last + 1]
            self._renumber(key)
            self._list_changed(key)
            self.endRemoveRows()
        return True

    def _move_and_insert(self, key: Node | None) -> None:
        current = self._rows[key]
        fresh = self._fresh(key)
        if fresh == current:
            return
        parent = self._parent_index(key)
        kept = set(current)
        for target, node in enumerate(n for n in fresh if n in kept):  # moves keep selections
            source = self._row_of[node]
            if source != target:
                self.beginMoveRows(parent, source, source, parent, target)
                current.insert(target, current.pop(source))
                self._renumber(key)
                self.endMoveRows()
        row = 0
        while row < len(fresh):  # insertions, in runs
            if row < len(current) and current[row] == fresh[row]:
                row += 1
                continue
            last = row
            while last + 1 < len(fresh) and fresh[last + 1] not in kept:
                last += 1
            self.beginInsertRows(parent, row, last)
            current[row:row] = fresh[row : last + 1]
            self._renumber(key)
            self._list_changed(key)
            self.endInsertRows()
            row = last + 1


_UNSET = object()


class _PaintedRow(NamedTuple):
    text: list
    brush: list
    icon: object
    font: QFont | None


_PAINT_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.FontRole,
}
_ROLES = _PAINT_ROLES | {
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ToolTipRole,
    Role.NODE,
    Role.SORT,
    Role.TASK_ID,
    Role.LABELS,
    Qt.ItemDataRole.AccessibleDescriptionRole,
}
_COLUMN_COUNT = len(Column)
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
_TASK_FLAGS = tuple(
    _BASE_FLAGS | Qt.ItemFlag.ItemIsDragEnabled | (Qt.ItemFlag.ItemIsEditable if c in _EDITABLE else Qt.ItemFlag(0))
    for c in Column
)
_LEAF_FLAGS = _TASK_FLAGS[0] | Qt.ItemFlag.ItemNeverHasChildren
_WARNING_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)
_CONTAINER_FLAGS = tuple(_BASE_FLAGS | (Qt.ItemFlag.ItemIsEditable if c == Column.TITLE else Qt.ItemFlag(0))
                         for c in Column)  # fmt: skip
_RIGHT_ALIGNED = {
    Column.PERCENT, Column.VALUE, Column.EFFORT, Column.DURATION, Column.TOTAL_SLACK, Column.FREE_SLACK, Column.ID,
    Column.WORK, Column.COST, Column.START_VARIANCE, Column.FINISH_VARIANCE,
}  # fmt: skip
# The roles and columns a cell's paint asks for, as plain values: an enum member's attribute read or an enum made
# from an int costs a Python call each, several a cell.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_TITLE = int(Column.TITLE)
_PERCENT = int(Column.PERCENT)
_COLUMNS = tuple(Column)
_ALIGNMENT = tuple(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter if c in _RIGHT_ALIGNED else None
                   for c in Column)  # fmt: skip


def _warning_icon():
    return theme.icon("warning", theme.warning_color())


def _date_text(value: datetime | None) -> str:
    return formats.weekday_day(value)


def milestone_word() -> str:
    return tr("TaskTree", "Milestone")


def duration_text(task: Task, ws: Workspace) -> str:
    """A task's duration as the table, the Gantt's tree and the editor show it: a milestone says so."""
    return milestone_word() if task.milestone else formats.duration(task.duration, ws.calendar)
