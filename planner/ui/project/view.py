"""`ProjectView`: the registers of the project chosen in the sidebar, on five pages (charter, risks, stakeholders,
budget, baselines). Every edit is a core command run by the controller; the pages keep nothing but what they show.
When the scope is not a project it says so and offers the projects to pick from. Each page is a module of its own
(charter.py, risks.py, stakeholders.py, budget.py, baselines.py); what they share is in parts.py.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.i18n import tr
from planner.ui import theme
from planner.ui.controller import Controller
from planner.ui.guard import guarded
from planner.ui.models.task_filter import TaskFilterProxy
from planner.ui.new_project_dialog import ask_new_project
from planner.ui.project.baselines import BaselinesPage
from planner.ui.project.budget import BudgetPage
from planner.ui.project.charter import CharterPage
from planner.ui.project.models import ROLE_ID, ChoiceDelegate, Col, RecordFilterProxy, RecordTableModel
from planner.ui.project.risks import RisksPage
from planner.ui.project.stakeholders import StakeholdersPage
from planner.ui.widgets import NoTaskSelection

PAGES = ("Charter", "Risks", "Stakeholders", "Budget", "Baselines")  # English keys; `_page_title` shows them


def _page_title(page: str) -> str:
    titles = {"Charter": tr("Project", "Charter"), "Risks": tr("Project", "Risks"),
              "Stakeholders": tr("Project", "Stakeholders"), "Budget": tr("Project", "Budget"),
              "Baselines": tr("Project", "Baselines")}  # fmt: skip
    return titles[page]


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

    def task_titles(self, ids) -> str:
        """The titles of the tasks `ids` names, those deleted left out."""
        tasks = self.ws.tasks
        return ", ".join(tasks[t].title for t in ids if t in tasks)

    def people_choices(self):
        return [("—", "")] + [(p.name, p.name) for p in self.ws.ordered("person")]

    def task_choices(self):
        tasks = [t for t in self.ws.tasks.values() if t.project_id == self.project_id]
        return [("—", None)] + [(t.title, t.id) for t in sorted(tasks, key=lambda t: (t.start or datetime.max, t.id))]


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
