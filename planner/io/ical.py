"""iCalendar (RFC 5545) in and out with the `icalendar` package: tasks as VTODO, milestones as all-day VEVENTs,
routines as RRULEs with their skipped and moved occurrences; VTODO and VEVENT in as tasks, or a holiday feed
into a working calendar. Files in, core objects out, and back; no Qt, nothing written on error."""

from __future__ import annotations

import os
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from planner import __version__
from planner.core.calendars import EARLIEST, LATEST, ExceptionRule, in_range
from planner.core.command import Command
from planner.core.errors import ValidationError
from planner.core.i18n import plural, tr
from planner.core.model import Label, Priority, Project, StatusKind, Task, Workspace
from planner.core.recurrence import check_rule, is_routine
from planner.io.common import (
    MAX_NOTES,
    MAX_TITLE,
    ImportFileError,
    ImportResult,
    bounded_text,
    check_count,
    read_bytes,
    write_file,
)
from planner.io.summary import ImportSummary

FORMAT = "iCalendar"
PRODID = f"-//Planner//Planner {__version__}//EN"
MAX_BYTES = 64 * 1024 * 1024  # 100,000 to-dos of 600 bytes each; a larger file is refused before it is read
MAX_LINE = 1024 * 1024  # characters of one unfolded content line: no title or note is that long
MAX_TZID = 255  # characters of a time-zone name; the zone is looked up as a file of that name
MAX_NESTING = 10  # components inside components: a calendar, an event, an alarm; a time zone and its rules
MANY = {"CATEGORIES", "EXDATE", "RDATE", "RRULE"}  # properties a component may give more than once
MILESTONE = "X-PLANNER-MILESTONE"
# RFC 5545 text has one escaped line break, "\n", and no carriage return: a text whose line breaks are all CR LF
# (Windows) or all CR goes out with "\n" and this parameter, which other programs ignore, so that it comes back
# as it was. A text with mixed line breaks comes back with "\n" for each.
LINE_BREAKS = "X-PLANNER-LINE-BREAKS"
BREAKS = {"CRLF": "\r\n", "CR": "\r"}
# RFC 5545 priorities run 1 (highest) … 9 (lowest), 0 for none.
TO_ICAL_PRIORITY = {Priority.URGENT: 1, Priority.HIGH: 3, Priority.NORMAL: 5, Priority.LOW: 9}


def _from_ical_priority(value: int) -> Priority:
    if 1 <= value <= 2:
        return Priority.URGENT
    if 3 <= value <= 4:
        return Priority.HIGH
    if 6 <= value <= 9:
        return Priority.LOW
    return Priority.NORMAL


# -- reading ------------------------------------------------------------------------------------------
# What the icalendar package raises for text it cannot parse (OSError: a zone name no file system takes).
PARSE_ERRORS = (ValueError, KeyError, IndexError, TypeError, AttributeError, OSError)


@dataclass(frozen=True)
class _Part:
    """A component directly inside a VCALENDAR (a to-do, an event, a time zone): where its text is in the file."""

    name: str
    line: int
    start: int  # byte offsets: its BEGIN line, and just after its END line
    end: int


@dataclass
class _Parsed:
    """The file's calendars, the components left out because they could not be parsed (each with its line and the
    reason), and the line of each component that was parsed, once asked for."""

    calendars: list[icalendar.Calendar]
    left_out: list[tuple[_Part, str, str]] = field(default_factory=list)  # (part, its SUMMARY, why)
    lines: dict[int, int] | None = None  # id(component) -> line of its BEGIN


