"""GanttProject (.gan) out: the task tree with day durations, milestones, links with lag and hardness, people with
daily rates, allocations, vacations, the working week with holidays, and baselines as GanttProject's "previous
states". It writes what planner.io.gan reads, in the order GanttProject writes it.

GanttProject counts in whole days and has no hours: a day of the project's calendar becomes one GanttProject day,
and what a day cannot hold (hours, deadlines, most constraints) is listed in what `export_gan` returns.
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import date, datetime, timedelta

from planner.core.baselines import project_baselines
from planner.core.calendars import Calendar
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.model import Constraint, LinkType, Priority, Task, Workspace, tree_order
from planner.io.common import (
    WINDOW_AFTER,
    WINDOW_BEFORE,
    ImportResult,
    file_ids,
    write_file,
    xml_attribute,
    xml_text,
)
from planner.io.gan import LINK_TYPES, WEEK_ATTRIBUTES

LINK_CODES = {value: key for key, value in LINK_TYPES.items()}
# GanttProject's codes run 3 lowest, 0 low, 1 normal, 2 high, 4 highest; the planner has no "lowest".
PRIORITY_CODES = {Priority.LOW: "0", Priority.NORMAL: "1", Priority.HIGH: "2", Priority.URGENT: "4"}
# The file format of GanttProject 3.3, whose files planner.io.gan was written against.
FILE_VERSION = "3.3.3309"
ROLE = "Default:0"  # GanttProject's default role set, "undefined": the planner has no roles


def export_gan(
    ws: Workspace, project_id: int, path: str | os.PathLike, extras: ImportResult | None = None
) -> list[str]:
    """Write project `project_id` as a GanttProject file; returns what could not go into it, for the user.

    The file is written next to `path` and renamed over it, so a failed export never leaves half a file.
    """
    left_out: list[str] = []
    write_file(path, gan_text(ws, project_id, extras, left_out).encode("utf-8"))
    return left_out


def gan_text(
    ws: Workspace, project_id: int, extras: ImportResult | None = None, left_out: list[str] | None = None
) -> str:
    """The .gan document for one project; `left_out`, when given, receives what GanttProject cannot hold."""
    if project_id not in ws.projects:
        raise ValidationError(tr("Import", "There is no project {project_id} to export").format(project_id=project_id))
    writer = _Writer(ws, project_id, extras)
    text = writer.text()
    if left_out is not None:
        left_out.extend(f"{number} × {reason}" for reason, number in writer.lost.items())
    return text


def _number(value: float) -> str:
    """A number as GanttProject writes rates and loads: up to four decimals, no trailing zeros."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


