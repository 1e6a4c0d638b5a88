"""Loading reads each row by column position (issue #14, eighth steps): whatever mix of empty and set dates, enums,
flags and kept JSON the rows hold, every task and link comes back exactly as written. Real files in the test's
folder."""

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.command import Batch
from planner.core.commands import AddObject, new_workspace
from planner.core.model import Constraint, Dependency, LinkType, Priority, RepeatFrom, Task, TaskType
from planner.store.workspace_file import WorkspaceFile

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
        file.write(ws, Batch([new_workspace(), AddObject("area", name="Home")], "Seed").apply(ws))
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
