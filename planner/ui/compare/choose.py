"""Edit ▸ Compare With…: the plan now against a moment of its history (a date and time, or right after a change),
one of its baselines, or another workspace file; the result shown with `show_comparison`."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
)

from planner.core.compare import compare, compare_baseline
from planner.core.i18n import tr
from planner.core.value_text import date_text
from planner.session import Session
from planner.store.history import HistoryError
from planner.store.workspace_file import WorkspaceError
from planner.ui import dialogs
from planner.ui.compare.panel import ComparisonPanel, show_comparison

RECENT = 200  # the changes the moment dialog lists


class MomentDialog(QDialog):
    """A moment of the workspace's history: a date and time, or right after one of its recent changes."""

    def __init__(self, parent, rows: list[tuple], title: str) -> None:
        """`rows`: (id, at, label, …) of the changes to offer, newest first."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.at_button = QRadioButton(tr("Moment", "As it was at:"), self)
        self.at = QDateTimeEdit(self)
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("ddd dd MMM yyyy HH:mm")
        self.at.setDateTime(QDateTime(datetime.now() - timedelta(days=7)))
        self.at.setAccessibleName(tr("Moment", "Date and time"))
        self.change_button = QRadioButton(tr("Moment", "Right after the change:"), self)
        self.changes = QListWidget(self)
        self.changes.setAccessibleName(tr("Moment", "Recent changes"))
        for ident, at, label, *_ in rows:
            item = QListWidgetItem(f"{at:%d %b %Y %H:%M}  {label}")
            item.setData(Qt.ItemDataRole.UserRole, ident)
            self.changes.addItem(item)
        self.at.dateTimeChanged.connect(lambda _: self.at_button.setChecked(True))
        self.changes.currentRowChanged.connect(lambda _: self.change_button.setChecked(True))
        self.at_button.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.at_button)
        layout.addWidget(self.at)
        layout.addWidget(self.change_button)
        layout.addWidget(self.changes, 1)
        if not rows:
            layout.addWidget(QLabel(tr("Moment", "This workspace has kept no changes yet."), self))
        layout.addWidget(buttons)

    def choose_change(self, ident: int) -> None:
        for row in range(self.changes.count()):
            if self.changes.item(row).data(Qt.ItemDataRole.UserRole) == ident:
                self.changes.setCurrentRow(row)

    def moment(self) -> tuple[datetime | None, int | None]:
        """(at, None) or (None, the change's id)."""
        item = self.changes.currentItem()
        if self.change_button.isChecked() and item is not None:
            return None, item.data(Qt.ItemDataRole.UserRole)
        return self.at.dateTime().toPython().replace(second=59, microsecond=0), None


def ask_moment(window, title: str) -> tuple[datetime | None, int | None] | None:
    """A moment of the window's workspace history the person picks (see MomentDialog), or None."""
    history = window.controller.file.history if window.controller.file is not None else None
    if history is None or not history.available:
        problem = history.problem if history is not None else tr("Moment", "the workspace is open only to read it")
        dialogs.warn(window, title, tr("Moment", "The history is unavailable: {problem}").format(problem=problem))
        return None
    rows = history.listing()[-RECENT:][::-1]
    dialog = MomentDialog(window, rows, title)
    return dialog.moment() if dialogs.run(dialog) else None


def moment_name(window, at: datetime | None, change: int | None) -> str:
    if change is not None:
        history = window.controller.file.history
        found = [at for ident, at, *_ in history.listing() if ident == change]
        when = f" ({found[0]:%d %b %Y %H:%M})" if found else ""
        return tr("Compare", "right after “{change}”").format(change=history.label(change)) + when
    return date_text(at)


def rebuild_moment(window, title: str, at: datetime | None = None, change: int | None = None):
    """The window's workspace as it was at `at` (or right after the change `change`), or None after saying why
    it cannot be: the history begins later, or it cannot be read. Shares objects with the workspace (see
    `Session.as_it_was`)."""
    session = window.controller.session
    if session.file is None:
        dialogs.warn(window, title, tr("Moment", "A workspace opened only to read it keeps no moments to show."))
        return None
    if change is None and session.file.history.last_id(at) == 0:
        text = tr("Compare", "The history this workspace keeps begins after {moment}.").format(moment=date_text(at))
        dialogs.warn(window, title, text)
        return None
    try:
        return session.as_it_was(at, change)
    except (WorkspaceError, HistoryError) as exc:
        dialogs.warn(window, title, str(exc))
        return None


def compare_moment(window, at: datetime | None = None, change: int | None = None) -> ComparisonPanel | None:
    """Compare the plan now with the moment `at` (or right after the history's change `change`)."""
    then = rebuild_moment(window, tr("Compare", "Compare with a moment"), at, change)
    if then is None:
        return None
    name = moment_name(window, at, change)
    now = window.controller.ws
    return show_comparison(window, compare(then, now), tr("Compare", "Now against {moment}").format(moment=name))


def compare_with(window) -> ComparisonPanel | None:
    """Ask what to compare the plan with, and show the comparison."""
    ws = window.controller.ws
    moment, baseline, other = (tr("Compare", "A moment of this workspace's history…"), tr("Compare", "A baseline…"),
                               tr("Compare", "Another workspace file…"))  # fmt: skip
    title = tr("Compare", "Compare with")
    choices = [moment, *([baseline] if ws.baselines else []), other]
    choice = dialogs.ask_choice(window, title, tr("Compare", "Compare the plan now with:"), choices)
    if choice == moment:
        picked = ask_moment(window, title)
        return compare_moment(window, *picked) if picked is not None else None
    if choice == baseline:
        return _compare_baseline(window, title)
    if choice == other:
        return _compare_file(window, title)
    return None


def _compare_baseline(window, title: str) -> ComparisonPanel | None:
    ws = window.controller.ws
    named = {}
    for b in sorted(ws.baselines.values(), key=lambda b: (b.project_id, b.saved or datetime.min, b.id)):
        project = ws.projects[b.project_id].name if b.project_id in ws.projects else "?"
        saved = f" ({date_text(b.saved)})" if b.saved else ""
        named[f"“{project}”: {b.name}{saved}"] = b
    choice = dialogs.ask_choice(window, title, tr("Compare", "Compare the plan now with the baseline:"), list(named))
    if choice is None:
        return None
    label = tr("Compare", "Now against the baseline {baseline}").format(baseline=choice)
    return show_comparison(window, compare_baseline(named[choice], ws), label)


def _compare_file(window, title: str) -> ComparisonPanel | None:
    start = str(window.controller.session.path.parent)
    path = dialogs.choose_open_file(window, title, start, "Planner workspace (*.planner)")
    if path is None:
        return None
    try:
        other = Session.read(Path(path)).ws
    except Exception as exc:  # any file at all may be picked: say why it cannot be read
        dialogs.warn(window, title, tr("Compare", "{file} cannot be compared: {why}").format(file=path, why=exc))
        return None
    label = tr("Compare", "Now against {file}").format(file=Path(path).name)
    return show_comparison(window, compare(other, window.controller.ws), label)
