"""Printed and PDF reports through Qt's print system.

`REPORTS` names every report with the scope it needs; `build_report` turns the workspace into a `Report` (blocks),
and `write_pdf` or `paint_report` (onto a QPrinter) lays it out on pages. The command line (`planner report`) and
the window (File ▸ Print Report…) both go through here, so they print the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from planner.core.i18n import tr


@dataclass(frozen=True)
class ReportKind:
    name: str  # as the command line says it
    title: str
    scope: str  # "project": needs a project; "area": an area or the whole team; "either": a project or an area
    landscape: bool = False  # what reads best, when the reader does not choose

    @property
    def label(self) -> str:
        """The title in the user's language (`_titles` shows lupdate the English keys)."""
        return tr("Reports", self.title)


REPORTS: dict[str, ReportKind] = {
    "status": ReportKind("status", "Project status", "project"),
    "weekly": ReportKind("weekly", "Weekly work report", "area"),
    "risks": ReportKind("risks", "Risk register", "project"),
    "stakeholders": ReportKind("stakeholders", "Stakeholder register", "project"),
    "tasks": ReportKind("tasks", "Task list", "either"),
    "board": ReportKind("board", "Board snapshot", "area", landscape=True),
    "usage": ReportKind("usage", "Resource usage", "area", landscape=True),
}


def _titles() -> list[str]:
    """Never called: the report titles above as literals, so that lupdate puts them in the .ts files."""
    return [
        tr("Reports", "Project status"),
        tr("Reports", "Weekly work report"),
        tr("Reports", "Risk register"),
        tr("Reports", "Stakeholder register"),
        tr("Reports", "Task list"),
        tr("Reports", "Board snapshot"),
        tr("Reports", "Resource usage"),
    ]


class ReportError(ValueError):
    """A report cannot be made as asked (no such project, a scope the report does not take…)."""


# The reports that list what moved since the previous one of their kind and scope (planner.core.moved).
SINCE_LAST = ("status", "weekly")


def build_report(
    ws, kind: str, scope: tuple[str, int] | None, today: date, columns: Sequence[str] | None = None, since=None
):
    """The `kind` report of `scope` (("project", id), ("area", id), or None for the whole team) as of `today`;
    `since` (a `planner.core.moved.SinceLast`) adds what moved since the last one to the reports that take it."""
    if kind not in REPORTS:
        text = tr("Reports", "“{kind}” is not a report; choose one of {kinds}")
        raise ReportError(text.format(kind=kind, kinds=", ".join(REPORTS)))
    need = REPORTS[kind].scope
    if scope is not None and scope[1] not in ws.table(scope[0]):
        text = (
            tr("Reports", "there is no project {id}")
            if scope[0] == "project"
            else tr("Reports", "there is no area {id}")
        )
        raise ReportError(text.format(id=scope[1]))
    if need == "project" and (scope is None or scope[0] != "project"):
        text = tr("Reports", "the {report} is about one project: say which")
        raise ReportError(text.format(report=REPORTS[kind].label.lower()))
    if kind == "tasks" and scope is None:
        raise ReportError(tr("Reports", "the task list is of one project or area: say which"))
    if kind == "status":
        from planner.reports.status import status_report

        return status_report(ws, scope[1], today, since)
    if kind == "weekly":
        from planner.reports.weekly import weekly_report

        if scope is not None and scope[0] != "area":
            raise ReportError(
                tr("Reports", "the weekly work report is of an area or of the whole team, not of a project")
            )
        return weekly_report(ws, today, scope[1] if scope else None, since)
    if kind == "risks":
        from planner.reports.registers import risk_register

        return risk_register(ws, scope[1], today)
    if kind == "stakeholders":
        from planner.reports.registers import stakeholder_register

        return stakeholder_register(ws, scope[1], today)
    if kind == "tasks":
        from planner.reports.registers import DEFAULT_TASK_COLUMNS, check_columns, task_list

        try:
            chosen = check_columns(columns) if columns else list(DEFAULT_TASK_COLUMNS)
        except ValueError as exc:
            raise ReportError(str(exc)) from None
        return task_list(ws, scope, today, chosen)
    if kind == "usage":
        from planner.reports.usage import usage_report

        if scope is not None and scope[0] != "area":
            raise ReportError(tr("Reports", "resource usage is of an area or of the whole team, not of a project"))
        return usage_report(ws, today, scope[1] if scope else None)
    from planner.reports.board import board_report

    return board_report(ws, scope, today)
