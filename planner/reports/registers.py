"""Register reports: the risk register (heat map, every risk and its responses), the stakeholder register (grid,
engagement, communication plan, interaction log) and the task list with the columns the reader chooses.

Reads the workspace, never changes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from planner.core.i18n import plural, tr
from planner.core.model import Task, Workspace
from planner.core.recurrence import repeat_text
from planner.reports.blocks import Cell, Chart, Column, Figure, Heading, KeyFigures, Note, Table, Title
from planner.reports.common import day, is_done, money, people_names, short_day
from planner.reports.document import Canvas, Palette, Report

SEVERITY_TONE = {"high": "bad", "medium": "warn", "low": "good"}


# -- risks ----------------------------------------------------------------------------------------------------
def risk_register(ws: Workspace, project_id: int, today: date) -> Report:
    from planner.core.risks import heat_map, project_risks

    project = ws.projects[project_id]
    report = Report(tr("Reports", "Risk register"), project.name, today)
    report.add(Title(project.name, tr("Reports", "Risk register"), tr("Reports", "As of {day}").format(day=day(today))))
    risks = project_risks(ws, project_id)
    if not risks:
        report.add(Note(tr("Reports", "No risks are recorded for this project yet.")))
        return report
    report.add(_risk_figures(risks, today))
    cells = dict(heat_map(risks))
    caption = tr("Reports", "Open risks by probability (up) and impact (across): the number in a cell is how many.")
    report.add(Chart(tr("Reports", "Risk heat map"), paint=lambda p, r, c: paint_heat_map(cells, p, r, c), aspect=0.36,
                     caption=caption))  # fmt: skip
    report.add(Heading(tr("Reports", "Risks")))
    report.add(_risk_table(risks, today))
    report.add(Heading(tr("Reports", "Causes and responses")))
    report.add(_responses_table(ws, risks))
    return report


def _risk_figures(risks: list, today: date) -> KeyFigures:
    """Open risks, high severity, occurring and reviews overdue."""
    from planner.core.risks import RiskStatus, overdue_reviews

    open_risks = [r for r in risks if r.status is not RiskStatus.CLOSED]
    high = [r for r in open_risks if r.severity.value == "high"]
    late = overdue_reviews(risks, today)
    return KeyFigures(
        [
            Figure(
                tr("Reports", "Open risks"),
                str(len(open_risks)),
                tr("Reports", "{count} closed").format(count=len(risks) - len(open_risks)),
            ),
            Figure(
                tr("Reports", "High severity"),
                str(len(high)),
                tr("Reports", "score 15 or more"),
                "bad" if high else "good",
            ),
            Figure(
                tr("Reports", "Occurring"),
                str(sum(r.status is RiskStatus.OCCURRING for r in risks)),
                tr("Reports", "happening now"),
                "warn" if any(r.status is RiskStatus.OCCURRING for r in risks) else "",
            ),
            Figure(
                tr("Reports", "Reviews overdue"),
                str(len(late)),
                tr("Reports", "review date passed"),
                "bad" if late else "good",
            ),
        ],
        per_row=4,
    )


def _risk_table(risks: list, today: date) -> Table:
    """Every risk, numbered: its score, probability and impact, response, status and review date."""
    rows = []
    for n, risk in enumerate(risks, start=1):
        status_tone = {"occurring": "bad", "closed": "muted"}.get(risk.status.value, "")
        rows.append([
            str(n), Cell(risk.name, bold=True), risk.category or "—", risk.owner or "—",
            Cell(f"{risk.score}", SEVERITY_TONE[risk.severity.value], bold=True),
            f"{risk.probability} × {risk.impact}", risk.response.label, Cell(risk.status.label, status_tone),
            Cell(day(risk.review_date), "bad" if risk.review_overdue(today) else ""),
        ])  # fmt: skip
    return Table(
        [
            Column("#", 0.35, "right"),
            Column(tr("Reports", "Risk"), 3.0),
            Column(tr("Reports", "Category"), 1.1),
            Column(tr("Reports", "Owner"), 1.3),
            Column(tr("Reports", "Score"), 0.7, "center"),
            Column(tr("Reports", "P × I"), 0.7, "center"),
            Column(tr("Reports", "Response"), 1.0),
            Column(tr("Reports", "Status"), 1.0),
            Column(tr("Reports", "Review"), 1.2),
        ],
        rows,
    )


def _responses_table(ws: Workspace, risks: list) -> Table:
    """Each risk's cause, mitigation (with its tasks), trigger and contingency, numbered as in `_risk_table`."""
    rows = []
    titles = {tid: t.title for tid, t in ws.tasks.items()}
    for n, risk in enumerate(risks, start=1):
        tasks = ", ".join(titles[t] for t in risk.task_ids if t in titles)
        plan = risk.mitigation or "—"
        if tasks:
            plan += tr("Reports", " (tasks: {tasks})").format(tasks=tasks)
        rows.append([str(n), risk.cause or "—", plan, risk.trigger or "—", risk.contingency or "—"])
    return Table(
        [
            Column("#", 0.35, "right"),
            Column(tr("Reports", "Cause"), 2.2),
            Column(tr("Reports", "Mitigation"), 2.8),
            Column(tr("Reports", "Trigger"), 1.8),
            Column(tr("Reports", "Contingency"), 2.0),
        ],
        rows,
    )


