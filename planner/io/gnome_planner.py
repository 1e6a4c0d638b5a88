"""GNOME Planner (.planner, XML) in: calendars with day types, nested tasks with work or fixed durations,
milestones, constraints, links with types and lags, resources and their allocations.

GNOME Planner's files share the `.planner` extension with our workspaces (SQLite), so `formats` asks
`looks_like_gnome_planner` about a file's first bytes before choosing this reader.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path
from xml.etree.ElementTree import Element

from planner.core.calendars import STANDARD, STANDARD_DAY, Calendar, Intervals, in_range, out_of_range
from planner.core.i18n import tr
from planner.core.model import Constraint, Dependency, LinkType, Person, Priority, Project, Task, Workspace
from planner.io.common import (
    MAX_DEPTH,
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
    parse_xml,
    read_bytes,
    related,
)
from planner.io.summary import ImportSummary

FORMAT = "GNOME Planner"
LINK_TYPES = {"FS": LinkType.FS, "SS": LinkType.SS, "FF": LinkType.FF, "SF": LinkType.SF}
CONSTRAINTS = {"must-start-on": Constraint.MSO, "start-no-earlier-than": Constraint.SNET}
WEEK_ATTRIBUTES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # Monday first, as the core counts
NONWORKING, USE_BASE = "1", "2"  # day types every file declares; "0" is the working day
MAX_UNITS = 10.0  # an allocation above 1000 % is capped there, as for MS Project files
# Times are written "20250106T080000Z": local time, whatever the Z says (GNOME Planner has no time zones).
_TIME = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$")
_CLOCK = re.compile(r"^(\d{2})(\d{2})$")


def looks_like_gnome_planner(head: bytes) -> bool:
    """True when a file's first bytes are XML (GNOME Planner's `.planner` files), not SQLite (our workspaces)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith((b"<?xml", b"<project"))


def is_gnome_planner_file(path: str | os.PathLike) -> bool:
    """True for a plain file whose first bytes are GNOME Planner's XML; False for anything else, unreadable too.

    Only a regular file is opened: opening a named pipe would wait for a writer that never comes.
    """
    try:
        if not Path(path).is_file():
            return False
        with open(path, "rb") as file:
            return looks_like_gnome_planner(file.read(64))
    except OSError:
        return False


def import_gnome_planner(path: str | os.PathLike) -> ImportResult:
    """Read a GNOME Planner file into a new workspace holding one project; raises ImportFileError if it cannot."""
    check_file_count(path, "task", "tasks")
    return _Reader(read_bytes(path), Path(path).name).read()