def parse_calendars(data: bytes, name: str) -> _Parsed:
    """Every VCALENDAR in `data`; ImportFileError naming the file when it is not iCalendar or is beyond the limits.

    A component that cannot be parsed (a bad date, a bad RRULE) is left out and listed, and the rest is read: the
    whole file is parsed at once first and, only when that fails, each component alone. The limits are checked on
    the bytes first, since building the components costs far more than the scan."""
    if not data.strip():
        raise ImportFileError(tr("Import", "{name}: the file is empty").format(name=name))
    if not data.lstrip(b"\xef\xbb\xbf \r\n\t")[:15].upper().startswith(b"BEGIN:VCALENDAR"):
        raise ImportFileError(
            tr("Import", "{name}: this is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)").format(
                name=name
            )
        )
    _check_limits(data, name)
    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except PARSE_ERRORS as error:
        parsed = _parse_each_component(data)
        if parsed is None or not parsed.calendars:
            raise ImportFileError(
                tr("Import", "{name}: malformed iCalendar ({error})").format(name=name, error=str(error)[:200])
            ) from None
    else:
        parsed = _Parsed([c for c in calendars if c.name == "VCALENDAR"])
    if not parsed.calendars or not data.rstrip().upper().endswith(b"END:VCALENDAR"):
        raise ImportFileError(
            tr("Import", "{name}: malformed iCalendar (a VCALENDAR that begins but never ends)").format(name=name)
        )
    return parsed


_EDGE = re.compile(rb"\n(BEGIN|END):([A-Z0-9-]*)")
_SUMMARY = re.compile(rb"\nSUMMARY[;:][^\r\n]*")


def _outline(data: bytes) -> list[tuple[int, int, list[_Part]]]:
    """Each VCALENDAR that begins and ends, as (start, end, its direct components), from a scan of the BEGIN and END
    lines: the lines of the components and the text to parse each alone."""
    upper = data.upper()
    out: list[tuple[int, int, list[_Part]]] = []
    opened = upper.find(b"BEGIN:VCALENDAR")  # the first has no line break before it
    calendar: tuple[int, list[_Part]] | None = (opened, [])
    part: tuple[str, int, int] | None = None
    depth, line, counted = 1, 1, 0
    for edge in _EDGE.finditer(upper):
        at = edge.start() + 1
        line += upper.count(b"\n", counted, at)
        counted = at
        if edge.group(1) == b"BEGIN":
            depth += 1
            if depth == 1:
                calendar = (at, [])
            elif depth == 2:
                part = (edge.group(2).decode("ascii"), line, at)
            continue
        end = upper.find(b"\n", at)
        end = len(data) if end < 0 else end + 1
        if depth == 2 and part is not None and calendar is not None:
            calendar[1].append(_Part(part[0], part[1], part[2], end))
            part = None
        elif depth == 1 and calendar is not None:
            out.append((calendar[0], end, calendar[1]))
            calendar = None
        depth -= 1
    return out


def _parse_each_component(data: bytes) -> _Parsed | None:
    """The calendars with every component that parses alone; None when the calendars themselves do not."""
    parsed = _Parsed([], lines={})
    for start, end, parts in _outline(data):
        shell, cursor = [], start  # the calendar's own lines: everything but its components
        for part in parts:
            shell.append(data[cursor : part.start])
            cursor = part.end
        shell.append(data[cursor:end])
        try:
            calendar = icalendar.Calendar.from_ical(b"".join(shell))
        except PARSE_ERRORS:
            return None
        for part in parts:
            text = data[part.start : part.end]
            try:
                component = icalendar.Component.from_ical(text)
            except PARSE_ERRORS as error:
                title = _SUMMARY.search(b"\n" + text)
                title = title.group()[9:].split(b":", 1)[-1].decode("utf-8", "replace").strip() if title else ""
                parsed.left_out.append((part, title, str(error)[:200]))
                continue
            calendar.add_component(component)
            parsed.lines[id(component)] = part.line
        parsed.calendars.append(calendar)
    return parsed


_BEGIN_OR_END = re.compile(rb"\n(BEGIN|END):")  # starts with a byte, so the engine skips ahead to each newline
_LONG_TZID = re.compile(rb"TZID[=:][^:;\r\n]{%d}" % (MAX_TZID + 1))
_FOLDS = (b"\r\n ", b"\r\n\t", b"\n ", b"\n\t")  # a line break and a space or tab: the line goes on


