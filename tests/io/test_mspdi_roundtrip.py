"""Export then import gives the same plan (hypothesis generates the plans), and the export keeps the schema's
element order, which MS Project insists on."""

import tempfile
from pathlib import Path

import defusedxml.ElementTree as DefusedET
from hypothesis import given, settings
from plan_facts import plan_facts
from plan_strategies import plans
from shared_data import SHARED_DATA, needs_shared_data

from planner.core.model import Project, Task, Workspace
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
