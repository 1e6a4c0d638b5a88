"""The project view's risks page: the risk register, its heat map and the reviews due."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.core.i18n import plural, tr
from planner.core.registers import AddRecord, DeleteRecords
from planner.core.risks import Response, RiskStatus, heat_map, overdue_reviews, project_risks
from planner.ui import theme
from planner.ui.project.grids import HeatMap, severity_color
from planner.ui.project.models import Col, Kind, RecordFilterProxy
from planner.ui.project.parts import button, choices_of, section_title, toolbar

if TYPE_CHECKING:
    from planner.ui.project.view import ProjectView


def _probability(value) -> int:
    return int(value)


def _columns(view: ProjectView) -> list[Col]:
    """The register's columns, the score first."""
    today = view.today
    return [
        Col(
            tr("Project", "Score"),
            lambda r: r.score,
            kind=Kind.NUMBER,
            color=lambda r: severity_color(r.severity),
            width=56,
        ),
        Col(tr("Project", "Risk"), lambda r: r.name, "name", width=230),
        Col(
            tr("Project", "P"),
            lambda r: r.probability,
            "probability",
            Kind.NUMBER,
            parse=_probability,
            width=40,
            tip=lambda r: tr("Project", "Probability, 1 (rare) to 5 (almost certain)"),
        ),
        Col(
            tr("Project", "I"),
            lambda r: r.impact,
            "impact",
            Kind.NUMBER,
            parse=_probability,
            width=40,
            tip=lambda r: tr("Project", "Impact, 1 (negligible) to 5 (severe)"),
        ),
        Col(
            tr("Project", "Status"),
            lambda r: r.status,
            "status",
            Kind.CHOICE,
            choices_of(RiskStatus),
            width=92,
            color=lambda r: theme.warning_color() if r.status is RiskStatus.OCCURRING else None,
        ),
        Col(
            tr("Project", "Review"),
            lambda r: r.review_date,
            "review_date",
            Kind.DATE,
            width=100,
            color=lambda r: theme.warning_color() if r.review_overdue(today()) else None,
            tip=lambda r: tr("Project", "Review overdue") if r.review_overdue(today()) else "",
        ),
        Col(tr("Project", "Response"), lambda r: r.response, "response", Kind.CHOICE, choices_of(Response), width=92),
        Col(tr("Project", "Owner"), lambda r: r.owner, "owner", Kind.CHOICE, choices=view.people_choices, width=120),
        Col(tr("Project", "Category"), lambda r: r.category, "category", width=96),
        Col(tr("Project", "Cause"), lambda r: r.cause, "cause", width=200),
        Col(tr("Project", "Mitigation"), lambda r: r.mitigation, "mitigation", width=220),
        Col(
            tr("Project", "Mitigation tasks"),
            lambda r: view.task_titles(r.task_ids),
            "task_ids",
            Kind.CHOICE,
            choices=view.task_choices,
            parse=lambda v: [] if v is None else [v],
            width=160,
        ),
        Col(tr("Project", "Trigger"), lambda r: r.trigger, "trigger", width=160),
        Col(tr("Project", "Contingency"), lambda r: r.contingency, "contingency", width=180),
    ]


class RisksPage(QWidget):
    def __init__(self, view: ProjectView) -> None:
        super().__init__(view)
        self.view = view
        self.cell: tuple[int, int] | None = None
        self.model, self.table = view.table_for(
            "risk", _columns(view), self._risks, kinds=("task", "person"),
            text=lambda r: " ".join((r.name, r.cause, r.category, r.owner, r.mitigation)),
        )  # fmt: skip
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        side = self._side()
        self.filter_label = QLabel()
        right = QVBoxLayout()
        right.addLayout(toolbar(
            button(tr("Project", "Add risk"), self.add, "add"),
            button(tr("Project", "Delete"), self.delete, "delete"),
            self.filter_label,
        ))  # fmt: skip
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(side)
        layout.addLayout(right, 1)

    def _side(self) -> QWidget:
        """The heat map, whose cells filter the table, over the register's summary and the reviews overdue."""
        self.heat = HeatMap(self)
        self.heat.cell_clicked.connect(self.set_cell)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.overdue = QLabel()
        self.overdue.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(section_title(tr("Project", "Probability × impact")))
        left.addWidget(self.heat)
        hint = QLabel(tr("Project", "Click a cell to list only its risks."))
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint.setWordWrap(True)
        left.addWidget(hint)
        left.addSpacing(8)
        left.addWidget(self.summary)
        left.addWidget(self.overdue)
        left.addStretch(1)
        side = QWidget()
        side.setLayout(left)
        side.setFixedWidth(self.heat.sizeHint().width() + 12)
        return side

    def _risks(self) -> list:
        return project_risks(self.view.ws, self.view.project_id) if self.view.project_id else []

    @property
    def proxy(self) -> RecordFilterProxy:
        return self.table.model()

    def set_cell(self, cell) -> None:
        self.cell = cell
        self.heat.chosen = cell
        self.heat.update()
        self.apply_filter()

    def apply_filter(self) -> None:
        cell = self.cell
        predicate = None if cell is None else (lambda r: (r.probability, r.impact) == cell)
        self.proxy.set_filter(self.view.filter_text(), predicate)
        self.filter_label.setText(
            tr("Project", "Showing probability {p} × impact {i}").format(p=cell[0], i=cell[1]) if cell else ""
        )

    def add(self) -> None:
        if self.view.project_id is not None:
            p, i = self.cell or (3, 3)
            command = AddRecord(
                "risk", project_id=self.view.project_id, name=tr("Project", "New risk"), probability=p, impact=i
            )
            if self.view.controller.run(command):
                row = self.proxy.mapFromSource(self.model.index(self.model.row_of(command.id), 1))
                self.table.setCurrentIndex(row)
                self.table.edit(row)

    def delete(self) -> None:
        ids = self.view.selected_ids(self.table)
        if ids:
            self.view.controller.run(DeleteRecords("risk", ids))

    def refresh(self) -> None:
        risks = self._risks()
        self.heat.set_counts(heat_map(risks))
        open_risks = [r for r in risks if r.status is not RiskStatus.CLOSED]
        high = sum(r.score >= 15 for r in open_risks)
        text = tr("Project", "{open} open of {risks}; {high} high (score 15 or more).")
        self.summary.setText(text.format(open=len(open_risks), risks=plural("%n risk(s)", None, len(risks)), high=high))
        late = overdue_reviews(risks, self.view.today())
        self.overdue.setText(
            "⚠ " + plural("%n review(s) overdue", None, len(late)) if late else tr("Project", "No review is overdue.")
        )
        self.overdue.setStyleSheet(f"color: {theme.warning_color().name()};" if late else "")
