"""Both GanttProject files in the shared data folder import with the facts GanttProject put in them."""

from datetime import date, datetime

from shared_data import SHARED_DATA, needs_shared_data

from planner.core.model import LinkType
from planner.io.formats import import_file

pytestmark = needs_shared_data

DATA = SHARED_DATA / "gan"


def by_title(ws, title):
    (task,) = [t for t in ws.tasks.values() if t.title.strip() == title]
    return task


def titles(ws, key):
    return [ws.tasks[tid].title.strip() for tid in ws.children(key)]


def test_house_building_tree_milestones_and_durations():
    result = import_file(DATA / "HouseBuildingSample.gan")
    ws = result.workspace
    assert len(ws.tasks) == 20
    assert titles(ws, ("project", 1)) == [
        "Architectural design",
        "Interior design",
        "Construction phase",
        "Decoration phase",
        "GanttProject 3.3",
    ]
    construction = by_title(ws, "Construction phase")
    assert titles(ws, ("task", construction.id)) == [
        "Foundation building",
        "Ground Floor building",
        "First Floor building",
        "Roof",
        "Connect to communications",
        "Construction completed",
    ]
    milestones = sorted(t.title.strip() for t in ws.tasks.values() if t.milestone)
    assert milestones == [
        "Agreement on architectural plan",
        "Bring your family here",
        "Construction completed",
        "GanttProject 3.3",
    ]
    foundation = by_title(ws, "Foundation building")
    assert foundation.duration == 15 * 480  # 15 working days
    assert foundation.start == datetime(2024, 7, 1, 8)
    assert foundation.finish == datetime(2024, 7, 19, 17)  # three working weeks later
    assert by_title(ws, "Architectural design").percent_complete == 85
    assert by_title(ws, "Equipment planning").notes == "Embedded devices, kitchen, washing machine, dryer etc"
    assert foundation.external_id == "1"
    assert result.project.start == datetime(2024, 5, 27, 8)


def test_house_building_links_are_finish_to_start_with_one_rubber_link():
    result = import_file(DATA / "HouseBuildingSample.gan")
    ws = result.workspace
    assert len(ws.dependencies) == 17
    assert {d.type for d in ws.dependencies.values()} == {LinkType.FS}
    rubber = [d for d in ws.dependencies.values() if not result.links[d.id].hard]
    assert [(ws.tasks[d.predecessor_id].title, ws.tasks[d.successor_id].title) for d in rubber] == [
        ("GanttProject 3.3", "Architectural design")
    ]
    pairs = {(ws.tasks[d.predecessor_id].title, ws.tasks[d.successor_id].title) for d in ws.dependencies.values()}
    assert ("Roof", "Construction completed") in pairs
    assert ("Construction phase", "Bring your family here") in pairs  # a summary task as predecessor


def test_house_building_people_rates_allocations_holiday_and_vacation():
    result = import_file(DATA / "HouseBuildingSample.gan")
    ws = result.workspace
    people = {p.name: p for p in ws.people.values()}
    assert len(people) == 7
    assert people["John Black"].rate == 40 / 8  # 40 a day is 5 an hour
    assert people["Michelangelo"].rate == 1000 / 8
    assert people["Jack House"].rate == 0
    assert sum(len(t.assignments) for t in ws.tasks.values()) == 30
    draft = by_title(ws, "Create draft of architecture")
    assert draft.assignments == {people["Jack House"].id: 0.5, people["Michelangelo"].id: 1.0}
    assert by_title(ws, "Foundation building").assignments == {
        people[name].id: 1.0 for name in ("John Black", "Tom White", "George Brown", "John Silver")
    }
    assert result.calendar.exceptions == {date(2006, 2, 14): ()}
    assert result.calendar.week[5] == () and result.calendar.week[6] == ()
    jack = result.person_calendars[people["Jack House"].id]
    off = sorted(day for day, spans in jack.exceptions.items() if not spans and day.year == 2009)
    assert off == [date(2009, 2, d) for d in range(2, 10)]  # the vacation's end day is included
    assert set(result.person_calendars) == {people["Jack House"].id}


def test_task_with_dependencies_has_one_link_of_each_type():
    result = import_file(DATA / "task-with-dependencies.gan")
    ws = result.workspace
    got = {
        (ws.tasks[d.predecessor_id].title, ws.tasks[d.successor_id].title): (d.type, d.lag, result.links[d.id].hard)
        for d in ws.dependencies.values()
    }
    assert got == {
        ("task A", "task B"): (LinkType.SS, 0, True),  # code 1
        ("task B", "task C"): (LinkType.FS, 0, False),  # code 2, rubber
        ("task C", "task D"): (LinkType.FF, -480, True),  # code 3, a lead of one day
        ("task D", "task E"): (LinkType.SF, 0, True),  # code 4
    }
    assert result.calendar.exceptions == {date(2024, 1, 3): ()}
    assert result.project.name == "project-name"
    # 2024-01-04 is a Thursday: two working days end on Friday.
    assert by_title(ws, "task A").finish == datetime(2024, 1, 5, 17)
    # task C starts on Friday 5 January and runs two working days, over the weekend.
    assert by_title(ws, "task C").finish == datetime(2024, 1, 8, 17)
