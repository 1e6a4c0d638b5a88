"""Every MS Project XML file in the shared data folder imports, with the facts its writer put in it."""

from datetime import date, datetime, timedelta

import defusedxml.ElementTree as DefusedET
import pytest
from plan_facts import plan_facts
from shared_data import SHARED_DATA, needs_shared_data
from stored_rows import applied, stored_rows
from workspace_rows import rows

from planner import cli
from planner.core.model import Constraint, LinkType, Priority, tree_order
from planner.io.formats import export_file, import_file
from planner.io.mspdi_calendars import DEFAULT_DAY, expand_rule, read_calendar
from planner.io.summary import ImportSummary

pytestmark = needs_shared_data

DATA = SHARED_DATA / "mspdi"
FILES = sorted(DATA.glob("*.xml"))
EIGHT_TO_FIVE = ((8 * 60, 12 * 60), (13 * 60, 17 * 60))
QUIET_MONDAY = date(1999, 1, 4)  # a week with no exception in any of these files


def week_of(cal):
    """The working week a calendar really has, its base calendar's days included."""
    return tuple(cal.intervals(QUIET_MONDAY + timedelta(days=i)) for i in range(7))


RECURRING = DATA / "calendar-recurring-exceptions-project2016-mspdi.xml"


def first_calendar():
    root = DefusedET.parse(RECURRING).getroot()
    return root.find("{http://schemas.microsoft.com/project}Calendars")[0]


def titles(ws, key):
    return [ws.tasks[tid].title for tid in ws.children(key)]


def by_title(ws, title):
    (task,) = [t for t in ws.tasks.values() if t.title == title]
    return task


def links(ws):
    return {
        (ws.tasks[d.predecessor_id].title, ws.tasks[d.successor_id].title): (d.type, d.lag)
        for d in ws.dependencies.values()
    }


def test_the_data_folder_holds_the_files_these_tests_name():
    assert {f.name for f in FILES} == {
        "sample1.xml",
        "mspdirelations.xml",
        "new-product.xml",
        "mspdinulltasks.xml",
        "calendar-recurring-exceptions-project2016-mspdi.xml",
        "caltest.xml",
        "mspditimephased.xml",
    }


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_file_imports_and_survives_an_export_and_a_second_import(path, tmp_path):
    result = import_file(path)
    ws = result.workspace
    assert result.summary.counts["task"] == len(ws.tasks)
    for task in ws.tasks.values():
        assert task.project_id == result.project_id
        assert task.external_id  # every task keeps its UID
        if task.start and task.finish:
            assert task.finish >= task.start
    out = tmp_path / "again.xml"
    export_file(ws, result.project_id, out, extras=result)
    again = import_file(out)
    assert plan_facts(again.workspace, again.project_id) == plan_facts(ws, result.project_id)

    def calendars(res):
        return {n: (c.week, c.exceptions, c.rules, c.base and c.base.name) for n, c in res.calendars.items()}

    assert {n: v for n, v in calendars(again).items() if n in result.calendars} == {
        n: v for n, v in calendars(result).items() if n in again.calendars
    }


def test_sample1_tree_milestone_constraints_and_priorities():
    result = import_file(DATA / "sample1.xml")
    ws = result.workspace
    assert result.project.name == "sample"
    assert result.project.start == datetime(2003, 1, 7, 8)
    assert len(ws.tasks) == 22  # 23 rows less the UID 0 project summary
    assert titles(ws, ("project", 1)) == ["First Task", "Recurring Task", "Task Relationships"]
    relationships = by_title(ws, "Task Relationships")
    assert len(ws.children(("task", relationships.id))) == 13
    assignments = by_title(ws, "Resource Assignments")
    assert assignments.parent_id == relationships.id
    assert titles(ws, ("task", assignments.id)) == ["Assigned Task 1", "Assigned Task 2"]
    third = by_title(ws, "Third task")
    assert third.milestone and third.duration == 0 and third.start == third.finish == datetime(2003, 1, 7, 8)
    second = by_title(ws, "Second Task")
    assert second.duration == 800 * 60 and second.work == 500 * 60
    recurring = by_title(ws, "Recurring Task 1")
    assert recurring.constraint is Constraint.SNET
    assert recurring.constraint_date == datetime(2003, 2, 1, 8)  # a Saturday, as the file says
    assert recurring.constraint_date.weekday() == 5
    assert recurring.priority is Priority.URGENT  # 1000
    assert by_title(ws, "Related Task 1a").priority is Priority.HIGH  # 600
    assert by_title(ws, "Related Task 6b").constraint_date == datetime(2003, 1, 6, 8)
    assert by_title(ws, "Related Task 1a").external_id == "9"