HEAT = {"low": QColor("#d7eedd"), "medium": QColor("#fbe3b8"), "high": QColor("#f6c4bf")}


def paint_heat_map(cells: dict, painter: QPainter, rect: QRectF, canvas: Canvas) -> None:
    """A 5 × 5 probability × impact grid, each cell tinted by its severity, with the count of open risks in it."""
    from planner.core.risks import IMPACT_WORDS, PROBABILITY_WORDS, severity

    small, bold = canvas.font(7), canvas.font(11, bold=True)
    label_w = canvas.pt(70)
    foot = canvas.line_height(small) * 2 + canvas.pt(4)
    side = min((rect.height() - foot) / 5, (rect.width() - label_w) / 5 / 1.6)
    cell_w = side * 1.6
    left = rect.left() + (rect.width() - label_w - 5 * cell_w) / 2 + label_w
    top = rect.top()
    for p in range(1, 6):
        y = top + (5 - p) * side
        word = f"{PROBABILITY_WORDS[p]} ({p})"
        canvas.draw_lines(painter, [word], small, left - label_w, y + (side - canvas.line_height(small)) / 2,
                          label_w - canvas.pt(6), Palette.muted, "right")  # fmt: skip
        for i in range(1, 6):
            x = left + (i - 1) * cell_w
            box = QRectF(x, y, cell_w, side)
            painter.fillRect(box, HEAT[severity(p, i).value])
            painter.setPen(QPen(QColor("#ffffff"), canvas.pt(1.5)))
            painter.drawRect(box)
            count = cells.get((p, i), 0)
            if count:
                canvas.draw_lines(painter, [str(count)], bold, x, y + (side - canvas.line_height(bold)) / 2, cell_w,
                                  Palette.ink, "center")  # fmt: skip
    for i in range(1, 6):
        x = left + (i - 1) * cell_w
        canvas.draw_lines(painter, [f"{IMPACT_WORDS[i]} ({i})"], small, x, top + 5 * side + canvas.pt(3), cell_w,
                          Palette.muted, "center")  # fmt: skip
    canvas.draw_lines(
        painter,
        [tr("Reports", "Impact →")],
        canvas.font(7, bold=True),
        left,
        top + 5 * side + canvas.pt(3) + canvas.line_height(small),
        5 * cell_w,
        Palette.muted,
        "center",
    )


# -- stakeholders ---------------------------------------------------------------------------------------------
def stakeholder_register(ws: Workspace, project_id: int, today: date) -> Report:
    from planner.core.stakeholders import project_stakeholders

    project = ws.projects[project_id]
    report = Report(tr("Reports", "Stakeholder register"), project.name, today)
    report.add(
        Title(project.name, tr("Reports", "Stakeholder register"), tr("Reports", "As of {day}").format(day=day(today)))
    )
    people = project_stakeholders(ws, project_id)
    if not people:
        report.add(Note(tr("Reports", "No stakeholders are recorded for this project yet.")))
        return report
    report.add(Heading(tr("Reports", "Stakeholders")))
    report.add(_stakeholder_table(people))
    report.add(Heading(tr("Reports", "Communication plan")))
    report.add(_communication_plan(people))
    report.add(Heading(tr("Reports", "Interaction log")))
    report.add(_interaction_log(ws, people))
    return report


