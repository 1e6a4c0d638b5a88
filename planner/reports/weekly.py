"""The weekly work report for an area or the whole team: what each person finished this week, has in progress
and has overdue; everyone's workload against capacity this week and the next three; and the flow of work
(throughput, cycle time, work in progress, on-time rate) against its targets.

Sections are small functions from a `WeekData` to blocks. Reads the workspace, never changes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from planner.core.i18n import tr
from planner.core.model import StatusKind, Task, Workspace
from planner.core.moved import SinceLast
from planner.core.rules import rule_log
from planner.reports import formats
from planner.reports.blocks import Cell, Chart, Column, Figure, Heading, KeyFigures, Note, Table, Title
from planner.reports.common import chart, hours, is_done, people_count, percent, short_day, where
from planner.reports.document import Report
from planner.reports.moved import moved_section

if TYPE_CHECKING:
    from planner.core.metrics import FlowReport

FLOW_WEEKS = 8
LOAD_WEEKS = 4


@dataclass
class PersonWeek:
    person_id: int
    done: list[Task] = field(default_factory=list)
    doing: list[Task] = field(default_factory=list)
    overdue: list[Task] = field(default_factory=list)


@dataclass
class WeekData:
    ws: Workspace
    today: date
    area_id: int | None
    first_day: date  # the week's first day, as the user's locale starts weeks
    people: list[int]
    by_person: dict[int, PersonWeek]
    unassigned: PersonWeek

    @property
    def doing_ids(self) -> set[int]:
        return {sid for sid, s in self.ws.statuses.items() if s.kind is StatusKind.DOING}

    @property
    def scope_name(self) -> str:
        return self.ws.areas[self.area_id].name if self.area_id is not None else tr("Reports", "Whole team")

    @property
    def scope_key(self):
        return ("area", self.area_id) if self.area_id is not None else None


def week_data(ws: Workspace, today: date, area_id: int | None = None) -> WeekData:
    first_day = formats.week_start(today)
    week_start = datetime.combine(first_day, time())
    kinds = {sid: s.kind for sid, s in ws.statuses.items()}
    tasks = [
        t for t in ws.tasks.values()
        if (area_id is None or t.area_id == area_id) and not ws.is_summary(t.id)
        and not (t.recurrence and t.routine_id is None)
    ]  # fmt: skip
    people = set()
    if area_id is None:
        people = set(ws.people)
    else:
        for task in ws.tasks.values():
            if task.area_id == area_id:
                people.update(pid for pid in task.assignments if pid in ws.people)
    ordered = [p.id for p in ws.ordered("person") if p.id in people]
    by_person = {pid: PersonWeek(pid) for pid in ordered}
    unassigned = PersonWeek(0)
    for task in tasks:
        done = is_done(ws, task)
        rows = []
        due = task.deadline or task.finish
        if done and task.completed is not None and week_start <= task.completed:
            rows.append("done")
        elif not done and due is not None and due.date() < today:
            rows.append("overdue")  # in progress or not: overdue says more
        elif not done and kinds.get(task.status_id) is StatusKind.DOING:
            rows.append("doing")
        if not rows:
            continue
        owners = [by_person[pid] for pid in task.assignments if pid in by_person] or [unassigned]
        for owner in owners:
            for name in rows:
                getattr(owner, name).append(task)
    for week in [*by_person.values(), unassigned]:
        week.done.sort(key=lambda t: t.completed)
        week.doing.sort(key=lambda t: (-t.priority, t.deadline or t.finish or datetime.max))
        week.overdue.sort(key=lambda t: t.deadline or t.finish)
    return WeekData(ws, today, area_id, first_day, ordered, by_person, unassigned)


def weekly_report(ws: Workspace, today: date, area_id: int | None = None, since: SinceLast | None = None) -> Report:
    """The report; with `since`, what moved since the previous weekly report follows the summary."""
    data = week_data(ws, today, area_id)
    first_day, last_day = data.first_day, data.first_day + timedelta(days=6)
    report = Report(tr("Reports", "Weekly work report"), data.scope_name, today)
    report.add(Title(data.scope_name, tr("Reports", "Weekly work report"),
                     tr("Reports", "Week {week}: {first} to {last} {year} · as of {today} · {people}").format(
                         week=formats.week_number(first_day), first=short_day(first_day), last=short_day(last_day),
                         year=last_day.year, today=f"{formats.weekday_name(today, short=False)} {short_day(today)}",
                         people=people_count(len(data.people)))))  # fmt: skip
    for section in SECTIONS:
        report.add(section(data))
        if section is summary and since is not None:
            report.add(moved_section(ws, since))
    return report


# -- sections ---------------------------------------------------------------------------------------------------
def summary(data: WeekData) -> list:
    weeks = [*data.by_person.values(), data.unassigned]
    done = {t.id for w in weeks for t in w.done}
    doing = {t.id for w in weeks for t in w.doing}
    overdue = {t.id for w in weeks for t in w.overdue}
    figures = [
        Figure(
            tr("Reports", "Done this week"),
            str(len(done)),
            tr("Reports", "since {weekday}").format(weekday=formats.weekday_name(data.first_day, short=False)),
            "good" if done else "",
        ),
        Figure(tr("Reports", "In progress"), str(len(doing)), tr("Reports", "in a doing column, not overdue")),
        Figure(
            tr("Reports", "Overdue"),
            str(len(overdue)),
            tr("Reports", "past their due date"),
            "bad" if overdue else "good",
        ),
    ]
    return [Heading(tr("Reports", "This week")), KeyFigures(figures, per_row=3)]


def workload_section(data: WeekData) -> list:
    from planner.core.workload import Unit, workload

    ws = data.ws
    blocks: list = [Heading(tr("Reports", "Workload against capacity"))]
    if not data.people:
        return [*blocks, Note(tr("Reports", "Nobody is assigned to work here yet."))]
    last = data.first_day + timedelta(weeks=LOAD_WEEKS) - timedelta(days=1)
    wl = workload(ws, data.first_day, last, Unit.WEEK, data.people, week_start=formats.first_weekday())
    names = {pid: ws.people[pid].name for pid in data.people}
    columns = [Column(tr("Reports", "Person"), 2.0), Column(tr("Reports", "Capacity"), 1.0, "right")]
    columns += [Column(f"Week of {short_day(wl.starts[i])}", 1.25, "right") for i in range(wl.periods)]
    rows = []
    for pid in data.people:
        cells: list = [Cell(names[pid], bold=True), hours(wl.capacity[pid][0])]
        for i in range(wl.periods):
            share = wl.utilisation(pid, i)
            text = f"{hours(wl.total(pid, i))} · {'∞' if share == float('inf') else percent(share * 100)}"
            tone = "bad" if wl.over(pid, i) else "warn" if share >= 0.9 else ""
            cells.append(Cell(text, tone, bold=bool(wl.over(pid, i))))
        rows.append(cells)
    blocks.append(Table(columns, rows))
    over = wl.over_allocations()
    if over:
        first = over[0]
        text = tr(
            "Reports",
            "{count} person-weeks are over capacity, the first {name} in the week of {day} ({hours} over). Levelling "
            "on the dashboard proposes moves.",
        )
        blocks.append(Note(text.format(count=len(over),
                                       name=ws.people[first.person_id].name, day=short_day(first.start),
                                       hours=hours(first.excess))))  # fmt: skip

    def build(palette):
        from planner.charts.workload import workload_figure

        return workload_figure(wl, names, palette)

    blocks.append(
        Chart(
            tr("Reports", "Workload"),
            figure=chart(build),
            aspect=0.36,
            caption=tr(
                "Reports",
                "The team's hours a week by kind of work; the line is the team's capacity, hatched hours are over it.",
            ),
        )
    )
    return blocks


def people_section(data: WeekData) -> list:
    blocks: list = [Heading(tr("Reports", "Per person"))]
    weeks = [(data.ws.people[pid].name, w) for pid, w in data.by_person.items()]
    if data.unassigned.done or data.unassigned.doing or data.unassigned.overdue:
        weeks.append((tr("Reports", "Not assigned"), data.unassigned))
    for name, week in weeks:
        counts = tr("Reports", "{done} done, {doing} in progress, {overdue} overdue")
        counts = counts.format(done=len(week.done), doing=len(week.doing), overdue=len(week.overdue))
        blocks.append(Heading(f"{name} — {counts}", 2))
        rows = []
        for label, tasks, tone in (("Done", week.done, "good"), ("In progress", week.doing, ""),
                                   ("Overdue", week.overdue, "bad")):  # fmt: skip
            for task in tasks:
                state = {"Done": tr("Reports", "Done"), "In progress": tr("Reports", "In progress")}.get(label)
                if label == "Overdue":
                    late_doing = task.status_id in data.doing_ids
                    state = tr("Reports", "Overdue, in progress") if late_doing else tr("Reports", "Overdue")
                rows.append([Cell(state, tone, bold=True), task.title, where(data.ws, task), _when(label, task)])
        if rows:
            blocks.append(
                Table(
                    [
                        Column(tr("Reports", "State"), 1.3),
                        Column(tr("Reports", "Task"), 3.3),
                        Column(tr("Reports", "Area or project"), 1.7),
                        Column(tr("Reports", "When"), 1.2),
                    ],
                    rows,
                )
            )
        else:
            blocks.append(Note(tr("Reports", "Nothing finished, in progress or overdue this week.")))
    return blocks


def flow_section(data: WeekData) -> list:
    from planner.core.metrics import flow_report

    flow = flow_report(data.ws, data.today, weeks=FLOW_WEEKS, scope=data.scope_key)
    blocks: list = [Heading(tr("Reports", "Flow over the last {weeks} weeks").format(weeks=FLOW_WEEKS))]
    blocks.append(_flow_figures(flow))
    blocks.append(_flow_targets(flow))
    if flow.bottleneck is not None:
        blocks.append(Note(tr("Reports", "Bottleneck: {reason}.").format(reason=flow.bottleneck.reason)))
    blocks.extend(_flow_charts(flow, data.ws))
    return blocks


def _flow_figures(flow: FlowReport) -> KeyFigures:
    """Throughput, cycle time, work in progress and on-time rate, each toned by its target when one is set."""
    mean = flow.mean_throughput()
    p85 = flow.cycle_percentiles.get(85)
    p50 = flow.cycle_percentiles.get(50)
    tones = {r.target.metric: ("good" if r.met else "bad" if r.met is False else "") for r in flow.targets}
    figures = [
        Figure(
            tr("Reports", "Throughput"),
            "—" if mean is None else tr("Reports", "{count:.1f} a week").format(count=mean),
            tr("Reports", "finished items, full weeks"),
            tones.get("throughput", ""),
        ),
        Figure(
            tr("Reports", "Cycle time (85th %)"),
            "—" if p85 is None else tr("Reports", "{days:.1f} days").format(days=p85),
            "—" if p50 is None else tr("Reports", "median {days:.1f} days").format(days=p50),
            tones.get("cycle_time", ""),
        ),
        Figure(
            tr("Reports", "Work in progress"),
            str(flow.wip),
            tr("Reports", "items in doing columns"),
            tones.get("wip", ""),
        ),
        Figure(
            tr("Reports", "On time"),
            percent(None if flow.on_time is None else flow.on_time * 100),
            tr("Reports", "of {count} finished with a due date").format(count=flow.on_time_count),
            tones.get("on_time", ""),
        ),
    ]
    return KeyFigures(figures, per_row=4)


def _flow_targets(flow: FlowReport) -> Table | Note:
    """The scope's flow targets, met or missed; a note saying how to set them when there is none."""
    if not flow.targets:
        return Note(tr("Reports", "No flow targets are set for this scope (the dashboard sets them, for example "
                       "“throughput ≥ 12 a week” or “85 % within 5 days”)."))  # fmt: skip
    rows = []
    for result in flow.targets:
        state = (
            Cell(tr("Reports", "Met"), "good")
            if result.met
            else Cell(tr("Reports", "Missed"), "bad")
            if result.met is False
            else Cell(tr("Reports", "No data yet"), "muted")
        )
        rows.append([result.text.split(":")[0], result.text.split(":", 1)[-1].strip(), state])
    return Table(
        [
            Column(tr("Reports", "Target"), 2.6),
            Column(tr("Reports", "Actual"), 2.0),
            Column(tr("Reports", "Result"), 1.0),
        ],
        rows,
    )


