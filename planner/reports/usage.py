"""The resource usage report: each person's hours a week against their capacity over the plan's span (at most 52
weeks), as the resource usage view shows them, in tables of a quarter's weeks that fit a landscape page and run
on over further pages. Over-allocated weeks are bold, in the bad tone and marked with "!", so the mark survives
a black-and-white print. Reads the workspace, never changes it.
"""

from __future__ import annotations

from datetime import date, timedelta

from planner.core.i18n import plural, tr
from planner.core.model import ResourceType, Workspace
from planner.core.workload import Unit, Workload, assigned_span, workload
from planner.reports import formats
from planner.reports.blocks import Cell, Column, Figure, Heading, KeyFigures, Note, Table, Title
from planner.reports.common import day, hours, people_count, short_day
from planner.reports.document import Report

MAX_WEEKS = 52
WEEKS_PER_TABLE = 13  # a quarter: thirteen columns of "80 / 40 !" and a total fit a landscape A4 or Letter page


def usage_report(ws: Workspace, today: date, area_id: int | None = None) -> Report:
    """Everyone's usage (or that of the people assigned to work in `area_id`) from the first assigned start."""
    scope = ws.areas[area_id].name if area_id is not None else tr("Reports", "Whole team")
    people = _people(ws, area_id)
    first, last = assigned_span(ws, today)
    last = min(last, first + timedelta(weeks=MAX_WEEKS) - timedelta(days=1))
    wl = workload(ws, first, last, Unit.WEEK, people, week_start=formats.first_weekday())
    report = Report(tr("Reports", "Resource usage"), scope, today)
    end = wl.starts[-1] - timedelta(days=1)
    report.add(Title(scope, tr("Reports", "Resource usage"),
                     tr("Reports", "Weeks of {first} to {last} · {weeks} · {people} · as of {today}").format(
                         first=short_day(wl.starts[0]), last=day(end), weeks=plural("%n week(s)", None, wl.periods),
                         people=people_count(len(people)), today=day(today))))  # fmt: skip
    if not people:
        report.add(Note(tr("Reports", "Nobody works in hours here yet: add people and assign them to tasks.")))
        return report
    report.add(_summary(wl))
    for begin in range(0, wl.periods, WEEKS_PER_TABLE):
        report.add(_weeks_table(ws, wl, begin, min(begin + WEEKS_PER_TABLE, wl.periods)))
    return report


def _people(ws: Workspace, area_id: int | None) -> list[int]:
    """The people who work in hours, in name order; of an area, those assigned to any of its tasks."""
    wanted = None
    if area_id is not None:
        wanted = {pid for task in ws.tasks.values() if task.area_id == area_id for pid in task.assignments}
    return [p.id for p in ws.ordered("person")
            if p.resource_type is ResourceType.WORK and (wanted is None or p.id in wanted)]  # fmt: skip


def _summary(wl: Workload) -> list:
    over = wl.over_allocations()
    load = sum(sum(wl.totals(pid)) for pid in wl.people)
    capacity = sum(sum(wl.capacity[pid]) for pid in wl.people)
    overloaded = {o.person_id for o in over}
    figures = [
        Figure(tr("Reports", "Work"), hours(load), tr("Reports", "over these weeks, all kinds")),
        Figure(tr("Reports", "Capacity"), hours(capacity), tr("Reports", "their calendars × hours a day")),
        Figure(
            tr("Reports", "Use"),
            f"{load / capacity * 100:.0f} %" if capacity else "—",
            tr("Reports", "work as a share of capacity"),
            "bad" if capacity and load > capacity else "",
        ),
        Figure(
            tr("Reports", "Over capacity"),
            tr("Reports", "{count} person-weeks").format(count=len(over)),
            tr("Reports", "{over} of {people}").format(over=len(overloaded), people=people_count(len(wl.people))),
            "bad" if over else "good",
        ),
    ]
    blocks: list = [Heading(tr("Reports", "Summary")), KeyFigures(figures, per_row=4)]
    blocks.append(
        Note(
            tr(
                "Reports",
                "Each cell is a person's hours of work that week / their capacity; “!” marks a week over "
                "capacity. Work counts everything assigned to them, routines included, in every area and "
                "project.",
            )
        )
    )
    return blocks


def _weeks_table(ws: Workspace, wl: Workload, begin: int, end: int) -> list:
    last_day = wl.starts[end] - timedelta(days=1)
    columns = [Column(tr("Reports", "Person"), 2.4)]
    columns += [Column(f"W{formats.week_number(wl.starts[i])} {short_day(wl.starts[i])}", 1.0, "right")
                for i in range(begin, end)]  # fmt: skip
    columns.append(Column(tr("Reports", "Total"), 1.3, "right"))
    rows = []
    team_load = [0.0] * (end - begin)
    team_capacity = [0.0] * (end - begin)
    for pid in wl.people:
        cells: list = [Cell(ws.people[pid].name, bold=True)]
        for k, i in enumerate(range(begin, end)):
            load, capacity = wl.total(pid, i), wl.capacity[pid][i]
            team_load[k] += load
            team_capacity[k] += capacity
            cells.append(_cell(load, capacity, bool(wl.over(pid, i))))
        load = sum(wl.total(pid, i) for i in range(begin, end))
        capacity = sum(wl.capacity[pid][begin:end])
        cells.append(_cell(load, capacity, load - capacity > 0.01))
        rows.append(cells)
    team = [Cell(tr("Reports", "Team"), bold=True)]
    team += [_cell(load, capacity, False, bold=True) for load, capacity in zip(team_load, team_capacity, strict=True)]
    team.append(_cell(sum(team_load), sum(team_capacity), False, bold=True))
    rows.append(team)
    heading = Heading(
        tr("Reports", "Weeks of {first} to {last}").format(first=short_day(wl.starts[begin]), last=day(last_day))
    )
    return [heading, Table(columns, rows, size=7.5)]


def _cell(load: float, capacity: float, over: bool, bold: bool = False) -> Cell:
    text = f"{load:.0f} / {capacity:.0f}"
    if over:
        return Cell(f"{text} !", "bad", bold=True)
    return Cell(text, "muted" if load < 0.5 else "", bold=bold)
