"""Export then import gives the same plan (hypothesis generates the plans), and the export keeps the schema's
element order, which MS Project insists on."""

import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import defusedxml.ElementTree as DefusedET
from hypothesis import given, settings
from hypothesis import strategies as st
from plan_facts import plan_facts
from shared_data import SHARED_DATA, needs_shared_data

from planner.core.calendars import Calendar
from planner.core.model import Constraint, Dependency, LinkType, Person, Priority, Project, Task, Workspace
from planner.io.formats import export_file, import_file
from planner.io.mspdi import export_mspdi, mspdi_text

# The order of the MSPDI schema (mspdi_pj12.xsd plus the Project 2010 additions Active, Manual, ManualStart…).
PROJECT_ORDER = [
    "SaveVersion",
    "UID",
    "Name",
    "Title",
    "Subject",
    "Category",
    "Company",
    "Manager",
    "Author",
    "CreationDate",
    "Revision",
    "LastSaved",
    "ScheduleFromStart",
    "StartDate",
    "FinishDate",
    "FYStartDate",
    "CriticalSlackLimit",
    "CurrencyDigits",
    "CurrencySymbol",
    "CurrencyCode",
    "CurrencySymbolPosition",
    "CalendarUID",
    "DefaultStartTime",
    "DefaultFinishTime",
    "MinutesPerDay",
    "MinutesPerWeek",
    "DaysPerMonth",
    "DefaultTaskType",
    "DefaultFixedCostAccrual",
    "DefaultStandardRate",
    "DefaultOvertimeRate",
    "DurationFormat",
    "WorkFormat",
    "EditableActualCosts",
    "HonorConstraints",
    "EarnedValueMethod",
    "InsertedProjectsLikeSummary",
    "MultipleCriticalPaths",
    "NewTasksEffortDriven",
    "NewTasksEstimated",
    "SplitsInProgressTasks",
    "SpreadActualCost",
    "SpreadPercentComplete",
    "TaskUpdatesResource",
    "FiscalYearStart",
    "WeekStartDay",
    "MoveCompletedEndsBack",
    "MoveRemainingStartsBack",
    "MoveRemainingStartsForward",
    "MoveCompletedEndsForward",
    "BaselineForEarnedValue",
    "AutoAddNewResourcesAndTasks",
    "StatusDate",
    "CurrentDate",
    "MicrosoftProjectServerURL",
    "Autolink",
    "NewTaskStartDate",
    "DefaultTaskEVMethod",
    "ProjectExternallyEdited",
    "ExtendedCreationDate",
    "ActualsInSync",
    "RemoveFileProperties",
    "AdminProject",
    "OutlineCodes",
    "WBSMasks",
    "ExtendedAttributes",
    "Calendars",
    "Tasks",
    "Resources",
    "Assignments",
]
TASK_ORDER = [
    "UID",
    "ID",
    "Name",
    "Active",
    "Manual",
    "Type",
    "IsNull",
    "CreateDate",
    "Contact",
    "WBS",
    "WBSLevel",
    "OutlineNumber",
    "OutlineLevel",
    "Priority",
    "Start",
    "Finish",
    "Duration",
    "ManualStart",
    "ManualFinish",
    "ManualDuration",
    "DurationFormat",
    "Work",
    "Stop",
    "Resume",
    "ResumeValid",
    "EffortDriven",
    "Recurring",
    "OverAllocated",
    "Estimated",
    "Milestone",
    "Summary",
    "Critical",
    "IsSubproject",
    "IsSubprojectReadOnly",
    "SubprojectName",
    "ExternalTask",
    "ExternalTaskProject",
    "EarlyStart",
    "EarlyFinish",
    "LateStart",
    "LateFinish",
    "StartVariance",
    "FinishVariance",
    "WorkVariance",
    "FreeSlack",
    "TotalSlack",
    "FixedCost",
    "FixedCostAccrual",
    "PercentComplete",
    "PercentWorkComplete",
    "Cost",
    "OvertimeCost",
    "OvertimeWork",
    "ActualStart",
    "ActualFinish",
    "ActualDuration",
    "ActualCost",
    "ActualOvertimeCost",
    "ActualWork",
    "ActualOvertimeWork",
    "RegularWork",
    "RemainingDuration",
    "RemainingCost",
    "RemainingWork",
    "RemainingOvertimeCost",
    "RemainingOvertimeWork",
    "ACWP",
    "CV",
    "ConstraintType",
    "CalendarUID",
    "ConstraintDate",
    "Deadline",
    "LevelAssignments",
    "LevelingCanSplit",
    "LevelingDelay",
    "LevelingDelayFormat",
    "PreLeveledStart",
    "PreLeveledFinish",
    "Hyperlink",
    "HyperlinkAddress",
    "HyperlinkSubAddress",
    "IgnoreResourceCalendar",
    "Notes",
    "HideBar",
    "Rollup",
    "BCWS",
    "BCWP",
    "PhysicalPercentComplete",
    "EarnedValueMethod",
    "PredecessorLink",
    "ActualWorkProtected",
    "ActualOvertimeWorkProtected",
    "ExtendedAttribute",
    "Baseline",
]
LINK_ORDER = ["PredecessorUID", "Type", "CrossProject", "CrossProjectName", "LinkLag", "LagFormat"]
RESOURCE_ORDER = [
    "UID",
    "ID",
    "Name",
    "Type",
    "IsNull",
    "Initials",
    "Phonetics",
    "NTAccount",
    "MaterialLabel",
    "Code",
    "Group",
    "WorkGroup",
    "EmailAddress",
    "Hyperlink",
    "HyperlinkAddress",
    "HyperlinkSubAddress",
    "MaxUnits",
    "PeakUnits",
    "OverAllocated",
    "AvailableFrom",
    "AvailableTo",
    "Start",
    "Finish",
    "CanLevel",
    "AccrueAt",
    "Work",
    "RegularWork",
    "OvertimeWork",
    "ActualWork",
    "RemainingWork",
    "ActualOvertimeWork",
    "RemainingOvertimeWork",
    "PercentWorkComplete",
    "StandardRate",
    "StandardRateFormat",
    "Cost",
    "OvertimeRate",
    "OvertimeRateFormat",
    "OvertimeCost",
    "CostPerUse",
    "ActualCost",
    "ActualOvertimeCost",
    "RemainingCost",
    "RemainingOvertimeCost",
    "WorkVariance",
    "CostVariance",
    "SV",
    "CV",
    "ACWP",
    "CalendarUID",
    "Notes",
]
ASSIGNMENT_ORDER = [
    "UID",
    "TaskUID",
    "ResourceUID",
    "PercentWorkComplete",
    "ActualCost",
    "ActualFinish",
    "ActualOvertimeCost",
    "ActualOvertimeWork",
    "ActualStart",
    "ActualWork",
    "ACWP",
    "Confirmed",
    "Cost",
    "CostRateTable",
    "CostVariance",
    "CV",
    "Delay",
    "Finish",
    "FinishVariance",
    "Hyperlink",
    "HyperlinkAddress",
    "HyperlinkSubAddress",
    "WorkVariance",
    "HasFixedRateUnits",
    "FixedMaterial",
    "LevelingDelay",
    "LevelingDelayFormat",
    "LinkedToSource",
    "Milestone",
    "Notes",
    "Overallocated",
    "OvertimeCost",
    "OvertimeWork",
    "PeakUnits",
    "RegularWork",
    "RemainingCost",
    "RemainingOvertimeCost",
    "RemainingOvertimeWork",
    "RemainingWork",
    "ResponsePending",
    "Start",
    "Stop",
    "Resume",
    "StartVariance",
    "Units",
    "UpdateNeeded",
    "VAC",
    "Work",
    "WorkContour",
]
CALENDAR_ORDER = [
    "UID",
    "Name",
    "IsBaseCalendar",
    "IsBaselineCalendar",
    "BaseCalendarUID",
    "WeekDays",
    "Exceptions",
    "WorkWeeks",
]
EXCEPTION_ORDER = [
    "EnteredByOccurrences",
    "TimePeriod",
    "Occurrences",
    "Name",
    "Type",
    "Period",
    "DaysOfWeek",
    "MonthItem",
    "MonthPosition",
    "Month",
    "MonthDay",
    "DayWorking",
    "WorkingTimes",
]
WEEKDAY_ORDER = ["DayType", "DayWorking", "TimePeriod", "WorkingTimes"]

