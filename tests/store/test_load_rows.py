"""Loading reads each row by column position (issue #14, eighth steps): whatever mix of empty and set dates, enums,
flags and kept JSON the rows hold, every task and link comes back exactly as written. Real files in the test's
folder."""

import copy
import dataclasses
import sqlite3
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.command import Batch
from planner.core.commands import AddObject, new_workspace
from planner.core.history import field_values
from planner.core.model import Constraint, Dependency, LinkType, Priority, RepeatFrom, Task, TaskType
from planner.store import workspace_file
from planner.store.workspace_file import StoredWorkspace, WorkspaceError, WorkspaceFile

MONDAY = datetime(2026, 11, 2, 8)
moments = st.none() | st.integers(0, 400).map(lambda hours: MONDAY + timedelta(hours=hours, minutes=30))
tasks = st.lists(
    st.fixed_dictionaries(
        {
            "priority": st.sampled_from(list(Priority)),
            "start": moments,
            "finish": moments,
            "milestone": st.booleans(),
            "manual": st.booleans(),
            "constraint": st.sampled_from(list(Constraint)),
            "constraint_date": moments,
            "deadline": moments,
            "repeat_from": st.sampled_from(list(RepeatFrom)),
            "skip_if_open": st.booleans(),
            "shift_to_workday": st.booleans(),
            "occurrence": moments,
            "created": moments,
            "started": moments,
            "completed": moments,
            "task_type": st.sampled_from(list(TaskType)),
            "effort_driven": st.booleans(),
            "kept": st.sampled_from([{}, {"mspdi": {"Priority": "700"}}]),
            "notes": st.sampled_from(["", "n"]),
            "duration": st.none() | st.integers(0, 4800),
        }
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tasks, st.lists(st.sampled_from(list(LinkType)), max_size=4))
def test_every_task_and_link_comes_back_as_written(tmp_path_factory, values, link_types):
    path = tmp_path_factory.mktemp("load") / "w.planner"
    file = WorkspaceFile.open(path)
    try:
        ws = file.load()
        seed = [new_workspace(), AddObject("area", name="Home"), AddObject("project", name="Work")]
        file.write(ws, Batch(seed, "Seed").apply(ws))
        for i, fields in enumerate(values, start=1):
            ws.tasks[i] = Task(i, f"T{i}", area_id=1, position=i, **fields)
        for i, kind in enumerate(link_types, start=1):
            ws.dependencies[i] = Dependency(i, 1 + i % len(values), 1, kind, lag=i * 60)
        file.insert_all(ws)
    finally:
        file.close()
    file = WorkspaceFile.open(path, create=False)
    try:
        again = file.load()
    finally:
        file.close()
    assert again.tasks == ws.tasks
    assert again.dependencies == ws.dependencies
    # Links are built by their __init__ (issue #14, open9): the same attributes, in the same order, as one made anew.
    assert [list(vars(link)) for link in again.dependencies.values()] == [
        list(vars(link)) for link in ws.dependencies.values()
    ]
    for task in again.tasks.values():  # typed as the core's, not only equal to them (a StrEnum equals its str)
        assert type(task.constraint) is Constraint and type(task.task_type) is TaskType
        assert type(task.priority) is Priority and type(task.milestone) is bool


# A task's and a link's seldom-set columns are read only from the rows that hold another value in one (issue #14,
# twentieth steps): each such column of a task set alone in one task comes back, beside tasks that leave every one
# at its default (links: the first test's mix of types and lags).
SELDOM = {
    "deadline": MONDAY,
    "routine_id": 1,
    "occurrence": MONDAY,
    "calendar_id": 5,  # set in the file alone: no calendar 5 to refer to
    "origin_id": 7,
    "recurrence": "FREQ=WEEKLY",
    "repeat_from": RepeatFrom.COMPLETION,
    "skip_if_open": True,
    "shift_to_workday": True,
    "horizon": 30,
    "manual": True,
    "value": 3,
    "effort": 2,
    "priority": Priority.HIGH,
    "task_type": TaskType.FIXED_WORK,
}


def _write(path, tasks, links=None):
    file = WorkspaceFile.open(path)
    try:
        ws = file.load()
        seed = [new_workspace(), AddObject("area", name="Home"), AddObject("project", name="Work")]
        file.write(ws, Batch(seed, "Seed").apply(ws))
        ws.tasks.update(tasks)
        ws.dependencies.update(links or {})
        file.insert_all(ws)
    finally:
        file.close()


def _set_in_file(path, changes):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    for kind, row, column, value in changes:
        conn.execute(f'UPDATE OR IGNORE {kind} SET "{column}" = ? WHERE id = ?', (value, row))  # not NULL where refused
    conn.commit()
    conn.close()


def test_a_seldom_set_column_comes_back_from_the_one_row_that_sets_it(tmp_path):
    assert set(SELDOM) == workspace_file._SELDOM_SET["task"]
    path = tmp_path / "w.planner"
    tasks, tid = {}, 0
    for column, value in SELDOM.items():
        for changed in (False, True, False):
            tid += 1
            fields = {column: value} if changed and column != "calendar_id" else {}
            tasks[tid] = Task(tid, f"{column} {changed}", area_id=1, position=tid, **fields)
    _write(path, copy.deepcopy(tasks))
    calendar_task = next(t for t in tasks.values() if t.title == "calendar_id True")
    _set_in_file(path, [("task", calendar_task.id, "calendar_id", 5)])
    calendar_task.calendar_id = 5
    file = WorkspaceFile.open(path, create=False)
    try:
        again = file.load()
    finally:
        file.close()
    assert again.tasks == tasks
    # Each value of the type of the one written, and every task's fields in one order, read in one pass or two.
    for task in again.tasks.values():
        assert {k: type(v) for k, v in field_values(task).items()} == {
            k: type(v) for k, v in vars(tasks[task.id]).items()
        }
        assert list(field_values(task)) == [f.name for f in dataclasses.fields(Task)]


stored = (
    st.none()
    | st.integers(-2, 40)
    | st.floats(-1, 2, allow_nan=False)
    | st.sampled_from(["", "x", "14", "ASAP", "schedule", "fixed_units", "2026-11-02 08:00:00"])
    | st.binary(max_size=2)
)


# Columns most plans leave at their default in most tasks (twenty-first steps): read apart as the seldom-set ones
# while at most `_FEW` rows set one, else in every row.
MOSTLY_DEFAULT = {
    "area_id": 1,
    "notes": "n",
    "percent_complete": 40,
    "constraint": Constraint.SNET,
    "constraint_date": MONDAY,
    "created": MONDAY,
    "started": MONDAY,
    "completed": MONDAY,
    "board_rank": 2.5,
    "effort_driven": True,
}


def _load(path):
    file = WorkspaceFile.open(path, create=False)
    try:
        return file.load()
    finally:
        file.close()


def _every_column(path):
    """The tasks as a read of every column of every row gives them."""
    file = WorkspaceFile.open(path, create=False)
    try:
        tasks = {}
        StoredWorkspace._read_kind(file, file.db.cursor(), "task", tasks)
        return tasks
    finally:
        file.close()


def test_a_mostly_default_column_set_in_few_rows_or_in_many_comes_back_as_written(tmp_path):
    assert set(MOSTLY_DEFAULT) == workspace_file._MOSTLY_DEFAULT["task"]
    few = workspace_file._FEW
    for rows in (few, few + 1):  # read apart, then in every row
        path = tmp_path / f"w{rows}.planner"
        tasks = {}
        for tid in range(1, 2 * few + 1):
            column = list(MOSTLY_DEFAULT)[tid % len(MOSTLY_DEFAULT)]
            fields = {column: MOSTLY_DEFAULT[column]} if tid <= rows else {}
            if column == "area_id" and fields:  # in the area, not the project
                fields["project_id"] = None
            tasks[tid] = Task(tid, f"T{tid}", **{"project_id": 1, **fields}, position=tid)
        _write(path, copy.deepcopy(tasks))
        again = _load(path)
        assert again.tasks == tasks
        every = _every_column(path)
        assert [field_values(task) for task in again.tasks.values()] == [vars(t) for t in every.values()]
        assert len({tuple(field_values(task)) for task in again.tasks.values()}) == 1


SELDOM_COLUMNS = [("task", column) for column in sorted({*SELDOM, *MOSTLY_DEFAULT})] + [
    ("dependency", column) for column in ("type", "lag", "lag_unit")
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(1, 3), st.sampled_from(SELDOM_COLUMNS), stored), max_size=4))
def test_any_stored_values_load_as_a_read_of_every_column_does(tmp_path_factory, changes):
    """Whatever another program wrote into those columns, the file opens with the same tasks and links as reading
    every column of every row gives, or both refuse it naming the table."""
    assert {column for kind, column in SELDOM_COLUMNS} == set().union(
        *workspace_file._SELDOM_SET.values(), *workspace_file._MOSTLY_DEFAULT.values()
    )
    path = tmp_path_factory.mktemp("fuzz") / "w.planner"
    _write(
        path,
        {i: Task(i, f"T{i}", area_id=1, position=i) for i in range(1, 5)},
        {i: Dependency(i, i, i + 1) for i in range(1, 4)},
    )
    _set_in_file(path, [(kind, row, column, value) for row, (kind, column), value in changes])
    outcomes = []
    for read in (StoredWorkspace._read_kind, WorkspaceFile._read_kind):
        file = WorkspaceFile.open(path, create=False)
        try:
            tables = {"task": {}, "dependency": {}}
            for kind, table in tables.items():
                read(file, file.db.cursor(), kind, table)
            outcomes.append(
                {
                    (kind, row): {k: (type(v), v) for k, v in field_values(obj).items()}
                    for kind, table in tables.items()
                    for row, obj in table.items()
                }
            )
        except WorkspaceError as exc:
            assert "row" in str(exc)
            outcomes.append("refused")
        finally:
            file.close()
    assert outcomes[0] == outcomes[1]


def test_a_loaded_task_keeps_in_its_own_dict_only_what_its_class_does_not_give(tmp_path):
    """The columns read apart and left at their default are the class's values, read from the class: each task's
    dict holds 19 names (a table of 32 slots), not 44 (128 slots); one set in a row is that task's own."""
    path = tmp_path / "w.planner"
    _write(
        path, {1: Task(1, "Plain", project_id=1, position=1), 2: Task(2, "Noted", project_id=1, position=2, notes="n")}
    )
    again = _load(path)
    plain, noted = again.tasks[1], again.tasks[2]
    assert "notes" not in vars(plain) and plain.notes == ""
    assert vars(noted)["notes"] == "n"
    assert len(vars(plain)) == 19  # the 14 columns read (its kept fields among them) and 5 collections
    assert plain.assignments is not noted.assignments and plain.kept is not noted.kept
