"""The project view's budget page: costs by category, expenses and time logged."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.core.budget import project_costs
from planner.core.i18n import tr
from planner.core.registers import AddRecord, DeleteRecords
from planner.ui import dialogs, theme
from planner.ui.project.models import Col, Kind, money
from planner.ui.project.parts import Keyed, button, logged_by, section_title, toolbar

if TYPE_CHECKING:
    from planner.ui.project.view import ProjectView


def _cost_columns() -> list[Col]:
    """The cost table's columns: a row for the project, then one for each summary task."""
    return [
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


def _expense_columns(view: ProjectView) -> list[Col]:
    """The expenses' columns."""
    return [
        Col(tr("Project", "Date"), lambda e: e.spent_on, "spent_on", Kind.DATE, width=100),
        Col(tr("Project", "Amount"), lambda e: e.amount, "amount", Kind.MONEY, parse=float, width=90),
        Col(tr("Project", "Category"), lambda e: e.category, "category", width=100),
        Col(tr("Project", "Task"), lambda e: view.task_titles([e.task_id] if e.task_id else []), "task_id",
            Kind.CHOICE, choices=view.task_choices, width=170),
        Col(tr("Project", "Description"), lambda e: e.description, "description"),
    ]  # fmt: skip


def _time_columns(view: ProjectView) -> list[Col]:
    """The columns of the time logged on the project's tasks."""
    return [
        Col(tr("Project", "Date"), lambda t: t.start.date() if t.start else None, "start", Kind.DATE,
            parse=lambda d: datetime.combine(d, time(9)), width=100),
        Col(tr("Project", "Hours"), lambda t: None if t.minutes is None else t.minutes / 60, "minutes", Kind.NUMBER,
            parse=lambda h: round(float(h) * 60), width=64,
            tip=lambda t: tr("Project", "The timer is running") if t.minutes is None else ""),
        Col(tr("Project", "Person"), lambda t: logged_by(view.ws, t),
            "person_id", Kind.CHOICE, choices=lambda: [(p.name, p.id) for p in view.ws.ordered("person")],
            width=120),
        Col(tr("Project", "Task"), lambda t: view.task_titles([t.task_id]), width=190),
        Col(tr("Project", "Note"), lambda t: t.note, "note"),
    ]  # fmt: skip


class BudgetPage(QWidget):
    def __init__(self, view: ProjectView) -> None:
        super().__init__(view)
        self.view = view
        self.cost_rows = []
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.costs, self.costs_table = view.table_for("project", _cost_columns(), self._cost_rows)
        self.costs.record = lambda row: Keyed(row, self.cost_rows[row]) if 0 <= row < len(self.cost_rows) else None
        self.costs.kinds = set()  # rebuilt by refresh(), from every change
        self.costs_table.setMinimumHeight(190)
        self.expenses, self.expenses_table = view.table_for(
            "expense", _expense_columns(view), self._expense_rows, kinds=("task",),
            text=lambda e: f"{e.category} {e.description}",
        )  # fmt: skip
        self.expenses_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.time, self.time_table = view.table_for(
            "time_entry", _time_columns(view), self._time_rows, kinds=("task", "person"),
            text=lambda t: f"{t.note} {view.task_titles([t.task_id])}",
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
                toolbar(
                    section_title(title),
                    button(tr("Project", "Add"), add, "add"),
                    button(tr("Project", "Delete"), lambda _=False, k=kind, t=table: self._delete(k, t), "delete"),
                    stretch_after=0,
                )
            )
            box.addWidget(table)
            lower.addLayout(box, 1)
        layout.addLayout(lower, 3)

    def _cost_rows(self):
        return [Keyed(n, r) for n, r in enumerate(self.cost_rows)]

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
