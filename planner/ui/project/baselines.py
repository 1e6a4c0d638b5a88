"""The project view's baselines page: the baselines saved, the one compared with, and the variance."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from planner.core.baselines import SaveBaseline, chosen_baseline, compare, project_baselines
from planner.core.commands import EditObject
from planner.core.i18n import plural, tr
from planner.core.registers import DeleteRecords
from planner.ui import dialogs, theme
from planner.ui.project.models import Col, Kind, money
from planner.ui.project.parts import Keyed, button, days, section_title, toolbar

if TYPE_CHECKING:
    from planner.ui.project.view import ProjectView


class BaselinesPage(QWidget):
    def __init__(self, view: ProjectView) -> None:
        super().__init__(view)
        self.view = view
        self.rows = []
        columns = [
            Col(tr("Project", "Baseline"), lambda b: b.name, "name", width=200),
            Col(tr("Project", "Saved"), lambda b: b.saved, width=110),
            Col(tr("Project", "Tasks"), lambda b: len(b.tasks), kind=Kind.NUMBER, width=60),
            Col(tr("Project", "Cost"), lambda b: b.cost, kind=Kind.MONEY, width=100),
            Col(tr("Project", "Finish"), lambda b: b.finish, width=110),
            Col(
                tr("Project", "Compared against"),
                lambda b: tr("Project", "✓ chosen") if self._chosen_id() == b.id else "",
                color=lambda b: theme.accent(),
                width=130,
            ),
        ]
        self.model, self.table = view.table_for(
            "baseline", columns, lambda: project_baselines(view.ws, view.project_id) if view.project_id else [],
            kinds=("project",),
        )  # fmt: skip
        self.table.setMaximumHeight(200)
        self.table.doubleClicked.connect(lambda index: index.column() != 0 and self.choose())
        variance_columns = [
            Col(tr("Project", "Task"), lambda r: r.title, width=240),
            Col(tr("Project", "Baseline start"), lambda r: r.baseline.start, width=110),
            Col(tr("Project", "Start"), lambda r: r.start, width=110),
            Col(tr("Project", "Baseline finish"), lambda r: r.baseline.finish, width=110),
            Col(tr("Project", "Finish"), lambda r: r.finish, width=110),
            Col(tr("Project", "Finish variance"), lambda r: days(r.finish_variance), kind=Kind.NUMBER, width=110,
                color=lambda r: theme.warning_color() if r.finish_variance > 0 else None),
            Col(tr("Project", "Duration variance"), lambda r: days(r.duration_variance), kind=Kind.NUMBER, width=120),
            Col(tr("Project", "Cost variance"), lambda r: r.cost_variance, kind=Kind.MONEY, width=100,
                color=lambda r: theme.warning_color() if r.cost_variance > 0 else None),
        ]  # fmt: skip
        self.variance, self.variance_table = view.table_for("task", variance_columns, self._variance_rows)
        self.variance.record = lambda row: Keyed(row, self.rows[row]) if 0 <= row < len(self.rows) else None
        self.variance.kinds = set()
        self.only_slipped = QComboBox()
        self.only_slipped.addItems([tr("Project", "Slipped tasks"), tr("Project", "All tasks")])
        self.only_slipped.currentIndexChanged.connect(lambda _: self.refresh())
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(
            toolbar(
                button(
                    tr("Project", "Save baseline…"), self.save, "backup", tr("Project", "Save the plan as it is now")
                ),
                button(
                    tr("Project", "Compare against this one"),
                    self.choose,
                    tip=tr("Project", "Compare with, and draw in the Gantt, this baseline"),
                ),
                button(tr("Project", "Delete"), self.delete, "delete"),
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.result)
        layout.addLayout(
            toolbar(section_title(tr("Project", "Compared with the plan now")), self.only_slipped, stretch_after=1)
        )
        layout.addWidget(self.variance_table, 1)

    def _chosen_id(self):
        baseline = chosen_baseline(self.view.ws, self.view.project_id) if self.view.project_id else None
        return baseline.id if baseline else None

    def _variance_rows(self):
        return [Keyed(n, r) for n, r in enumerate(self.rows)]

    def save(self) -> None:
        pid = self.view.project_id
        if pid is None:
            return
        count = len(project_baselines(self.view.ws, pid))
        name = dialogs.ask_text(
            self,
            tr("Project", "Save baseline"),
            tr("Project", "Name of the baseline:"),
            tr("Project", "Baseline {n}").format(n=count + 1),
        )
        if name:
            clock = lambda: datetime.now().replace(microsecond=0)  # noqa: E731
            self.view.controller.run(SaveBaseline(pid, name, clock))

    def choose(self) -> None:
        ids = self.view.selected_ids(self.table)
        if ids and self.view.project_id is not None:
            self.view.controller.run(EditObject("project", self.view.project_id, baseline_id=ids[0]))

    def delete(self) -> None:
        ids = self.view.selected_ids(self.table)
        if ids:
            self.view.controller.run(DeleteRecords("baseline", ids))

    def refresh(self) -> None:
        pid = self.view.project_id
        self.model.refresh()
        baseline = chosen_baseline(self.view.ws, pid) if pid is not None else None
        if baseline is None:
            self.rows = []
            self.result.setText(tr("Project", "No baseline yet. Save one to compare the plan against it later."))
        else:
            result = compare(self.view.ws, baseline)
            self.rows = result.slipped if self.only_slipped.currentIndex() == 0 else result.rows
            tasks = self.view.ws.tasks
            added = ", ".join(f"“{tasks[t].title}”" for t in result.added[:6]) or tr("Project", "none")
            removed = ", ".join(f"“{title}”" for _, title in result.removed[:6]) or tr("Project", "none")
            warn = theme.warning_color().name()
            finish = (f"<span style='color:{warn}'>{days(result.finish_variance)}</span>"
                      if result.finish_variance > 0 else days(result.finish_variance))  # fmt: skip
            text = tr(
                "Project",
                "Against <b>{baseline}</b>: {slipped} slipped; project finish {finish}; cost {cost} "
                "against {baseline_cost} (<b>{variance}</b>).<br>Added since: {added}. Removed since: "
                "{removed}.",
            )
            self.result.setText(
                text.format(
                    baseline=baseline.name,
                    slipped=plural("%n task(s)", None, len(result.slipped)),
                    finish=finish,
                    cost=money(result.cost),
                    baseline_cost=money(result.baseline_cost),
                    variance=("+" if result.cost_variance >= 0 else "") + money(result.cost_variance),
                    added=added,
                    removed=removed,
                )
            )
        self.variance.ids = []
        self.variance.refresh()
