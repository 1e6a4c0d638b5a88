"""`FilterBar`: text search and status, assignee, label and due filters shared by every view."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from planner.core.filters import Due, TaskFilter
from planner.core.i18n import tr
from planner.core.model import Workspace
from planner.ui import accessible, theme


def _due_texts() -> dict[Due, str]:
    return {
        Due.ANY: tr("FilterBar", "Any due date"),
        Due.OVERDUE: tr("FilterBar", "Overdue"),
        Due.TODAY: tr("FilterBar", "Due today"),
        Due.THIS_WEEK: tr("FilterBar", "Due this week"),
        Due.UNSCHEDULED: tr("FilterBar", "No dates"),
    }


class FilterBar(QWidget):
    filter_changed = Signal(object)  # TaskFilter

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("FilterBar", "Find tasks (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(theme.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(220)
        accessible.name_search_field(self.search, tr("FilterBar", "Find tasks"))
        self.status = self._combo(tr("FilterBar", "All statuses"))
        self.person = self._combo(tr("FilterBar", "Anyone"))
        self.label = self._combo(tr("FilterBar", "Any label"))
        self.labels_button = QToolButton(self)  # the window gives it its Labels… action
        self.labels_button.setAutoRaise(True)
        self.due = QComboBox(self)
        for due, text in _due_texts().items():
            self.due.addItem(text, due)
        self.due.currentIndexChanged.connect(self._emit)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(tr("FilterBar", "Clear filters"))
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(False)
        layout.addWidget(self.search, 2)
        for widget in (self.status, self.person, self.label, self.labels_button, self.due, self.clear_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        # Typing filters after a short pause rather than on every key, so big workspaces stay smooth.
        self._typing = QTimer(self, singleShot=True, interval=180)
        self._typing.timeout.connect(self._emit)
        self.search.textChanged.connect(self._typing.start)

    def offer(self, filters: str) -> None:
        """Show what the view in front can use (ViewSpec.filters): every filter, the search box alone (the Project
        view finds its registers' rows by text), or nothing, the bar hidden."""
        self.setVisible(bool(filters))
        tasks = filters == "tasks"
        for widget in (self.status, self.person, self.label, self.labels_button, self.due):
            widget.setVisible(tasks)
        self.clear_button.setVisible(tasks and not self.current().is_empty())
        self.search.setPlaceholderText(
            tr("FilterBar", "Find tasks (Ctrl+F)") if tasks else tr("FilterBar", "Find (Ctrl+F)")
        )

    def _combo(self, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def populate(self, ws: Workspace) -> None:
        """Fill the choices from the workspace, keeping what is chosen where it still exists; when a chosen
        label or person is gone (deleted, merged), the filter drops it and says so."""
        before = self.current()
        for combo, items in (
            (self.status, [(s.name, s.id) for s in ws.ordered("status")]),
            (self.person, [(p.name, p.id) for p in ws.ordered("person")]),
            (self.label, [(lab.name, lab.id) for lab in ws.ordered("label")]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, ident in items:
                combo.addItem(text, ident)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)
        if self.current() != before:
            self._emit()

    def current(self) -> TaskFilter:
        def chosen(combo: QComboBox) -> frozenset[int]:
            value = combo.currentData()
            return frozenset() if value is None else frozenset({value})

        return TaskFilter(
            text=self.search.text().strip(),
            status_ids=chosen(self.status),
            person_ids=chosen(self.person),
            label_ids=chosen(self.label),
            due=Due(self.due.currentData()),  # Qt hands enums back as plain strings
        )

    def clear(self) -> None:
        for combo in (self.status, self.person, self.label, self.due):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        current = self.current()
        self.clear_button.setVisible(self.status.isVisibleTo(self) and not current.is_empty())
        self.filter_changed.emit(current)