def _check_limits(data: bytes, name: str) -> None:
    """The limits, checked with plain scans of the bytes, not with the components built (0.06 s for a 23 MB file
    of 150,000 to-dos, where building them took 45 s; 0.5 s for a 50 MB line).

    Regular expressions that begin with a character class or ignore case are avoided: they try every position
    and took seconds on such files."""
    upper = data.upper()  # names in iCalendar are case-insensitive
    check_count(upper.count(b"BEGIN:VTODO") + upper.count(b"BEGIN:VEVENT"), "to-dos and events", name)
    depth = 1  # the BEGIN:VCALENDAR that opens the file has no line break before it
    for found in _BEGIN_OR_END.finditer(upper):  # one step per component, not per line
        depth += 1 if found.group(1) == b"BEGIN" else -1
        if depth > MAX_NESTING:
            line = data.count(b"\n", 0, found.start()) + 2
            raise ImportFileError(
                tr("Import", "{name}, line {line}: components nested more than {MAX_NESTING} deep").format(
                    name=name, line=line, MAX_NESTING=MAX_NESTING
                )
            )
    unfolded = data
    for fold in _FOLDS:  # a long line may be folded into many short ones
        unfolded = unfolded.replace(fold, b"")
    if max(map(len, unfolded.split(b"\n"))) > MAX_LINE:
        raise ImportFileError(
            tr("Import", "{name}: a line longer than {MAX_LINE:,} characters; no plan holds such a text").format(
                name=name, MAX_LINE=MAX_LINE
            )
        )
    long_zone = _LONG_TZID.search(upper)
    if long_zone:
        line = data.count(b"\n", 0, long_zone.start()) + 1
        raise ImportFileError(
            tr("Import", "{name}, line {line}: a time-zone name (TZID) longer than {MAX_TZID} characters").format(
                name=name, line=line, MAX_TZID=MAX_TZID
            )
        )


def _zone(calendars: list[icalendar.Calendar]) -> tzinfo | None:
    """The zone the file's UTC times are shown in: X-WR-TIMEZONE, else its first VTIMEZONE, else local time."""
    for cal in calendars:
        names = [str(cal.get("X-WR-TIMEZONE", ""))] + [str(tz.get("TZID", "")) for tz in cal.walk("VTIMEZONE")]
        for zone_name in names:
            if zone_name:
                try:
                    return ZoneInfo(zone_name)
                except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name no file system takes
                    continue
    return None


@dataclass
class _Moment:
    at: datetime
    all_day: bool