def _flow_charts(flow: FlowReport, ws: Workspace) -> list:
    """The weekly throughput (with its target) and the cycle time of each item finished, as charts."""
    target = next((r.target.value for r in flow.targets if r.target.metric == "throughput"), None)

    def build_throughput(palette):
        from planner.charts.flow import throughput_figure

        return throughput_figure(flow, palette, target)

    def build_cycle(palette):
        from planner.charts.flow import cycle_time_figure

        return cycle_time_figure(flow, {tid: t.title for tid, t in ws.tasks.items()}, palette)

    return [
        Chart(
            tr("Reports", "Throughput"),
            figure=chart(build_throughput),
            aspect=0.3,
            caption=tr("Reports", "Items finished each week; the grey bar is this week so far."),
        ),
        Chart(
            tr("Reports", "Cycle time"),
            figure=chart(build_cycle),
            aspect=0.3,
            caption=tr(
                "Reports", "Days from start to finish of each item finished, with the 50th, 85th and 95th percentiles."
            ),
        ),
    ]


def rules_section(data: WeekData) -> list:
    """What rules did this week (the rule log), in this scope: acting on its tasks, or scoped to its area."""
    ws = data.ws
    since = datetime.combine(data.first_day, time())
    entries = [
        e for e in reversed(rule_log(ws, since=since))
        if data.area_id is None or _log_area(ws, e) == data.area_id
    ]  # fmt: skip
    blocks: list = [Heading(tr("Reports", "What rules did"))]
    if not entries:
        return [
            *blocks,
            Note(
                tr("Reports", "No rule acted this week.")
                if ws.rules
                else tr("Reports", "There are no rules (Edit ▸ Rules…).")
            ),
        ]
    rows = [
        [f"{formats.weekday_day_month(e.at)} {formats.clock(e.at)}", Cell(e.rule_name, bold=True), e.did, e.change]
        for e in entries
    ]
    columns = [
        Column(tr("Reports", "When"), 1.4),
        Column(tr("Reports", "Rule"), 1.6),
        Column(tr("Reports", "What it did"), 3.6),
        Column(tr("Reports", "After"), 1.4),
    ]
    return [*blocks, Table(columns, rows)]


def _log_area(ws: Workspace, entry) -> int | None:
    task = ws.tasks.get(entry.task_id)
    if task is not None:
        return task.area_id
    rule = ws.rules.get(entry.rule_id)
    return rule.area_id if rule is not None else None


SECTIONS = [summary, workload_section, people_section, rules_section, flow_section]


def _when(label: str, task: Task) -> Cell:
    if label == "Done":
        return Cell(tr("Reports", "done {day}").format(day=formats.weekday_day_month(task.completed)))
    due = task.deadline or task.finish
    if due is None:
        return Cell(tr("Reports", "no due date"), "muted")
    return Cell(tr("Reports", "due {day}").format(day=short_day(due)), "bad" if label == "Overdue" else "")
