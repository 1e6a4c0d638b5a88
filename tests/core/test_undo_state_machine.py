"""Undo and redo after any sequence of commands: a hypothesis state machine over the core workspace.

Refused commands must leave the workspace as it was; undoing everything in reverse must restore it
exactly, and applying the same commands again must replay to the same state.
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from planner.core.calendars import Calendar
from planner.core.changes import Changes
from planner.core.command import Batch, Command
from planner.core.commands import (
    AddObject,
    AddPeople,
    AssignPerson,
    CreateTask,
    DeleteObject,
    DeleteTasks,
    EditLink,
    EditObject,
    EditTask,
    IndentTasks,
    LabelTask,
    LinkTasks,
    MoveTask,
    OutdentTasks,
    SetPersonCalendar,
    UnlinkTasks,
)
from planner.core.errors import ValidationError
from planner.core.labels import MergeLabels
from planner.core.link_text import edit_links
from planner.core.model import KINDS, LinkType, Priority, StatusKind, Workspace
from planner.core.wbs import numbering

BASE = datetime(2024, 3, 4, 8, 0)
MISSING = 999
picks = st.integers(min_value=0, max_value=10_000)
titles = st.sampled_from(["Plan", "Build", "Test", "  Ship  ", "", "   "])
instants = st.sampled_from(
    [None, BASE, BASE + timedelta(hours=5), BASE + timedelta(days=5, hours=2), BASE - timedelta(days=3)]
)
durations = st.sampled_from([None, 0, 60, 480, 2400, -30])


def snapshot(ws: Workspace) -> dict:
    """Every table and every index, as plain values."""
    keys = [("area", i) for i in ws.areas] + [("project", i) for i in ws.projects] + [("task", i) for i in ws.tasks]
    return {
        "tables": {kind: copy.deepcopy(ws.table(kind)) for kind in KINDS},
        "children": {key: list(ws.children(key)) for key in keys if ws.children(key)},
        "out": {tid: set(ws.links_out(tid)) for tid in ws.tasks if ws.links_out(tid)},
        "in": {tid: set(ws.links_in(tid)) for tid in ws.tasks if ws.links_in(tid)},
    }


def assert_names_exactly(changes: Changes, before: dict, after: dict) -> None:
    """`changes` names every object, child list and container that differs between two snapshots, and no other."""
    for kind in KINDS:
        old, new = before["tables"][kind], after["tables"][kind]
        assert changes.created.get(kind, set()) == new.keys() - old.keys(), kind
        assert changes.deleted.get(kind, set()) == old.keys() - new.keys(), kind
        assert changes.updated.get(kind, set()) == {i for i in old.keys() & new.keys() if old[i] != new[i]}, kind
    keys = before["children"].keys() | after["children"].keys()
    assert changes.parents == {k for k in keys if before["children"].get(k) != after["children"].get(k)}
    moved = {
        kind: {i for i in before["tables"][kind].keys() | after["tables"][kind].keys()
               if getattr(before["tables"][kind].get(i), "position", None)
               != getattr(after["tables"][kind].get(i), "position", None)}
        for kind in ("area", "project")
    }  # fmt: skip
    assert changes.containers == bool(moved["area"] or moved["project"])


def pick(n: int, ids) -> int:
    """One of `ids` chosen by `n`, or an id that does not exist once in a while (and when there are none)."""
    ids = sorted(ids)
    if not ids or n % 13 == 0:
        return MISSING
    return ids[n % len(ids)]


class UndoMachine(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.ws = ws = Workspace()
        self.ticks = 0
        for name, kind, wip in (
            ("To do", "todo", 0),
            ("Doing", "doing", 2),
            ("Review", "doing", 1),
            ("Done", "done", 0),
        ):
            AddObject("status", name=name, kind=StatusKind(kind), wip_limit=wip).apply(ws)
        AddObject("project", name="App").apply(ws)
        AddObject("project", name="Site").apply(ws)
        AddObject("area", name="Social").apply(ws)
        for name in ("Ada", "Bob", "Cy"):
            AddObject("person", name=name).apply(ws)
        AddObject("label", name="Red").apply(ws)
        AddObject("label", name="Blue").apply(ws)
        for title, parent in (
            ("One", ("project", 1)),
            ("Two", ("project", 1)),
            ("Post", ("area", 1)),
            ("Three", ("project", 1)),
            ("One.1", ("task", 1)),
            ("One.2", ("task", 1)),
            ("Site work", ("project", 2)),
        ):
            CreateTask(parent, title, clock=self.clock).apply(ws)
        LinkTasks(2, 4).apply(ws)
        self.initial = snapshot(ws)
        self.done: list[tuple[Command, dict, dict]] = []  # command, state before, state after

    def clock(self) -> datetime:
        self.ticks += 1
        return BASE + timedelta(minutes=self.ticks)

    def run(self, command: Command) -> None:
        """Apply `command`; a refusal must change nothing; a success must undo and redo exactly."""
        before = snapshot(self.ws)
        try:
            changes = command.apply(self.ws)
        except ValidationError:
            assert snapshot(self.ws) == before
            return
        after = snapshot(self.ws)
        assert_names_exactly(changes, before, after)
        undone = command.undo(self.ws)
        assert snapshot(self.ws) == before
        assert_names_exactly(undone, after, before)
        command.apply(self.ws)
        assert snapshot(self.ws) == after
        self.done.append((command, before, after))

    def parent(self, n: int, kind: int):
        kinds = ("project", "area", "task")
        kind_name = kinds[kind % 3]
        return (kind_name, pick(n, self.ws.table(kind_name)))

    # -- rules -------------------------------------------------------------------------------------
    @rule(n=picks, kind=picks, title=titles, index=st.none() | st.integers(-1, 6), start=instants, duration=durations)
    def create(self, n, kind, title, index, start, duration):
        fields = {k: v for k, v in (("start", start), ("duration", duration)) if v is not None}
        self.run(CreateTask(self.parent(n, kind), title, index=index, clock=self.clock, **fields))

    @rule(
        n=picks,
        field=st.sampled_from(
            [
                "title",
                "notes",
                "percent_complete",
                "duration",
                "start",
                "finish",
                "milestone",
                "priority",
                "value",
                "checklist",
            ]
        ),
        data=st.data(),
    )
    def edit(self, n, field, data):
        values = {
            "title": titles,
            "notes": st.text(max_size=5),
            "percent_complete": st.integers(-5, 105),
            "duration": durations,
            "start": instants,
            "finish": instants,
            "milestone": st.booleans(),
            "priority": st.sampled_from(list(Priority)),
            "value": st.integers(-1, 8),
            "checklist": st.lists(st.tuples(st.sampled_from(["a", " ", "b"]), st.booleans()), max_size=3),
        }
        value = data.draw(values[field])
        self.run(EditTask(pick(n, self.ws.tasks), clock=self.clock, **{field: value}))

    @rule(n=picks, status=st.sampled_from([1, 2, 3, 4, MISSING]))
    def change_status(self, n, status):
        self.run(EditTask(pick(n, self.ws.tasks), clock=self.clock, status_id=status))

    @rule(ns=st.lists(picks, min_size=1, max_size=3))
    def delete(self, ns):
        self.run(DeleteTasks([pick(n, self.ws.tasks) for n in ns]))

    @rule(n=picks, dest=picks, kind=picks, index=st.integers(0, 5))
    def move(self, n, dest, kind, index):
        self.run(MoveTask(pick(n, self.ws.tasks), self.parent(dest, kind), index))

    @rule(ns=st.lists(picks, min_size=1, max_size=2))
    def indent(self, ns):
        self.run(IndentTasks([pick(n, self.ws.tasks) for n in ns]))

    @rule(ns=st.lists(picks, min_size=1, max_size=2))
    def outdent(self, ns):
        self.run(OutdentTasks([pick(n, self.ws.tasks) for n in ns]))

    @rule(a=picks, b=picks, type=st.sampled_from(list(LinkType)), lag=st.integers(-480, 480))
    def link(self, a, b, type, lag):
        self.run(LinkTasks(pick(a, self.ws.tasks), pick(b, self.ws.tasks), type, lag))

    @rule(n=picks)
    def unlink(self, n):
        self.run(UnlinkTasks([pick(n, self.ws.dependencies)]))

    @rule(n=picks, type=st.none() | st.sampled_from(list(LinkType)), lag=st.none() | st.integers(-60, 60))
    def edit_link(self, n, type, lag):
        self.run(EditLink(pick(n, self.ws.dependencies), type, lag))

    @rule(
        n=picks,
        side=st.sampled_from(["predecessors", "successors"]),
        items=st.lists(
            st.tuples(st.integers(1, 12), st.sampled_from(list(LinkType)), st.sampled_from(["", "+1d", "-2h", "+10%",
                                                                                            "+3ed"])),
            max_size=3,
        ),
    )  # fmt: skip
    def type_links(self, n, side, items):
        """A Predecessors or Successors cell typed as MS Project's text: one command for all its links."""
        if not self.ws.tasks:
            return
        text = "; ".join(f"{row}{kind.value}{lag}" for row, kind, lag in items)
        task = pick(n, self.ws.tasks)
        try:
            command = edit_links(self.ws, task, text, numbering(self.ws), side, self.ws.calendar)
        except ValidationError:
            return  # a missing row, the task itself or a row twice: refused before any command
        if command is not None:
            self.run(command)

    @rule(n=picks, person=st.sampled_from([1, 2, 3, MISSING]), units=st.sampled_from([0, 0.5, 1.0, 11.0]))
    def assign(self, n, person, units):
        self.run(AssignPerson(pick(n, self.ws.tasks), person, units))

    @rule(n=picks, label=st.sampled_from([1, 2, MISSING]), on=st.booleans())
    def label(self, n, label, on):
        self.run(LabelTask(pick(n, self.ws.tasks), label, on))

    @rule(kind=st.sampled_from(["area", "project", "person", "label", "status"]), name=titles)
    def add_object(self, kind, name):
        self.run(AddObject(kind, name=name))

    @rule(kind=st.sampled_from(["area", "project", "person", "label"]), n=picks, name=titles)
    def rename_object(self, kind, n, name):
        self.run(EditObject(kind, pick(n, self.ws.table(kind)), name=name))

    @rule(ns=st.lists(picks, min_size=1, max_size=3), keep=picks)
    def merge_labels(self, ns, keep):
        ids = [pick(n, self.ws.labels) for n in ns]
        self.run(MergeLabels(ids, pick(keep, ids)))

    # Containers take their tasks with them, so they come up less often than the rest.
    @rule(kind=st.sampled_from(["person", "label", "status", "person", "label", "status", "area", "project"]), n=picks)
    def delete_object(self, kind, n):
        self.run(DeleteObject(kind, pick(n, self.ws.table(kind))))

    @rule(n=picks, m=picks)
    def delete_person_handing_over(self, n, m):
        self.run(DeleteObject("person", pick(n, self.ws.people), move_to=pick(m, self.ws.people)))

    @rule(names=st.lists(titles, min_size=1, max_size=3), capacity=st.sampled_from([0, 4, 8, 25]))
    def add_people(self, names, capacity):
        self.run(AddPeople([{"name": name, "capacity": capacity} for name in names]))

    @rule(n=picks, country=st.sampled_from([None, "", "DE", "FR"]), day_off=instants)
    def person_calendar(self, n, country, day_off):
        calendar = None
        if country is not None:
            days_off = {day_off.date(): ()} if day_off is not None else {}
            calendar = Calendar(holiday_country=country, exceptions=days_off)
        self.run(SetPersonCalendar(pick(n, self.ws.people), calendar))

    @rule(n=picks, m=picks, title=titles, status=st.sampled_from([1, 2, 4]))
    def batch(self, n, m, title, status):
        tid = pick(n, self.ws.tasks)
        self.run(
            Batch(
                [
                    EditTask(tid, clock=self.clock, status_id=status),
                    CreateTask(("task", tid), title, clock=self.clock),
                    LinkTasks(tid, pick(m, self.ws.tasks)),
                ]
            )
        )

    # -- what must always hold -------------------------------------------------------------------------
    @invariant()
    def indexes_agree_with_the_objects(self):
        ws = self.ws
        for task in ws.tasks.values():
            siblings = ws.children(task.parent_key())
            assert siblings[task.position] == task.id, f"task {task.id} is not at its position"
            if task.parent_id is not None:
                parent = ws.tasks[task.parent_id]
                assert (task.project_id, task.area_id) == (parent.project_id, parent.area_id)
            else:
                assert task.container()[1] in ws.table(task.container()[0])
        listed = [tid for key, ids in ws._children.items() for tid in ids]
        assert sorted(listed) == sorted(ws.tasks), "a child list names a task twice or one that is gone"
        for dep in ws.dependencies.values():
            assert dep.id in ws.links_out(dep.predecessor_id) and dep.id in ws.links_in(dep.successor_id)
            assert dep.predecessor_id in ws.tasks and dep.successor_id in ws.tasks
        indexed = [d for ids in (ws._link_index or ws._index_links())[0].values() for d in ids]
        assert sorted(indexed) == sorted(ws.dependencies)
        for change in ws.status_changes.values():
            assert change.task_id in ws.tasks

    def teardown(self):
        if not hasattr(self, "done"):
            return
        for command, before, _after in reversed(self.done):
            command.undo(self.ws)
            assert snapshot(self.ws) == before
        assert snapshot(self.ws) == self.initial
        for command, _before, after in self.done:
            command.apply(self.ws)
            assert snapshot(self.ws) == after


UndoMachine.TestCase.settings = settings(
    max_examples=100, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
test_undo_restores_and_redo_replays_any_sequence_of_commands = UndoMachine.TestCase
