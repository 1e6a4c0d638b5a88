"""`LevellingDialog`: the preview of a levelling plan (the moves, each project's finish before and after, what
stays unresolved) applied as one undoable command; and the manual mode, which lists the conflicts and proposes
one move at a time. It reads the core through the controller and changes it only by running commands."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import ValidationError
from planner.core.i18n import plural, tr
from planner.core.levelling import LevelResources, find_conflicts, plan_levelling, propose_move
from planner.reports import formats


def _when(at) -> str:
    return formats.weekday_day(at)


class LevellingDialog(QDialog):
    def __init__(self, controller, project_ids=None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Dashboard", "Level resources"))
        self.resize(760, 480)
        self.controller = controller
        self.project_ids = project_ids
        self.tabs = QTabWidget()

        auto = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.moves = QTreeWidget()
        self.moves.setHeaderLabels(
            [
                tr("Dashboard", "Task"),
                tr("Dashboard", "From"),
                tr("Dashboard", "To"),
                tr("Dashboard", "Delay"),
                "",
                tr("Dashboard", "Who"),
            ]
        )
        self.moves.setRootIsDecorated(False)
        self.moves.setColumnWidth(0, 220)
        box = QVBoxLayout(auto)
        box.addWidget(self.summary)
        box.addWidget(self.moves, 1)
        self.tabs.addTab(auto, tr("Dashboard", "Automatic"))

        manual = QWidget()
        self.conflicts = QTreeWidget()
        self.conflicts.setHeaderLabels(
            [tr("Dashboard", "Who"), tr("Dashboard", "When"), tr("Dashboard", "Booked"), tr("Dashboard", "Tasks")]
        )
        self.conflicts.setRootIsDecorated(False)
        self.conflicts.currentItemChanged.connect(lambda *_: self.propose())
        self.proposal = QLabel(tr("Dashboard", "Choose a conflict to see a move that resolves it."))
        self.proposal.setWordWrap(True)
        self.apply_move_button = QPushButton(tr("Dashboard", "Apply this move"))
        self.apply_move_button.setEnabled(False)
        self.apply_move_button.clicked.connect(self.apply_proposed)
        row = QHBoxLayout()
        row.addWidget(self.proposal, 1)
        row.addWidget(self.apply_move_button)
        box = QVBoxLayout(manual)
        box.addWidget(self.conflicts, 1)
        box.addLayout(row)
        self.tabs.addTab(manual, tr("Dashboard", "One at a time"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(tr("Dashboard", "Level"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply_plan)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.plan = None
        self.proposed = None
        self.refresh()

    def refresh(self) -> None:
        ws = self.controller.ws
        schedule = self.controller.schedule
        today = self.controller.today()
        self.plan = plan_levelling(ws, schedule, self.project_ids, today)
        self.moves.clear()
        for move in self.plan.moves:
            names = ", ".join(ws.people[p].name for p in move.person_ids if p in ws.people)
            slack = tr("Dashboard", "within slack") if move.within_slack else tr("Dashboard", "beyond slack")
            item = QTreeWidgetItem(
                [
                    move.title,
                    _when(move.old_start),
                    _when(move.new_start),
                    tr("Dashboard", "{days} d").format(days=formats.short_number(move.delay_days)),
                    slack,
                    names,
                ]
            )
            item.setToolTip(0, move.reason)
            self.moves.addTopLevelItem(item)
        lines = []
        if not self.plan.moves:
            lines.append(tr("Dashboard", "Nothing to move: no project work overlaps beyond anyone's capacity."))
        else:
            text = tr(
                "Dashboard", "{tasks} to delay (as start-no-earlier-than constraints; one undo takes them all back)."
            )
            lines.append(text.format(tasks=plural("%n task(s)", None, len(self.plan.moves))))
        for pid, (before, after) in sorted(self.plan.finishes.items()):
            name = ws.projects[pid].name
            if after == before:
                lines.append(
                    tr("Dashboard", "{project} finishes: {day} (unchanged)").format(project=name, day=_when(before))
                )
            else:
                text = tr("Dashboard", "{project} finishes: {before} → {after}")
                lines.append(text.format(project=name, before=_when(before), after=_when(after)))  # fmt: skip
        if self.plan.unresolved:
            text = tr(
                "Dashboard",
                "{count} conflicts remain that delaying cannot remove (routines, work under way, or "
                "more than a day's work for one person).",
            )
            lines.append(text.format(count=len(self.plan.unresolved)))  # fmt: skip
        self.summary.setText("\n".join(lines))
        self.apply_button.setEnabled(bool(self.plan.moves))

        self.conflict_list = find_conflicts(ws, schedule, today)
        self.conflicts.clear()
        for conflict in self.conflict_list:
            when = _when(conflict.first) if conflict.first == conflict.last else (
                f"{_when(conflict.first)} – {_when(conflict.last)}")  # fmt: skip
            titles = ", ".join(ws.tasks[t].title for t in conflict.task_ids if t in ws.tasks)
            who = ws.people[conflict.person_id].name
            booked = tr("Dashboard", "{load} of {capacity}").format(
                load=formats.hours(conflict.load, 2), capacity=formats.hours(conflict.capacity, 2)
            )
            self.conflicts.addTopLevelItem(QTreeWidgetItem([who, when, booked, titles]))

    def propose(self) -> None:
        row = self.conflicts.indexOfTopLevelItem(self.conflicts.currentItem())
        self.proposed = None
        if row < 0:
            self.apply_move_button.setEnabled(False)
            return
        conflict = self.conflict_list[row]
        self.proposed = propose_move(self.controller.ws, conflict, self.controller.schedule, self.controller.today())
        if self.proposed is None:
            self.proposal.setText(tr("Dashboard", "None of these tasks can move (fixed, under way, or routine work)."))
        else:
            m = self.proposed
            text = (
                tr("Dashboard", "Delay “{title}” from {old} to {new} ({days:g} working days, within its slack).")
                if m.within_slack
                else tr("Dashboard", "Delay “{title}” from {old} to {new} ({days:g} working days, beyond its slack).")
            )
            self.proposal.setText(text.format(title=m.title, old=_when(m.old_start), new=_when(m.new_start),
                                              days=m.delay_days))  # fmt: skip
        self.apply_move_button.setEnabled(self.proposed is not None)

    def apply_proposed(self) -> bool:
        if self.proposed is None:
            return False
        ok = self.controller.run(LevelResources([self.proposed]))
        self.refresh()
        return ok

    def apply_plan(self) -> None:
        if self.plan is not None and self.plan.moves:
            try:
                self.controller.run(self.plan.command())
            except ValidationError as exc:  # pragma: no cover - the controller reports refusals itself
                self.controller.error_occurred.emit(str(exc))
        self.accept()
