"""The project view's charter page: the project's goal, scope, dates, health, criteria and acceptance, with its
key figures and earned value."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.bounds import schedulable
from planner.core.commands import EditObject
from planner.core.earned_value import earned_value, status_moment
from planner.core.i18n import tr
from planner.core.project import Acceptance, CriterionStatus, Health, project_health
from planner.core.registers import AddRecord, DeleteRecords
from planner.core.templates import SaveTemplate
from planner.reports import formats
from planner.ui import dialogs, theme
from planner.ui.delegates import locale_date_format
from planner.ui.guard import guarded
from planner.ui.project.key_figures import KeyFigures
from planner.ui.project.models import Col, Kind, money
from planner.ui.project.parts import button, choices_of, section_title, toolbar

if TYPE_CHECKING:
    from planner.ui.project.view import ProjectView


class _Text(QPlainTextEdit):
    """A multi-line field that commits when it loses focus."""

    editing_finished = Signal()

    @guarded
    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class CharterPage(QScrollArea):
    def __init__(self, view: ProjectView) -> None:
        super().__init__(view)
        self.view = view
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(18, 14, 18, 18)
        outer.setSpacing(12)
        outer.addLayout(self._head())
        self.health_reasons = QLabel()
        self.health_reasons.setWordWrap(True)
        self.health_reasons.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        outer.addWidget(self.health_reasons)
        self.key_figures = _key_figures()
        self.figures = self.key_figures.values
        self.ev_note = self.key_figures.note
        outer.addWidget(self.key_figures)
        outer.addLayout(self._fields())
        self._add_deliverables(outer)
        self._add_criteria(outer)
        outer.addStretch(1)

    def _head(self) -> QHBoxLayout:
        """The project's name, its health badge and the health set by hand, and Save as template."""
        head = QHBoxLayout()
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.name.setFont(font)
        self.health = QLabel()
        self.health.setObjectName("HealthBadge")
        self.health_choice = QComboBox()
        self.health_choice.addItem(tr("Project", "Health from variance"), "")
        for health in Health:
            self.health_choice.addItem(tr("Project", "Set: {health}").format(health=health.label), health.value)
        self.health_choice.activated.connect(self._health_chosen)
        self.health_comment = QLineEdit()
        self.health_comment.setPlaceholderText(tr("Project", "Why the health was set by hand"))
        self.health_comment.editingFinished.connect(lambda: self._edit(health_comment=self.health_comment.text()))
        template = button(
            tr("Project", "Save as template…"),
            self.save_template,
            "copy",
            tr("Project", "Save this project's plan as a template"),
        )
        head.addWidget(self.name)
        head.addSpacing(10)
        head.addWidget(self.health)
        head.addStretch(1)
        head.addWidget(self.health_choice)
        head.addWidget(self.health_comment)
        head.addWidget(template)
        return head

    def _fields(self) -> QHBoxLayout:
        """The charter's fields in two columns: texts, names, dates and the budget, each committed when left."""
        columns = QHBoxLayout()
        columns.setSpacing(18)
        form_left = QFormLayout()
        form_right = QFormLayout()
        for form in (form_left, form_right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.texts: dict[str, QPlainTextEdit] = {}
        for form, key, label in (
            (form_left, "scope", tr("Project", "Scope")),
            (form_left, "objectives", tr("Project", "Objectives")),
            (form_right, "in_scope", tr("Project", "In scope")),
            (form_right, "out_of_scope", tr("Project", "Out of scope")),
        ):
            edit = _Text()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().height() * 5 + 16)
            edit.editing_finished.connect(lambda k=key, e=edit: self._edit(**{k: e.toPlainText()}))
            self.texts[key] = edit
            form.addRow(label, edit)
        self.lines: dict[str, QLineEdit] = {}
        for form, key, label in (
            (form_left, "sponsor", tr("Project", "Sponsor")),
            (form_right, "manager", tr("Project", "Manager")),
            (form_right, "wbs_mask", tr("Project", "WBS code mask")),
        ):
            edit = QLineEdit()
            edit.editingFinished.connect(lambda k=key, e=edit: self._edit(**{k: e.text()}))
            self.lines[key] = edit
            form.addRow(label, edit)
        self.lines["wbs_mask"].setPlaceholderText(tr("Project", "Outline numbers (1.2.3)"))
        self.lines["wbs_mask"].setToolTip(
            tr(
                "Project",
                "A prefix, then one segment per outline level: PRJ-.9.99 numbers tasks PRJ-1.01, PRJ-1.02 … "
                "(9 digits, A upper-case letters, a lower-case letters, * any)",
            )
        )
        self.dates: dict[str, QDateEdit] = {}
        for form, key, label in (
            (form_left, "start", tr("Project", "Start")),
            (form_right, "target_finish", tr("Project", "Target finish")),
            (form_left, "status_date", tr("Project", "Status date")),
        ):
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            locale_date_format(edit)
            edit.editingFinished.connect(lambda k=key, e=edit: self._date_edited(k, e))
            self.dates[key] = edit
            form.addRow(label, edit)
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0, 1e12)
        self.budget.setDecimals(0)
        self.budget.setGroupSeparatorShown(True)
        self.budget.editingFinished.connect(lambda: self._edit(budget=float(self.budget.value())))
        form_right.addRow(tr("Project", "Budget"), self.budget)
        columns.addLayout(form_left, 1)
        columns.addLayout(form_right, 1)
        return columns

    def _add_deliverables(self, outer: QVBoxLayout) -> None:
        """The deliverables' table under its title, with its buttons."""
        view = self.view
        outer.addWidget(section_title(tr("Project", "Deliverables")))
        deliverable_cols = [
            Col(tr("Project", "Deliverable"), lambda d: d.name, "name", width=220),
            Col(tr("Project", "Produced by"), lambda d: view.task_titles(d.task_ids), "task_ids", Kind.CHOICE,
                choices=view.task_choices, parse=lambda v: [] if v is None else [v], width=220),
            Col(tr("Project", "Due"), lambda d: d.due, "due", Kind.DATE, width=100),
            Col(tr("Project", "Acceptance"), lambda d: d.acceptance, "acceptance", Kind.CHOICE, choices_of(Acceptance),
                color=lambda d: _acceptance_color(d.acceptance), width=110),
            Col(tr("Project", "Description"), lambda d: d.description, "description"),
        ]  # fmt: skip
        self.deliverables, self.deliverables_view = view.table_for(
            "deliverable", deliverable_cols, lambda: self._records("deliverable"), kinds=("task",)
        )
        self.deliverables_view.setMinimumHeight(170)
        outer.addWidget(self.deliverables_view)
        outer.addLayout(toolbar(
            button(tr("Project", "Add deliverable"), lambda: self._add("deliverable", "New deliverable"), "add"),
            button(tr("Project", "Delete"), lambda: self._delete("deliverable", self.deliverables_view), "delete"),
        ))  # fmt: skip

    def _add_criteria(self, outer: QVBoxLayout) -> None:
        """The success criteria's table under its title, with its buttons."""
        outer.addWidget(section_title(tr("Project", "Success criteria")))
        criteria_cols = [
            Col(tr("Project", "Criterion"), lambda c: c.name, "name", width=220),
            Col(tr("Project", "Measure"), lambda c: c.measure, "measure", width=240),
            Col(tr("Project", "Target"), lambda c: c.target, "target", width=110),
            Col(tr("Project", "Current"), lambda c: c.current, "current", width=110),
            Col(tr("Project", "Status"), lambda c: c.status, "status", Kind.CHOICE, choices_of(CriterionStatus),
                color=lambda c: _criterion_color(c.status)),
        ]  # fmt: skip
        self.criteria, self.criteria_view = self.view.table_for(
            "success_criterion", criteria_cols, lambda: self._records("success_criterion")
        )
        self.criteria_view.setMinimumHeight(150)
        outer.addWidget(self.criteria_view)
        outer.addLayout(toolbar(
            button(tr("Project", "Add criterion"), lambda: self._add("success_criterion", "New criterion"), "add"),
            button(tr("Project", "Delete"), lambda: self._delete("success_criterion", self.criteria_view), "delete"),
        ))  # fmt: skip

    def _records(self, kind: str) -> list:
        pid = self.view.project_id
        found = [o for o in self.view.ws.table(kind).values() if o.project_id == pid]
        return sorted(found, key=lambda o: (o.position, o.id))

    def _add(self, kind: str, name: str) -> None:
        if self.view.project_id is not None:
            self.view.controller.run(AddRecord(kind, project_id=self.view.project_id, name=name))

    def _delete(self, kind: str, table: QTableView) -> None:
        ids = self.view.selected_ids(table)
        if ids:
            self.view.controller.run(DeleteRecords(kind, ids))

    def _edit(self, **values) -> None:
        pid = self.view.project_id
        if pid is None:
            return
        project = self.view.ws.projects[pid]
        values = {k: v for k, v in values.items() if getattr(project, k) != v}
        if values:
            self.view.controller.run(EditObject("project", pid, **values))

    def _date_edited(self, key: str, edit: QDateEdit) -> None:
        pid = self.view.project_id
        if pid is None:
            return
        old = getattr(self.view.ws.projects[pid], key)
        day = edit.date().toPython()
        if old is not None and old.date() == day:
            return
        at = datetime.combine(day, old.time() if old is not None else time(17 if key != "start" else 8))
        self._edit(**{key: at})
        self.refresh()  # a refused date goes back to what it was

    def _health_chosen(self) -> None:
        self._edit(health_override=self.health_choice.currentData())

    def save_template(self) -> None:
        pid = self.view.project_id
        if pid is None:
            return
        name = dialogs.ask_text(
            self,
            tr("Project", "Save as template"),
            tr("Project", "Name of the template:"),
            f"{self.view.ws.projects[pid].name}",
        )
        if name:
            clock = lambda: datetime.now().replace(microsecond=0)  # noqa: E731
            if self.view.controller.run(SaveTemplate(pid, name, clock)):
                self.view.controller.error_occurred.emit(
                    tr("Project", "Saved the template “{name}” in this workspace.").format(name=name)
                )

    def refresh(self) -> None:
        view, pid = self.view, self.view.project_id
        if pid is None:
            return
        ws = view.ws
        project = ws.projects[pid]
        self.name.setText(project.name)
        for key, edit in self.texts.items():
            if not edit.hasFocus() and edit.toPlainText() != getattr(project, key):
                edit.setPlainText(getattr(project, key))
        for key, edit in self.lines.items():
            if not edit.hasFocus():
                edit.setText(getattr(project, key))
        # Scheduled back from its target finish, a project's start follows from the plan: shown, not typed.
        backward = project.schedule_from_finish and project.target_finish is not None
        starts = [t.start for t in ws.tasks.values() if t.project_id == pid and t.start is not None] if backward else []
        for key, edit in self.dates.items():
            value = min(starts, default=None) if key == "start" and backward else getattr(project, key)
            edit.blockSignals(True)
            edit.setDate(QDate(value.date()) if value else QDate.currentDate())
            edit.blockSignals(False)
        self.dates["start"].setEnabled(not backward)
        self.dates["start"].setToolTip(
            tr("Project", "Scheduled back from the target finish: the start follows from the plan") if backward else ""
        )
        if not self.budget.hasFocus():
            self.budget.setValue(project.budget)
        if not self.health_comment.hasFocus():
            self.health_comment.setText(project.health_comment)
        drawable = schedulable(ws, {})  # an old file's date outside the plan range is left out, as the schedule does
        status = status_moment(drawable, pid, view.today())
        ev = earned_value(drawable, pid, status)
        report = project_health(drawable, pid, ev)
        color = {Health.ON_TRACK: theme.success_color(), Health.AT_RISK: theme.caution_color(),
                 Health.OFF_TRACK: theme.warning_color()}[report.health]  # fmt: skip
        by_hand = tr("Project", " (set by hand)") if report.overridden else ""
        self.health.setText(f"  {report.health.label}{by_hand}  ")
        self.health.setStyleSheet(
            f"QLabel#HealthBadge {{ color: {color.name()}; border: 1px solid {color.name()}; border-radius: 9px;"
            " padding: 2px 6px; font-weight: 600; }"
        )
        self.health_choice.setCurrentIndex(max(0, self.health_choice.findData(project.health_override)))
        self.health_comment.setVisible(report.overridden)
        derived = tr("Project", "Derived from variance: {health}, as {reasons}.").format(
            health=report.derived.label.lower(), reasons="; ".join(report.reasons)
        )
        self.health_reasons.setText(derived)
        index = lambda value: "—" if value is None else formats.number(value, 2)  # noqa: E731
        when = lambda at: "—" if at is None else formats.day(at)  # noqa: E731
        values = {
            "pv": money(ev.pv), "ev": money(ev.ev), "ac": money(ev.ac), "bac": money(ev.bac),
            "sv": money(ev.sv), "cv": money(ev.cv), "spi": index(ev.spi), "cpi": index(ev.cpi),
            "eac": money(ev.eac), "vac": money(ev.vac), "finish": when(ev.planned_finish),
            "forecast": when(ev.forecast_finish),
        }  # fmt: skip
        for key, text in values.items():
            self.figures[key].setText(text)
        bad = {"sv": ev.sv < 0, "cv": ev.cv < 0, "spi": (ev.spi or 1) < 0.95, "cpi": (ev.cpi or 1) < 0.95,
               "vac": ev.vac < 0, "forecast": bool(ev.forecast_finish and ev.planned_finish
                                                     and ev.forecast_finish > ev.planned_finish)}  # fmt: skip
        for key, label in self.figures.items():
            label.setStyleSheet(f"color: {theme.warning_color().name()};" if bad.get(key) else "")
        against = (
            tr("Project", "the baseline “{name}”").format(name=ev.baseline_name)
            if ev.baseline_name
            else tr("Project", "the plan as it is now (no baseline)")
        )
        note = tr(
            "Project",
            "Earned value as of {day}, against {against}. Forecast finish by earned schedule (SPI(t) {spi_t}).",
        )
        self.ev_note.setText(note.format(day=when(status), against=against, spi_t=index(ev.spi_t)))  # fmt: skip
        self.key_figures.fit()  # new values, new widths


def _key_figures() -> KeyFigures:
    """The earned value figures and the planned and forecast finish, filled by `refresh`."""
    names = (
        ("pv", tr("Project", "Planned value")),
        ("ev", tr("Project", "Earned value")),
        ("ac", tr("Project", "Actual cost")),
        ("bac", tr("Project", "Budget at completion")),
        ("sv", tr("Project", "Schedule variance")),
        ("cv", tr("Project", "Cost variance")),
        ("spi", tr("Project", "SPI")),
        ("cpi", tr("Project", "CPI")),
        ("eac", tr("Project", "Estimate at completion")),
        ("vac", tr("Project", "Variance at completion")),
        ("finish", tr("Project", "Planned finish")),
        ("forecast", tr("Project", "Forecast finish")),
    )
    return KeyFigures(list(names))


def _acceptance_color(value):
    return {Acceptance.ACCEPTED: theme.success_color(), Acceptance.REJECTED: theme.warning_color()}.get(value)


def _criterion_color(value):
    return {CriterionStatus.MET: theme.success_color(), CriterionStatus.ON_TRACK: theme.success_color(),
            CriterionStatus.AT_RISK: theme.caution_color(),
            CriterionStatus.MISSED: theme.warning_color()}.get(value)  # fmt: skip
