"""MPXJ, the Java library GanttProject and ProjectLibre read MS Project files with, reads each real MS Project XML
file and our export of it (imported with planner.io, written by our MSPDI writer): the two readings must hold the same
tasks, links, people, assignments, calendars and baselines, each task with the same dates and fields.

An independent reader catches what our own importer would forgive in our own writer. Skipped without the shared
files, without Java or without the `mpxj` package (the test extra); the JVM starts once per test session."""

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from kept_plan import write_plan
from shared_data import SHARED_DATA
from stored_rows import applied

from planner.core.model import TaskType
from planner.core.sample import build_sample
from planner.io.formats import export_file

FILES = sorted((SHARED_DATA / "mspdi").glob("*.xml")) if SHARED_DATA.is_dir() else []
# Task fields compared besides the dates, as MPXJ names its getters. Left out, as the planner cannot hold them: what
# MS Project computes rather than the user types (cost, remaining and actual work and duration), and the WBS code: a
# file without one gets the outline number. The exact priority is kept from the import (planner.core.kept), as is a
# WBS code that does not follow the outline (the test of kept_plan below).
TASK_FIELDS = (
    "Name",
    "Priority",
    "Milestone",
    "Notes",
    "Deadline",
    "ConstraintType",
    "ActualStart",
    "ActualFinish",
    "PercentageComplete",
    "Type",
    "EffortDriven",
)
RESOURCE_FIELDS = ("Name", "Type", "Initials", "EmailAddress", "Notes", "Group", "MaxUnits", "CostPerUse")


@dataclass
class Reading:
    """What MPXJ found in one file, with display units taken out (a lag of 8 h and of 1 d are the same lag)."""

    tasks: dict[str, dict]  # UID -> field -> text
    links: list[tuple]  # (predecessor UID, successor UID, type, lag in minutes or percent, its kind)
    # By name: the planner keeps a task's UID but numbers people afresh on export.
    resources: dict[str, dict]
    assignments: list[tuple]  # (task UID, resource name, units, work in minutes)
    calendars: list[str]
    baselines: set[int]

    def counts(self) -> dict[str, int]:
        return {
            "tasks": len(self.tasks),
            "links": len(self.links),
            "people": len(self.resources),
            "assignments": len(self.assignments),
            "calendars": len(self.calendars),
            "baselines": len(self.baselines),
        }