# -- strategies -----------------------------------------------------------------------------------------
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("<>&\"'"),
    min_size=1,
    max_size=40,
)
NAME = TEXT.map(str.strip).filter(bool)
NOTES = st.one_of(st.just(""), st.text(alphabet=st.sampled_from('ab <&>\n\r\t"é—'), max_size=30))
INSTANT = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


@st.composite
def intervals(draw):
    bounds = sorted(draw(st.sets(st.integers(0, 24 * 60), min_size=0, max_size=6)))
    bounds = bounds[: len(bounds) // 2 * 2]
    return tuple((bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2))


@st.composite
def calendars(draw):
    week = list(draw(st.lists(intervals(), min_size=7, max_size=7)))
    if not any(week):
        week[0] = ((8 * 60, 17 * 60),)
    exceptions = draw(
        st.dictionaries(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)), intervals(), max_size=8)
    )
    return Calendar(
        name="Standard",
        week=tuple(week),
        exceptions=exceptions,
        minutes_per_day=draw(st.integers(60, 24 * 60)),
        days_per_week=draw(st.integers(1, 7)),
        days_per_month=draw(st.integers(1, 31)),
    )


@st.composite
def plans(draw):
    ws = Workspace()
    ws.calendar = draw(calendars())
    start = draw(INSTANT)
    project = Project(
        id=1,
        name=draw(NAME),
        notes=draw(NOTES),
        manager=draw(st.one_of(st.just(""), NAME)),
        start=start,
        target_finish=start + timedelta(days=draw(st.integers(0, 900))),
        status_date=draw(st.one_of(st.none(), INSTANT)),
    )
    ws.put("project", project)
    people = []
    for number in range(draw(st.integers(0, 4))):
        person = Person(
            id=number + 1,
            name=f"{draw(NAME)} {number}",
            initials=draw(st.one_of(st.just(""), NAME)),
            email=draw(st.sampled_from(["", "ann@example.com"])),
            capacity=draw(st.integers(0, 2400)) / 100,
            rate=draw(st.integers(0, 100000)) / 100,
        )
        ws.people[person.id] = person
        people.append(person.id)
    count = draw(st.integers(0, 25))
    siblings: dict = {}
    for number in range(1, count + 1):
        parent = draw(st.one_of(st.none(), st.integers(1, number - 1))) if number > 1 else None
        task = Task(id=number, title=draw(NAME), project_id=1, parent_id=parent)
        task.position = siblings.get(parent, 0)
        siblings[parent] = task.position + 1
        task.notes = draw(NOTES)
        if draw(st.booleans()):
            task.start = draw(INSTANT)
            task.finish = task.start + timedelta(minutes=draw(st.integers(0, 200000)))
        task.duration = draw(st.one_of(st.none(), st.integers(0, 500000)))
        task.work = draw(st.one_of(st.none(), st.integers(0, 500000)))
        task.milestone = draw(st.integers(0, 5)) == 0
        if task.milestone:
            task.duration, task.finish = 0, task.start
        task.manual = draw(st.booleans())
        task.percent_complete = draw(st.integers(0, 100))
        task.priority = draw(st.sampled_from(list(Priority)))
        task.constraint = draw(st.sampled_from(list(Constraint)))
        if task.constraint not in (Constraint.ASAP, Constraint.ALAP):
            task.constraint_date = draw(INSTANT)
        task.deadline = draw(st.one_of(st.none(), INSTANT))
        task.created = draw(st.one_of(st.none(), INSTANT))
        task.started = draw(st.one_of(st.none(), INSTANT))
        task.completed = draw(st.one_of(st.none(), INSTANT))
        for pid in draw(st.lists(st.sampled_from(people), unique=True)) if people else ():
            task.assignments[pid] = draw(st.sampled_from([0.25, 0.5, 1.0, 1.5, 2.0]))
        ws.tasks[task.id] = task
    ws.rebuild_indexes()
    pairs = set()
    for _ in range(draw(st.integers(0, 2 * count))) if count > 1 else ():
        low = draw(st.integers(1, count - 1))
        high = draw(st.integers(low + 1, count))  # forward only: links never close a loop
        if low in ws.ancestors(high) or (low, high) in pairs:
            continue
        pairs.add((low, high))
        dep = Dependency(len(pairs), low, high, draw(st.sampled_from(list(LinkType))), draw(st.integers(-5000, 5000)))
        ws.put("dependency", dep)
    return ws


