"""The project view's stakeholders page: the register, the power/interest grid and each one's interactions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from planner.core.i18n import plural, tr
from planner.core.registers import AddRecord, DeleteRecords
from planner.core.stakeholders import Engagement, interaction_log, project_stakeholders
from planner.ui import dialogs, theme
from planner.ui.project.grids import PowerInterestGrid
from planner.ui.project.models import Col, Kind
from planner.ui.project.parts import button, choices_of, section_title, toolbar

if TYPE_CHECKING:
    from planner.ui.project.view import ProjectView


def _columns(view: ProjectView) -> list[Col]:
    """The register's columns."""
    return [
        Col(tr("Project", "Name"), lambda s: s.name, "name", width=150),
        Col(tr("Project", "Role"), lambda s: s.role, "role", width=150),
        Col(tr("Project", "Organisation"), lambda s: s.organisation, "organisation", width=110),
        Col(tr("Project", "Influence"), lambda s: s.influence, "influence", Kind.NUMBER, parse=int, width=70),
        Col(tr("Project", "Interest"), lambda s: s.interest, "interest", Kind.NUMBER, parse=int, width=64),
        Col(tr("Project", "Quadrant"), lambda s: s.quadrant.value, width=118),
        Col(
            tr("Project", "Engagement now"),
            lambda s: s.current_engagement,
            "current_engagement",
            Kind.CHOICE,
            choices_of(Engagement),
            width=116,
            color=lambda s: theme.caution_color() if s.engagement_gap > 0 else None,
            tip=lambda s: (
                plural("%n step(s) short of {engagement}", None, s.engagement_gap).format(
                    engagement=s.desired_engagement.value
                )
                if s.engagement_gap > 0
                else ""
            ),
        ),
        Col(
            tr("Project", "Desired"),
            lambda s: s.desired_engagement,
            "desired_engagement",
            Kind.CHOICE,
            choices_of(Engagement),
            width=96,
        ),
        Col(tr("Project", "What they get"), lambda s: s.communication, "communication", width=190),
        Col(tr("Project", "How"), lambda s: s.channel, "channel", width=90),
        Col(tr("Project", "How often"), lambda s: s.frequency, "frequency", width=100),
        Col(
            tr("Project", "Sent by"),
            lambda s: s.communication_owner,
            "communication_owner",
            Kind.CHOICE,
            choices=view.people_choices,
            width=110,
        ),
        Col(tr("Project", "Contact"), lambda s: s.contact, "contact", width=180),
    ]


def _log_columns() -> list[Col]:
    """The columns of a stakeholder's interactions."""
    return [
        Col(tr("Project", "Date"), lambda i: i.day, "day", Kind.DATE, width=100),
        Col(tr("Project", "How"), lambda i: i.channel, "channel", width=90),
        Col(tr("Project", "What was said"), lambda i: i.summary, "summary", width=300),
        Col(tr("Project", "Feedback"), lambda i: i.feedback, "feedback"),
    ]


class StakeholdersPage(QWidget):
    def __init__(self, view: ProjectView) -> None:
        super().__init__(view)
        self.view = view
        self.model, self.table = view.table_for(
            "stakeholder", _columns(view), self._stakeholders, text=lambda s: " ".join((s.name, s.role, s.organisation))
        )
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen_changed())
        self.log, self.log_table = view.table_for("interaction", _log_columns(), self._log_rows)
        self.grid = PowerInterestGrid(self)
        self.grid.stakeholder_clicked.connect(self.select)
        self.log_title = section_title(tr("Project", "Interactions"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(toolbar(button(tr("Project", "Add stakeholder"), self.add, "add"),
                                      button(tr("Project", "Delete"), self.delete, "delete")))  # fmt: skip
        top_layout.addWidget(self.table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addLayout(
            toolbar(
                self.log_title,
                button(tr("Project", "Log interaction"), self.add_interaction, "add"),
                button(tr("Project", "Delete"), self.delete_interaction, "delete"),
                stretch_after=0,
            )
        )
        bottom_layout.addWidget(self.log_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([320, 200])
        left = QVBoxLayout()
        left.addWidget(section_title(tr("Project", "Power / interest")))
        left.addWidget(self.grid, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(left)
        layout.addWidget(split, 1)

    def _stakeholders(self) -> list:
        return project_stakeholders(self.view.ws, self.view.project_id) if self.view.project_id else []

    def current_id(self) -> int | None:
        ids = self.view.selected_ids(self.table)
        return ids[0] if ids else None

    def _log_rows(self):
        sid = self.current_id() if hasattr(self, "table") else None
        return interaction_log(self.view.ws, sid) if sid in self.view.ws.stakeholders else []

    def _chosen_changed(self) -> None:
        self.log.refresh()
        sid = self.current_id()
        person = self.view.ws.stakeholders.get(sid)
        self.log_title.setText(
            tr("Project", "Interactions with {name}").format(name=person.name)
            if person
            else tr("Project", "Interactions")
        )
        self.grid.set_people(self._stakeholders(), sid)

    def select(self, ident: int) -> None:
        proxy = self.table.model()
        row = self.model.row_of(ident)
        if row >= 0:
            self.table.setCurrentIndex(proxy.mapFromSource(self.model.index(row, 0)))
            self.table.selectRow(self.table.currentIndex().row())

    def apply_filter(self) -> None:
        self.table.model().set_filter(self.view.filter_text())

    def add(self) -> None:
        if self.view.project_id is not None:
            command = AddRecord("stakeholder", project_id=self.view.project_id, name=tr("Project", "New stakeholder"))
            if self.view.controller.run(command):
                self.select(command.id)

    def delete(self) -> None:
        ids = self.view.selected_ids(self.table)
        if ids:
            self.view.controller.run(DeleteRecords("stakeholder", ids))

    def add_interaction(self) -> None:
        sid = self.current_id()
        if sid is None:
            self.view.controller.error_occurred.emit(
                tr("Project", "Choose a stakeholder first, then log what was said.")
            )
            return
        summary = dialogs.ask_text(self, tr("Project", "Log interaction"), tr("Project", "What was said:"))
        if summary:
            self.view.controller.run(AddRecord("interaction", stakeholder_id=sid, day=self.view.today(),
                                               summary=summary))  # fmt: skip

    def delete_interaction(self) -> None:
        ids = self.view.selected_ids(self.log_table)
        if ids:
            self.view.controller.run(DeleteRecords("interaction", ids))

    def refresh(self) -> None:
        if self.current_id() is None and self.table.model().rowCount():
            self.table.selectRow(0)  # show someone's log rather than an empty one
        self.log.refresh()
        self.grid.set_people(self._stakeholders(), self.current_id())
