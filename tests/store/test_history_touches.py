"""The history's touches column (the objects a change concerns, for filtering) is gathered by kind and sorted kind
by kind (`Entry.touches`, `store.history._touches`): it must read as the plain rule gives it, every (kind, id)
pair of the change sorted as pairs."""

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from planner.core.history import Entry, ObjectChange
from planner.core.model import Dependency, Person, Project, Task
from planner.store.history import _touches

ids = st.integers(min_value=1, max_value=40)


def _plain(entry: Entry) -> str:
    """The rule written plainly: each object named, its task's project and people, its link's two tasks."""
    pairs = set()
    for change in entry.objects:
        pairs.add((change.kind, change.ident))
        for state in (change.before, change.after):
            values = state if isinstance(state, dict) else vars(state) if state is not None else {}
            if change.kind == "task":
                if values.get("project_id") is not None:
                    pairs.add(("project", values["project_id"]))
                pairs.update(("person", pid) for pid in values.get("assignments", ()))
            elif change.kind == "dependency":
                pairs.update(("task", values[end]) for end in ("predecessor_id", "successor_id") if end in values)
    return " " + " ".join(f"{kind}:{ident}" for kind, ident in sorted(pairs)) + " "


@st.composite
def task_states(draw):
    project = draw(st.none() | ids)
    people = draw(st.dictionaries(ids, st.sampled_from([0.5, 1.0]), max_size=3))
    return draw(
        st.sampled_from(
            [
                None,
                Task(id=1, title="T", project_id=project, assignments=people),
                {"project_id": project},
                {"assignments": people},
                {"title": "renamed"},
            ]
        )
    )


@st.composite
def link_states(draw):
    before, after = draw(ids), draw(ids)
    return draw(
        st.sampled_from(
            [None, Dependency(id=1, predecessor_id=before, successor_id=after), {"successor_id": after}, {"lag": 60}]
        )
    )


@st.composite
def changes(draw):
    kind = draw(st.sampled_from(["task", "dependency", "project", "person"]))
    states = {
        "task": task_states(),
        "dependency": link_states(),
        "project": st.sampled_from([None, Project(id=1, name="P"), {"name": "Q"}]),
        "person": st.sampled_from([None, Person(id=1, name="Ann"), {"name": "Bo"}]),
    }[kind]
    return ObjectChange(kind, draw(ids), draw(states), draw(states))


@given(st.lists(changes(), max_size=30))
def test_the_touches_column_reads_as_the_plain_rule_gives_it(objects):
    entry = Entry(datetime(2026, 12, 4, 9), "Edit", "do", objects)
    assert _touches(entry) == _plain(entry)