@settings(max_examples=120, deadline=None)
@given(plans())
def test_export_then_import_gives_the_same_plan(ws):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xml"
        export_file(ws, 1, path)
        result = import_file(path)
    assert plan_facts(result.workspace, result.project_id) == plan_facts(ws, 1)


# -- the schema's order ------------------------------------------------------------------------------
def _in_order(element, order, where):
    names = [child.tag.rsplit("}", 1)[-1] for child in element]
    unknown = [n for n in names if n not in order]
    assert not unknown, f"{where}: {unknown} not in the schema list"
    positions = [order.index(n) for n in names]
    assert positions == sorted(positions), f"{where}: {names}"


@needs_shared_data
def test_export_writes_elements_in_schema_order(tmp_path):
    from planner.io.formats import import_file as read

    result = read(SHARED_DATA / "mspdi" / "sample1.xml")
    out = tmp_path / "sample.xml"
    export_mspdi(result.workspace, result.project_id, out, extras=result)
    root = DefusedET.parse(out).getroot()
    assert root.tag == "{http://schemas.microsoft.com/project}Project"
    _in_order(root, PROJECT_ORDER, "Project")
    for section, item, order in (
        ("Tasks", "Task", TASK_ORDER),
        ("Resources", "Resource", RESOURCE_ORDER),
        ("Assignments", "Assignment", ASSIGNMENT_ORDER),
        ("Calendars", "Calendar", CALENDAR_ORDER),
    ):
        elements = list(root.find(f"{{http://schemas.microsoft.com/project}}{section}"))
        assert elements, section
        for element in elements:
            _in_order(element, order, item)
    for element in root.iter():
        name = element.tag.rsplit("}", 1)[-1]
        if name == "PredecessorLink":
            _in_order(element, LINK_ORDER, name)
        elif name == "Exception":
            _in_order(element, EXCEPTION_ORDER, name)
        elif name == "WeekDay":
            _in_order(element, WEEKDAY_ORDER, name)


