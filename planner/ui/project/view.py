"""`ProjectView`: the registers of the project chosen in the sidebar, on five pages (charter, risks, stakeholders,
budget, baselines). Every edit is a core command run by the controller; the pages keep nothing but what they show.
When the scope is not a project it says so and offers the projects to pick from.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.baselines import SaveBaseline, chosen_baseline, compare, project_baselines
from planner.core.bounds import schedulable
from planner.core.budget import project_costs
from planner.core.commands import EditObject
from planner.core.earned_value import earned_value, status_moment
from planner.core.i18n import plural, tr
from planner.core.project import Acceptance, CriterionStatus, Health, project_health
from planner.core.registers import AddRecord, DeleteRecords
from planner.core.risks import Response, RiskStatus, heat_map, overdue_reviews, project_risks
from planner.core.stakeholders import Engagement, interaction_log, project_stakeholders
from planner.core.templates import SaveTemplate
from planner.reports import formats
from planner.ui import dialogs, theme
from planner.ui.controller import Controller
from planner.ui.delegates import locale_date_format
from planner.ui.guard import guarded
from planner.ui.models.task_filter import TaskFilterProxy
from planner.ui.new_project_dialog import ask_new_project
from planner.ui.project.grids import HeatMap, PowerInterestGrid, severity_color
from planner.ui.project.key_figures import KeyFigures
from planner.ui.project.models import (
    ROLE_ID,
    ChoiceDelegate,
    Col,
    Kind,
    RecordFilterProxy,
    RecordTableModel,
    money,
)
from planner.ui.widgets import NoTaskSelection

PAGES = ("Charter", "Risks", "Stakeholders", "Budget", "Baselines")  # English keys; `_page_title` shows them


def _page_title(page: str) -> str:
    titles = {"Charter": tr("Project", "Charter"), "Risks": tr("Project", "Risks"),
              "Stakeholders": tr("Project", "Stakeholders"), "Budget": tr("Project", "Budget"),
              "Baselines": tr("Project", "Baselines")}  # fmt: skip
    return titles[page]


def _choices(enum) -> callable:
    return lambda: [(member.label, member) for member in enum]


def _days(value: float) -> str:
    return "0" if not value else tr("Project", "{days:+g} d").format(days=value)


class ProjectView(NoTaskSelection, QWidget):
    name = "project"
    title = "Project"
    icon_name = "project"
    shows_one_project = True  # a screenshot of this view picks the first project

    current_task_changed = Signal(object)
    context_menu_requested = Signal(object)
    scope_requested = Signal(object)  # ("project", id): the sidebar should show that project

    def __init__(self, proxy: TaskFilterProxy, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.controller = controller
        self.project_id: int | None = None
        self._stale = True
        self.models: list[RecordTableModel] = []
        self.stack = QStackedWidget(self)
        self.picker = _ProjectPicker(self)
        self.picker.chosen.connect(lambda pid: self.scope_requested.emit(("project", pid)))
        self.picker.from_template.clicked.connect(self.new_from_template)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.charter = CharterPage(self)
        self.risks = RisksPage(self)
        self.stakeholders = StakeholdersPage(self)
        self.budget = BudgetPage(self)
        self.baselines = BaselinesPage(self)
        for page, title in zip((self.charter, self.risks, self.stakeholders, self.budget, self.baselines), PAGES,
                               strict=True):  # fmt: skip
            self.tabs.addTab(page, _page_title(title))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        self.stack.addWidget(self.picker)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.controller.changes_applied.connect(self._changes_applied)
        self.apply_scope()

    # -- state ---------------------------------------------------------------------------------------
    @property
    def ws(self):
        return self.controller.ws

    def today(self) -> date:
        return self.controller.today()

    def filter_text(self) -> str:
        return self.proxy.filter.text

    def _changes_applied(self, changes) -> None:
        if self.project_id is not None and self.project_id not in self.ws.projects:
            self.apply_scope()
            return
        for model in self.models:
            model.changes_applied(changes)
        self.refresh(changes)

    def refresh(self, changes=None) -> None:
        """Recompute the figures of the page on screen; while hidden, only note that it is due."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self.project_id is None:
            self.picker.populate(self.ws, self.proxy.scope)
            return
        page = self.tabs.currentWidget()
        page.refresh()

    @guarded
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            for model in self.models:
                model.refresh()
            self.refresh()

    # -- the interface every view offers ----------------------------------------------------------------
    def apply_scope(self) -> None:
        scope = self.proxy.scope
        project = scope[1] if isinstance(scope, tuple) and scope[0] == "project" else None
        if project not in self.ws.projects:
            project = None
        self.project_id = project
        self.stack.setCurrentWidget(self.tabs if project is not None else self.picker)
        for model in self.models:
            model.refresh()
        for page in (self.risks, self.stakeholders, self.budget):
            page.apply_filter()
        self._stale = True
        self.refresh()

    def new_from_template(self) -> None:
        """The New Project dialog with the first template saved in this workspace chosen; the project it makes
        shown here, on its charter."""
        templates = sorted(self.ws.templates.values(), key=lambda t: t.name.casefold())
        made = ask_new_project(self, self.controller, templates[0].id if templates else None)
        if made is not None:
            self.scope_requested.emit(("project", made[0]))
            self.show_page("Charter")

    def show_page(self, title: str) -> None:
        self.tabs.setCurrentIndex(PAGES.index(title))

    # -- helpers for pages ---------------------------------------------------------------------------------
    def table_for(self, kind: str, columns: list[Col], rows, kinds=(), command=None, text=None):
        model = RecordTableModel(self.controller, kind, columns, rows, kinds, command, self)
        self.models.append(model)
        view = QTableView(self)
        view.setItemDelegate(ChoiceDelegate(view))
        if text is not None:
            proxy = RecordFilterProxy(model, text, view)
            view.setModel(proxy)
            view.setSortingEnabled(True)
        else:
            view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        view.setWordWrap(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)  # fmt: skip
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for n, col in enumerate(columns):
            width = col.width or max(70, view.fontMetrics().horizontalAdvance(col.title) + 28)
            header.resizeSection(n, width)
        return model, view

    def selected_ids(self, view: QTableView) -> list[int]:
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        ids = [index.data(ROLE_ID) for index in rows]
        if not ids and view.currentIndex().isValid():
            ids = [view.currentIndex().data(ROLE_ID)]
        return [i for i in ids if i is not None]

    def people_choices(self):
        return [("—", "")] + [(p.name, p.name) for p in self.ws.ordered("person")]

    def task_choices(self):
        tasks = [t for t in self.ws.tasks.values() if t.project_id == self.project_id]
        return [("—", None)] + [(t.title, t.id) for t in sorted(tasks, key=lambda t: (t.start or datetime.max, t.id))]


