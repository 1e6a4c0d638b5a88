"""GanttProject (.gan) in: nested tasks, milestones, day durations, links with lag and hardness, resources
with rates, allocations, holidays as calendar exceptions, vacations as a person's days off and "previous states"
as baselines. planner.io.gan_export writes the same file."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import unquote_plus
from xml.etree.ElementTree import Element

from planner.core.baselines import Baseline, BaselineTask
from planner.core.calendars import EARLIEST, LATEST, STANDARD_DAY, Calendar, ExceptionRule, in_range, out_of_range
from planner.core.i18n import tr
from planner.core.model import Constraint, Dependency, LinkType, Person, Priority, Project, Task, Workspace
from planner.io.common import (
    MAX_NOTES,
    MAX_TITLE,
    ElementReader,
    ImportFileError,
    ImportResult,
    LinkFacts,
    bounded_text,
    check_file_count,
    check_minutes,
    element_line,
    finish_plan,
    parse_date,
    parse_xml,
    read_bytes,
    related,
)
from planner.io.summary import ImportSummary

FORMAT = "GanttProject"
LINK_TYPES = {"1": LinkType.SS, "2": LinkType.FS, "3": LinkType.FF, "4": LinkType.SF}
# GanttProject stores priorities out of order: 3 lowest, 0 low, 1 normal, 2 high, 4 highest.
PRIORITIES = {"3": Priority.LOW, "0": Priority.LOW, "1": Priority.NORMAL, "2": Priority.HIGH, "4": Priority.URGENT}
WEEK_ATTRIBUTES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # Monday first, as the core counts


def import_gan(path: str | os.PathLike) -> ImportResult:
    """Read a GanttProject file into a new workspace holding one project; raises ImportFileError if it cannot."""
    check_file_count(path, "task", "tasks")
    data = read_bytes(path)
    return _Reader(data, Path(path).name).read()


class _Reader(ElementReader):
    format = FORMAT

    def __init__(self, data: bytes, name: str) -> None:
        self.data, self.name = data, name
        self.summary = ImportSummary(source=name, format=FORMAT)
        self.ws = Workspace()

    # -- attributes ---------------------------------------------------------------------------------------
    def day(self, element: Element, attribute: str) -> date:
        text = self.need(element, attribute)
        try:
            value = parse_date(text)
        except ValueError:
            raise self.fail(
                element,
                tr("Import", "“{attribute}” is “{text}”, not a date (YYYY-MM-DD)").format(
                    attribute=attribute, text=text[:40]
                ),
            ) from None
        if not in_range(value):
            raise self.fail(element, f"“{attribute}”: {out_of_range(value)}")
        return value

    # -- the file -------------------------------------------------------------------------------------
    def read(self) -> ImportResult:
        root = parse_xml(self.data, self.name)
        if root.tag != "project":
            raise ImportFileError(
                tr(
                    "Import", "{name}, line {value}: not a GanttProject file: its root is <{tag}>, not <project>"
                ).format(
                    name=self.name, value=element_line(self.data, root.tag.rsplit("}", 1)[-1], 0) or 1, tag=root.tag
                )
            )
        self.number_elements(root)
        tasks_element = root.find("tasks")
        cal = self._calendar(root.find("calendars"))
        self.ws.calendar = cal
        name = bounded_text((root.get("name") or "").strip(), MAX_TITLE, "project names", self.summary)
        notes = bounded_text((root.findtext("description") or "").strip(), MAX_NOTES, "project notes", self.summary)
        project = Project(id=1, name=name or Path(self.name).stem, notes=notes)
        self.ws.put("project", project)
        self.result = ImportResult(workspace=self.ws, project_id=1, summary=self.summary, calendar=cal)
        self.result.calendars[cal.name] = cal
        self.gan_ids: dict[str, int] = {}
        self.links: list[tuple[Element, int]] = []
        if tasks_element is not None:
            self.walk_tasks(tasks_element, self._task)
        dated = [t for t in self.ws.tasks.values() if t.start]
        if dated:
            project.start = min(t.start for t in dated)
            project.target_finish = max(t.finish or t.start for t in dated)
        self._links()
        self._people(root.find("resources"))
        self._allocations(root.find("allocations"))
        self._vacations(root.find("vacations"))
        self._baselines(root.find("previous"))
        if root.find("roles/role") is not None:
            self.summary.note(
                tr("Import", "roles (people's functions) were not imported: the planner has no roles yet")
            )
        finish_plan(self.ws, self.summary, self.name)
        self.summary.add("calendar exception day", len(cal.exceptions))
        return self.result

    def _calendar(self, element: Element | None) -> Calendar:
        week: list = [STANDARD_DAY] * 5 + [(), ()]
        exceptions: dict[date, tuple] = {}
        rules: list[ExceptionRule] = []
        if element is not None:
            default_week = element.find("day-types/default-week")
            if default_week is not None:
                # "1" marks a weekend (non-working) day; GanttProject has no hours, so a working day is 8 hours.
                week = [() if default_week.get(day) == "1" else STANDARD_DAY for day in WEEK_ATTRIBUTES]
                if not any(week):  # nothing could ever be scheduled on it
                    raise self.fail(
                        default_week, tr("Import", "marks every day of the week a weekend; a plan needs working days")
                    )
            for holiday in element.findall("date"):
                kind = (holiday.get("type") or "HOLIDAY").upper()
                if kind == "NEUTRAL":
                    continue
                intervals = STANDARD_DAY if kind == "WORKING_DAY" else ()
                month, day_of_month = self.whole(holiday, "month", 1, 12), self.whole(holiday, "date", 1, 31)
                year_text = (holiday.get("year") or "").strip()
                try:
                    if year_text:
                        day = date(self.whole(holiday, "year", EARLIEST.year, LATEST.year), month, day_of_month)
                        exceptions[day] = intervals
                    else:  # no year: the same day every year
                        rules.append(
                            ExceptionRule(
                                date(1900, 1, 1), freq="yearly", month=month, day=day_of_month, intervals=intervals
                            )
                        )
                except ValueError:
                    raise self.fail(
                        holiday,
                        tr("Import", "{value}-{month}-{day_of_month} is not a date").format(
                            value=year_text or tr("Import", "every year"), month=month, day_of_month=day_of_month
                        ),
                    ) from None
        return Calendar(name="GanttProject", week=tuple(week), exceptions=exceptions, rules=tuple(rules))

    # -- tasks ----------------------------------------------------------------------------------------------
    def _task(self, element: Element, parent_id: int | None, position: int) -> int:
        cal = self.ws.calendar
        gan_id = self.need(element, "id")
        if gan_id in self.gan_ids:
            raise self.fail(element, tr("Import", "two tasks have the id {gan_id}").format(gan_id=gan_id[:40]))
        title = bounded_text(self.need(element, "name"), MAX_TITLE, "task names", self.summary)
        what = f"task {gan_id[:40]} “{title[:80]}”"
        days = self.number(element, "duration")
        try:
            minutes = check_minutes(days * cal.minutes_per_day, what)
        except ImportFileError as error:
            raise self.fail(element, str(error)) from None
        start = cal.day_start(self.day(element, "start"))
        task_id = len(self.ws.tasks) + 1
        task = Task(id=task_id, title=title, project_id=1, parent_id=parent_id, position=position, external_id=gan_id)
        task.milestone = element.get("meeting") == "true"
        task.start = start
        task.duration = 0 if task.milestone else minutes
        task.finish = cal.add_working(start, task.duration) if task.duration else start
        task.percent_complete = self.whole(element, "complete", 0, 100, default=0)
        task.priority = PRIORITIES.get((element.get("priority") or "1").strip(), Priority.NORMAL)
        if element.get("thirdDate") and element.get("thirdDate-constraint") == "1":
            task.constraint = Constraint.SNET
            task.constraint_date = cal.day_start(self.day(element, "thirdDate"))
        notes = (element.findtext("notes") or "").strip()
        link = unquote_plus(element.get("webLink") or "").strip()
        if link and link != "http://":
            notes = f"{notes}\n\n{link}".strip()
        task.notes = bounded_text(notes, MAX_NOTES, "task notes", self.summary)
        if element.find("customproperty") is not None:
            self.summary.note(tr("Import", "custom columns of tasks were not imported"))
        self.ws.tasks[task_id] = task
        self.gan_ids[gan_id] = task_id
        for depend in element.findall("depend"):
            self.links.append((depend, task_id))
        return task_id

    def _links(self) -> None:
        per_day = self.ws.calendar.minutes_per_day
        seen: set[tuple[int, int]] = set()
        for depend, predecessor in self.links:
            target = self.need(depend, "id")
            successor = self.gan_ids.get(target)
            pred_task = self.ws.tasks[predecessor]
            if successor is None:
                raise self.fail(
                    depend,
                    tr("Import", "task “{title}” links to task {target}, which is not in the file").format(
                        title=pred_task.title, target=target
                    ),
                )
            type_code = self.need(depend, "type")
            if type_code not in LINK_TYPES:
                raise self.fail(
                    depend,
                    tr("Import", "“type” is “{type_code}”, not 1 (SS), 2 (FS), 3 (FF) or 4 (SF)").format(
                        type_code=type_code
                    ),
                )
            succ_task = self.ws.tasks[successor]
            label = f"“{pred_task.title}” → “{succ_task.title}”"
            if successor == predecessor or (predecessor, successor) in seen:
                self.summary.skip(
                    "link", label, "a task linked to itself" if successor == predecessor else "the same link twice"
                )
                continue
            if related(self.ws, predecessor, successor):
                self.summary.skip("link", label, tr("Import", "it links a summary task with its own subtask"))
                continue
            difference = self.number(depend, "difference", 0)
            try:
                lag = check_minutes(difference * per_day, label, allow_negative=True)
            except ImportFileError as error:
                raise self.fail(depend, str(error)) from None
            hardness = (depend.get("hardness") or "Strong").strip()
            seen.add((predecessor, successor))
            dep_id = len(self.ws.dependencies) + 1
            self.ws.dependencies[dep_id] = Dependency(dep_id, predecessor, successor, LINK_TYPES[type_code], lag)
            self.result.links[dep_id] = LinkFacts(lag_unit="d", hard=hardness != "Rubber", raw=f"{difference:g}")
            if hardness == "Rubber":
                self.summary.note(
                    tr("Import", "“rubber” links (the successor may start later than the lag) are marked in LinkFacts")
                )

    # -- people ---------------------------------------------------------------------------------------------
    def _people(self, element: Element | None) -> None:
        self.resource_ids: dict[str, int] = {}
        if element is None:
            return
        hours = self.ws.calendar.minutes_per_day / 60
        for resource in element.findall("resource"):
            gan_id = self.need(resource, "id")
            name = bounded_text(self.need(resource, "name"), MAX_TITLE, "names of people", self.summary)
            rate = 0.0
            for rate_element in resource.findall("rate"):
                if (rate_element.get("name") or "standard") == "standard":
                    rate = self.number(rate_element, "value", 0)
            if rate < 0:
                raise self.fail(resource, tr("Import", "“{name}” has a negative rate").format(name=name))
            contacts = (resource.get("contacts") or "").strip()[:MAX_TITLE]
            person_id = len(self.ws.people) + 1
            # GanttProject's rates are per day; the planner's are per hour.
            person = Person(
                id=person_id, name=name, email=contacts if "@" in contacts else "", rate=round(rate / hours, 4)
            )
            self.ws.people[person_id] = person
            self.resource_ids[gan_id] = person_id
            self.result.person_external_ids[person_id] = gan_id
            if rate:
                self.summary.note(
                    tr(
                        "Import", "GanttProject rates are per day; they became hourly rates at {hours:g} hours a day"
                    ).format(hours=hours)
                )

    def _allocations(self, element: Element | None) -> None:
        if element is None:
            return
        for allocation in element.findall("allocation"):
            task_id = self.gan_ids.get(self.need(allocation, "task-id"))
            person_id = self.resource_ids.get(self.need(allocation, "resource-id"))
            if task_id is None or person_id is None:
                missing = "task" if task_id is None else "resource"
                raise self.fail(
                    allocation, tr("Import", "names a {missing} that is not in the file").format(missing=missing)
                )
            load = self.number(allocation, "load", 100)
            task = self.ws.tasks[task_id]
            if load <= 0:
                self.summary.skip(
                    "assignment", f"{self.ws.people[person_id].name} on “{task.title}”", tr("Import", "a load of 0 %")
                )
                continue
            task.assignments[person_id] = min(load / 100, 10.0)

    def _vacations(self, element: Element | None) -> None:
        if element is None:
            return
        for vacation in element.findall("vacation"):
            person_id = self.resource_ids.get(self.need(vacation, "resourceid"))
            if person_id is None:
                raise self.fail(vacation, tr("Import", "names a resource that is not in the file"))
            first, last = self.day(vacation, "start"), self.day(vacation, "end")
            if last < first:
                raise self.fail(
                    vacation, tr("Import", "ends ({last}) before it starts ({first})").format(last=last, first=first)
                )
            if (last - first).days > 3660:
                raise self.fail(
                    vacation, tr("Import", "lasts {days} days; ten years at most").format(days=(last - first).days)
                )
            cal = self.result.person_calendars.get(person_id)
            if cal is None:
                cal = Calendar.derived(self.ws.calendar, self.ws.people[person_id].name)
                self.result.person_calendars[person_id] = cal
            day = first
            while day <= last:  # GanttProject's vacation includes its end day
                cal.exceptions[day] = ()
                day += timedelta(days=1)
            self.summary.add("vacation")

    # -- baselines ------------------------------------------------------------------------------------------
    def _baselines(self, element: Element | None) -> None:
        """Each <previous-tasks> (a state of the plan GanttProject saved) as a baseline of the project."""
        if element is None:
            return
        cal = self.ws.calendar
        for number, state in enumerate(element.findall("previous-tasks"), start=1):
            name = bounded_text((state.get("name") or "").strip(), MAX_TITLE, "baseline names", self.summary)
            baseline = Baseline(id=number, project_id=1, name=name or f"Baseline {number}")
            for saved in state.findall("previous-task"):
                task_id = self.gan_ids.get(self.need(saved, "id"))
                if task_id is None:  # GanttProject keeps the saved state of tasks deleted since
                    self.summary.skip(
                        "baseline task", f"{baseline.name}: task {saved.get('id')}", tr("Import", "no such task now")
                    )
                    continue
                task = self.ws.tasks[task_id]
                start = cal.day_start(self.day(saved, "start"))
                try:
                    minutes = check_minutes(self.number(saved, "duration") * cal.minutes_per_day, task.title)
                except ImportFileError as error:
                    raise self.fail(saved, str(error)) from None
                milestone = saved.get("meeting") == "true"
                baseline.tasks[task_id] = BaselineTask(
                    task.title,
                    start,
                    cal.add_working(start, minutes) if minutes else start,
                    0 if milestone else minutes,
                    None,
                    0.0,
                    summary=saved.get("super") == "true",
                    milestone=milestone,
                    parent_id=task.parent_id,
                )
            self.ws.baselines[baseline.id] = baseline
            self.summary.add("baseline")