class _Reader:
    def __init__(self, data: bytes, name: str) -> None:
        self.name, self.data = name, data
        self.parsed = parse_calendars(data, name)
        self.calendars = self.parsed.calendars
        self.zone = _zone(self.calendars)
        self.summary = ImportSummary(source=name, format=FORMAT)
        self.ws = Workspace()
        self.cal = self.ws.calendar
        self.left_out: list[str] = []  # components that could not be read, each with its line and why
        self.unread: set[int] = set()  # id() of those the parser built but the reader could not read

    def moment(self, value, what: str) -> _Moment | None:
        """A property's value as a naive local datetime: zoned times keep their wall clock, UTC ones are shown in
        the file's zone, dates are days."""
        try:
            raw = getattr(value, "dt", value)
        except Exception as error:  # icalendar keeps a value it cannot read and raises when it is used
            raise ImportFileError(
                tr("Import", "{name}: {what}: {error}").format(name=self.name, what=what, error=error)
            ) from None
        if isinstance(raw, date) and not in_range(raw):
            self.summary.note(
                tr("Import", "{what}: a date outside {EARLIEST:%Y}–{LATEST:%Y} was ignored").format(
                    what=what, EARLIEST=EARLIEST, LATEST=LATEST
                )
            )
            return None
        if isinstance(raw, datetime):
            if raw.tzinfo is not None:
                if raw.utcoffset() == timedelta(0) and self.zone is not None:
                    raw = raw.astimezone(self.zone)
                elif raw.utcoffset() == timedelta(0):
                    raw = raw.astimezone()  # local time of this computer
                raw = raw.replace(tzinfo=None)
            return _Moment(raw.replace(microsecond=0), False)
        if isinstance(raw, date):
            return _Moment(datetime.combine(raw, time()), True)
        self.summary.note(tr("Import", "{what}: a value that is not a date was ignored").format(what=what))
        return None

    def prop(self, component, name: str, what: str):
        """The property's value, None when it is missing; the first one, with a note, when it is given twice (the
        icalendar package then returns a list). ImportFileError when it cannot be read."""
        value = component.get(name)
        if isinstance(value, list) and name not in MANY:
            self.summary.note(
                tr("Import", "{what}: {name} is given {count} times; the first is kept").format(
                    what=what, name=name, count=len(value)
                )
            )
            value = value[0]
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, icalendar.vBroken):
                raise ImportFileError(
                    tr("Import", "{name}: {what}: {name2} “{item}” cannot be read ({parse_error})").format(
                        name=self.name, what=what, name2=name, item=str(item)[:40], parse_error=item.parse_error
                    )
                )
        return value

    def text(self, component, name: str, what: str, limit: int) -> str:
        value = self.prop(component, name, what)
        text = str(value if value is not None else "").strip()
        breaks = str(getattr(value, "params", {}).get(LINE_BREAKS, "")).upper()
        if breaks in BREAKS:  # our own export's note of the line breaks the text had
            text = text.replace("\n", BREAKS[breaks])
        return bounded_text(text, limit, f"{name} texts", self.summary)

    def read(self) -> ImportResult:
        title = ""
        for cal in self.calendars:
            title = title or self.text(cal, "X-WR-CALNAME", "the calendar", MAX_TITLE)
        project = Project(id=1, name=title or Path(self.name).stem)
        self.ws.put("project", project)
        components = [c for cal in self.calendars for c in cal.subcomponents if c.name in ("VTODO", "VEVENT")]
        for part, title, reason in self.parsed.left_out:
            self.leave_out(part.name, title, part.line, reason)
        if not components and not self.left_out:
            raise ImportFileError(tr("Import", "{name}: the file holds no to-dos or events").format(name=self.name))
        masters: dict[str, Task] = {}
        overrides = []
        for component in components:
            with self.each(component):
                if self.prop(component, "RECURRENCE-ID", component.name) is not None:
                    overrides.append(component)
                    continue
                task = self.task(component, project.id)
                if task is not None and task.external_id:
                    masters.setdefault(task.external_id, task)
        for component in overrides:
            with self.each(component):
                self.override(component, masters, project.id)
        if not self.ws.tasks and self.left_out:
            raise ImportFileError(
                tr("Import", "{name}: no to-do or event could be read; {left_out}").format(
                    name=self.name, left_out=self.left_out[0]
                )
            )
        for cal in self.calendars:
            for component in cal.subcomponents:
                if component.name not in ("VTODO", "VEVENT", "VTIMEZONE"):
                    self.summary.skip("component", component.name, tr("Import", "not a to-do or an event"))
        for kind in ("VTODO", "VEVENT"):
            count = sum(1 for c in components if c.name == kind and id(c) not in self.unread)
            if count:
                self.summary.note(plural("%n {kind} component(s) read", None, count).format(kind=kind))
        self.ws.rebuild_indexes()
        return ImportResult(self.ws, project.id, self.summary, self.cal)

    def leave_out(self, kind: str, title: str, line: int | None, reason: str) -> None:
        where = f" line {line}" if line else ""
        self.left_out.append(
            tr("Import", "left out: {kind} “{title}”{where}: {reason}").format(
                kind=kind, title=title[:80], where=where, reason=reason
            )
        )
        self.summary.note(self.left_out[-1])

    @contextmanager
    def each(self, component):
        """Read one component: when it cannot be read, it is left out, listed with its line, and whatever it had
        added taken back, so the rest of the file still comes in."""
        # Counts, not copies: a copy of the tables for each of 20,000 to-dos made the import quadratic.
        tasks, labels, counts = len(self.ws.tasks), len(self.ws.labels), Counter(self.summary.counts)
        try:
            yield
        except ImportFileError as error:
            for task_id in list(self.ws.tasks)[tasks:]:  # what it added, last in the tables' insertion order
                del self.ws.tasks[task_id]
            for label_id in list(self.ws.labels)[labels:]:
                del self.ws.labels[label_id]
            self.summary.counts = counts
            title = component.get("SUMMARY")
            title = str(title or "") if not isinstance(title, list) else ""
            # The error names the file and the component; the line says both already.
            reason = str(error).removeprefix(f"{self.name}: ")
            reason = reason.removeprefix(f"{component.name} “{title[:80]}”: ").removeprefix(f"{title}: ")
            self.leave_out(component.name, title or "(untitled)", self.line_of(component), reason)
            self.unread.add(id(component))

    def line_of(self, component) -> int | None:
        """The line of a component's BEGIN, found by a scan of the file the first time one is asked for."""
        if self.parsed.lines is None:
            parts = [part for _, _, parts in _outline(self.data) for part in parts]
            components = [c for cal in self.calendars for c in cal.subcomponents]
            if len(parts) == len(components):
                self.parsed.lines = {id(c): part.line for c, part in zip(components, parts, strict=True)}
            else:
                self.parsed.lines = {}
        return self.parsed.lines.get(id(component))

    def _new_task(self, project_id: int, component) -> Task:
        title = self.text(component, "SUMMARY", component.name, MAX_TITLE) or "(untitled)"
        task = Task(id=self.ws.new_id("task"), title=title, project_id=project_id)
        task.position = len(self.ws.tasks)
        task.notes = self.text(component, "DESCRIPTION", component.name, MAX_NOTES)
        task.external_id = self.text(component, "UID", component.name, MAX_TITLE)
        return task

    def task(self, component, project_id: int) -> Task | None:
        task = self._new_task(project_id, component)
        what = f"{component.name} “{task.title[:80]}”"
        given = self.prop(component, "DTSTART", what)
        start = self.moment(given, what) if given is not None else None
        end_prop = self.prop(component, "DUE" if component.name == "VTODO" else "DTEND", what)
        end = self.moment(end_prop, what) if end_prop is not None else None
        length = getattr(self.prop(component, "DURATION", what), "dt", None)
        if end is None and isinstance(length, timedelta) and start is not None:
            if abs(length) <= LATEST - EARLIEST and in_range(start.at + length):
                end = _Moment(start.at + length, start.all_day)
            else:
                self.summary.note(
                    tr("Import", "{what}: a DURATION that ends outside {EARLIEST:%Y}–{LATEST:%Y} was ignored").format(
                        what=what, EARLIEST=EARLIEST, LATEST=LATEST
                    )
                )
        if component.name == "VEVENT" and start is None:
            self.summary.skip("event", task.title, tr("Import", "it has no start (DTSTART)"))
            return None
        self.dates(task, start, end)
        task.milestone = str(self.prop(component, MILESTONE, what) or "").upper() == "TRUE"
        if task.milestone and task.start is not None:
            task.finish, task.duration = task.start, 0
        status = str(self.prop(component, "STATUS", what) or "").upper()
        percent = self.prop(component, "PERCENT-COMPLETE", what)
        if percent is not None:
            try:
                task.percent_complete = max(0, min(100, int(percent)))
            except (TypeError, ValueError):
                self.summary.note(
                    tr("Import", "{what}: PERCENT-COMPLETE “{percent}” is not a number and was ignored").format(
                        what=what, percent=percent
                    )
                )
        done = self.prop(component, "COMPLETED", what)
        if status == "COMPLETED" or done is not None:
            task.percent_complete = 100
            moment = self.moment(done, what) if done is not None else None
            task.completed = moment.at if moment else None
        elif status == "CANCELLED":
            self.summary.note(tr("Import", "{what} was cancelled; it is imported as a task to do").format(what=what))
        priority = self.prop(component, "PRIORITY", what)
        if priority is not None:
            try:
                task.priority = _from_ical_priority(int(priority))
            except (TypeError, ValueError):
                self.summary.note(
                    tr("Import", "{what}: PRIORITY “{priority}” is not a number and was ignored").format(
                        what=what, priority=priority
                    )
                )
        task.labels = self.labels(component, what)
        self.rule(component, task, what)
        # Straight into the table (its id is from new_id); `read` indexes the tree once at the end. Placing each
        # to-do among its siblings as it came made 20,000 of them take minutes.
        self.ws.tasks[task.id] = task
        self.summary.add("task")
        return task

    def dates(self, task: Task, start: _Moment | None, end: _Moment | None) -> None:
        cal = self.cal
        if start is not None:
            task.start = start.at
        if end is not None:
            # An all-day end is the day after the last one (exclusive), as RFC 5545 says.
            task.finish = end.at - timedelta(seconds=1) if end.all_day and end.at > (task.start or end.at) else end.at
            if end.all_day:
                task.finish = cal.day_end(task.finish.date()) if cal.is_working_day(task.finish.date()) else task.finish
        if start is not None and start.all_day and cal.is_working_day(start.at.date()):
            task.start = cal.day_start(start.at.date())
        if task.start is not None and task.finish is not None:
            if task.finish < task.start:
                self.summary.note(
                    tr("Import", "“{title}” ends before it starts; its end was set to its start").format(
                        title=task.title
                    )
                )
                task.finish = task.start
            task.duration = max(0, cal.working_minutes(task.start, task.finish))
        # Dates from a calendar are appointments: the scheduler keeps them where they are.
        task.manual = task.start is not None or task.finish is not None

    def labels(self, component, what: str) -> set[int]:
        values = self.prop(component, "CATEGORIES", what)
        if values is None:
            return set()
        names: list[str] = []
        for value in values if isinstance(values, list) else [values]:
            names.extend(str(c).strip()[:MAX_TITLE] for c in getattr(value, "cats", [value]))
        out = set()
        known = {label.name.casefold(): label.id for label in self.ws.labels.values()}
        for name in names:
            if not name:
                continue
            if name.casefold() not in known:
                label = Label(id=self.ws.new_id("label"), name=name)
                self.ws.put("label", label)
                known[name.casefold()] = label.id
                self.summary.add("label")
            out.add(known[name.casefold()])
        return out

    def rule(self, component, task: Task, what: str) -> None:
        rules = self.prop(component, "RRULE", what)
        if isinstance(rules, list):
            self.summary.note(
                tr("Import", "{what}: only the first of its {count} RRULEs is kept").format(what=what, count=len(rules))
            )
            rules = rules[0]
        if rules is None:
            return
        until = rules.get("UNTIL")
        if until and isinstance(until[0], datetime) and until[0].tzinfo is not None:
            # A UTC end against a start in local wall-clock time: compare both in the file's zone.
            end = self.moment(until[0], what)
            if end is None:
                self.summary.skip(
                    "repeat rule", task.title, tr("Import", "its end (UNTIL) is not a date a plan can hold")
                )
                return
            rules = icalendar.vRecur(rules)
            rules["UNTIL"] = [end.at]
        text = rules.to_ical().decode()
        try:
            task.recurrence = check_rule(text, what)
        except ValidationError as error:
            self.summary.skip("repeat rule", task.title, str(error).split(": ", 1)[-1])
            return
        if task.start is None:
            task.start = task.finish  # a to-do repeats from its due date when it has no start
        for day in self.dates_of(self.prop(component, "EXDATE", what), what):
            task.recurrence_exceptions[day.date()] = None
        extra = self.dates_of(self.prop(component, "RDATE", what), what)
        for at in extra:
            copy_task = self._new_task(task.project_id, component)
            copy_task.external_id = f"{task.external_id}#rdate-{at:%Y%m%dT%H%M}"
            length = (task.finish - task.start) if task.start and task.finish else timedelta()
            self.dates(copy_task, _Moment(at, False), _Moment(at + length, False))
            copy_task.labels = set(task.labels)
            self.ws.tasks[copy_task.id] = copy_task
            self.summary.add("task")
        if extra:
            self.summary.note(
                tr("Import", "{what}: {count} extra date(s) (RDATE) became tasks of their own").format(
                    what=what, count=len(extra)
                )
            )
        if task.recurrence:
            self.summary.add("routine")

    def dates_of(self, prop, what: str) -> list[datetime]:
        if prop is None:
            return []
        out = []
        for value in prop if isinstance(prop, list) else [prop]:
            for item in getattr(value, "dts", [value]):
                if isinstance(getattr(item, "dt", None), tuple):  # an RDATE period: its start
                    item = item.dt[0]
                moment = self.moment(item, what)
                if moment is not None:
                    out.append(moment.at)
        return out

    def override(self, component, masters: dict[str, Task], project_id: int) -> None:
        """A moved or changed occurrence (RECURRENCE-ID): an exception of its routine, or a task of its own."""
        uid = self.text(component, "UID", component.name, MAX_TITLE)
        master = masters.get(uid)
        title = self.text(component, "SUMMARY", component.name, MAX_TITLE) or (master.title if master else "(untitled)")
        what = f"“{title[:80]}”"
        recurrence_id = self.prop(component, "RECURRENCE-ID", what)
        original = self.moment(recurrence_id, what)
        if str(recurrence_id.params.get("RANGE", "")).upper() == "THISANDFUTURE":
            self.summary.note(
                tr(
                    "Import", "“{title}”: a change to this and all later occurrences is kept for one occurrence only"
                ).format(title=title)
            )
        if master is None or not master.recurrence or original is None:
            task = self.task(component, project_id)
            if task is not None:
                task.external_id = f"{uid}#{original.at:%Y%m%dT%H%M}" if original else uid
            return
        start = self.prop(component, "DTSTART", what)
        moment = self.moment(start, what) if start is not None else None
        status = str(self.prop(component, "STATUS", what) or "").upper()
        if status == "CANCELLED" or moment is None:
            master.recurrence_exceptions[original.at.date()] = None
        elif moment.at == original.at:
            return  # the occurrence where the rule puts it (an instance with its own status, say): nothing moved
        else:
            master.recurrence_exceptions[original.at.date()] = moment.at
        self.summary.add("moved occurrence")


