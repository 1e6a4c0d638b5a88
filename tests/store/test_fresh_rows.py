"""Rows of created objects go in with a plain INSERT; one that already has a row is updated all the same."""

from planner.core.changes import Changes
from planner.core.model import Constraint, Dependency, LinkType, Priority, RepeatFrom, Task, TaskType
from tests.postgres_server import open_store
from tests.store.test_workspace_file import fill


def test_a_created_object_that_already_has_a_row_is_updated(location):
    with open_store(location) as file:
        ws = fill(file)
        ws.projects[1].name = "Written twice"
        ws.dependencies[1].lag = 480
        file.write(ws, Changes(created={"project": {1}, "dependency": {1}}))
    with open_store(location) as file:
        again = file.load()
    assert again.projects[1].name == "Written twice"
    assert again.dependencies[1].lag == 480
    assert again.table("dependency") == ws.table("dependency")


def test_every_enum_member_is_written_as_its_value_and_read_back(location):
    # Members are written by a dict lookup of their values: each is stored as plain text (or the priority's
    # number), as reading `.value` stored it, and read back as the member.
    with open_store(location) as file:
        ws = fill(file)
        members = max(len(Constraint), len(RepeatFrom), len(TaskType), len(LinkType), len(Priority))
        for i in range(members):
            task = Task(id=100 + i, title=f"T{i}", project_id=1, position=10 + i)
            task.constraint = list(Constraint)[i % len(Constraint)]
            task.repeat_from = list(RepeatFrom)[i % len(RepeatFrom)]
            task.task_type = list(TaskType)[i % len(TaskType)]
            task.priority = list(Priority)[i % len(Priority)]
            ws.put("task", task)
            ws.put("dependency", Dependency(id=100 + i, predecessor_id=1, successor_id=100 + i,
                                            type=list(LinkType)[i % len(LinkType)]))  # fmt: skip
        created = {"task": set(range(100, 100 + members)), "dependency": set(range(100, 100 + members))}
        file.write(ws, Changes(created=created))
        rows = file.db.execute_sql(
            'SELECT t."constraint", t.repeat_from, t.task_type, t.priority, d.type FROM task t '
            "JOIN dependency d ON d.successor_id = t.id WHERE t.id >= 100 ORDER BY t.id"
        ).fetchall()
    for i, row in enumerate(rows):
        task, link = ws.tasks[100 + i], ws.dependencies[100 + i]
        expected = (task.constraint.value, task.repeat_from.value, task.task_type.value, int(task.priority))
        assert row == (*expected, link.type.value)
        assert [type(value) for value in row] == [str, str, str, int, str]
    with open_store(location) as file:
        again = file.load()
    assert again.table("task") == ws.table("task") and again.table("dependency") == ws.table("dependency")
