"""Export then import gives the same plan (hypothesis generates the plans), and the export keeps the schema's
element order, which MS Project insists on."""

import tempfile
from datetime import date, datetime
from pathlib import Path

import defusedxml.ElementTree as DefusedET
from hypothesis import given, settings
from plan_facts import plan_facts
from plan_strategies import plans
from shared_data import SHARED_DATA, needs_shared_data
from stored_rows import applied, stored_rows

from planner.core.baselines import SaveBaseline
from planner.core.calendars import Calendar
from planner.core.model import Dependency, LinkType, Person, Project, Task, Workspace
from planner.core.sample import build_sample
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


# -- what the workspace holds beyond the plan's facts -----------------------------------------------------
NS = {"p": "http://schemas.microsoft.com/project"}


def _chain(ws: Workspace, count: int) -> list[int]:
    ws.put("project", Project(id=1, name="Lags"))
    start = datetime(2025, 3, 3, 8)
    for tid in range(1, count + 1):
        ws.tasks[tid] = Task(id=tid, title=f"T{tid}", project_id=1, position=tid, start=start, duration=960)
    ws.rebuild_indexes()
    return list(ws.tasks)


def test_lags_go_out_in_their_own_units_and_formats_and_come_back(tmp_path):
    ws = Workspace()
    _chain(ws, 5)
    lags = [
        (LinkType.SS, 50, "percent"),
        (LinkType.FS, 1440, "elapsed"),
        (LinkType.FS, 240, ""),
        (LinkType.FF, -960, ""),
    ]
    for dep_id, (kind, lag, unit) in enumerate(lags, start=1):
        ws.dependencies[dep_id] = Dependency(dep_id, dep_id, dep_id + 1, kind, lag, unit)
    ws.rebuild_indexes()
    path = tmp_path / "lags.xml"
    export_file(ws, 1, path)
    written = [
        (link.findtext("p:LinkLag", None, NS), link.findtext("p:LagFormat", None, NS))
        for link in DefusedET.parse(path).getroot().iterfind("p:Tasks/p:Task/p:PredecessorLink", NS)
    ]
    # 50 % is the percentage itself (format 19); lags in time are tenths of a minute: one elapsed day (8),
    # four working hours (5), two working days back (7).
    assert written == [("50", "19"), ("14400", "8"), ("2400", "5"), ("-9600", "7")]
    again, _ = applied(path)
    assert sorted((d.type, d.lag, d.lag_unit) for d in again.dependencies.values()) == sorted(lags)


def test_every_person_goes_out_with_rate_and_calendar_assigned_or_not(tmp_path):
    ws = Workspace()
    _chain(ws, 1)
    holiday = Calendar(name="Ana's days", exceptions={date(2025, 3, 5): ()}, base=ws.calendar)
    ws.calendars[holiday.id] = holiday
    ws.people[1] = Person(id=1, name="Ana", rate=80.0, capacity=6.0, calendar_id=holiday.id)
    ws.people[2] = Person(id=2, name="Ben", email="ben@example.org", rate=55.5)  # on no task
    ws.tasks[1].assignments = {1: 1.0}
    path = tmp_path / "team.xml"
    export_file(ws, 1, path)
    again, project_id = applied(path)
    assert stored_rows(again, project_id)["people"] == stored_rows(ws, 1)["people"]
    assert [(p.name, p.email, p.capacity, p.rate) for p in again.people.values()] == [
        ("Ana", "", 6.0, 80.0),
        ("Ben", "ben@example.org", 8.0, 55.5),
    ]
    days = again.calendars[again.people[1].calendar_id]
    assert days.exceptions == {date(2025, 3, 5): ()} and days.base is again.calendars[again.projects[1].calendar_id]


def test_task_and_project_calendars_go_out_linked(tmp_path):
    ws = Workspace()
    _chain(ws, 2)
    four_days = (((8 * 60, 16 * 60),),) * 4 + ((), (), ())
    office = Calendar(name="Office", week=four_days, exceptions={date(2025, 12, 24): ()})
    night = Calendar(name="Night", week=(None,) * 5 + (((22 * 60, 24 * 60),), ()), base=office)
    office.id, night.id = 1, 2
    ws.calendars = {1: office, 2: night}
    ws.projects[1].calendar_id, ws.tasks[2].calendar_id = 1, 2
    path = tmp_path / "calendars.xml"
    export_file(ws, 1, path)
    again, project_id = applied(path)
    rows = stored_rows(again, project_id)
    assert rows["project calendar"] == stored_rows(ws, 1)["project calendar"]
    assert [task["calendar"] for task in rows["tasks"]] == [None, "Night"]
    assert sorted(rows["calendars"], key=repr) == sorted(stored_rows(ws, 1)["calendars"], key=repr)


def test_baselines_go_out_numbered_and_come_back_stored(tmp_path):
    ws = Workspace()
    _chain(ws, 2)
    clock = lambda: datetime(2025, 3, 1, 9)  # noqa: E731
    SaveBaseline(1, "Baseline", clock).apply(ws)
    ws.tasks[2].start, ws.tasks[2].duration = datetime(2025, 3, 10, 8), 480
    SaveBaseline(1, "Re-plan", clock).apply(ws)
    path = tmp_path / "baselines.xml"
    left_out = export_file(ws, 1, path)
    assert left_out == ["the baseline “Re-plan” went out as “Baseline 1” (MS Project numbers them)"]
    again, project_id = applied(path)
    saved = {b.name: b for b in again.baselines.values()}
    assert sorted(saved) == ["Baseline", "Baseline 1"]
    assert again.projects[project_id].baseline_id == saved["Baseline"].id  # MS Project's Baseline is chosen
    for name, old in (("Baseline", "Baseline"), ("Baseline 1", "Re-plan")):
        mine = next(b for b in ws.baselines.values() if b.name == old)
        theirs = saved[name]
        assert [(t.start, t.finish, t.duration, t.work, t.cost) for t in theirs.tasks.values()] == [
            (t.start, t.finish, t.duration, t.work, t.cost) for t in mine.tasks.values()
        ]


def test_the_sample_goes_out_and_back_with_every_stored_row_equal(tmp_path):
    sample = build_sample(date(2025, 3, 3))
    project_id = next(iter(sample.projects))
    export_file(sample, project_id, tmp_path / "first.xml")
    first, first_id = applied(tmp_path / "first.xml")
    assert len(first.people) == len(sample.people)  # the routine team too, on no project task
    assert [b.name for b in first.baselines.values()] == ["Baseline"]  # the sample's kick-off plan
    export_file(first, first_id, tmp_path / "second.xml")
    second, second_id = applied(tmp_path / "second.xml")
    assert stored_rows(second, second_id) == stored_rows(first, first_id)