def import_ical(path: str | os.PathLike) -> ImportResult:
    """Read an iCalendar file's to-dos and events into a new workspace holding one project."""
    return _Reader(read_bytes(path, MAX_BYTES), Path(path).name).read()


def read_holidays(path: str | os.PathLike) -> tuple[list[ExceptionRule], ImportSummary]:
    """A holiday feed's all-day events as days off (one named exception per event; yearly ones repeat)."""
    reader = _Reader(read_bytes(path, MAX_BYTES), Path(path).name)
    rules = []
    for part, title, reason in reader.parsed.left_out:
        reader.leave_out(part.name, title, part.line, reason)
    for cal in reader.calendars:
        for event in cal.walk("VEVENT"):
            with reader.each(event):
                rules.extend(_holiday(reader, event))
    return rules, reader.summary


def _holiday(reader: _Reader, event) -> list[ExceptionRule]:
    """One holiday event's days off: none when it has no date a plan can hold."""
    name = reader.text(event, "SUMMARY", "VEVENT", MAX_TITLE) or "Holiday"
    given, ends = reader.prop(event, "DTSTART", name), reader.prop(event, "DTEND", name)
    start = reader.moment(given, name) if given is not None else None
    if start is None:
        reader.summary.skip("holiday", name, tr("Import", "it has no date a plan can hold"))
        return []
    end = reader.moment(ends, name) if ends is not None else None
    first = start.at.date()
    last = first if end is None else max(first, (end.at - timedelta(days=1 if end.all_day else 0)).date())
    recur = reader.prop(event, "RRULE", name)
    recur = recur[0] if isinstance(recur, list) else recur
    freq = str(recur.get("FREQ", [""])[0]).upper() if isinstance(recur, icalendar.vRecur) else ""
    reader.summary.add("holiday")
    if freq == "YEARLY":
        return [ExceptionRule(first, freq="yearly", name=name)]
    return [ExceptionRule(first, until=last, name=name)]


