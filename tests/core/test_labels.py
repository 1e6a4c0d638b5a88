"""Labels kept tidy: names unique whatever their case, and merging several into one as one undo step."""

from __future__ import annotations

import pytest

from planner.core.commands import AddObject, DeleteObject, EditObject
from planner.core.labels import MergeLabels, label_counts
from planner.core.model import Workspace
from tests.core.test_commands import add, exactly, refused, snapshot, workspace


@pytest.fixture
def ws() -> Workspace:
    """The command tests' workspace: labels Urgent (1) and Blocked (2), plus Bug (3) and Later (4)."""
    ws = workspace()
    AddObject("label", name="Bug", color="#dc2626").apply(ws)
    AddObject("label", name="Later").apply(ws)
    return ws


@pytest.mark.parametrize("name", ["Bug", "bug", "  BUG  "])
def test_a_new_label_named_as_another_in_any_case_is_refused(ws, name):
    refused(ws, AddObject("label", name=name), "There is a label “Bug” already")


def test_renaming_a_label_to_another_labels_name_is_refused(ws):
    refused(ws, EditObject("label", 4, name="urgent"), "There is a label “Urgent” already")
    refused(ws, EditObject("label", 4, name="   "), "A label needs a name")


def test_a_label_may_change_the_case_of_its_own_name(ws):
    EditObject("label", 3, name="BUG").apply(ws)
    assert ws.labels[3].name == "BUG"


def test_recolouring_a_label_that_shares_a_name_from_an_old_file_goes_through(ws):
    ws.labels[4].name = "bug"  # as an import before names were checked could leave it
    EditObject("label", 4, color="#16a34a").apply(ws)
    assert ws.labels[4].color == "#16a34a"


def test_merging_gives_every_task_that_had_any_of_the_labels_the_kept_one(ws):
    a, b, c, d = add(ws, "A", labels={1}), add(ws, "B", labels={3}), add(ws, "C", labels={1, 3, 2}), add(ws, "D")
    changes = MergeLabels([1, 3], keep=3).apply(ws)
    assert [ws.tasks[t].labels for t in (a, b, c, d)] == [{3}, {3}, {2, 3}, set()]
    assert sorted(ws.labels) == [2, 3, 4]
    assert ws.labels[3].name == "Bug" and ws.labels[3].color == "#dc2626"
    exactly(changes, deleted={"label": {1}}, updated={"task": {a, c}})


def test_undoing_a_merge_restores_both_labels_and_their_tasks(ws):
    a, b = add(ws, "A", labels={1}), add(ws, "B", labels={3, 4})
    before = snapshot(ws)
    command = MergeLabels([1, 3, 4], keep=1)
    changes = command.apply(ws)
    assert sorted(ws.labels) == [1, 2] and ws.labels[1].name == "Urgent"
    assert ws.tasks[a].labels == ws.tasks[b].labels == {1}
    exactly(changes, deleted={"label": {3, 4}}, updated={"task": {b}})
    command.undo(ws)
    assert snapshot(ws) == before
    command.apply(ws)  # redo: the same labels go, the same one stays
    assert sorted(ws.labels) == [1, 2] and ws.tasks[b].labels == {1}


@pytest.mark.parametrize(
    ("ids", "keep", "reason"),
    [
        ([1, 9], 1, "There is no label 9 to merge"),
        ([1, 3], 2, "The label kept must be one of those merged"),
        ([1], 1, "Choose two or more labels to merge"),
    ],
)
def test_a_merge_that_cannot_be_done_is_refused_with_the_reason(ws, ids, keep, reason):
    add(ws, "A", labels={1, 3})
    refused(ws, MergeLabels(ids, keep), reason)


def test_tasks_with_each_label_are_counted(ws):
    add(ws, "A", labels={1}), add(ws, "B", labels={1, 2}), add(ws, "C")
    assert [label_counts(ws)[ident] for ident in (1, 2, 3)] == [2, 1, 0]
    DeleteObject("label", 1).apply(ws)
    assert label_counts(ws)[1] == 0
