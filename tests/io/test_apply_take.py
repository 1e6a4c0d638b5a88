"""`ApplyImport(result, take=True)` makes the result's tasks and links the workspace's own instead of copying them:
applying, undoing and redoing it (directly and through a Session with its history, reopened) gives what the
copying import gives, moment for moment, though the taken objects are edited in place afterwards."""

import copy
import tempfile
from pathlib import Path

from hypothesis import given, settings
from plan_strategies import plans
from test_apply_import import busy_workspace, snapshot

from planner.core.commands import EditTask
from planner.io.apply import ApplyImport
from planner.io.formats import export_file, import_file
from planner.session import Session


def two_reads(ws):
    """The plan `ws` exported and read back twice: one result for each import."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xml"
        export_file(ws, 1, path)
        return import_file(path), import_file(path)


@settings(max_examples=40, deadline=None)
@given(plans())
def test_taking_the_result_applies_undoes_and_redoes_as_copying_it(plan):
    copied, taken = two_reads(plan)
    busy = busy_workspace()
    spaces = busy, copy.deepcopy(busy)  # the same creation times
    commands = ApplyImport(copied), ApplyImport(taken, take=True)
    moments = []
    for ws, command in zip(spaces, commands, strict=True):
        seen = [snapshot(ws)]
        command.apply(ws)
        seen.append(snapshot(ws))
        edits = [EditTask(task_id, title="Edited") for task_id in command.task_ids.values()]
        for edit in edits:  # later commands edit the taken tasks in place; undone before the import is
            edit.apply(ws)
        for edit in reversed(edits):
            edit.undo(ws)
        command.undo(ws)
        seen.append(snapshot(ws))
        command.apply(ws)
        seen.append(snapshot(ws))
        command.undo(ws)
        command.apply(ws)
        seen.append(snapshot(ws))
        moments.append(seen)
    assert moments[0][0] == moments[0][2]  # undo brought back the workspace before
    assert moments[1] == moments[0]


@settings(max_examples=8, deadline=None)
@given(plans())
def test_through_a_session_undo_redo_and_the_history_match_the_copying_import(plan):
    outcomes = []
    with tempfile.TemporaryDirectory() as folder:
        for take in (False, True):
            path = Path(folder) / f"{take}.planner"
            result = two_reads(plan)[0]
            session = Session.open(path)
            command = ApplyImport(result, take=take)
            session.run(command)
            first = next(iter(command.task_ids.values()), None)
            if first is not None:  # a later edit of a taken task, in place
                session.run(EditTask(first, title="Renamed"))
                session.undo()
            session.undo()
            undone = snapshot(session.ws)
            session.redo()
            redone = snapshot(session.ws)
            session.close()
            reopened = Session.open(path)
            on_file = snapshot(reopened.ws)
            reopened.undo()  # the import taken back after reopening, from the history's record
            back = snapshot(reopened.ws)
            reopened.close()
            outcomes.append((undone, redone, on_file, back))
    assert outcomes[1] == outcomes[0]
