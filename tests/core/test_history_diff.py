"""`history.diff` takes what a change created as absent before it without asking `before_of` (an import creates
254,000 objects): the record must be the one the plain way makes, asking for every object."""

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.changes import Changes
from planner.core.command import before_all
from planner.core.commands import CreateTask, DeleteTasks, EditTask, new_workspace
from planner.core.history import diff
from planner.core.model import Project, Workspace

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