def _stakeholder_table(people: list) -> Table:
    """Each stakeholder's role, power and interest, approach, and engagement now and wanted."""
    rows = []
    for person in people:
        gap = person.engagement_gap
        engagement = f"{person.current_engagement.label} → {person.desired_engagement.label}" if gap else \
            person.current_engagement.label  # fmt: skip
        who = person.role + (f", {person.organisation}" if person.organisation else "")
        rows.append([
            Cell(person.name, bold=True), who or "—", f"{person.influence} / {person.interest}",
            person.quadrant.value, Cell(engagement, "warn" if gap > 0 else "good"),
        ])  # fmt: skip
    return Table(
        [
            Column(tr("Reports", "Name"), 1.6),
            Column(tr("Reports", "Role"), 2.2),
            Column(tr("Reports", "Power / interest"), 1.0, "center"),
            Column(tr("Reports", "Approach"), 1.3),
            Column(tr("Reports", "Engagement now → wanted"), 1.9),
        ],
        rows,
    )


def _communication_plan(people: list) -> Table:
    """What each stakeholder gets, how, how often, and who sends it."""
    return Table(
        [
            Column(tr("Reports", "Stakeholder"), 1.6),
            Column(tr("Reports", "What they get"), 2.4),
            Column(tr("Reports", "How"), 1.1),
            Column(tr("Reports", "How often"), 1.3),
            Column(tr("Reports", "Sent by"), 1.3),
        ],
        [
            [
                Cell(p.name, bold=True),
                p.communication or "—",
                p.channel or "—",
                p.frequency or "—",
                p.communication_owner or "—",
            ]
            for p in people
        ],
    )


def _interaction_log(ws: Workspace, people: list) -> Table | Note:
    """Every interaction logged with the stakeholders, the latest first; a note when there is none."""
    from planner.core.stakeholders import interaction_log

    log = []
    for person in people:
        for item in interaction_log(ws, person.id):
            log.append((item.day, person.name, item))
    if not log:
        return Note(tr("Reports", "No interactions have been logged yet."))
    log.sort(key=lambda row: (row[0], row[2].id), reverse=True)
    return Table(
        [
            Column(tr("Reports", "Date"), 1.1),
            Column(tr("Reports", "Stakeholder"), 1.5),
            Column(tr("Reports", "Channel"), 0.9),
            Column(tr("Reports", "What was said"), 2.5),
            Column(tr("Reports", "Feedback"), 2.6),
        ],
        [[day(d), Cell(name, bold=True), item.channel, item.summary, item.feedback or "—"] for d, name, item in log],
    )


# -- the task list --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TaskColumn:
    title: str
    weight: float
    value: Callable  # (ws, task) -> str or Cell
    align: str = "left"

    @property
    def label(self) -> str:
        """The title in the user's language (`_column_titles` shows lupdate the English keys)."""
        return tr("Reports", self.title)


def _status(ws: Workspace, task: Task):
    status = ws.statuses.get(task.status_id)
    return Cell(status.name if status else "—", "good" if is_done(ws, task) else "")


def _duration(ws: Workspace, task: Task) -> str:
    if task.milestone:
        return tr("Reports", "milestone")
    if task.duration is None:
        return "—"
    per_day = ws.calendar.minutes_per_day or 480
    return tr("Reports", "{days:g} d").format(days=task.duration / per_day)


def _deadline(ws: Workspace, task: Task):
    if task.deadline is None:
        return "—"
    late = task.finish is not None and task.finish > task.deadline and not is_done(ws, task)
    return Cell(short_day(task.deadline), "bad" if late else "")


def _cost(ws: Workspace, task: Task) -> str:
    from planner.core.costs import task_planned_cost

    return money(task_planned_cost(ws, task)) if not ws.is_summary(task.id) else ""


