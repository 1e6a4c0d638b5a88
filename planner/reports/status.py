"""The project status report: charter summary and health, milestones against the baseline, a Gantt snapshot of
the coming weeks, progress and earned value with the S-curve, top risks, budget against actual, stakeholder notes.

Each section is a small function from a `StatusData` to blocks; a section whose data the workspace does not hold
yet says so in a line instead of failing. Reads the workspace, never changes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.core.i18n import plural, tr
from planner.core.model import Workspace
from planner.core.moved import SinceLast
from planner.reports import formats
from planner.reports.blocks import Cell, Chart, Column, Fields, Figure, Heading, KeyFigures, Note, Table, Title
from planner.reports.common import (
    amount,
    chart,
    day,
    days_text,
    is_done,
    money,
    percent,
    ratio,
    short_day,
    signed_money,
    working_days,
)
from planner.reports.document import Report, long_date
from planner.reports.moved import moved_section

TOP_RISKS = 5
NOTES_DAYS = 30  # stakeholder interactions this recent are reported
HEALTH_TONE = {"on track": "good", "at risk": "warn", "off track": "bad"}


@dataclass
class StatusData:
    ws: Workspace
    project_id: int
    today: date
    status: datetime
    ev: object | None  # planner.core.earned_value.EarnedValue
    health: object | None  # planner.core.project.HealthReport

    @property
    def project(self):
        return self.ws.projects[self.project_id]


def status_data(ws: Workspace, project_id: int, today: date) -> StatusData:
    from planner.core.earned_value import earned_value, status_moment
    from planner.core.project import project_health

    status = status_moment(ws, project_id, today)
    ev = earned_value(ws, project_id, status)
    return StatusData(ws, project_id, today, status, ev, project_health(ws, project_id, ev))


def status_report(ws: Workspace, project_id: int, today: date, since: SinceLast | None = None) -> Report:
    """The report; with `since`, what moved since the previous status report follows the summary."""
    data = status_data(ws, project_id, today)
    project = data.project
    report = Report(tr("Reports", "Project status report"), project.name, today)
    facts = [tr("Reports", "Status date {day}").format(day=long_date(data.status.date()))]
    if project.manager:
        facts.append(tr("Reports", "Project manager {name}").format(name=project.manager))
    if project.sponsor:
        facts.append(tr("Reports", "Sponsor {name}").format(name=project.sponsor))
    report.add(Title(project.name, tr("Reports", "Project status report"), " · ".join(facts)))
    for section in SECTIONS:
        report.add(section(data))
        if section is summary and since is not None:
            report.add(moved_section(ws, since))
    return report


# -- sections ---------------------------------------------------------------------------------------------------
def summary(data: StatusData) -> list:
    ws, project, ev = data.ws, data.project, data.ev
    health = data.health
    figures = [
        Figure(
            tr("Reports", "Health"),
            health.health.label,
            _health_detail(health),
            HEALTH_TONE.get(health.health.value, ""),
        )
    ]
    figures.append(
        Figure(
            tr("Reports", "Progress"), percent(_progress(ws, data.project_id)), tr("Reports", "work done, by duration")
        )
    )
    finish = ev.forecast_finish
    target = project.target_finish
    late = working_days(ws, target, finish) if finish and target else 0.0
    tone = "bad" if late > 5 else "warn" if late > 0 else "good"
    if not target:
        detail = tr("Reports", "no target finish set")
    elif abs(late) < 0.05:
        detail = tr("Reports", "on the target finish, {day}").format(day=short_day(target))
    else:
        text = (
            tr("Reports", "{days:g} working days after the target {day}")
            if late > 0
            else tr("Reports", "{days:g} working days before the target {day}")
        )
        detail = text.format(days=abs(late), day=short_day(target))
    figures.append(Figure(tr("Reports", "Forecast finish"), day(finish), detail, tone if target and finish else ""))
    figures.append(
        Figure(
            tr("Reports", "Schedule index"),
            ratio(ev.spi),
            tr("Reports", "SPI: earned ÷ planned value"),
            _index_tone(ev.spi),
        )
    )
    figures.append(
        Figure(
            tr("Reports", "Cost index"),
            ratio(ev.cpi),
            tr("Reports", "CPI: earned value ÷ actual cost"),
            _index_tone(ev.cpi),
        )
    )
    if project.budget:
        spent = ev.ac / project.budget * 100
        figures.append(
            Figure(
                tr("Reports", "Budget used"),
                percent(spent),
                tr("Reports", "{spent} of {budget}").format(spent=amount(ev.ac), budget=amount(project.budget)),
            )
        )
    else:
        figures.append(Figure(tr("Reports", "Actual cost"), amount(ev.ac), tr("Reports", "no budget set")))
    return [Heading(tr("Reports", "Summary")), KeyFigures(figures, per_row=3)]


def charter(data: StatusData) -> list:
    project = data.project
    rows = [
        (tr("Reports", "Objectives"), project.objectives),
        (tr("Reports", "Scope"), project.scope),
        (tr("Reports", "In scope"), project.in_scope),
        (tr("Reports", "Out of scope"), project.out_of_scope),
        (
            tr("Reports", "Dates"),
            tr("Reports", "{start} to the target finish {finish}").format(
                start=day(project.start), finish=day(project.target_finish)
            ),
        ),
        (tr("Reports", "Health"), _health_text(data.health)),
    ]
    blocks: list = [Heading(tr("Reports", "Charter")), Fields([(label, text) for label, text in rows if text])]
    deliverables = sorted((d for d in data.ws.deliverables.values() if d.project_id == data.project_id),
                          key=lambda d: (d.position, d.id))  # fmt: skip
    if deliverables:
        tones = {"accepted": "good", "rejected": "bad", "submitted": "warn"}
        blocks.append(Heading(tr("Reports", "Deliverables"), 2))
        blocks.append(
            Table(
                [
                    Column(tr("Reports", "Deliverable"), 2.2),
                    Column(tr("Reports", "Description"), 3.2),
                    Column(tr("Reports", "Due"), 1.0),
                    Column(tr("Reports", "Acceptance"), 1.0),
                ],
                [
                    [
                        Cell(d.name, bold=True),
                        d.description,
                        day(d.due),
                        Cell(d.acceptance.label, tones.get(d.acceptance, "")),
                    ]
                    for d in deliverables
                ],
            )
        )
    criteria = sorted((c for c in data.ws.success_criteria.values() if c.project_id == data.project_id),
                      key=lambda c: (c.position, c.id))  # fmt: skip
    if criteria:
        tones = {"met": "good", "on track": "good", "at risk": "warn", "missed": "bad", "not measured": "muted"}
        blocks.append(Heading(tr("Reports", "Success criteria"), 2))
        blocks.append(
            Table(
                [
                    Column(tr("Reports", "Criterion"), 2.3),
                    Column(tr("Reports", "Measure"), 2.5),
                    Column(tr("Reports", "Target"), 1.1),
                    Column(tr("Reports", "Now"), 1.1),
                    Column(tr("Reports", "Status"), 1.2),
                ],
                [
                    [
                        Cell(c.name, bold=True),
                        c.measure,
                        c.target,
                        c.current or "—",
                        Cell(c.status.label, tones[c.status]),
                    ]
                    for c in criteria
                ],
            )
        )
    return blocks


def milestones(data: StatusData) -> list:
    ws = data.ws
    from planner.core.baselines import chosen_baseline

    baseline = chosen_baseline(ws, data.project_id)
    rows = []
    for tid in ws.outline(("project", data.project_id)):
        task = ws.tasks[tid]
        if not task.milestone:
            continue
        planned = None
        if baseline is not None and tid in baseline.tasks:
            planned = baseline.tasks[tid].finish
        variance = working_days(ws, planned, task.finish) if planned is not None else None
        if is_done(ws, task):
            state = Cell(tr("Reports", "Reached"), "good")
        elif task.finish is not None and task.finish < data.status:
            state = Cell(tr("Reports", "Overdue"), "bad")
        elif variance is not None and variance > 0:
            state = Cell(tr("Reports", "Late"), "warn" if variance <= 5 else "bad")
        else:
            state = Cell(tr("Reports", "On plan"), "good")
        var_cell = Cell(tr("Reports", "new") if planned is None and baseline is not None else "—", "muted")
        if variance is not None:
            var_cell = Cell(days_text(variance), "bad" if variance > 0 else "good" if variance < 0 else "")
        rows.append([Cell(task.title, bold=True), day(planned), day(task.finish), var_cell, state])
    blocks: list = [Heading(tr("Reports", "Milestones"))]
    if not rows:
        return [*blocks, Note(tr("Reports", "This project has no milestones yet."))]
    planned_name = (
        tr("Reports", "Planned ({baseline})").format(baseline=baseline.name)
        if baseline is not None
        else tr("Reports", "Planned (no baseline)")
    )
    blocks.append(
        Table(
            [
                Column(tr("Reports", "Milestone"), 3),
                Column(planned_name, 1.6),
                Column(tr("Reports", "Forecast"), 1.3),
                Column(tr("Reports", "Variance"), 1.0, "right"),
                Column(tr("Reports", "State"), 1.0),
            ],
            rows,
        )
    )
    if baseline is None:
        blocks.append(
            Note(tr("Reports", "No baseline has been saved for this project, so there is no plan to compare against."))
        )
    return blocks


def coming_weeks(data: StatusData) -> list:
    from planner.reports.gantt import GanttBlock, gantt_snapshot

    snap = gantt_snapshot(data.ws, data.project_id, data.status)
    caption = tr(
        "Reports",
        "Bars show the plan now (filled part: done), the grey line under a bar the baseline, arrows "
        "the links, red the critical path; the dashed line is the status date; shaded days are not "
        "worked.",
    )
    if snap.hidden:
        caption += " " + plural("The Gantt view shows %n more task(s) active in these weeks.", None, snap.hidden)
    title = tr("Reports", "Coming weeks: {first} to {last}").format(
        first=short_day(snap.first), last=short_day(snap.last - timedelta(days=1))
    )
    return [Heading(title), GanttBlock(snap, caption)]


def earned_value_section(data: StatusData) -> list:
    ev = data.ev
    blocks: list = [Heading(tr("Reports", "Progress and earned value"))]
    if not ev.bac:
        return [
            *blocks,
            Note(
                tr(
                    "Reports",
                    "Nothing in this project has a cost yet (people with rates, fixed costs), so there is "
                    "no earned value to report.",
                )
            ),
        ]
    against = (
        tr("Reports", "against the baseline “{name}”").format(name=ev.baseline_name)
        if ev.baseline_name
        else tr("Reports", "against the plan as it is now")
    )
    figures = [
        Figure(tr("Reports", "Planned value"), amount(ev.pv), tr("Reports", "PV: work planned by the status date")),
        Figure(tr("Reports", "Earned value"), amount(ev.ev), tr("Reports", "EV: work done, at budget")),
        Figure(tr("Reports", "Actual cost"), amount(ev.ac), tr("Reports", "AC: logged time and expenses")),
        Figure(
            tr("Reports", "Schedule variance"),
            signed_money(ev.sv),
            tr("Reports", "SV = EV − PV"),
            "bad" if ev.sv < 0 else "good",
        ),
        Figure(
            tr("Reports", "Cost variance"),
            signed_money(ev.cv),
            tr("Reports", "CV = EV − AC"),
            "bad" if ev.cv < 0 else "good",
        ),
        Figure(tr("Reports", "Budget at completion"), amount(ev.bac), "BAC " + against),
        Figure(
            tr("Reports", "Estimate at completion"),
            amount(ev.eac),
            tr("Reports", "EAC = BAC ÷ CPI"),
            "bad" if ev.eac > ev.bac * 1.02 else "",
        ),
        Figure(tr("Reports", "Estimate to complete"), amount(ev.etc), tr("Reports", "ETC = EAC − AC")),
        Figure(
            tr("Reports", "Variance at completion"),
            signed_money(ev.vac),
            tr("Reports", "VAC = BAC − EAC"),
            "bad" if ev.vac < 0 else "good",
        ),
    ]
    blocks.append(KeyFigures(figures, per_row=3))
    ws, pid, today, name = data.ws, data.project_id, data.today, data.project.name

    def build(palette):
        from planner.charts.projects import earned_value_curve, earned_value_figure

        return earned_value_figure(earned_value_curve(ws, pid, today, points=24), name, palette)

    caption = (
        "Planned value over the whole plan; earned value and actual cost to the status date (dotted line); the "
        "solid red line is the forecast finish by earned schedule."
    )
    blocks.append(Chart(tr("Reports", "Earned value S-curve"), figure=chart(build), aspect=0.45, caption=caption))
    return blocks


def top_risks(data: StatusData) -> list:
    from planner.core.risks import RiskStatus, project_risks

    risks = [r for r in project_risks(data.ws, data.project_id) if r.status is not RiskStatus.CLOSED]
    blocks: list = [Heading(tr("Reports", "Top risks"))]
    if not risks:
        return [*blocks, Note(tr("Reports", "No open risks are recorded for this project."))]
    shown = risks[:TOP_RISKS]
    rows = [
        [Cell(r.name, bold=True), r.owner or "—", _score_cell(r), r.response.label, r.mitigation or "—",
         Cell(day(r.review_date), "bad" if r.review_overdue(data.today) else "")]
        for r in shown
    ]  # fmt: skip
    blocks.append(
        Table(
            [
                Column(tr("Reports", "Risk"), 2.4),
                Column(tr("Reports", "Owner"), 1.2),
                Column(tr("Reports", "Score"), 0.8, "center"),
                Column(tr("Reports", "Response"), 0.95),
                Column(tr("Reports", "Mitigation"), 2.6),
                Column(tr("Reports", "Review"), 1.0),
            ],
            rows,
        )
    )
    if len(risks) > len(shown):
        blocks.append(Note(plural("The risk register lists %n more open risk(s).", None, len(risks) - len(shown))))
    return blocks


def budget(data: StatusData) -> list:
    from planner.core.budget import project_costs

    costs = project_costs(data.ws, data.project_id, until=data.status)
    project = data.project
    blocks: list = [Heading(tr("Reports", "Budget and actual cost"))]
    total = costs.project
    if not project.budget and not total.planned and not total.actual:
        return [*blocks, Note(tr("Reports", "This project has no budget, planned cost or actual cost yet."))]
    over = total.planned - project.budget if project.budget else None
    figures = [
        Figure(tr("Reports", "Budget"), amount(project.budget or None), tr("Reports", "the charter's budget")),
        Figure(
            tr("Reports", "Planned cost"),
            amount(total.planned),
            tr("Reports", "the plan now, at completion"),
            ("bad" if over > 0 else "good") if over is not None else "",
        ),
        Figure(
            tr("Reports", "Actual to date"),
            amount(total.actual),
            tr("Reports", "{hours} logged, with expenses").format(hours=formats.hours(total.logged_minutes / 60)),
        ),
    ]
    blocks.append(KeyFigures(figures, per_row=3, keep=True))
    rows = []
    for row in costs.rows:
        if row.depth > 1:
            continue
        variance = row.planned - row.budget if row.budget is not None else None
        rows.append([
            Cell(row.title, bold=row.depth == 0, indent=row.depth), money(row.budget), money(row.planned),
            Cell(signed_money(variance) if variance is not None else "—",
                 "bad" if variance and variance > 0.5 else "good" if variance is not None else ""),
            money(row.actual),
        ])  # fmt: skip
    if costs.unassigned_expenses:
        rows.append(
            [
                Cell(tr("Reports", "Project expenses (no task)"), "muted"),
                "—",
                "—",
                "—",
                money(costs.unassigned_expenses),
            ]
        )
    rows.append(
        [
            Cell(tr("Reports", "Total"), bold=True),
            Cell(money(total.budget), bold=True),
            Cell(money(total.planned), bold=True),
            Cell(signed_money(total.variance) if total.budget else "—", bold=True),
            Cell(money(total.actual), bold=True),
        ]
    )
    blocks.append(
        Table(
            [
                Column(tr("Reports", "Phase"), 3),
                Column(tr("Reports", "Baseline"), 1.2, "right"),
                Column(tr("Reports", "Planned"), 1.2, "right"),
                Column(tr("Reports", "Variance"), 1.2, "right"),
                Column(tr("Reports", "Actual"), 1.2, "right"),
            ],
            rows,
        )
    )
    return blocks


def stakeholder_notes(data: StatusData) -> list:
    from planner.core.stakeholders import project_stakeholders

    ws = data.ws
    people = {s.id: s for s in project_stakeholders(ws, data.project_id)}
    blocks: list = [Heading(tr("Reports", "Stakeholder notes"))]
    if not people:
        return [*blocks, Note(tr("Reports", "No stakeholders are recorded for this project."))]
    since = data.today - timedelta(days=NOTES_DAYS)
    recent = sorted((i for i in ws.interactions.values() if i.stakeholder_id in people and i.day and i.day >= since),
                    key=lambda i: (i.day, i.id), reverse=True)  # fmt: skip
    if recent:
        blocks.append(
            Table(
                [
                    Column(tr("Reports", "Date"), 0.9),
                    Column(tr("Reports", "Stakeholder"), 1.5),
                    Column(tr("Reports", "Channel"), 0.9),
                    Column(tr("Reports", "What was said"), 2.6),
                    Column(tr("Reports", "Feedback"), 2.6),
                ],
                [
                    [
                        short_day(i.day),
                        Cell(people[i.stakeholder_id].name, bold=True),
                        i.channel,
                        i.summary,
                        i.feedback or "—",
                    ]
                    for i in recent
                ],
            )
        )
    else:
        blocks.append(
            Note(
                tr("Reports", "No interactions with stakeholders were logged in the last {days} days.").format(
                    days=NOTES_DAYS
                )
            )
        )
    gaps = [s for s in people.values() if s.engagement_gap > 0]
    if gaps:
        text = "; ".join(f"{s.name} ({s.current_engagement.label.lower()} → {s.desired_engagement.label.lower()})"
                         for s in sorted(gaps, key=lambda s: (-s.influence, s.name)))  # fmt: skip
        blocks.append(Fields([(tr("Reports", "Engagement to raise"), text)]))
    return blocks


SECTIONS = [summary, charter, milestones, coming_weeks, earned_value_section, top_risks, budget, stakeholder_notes]


# -- helpers ------------------------------------------------------------------------------------------------------
def _progress(ws: Workspace, project_id: int) -> float | None:
    total = done = 0.0
    for task in ws.tasks.values():
        if task.project_id != project_id or ws.is_summary(task.id) or task.milestone:
            continue
        weight = task.duration or 0
        total += weight
        done += weight * (100 if is_done(ws, task) else task.percent_complete) / 100
    return done / total * 100 if total else None


def _index_tone(value: float | None) -> str:
    if value is None:
        return ""
    return "good" if value >= 0.95 else "warn" if value >= 0.85 else "bad"


def _health_detail(health) -> str:
    if health.overridden:
        return tr("Reports", "set by hand (derived: {health})").format(health=health.derived.label.lower())
    from planner.core.project import OFF_TRACK_INDEX

    worst = sorted(health.reasons, key=lambda r: f"below {OFF_TRACK_INDEX}" not in r)  # what made it off track
    return worst[0] if worst else ""


def _health_text(health) -> str:
    text = health.health.label
    if health.overridden:
        text += tr("Reports", ", set by hand (the figures say {health})").format(health=health.derived.label.lower())
        if health.comment:
            text += f": {health.comment}"
    return text + ". " + "; ".join(r[0].upper() + r[1:] for r in health.reasons) + "."


def _score_cell(risk) -> Cell:
    tone = {"high": "bad", "medium": "warn", "low": "good"}[risk.severity.value]
    return Cell(f"{risk.score} ({risk.probability}×{risk.impact})", tone, bold=True)