def test_export_of_an_empty_project_and_of_text_xml_cannot_hold(tmp_path):
    ws = Workspace()
    ws.put("project", Project(id=1, name="Empty"))
    export_mspdi(ws, 1, tmp_path / "empty.xml")
    result = import_file(tmp_path / "empty.xml")
    assert result.project.name == "Empty" and not result.workspace.tasks
    ws.tasks[1] = Task(id=1, title="Bell\x07 and form feed\x0c", project_id=1)
    ws.rebuild_indexes()
    text = mspdi_text(ws, 1)
    assert "\x07" not in text and "Bell and form feed" in text
    (tmp_path / "control.xml").write_text(text, encoding="utf-8")
    assert [t.title for t in import_file(tmp_path / "control.xml").workspace.tasks.values()] == ["Bell and form feed"]


@needs_shared_data
def test_numeric_external_ids_become_the_uids_again(tmp_path):
    result = import_file(SHARED_DATA / "mspdi" / "sample1.xml")
    out = tmp_path / "again.xml"
    export_mspdi(result.workspace, result.project_id, out, extras=result)
    again = import_file(out)
    assert sorted(t.external_id for t in again.workspace.tasks.values()) == sorted(
        t.external_id for t in result.workspace.tasks.values()
    )
    assert again.person_external_ids == result.person_external_ids