def _toolbar(*buttons: QWidget, stretch_after: int | None = None) -> QHBoxLayout:
    bar = QHBoxLayout()
    bar.setContentsMargins(0, 0, 0, 0)
    for n, button in enumerate(buttons):
        bar.addWidget(button)
        if stretch_after == n:
            bar.addStretch(1)
    if stretch_after is None:
        bar.addStretch(1)
    return bar


def _button(text: str, slot, icon: str | None = None, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    if icon:
        button.setIcon(theme.icon(icon))
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("SectionTitle")
    return label


class _ProjectPicker(QWidget):
    """What the view shows when the sidebar's scope is not a project."""

    chosen = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(48, 40, 48, 40)
        self.heading = QLabel(tr("Project", "Choose a project"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.buttons = QVBoxLayout()
        self.from_template = QPushButton(theme.icon("copy"), tr("Project", "New project from a template…"))
        self.from_template.setMaximumWidth(480)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.text)
        self.layout_.addSpacing(12)
        self.layout_.addLayout(self.buttons)
        self.layout_.addSpacing(12)
        self.layout_.addWidget(self.from_template)
        self.layout_.addStretch(1)

    def populate(self, ws, scope) -> None:
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        projects = ws.ordered("project")
        if projects:
            text = tr(
                "Project",
                "The Project view shows one project's charter, risks, stakeholders, budget and "
                "baselines. The sidebar shows {where}; pick a project:",
            )
            where = (
                tr("Project", "an area of ongoing work")
                if isinstance(scope, tuple)
                else tr("Project", "the “{list}” list").format(list=scope)
            )
            self.text.setText(text.format(where=where))
        else:
            self.text.setText(
                tr("Project", "There is no project yet. Create one with Edit › New Project, then come back here.")
            )
        self.from_template.setVisible(bool(ws.templates))
        for project in projects:
            button = QPushButton(theme.icon("project"), project.name)
            button.setStyleSheet("text-align: left; padding: 8px 14px;")
            button.setMaximumWidth(480)
            button.clicked.connect(lambda _=False, pid=project.id: self.chosen.emit(pid))
            self.buttons.addWidget(button)


class _Text(QPlainTextEdit):
    """A multi-line field that commits when it loses focus."""

    editing_finished = Signal()

    @guarded
    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


# -- charter --------------------------------------------------------------------------------------------------
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
        template = _button(
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
        outer.addLayout(head)
        self.health_reasons = QLabel()
        self.health_reasons.setWordWrap(True)
        self.health_reasons.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        outer.addWidget(self.health_reasons)

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
        self.key_figures = KeyFigures(list(names))
        self.figures = self.key_figures.values
        self.ev_note = self.key_figures.note
        outer.addWidget(self.key_figures)

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
        outer.addLayout(columns)

        outer.addWidget(_title(tr("Project", "Deliverables")))
        deliverable_cols = [
            Col(tr("Project", "Deliverable"), lambda d: d.name, "name", width=220),
            Col(tr("Project", "Produced by"), lambda d: self._task_titles(d.task_ids), "task_ids", Kind.CHOICE,
                choices=view.task_choices, parse=lambda v: [] if v is None else [v], width=220),
            Col(tr("Project", "Due"), lambda d: d.due, "due", Kind.DATE, width=100),
            Col(tr("Project", "Acceptance"), lambda d: d.acceptance, "acceptance", Kind.CHOICE, _choices(Acceptance),
                color=lambda d: _acceptance_color(d.acceptance), width=110),
            Col(tr("Project", "Description"), lambda d: d.description, "description"),
        ]  # fmt: skip
        self.deliverables, self.deliverables_view = view.table_for(
            "deliverable", deliverable_cols, lambda: self._records("deliverable"), kinds=("task",)
        )
        self.deliverables_view.setMinimumHeight(170)
        outer.addWidget(self.deliverables_view)
        outer.addLayout(_toolbar(
            _button(tr("Project", "Add deliverable"), lambda: self._add("deliverable", "New deliverable"), "add"),
            _button(tr("Project", "Delete"), lambda: self._delete("deliverable", self.deliverables_view), "delete"),
        ))  # fmt: skip
        outer.addWidget(_title(tr("Project", "Success criteria")))
        criteria_cols = [
            Col(tr("Project", "Criterion"), lambda c: c.name, "name", width=220),
            Col(tr("Project", "Measure"), lambda c: c.measure, "measure", width=240),
            Col(tr("Project", "Target"), lambda c: c.target, "target", width=110),
            Col(tr("Project", "Current"), lambda c: c.current, "current", width=110),
            Col(tr("Project", "Status"), lambda c: c.status, "status", Kind.CHOICE, _choices(CriterionStatus),
                color=lambda c: _criterion_color(c.status)),
        ]  # fmt: skip
        self.criteria, self.criteria_view = view.table_for(
            "success_criterion", criteria_cols, lambda: self._records("success_criterion")
        )
        self.criteria_view.setMinimumHeight(150)
        outer.addWidget(self.criteria_view)
        outer.addLayout(_toolbar(
            _button(tr("Project", "Add criterion"), lambda: self._add("success_criterion", "New criterion"), "add"),
            _button(tr("Project", "Delete"), lambda: self._delete("success_criterion", self.criteria_view), "delete"),
        ))  # fmt: skip
        outer.addStretch(1)

    def _records(self, kind: str) -> list:
        pid = self.view.project_id
        found = [o for o in self.view.ws.table(kind).values() if o.project_id == pid]
        return sorted(found, key=lambda o: (o.position, o.id))

    def _task_titles(self, ids) -> str:
        tasks = self.view.ws.tasks
        return ", ".join(tasks[t].title for t in ids if t in tasks)

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


def _acceptance_color(value):
    return {Acceptance.ACCEPTED: theme.success_color(), Acceptance.REJECTED: theme.warning_color()}.get(value)


def _criterion_color(value):
    return {CriterionStatus.MET: theme.success_color(), CriterionStatus.ON_TRACK: theme.success_color(),
            CriterionStatus.AT_RISK: theme.caution_color(),
            CriterionStatus.MISSED: theme.warning_color()}.get(value)  # fmt: skip


# -- risks ------------------------------------------------------------------------------------------------------
def _probability(value) -> int:
    return int(value)


class RisksPage(QWidget):
    def __init__(self, view: ProjectView) -> None:
        super().__init__(view)
        self.view = view
        self.cell: tuple[int, int] | None = None
        today = view.today
        columns = [
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
                _choices(RiskStatus),
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
            Col(tr("Project", "Response"), lambda r: r.response, "response", Kind.CHOICE, _choices(Response), width=92),
            Col(
                tr("Project", "Owner"), lambda r: r.owner, "owner", Kind.CHOICE, choices=view.people_choices, width=120
            ),
            Col(tr("Project", "Category"), lambda r: r.category, "category", width=96),
            Col(tr("Project", "Cause"), lambda r: r.cause, "cause", width=200),
            Col(tr("Project", "Mitigation"), lambda r: r.mitigation, "mitigation", width=220),
            Col(
                tr("Project", "Mitigation tasks"),
                lambda r: view.charter._task_titles(r.task_ids),
                "task_ids",
                Kind.CHOICE,
                choices=view.task_choices,
                parse=lambda v: [] if v is None else [v],
                width=160,
            ),
            Col(tr("Project", "Trigger"), lambda r: r.trigger, "trigger", width=160),
            Col(tr("Project", "Contingency"), lambda r: r.contingency, "contingency", width=180),
        ]
        self.model, self.table = view.table_for(
            "risk", columns, lambda: project_risks(view.ws, view.project_id) if view.project_id else [],
            kinds=("task", "person"), text=lambda r: " ".join((r.name, r.cause, r.category, r.owner, r.mitigation)),
        )  # fmt: skip
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.heat = HeatMap(self)
        self.heat.cell_clicked.connect(self.set_cell)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.overdue = QLabel()
        self.overdue.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(_title(tr("Project", "Probability × impact")))
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
        self.filter_label = QLabel()
        right = QVBoxLayout()
        right.addLayout(_toolbar(
            _button(tr("Project", "Add risk"), self.add, "add"),
            _button(tr("Project", "Delete"), self.delete, "delete"),
            self.filter_label,
        ))  # fmt: skip
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(side)
        layout.addLayout(right, 1)

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
        risks = project_risks(self.view.ws, self.view.project_id) if self.view.project_id else []
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


# -- stakeholders ------------------------------------------------------------------------------------------------
class StakeholdersPage(QWidget):
    def __init__(self, view: ProjectView) -> None:
        super().__init__(view)
        self.view = view
        columns = [
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
                _choices(Engagement),
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
                _choices(Engagement),
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
        self.model, self.table = view.table_for(
            "stakeholder", columns, lambda: project_stakeholders(view.ws, view.project_id) if view.project_id else [],
            text=lambda s: " ".join((s.name, s.role, s.organisation)),
        )  # fmt: skip
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen_changed())
        log_columns = [
            Col(tr("Project", "Date"), lambda i: i.day, "day", Kind.DATE, width=100),
            Col(tr("Project", "How"), lambda i: i.channel, "channel", width=90),
            Col(tr("Project", "What was said"), lambda i: i.summary, "summary", width=300),
            Col(tr("Project", "Feedback"), lambda i: i.feedback, "feedback"),
        ]
        self.log, self.log_table = view.table_for("interaction", log_columns, self._log_rows)
        self.grid = PowerInterestGrid(self)
        self.grid.stakeholder_clicked.connect(self.select)
        self.log_title = _title(tr("Project", "Interactions"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(_toolbar(_button(tr("Project", "Add stakeholder"), self.add, "add"),
                                      _button(tr("Project", "Delete"), self.delete, "delete")))  # fmt: skip
        top_layout.addWidget(self.table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        bottom_layout.addLayout(
            _toolbar(
                self.log_title,
                _button(tr("Project", "Log interaction"), self.add_interaction, "add"),
                _button(tr("Project", "Delete"), self.delete_interaction, "delete"),
                stretch_after=0,
            )
        )
        bottom_layout.addWidget(self.log_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([320, 200])
        left = QVBoxLayout()
        left.addWidget(_title(tr("Project", "Power / interest")))
        left.addWidget(self.grid, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(left)
        layout.addWidget(split, 1)

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
        self.grid.set_people(project_stakeholders(self.view.ws, self.view.project_id) if self.view.project_id else [],
                             sid)  # fmt: skip

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
        people = project_stakeholders(self.view.ws, self.view.project_id) if self.view.project_id else []
        self.grid.set_people(people, self.current_id())


# -- budget ------------------------------------------------------------------------------------------------------
class BudgetPage(QWidget):
    def __init__(self, view: ProjectView) -> None:
        super().__init__(view)
        self.view = view
        self.cost_rows = []
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        cost_columns = [
            Col(tr("Project", "Project and summary tasks"), lambda r: ("    " * r.depth) + r.title, width=260),
            Col(
                tr("Project", "Budget"),
                lambda r: r.budget,
                kind=Kind.MONEY,
                width=100,
                tip=lambda r: (
                    tr("Project", "The project's budget")
                    if r.task_id is None
                    else tr("Project", "Cost in the chosen baseline")
                ),
            ),
            Col(tr("Project", "Planned"), lambda r: r.planned, kind=Kind.MONEY, width=100),
            Col(tr("Project", "Actual"), lambda r: r.actual, kind=Kind.MONEY, width=100),
            Col(
                tr("Project", "Planned − budget"),
                lambda r: r.variance if r.budget is not None else None,
                kind=Kind.MONEY,
                color=lambda r: theme.warning_color() if r.budget is not None and r.variance > 0 else None,
                width=120,
            ),
            Col(tr("Project", "Hours logged"), lambda r: round(r.logged_minutes / 60, 1), kind=Kind.NUMBER, width=96),
        ]
        self.costs, self.costs_table = view.table_for("project", cost_columns, self._cost_rows)
        self.costs.record = lambda row: _Keyed(row, self.cost_rows[row]) if 0 <= row < len(self.cost_rows) else None
        self.costs.kinds = set()  # rebuilt by refresh(), from every change
        self.costs_table.setMinimumHeight(190)
        expense_columns = [
            Col(tr("Project", "Date"), lambda e: e.spent_on, "spent_on", Kind.DATE, width=100),
            Col(tr("Project", "Amount"), lambda e: e.amount, "amount", Kind.MONEY, parse=float, width=90),
            Col(tr("Project", "Category"), lambda e: e.category, "category", width=100),
            Col(tr("Project", "Task"), lambda e: view.charter._task_titles([e.task_id] if e.task_id else []), "task_id",
                Kind.CHOICE, choices=view.task_choices, width=170),
            Col(tr("Project", "Description"), lambda e: e.description, "description"),
        ]  # fmt: skip
        self.expenses, self.expenses_table = view.table_for(
            "expense", expense_columns, self._expense_rows, kinds=("task",),
            text=lambda e: f"{e.category} {e.description}",
        )  # fmt: skip
        self.expenses_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        time_columns = [
            Col(tr("Project", "Date"), lambda t: t.start.date() if t.start else None, "start", Kind.DATE,
                parse=lambda d: datetime.combine(d, time(9)), width=100),
            Col(tr("Project", "Hours"), lambda t: None if t.minutes is None else t.minutes / 60, "minutes", Kind.NUMBER,
                parse=lambda h: round(float(h) * 60), width=64,
                tip=lambda t: tr("Project", "The timer is running") if t.minutes is None else ""),
            Col(tr("Project", "Person"), lambda t: logged_by(view.ws, t),
                "person_id", Kind.CHOICE, choices=lambda: [(p.name, p.id) for p in view.ws.ordered("person")],
                width=120),
            Col(tr("Project", "Task"), lambda t: view.charter._task_titles([t.task_id]), width=190),
            Col(tr("Project", "Note"), lambda t: t.note, "note"),
        ]  # fmt: skip
        self.time, self.time_table = view.table_for(
            "time_entry", time_columns, self._time_rows, kinds=("task", "person"),
            text=lambda t: f"{t.note} {view.charter._task_titles([t.task_id])}",
        )  # fmt: skip
        self.time_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.totals)
        layout.addWidget(self.costs_table, 2)
        lower = QHBoxLayout()
        for title, table, add, kind in (
            (tr("Project", "Expenses"), self.expenses_table, self.add_expense, "expense"),
            (tr("Project", "Time logged"), self.time_table, self.add_time, "time_entry"),
        ):
            box = QVBoxLayout()
            box.addLayout(
                _toolbar(
                    _title(title),
                    _button(tr("Project", "Add"), add, "add"),
                    _button(tr("Project", "Delete"), lambda _=False, k=kind, t=table: self._delete(k, t), "delete"),
                    stretch_after=0,
                )
            )
            box.addWidget(table)
            lower.addLayout(box, 1)
        layout.addLayout(lower, 3)

    def _cost_rows(self):
        return [_Keyed(n, r) for n, r in enumerate(self.cost_rows)]

    def _expense_rows(self):
        pid = self.view.project_id
        return [e for e in self.view.ws.expenses.values() if e.project_id == pid]

    def _time_rows(self):
        pid = self.view.project_id
        tasks = self.view.ws.tasks
        return [
            t for t in self.view.ws.time_entries.values() if t.task_id in tasks and tasks[t.task_id].project_id == pid
        ]

    def apply_filter(self) -> None:
        for table in (self.expenses_table, self.time_table):
            table.model().set_filter(self.view.filter_text())

    def _delete(self, kind: str, table) -> None:
        ids = self.view.selected_ids(table)
        if ids:
            self.view.controller.run(DeleteRecords(kind, ids))

    def add_expense(self) -> None:
        if self.view.project_id is not None:
            self.view.controller.run(AddRecord("expense", project_id=self.view.project_id, spent_on=self.view.today(),
                                               description=tr("Project", "New expense")))  # fmt: skip

    def add_time(self) -> None:
        view = self.view
        tasks = [t for t in view.ws.tasks.values() if t.project_id == view.project_id and not view.ws.is_summary(t.id)]
        if not tasks:
            return
        titles = [t.title for t in tasks]
        title = dialogs.ask_choice(self, tr("Project", "Log time"), tr("Project", "Task:"), titles)
        if title is None:
            return
        task = tasks[titles.index(title)]
        person = next(iter(task.assignments), None)
        view.controller.run(AddRecord("time_entry", task_id=task.id, person_id=person, minutes=60,
                                      start=datetime.combine(view.today(), time(9))))  # fmt: skip

    def refresh(self) -> None:
        pid = self.view.project_id
        if pid is None:
            return
        summary = project_costs(self.view.ws, pid)
        self.cost_rows = [summary.project, *summary.rows]
        self.costs.ids = []  # rows are values, not records: rebuild
        self.costs.refresh()
        total = summary.project
        budget = total.budget or 0
        left = budget - total.actual
        color = theme.warning_color().name() if total.planned > budget > 0 else ""
        self.totals.setText(
            tr(
                "Project",
                "<b>Budget</b> {budget} &nbsp;·&nbsp; <b>Planned</b> <span style='color:{color}'>{planned}"
                "</span> &nbsp;·&nbsp; <b>Actual</b> {actual} &nbsp;·&nbsp; <b>Left of the budget</b> {left}"
                " &nbsp;·&nbsp; expenses without a task {unassigned}",
            ).format(
                budget=money(budget),
                color=color,
                planned=money(total.planned),
                actual=money(total.actual),
                left=money(left),
                unassigned=money(summary.unassigned_expenses),
            )
        )
        for model in (self.expenses, self.time):
            model.refresh()


class _Keyed:
    """A computed row with an id, so the generic model can show it."""

    def __init__(self, ident: int, row) -> None:
        self.id, self.row = ident, row

    def __getattr__(self, name):
        return getattr(self.row, name)


# -- baselines ------------------------------------------------------------------------------------------------------
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
            Col(tr("Project", "Finish variance"), lambda r: _days(r.finish_variance), kind=Kind.NUMBER, width=110,
                color=lambda r: theme.warning_color() if r.finish_variance > 0 else None),
            Col(tr("Project", "Duration variance"), lambda r: _days(r.duration_variance), kind=Kind.NUMBER, width=120),
            Col(tr("Project", "Cost variance"), lambda r: r.cost_variance, kind=Kind.MONEY, width=100,
                color=lambda r: theme.warning_color() if r.cost_variance > 0 else None),
        ]  # fmt: skip
        self.variance, self.variance_table = view.table_for("task", variance_columns, self._variance_rows)
        self.variance.record = lambda row: _Keyed(row, self.rows[row]) if 0 <= row < len(self.rows) else None
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
            _toolbar(
                _button(
                    tr("Project", "Save baseline…"), self.save, "backup", tr("Project", "Save the plan as it is now")
                ),
                _button(
                    tr("Project", "Compare against this one"),
                    self.choose,
                    tip=tr("Project", "Compare with, and draw in the Gantt, this baseline"),
                ),
                _button(tr("Project", "Delete"), self.delete, "delete"),
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.result)
        layout.addLayout(
            _toolbar(_title(tr("Project", "Compared with the plan now")), self.only_slipped, stretch_after=1)
        )
        layout.addWidget(self.variance_table, 1)

    def _chosen_id(self):
        baseline = chosen_baseline(self.view.ws, self.view.project_id) if self.view.project_id else None
        return baseline.id if baseline else None

    def _variance_rows(self):
        return [_Keyed(n, r) for n, r in enumerate(self.rows)]

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
            finish = (f"<span style='color:{warn}'>{_days(result.finish_variance)}</span>"
                      if result.finish_variance > 0 else _days(result.finish_variance))  # fmt: skip
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


def logged_by(ws, entry) -> str:
    """Who logged the time: the person, or the name a deleted person had."""
    person = ws.people.get(entry.person_id) if entry.person_id is not None else None
    return person.name if person is not None else entry.person_name
