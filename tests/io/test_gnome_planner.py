"""GNOME Planner files in: a small file (the seed the fuzz test mutates, tests/io/mutations.py) written here and
checked field by field; and a plan of 300 tasks written by the team's generator both as GNOME Planner XML and as MS
Project XML, which must come in as the same plan and, scheduled through a Session, give every task the same start
and finish."""

import subprocess
import sys
from datetime import date, datetime

import pytest
from mutations import GNOME_PLANNER_SEED as SMALL
from shared_data import SHARED_DATA

from planner.core.model import Constraint, LinkType, Priority
from planner.io.apply import ApplyImport
from planner.io.common import ImportFileError
from planner.io.formats import import_file
from planner.io.gnome_planner import import_gnome_planner, is_gnome_planner_file
from planner.session import Session

GENERATOR = SHARED_DATA.parent / "bench" / "gen_planner.py"


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "kitchen.planner"
    path.write_text(SMALL, encoding="utf-8")
    return path


def by_title(ws):
    return {task.title: task for task in ws.tasks.values()}


def test_a_small_file_comes_in_field_by_field(small):
    result = import_file(small)
    ws = result.workspace
    assert (result.project.name, result.project.manager, result.project.start) == (
        "Kitchen",
        "Kim",
        datetime(2025, 1, 6),
    )
    tasks = by_title(ws)
    build, walls, paint, done = tasks["Build"], tasks["Walls"], tasks["Paint"], tasks["Done"]
    assert [walls.parent_id, paint.parent_id, done.parent_id] == [build.id, build.id, None]
    assert (walls.start, walls.finish, walls.work) == (datetime(2025, 1, 6, 9), datetime(2025, 1, 8, 18), 960)
    assert walls.duration == 480  # 16 hours of work shared by two people at 100 %
    assert (walls.percent_complete, walls.priority, walls.notes) == (40, Priority.URGENT, "Check the \nplans")
    assert (walls.constraint, walls.constraint_date) == (Constraint.SNET, datetime(2025, 1, 6, 9))
    assert paint.duration == 480  # fixed duration: its own, whatever its work
    assert (done.milestone, done.duration, done.constraint) == (True, 0, Constraint.MSO)
    people = {p.name: p for p in ws.people.values()}
    assert set(people) == {"Ann Lee", "Bob"}  # the material resource is left out, and said so
    assert (people["Ann Lee"].initials, people["Ann Lee"].email, people["Ann Lee"].rate) == (
        "AL",
        "ann@example.com",
        40,
    )
    assert walls.assignments == {people["Ann Lee"].id: 1.0, people["Bob"].id: 1.0}
    assert paint.assignments == {}
    assert [s.reason for s in result.summary.skipped_of("resource")] == [
        "a material resource (the planner has people only)"
    ]
    links = {(ws.tasks[d.predecessor_id].title, ws.tasks[d.successor_id].title): d for d in ws.dependencies.values()}
    assert {key: d.type for key, d in links.items()} == {
        ("Walls", "Paint"): LinkType.SS,
        ("Paint", "Done"): LinkType.FF,
    }
    hour_lag = result.links[links[("Walls", "Paint")].id]
    assert (hour_lag.elapsed, hour_lag.elapsed_minutes) == (True, 60)


def test_calendars_keep_their_day_types_hours_and_days_off(small):
    result = import_file(small)
    cal = result.calendar
    assert cal.name == "Default"
    assert cal.intervals(date(2025, 1, 6)) == ((540, 720), (780, 1080))  # Monday: the file's working hours
    assert cal.intervals(date(2025, 1, 10)) == ((540, 780),)  # Friday: the "Short" day type
    assert cal.intervals(date(2025, 1, 11)) == ()  # Saturday
    assert cal.intervals(date(2025, 1, 7)) == ()  # an overridden day: a day off
    ann = next(p.id for p in result.workspace.people.values() if p.name == "Ann Lee")
    part_time = result.person_calendars[ann]
    assert part_time.base is cal
    assert part_time.intervals(date(2025, 1, 6)) == ()  # Mondays off
    assert part_time.intervals(date(2025, 1, 9)) == ((540, 720), (780, 1080))  # the rest as the base
    assert part_time.intervals(date(2025, 1, 8)) == ()  # her own day off
    assert part_time.intervals(date(2025, 1, 7)) == ()  # and the base's


def test_a_small_file_goes_into_a_workspace_and_schedules(small, tmp_path):
    with Session.open(tmp_path / "home.planner") as session:
        command = ApplyImport(import_file(small))
        session.run(command)
        tasks = {t.title: t for t in session.ws.tasks.values() if t.project_id == command.project_id}
        assert tasks["Walls"].start == datetime(2025, 1, 6, 9)
        assert tasks["Done"].start == datetime(2025, 1, 10, 9)