TASK_COLUMNS: dict[str, TaskColumn] = {
    "id": TaskColumn("ID", 0.45, lambda ws, t: str(t.id), "right"),
    "status": TaskColumn("Status", 1.0, _status),
    "people": TaskColumn("Assigned", 1.4, lambda ws, t: people_names(ws, t) or "—"),
    "start": TaskColumn("Start", 0.9, lambda ws, t: short_day(t.start)),
    "finish": TaskColumn("Finish", 0.9, lambda ws, t: short_day(t.finish)),
    "duration": TaskColumn("Duration", 0.85, _duration, "right"),
    "percent": TaskColumn("Done", 0.6, lambda ws, t: f"{t.percent_complete} %", "right"),
    "priority": TaskColumn("Priority", 0.8, lambda ws, t: t.priority.label),
    "deadline": TaskColumn("Deadline", 0.9, _deadline),
    "cost": TaskColumn("Planned cost", 1.0, _cost, "right"),
    "repeats": TaskColumn("Repeats", 1.6, lambda ws, t: repeat_text(ws, t) or "—"),
    "labels": TaskColumn("Labels", 1.2, lambda ws, t: ", ".join(sorted(ws.labels[i].name for i in t.labels
                                                                         if i in ws.labels)) or "—"),
}  # fmt: skip
DEFAULT_TASK_COLUMNS = ("status", "people", "start", "finish", "duration", "percent")


def _column_titles() -> list[str]:
    """Never called: the column titles above as literals, so that lupdate puts them in the .ts files."""
    return [
        tr("Reports", "ID"),
        tr("Reports", "Status"),
        tr("Reports", "Assigned"),
        tr("Reports", "Start"),
        tr("Reports", "Finish"),
        tr("Reports", "Duration"),
        tr("Reports", "Done"),
        tr("Reports", "Priority"),
        tr("Reports", "Deadline"),
        tr("Reports", "Planned cost"),
        tr("Reports", "Repeats"),
        tr("Reports", "Labels"),
    ]


def check_columns(names: Sequence[str]) -> list[str]:
    """The chosen task columns, checked; raises ValueError naming an unknown one and the choices."""
    out = []
    for name in names:
        name = name.strip().lower()
        if not name:
            continue
        if name not in TASK_COLUMNS:
            text = tr("Reports", "“{name}” is not a task column; choose from {columns}")
            raise ValueError(text.format(name=name, columns=", ".join(TASK_COLUMNS)))
        if name not in out:
            out.append(name)
    return out


def task_list(ws: Workspace, scope: tuple[str, int], today: date, columns: Sequence[str] = DEFAULT_TASK_COLUMNS
              ) -> Report:  # fmt: skip
    """Every task of a project or an area in outline order (a routine as one row, not its occurrences)."""
    kind, ident = scope
    name = ws.table(kind)[ident].name
    chosen = check_columns(columns)
    report = Report(tr("Reports", "Task list"), name, today)
    rows = []
    stack = [(tid, 0) for tid in reversed(ws.children(scope))]
    done = total = 0
    while stack:
        tid, depth = stack.pop()
        task = ws.tasks[tid]
        kids = ws.children(("task", tid))
        stack.extend((kid, depth + 1) for kid in reversed(kids))
        if task.routine_id is not None:
            continue  # a routine's occurrences: the routine's row stands for them
        summary = bool(kids)
        if not summary:
            total += 1
            done += is_done(ws, task)
        row: list = [Cell(task.title, bold=summary, indent=min(depth, 6))]
        row += [TASK_COLUMNS[c].value(ws, task) for c in chosen]
        rows.append(row)
    report.add(
        Title(
            name,
            tr("Reports", "Task list"),
            tr("Reports", "As of {day} · {tasks}, {done} done").format(
                day=day(today), tasks=plural("%n task(s)", None, total), done=done
            ),
        )
    )
    if not rows:
        report.add(Note(tr("Reports", "{name} has no tasks yet.").format(name=name)))
        return report
    columns_ = [Column(tr("Reports", "Task"), 3.4)] + [
        Column(TASK_COLUMNS[c].label, TASK_COLUMNS[c].weight, TASK_COLUMNS[c].align) for c in chosen
    ]
    report.add(Table(columns_, rows, size=8))
    return report