class AddHolidays(Command):
    """Put a holiday feed's days off into a working calendar (`calendar_id`, or the workspace's when stored)."""

    def __init__(self, rules: list[ExceptionRule], calendar_id: int | None = None) -> None:
        super().__init__()
        self.text = tr("Commands", "Import holidays")
        self.rules, self.calendar_id = list(rules), calendar_id

    def _do(self, ws: Workspace) -> None:
        ident = self.calendar_id if self.calendar_id is not None else ws.calendar.id
        calendar = ws.calendars.get(ident)
        if calendar is None:
            raise ValidationError(
                tr("Import", "Holidays go into a saved working calendar; this workspace has none yet")
            )
        self.touch(ws, "calendar", ident)
        known = set(calendar.rules)
        calendar.rules = (*calendar.rules, *(r for r in self.rules if r not in known))


# -- writing ------------------------------------------------------------------------------------------
def _uid(task: Task) -> str:
    return task.external_id or f"task-{task.id}@planner"


def build_calendar(ws: Workspace, project_id: int | None = None, now: datetime | None = None) -> icalendar.Calendar:
    """The workspace's tasks (one project's, when given) as a VCALENDAR that calendar programs can subscribe to."""
    now = now or datetime.now(UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    name = ws.projects[project_id].name if project_id is not None else "Planner"
    cal.add("X-WR-CALNAME", name)
    done_ids = ws.done_status_ids()
    doing_ids = {s.id for s in ws.statuses.values() if s.kind is StatusKind.DOING}
    tasks = [t for t in ws.tasks.values() if project_id is None or t.project_id == project_id]
    by_id = {t.id: t for t in tasks}
    for task in sorted(tasks, key=lambda t: t.id):
        if task.milestone:
            cal.add_component(_milestone(task, now))
            continue
        routine = by_id.get(task.routine_id) if task.routine_id is not None else None
        cal.add_component(_todo(ws, task, routine, now, done_ids, doing_ids))
    return cal


def _add_text(component, name: str, text: str) -> None:
    """A text property; one whose line breaks are all CR LF or all CR says so (LINE_BREAKS)."""
    for kind, newline in BREAKS.items():
        others = text.replace(newline, "")
        if newline in text and "\r" not in others and "\n" not in others:
            component.add(name, text.replace(newline, "\n"), parameters={LINE_BREAKS: kind})
            return
    component.add(name, text)


def _milestone(task: Task, now: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("UID", _uid(task))
    event.add("DTSTAMP", now)
    _add_text(event, "SUMMARY", task.title)
    day = (task.start or task.finish or now).date()
    event.add("DTSTART", day)
    event.add("DTEND", day + timedelta(days=1))
    event.add("TRANSP", "TRANSPARENT")
    event.add(MILESTONE, "TRUE")
    if task.notes:
        _add_text(event, "DESCRIPTION", task.notes)
    return event


def _todo(ws: Workspace, task: Task, routine: Task | None, now, done_ids, doing_ids) -> icalendar.Todo:
    todo = icalendar.Todo()
    # An occurrence is its routine's RECURRENCE-ID instance, so calendar programs show one series, not doubles.
    todo.add("UID", _uid(routine) if routine is not None and task.occurrence is not None else _uid(task))
    if routine is not None and task.occurrence is not None:
        todo.add("RECURRENCE-ID", task.occurrence)
    todo.add("DTSTAMP", now)
    _add_text(todo, "SUMMARY", task.title)
    if task.notes:
        _add_text(todo, "DESCRIPTION", task.notes)
    if task.start is not None:
        todo.add("DTSTART", task.start)
    if task.finish is not None and (task.start is None or task.finish > task.start):
        todo.add("DUE", task.finish)
    done = task.status_id in done_ids or task.completed is not None
    todo.add("STATUS", "COMPLETED" if done else "IN-PROCESS" if task.status_id in doing_ids else "NEEDS-ACTION")
    todo.add("PERCENT-COMPLETE", 100 if done else task.percent_complete)
    if task.completed is not None:
        # RFC 5545 (3.8.2.1): COMPLETED is a date-time in UTC. The planner's times are this computer's wall clock.
        todo.add("COMPLETED", task.completed.astimezone(UTC))
    todo.add("PRIORITY", TO_ICAL_PRIORITY[task.priority])
    names = sorted(ws.labels[i].name for i in task.labels if i in ws.labels)
    if names:
        todo.add("CATEGORIES", names)
    if is_routine(task):
        todo.add("RRULE", icalendar.vRecur.from_ical(task.recurrence))
        skipped = [
            datetime.combine(day, (task.start or datetime.min).time())
            for day, moved in sorted(task.recurrence_exceptions.items())
            if moved is None
        ]
        if skipped:
            todo.add("EXDATE", skipped)
    return todo


def export_ical(ws: Workspace, project_id: int | None, path: str | os.PathLike, extras=None) -> None:
    """Write the tasks of project `project_id` (every task when None) to an .ics file."""
    write_file(path, build_calendar(ws, project_id).to_ical())