class _Writer:
    def __init__(self, ws: Workspace, project_id: int, extras: ImportResult | None) -> None:
        self.ws, self.project_id, self.extras = ws, project_id, extras
        self.project = ws.projects[project_id]
        self.cal = ws.calendars.get(self.project.calendar_id, ws.calendar)
        self.per_day = self.cal.minutes_per_day
        self.lost: Counter[str] = Counter()  # reason -> how many things it cost
        self.order = [tid for tid in tree_order(ws) if ws.tasks[tid].project_id == project_id]
        self.task_ids = dict(
            zip(self.order, file_ids([ws.tasks[t].external_id for t in self.order], set(), 0), strict=True)
        )
        self.people = sorted({pid for tid in self.order for pid in ws.tasks[tid].assignments})
        known = extras.person_external_ids if extras is not None else {}
        self.person_ids = dict(
            zip(self.people, file_ids([known.get(p, "") for p in self.people], set(), 0), strict=True)
        )
        dated = [ws.tasks[tid].start for tid in self.order if ws.tasks[tid].start]
        self.start = self.project.start or min(dated, default=None) or self.cal.day_start(date.today())

    def day(self, at: datetime) -> str:
        """The day GanttProject holds for a start: that of the first working instant from it, so that a milestone
        at the end of Friday is on Monday, where GanttProject itself puts it."""
        return f"{self.cal.add_working(at, 0):%Y-%m-%d}"

    def days(self, minutes: int, what: str) -> int:
        """Working minutes as the whole days GanttProject counts; a part of a day is rounded, and counted as lost."""
        whole = round(minutes / self.per_day)
        if whole == 0 and minutes > 0:
            whole = 1  # a task of an hour still takes a day in GanttProject, rather than becoming a point
        if whole * self.per_day != minutes:
            self.lost[tr("Import", "{what} rounded to whole days (GanttProject has no hours)").format(what=what)] += 1
        return whole

    # -- the file -------------------------------------------------------------------------------------------
    def text(self) -> str:
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<project name="{xml_attribute(self.project.name)}" company="" webLink=""'
            f' view-date="{self.start:%Y-%m-%d}" view-index="0" version="{FILE_VERSION}" locale="en">',
            f"    <description>{xml_text(self.project.notes)}</description>",
        ]
        out += self._calendars()
        out += self._tasks()
        out += self._resources()
        out += self._allocations()
        out += self._vacations()
        out += self._previous()
        out += ['    <roles roleset-name="Default"/>', "</project>"]
        return "\n".join(out) + "\n"

    def _calendars(self) -> list[str]:
        """The working week as weekend flags, then each day that differs from it as a dated holiday or working day.

        Exceptions, recurring rules and public holidays all reach the file as dates: GanttProject's recurring
        holidays (a date with no year) cannot say "the last Monday of May".
        """
        cal = self.cal
        week = [cal.weekday_intervals(weekday) for weekday in range(7)]
        flags = " ".join(f'{name}="{0 if week[day] else 1}"' for day, name in enumerate(WEEK_ATTRIBUTES))
        out = [
            "    <calendars>",
            "        <day-types>",
            '            <day-type id="0"/>',
            '            <day-type id="1"/>',
            f'            <default-week id="1" name="default" {flags}/>',
            '            <only-show-weekends value="false"/>',
            "            <overriden-day-types/>",
            "            <days/>",
            "        </day-types>",
        ]
        finish = max([self.start, *(self.ws.tasks[t].finish for t in self.order if self.ws.tasks[t].finish)])
        first, last = self.start.date() - WINDOW_BEFORE, finish.date() + WINDOW_AFTER
        days = {first + timedelta(days=n) for n in range((last - first).days + 1)} | set(cal.exceptions)
        for day in sorted(days):
            working, usual = cal.intervals(day), week[day.weekday()]
            if bool(working) != bool(usual):
                kind = "WORKING_DAY" if working else "HOLIDAY"
                out.append(f'        <date year="{day.year}" month="{day.month}" date="{day.day}" type="{kind}"/>')
            elif working != usual:
                self.lost[tr("Import", "days with their own working hours kept as plain working days")] += 1
        out.append("    </calendars>")
        return out

    # -- tasks ------------------------------------------------------------------------------------------------
    def _tasks(self) -> list[str]:
        """Each task with its notes and links out, then its subtasks inside it, as GanttProject nests them."""
        out = ['    <tasks empty-milestones="true">']
        open_depths: list[int] = []  # the depth of each task still open, innermost last
        for tid in self.order:
            depth = len(self.ws.ancestors(tid))
            while open_depths and open_depths[-1] >= depth:
                out.append("    " * (open_depths.pop() + 2) + "</task>")
            out += self._task(self.ws.tasks[tid], "    " * (depth + 2))
            open_depths.append(depth)
        while open_depths:
            out.append("    " * (open_depths.pop() + 2) + "</task>")
        out.append("    </tasks>")
        return out

    def _task(self, task: Task, indent: str) -> list[str]:
        """The task's opening tag and its own children (notes, links); the caller closes it after its subtasks."""
        if task.start is None:
            self.lost[tr("Import", "tasks without dates given the project's start")] += 1
        if task.milestone:
            duration = 0
        else:
            minutes = task.duration
            if minutes is None:
                minutes = self.cal.working_minutes(task.start, task.finish) if task.start and task.finish else 0
            duration = self.days(minutes, "durations")
        attributes = (
            f'id="{self.task_ids[task.id]}" name="{xml_attribute(task.title)}"'
            f' meeting="{"true" if task.milestone else "false"}" start="{self.day(task.start or self.start)}"'
            f' duration="{duration}"'
            f' complete="{task.percent_complete}" priority="{PRIORITY_CODES[task.priority]}"'
        )
        if task.constraint is Constraint.SNET and task.constraint_date:
            attributes += f' thirdDate="{task.constraint_date:%Y-%m-%d}" thirdDate-constraint="1"'
        elif task.constraint is not Constraint.ASAP:
            self.lost[
                tr("Import", "constraints other than “start no earlier than” (GanttProject has only that one)")
            ] += 1
        if task.deadline:
            self.lost[tr("Import", "deadlines (GanttProject has none)")] += 1
        lines = [f'{indent}<task {attributes} expand="true">']
        if task.notes:
            lines.append(f"{indent}    <notes>{xml_text(task.notes)}</notes>")
        lines += self._links(task, indent + "    ")
        return lines

    def _links(self, task: Task, indent: str) -> list[str]:
        """GanttProject keeps a link in its predecessor, naming the successor, with the lag in whole working days."""
        lines = []
        for dep_id in sorted(self.ws.links_out(task.id)):
            dep = self.ws.dependencies[dep_id]
            if dep.successor_id not in self.task_ids:
                self.lost[tr("Import", "links to tasks of other projects")] += 1
                continue
            lag = dep.lag
            if dep.lag_unit == "elapsed":  # wall-clock minutes: a calendar day counts as a working day
                lag = round(dep.lag / (24 * 60) * self.per_day)
                self.lost[tr("Import", "lags in calendar time written as working days")] += 1
            elif dep.lag_unit == "percent":
                lag = round((self.ws.tasks[dep.predecessor_id].duration or 0) * dep.lag / 100)
                self.lost[tr("Import", "lags as a share of the predecessor written as working days")] += 1
            difference = self.days(abs(lag), "lags") * (-1 if lag < 0 else 1)
            facts = self.extras.links.get(dep_id) if self.extras is not None else None
            hardness = "Rubber" if facts is not None and not facts.hard else "Strong"
            lines.append(
                f'{indent}<depend id="{self.task_ids[dep.successor_id]}" type="{LINK_CODES[LinkType(dep.type)]}"'
                f' difference="{difference}" hardness="{hardness}"/>'
            )
        return lines

    # -- people ---------------------------------------------------------------------------------------------
    def _resources(self) -> list[str]:
        """The people assigned in the project. GanttProject's rates are per day: the hourly rate times the hours of
        the calendar's day, which keeps a task's cost."""
        out = ["    <resources>"]
        for pid in self.people:
            person = self.ws.people[pid]
            attributes = f'id="{self.person_ids[pid]}" name="{xml_attribute(person.name)}" function="{ROLE}"'
            attributes += f' contacts="{xml_attribute(person.email)}" phone=""'
            if not person.rate:
                out.append(f"        <resource {attributes}/>")
                continue
            out.append(f"        <resource {attributes}>")
            out.append(f'            <rate name="standard" value="{_number(person.rate * self.per_day / 60)}"/>')
            out.append("        </resource>")
        out.append("    </resources>")
        if any(self.ws.people[pid].capacity * 60 != self.per_day for pid in self.people):
            self.lost[tr("Import", "people's hours a day (GanttProject has no capacity)")] += 1
        return out

    def _allocations(self) -> list[str]:
        out = ["    <allocations>"]
        for tid in self.order:
            for pid, units in sorted(self.ws.tasks[tid].assignments.items()):
                out.append(
                    f'        <allocation task-id="{self.task_ids[tid]}" resource-id="{self.person_ids[pid]}"'
                    f' function="{ROLE}" responsible="false" load="{_number(units * 100)}"/>'
                )
        out.append("    </allocations>")
        return out

    def _person_calendar(self, pid: int) -> Calendar | None:
        own = self.extras.person_calendars.get(pid) if self.extras is not None else None
        return own or self.ws.calendars.get(self.ws.people[pid].calendar_id)

    def _vacations(self) -> list[str]:
        """A person's own days off as GanttProject vacations, one per run of days (both ends included)."""
        out = ["    <vacations>"]
        for pid in self.people:
            cal = self._person_calendar(pid)
            if cal is None:
                continue
            days = sorted(day for day, intervals in cal.exceptions.items() if not intervals)
            runs: list[list[date]] = []
            for day in days:
                if runs and day - runs[-1][1] == timedelta(days=1):
                    runs[-1][1] = day
                else:
                    runs.append([day, day])
            for first, last in runs:
                out.append(f'        <vacation start="{first}" end="{last}" resourceid="{self.person_ids[pid]}"/>')
            if cal.rules or cal.holiday_country or any(cal.exceptions.values()):
                self.lost[
                    tr("Import", "people's recurring days off and own working hours (GanttProject has vacations only)")
                ] += 1
        out.append("    </vacations>")
        return out

    # -- baselines ------------------------------------------------------------------------------------------
    def _previous(self) -> list[str]:
        """Each saved baseline as a GanttProject "previous state", oldest first, holding the tasks still here."""
        baselines = project_baselines(self.ws, self.project_id)
        if not baselines:
            return ["    <previous/>"]
        out = ["    <previous>"]
        for baseline in baselines:
            out.append(f'        <previous-tasks name="{xml_attribute(baseline.name)}">')
            for tid, saved in baseline.tasks.items():
                if tid not in self.task_ids or saved.start is None:
                    continue
                minutes = saved.duration
                if minutes is None:
                    minutes = self.cal.working_minutes(saved.start, saved.finish) if saved.finish else 0
                out.append(
                    f'            <previous-task id="{self.task_ids[tid]}" start="{self.day(saved.start)}"'
                    f' duration="{0 if saved.milestone else self.days(minutes, "baseline durations")}"'
                    f' meeting="{"true" if saved.milestone else "false"}"'
                    f' super="{"true" if saved.summary else "false"}"/>'
                )
            out.append("        </previous-tasks>")
        out.append("    </previous>")
        return out
