"""`TargetsDialog`: the flow targets of the workspace and its areas, written as people say them.

Each addition or removal is a command through the controller (undoable, saved at once); the dashboard
flags a metric that misses its target.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from planner.core.changes import Changes
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.metrics import DeleteTarget, SetTarget, describe_target, parse_target
from planner.ui import theme
from planner.ui.controller import Controller

_ID = Qt.ItemDataRole.UserRole


class TargetsDialog(QDialog):
    def __init__(self, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(tr("Dashboard", "Flow targets"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Dashboard",
                "Targets the dashboard checks the flow of work against, for the whole workspace or one area. "
                "Write them as you would say them: “throughput >= 12”, “85 % within 5 days”, “wip <= 8”, "
                "“on time >= 90 %”, “lead time 90 % within 20 days”.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.targets = QListWidget()
        layout.addWidget(self.targets)
        row = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("Dashboard", "85 % within 5 days"))
        self.text.setAccessibleName(tr("Dashboard", "New target"))
        self.text.returnPressed.connect(self.add)
        self.area = QComboBox()
        self.area.addItem(tr("Dashboard", "Whole workspace"), None)
        for area in controller.ws.ordered("area"):
            self.area.addItem(area.name, area.id)
        add = QPushButton(theme.icon("add"), tr("Dashboard", "Add"))
        add.clicked.connect(self.add)
        remove = QPushButton(theme.icon("delete"), tr("Dashboard", "Remove"))
        remove.clicked.connect(self.remove)
        for widget in (self.text, self.area, add, remove):
            row.addWidget(widget)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.warning_color().name()};")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        controller.changes_applied.connect(self._changes_applied)
        self.fill()

    def fill(self) -> None:
        ws = self.controller.ws
        self.targets.clear()
        for target in sorted(ws.targets.values(), key=lambda t: (t.area_id or 0, t.metric)):
            where = ws.areas[target.area_id].name if target.area_id in ws.areas else tr("Dashboard", "Whole workspace")
            item = QListWidgetItem(f"{describe_target(target)}  ·  {where}", self.targets)
            item.setData(_ID, target.id)

    def _changes_applied(self, changes: Changes) -> None:
        if changes.touches("target"):
            self.fill()

    def add(self) -> None:
        try:
            fields = parse_target(self.text.text())
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        if self.controller.run(SetTarget(area_id=self.area.currentData(), **fields)):
            self.text.clear()

    def remove(self) -> None:
        item = self.targets.currentItem()
        if item is not None:
            self.controller.run(DeleteTarget(item.data(_ID)))