class _Reader(ElementReader):
    format = FORMAT

    def __init__(self, data: bytes, name: str) -> None:
        self.data, self.name = data, name
        self.summary = ImportSummary(source=name, format=FORMAT)
        self.ws = Workspace()
        self.task_ids: dict[str, int] = {}  # GNOME Planner's task id -> ours
        self.person_ids: dict[str, int] = {}  # resource id -> person id
        self.links: list[tuple[Element, int]] = []  # (<predecessor>, the task it belongs to)
        self.fixed_work: list[int] = []  # tasks whose duration is their work shared among their people

    def time(self, element: Element, attribute: str) -> datetime:
        text = self.need(element, attribute)
        found = _TIME.match(text)
        try:
            if found is None:
                raise ValueError
            value = datetime(*(int(part or 0) for part in found.groups()))
        except ValueError:
            raise self.fail(
                element,
                tr("Import", "“{attribute}” is “{text}”, not a time such as 20250106T080000Z").format(
                    attribute=attribute, text=text[:40]
                ),
            ) from None
        if not in_range(value):
            raise self.fail(element, f"“{attribute}”: {out_of_range(value)}")
        return value

    def seconds(self, element: Element, attribute: str, what: str, allow_negative: bool = False) -> int:
        """An attribute in seconds (GNOME Planner's unit for work, durations and lags) as whole minutes."""
        try:
            return check_minutes(self.number(element, attribute, 0) / 60, what, allow_negative)
        except ImportFileError as error:
            raise self.fail(element, str(error)) from None

    # -- the file -------------------------------------------------------------------------------------
    def read(self) -> ImportResult:
        root = parse_xml(self.data, self.name)
        if root.tag != "project" or root.get("mrproject-version") is None:
            raise ImportFileError(
                tr(
                    "Import",
                    "{name}, line {value}: not a GNOME Planner file: its root is <{tag}>, not <project mrproject-version=…>",  # noqa: E501
                ).format(
                    name=self.name, value=element_line(self.data, root.tag.rsplit("}", 1)[-1], 0) or 1, tag=root.tag
                )
            )
        self.number_elements(root)
        calendars = self._calendars(root.find("calendars"))
        cal = self._project_calendar(root, calendars)
        self.ws.calendar = cal
        name = bounded_text((root.get("name") or "").strip(), MAX_TITLE, "project names", self.summary)
        project = Project(id=1, name=name or Path(self.name).stem, start=self.time(root, "project-start"))
        project.manager = (root.get("manager") or "").strip()[:MAX_TITLE]
        self.ws.put("project", project)
        self.result = ImportResult(workspace=self.ws, project_id=1, summary=self.summary, calendar=cal)
        self.result.calendars.update({c.name: c for c in calendars.values()})
        tasks = root.find("tasks")
        if tasks is not None:
            self.walk_tasks(tasks, self._task)
        self._people(root.find("resources"), calendars)
        self._allocations(root.find("allocations"))
        self._durations()
        self._links()
        if root.find("properties/property") is not None or root.find(".//task/properties") is not None:
            self.summary.note(tr("Import", "custom properties were not imported: the planner has no custom fields yet"))
        finish_plan(self.ws, self.summary, self.name)
        self.summary.add("calendar", len(calendars))
        self.summary.add("calendar exception day", len(cal.exceptions))
        return self.result

    # -- calendars ------------------------------------------------------------------------------------
    def _calendars(self, element: Element | None) -> dict[str, Calendar]:
        """Every calendar by its id in the file, each derived from the calendar it is nested in.

        A calendar names a day type for each weekday and for overridden days; the hours of a day type are
        the calendar's own, else those of the calendar it is nested in, else the day type's own (older files).
        Walked from an explicit stack, as nesting is bounded by MAX_DEPTH, not by Python's recursion limit.
        """
        found: dict[str, Calendar] = {}
        if element is None:
            return found
        day_types = {}
        for day_type in element.findall("day-types/day-type"):
            day_types[self.need(day_type, "id")] = self._intervals(day_type)
        day_types.setdefault(NONWORKING, ())
        pending = [(child, None, {}, 1) for child in reversed(element.findall("calendar"))]
        while pending:
            calendar_element, base, inherited, depth = pending.pop()
            if depth > MAX_DEPTH:
                raise self.fail(
                    calendar_element,
                    tr("Import", "is nested deeper than {MAX_DEPTH} levels of calendars").format(MAX_DEPTH=MAX_DEPTH),
                )
            hours = dict(inherited)  # day type -> intervals, the nearest calendar's first
            for override in calendar_element.findall("overridden-day-types/overridden-day-type"):
                hours[self.need(override, "id")] = self._intervals(override)
            cal = self._calendar(calendar_element, base, day_types, hours)
            calendar_id = self.need(calendar_element, "id")
            if calendar_id in found:
                raise self.fail(
                    calendar_element,
                    tr("Import", "two calendars have the id {calendar_id}").format(calendar_id=calendar_id[:40]),
                )
            found[calendar_id] = cal
            pending.extend((child, cal, hours, depth + 1) for child in reversed(calendar_element.findall("calendar")))
        return found

    def _calendar(self, element: Element, base: Calendar | None, day_types: dict, hours: dict) -> Calendar:
        def day_hours(owner: Element, type_id: str) -> Intervals:
            if type_id not in day_types:
                raise self.fail(
                    owner,
                    tr("Import", "names the day type {type_id}, which the file does not declare").format(
                        type_id=type_id[:40]
                    ),
                )
            if type_id == NONWORKING:
                return ()
            return hours.get(type_id, day_types[type_id])

        name = bounded_text(self.need(element, "name"), MAX_TITLE, "calendar names", self.summary)
        week_element = element.find("default-week")
        week: list[Intervals | None] = [None] * 7 if base else list(STANDARD.week)
        if week_element is not None:
            for day, attribute in enumerate(WEEK_ATTRIBUTES):
                type_id = (week_element.get(attribute) or USE_BASE).strip()
                if type_id != USE_BASE:
                    week[day] = day_hours(week_element, type_id)
                elif base is None:  # "as the base calendar" on a calendar that has none: the working day
                    week[day] = hours.get("0", day_types.get("0", STANDARD_DAY))
        exceptions: dict[date, Intervals] = {}
        for day in element.findall("days/day"):
            kind = self.need(day, "type")
            if kind != "day-type":
                raise self.fail(day, tr("Import", "“type” is “{kind}”, not “day-type”").format(kind=kind[:40]))
            type_id = self.need(day, "id")
            when = self.time(day, "date").date()
            if type_id != USE_BASE:
                exceptions[when] = day_hours(day, type_id)
        if base is None:
            return Calendar(name=name, week=tuple(week), exceptions=exceptions)
        return Calendar.derived(base, name, week=tuple(week), exceptions=exceptions)

    def _intervals(self, element: Element) -> Intervals:
        """The <interval start="0800" end="1200"/> children as minutes of the day, sorted and apart."""
        spans = []
        for interval in element.findall("interval"):
            start, end = self._clock(interval, "start"), self._clock(interval, "end")
            spans.append((start, end if end else 24 * 60))  # an end at 0000 is midnight at the end of the day
        spans.sort()
        previous = 0
        for start, end in spans:
            if not previous <= start < end <= 24 * 60:
                raise self.fail(element, tr("Import", "has working hours that overlap, run backwards or leave the day"))
            previous = end
        return tuple(spans)

    def _clock(self, element: Element, attribute: str) -> int:
        text = self.need(element, attribute)
        found = _CLOCK.match(text)
        if found is None or int(found[1]) > 24 or int(found[2]) > 59:
            raise self.fail(
                element,
                tr("Import", "“{attribute}” is “{text}”, not a time of day such as 0800").format(
                    attribute=attribute, text=text[:40]
                ),
            )
        return int(found[1]) * 60 + int(found[2])

    def _project_calendar(self, root: Element, calendars: dict[str, Calendar]) -> Calendar:
        chosen = (root.get("calendar") or "").strip()
        if chosen and chosen not in calendars:
            raise self.fail(
                root, tr("Import", "uses the calendar {chosen}, which is not in the file").format(chosen=chosen[:40])
            )
        if not calendars:
            return Calendar(name=FORMAT)
        cal = calendars[chosen] if chosen else next(iter(calendars.values()))
        if not _has_working_time(cal):
            raise self.fail(
                root,
                tr("Import", "uses the calendar “{name}”, which has no working time; a plan needs some").format(
                    name=cal.name
                ),
            )
        return cal

    # -- tasks ----------------------------------------------------------------------------------------------
    def _task(self, element: Element, parent_id: int | None, position: int) -> int:
        planner_id = self.need(element, "id")
        if planner_id in self.task_ids:
            raise self.fail(
                element, tr("Import", "two tasks have the id {planner_id}").format(planner_id=planner_id[:40])
            )
        title = bounded_text((element.get("name") or "").strip(), MAX_TITLE, "task names", self.summary)
        if not title:
            title = f"Task {planner_id[:40]}"
            self.summary.note(tr("Import", "tasks without a name were named “Task <id>”"))
        what = f"task {planner_id[:40]} “{title[:80]}”"
        task_id = len(self.ws.tasks) + 1
        task = Task(id=task_id, title=title, project_id=1, parent_id=parent_id, position=position)
        task.external_id = planner_id
        task.start, task.finish = self.time(element, "start"), self.time(element, "end")
        if task.finish < task.start:
            raise self.fail(
                element,
                tr("Import", "{what} ends ({finish}) before it starts ({start})").format(
                    what=what, finish=task.finish, start=task.start
                ),
            )
        task.work = self.seconds(element, "work", what)
        task.milestone = (element.get("type") or "normal").strip() == "milestone"
        if task.milestone:
            task.duration, task.finish = 0, task.start
        elif (element.get("scheduling") or "fixed-work").strip() == "fixed-duration":
            if element.get("duration") is None:  # not written: the working time between its start and end
                task.duration = self.ws.calendar.working_minutes(task.start, task.finish)
            else:
                task.duration = self.seconds(element, "duration", what)
        else:  # its duration follows from its people's units, once the allocations are read
            self.fixed_work.append(task_id)
        task.percent_complete = self.whole(element, "percent-complete", 0, 100, default=0)
        task.priority = _priority(self.whole(element, "priority", 0, 1_000_000, default=0))
        task.notes = bounded_text((element.get("note") or "").strip(), MAX_NOTES, "task notes", self.summary)
        constraint = element.find("constraint")
        if constraint is not None:
            kind = self.need(constraint, "type")
            if kind not in CONSTRAINTS:
                raise self.fail(
                    constraint,
                    tr("Import", "“type” is “{kind}”, not “{join}”").format(
                        kind=kind[:40], join="” or “".join(CONSTRAINTS)
                    ),
                )
            task.constraint, task.constraint_date = CONSTRAINTS[kind], self.time(constraint, "time")
        self.ws.tasks[task_id] = task
        self.task_ids[planner_id] = task_id
        self.links.extend((predecessor, task_id) for predecessor in element.findall("predecessors/predecessor"))
        return task_id

    def _durations(self) -> None:
        """A fixed-work task lasts its work shared among its people: 16 hours for two people at 100 % is one day.

        A task nobody is on lasts its work, as if one person did it; a summary's dates come from its subtasks.
        """
        for task_id in self.fixed_work:
            task = self.ws.tasks[task_id]
            units = sum(task.assignments.values()) or 1.0
            task.duration = check_minutes((task.work or 0) / units, f"task “{task.title}”")

    def _links(self) -> None:
        seen: set[tuple[int, int]] = set()
        for link, successor in self.links:
            target = self.need(link, "predecessor-id")
            predecessor = self.task_ids.get(target)
            succ_task = self.ws.tasks[successor]
            if predecessor is None:
                raise self.fail(
                    link,
                    tr("Import", "task “{title}” follows task {target}, which is not in the file").format(
                        title=succ_task.title, target=target[:40]
                    ),
                )
            type_code = (link.get("type") or "FS").strip()
            if type_code not in LINK_TYPES:
                raise self.fail(
                    link, tr("Import", "“type” is “{type_code}”, not FS, SS, FF or SF").format(type_code=type_code[:40])
                )
            label = f"“{self.ws.tasks[predecessor].title}” → “{succ_task.title}”"
            if successor == predecessor or (predecessor, successor) in seen:
                reason = "a task linked to itself" if successor == predecessor else "the same link twice"
                self.summary.skip("link", label, reason)
                continue
            if related(self.ws, predecessor, successor):
                self.summary.skip("link", label, tr("Import", "it links a summary task with its own subtask"))
                continue
            # GNOME Planner adds a lag to the predecessor's date as clock time (a "1d" lag is 8 hours of it),
            # so it comes in as elapsed time, exact in LinkFacts, and as the working time of an average week.
            elapsed = self.seconds(link, "lag", label, allow_negative=True)
            cal = self.ws.calendar
            lag = round(elapsed * cal.minutes_per_day * cal.days_per_week / (7 * 24 * 60))
            seen.add((predecessor, successor))
            dep_id = len(self.ws.dependencies) + 1
            self.ws.dependencies[dep_id] = Dependency(dep_id, predecessor, successor, LINK_TYPES[type_code], lag)
            raw = (link.get("lag") or "0").strip()
            self.result.links[dep_id] = LinkFacts(lag_unit="h", elapsed=True, elapsed_minutes=elapsed, raw=raw)

    # -- people ---------------------------------------------------------------------------------------------
    def _people(self, element: Element | None, calendars: dict[str, Calendar]) -> None:
        if element is None:
            return
        for resource in element.findall("resource"):
            planner_id = self.need(resource, "id")
            if planner_id in self.person_ids:
                raise self.fail(
                    resource, tr("Import", "two resources have the id {planner_id}").format(planner_id=planner_id[:40])
                )
            name = bounded_text((resource.get("name") or "").strip(), MAX_TITLE, "names of people", self.summary)
            if (resource.get("type") or "1").strip() == "2":
                self.summary.skip(
                    "resource", name or planner_id, tr("Import", "a material resource (the planner has people only)")
                )
                continue
            if not name:
                self.summary.skip("resource", f"id {planner_id[:40]}", tr("Import", "it has no name"))
                continue
            rate = self.number(resource, "std-rate", 0)
            if rate < 0:
                raise self.fail(resource, tr("Import", "“{name}” has a negative “std-rate”").format(name=name))
            person_id = len(self.ws.people) + 1
            self.ws.people[person_id] = Person(
                id=person_id,
                name=name,
                initials=(resource.get("short-name") or "").strip()[:MAX_TITLE],
                email=(resource.get("email") or "").strip()[:MAX_TITLE],
                rate=rate,  # per hour in GNOME Planner too
            )
            self.person_ids[planner_id] = person_id
            self.result.person_external_ids[person_id] = planner_id
            self._person_calendar(resource, person_id, calendars)

    def _person_calendar(self, resource: Element, person_id: int, calendars: dict[str, Calendar]) -> None:
        calendar_id = (resource.get("calendar") or "").strip()
        if not calendar_id:
            return
        name = self.ws.people[person_id].name
        cal = calendars.get(calendar_id)
        if cal is None:
            self.summary.skip("person calendar", f"{calendar_id[:40]} of {name}", tr("Import", "it is not in the file"))
        elif not _has_working_time(cal):
            self.summary.skip("person calendar", f"“{cal.name}” of {name}", tr("Import", "it has no working time"))
        else:
            self.result.person_calendars[person_id] = cal

    def _allocations(self, element: Element | None) -> None:
        if element is None:
            return
        for allocation in element.findall("allocation"):
            task_id = self.task_ids.get(self.need(allocation, "task-id"))
            if task_id is None:
                raise self.fail(allocation, tr("Import", "names a task that is not in the file"))
            resource = self.need(allocation, "resource-id")
            person_id = self.person_ids.get(resource)
            task = self.ws.tasks[task_id]
            if person_id is None:
                self.summary.skip(
                    "assignment", f"resource {resource[:40]} on “{task.title}”", tr("Import", "no such person came in")
                )
                continue
            label = f"{self.ws.people[person_id].name} on “{task.title}”"
            units = self.number(allocation, "units", 100) / 100
            if units <= 0:
                self.summary.skip("assignment", label, tr("Import", "0 % units"))
            elif person_id in task.assignments:
                self.summary.skip("assignment", label, tr("Import", "the same person twice on one task"))
            else:
                if units > MAX_UNITS:
                    self.summary.note(tr("Import", "allocations above 1000 % were capped at 1000 %"))
                task.assignments[person_id] = min(units, MAX_UNITS)


def _priority(value: int) -> Priority:
    """GNOME Planner's priorities are numbers, 0 (the default, never set) upward: any set one ranks the task above
    the untouched ones, and 5000 or more (the middle of the dialog's 0–9999) makes it urgent."""
    if value == 0:
        return Priority.NORMAL
    return Priority.HIGH if value < 5000 else Priority.URGENT


def _has_working_time(cal: Calendar) -> bool:
    """Whether `cal` has working hours on some weekday: the scheduler could place nothing on one that does not."""
    return any(cal.weekday_intervals(day) for day in range(7))
