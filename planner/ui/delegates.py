"""Cell editors and painters for the task columns: dates, durations, status, priority, people, percent.

Editors read the model's EditRole value and write back through `setData`, which becomes a command.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from planner.core.i18n import tr
from planner.core.model import Priority
from planner.reports import formats
from planner.ui import theme
from planner.ui.chips import paint_chips
from planner.ui.guard import guarded
from planner.ui.models.columns import Column, Role

NO_DATE = QDate(1900, 1, 1)  # the date editor's "none" value, shown as its special text


def date_editor(parent=None) -> QDateEdit:
    """A date field with a calendar pop-up that can also say "None" (its minimum date stands for no date). It shows
    and reads the locale's short format; its pop-up starts weeks on the locale's first day."""
    editor = QDateEdit(parent)
    editor.setCalendarPopup(True)
    locale_date_format(editor)
    editor.setMinimumDate(NO_DATE)
    editor.setSpecialValueText(tr("Delegates", "None"))
    return editor


def locale_date_format(editor: QDateEdit) -> QDateEdit:
    """`editor` showing and reading dates as the user's locale writes them, with a four-digit year."""
    editor.setLocale(QLocale())
    editor.setDisplayFormat(formats.date_edit_format())
    if editor.calendarWidget() is not None:
        editor.calendarWidget().setFirstDayOfWeek(QLocale().firstDayOfWeek())
    return editor


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # made once: a flag's "|" is a Python call

# Columns edited as typed text, with what to type: durations, and MS Project's notations for links and people.
_TEXT_HINTS = {
    Column.DURATION: "3d, 4h, 2w",
    Column.PREDECESSORS: "3FS+2d; 5SS-10%; 7",
    Column.SUCCESSORS: "3FS+2d; 5SS-10%; 7",
    Column.RESOURCE_NAMES: "Maya[50%]; Tom",
}


class TaskDelegate(QStyledItemDelegate):
    """One delegate for every column of the task table: it picks the editor by column."""

    def __init__(self, workspace_source, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace_source  # a callable returning the current Workspace

    @guarded
    def createEditor(self, parent, option, index: QModelIndex):
        column = Column(index.column())
        ws = self._ws()
        if column in (Column.START, Column.FINISH, Column.DEADLINE):
            return date_editor(parent)
        if column == Column.STATUS:
            editor = QComboBox(parent)
            for status in ws.ordered("status"):
                editor.addItem(status.name, status.id)
            return editor
        if column == Column.PRIORITY:
            editor = QComboBox(parent)
            for priority in Priority:
                editor.addItem(priority.label, int(priority))
            return editor
        if column == Column.ASSIGNEES:
            editor = PeopleEditor(parent)
            editor.set_people([(p.id, p.name) for p in ws.ordered("person")])
            return editor
        if column in (Column.PERCENT, Column.VALUE, Column.EFFORT):
            editor = QSpinBox(parent)
            editor.setRange(0, 100 if column == Column.PERCENT else 1000)
            if column == Column.PERCENT:
                editor.setSuffix(" %")
                editor.setSingleStep(10)
            return editor
        if column in _TEXT_HINTS:
            editor = QLineEdit(parent)
            editor.setPlaceholderText(_TEXT_HINTS[column])
            return editor
        return super().createEditor(parent, option, index)

    @guarded
    def setEditorData(self, editor, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) and value.isValid() else QDate.currentDate())
        elif isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, PeopleEditor):
            editor.set_checked(value or [])
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QLineEdit) and index.column() in _TEXT_HINTS:
            editor.setText(value or "")
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    @guarded
    def setModelData(self, editor, model, index: QModelIndex) -> None:
        if isinstance(editor, QDateEdit):
            date = editor.date()
            model.setData(index, QDate() if date == NO_DATE else date)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, PeopleEditor):
            model.setData(index, editor.checked())
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)

    @guarded
    def updateEditorGeometry(self, editor, option, index) -> None:
        if isinstance(editor, PeopleEditor):
            rect = option.rect
            editor.setGeometry(QRect(rect.left(), rect.top(), max(rect.width(), 200), editor.sizeHint().height()))
        else:
            super().updateEditorGeometry(editor, option, index)

    @guarded
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.column() == Column.PERCENT:
            percent = index.data(Qt.ItemDataRole.EditRole)
            if percent is not None:
                self._paint_progress(painter, option, int(percent))
                return
        if index.column() == Column.LABELS and index.data(Role.LABELS):
            self._paint_labels(painter, option, index)
            return
        super().paint(painter, option, index)

    def _paint_labels(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """The task's labels as chips, as on the board; the cell's text (names by commas) stays for copy and
        sorting."""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        if option.state & QStyle.StateFlag.State_Selected:
            surface = option.palette.color(QPalette.ColorRole.Highlight)
        elif option.features & QStyleOptionViewItem.ViewItemFeature.Alternate:
            surface = option.palette.color(QPalette.ColorRole.AlternateBase)
        else:
            surface = option.palette.color(QPalette.ColorRole.Base)
        fm = option.fontMetrics
        height = min(option.rect.height() - 2, fm.height() + 2)
        top = option.rect.top() + (option.rect.height() - height) // 2
        rect = QRect(option.rect.left() + 4, top, option.rect.width() - 8, height)
        chips = [(name, QColor(color)) for name, color in index.data(Role.LABELS)]
        painter.save()
        painter.setFont(option.font)
        paint_chips(painter, rect, chips, fm, surface, theme.muted_color())
        painter.restore()

    def _paint_progress(self, painter: QPainter, option: QStyleOptionViewItem, percent: int) -> None:
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        paint_progress(painter, option.rect, option.palette, option.fontMetrics, selected, percent)


def paint_progress(painter: QPainter, cell: QRect, palette: QPalette, metrics, selected: bool, percent: int) -> None:
    """A slim bar with the percentage beside it: readable at a glance, and never clipped."""
    rect = cell.adjusted(6, 0, -6, 0)
    text_width = metrics.horizontalAdvance("100 %") + 6
    bar = QRect(rect.left(), rect.center().y() - 2, max(rect.width() - text_width, 8), 5)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
    painter.drawRoundedRect(bar, 2.5, 2.5)
    if percent:
        filled = QRect(bar)
        filled.setWidth(max(3, bar.width() * percent // 100))
        painter.setBrush(theme.success_color() if percent == 100 else theme.accent())
        painter.drawRoundedRect(filled, 2.5, 2.5)
    painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
    text_rect = QRect(bar.right() + 4, rect.top(), rect.right() - bar.right() - 4, rect.height())
    painter.drawText(text_rect, _RIGHT, formats.percent(percent))
    painter.restore()


class PlainTaskDelegate(TaskDelegate):
    """`TaskDelegate`'s editors with Qt's own painting, in C++: for the columns whose cells are text and icon
    (all but % done and Labels), so a frame does not call into Python once a cell just to be passed on."""

    paint = QStyledItemDelegate.paint


class PeopleEditor(QListWidget):
    """A checkable list of people: the assignees of one task."""

    def set_people(self, people: list[tuple[int, str]]) -> None:
        self.clear()
        for ident, name in people:
            item = QListWidgetItem(name, self)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def set_checked(self, ids) -> None:
        chosen = set(ids)
        for row in range(self.count()):
            item = self.item(row)
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked
            item.setCheckState(state)

    def checked(self) -> list[int]:
        return [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    @guarded(default=QSize())
    def sizeHint(self):
        hint = super().sizeHint()
        hint.setHeight(min(240, max(60, self.sizeHintForRow(0) * self.count() + 6)))
        return hint
