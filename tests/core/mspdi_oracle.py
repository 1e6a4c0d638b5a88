"""A small, private MS Project XML reader for scheduler tests: just enough of a file to rebuild its plan in a core
workspace, schedule it again and compare with the dates MS Project wrote. Not the importer (planner/io owns that).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from shared_data import SHARED_DATA

from planner.core.calendars import Calendar, ExceptionRule, Intervals
from planner.core.model import Constraint, Dependency, LinkType, Project, Task, Workspace
from planner.core.schedule import Lag

try:
    from defusedxml import ElementTree as ET  # noqa: N817
except ImportError:  # pragma: no cover
    from xml.etree import ElementTree as ET

DATA = SHARED_DATA / "mspdi"
NS = "{http://schemas.microsoft.com/project}"
LINK_TYPES = {"0": LinkType.FF, "1": LinkType.FS, "2": LinkType.SF, "3": LinkType.SS}
CONSTRAINTS = {
    "0": Constraint.ASAP, "1": Constraint.ALAP, "2": Constraint.MSO, "3": Constraint.MFO,
    "4": Constraint.SNET, "5": Constraint.SNLT, "6": Constraint.FNET, "7": Constraint.FNLT,
}  # fmt: skip
ELAPSED_FORMATS = {"4", "6", "8", "10", "12", "20", "36", "38", "40", "42", "44", "52"}
PERCENT_FORMATS = {"19", "20", "51", "52"}


@dataclass
class Plan:
    ws: Workspace
    project_start: datetime
    calendar: Calendar
    calendars: dict[str, Calendar]  # by UID
    task_calendars: dict[int, Calendar]  # task id -> calendar MS Project scheduled it on
    lags: dict[int, Lag]
    expected: dict[int, tuple[datetime, datetime]]  # task id -> MS Project's start and finish
    uid: dict[int, str]  # task id -> UID in the file
    legacy_exceptions: dict[str, dict[date, Intervals]] = field(default_factory=dict)  # DayType 0 days, by UID
    spanned: list[int] = field(default_factory=list)  # tasks whose duration is taken from MS Project's span
    slack: dict[int, tuple[int, int, datetime | None, bool]] = field(default_factory=dict)  # total, free, LF, critical


def _text(element, name: str, default: str | None = None) -> str | None:
    found = element.find(NS + name)
    return found.text if found is not None and found.text is not None else default


def _when(text: str | None) -> datetime | None:
    if not text or text.startswith("1970"):
        return None
    return datetime.fromisoformat(text[:19])


def _minutes(text: str | None) -> int:
    """ISO 8601 working duration (PT8H0M0S) in minutes."""
    if not text:
        return 0
    body = text.split("T", 1)[1] if "T" in text else text
    total = 0.0
    number = ""
    for char in body:
        if char.isdigit() or char == ".":
            number += char
        else:
            total += float(number or 0) * {"H": 60, "M": 1, "S": 1 / 60}.get(char, 0)
            number = ""
    return round(total)


def _clock(text: str) -> int:
    hours, minutes, _ = (int(part) for part in text.split(":"))
    return hours * 60 + minutes


def _times(element) -> Intervals:
    spans = []
    for span in element.iter(NS + "WorkingTime"):
        start, end = _clock(_text(span, "FromTime")), _clock(_text(span, "ToTime"))
        spans.append((start, end or 24 * 60))
    return tuple(sorted(spans))


def _rule(element) -> ExceptionRule:
    """One <Exception> of the MS Project 2007+ form as a core rule."""
    kind = _text(element, "Type", "1")
    first = _when(_text(element.find(NS + "TimePeriod"), "FromDate")).date()
    last = _when(_text(element.find(NS + "TimePeriod"), "ToDate")).date()
    count = int(_text(element, "Occurrences", "0")) or None
    period = int(_text(element, "Period", "1"))
    working = _text(element, "DayWorking") == "1"
    common = {
        "start": first,
        "until": last,
        "count": count if _text(element, "EnteredByOccurrences") == "1" else None,
        "intervals": _times(element) if working else (),
        "name": _text(element, "Name", ""),
    }
    item = int(_text(element, "MonthItem", "3"))
    position = int(_text(element, "MonthPosition", "0"))
    nth = -1 if position == 4 else position + 1
    weekday = (item - 4) % 7  # MonthItem 3 is Sunday … 9 Saturday
    if kind == "1":
        return ExceptionRule(freq="daily", **common)
    if kind == "7":
        return ExceptionRule(freq="daily", interval=period, **common)
    if kind == "6":
        mask = int(_text(element, "DaysOfWeek", "0"))
        days = tuple((bit - 1) % 7 for bit in range(7) if mask & (1 << bit))  # bit 0 is Sunday
        return ExceptionRule(freq="weekly", interval=period, weekdays=days, week_start=6, **common)
    if kind == "4":
        return ExceptionRule(freq="monthly", interval=period, day=int(_text(element, "MonthDay")), **common)
    if kind == "5":
        return ExceptionRule(freq="monthly", interval=period, nth=nth, weekday=weekday, **common)
    month = int(_text(element, "Month")) + 1  # months count from 0
    if kind == "2":
        return ExceptionRule(freq="yearly", month=month, day=int(_text(element, "MonthDay")), **common)
    return ExceptionRule(freq="yearly", month=month, nth=nth, weekday=weekday, **common)


def _calendars(root) -> tuple[dict[str, Calendar], dict[str, dict[date, Intervals]]]:
    raw = {}
    for element in root.iter(NS + "Calendar"):
        raw[_text(element, "UID")] = element
    out: dict[str, Calendar] = {}
    legacy: dict[str, dict[date, Intervals]] = {}

    def build(uid: str) -> Calendar:
        if uid in out:
            return out[uid]
        element = raw[uid]
        base_uid = _text(element, "BaseCalendarUID", "-1")
        base = build(base_uid) if base_uid in raw and base_uid != uid else None
        week: list[Intervals | None] = [None] * 7 if base is not None else [(), (), (), (), (), (), ()]
        days: dict[date, Intervals] = {}
        for day in element.iter(NS + "WeekDay"):
            kind = int(_text(day, "DayType"))
            spans = _times(day) if _text(day, "DayWorking") == "1" else ()
            if kind == 0:  # the MS Project 2003 form of an exception: a range of days
                period = day.find(NS + "TimePeriod")
                first = _when(_text(period, "FromDate")).date()
                last = _when(_text(period, "ToDate")).date()
                while first <= last:
                    days[first] = spans
                    first += timedelta(days=1)
            else:
                week[(kind - 2) % 7] = spans  # DayType 1 is Sunday
        rules = tuple(_rule(e) for e in element.iter(NS + "Exception"))
        legacy[uid] = days
        cal = Calendar(
            name=_text(element, "Name", uid),
            week=tuple(week),
            exceptions={} if rules else dict(days),
            rules=rules,
            base=base,
        )
        out[uid] = cal
        return cal

    for uid in raw:
        build(uid)
    return out, legacy


def read_plan(name: str) -> Plan:
    root = ET.parse(DATA / name).getroot()
    calendars, legacy = _calendars(root)
    project_cal = calendars.get(_text(root, "CalendarUID", "1")) or Calendar()
    for cal in calendars.values():
        cal.minutes_per_day = int(_text(root, "MinutesPerDay", "480"))
    ws = Workspace()
    ws.calendar = project_cal
    project_start = _when(_text(root, "StartDate"))
    ws.put("project", Project(id=1, name=_text(root, "Name", name), start=project_start))

    resource_cal = {}
    for resource in root.iter(NS + "Resource"):
        resource_cal[_text(resource, "UID")] = _text(resource, "CalendarUID")
    assigned: dict[str, list[str]] = {}
    for assignment in root.iter(NS + "Assignment"):
        resource = _text(assignment, "ResourceUID")
        if resource in resource_cal:
            assigned.setdefault(_text(assignment, "TaskUID"), []).append(resource_cal[resource])

    by_uid: dict[str, int] = {}
    stack: list[tuple[int, int]] = []  # (outline level, task id)
    expected, uids, task_calendars = {}, {}, {}
    links = []
    spanned: list[int] = []
    slack: dict[int, tuple[int, int, datetime | None, bool]] = {}
    for element in root.iter(NS + "Task"):
        uid = _text(element, "UID")
        level = int(_text(element, "OutlineLevel", "1") or 1)
        if _text(element, "IsNull") == "1" or level == 0 or _text(element, "Start") is None:
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        tid = len(by_uid) + 1
        by_uid[uid] = tid
        position = sum(1 for t in ws.tasks.values() if t.parent_id == parent)
        task = Task(
            id=tid,
            title=_text(element, "Name", f"UID {uid}"),
            project_id=1,
            parent_id=parent,
            position=position,
            duration=_minutes(_text(element, "Duration")),
            milestone=_text(element, "Milestone") == "1",
            manual=_text(element, "Manual") == "1",
            constraint=CONSTRAINTS.get(_text(element, "ConstraintType", "0"), Constraint.ASAP),
            constraint_date=_when(_text(element, "ConstraintDate")),
            deadline=_when(_text(element, "Deadline")),
            percent_complete=int(_text(element, "PercentComplete", "0")),
            start=_when(_text(element, "Start")),
            finish=_when(_text(element, "Finish")),
        )
        ws.put("task", task)
        stack.append((level, tid))
        expected[tid] = (task.start, task.finish)
        if _text(element, "TotalSlack") is not None:
            slack[tid] = (
                round(int(_text(element, "TotalSlack")) / 10),
                round(int(_text(element, "FreeSlack", "0")) / 10),
                _when(_text(element, "LateFinish")),
                _text(element, "Critical") == "1",
            )
        uids[tid] = uid
        own = _text(element, "CalendarUID", "-1")
        # MS Project schedules a task on its own calendar, else on its resources' calendar when they share one.
        if own in calendars:
            task_calendars[tid] = calendars[own]
        elif len(set(assigned.get(uid, ()))) == 1 and assigned[uid][0] in calendars:
            task_calendars[tid] = calendars[assigned[uid][0]]
        elif len(set(assigned.get(uid, ()))) > 1:
            # Resources on different calendars each work their own hours and the task ends with the last one;
            # the core schedules a task on one calendar, so it takes the span MS Project found as the duration.
            task.duration = project_cal.working_minutes(task.start, task.finish)
            spanned.append(tid)
        for link in element.findall(NS + "PredecessorLink"):
            links.append((link, tid))
    ws.rebuild_indexes()
    lags: dict[int, Lag] = {}
    for link, successor in links:
        predecessor = by_uid.get(_text(link, "PredecessorUID"))
        if predecessor is None:
            continue
        tenths = int(_text(link, "LinkLag", "0"))
        lag_format = _text(link, "LagFormat", "7")
        dep = Dependency(
            id=len(ws.dependencies) + 1,
            predecessor_id=predecessor,
            successor_id=successor,
            type=LINK_TYPES[_text(link, "Type", "1")],
            lag=round(tenths / 10),
        )
        ws.put("dependency", dep)
        if lag_format in PERCENT_FORMATS:
            lags[dep.id] = Lag(percent=tenths / 10)
        elif lag_format in ELAPSED_FORMATS:
            lags[dep.id] = Lag(minutes=round(tenths / 10), elapsed=True)
    # Summary tasks are rolled up, and auto-scheduled tasks not yet started are scheduled again: clear their
    # dates. A started task keeps its start (its actual start), a finished one both dates, as in MS Project.
    for task in ws.tasks.values():
        if ws.is_summary(task.id) or (not task.manual and task.percent_complete == 0):
            task.start = task.finish = None
    return Plan(ws, project_start, project_cal, calendars, task_calendars, lags, expected, uids, legacy, spanned, slack)


@dataclass
class Agreement:
    compared: int
    agreed: int
    differences: list[str]


def compare(plan: Plan, result) -> Agreement:
    """Start and finish of every auto-scheduled task against MS Project's, in the task's working time."""
    differences = []
    compared = 0
    for tid, (start, finish) in plan.expected.items():
        task = plan.ws.tasks[tid]
        if task.manual and not plan.ws.is_summary(tid):
            continue
        compared += 1
        line = result._lines[result._index[tid]]
        got_start, got_finish = result.start(tid), result.finish(tid)
        # Equal positions on the task's timeline: the same instant in working time (17:00 ≡ 08:00 next day).
        same = round(line.position(got_start)) == round(line.position(start)) and round(
            line.position(got_finish)
        ) == round(line.position(finish))
        if not same:
            differences.append(
                f"UID {plan.uid[tid]} “{task.title}”: MS Project {start:%Y-%m-%d %H:%M} – {finish:%Y-%m-%d %H:%M},"
                f" ours {got_start:%Y-%m-%d %H:%M} – {got_finish:%Y-%m-%d %H:%M}"
            )
    return Agreement(compared, compared - len(differences), differences)
