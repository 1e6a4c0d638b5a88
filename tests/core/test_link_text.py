"""Predecessors and Successors as MS Project's text ("3FS+2d; 5SS-10%; 7"), IDs and WBS codes, and the
"Resource names" text ("Maya[50%]; Tom"): format, parse, and the one command each edit becomes."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.calendars import STANDARD
from planner.core.commands import AddObject, CreateTask, EditObject, LinkTasks
from planner.core.errors import ValidationError
from planner.core.link_text import (
    LinkSpec,
    edit_links,
    format_lag,
    format_spec,
    links_text,
    parse_links,
)
from planner.core.model import LinkType, Workspace
from planner.core.resource_text import edit_resource_names, parse_resource_names, resource_names
from planner.core.wbs import WbsMask, numbering

CAL = STANDARD  # 8 working hours a day, 5 days a week


def plan() -> Workspace:
    """Project 1: IDs 1 "Design" (summary) with 2 "Sketch" and 3 "Review" under it, then 4 "Build", 5 "Ship"."""
    ws = Workspace()
    AddObject("project", name="Shop").apply(ws)
    for title in ("Design", "Build", "Ship"):
        CreateTask(("project", 1), title).apply(ws)
    for title in ("Sketch", "Review"):
        CreateTask(("task", 1), title).apply(ws)
    AddObject("person", name="Maya").apply(ws)
    AddObject("person", name="Tom", max_units=2.0).apply(ws)
    return ws


def links(ws: Workspace) -> set[tuple[str, str, LinkType, int, str]]:
    return {
        (ws.tasks[d.predecessor_id].title, ws.tasks[d.successor_id].title, d.type, d.lag, d.lag_unit)
        for d in ws.dependencies.values()
    }


# -- IDs and WBS ---------------------------------------------------------------------------------------------
def test_ids_follow_the_outline_and_wbs_is_the_outline_number():
    ws = plan()
    numbers = numbering(ws, ("project", 1))
    titles = [ws.tasks[tid].title for tid in numbers.rows]
    assert titles == ["Design", "Sketch", "Review", "Build", "Ship"]
    assert [numbers.wbs[tid] for tid in numbers.rows] == ["1", "1.1", "1.2", "2", "3"]
    assert numbers.task_at(3) == numbers.rows[2] and numbers.task_at(6) is None and numbers.task_at(0) is None


def test_ids_over_the_whole_workspace_run_across_containers():
    ws = plan()
    AddObject("project", name="Other").apply(ws)
    CreateTask(("project", 2), "Elsewhere").apply(ws)
    numbers = numbering(ws)
    assert [ws.tasks[tid].title for tid in numbers.rows][-1] == "Elsewhere"
    assert numbers.ids[numbers.rows[-1]] == 6
    assert numbers.wbs[numbers.rows[-1]] == "1"  # a WBS code is its project's own


@pytest.mark.parametrize(
    ("mask", "numbers", "code"),
    [
        ("PRJ-.9.99", (1,), "PRJ-1"),
        ("PRJ-.9.99", (1, 2), "PRJ-1.02"),
        ("PRJ-.9.99", (1, 2, 3), "PRJ-1.02.3"),  # deeper than the mask: plain numbers
        ("9.AA-a", (2, 1, 28), "2.A-ab"),
        ("X/*/*", (3, 10), "X3/10"),
        ("99", (7,), "07"),
    ],
)
def test_wbs_mask_codes(mask, numbers, code):
    assert WbsMask.parse(mask).code(numbers) == code


def test_a_project_mask_gives_its_tasks_codes():
    ws = plan()
    EditObject("project", 1, wbs_mask="SHOP-.9.99").apply(ws)
    numbers = numbering(ws, ("project", 1))
    assert [numbers.wbs[tid] for tid in numbers.rows] == ["SHOP-1", "SHOP-1.01", "SHOP-1.02", "SHOP-2", "SHOP-3"]


def test_a_mask_without_levels_is_refused():
    with pytest.raises(ValidationError, match="not a WBS code mask"):
        WbsMask.parse("PRJ-")


def test_a_project_takes_no_mask_it_cannot_read_but_keeps_an_imported_one_while_other_fields_change():
    ws = plan()
    with pytest.raises(ValidationError, match="“PRJ-” is not a WBS code mask"):
        EditObject("project", 1, wbs_mask="PRJ-").apply(ws)
    assert ws.projects[1].wbs_mask == ""
    ws.projects[1].wbs_mask = "PRJ-"  # as a file from another program may hold it
    EditObject("project", 1, sponsor="Ana").apply(ws)
    numbers = numbering(ws, ("project", 1))
    assert numbers.wbs[numbers.rows[0]] == "1"  # plain outline numbers


# -- format and parse ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("7", LinkSpec(7)),
        ("5SS", LinkSpec(5, LinkType.SS)),
        ("4FF", LinkSpec(4, LinkType.FF)),
        ("2SF", LinkSpec(2, LinkType.SF)),
        ("3FS+2d", LinkSpec(3, LinkType.FS, 960)),
        ("3FF+4h", LinkSpec(3, LinkType.FF, 240)),
        ("3SS+30m", LinkSpec(3, LinkType.SS, 30)),
        ("3FS+1.5d", LinkSpec(3, LinkType.FS, 720)),
        ("3FS-1d", LinkSpec(3, LinkType.FS, -480)),  # a lead
        ("5SS-10%", LinkSpec(5, LinkType.SS, -10, "percent")),
        ("5FS+50%", LinkSpec(5, LinkType.FS, 50, "percent")),
        ("6FS+3ed", LinkSpec(6, LinkType.FS, 3 * 1440, "elapsed")),
        ("6FS+5eh", LinkSpec(6, LinkType.FS, 300, "elapsed")),
        ("6SS-45em", LinkSpec(6, LinkType.SS, -45, "elapsed")),
    ],
)
def test_format_and_parse_agree(text, spec):
    assert parse_links(text, CAL) == [spec]
    assert format_spec(spec, CAL) == text


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("3fs+1w", LinkSpec(3, LinkType.FS, 5 * 480)),
        ("3 FS + 2 days", LinkSpec(3, LinkType.FS, 960)),
        ("3+4 hrs", LinkSpec(3, LinkType.FS, 240)),
        ("3FS+1ew", LinkSpec(3, LinkType.FS, 7 * 1440, "elapsed")),
        ("3SS+0d", LinkSpec(3, LinkType.SS)),
    ],
)
def test_parse_reads_what_people_type(text, spec):
    assert parse_links(text, CAL) == [spec]


def test_several_items_parted_by_semicolons_or_commas():
    expected = [LinkSpec(2, LinkType.FS, 480), LinkSpec(3, LinkType.SS)]
    assert parse_links("2FS+1d; 3SS", CAL) == expected
    assert parse_links("2FS+1d,3SS", CAL) == expected
    assert parse_links(" ; ", CAL) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("two", "“two” is not a link"),
        ("3XX", "“3XX” is not a link"),
        ("3FS+", "“3FS\\+” is not a link"),
        ("3FS+2q", "“q” is not a unit of duration"),
        ("3FS+2ex", "“ex” is not a unit of elapsed time"),
        ("3FS+12.5%", "a lag in % must be a whole number"),
        ("3FS+20000%", "more than 10,000 %"),
    ],
)
def test_bad_text_is_refused_with_the_reason(text, message):
    with pytest.raises(ValidationError, match=message):
        parse_links(text, CAL)


LAG_UNITS = st.sampled_from(["", "elapsed", "percent"])


@given(
    st.lists(
        st.builds(
            LinkSpec,
            row=st.integers(1, 10**6),
            type=st.sampled_from(list(LinkType)),
            lag=st.integers(-(10**6), 10**6),
            lag_unit=LAG_UNITS,
        ),
        max_size=6,
    )
)
def test_format_then_parse_gives_the_links_back(specs):
    specs = [s if s.lag else LinkSpec(s.row, s.type) for s in specs]  # no lag has no unit
    specs = [LinkSpec(s.row, s.type, s.lag % 10_000 - 5_000 or 1, s.lag_unit) if s.lag_unit == "percent" else s
             for s in specs]  # fmt: skip
    text = "; ".join(format_spec(s, CAL) for s in specs)
    assert parse_links(text, CAL) == specs


def test_format_lag_picks_the_largest_exact_unit():
    assert format_lag(0, "", CAL) == ""
    assert format_lag(61, "", CAL) == "+61m"
    assert format_lag(90, "", CAL) == "+1.5h"
    assert format_lag(-2400, "", CAL) == "-5d"
    assert format_lag(1440, "elapsed", CAL) == "+1ed"


# -- the edit ----------------------------------------------------------------------------------------------------
def edit(ws: Workspace, title: str, text: str, side="predecessors"):
    numbers = numbering(ws, ("project", 1))
    task = next(t.id for t in ws.tasks.values() if t.title == title)
    return edit_links(ws, task, text, numbers, side, CAL)


def test_typing_predecessors_adds_links_in_one_command_and_undo_takes_them_back():
    ws = plan()
    before = copy.deepcopy(links(ws))
    command = edit(ws, "Ship", "2FS+1d; 3SS")
    command.apply(ws)
    assert links(ws) == {("Sketch", "Ship", LinkType.FS, 480, ""), ("Review", "Ship", LinkType.SS, 0, "")}
    numbers = numbering(ws, ("project", 1))
    ship, sketch = numbers.task_at(5), numbers.task_at(2)
    assert links_text(ws, ship, numbers, "predecessors", CAL) == "2FS+1d; 3SS"
    assert links_text(ws, sketch, numbers, "successors", CAL) == "5FS+1d"
    command.undo(ws)
    assert links(ws) == before


def test_the_same_links_written_another_way_make_no_command():
    ws = plan()
    edit(ws, "Ship", "2FS+1d; 3SS").apply(ws)
    assert edit(ws, "Ship", "2+8h;3ss+0d") is None


def test_retyping_changes_removes_and_keeps_links():
    ws = plan()
    edit(ws, "Ship", "2FS+1d; 3SS").apply(ws)
    edit(ws, "Ship", "2FF-10%; 4").apply(ws)
    assert links(ws) == {("Sketch", "Ship", LinkType.FF, -10, "percent"), ("Build", "Ship", LinkType.FS, 0, "")}
    edit(ws, "Ship", "").apply(ws)
    assert links(ws) == set()


def test_successors_text_links_the_other_way():
    ws = plan()
    edit(ws, "Build", "5SS+2ed", side="successors").apply(ws)
    assert links(ws) == {("Build", "Ship", LinkType.SS, 2880, "elapsed")}


def test_a_missing_row_is_refused():
    with pytest.raises(ValidationError, match="There is no task with ID 9"):
        edit(plan(), "Ship", "2; 9")


def test_the_task_itself_is_refused():
    with pytest.raises(ValidationError, match="ID 5 is “Ship” itself"):
        edit(plan(), "Ship", "5FS")


def test_a_row_named_twice_is_refused():
    with pytest.raises(ValidationError, match="ID 2 is named twice"):
        edit(plan(), "Ship", "2; 2SS")


def test_a_summary_and_its_own_subtask_are_refused():
    ws = plan()
    with pytest.raises(ValidationError, match="a summary and its own subtask"):
        edit(ws, "Sketch", "1").apply(ws)
    assert links(ws) == set()


def test_a_loop_is_refused_naming_it_and_nothing_changes():
    ws = plan()
    LinkTasks(2, 3).apply(ws)  # Build → Ship
    before = copy.deepcopy(links(ws))
    command = edit(ws, "Build", "5; 2")  # Ship → Build closes Build → Ship → Build
    with pytest.raises(ValidationError, match="close a loop: “Ship” → “Build”"):
        command.apply(ws)
    assert links(ws) == before


def test_links_with_tasks_outside_the_numbered_scope_stay():
    ws = plan()
    AddObject("project", name="Other").apply(ws)
    CreateTask(("project", 2), "Elsewhere").apply(ws)
    LinkTasks(6, 3).apply(ws)  # Elsewhere → Ship, across projects
    edit(ws, "Ship", "4").apply(ws)
    assert links(ws) == {("Elsewhere", "Ship", LinkType.FS, 0, ""), ("Build", "Ship", LinkType.FS, 0, "")}


# -- resource names ------------------------------------------------------------------------------------------
def test_resource_names_round_trip():
    ws = plan()
    assert parse_resource_names(ws, "maya[50%]; Tom") == {1: 0.5, 2: 1.0}
    assert parse_resource_names(ws, "Tom[150], Maya") == {2: 1.5, 1: 1.0}
    command = edit_resource_names(ws, 3, "Maya[50%]; Tom[200%]")
    command.apply(ws)
    assert ws.tasks[3].assignments == {1: 0.5, 2: 2.0}
    assert resource_names(ws, ws.tasks[3]) == "Maya[50%]; Tom[200%]"
    assert edit_resource_names(ws, 3, "Tom[200%]; Maya[50%]") is None  # nothing would change


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Zoe", "There is no person named “Zoe”"),
        ("Maya[0%]", "Maya cannot be assigned at 0 %"),
        ("Maya[150%]", "Maya can be assigned at most 100 %"),
        ("Tom[250%]", "Tom can be assigned at most 200 %"),
        ("Maya[half]", "“half” is not units"),
        ("Maya; maya", "Maya is named twice"),
    ],
)
def test_bad_resource_names_are_refused_with_the_reason(text, message):
    ws = plan()
    with pytest.raises(ValidationError, match=message):
        parse_resource_names(ws, text)
    assert len(ws.people) == 2  # no one was created


def test_a_name_with_a_comma_is_one_person():
    ws = plan()
    AddObject("person", name="Smith, Ann").apply(ws)
    assert parse_resource_names(ws, "Smith, Ann") == {3: 1.0}
