"""`RecordTableModel`: one project's register records (risks, stakeholders, expenses…) as an editable table.

It adapts core objects of one kind, chosen by a function, through column descriptions; an edit becomes a core
command run by the controller (undoable, written in one transaction), never a change in place. It keeps only the
ids of its rows, refreshed when a command changes a kind it shows. Also the sort/filter proxy the registers use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate

from planner.core.i18n import tr
from planner.core.registers import EditRecord
from planner.reports import formats
from planner.ui.guard import guarded

ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_SORT = Qt.ItemDataRole.UserRole + 2
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Kind(IntEnum):
    TEXT = 0
    NUMBER = 1
    MONEY = 2
    DATE = 3
    CHOICE = 4


@dataclass
class Col:
    """One column: its header, how a record shows in it and, when editable, which field an edit sets."""

    title: str
    get: Callable[[Any], Any]
    field: str | None = None
    kind: Kind = Kind.TEXT
    choices: Callable[[], list[tuple[str, Any]]] | None = None  # (label, value) for a CHOICE column
    parse: Callable[[Any], Any] | None = None  # editor value -> the field's value (a choice's value as is)
    color: Callable[[Any], QColor | None] | None = None
    tip: Callable[[Any], str] | None = None
    width: int = 0  # a starting width in pixels; 0 fits the contents
    text: Callable[[Any], str] | None = None  # how the value reads, when not as `show` or `money` write it


def money(value: float | None) -> str:
    return formats.number(value)


def show(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):  # a datetime too
        return formats.day(value)
    if isinstance(value, float):
        return formats.number(value, 2)
    if hasattr(value, "label"):
        return value.label
    return str(value)


class RecordTableModel(QAbstractTableModel):
    """Records of one kind as rows. `rows()` gives them in order; `command(obj, field, value)` makes an edit
    (default: EditRecord), or None to make none; `kinds` are the core kinds whose changes can alter what it shows."""

    def __init__(self, controller, kind: str, columns: list[Col], rows: Callable[[], Iterable], kinds=(), command=None,
                 parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.controller, self.kind, self.columns, self._rows = controller, kind, columns, rows
        self.kinds = {kind, *kinds}
        self._command = command or (lambda obj, field, value: EditRecord(kind, obj.id, **{field: value}))
        self.ids: list[int] = []
        self.refresh()

    @property
    def table(self) -> dict:
        return self.controller.ws.table(self.kind)

    def refresh(self) -> None:
        ids = [obj.id for obj in self._rows()]
        if ids == self.ids:
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self.ids = ids
        self.endResetModel()

    def changes_applied(self, changes) -> None:
        if any(changes.ids(kind) for kind in self.kinds):
            self.refresh()

    def record(self, row: int):
        return self.table.get(self.ids[row]) if 0 <= row < len(self.ids) else None

    def row_of(self, ident: int) -> int:
        return self.ids.index(ident) if ident in self.ids else -1

    # -- Qt -------------------------------------------------------------------------------------
    @guarded(default=0)
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    @guarded(default=0)
    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    @guarded
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if self.columns[section].kind in (Kind.NUMBER, Kind.MONEY) else _LEFT
        return None

    @guarded(default=Qt.ItemFlag.NoItemFlags)
    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].field:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    @guarded
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # A painted cell is asked a dozen roles; those it never answers go first, before any lookup (with a
        # plain bounds check instead of hasIndex, this halves the cost of a frame of the people sheet).
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self.ids) and 0 <= column < len(self.columns)):
            return None
        obj = self.record(row)
        if obj is None:
            return None
        col = self.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.get(obj)
            if col.text is not None:
                return col.text(value)
            return money(value) if col.kind is Kind.MONEY else show(value)
        if role == Qt.ItemDataRole.EditRole:
            value = col.get(obj)
            if col.kind is Kind.DATE:
                return QDate(value) if isinstance(value, date) else QDate.currentDate()
            if col.kind is Kind.CHOICE:
                return show(value)
            return value if value is not None else ""
        if role == ROLE_SORT:
            value = col.get(obj)
            if col.kind is Kind.CHOICE and col.text is not None:  # a choice sorts as it reads, not by its key
                return col.text(value).casefold()
            if isinstance(value, (int, float)):
                return float(value)
            if isinstance(value, date):
                return value.isoformat()
            return show(value).casefold()
        if role == ROLE_ID:
            return obj.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col.kind in (Kind.NUMBER, Kind.MONEY) else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and col.color is not None:
            return col.color(obj)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.tip is not None:
                return col.tip(obj) or None
            text = show(col.get(obj))
            return text if len(text) > 30 else None
        return None

    @guarded(default=False)
    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        obj = self.record(index.row())
        col = self.columns[index.column()]
        if obj is None or not col.field:
            return False
        if isinstance(value, QDate):
            value = value.toPython()
        if col.parse is not None or (isinstance(value, str) and col.kind in (Kind.NUMBER, Kind.MONEY)):
            try:
                if isinstance(value, str) and col.kind in (Kind.NUMBER, Kind.MONEY):
                    value = formats.parse_number(value)  # typed as the locale writes numbers: "1.500,50"
                if col.parse is not None:
                    value = col.parse(value)
            except (TypeError, ValueError):
                self.controller.error_occurred.emit(
                    tr("Project", "{column}: {value!r} is not a valid value").format(column=col.title, value=value)
                )
                return False
        if value == _field_value(obj, col.field):
            return False
        command = self._command(obj, col.field, value)  # None: the edit was given up (a dialog it opened)
        return command is not None and self.controller.run(command)


_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, ROLE_SORT, ROLE_ID, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
})  # fmt: skip


def _field_value(obj, field: str):
    return getattr(obj, field, None)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the columns that offer choices; the default editors (text, spin box, date) elsewhere."""

    @guarded
    def createEditor(self, parent, option, index):
        col = _column(index)
        if col is not None and col.kind is Kind.MONEY:
            return QLineEdit(parent)  # an amount typed as the locale writes it, grouping and all
        if col is None or col.choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, value in col.choices():
            combo.addItem(label, value)
        return combo

    @guarded
    def setEditorData(self, editor, index) -> None:
        if isinstance(editor, QLineEdit) and _column(index).kind is Kind.MONEY:
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setText(formats.short_number(value) if isinstance(value, (int, float)) else "")
            editor.selectAll()
            return
        if isinstance(editor, QComboBox):
            col = _column(index)
            current = col.get(_record(index))
            values = [editor.itemData(i) for i in range(editor.count())]
            editor.setCurrentIndex(values.index(current) if current in values else 0)
            return
        super().setEditorData(editor, index)

    @guarded
    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
            return
        super().setModelData(editor, model, index)


def _source(index):
    model = index.model()
    while isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
        model = index.model()
    return model, index


def _column(index) -> Col | None:
    model, index = _source(index)
    return model.columns[index.column()] if isinstance(model, RecordTableModel) else None


def _record(index):
    model, index = _source(index)
    return model.record(index.row())


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorting by each column's sort key, the filter bar's text, and an extra predicate (a heat map cell)."""

    def __init__(self, source: RecordTableModel, text: Callable[[Any], str], parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(ROLE_SORT)
        self.setDynamicSortFilter(True)
        self._text = text
        self.needle = ""
        self.predicate: Callable[[Any], bool] | None = None

    def set_filter(self, needle: str = "", predicate: Callable[[Any], bool] | None = None) -> None:
        self.beginFilterChange()
        self.needle, self.predicate = needle.casefold(), predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @guarded(default=True)  # a row the filter cannot judge is shown, not hidden
    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        obj = self.sourceModel().record(source_row)
        if obj is None:
            return False
        if self.needle and self.needle not in self._text(obj).casefold():
            return False
        return self.predicate is None or self.predicate(obj)