@pytest.mark.parametrize(
    ("change", "fragments"),
    [
        (('end="20250108T180000Z"', 'end="18990108T180000Z"'), ["line 30: <task> “end”: 1899-01-08 is outside"]),
        (('work="57600"', 'work="nan"'), ["“work” is “nan”, not a number"]),
        (('type="SS" lag="3600"', 'type="XX" lag="3600"'), ["not FS, SS, FF or SF"]),
        (('predecessor-id="12"', 'predecessor-id="99"'), ["task 99, which is not in the file"]),
        (('fri="3"', 'fri="8"'), ["day type 8"]),
        (('<interval start="0900" end="1300"/>', '<interval start="1300" end="0900"/>'), ["overlap, run backwards"]),
        (('time="20250110T090000Z"', 'time="tomorrow"'), ["“time” is “tomorrow”"]),
        (('percent-complete="40"', 'percent-complete="140"'), ["“percent-complete” is 140, not 0–100"]),
    ],
)
def test_a_bad_value_is_refused_naming_the_file_and_the_value(small, change, fragments):
    small.write_text(SMALL.replace(*change), encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_gnome_planner(small)
    message = str(caught.value)
    assert message.startswith("kitchen.planner, line ")
    for fragment in fragments:
        assert fragment in message


def test_links_that_close_a_loop_are_refused_naming_it(small):
    looped = SMALL.replace(
        '<constraint type="start-no-earlier-than" time="20250106T090000Z"/>',
        '<predecessors><predecessor id="3" predecessor-id="13" type="FS"/></predecessors>',
    )
    small.write_text(looped, encoding="utf-8")
    with pytest.raises(ImportFileError, match="close a loop"):
        import_gnome_planner(small)


def test_tasks_nested_past_the_limit_are_refused_without_recursion(small):
    nested = "<tasks>" + "".join(
        f'<task id="{n}" name="t" start="20250106T090000Z" end="20250106T090000Z">' for n in range(5000)
    )
    small.write_text(SMALL.replace("<tasks>", nested).replace("</tasks>", "</task>" * 5000 + "</tasks>"), "utf-8")
    with pytest.raises(ImportFileError, match="nested deeper than 100 levels"):
        import_gnome_planner(small)


def test_only_xml_is_taken_for_gnome_planner_and_a_workspace_is_sent_to_open(small, tmp_path):
    assert is_gnome_planner_file(small)
    workspace = tmp_path / "ours.planner"
    Session.open(workspace).close()
    assert not is_gnome_planner_file(workspace)
    with pytest.raises(ImportFileError, match=r"not a GNOME Planner file .*open it instead"):
        import_file(workspace)


# -- the same plan from GNOME Planner and from MS Project ------------------------------------------------------
@pytest.fixture(scope="module")
def twin_files(tmp_path_factory):
    if not GENERATOR.is_file():
        pytest.skip(f"the plan generator is not at {GENERATOR} (put the team's shared folder beside the repository)")
    folder = tmp_path_factory.mktemp("twins")
    planner, mspdi = folder / "plan.planner", folder / "plan.xml"
    done = subprocess.run(
        [sys.executable, str(GENERATOR), "300", str(planner), "--xml", str(mspdi)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return planner, mspdi


def plan_facts(result):
    """Tasks by name with their parent's name (and a leaf's duration: a summary's follows from its subtasks),
    links, people and assignments, all by name."""
    ws = result.workspace
    title = {tid: task.title for tid, task in ws.tasks.items()}
    person = {pid: p.name for pid, p in ws.people.items()}
    parents = {t.parent_id for t in ws.tasks.values()}
    return (
        {
            t.title: (title.get(t.parent_id), t.position, t.milestone, None if t.id in parents else t.duration)
            for t in ws.tasks.values()
        },
        sorted((title[d.predecessor_id], title[d.successor_id], d.type, d.lag) for d in ws.dependencies.values()),
        sorted(person.values()),
        sorted((t.title, person[p], units) for t in ws.tasks.values() for p, units in t.assignments.items()),
    )


def scheduled(result, path):
    with Session.open(path) as session:
        command = ApplyImport(result)
        session.run(command)
        return {t.title: (t.start, t.finish) for t in session.ws.tasks.values() if t.project_id == command.project_id}


def test_the_same_plan_from_gnome_planner_and_ms_project_is_the_same_plan(twin_files, tmp_path):
    planner, mspdi = twin_files
    ours, theirs = import_file(planner), import_file(mspdi)
    tasks, links, people, assignments = plan_facts(ours)
    assert len(tasks) > 300 and len(links) > 400 and len(people) == 20 and len(assignments) > 250
    assert (tasks, links, people, assignments) == plan_facts(theirs)
    from_planner, from_mspdi = scheduled(ours, tmp_path / "a.planner"), scheduled(theirs, tmp_path / "b.planner")
    assert from_planner == from_mspdi
    assert len({start for start, _ in from_planner.values()}) > 50  # the links spread the plan out