def test_sample1_links_all_four_types_and_both_lags():
    result = import_file(DATA / "sample1.xml")
    assert links(result.workspace) == {
        ("Related Task 1a", "Related Task 1b"): (LinkType.FS, 0),
        ("Related Task 2a", "Related Task 2b"): (LinkType.FS, 480),  # LinkLag 4800 tenths of a minute
        ("Related Task 3a", "Related Task 3b"): (LinkType.FS, -480),
        ("Related Task 4a", "Related Task 4b"): (LinkType.SS, 0),
        ("Related Task 5a", "Related Task 5b"): (LinkType.FF, 0),
        ("Related Task 6a", "Related Task 6b"): (LinkType.SF, 0),
    }
    assert {facts.lag_unit for facts in result.links.values()} == {"h"}  # LagFormat 5


def test_sample1_resources_assignments_and_their_calendars():
    result = import_file(DATA / "sample1.xml")
    ws = result.workspace
    people = {p.name: p for p in ws.people.values()}
    assert set(people) == {"First Resource", "Second Resource"}
    first, second = people["First Resource"], people["Second Resource"]
    assert (first.initials, first.rate, first.capacity) == ("FR", 10.0, 8.0)
    assert (second.initials, second.rate) == ("SR", 5.0)
    task = by_title(ws, "Second Task")
    assert task.assignments == {first.id: 0.5, second.id: 0.75}
    assert result.assignment_work[(task.id, first.id)] == 200 * 60
    assert result.assignment_work[(task.id, second.id)] == 300 * 60
    assert by_title(ws, "Assigned Task 2").assignments == {second.id: 1.0}
    assert set(result.calendars) == {"Standard", "Night Shift", "First Resource", "Second Resource"}
    night = result.calendars["Night Shift"]
    assert night.week[0] == ((23 * 60, 24 * 60),)  # the shift starts on Monday night
    assert night.week[1] == ((0, 180), (240, 480), (23 * 60, 24 * 60))  # Tuesday: to 08:00, and from 23:00
    assert night.week[5] == ((0, 180), (240, 480)) and night.week[6] == ()
    # Resource calendars derive from a base calendar and inherit its week.
    assert result.person_calendars[second.id].base is night
    assert result.person_calendars[second.id].week == (None,) * 7  # every day as the base calendar's
    assert week_of(result.person_calendars[second.id]) == night.week
    assert week_of(result.person_calendars[first.id]) == result.calendars["Standard"].week
    assert result.calendar.week[:5] == (EIGHT_TO_FIVE,) * 5


def test_mspdirelations_is_a_chain_of_every_link_type_with_ms_project_dates():
    result = import_file(DATA / "mspdirelations.xml")
    ws = result.workspace
    assert [ws.tasks[t].title for t in tree_order(ws)] == [f"Task {n}" for n in range(1, 6)]
    assert links(ws) == {
        ("Task 1", "Task 2"): (LinkType.FS, 0),
        ("Task 2", "Task 3"): (LinkType.SS, 480),
        ("Task 3", "Task 4"): (LinkType.FF, 0),
        ("Task 4", "Task 5"): (LinkType.SF, 0),
    }
    assert result.links[1].lag_unit == "d"  # LagFormat 7
    assert by_title(ws, "Task 3").start == datetime(2006, 9, 25, 8)
    assert by_title(ws, "Task 5").finish == datetime(2006, 9, 25, 8)  # "08:00 of the next day", as MS writes it
    assert all(t.duration == 480 for t in ws.tasks.values())


