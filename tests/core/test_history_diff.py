"""`history.diff` takes what a change created as absent before it without asking `before_of` (an import creates
254,000 objects): the record must be the one the plain way makes, asking for every object."""

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.changes import Changes
from planner.core.command import before_all
from planner.core.commands import CreateTask, DeleteTasks, EditTask, new_workspace
from planner.core.history import ObjectChange, diff, fields_changed
from planner.core.model import Project, Task, Workspace

AT = datetime(2025, 1, 6, 9)

steps = st.lists(
    st.one_of(
        st.tuples(st.just("create"), st.integers(0, 9)),
        st.tuples(st.just("edit"), st.integers(0, 9)),
        st.tuples(st.just("delete"), st.integers(0, 9)),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=60, deadline=None)
@given(steps)
def test_the_record_of_created_objects_is_the_one_made_asking_for_each(plan):
    ws = Workspace()
    new_workspace().apply(ws)
    ws.put("project", Project(id=1, name="P"))
    for number in range(3):
        CreateTask(("project", 1), f"Old {number}", clock=lambda: AT).apply(ws)
    commands, changes = [], Changes()
    for what, pick in plan:  # one step of several commands, as the Session runs a command and what follows it
        ids = sorted(ws.tasks)
        if what == "create":
            command = CreateTask(("project", 1), f"New {pick}", clock=lambda: AT)
        elif not ids:
            continue
        elif what == "edit":
            command = EditTask(ids[pick % len(ids)], clock=lambda: AT, title=f"Edited {pick}")
        else:
            command = DeleteTasks([ids[pick % len(ids)]])
        changes.merge(command.apply(ws))
        commands.append(command)

    def before_of(kind, ident):
        return before_all(commands, kind, ident, ws.table(kind).get(ident))

    plain = Changes(updated={kind: changes.ids(kind) for kind in ("task", "project", "status")})
    fast, asked = diff(ws, changes, before_of), diff(ws, plain, before_of)
    assert [(c.kind, c.ident, c.before, c.after) for c in fast] == [(c.kind, c.ident, c.before, c.after) for c in asked]


def test_a_task_that_reads_a_field_from_its_class_is_compared_and_listed_with_it():
    """A task loaded from a file keeps the fields at their class's default out of its own dict (planner.store's
    load): a change that sets one, or gives back an object without it, names that field, as it would with it held."""
    loaded = Task(1, "Brief", project_id=1)
    del loaded.__dict__["notes"]
    noted = Task(1, "Brief", project_id=1, notes="Agenda")
    for before, after, expected in ((loaded, noted, ("", "Agenda")), (noted, loaded, ("Agenda", ""))):
        ws = Workspace()
        ws.tasks[1] = after
        [change] = diff(ws, Changes(updated={"task": {1}}), lambda kind, ident, b=before: b)
        assert (change.before, change.after) == ({"notes": expected[0]}, {"notes": expected[1]})
    deleted = ObjectChange("task", 1, loaded, None)
    assert fields_changed(deleted)["notes"] == ("", None)
