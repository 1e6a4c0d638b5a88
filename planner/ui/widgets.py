"""Small widgets the main window is built from: the message bar and the welcome panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolBar, QToolButton, QVBoxLayout, QWidget

from planner.core.i18n import plural, tr
from planner.ui import theme
from planner.ui.guard import guarded


class MessageBar(QFrame):
    """An inline, dismissable message above the views: refusals and errors without a modal dialog, and
    optionally one button that acts on the message ("Fix")."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setIcon(theme.icon("close"))
        close.setAutoRaise(True)
        close.setToolTip(tr("Widgets", "Dismiss"))
        close.clicked.connect(self.hide)
        self.action = QPushButton(self)
        self.action.clicked.connect(self._act)
        self._on_action: Callable[[], object] | None = None
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True, interval=10_000)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, action: str = "", on_action: Callable[[], object] | None = None) -> None:
        """Show `text`; with `action`, a button of that name that calls `on_action` and closes the bar (such a
        message stays until then or until dismissed, instead of going after ten seconds)."""
        self._on_action = on_action if action else None
        self.action.setText(action)
        self.action.setVisible(bool(action))
        color = theme.warning_color()
        background = QColor(color)
        background.setAlpha(38)
        self.setStyleSheet(
            f"QFrame#MessageBar {{ background: rgba({background.red()},{background.green()},{background.blue()},"
            f"{background.alpha()}); border: 1px solid {color.name()}; }}"
        )
        self.icon.setPixmap(theme.icon("warning", color).pixmap(QSize(18, 18)))
        self.text.setText(text)
        self.show()
        if action:
            self._timer.stop()
        else:
            self._timer.start()

    def _act(self) -> None:
        on_action, self._on_action = self._on_action, None
        self.hide()
        if on_action is not None:
            on_action()


class NoTaskSelection:
    """The part of the interface every view offers that is about picking tasks, for a view that shows none
    (the people sheet, the project's registers): nothing is selected and nothing can be."""

    def current_node(self):
        return None

    def selected_task_ids(self) -> list[int]:
        return []

    def select_task(self, task_id: int, edit: bool = False) -> None:
        return None

    def select_first_task(self) -> None:
        return None


class WelcomePanel(QWidget):
    """What an empty workspace shows: the ways to begin."""

    new_area_requested = Signal()
    new_project_requested = Signal()
    people_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        column = QVBoxLayout()
        column.setSpacing(10)
        title = QLabel(tr("Widgets", "Welcome to Planner"))
        title.setObjectName("WelcomeTitle")
        intro = QLabel(
            tr(
                "Widgets",
                "Plan your team's ongoing work and its projects in one place. Areas hold routine work that "
                "never ends; projects have a goal, a plan and a finish date.",
            )
        )
        intro.setWordWrap(True)
        intro.setMaximumWidth(520)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        for text, detail, icon_name, signal in (
            (
                tr("Widgets", "New area"),
                tr("Widgets", "Ongoing work such as social media or monthly reporting"),
                "area",
                self.new_area_requested,
            ),
            (
                tr("Widgets", "New project"),
                tr("Widgets", "Time-bound work with tasks, dates and milestones"),
                "project",
                self.new_project_requested,
            ),
            (
                tr("Widgets", "Add your team"),
                tr("Widgets", "The people who do the work, their hours, calendars and rates"),
                "people",
                self.people_requested,
            ),
            (
                tr("Widgets", "Open the sample workspace"),
                tr("Widgets", "A marketing team's routines and a mobile app project"),
                "open",
                self.sample_requested,
            ),
        ):
            button = QPushButton(theme.icon(icon_name), f"  {text}\n  {detail}")
            button.setObjectName("WelcomeButton")
            button.setIconSize(QSize(24, 24))
            button.setMinimumWidth(420)
            button.clicked.connect(signal.emit)
            column.addWidget(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)


def people_count(n: int) -> str:
    """ "1 person", "3 people" ("" for none): English makes this plural from another word, so it is two texts."""
    if not n:
        return ""
    return tr("Widgets", "1 person") if n == 1 else plural("%n people", None, n)


class FittingToolBar(QToolBar):
    """A toolbar whose `shrinkable` buttons drop their text, the last first, when it is too narrow for all of it,
    rather than hiding buttons behind its » menu: translated names run longer than the English ones (German by a
    fifth), and an icon with its tool tip is still one click away."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.shrinkable: list[QToolButton] = []
        self._fitting = False

    @guarded
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        if self._fitting:  # a button's new style lays the toolbar out again
            return
        self._fitting = True
        try:
            for button in self.shrinkable:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            for button in reversed(self.shrinkable):
                # The toolbar's size hint is its layout's (it has no margins of its own). Not asked of `layout()`:
                # that is Qt's private QToolBarLayout, whose Python type PySide6 searched for among QLayout's
                # classes, making QFormLayout's, QGridLayout's and QStackedLayout's (~0.7 ms at the first fit).
                if self.sizeHint().width() <= self.width():
                    break
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        finally:
            self._fitting = False