def test_new_product_from_projectlibre_with_sparse_fields():
    result = import_file(DATA / "new-product.xml")
    ws = result.workspace
    project = result.project
    assert project.name == "Product #23 Development"  # its summary row is UID 1 at outline level 0
    assert project.notes.startswith("Project shelved due to test marketing results")
    assert len(ws.tasks) == 42 and len(ws.dependencies) == 37 and len(ws.people) == 8
    assert titles(ws, ("project", 1)) == [
        "Begin project",
        "Design Phase",
        "Finance Phase",
        "Production Phase",
        "Marketing and Sales Phase",
        "Distribution Phase",
        "Regional Promotions",
    ]
    # No Summary or Milestone flags in the file: the tree comes from outline levels alone.
    assert len(ws.children(("task", by_title(ws, "Finance Phase").id))) == 8
    # 1970 constraint dates under no constraint type are leftovers, not constraints.
    assert {(t.constraint, t.constraint_date) for t in ws.tasks.values()} == {(Constraint.ASAP, None)}
    assert links(ws)[("Create sales materials", "Sales training")] == (LinkType.FS, -15 * 480)
    assert links(ws)[("Setup assembly line", "Hire assemblers")] == (LinkType.FF, 0)
    # Summary to summary links come in too.
    assert links(ws)[("Production Phase", "Distribution Phase")] == (LinkType.FS, 0)
    people = {p.name: p for p in ws.people.values()}
    assert people["Bill Kirk"].rate == pytest.approx(35000 / 2080)  # a yearly salary, kept per hour
    assert people["Howard Thompson"].initials == "HT"
    # 45 assignments in the file, 17 of them MS Project's "no resource" placeholder.
    assert result.summary.counts["assignment"] == 28
    prototype = by_title(ws, "Prototype design")
    assert prototype.assignments == {people["Bill Kirk"].id: 1.0, people["Scott Adams"].id: 0.5}
    assert result.assignment_work[(prototype.id, people["Scott Adams"].id)] == 100 * 60


def test_null_rows_are_skipped_and_the_tree_closes_over_them():
    result = import_file(DATA / "mspdinulltasks.xml")
    ws = result.workspace
    assert len(ws.tasks) == 5
    assert titles(ws, ("project", 1)) == ["Task 1", "Task 4"]
    assert titles(ws, ("task", by_title(ws, "Task 1").id)) == ["Task 2", "Task 3"]
    assert titles(ws, ("task", by_title(ws, "Task 4").id)) == ["Task 5"]
    assert [s.reason for s in result.summary.skipped_of("task")] == ["a blank row (IsNull)"] * 3
    # A 7.5-hour day: 75 hours is ten days.
    assert result.calendar.minutes_per_day == 450
    assert by_title(ws, "Task 2").duration == 75 * 60
    assert by_title(ws, "Task 2").start == datetime(2008, 11, 3, 9)


def test_recurring_exceptions_expand_to_the_days_ms_project_listed():
    """MS Project 2016 wrote each exception twice: as a rule and as the days it covers. They must agree."""
    element = first_calendar()
    everything = (date(1990, 1, 1), date(2100, 1, 1))
    raw = read_calendar(element, everything, ImportSummary())
    assert len(raw.rules) == 27
    expanded = {}
    for rule in raw.rules:
        for day in expand_rule(rule, everything):
            expanded[day] = rule.intervals
    assert expanded == raw.listed  # the legacy list and the rules give the same days and hours
    assert len(expanded) == 140
    names = {rule.name: rule for rule in raw.rules}
    assert expand_rule(names["Weekly 7 Sunday"], everything)[:2] == [date(2001, 2, 18), date(2001, 4, 8)]
    first_mondays = [date(2002, 1, 7), date(2002, 3, 4), date(2002, 5, 6)]  # every second month
    assert expand_rule(names["Monthly Relative 1"], everything) == first_mondays
    february_firsts = [date(2005, 2, 1), date(2006, 2, 1), date(2007, 2, 1)]  # <Month> counts from 0
    assert expand_rule(names["Yearly Absolute 1"], everything) == february_firsts
    working = names["Recurring Working"]
    assert expand_rule(working, everything) == [date(2010, 1, 2), date(2010, 2, 6), date(2010, 3, 6)]
    assert working.intervals == ((9 * 60, 13 * 60), (14 * 60, 17 * 60))


