"""`Sidebar`: smart lists, areas (ongoing work) and projects (time-bound work), with counts.

It reads the workspace and says which scope the user chose; creating, renaming and deleting
areas and projects go through the main window's actions, as commands.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from planner.core.filters import SmartList
from planner.core.i18n import tr
from planner.core.model import Workspace
from planner.ui import theme

SCOPE_ROLE = Qt.ItemDataRole.UserRole + 1
_SMART_ICONS = {
    SmartList.TODAY: "today",
    SmartList.THIS_WEEK: "week",
    SmartList.OVERDUE: "overdue",
    SmartList.UNSCHEDULED: "unscheduled",
    SmartList.ALL: "all",
}


class Sidebar(QTreeWidget):
    scope_changed = Signal(object)  # SmartList or ("area"|"project", id)
    context_menu_requested = Signal(object, object)  # scope under the mouse (or None), global QPoint

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.setIconSize(QSize(18, 18))
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(200)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.currentItemChanged.connect(self._current_changed)
        self._items: dict[object, QTreeWidgetItem] = {}
        self._scopes: list = []
        self._counts: dict = {}  # scope -> the count its item shows

    def rebuild(self, ws: Workspace, counts: Counter) -> bool:
        """Refill from the workspace, keeping the current scope selected when it still exists.

        Returns False when it no longer does and "All" is chosen instead; no signal is sent either way.
        """
        current = self.current_scope()
        self.blockSignals(True)
        self.clear()
        self._items.clear()
        self._scopes.clear()
        self._counts.clear()
        self._section(tr("Sidebar", "Smart lists"))
        for smart in SmartList:
            self._add(_smart_names()[smart], smart, _SMART_ICONS[smart])
        if ws.people:
            self._section(tr("Sidebar", "Focus"))
            for person in ws.ordered("person"):
                self._add(person.name, ("focus", person.id), "focus")
        self._section(tr("Sidebar", "Areas · ongoing work"))
        for area in ws.ordered("area"):
            self._add(area.name, ("area", area.id), "area")
        self._section(tr("Sidebar", "Projects"))
        for project in ws.ordered("project"):
            self._add(project.name, ("project", project.id), "project")
        self.update_counts(counts)
        self.blockSignals(False)
        kept = current in self._items
        self.select_scope(current if kept else SmartList.ALL, notify=False)
        return kept

    def update_counts(self, counts: Counter) -> None:
        """Show the open tasks per entry (overdue ones in the warning colour). Only the counts that changed are set:
        after an edit most are the same, and setting 26 items' texts, colours and alignments was ~0.6 ms of it (the
        colour and alignment are set once, by `_add`)."""
        shown = self._counts
        for scope, item in self._items.items():
            count = counts.get(scope, 0)
            if shown.get(scope) == count:
                continue
            shown[scope] = count
            item.setText(1, str(count) if count else "")

    def _section(self, title: str) -> None:
        if self.topLevelItemCount():
            QTreeWidgetItem(self, [""]).setFlags(Qt.ItemFlag.NoItemFlags)  # breathing space between sections
        item = QTreeWidgetItem(self, [title.upper()])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font(0)
        font.setPointSizeF(font.pointSizeF() * 0.82)
        font.setBold(True)
        font.setLetterSpacing(font.SpacingType.PercentageSpacing, 106)
        item.setFont(0, font)
        item.setForeground(0, theme.muted_brush())
        item.setFirstColumnSpanned(True)

    def _add(self, text: str, scope, icon_name: str) -> None:
        item = QTreeWidgetItem(self, [text, ""])
        # Qt would turn a SmartList into a plain string: store the row's number and look the scope up.
        item.setData(0, SCOPE_ROLE, len(self._scopes))
        self._scopes.append(scope)
        item.setIcon(0, theme.icon(icon_name))
        item.setToolTip(0, text)
        item.setForeground(1, theme.warning_brush() if scope is SmartList.OVERDUE else theme.muted_brush())
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._items[scope] = item

    def _scope_of(self, item: QTreeWidgetItem | None):
        number = item.data(0, SCOPE_ROLE) if item is not None else None
        return self._scopes[number] if number is not None else None

    def current_scope(self):
        return self._scope_of(self.currentItem())

    def select_scope(self, scope, notify: bool = True) -> None:
        item = self._items.get(scope)
        if item is None:
            return
        self.blockSignals(not notify)
        self.setCurrentItem(item)
        self.blockSignals(False)

    def _current_changed(self, current: QTreeWidgetItem | None, previous) -> None:
        scope = self._scope_of(current)
        if scope is not None:
            self.scope_changed.emit(scope)

    def _context_menu(self, pos) -> None:
        self.context_menu_requested.emit(self._scope_of(self.itemAt(pos)), self.viewport().mapToGlobal(pos))


def _smart_names() -> dict[SmartList, str]:
    return {
        SmartList.TODAY: tr("Sidebar", "Today"),
        SmartList.THIS_WEEK: tr("Sidebar", "This week"),
        SmartList.OVERDUE: tr("Sidebar", "Overdue"),
        SmartList.UNSCHEDULED: tr("Sidebar", "Unscheduled"),
        SmartList.ALL: tr("Sidebar", "All"),
    }