@pytest.fixture(scope="session")
def mpxj():
    """MPXJ's Java classes, the JVM started once for the session (a JVM cannot start twice in one process)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"no shared data at {SHARED_DATA}; set PLANNER_SHARED_DATA to compare the real files")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime (apt-get install default-jre-headless): MPXJ cannot run")
    pytest.importorskip("mpxj", reason="the `mpxj` package (pip install '.[test]') is not installed")
    import jpype
    import jpype.imports  # lets Java packages be imported as Python modules

    if not jpype.isJVMStarted():
        # -Xrs: the JVM leaves SIGTERM and SIGINT to Python. Its own handlers ran the process's exit, static
        # destructors and all, on a JVM thread: a run stopped by `timeout` deadlocked there with a collection under
        # way in the test (PySide6's wrapper registry's lock against the interpreter's), and hung for good.
        jpype.startJVM("-Xrs", interrupt=False)
    try:  # MPXJ 14 moved its classes from net.sf.mpxj to org.mpxj
        from org.mpxj import TimeUnit
        from org.mpxj.reader import UniversalProjectReader
    except ImportError:
        from net.sf.mpxj import TimeUnit
        from net.sf.mpxj.reader import UniversalProjectReader
    return UniversalProjectReader, TimeUnit


def _text(value) -> str | None:
    if value is None:
        return None
    return str(value.getName()) if hasattr(value, "getName") else str(value)


def _minutes(duration, props, time_unit) -> tuple[float, str]:
    """A duration in minutes of working time, of wall-clock time, or as a percentage: its kind says which."""
    unit = str(duration.getUnits().name())
    if unit in ("PERCENT", "ELAPSED_PERCENT"):
        return round(float(duration.getDuration()), 6), unit
    kind = "elapsed" if unit.startswith("ELAPSED") else "working"
    target = time_unit.ELAPSED_MINUTES if kind == "elapsed" else time_unit.MINUTES
    return round(float(duration.convertUnits(target, props).getDuration()), 3), kind


def read_with_mpxj(mpxj, path: Path) -> Reading:
    reader, time_unit = mpxj
    project = reader().read(str(path))
    props = project.getProjectProperties()
    tasks, links, baselines = {}, [], set()
    for task in project.getTasks():
        # Row 0 (or any outline level 0) is the project's summary, which the planner keeps as the project itself.
        if task.getUniqueID() is None or task.getNull() or int(task.getOutlineLevel() or 0) == 0:
            continue
        uid = str(task.getUniqueID())
        tasks[uid] = {name: _text(getattr(task, "get" + name)()) for name in TASK_FIELDS}
        tasks[uid]["Start"], tasks[uid]["Finish"] = _text(task.getStart()), _text(task.getFinish())
        dated = str(task.getConstraintType()) not in ("AS_SOON_AS_POSSIBLE", "AS_LATE_AS_POSSIBLE")
        tasks[uid]["ConstraintDate"] = _text(task.getConstraintDate()) if dated else None  # else a leftover
        tasks[uid]["FixedCost"] = float(task.getFixedCost() or 0)  # a file may leave out a zero
        tasks[uid]["Calendar"] = _text(task.getCalendar())
        for relation in task.getPredecessors():
            lag = _minutes(relation.getLag(), props, time_unit)
            links.append((str(relation.getPredecessorTask().getUniqueID()), uid, str(relation.getType()), *lag))
        if task.getBaselineStart() is not None or task.getBaselineFinish() is not None:
            baselines.add(0)
        baselines.update(n for n in range(1, 11) if task.getBaselineStart(n) or task.getBaselineFinish(n))
    resources = {}
    for resource in project.getResources():
        if resource.getUniqueID() is None or int(resource.getUniqueID()) == 0:  # MS Project's own unnamed resource
            continue
        fields = {name: _text(getattr(resource, "get" + name)()) for name in RESOURCE_FIELDS}
        fields["Calendar"] = _text(resource.getCalendar())
        # Rates per hour: MSPDI stores them so whatever unit they are shown in.
        for name in ("StandardRate", "OvertimeRate"):
            rate = getattr(resource, "get" + name)()
            fields[name] = None if rate is None else round(float(rate.getAmount()) / _per_hour(rate, props), 6)
        resources[fields["Name"]] = fields
    assignments = sorted(
        (
            str(a.getTask().getUniqueID()),
            str(a.getResource().getName()),
            float(a.getUnits()),
            _minutes(a.getWork(), props, time_unit) if a.getWork() else None,
        )
        for a in project.getResourceAssignments()
        if a.getResource() is not None and a.getTask() is not None
    )
    calendars = sorted(str(cal.getName()) for cal in project.getCalendars())
    return Reading(tasks, sorted(links), resources, assignments, calendars, baselines)


def _per_hour(rate, props) -> float:
    """How many hours a rate's unit holds (a rate of 80 a day is 10 an hour on an 8-hour day)."""
    unit = str(rate.getUnits().name())
    hours_per_day = float(props.getMinutesPerDay()) / 60
    return {
        "MINUTES": 1 / 60,
        "HOURS": 1,
        "DAYS": hours_per_day,
        "WEEKS": float(props.getMinutesPerWeek()) / 60,
        "MONTHS": float(props.getDaysPerMonth()) * hours_per_day,
        "YEARS": 52 * float(props.getMinutesPerWeek()) / 60,
    }.get(unit, 1)