def test_recurring_exceptions_file_imports_its_rules_into_the_project_calendar():
    result = import_file(RECURRING)
    cal = result.calendar
    assert result.project.name == "Project1" and not result.workspace.tasks
    # "Daily 1" is a plain run of three days; the other 26 are patterns the core calendar keeps as rules.
    assert sorted(cal.exceptions) == [date(2000, 1, 1), date(2000, 1, 2), date(2000, 1, 3)]
    assert len(cal.rules) == 26
    listed = read_calendar(first_calendar(), (date(1990, 1, 1), date(2100, 1, 1)), ImportSummary()).listed
    first = date(1999, 1, 1)
    days = [first + timedelta(days=i) for i in range(12 * 366)]
    assert {day for day in days if cal.exception_name(day) is not None} == set(listed)
    assert all(cal.intervals(day) == listed[day] for day in listed)  # the rules give MS Project's days and hours
    assert not cal.is_working_day(date(2000, 2, 4))  # "Daily 2", every third day
    assert cal.intervals(date(2010, 3, 6)) == ((9 * 60, 13 * 60), (14 * 60, 17 * 60))  # a working Saturday
    assert cal.is_working_day(date(2010, 3, 6)) and not cal.is_working_day(date(2010, 3, 13))


def test_caltest_base_calendars_exception_ranges_and_task_calendars():
    result = import_file(DATA / "caltest.xml")
    ws = result.workspace
    assert set(result.calendars) == {"Standard", "Base Calendar", "Resource One", "Resource Two", "Resource Three"}
    three = result.calendars["Resource Three"]
    assert three.base is result.calendars["Base Calendar"] and three.week == (None,) * 7
    assert sorted(three.exceptions) == [date(2005, 11, d) for d in (1, 2, 3, 4, 21, 22, 23, 24, 25)]
    assert not three.is_working_day(date(2005, 11, 22)) and result.calendar.is_working_day(date(2005, 11, 22))
    assert {ws.tasks[t].title: c.name for t, c in result.task_calendars.items()} == {
        "Task Two": "Standard",
        "Task Three": "Base Calendar",
    }
    assert {ws.people[p].name: c.name for p, c in result.person_calendars.items()} == {
        "Resource One": "Resource One",
        "Resource Two": "Resource Two",
        "Resource Three": "Resource Three",
    }
    assert [ws.tasks[t].title for t in tree_order(ws)] == ["Task One", "Task Two", "Task Three"]


def test_timephased_file_with_many_calendars_and_a_short_day():
    result = import_file(DATA / "mspditimephased.xml")
    ws = result.workspace
    assert len(ws.tasks) == 40 and len(ws.people) == 41 and len(result.calendars) == 44
    assert result.summary.counts["assignment"] == 40
    assert {p.capacity for p in ws.people.values()} == {7.5}  # 100 % of a 450-minute day
    assert week_of(result.calendars["Resource 17"]) == (((0, 24 * 60),),) * 7  # based on "24 Hours"
    assert result.calendars["Resource 9"].base is result.calendars["Night Shift"]
    assert result.calendar.week[0] == DEFAULT_DAY


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_import_export_import_leaves_every_stored_row_equal(path, tmp_path):
    first, first_id = applied(path)
    out = tmp_path / "again.xml"
    export_file(first, first_id, out)
    second, second_id = applied(out)
    assert stored_rows(second, second_id) == stored_rows(first, first_id)
    # Nothing was dropped on the way: every calendar (44 in one file) and every person, assigned or not.
    tree = DefusedET.parse(path).getroot()
    ns = {"p": "http://schemas.microsoft.com/project"}
    kept = [r for r in tree.findall("p:Resources/p:Resource", ns) if r.findtext("p:Name", "", ns).strip()]
    people = [r for r in kept if r.findtext("p:Type", "1", ns) == "1" and r.findtext("p:IsNull", "0", ns) == "0"]
    assert len(second.people) == len(first.people) == len(people)
    assert len(second.calendars) == len(first.calendars) == len(tree.findall("p:Calendars/p:Calendar", ns))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_import_export_import_through_the_command_line_leaves_every_row_of_the_file_equal(path, tmp_path, monkeypatch):
    """`planner import`, `planner export`, `planner import` again: the two workspace files hold the same rows, ids
    and all (the calendars in the same order, so that a calendar built on another keeps its id)."""
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))
    first, again, exported = tmp_path / "first.planner", tmp_path / "again.planner", tmp_path / "exported.xml"
    assert cli.main(["import", str(path), str(first)]) == 0
    assert cli.main(["export", str(first), str(exported)]) == 0
    assert cli.main(["import", str(exported), str(again)]) == 0
    assert rows(again) == rows(first)