def readings(mpxj, path: Path, tmp_path: Path) -> tuple[Reading, Reading]:
    """MPXJ's reading of the file, and of our export of it."""
    ws, project_id = applied(path)
    ours = tmp_path / f"ours-{path.name}"
    export_file(ws, project_id, ours)
    return read_with_mpxj(mpxj, path), read_with_mpxj(mpxj, ours)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_mpxj_reads_as_many_of_everything_in_our_export_as_in_the_original(mpxj, path, tmp_path):
    original, ours = readings(mpxj, path, tmp_path)
    assert ours.counts() == original.counts()
    assert ours.calendars == original.calendars


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_mpxj_reads_every_task_with_the_same_dates_and_fields_and_every_link_with_its_type_and_lag(
    mpxj, path, tmp_path
):
    original, ours = readings(mpxj, path, tmp_path)
    assert ours.tasks.keys() == original.tasks.keys()
    for uid, fields in original.tasks.items():
        assert ours.tasks[uid] == fields, f"task UID {uid}"
    assert ours.links == original.links


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_mpxj_reads_every_person_and_assignment_the_same(mpxj, path, tmp_path):
    original, ours = readings(mpxj, path, tmp_path)
    assert ours.resources.keys() == original.resources.keys()
    for name, fields in original.resources.items():
        mine = dict(ours.resources[name])
        # MPXJ rounds a rate to the cent in the unit it is shown in (134.615 a day is 134.62, 16.8275 an hour);
        # the planner writes the exact rate per hour.
        for rate in ("StandardRate", "OvertimeRate"):
            assert mine.pop(rate) == pytest.approx(fields[rate], abs=0.01), (name, rate)
        assert mine == {k: v for k, v in fields.items() if not k.endswith("Rate")}, name
    assert ours.assignments == original.assignments


def test_mpxj_reads_what_the_planner_holds_in_the_units_ms_project_uses(mpxj, tmp_path):
    """Costs go out in hundredths of the currency and rates per hour, as MS Project writes them; task types,
    effort-driven, roles and notes of people too."""
    sample = build_sample(date(2025, 3, 3))
    project_id = next(iter(sample.projects))
    task = next(t for t in sample.tasks.values() if t.project_id == project_id and t.assignments)
    task.task_type, task.effort_driven, task.fixed_cost = TaskType.FIXED_WORK, True, 1250.5
    person = sample.people[next(iter(task.assignments))]
    person.role, person.notes, person.overtime_rate, person.cost_per_use = "Design", "Part time\nin March", 90.0, 30.0
    path = tmp_path / "sample.xml"
    export_file(sample, project_id, path)
    reader, _ = mpxj
    project = reader().read(str(path))
    mine = next(t for t in project.getTasks() if str(t.getName()) == task.title)
    assert (str(mine.getType()), bool(mine.getEffortDriven()), float(mine.getFixedCost())) == (
        "FIXED_WORK",
        True,
        1250.5,
    )
    theirs = next(r for r in project.getResources() if str(r.getName()) == person.name)
    assert (str(theirs.getGroup()), str(theirs.getNotes()), float(theirs.getCostPerUse())) == (
        "Design",
        "Part time\nin March",
        30.0,
    )
    assert float(theirs.getOvertimeRate().getAmount()) == 90.0
    assert float(theirs.getStandardRate().getAmount()) == person.rate
    saved = next(b for b in sample.baselines.values() if b.project_id == project_id)
    costs = {str(t.getName()): float(t.getBaselineCost() or 0) for t in project.getTasks()}
    assert {sample.tasks[tid].title: costs[sample.tasks[tid].title] for tid in saved.tasks} == pytest.approx(
        {sample.tasks[tid].title: row.cost for tid, row in saved.tasks.items()}
    )


def test_mpxj_reads_the_same_custom_field_values_outline_codes_priority_wbs_and_uids_from_our_export(mpxj, tmp_path):
    """The values MS Project's custom fields and outline codes hold, resolved by MPXJ through the definitions."""
    reader, _ = mpxj

    def custom(path: Path) -> dict:
        project = reader().read(str(path))
        out = {}
        for task in project.getTasks():
            if int(task.getOutlineLevel() or 0) > 0:
                out[f"task {task.getUniqueID()}"] = (
                    int(task.getPriority().getValue()), _text(task.getWBS()), _text(task.getText(1)),
                    _text(task.getOutlineCode(1)),
                )  # fmt: skip
        for resource in project.getResources():
            out[f"resource {resource.getUniqueID()}"] = (_text(resource.getName()), _text(resource.getText(1)))
        return out

    source = write_plan(tmp_path)
    ws, project_id = applied(source)
    ours = tmp_path / "ours.xml"
    export_file(ws, project_id, ours)
    original = custom(source)
    assert original == {
        "task 1": (600, "A.1", "Blue", "North"),
        "task 2": (500, "2", "Green", None),
        "resource 17": ("Ada", "Platform"),
    }
    assert custom(ours) == original
