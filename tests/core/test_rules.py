"""Rules without Qt or a file: every trigger and action, conditions and scope, the loop guard, broken and
contradictory rules, the cap on created tasks, undo of an effect together with its trigger, date catch-up."""

import copy
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.baselines import SaveBaseline
from planner.core.board import MoveCards
from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask, DeleteObject, EditTask, LabelTask, LinkTasks, new_workspace
from planner.core.errors import ValidationError
from planner.core.model import KINDS, Priority, Workspace
from planner.core.rules import (
    AddRule,
    EditRule,
    RunDateRules,
    describe,
    due_firings,
    preview,
    problems,
    react,
)

T1 = datetime(2026, 3, 2, 9, 0)  # a Monday
TODAY = date(2026, 3, 2)


def status(ws, name):
    return next(s.id for s in ws.statuses.values() if s.name == name)


def task(ws, title):
    return next(t for t in ws.tasks.values() if t.title == title)


def workspace():
    ws = Workspace()
    new_workspace().apply(ws)
    for command in (AddObject("area", name="Content"), AddObject("area", name="Ops"),
                    AddObject("person", name="Sofia"), AddObject("label", name="Blog")):  # fmt: skip
        command.apply(ws)
    for title in ("Write post", "Edit post"):
        CreateTask(("area", 1), title, clock=lambda: T1).apply(ws)
    CreateTask(("area", 2), "Fix printer", clock=lambda: T1).apply(ws)
    return ws


@pytest.fixture
def ws():
    return workspace()


def run(ws, command):
    """What the Session does: the command, then the rules it triggers; returns every command of the step."""
    changes = command.apply(ws)
    effects, _ = react(ws, [command], changes, command.text, TODAY, clock=lambda: T1)
    return [command, *effects]


def add_rule(ws, name, trigger, actions, **fields):
    AddRule(name, trigger, actions, **fields).apply(ws)
    return max(ws.rules)


def state(ws):
    return {kind: copy.deepcopy(dict(ws.table(kind))) for kind in KINDS}


def test_moving_to_a_column_creates_the_follow_up_beside_it_and_logs_it(ws):
    done = status(ws, "Done")
    add_rule(
        ws,
        "create social posts",
        {"event": "moved_to", "status_id": done},
        [{"do": "create_task", "title": "Share on social media", "days": 1, "person_id": 1}],
        area_id=1,
    )
    run(ws, MoveCards([task(ws, "Write post").id], done))
    share = task(ws, "Share on social media")
    assert share.area_id == 1 and share.assignments == {1: 1.0}
    assert share.deadline.date() == date(2026, 3, 3)  # one working day after the Monday of the change
    (entry,) = ws.rule_logs.values()
    assert entry.rule_name == "create social posts" and entry.change == "Move card" and "Share on social" in entry.did


def test_a_rule_scoped_to_an_area_ignores_other_areas(ws):
    done = status(ws, "Done")
    add_rule(ws, "r", {"event": "completed"}, [{"do": "add_note", "text": "well done"}], area_id=1)
    run(ws, MoveCards([task(ws, "Fix printer").id], done))
    assert not ws.rule_logs and task(ws, "Fix printer").notes == ""
    run(ws, MoveCards([task(ws, "Write post").id], done))
    assert task(ws, "Write post").notes == "well done"


@pytest.mark.parametrize(
    ("conditions", "fires"),
    [({"label_id": 1}, True), ({"priority": int(Priority.HIGH)}, False), ({"person_id": 1}, False),
     ({"title_contains": "WRITE"}, True), ({"title_contains": "edit"}, False)],
)  # fmt: skip
def test_conditions_choose_the_tasks_a_rule_acts_on(ws, conditions, fires):
    LabelTask(task(ws, "Write post").id, 1).apply(ws)
    add_rule(ws, "r", {"event": "completed"}, [{"do": "set_priority", "priority": 3}], conditions=conditions)
    run(ws, MoveCards([task(ws, "Write post").id], status(ws, "Done")))
    assert (task(ws, "Write post").priority == Priority.URGENT) is fires


def test_created_and_routine_occurrence_triggers(ws):
    add_rule(ws, "new", {"event": "created"}, [{"do": "add_label", "label_id": 1}])
    add_rule(ws, "occ", {"event": "occurrence_created"}, [{"do": "focus_top"}])
    run(ws, CreateTask(("area", 1), "Plan week", clock=lambda: T1))
    assert task(ws, "Plan week").labels == {1}
    run(ws, CreateTask(("area", 1), "Weekly report", clock=lambda: T1, routine_id=1))
    assert task(ws, "Weekly report").priority == Priority.URGENT and not task(ws, "Weekly report").labels


def test_assignee_and_label_change_triggers(ws):
    add_rule(ws, "who", {"event": "assignee_changed"}, [{"do": "add_checklist", "items": ["Brief", "Check"]}])
    add_rule(ws, "tag", {"event": "label_changed"}, [{"do": "set_status", "status_id": status(ws, "In progress")}])
    post = task(ws, "Write post")
    run(ws, EditTask(post.id, assignments={1: 1.0}))
    assert [item.text for item in post.checklist] == ["Brief", "Check"]
    run(ws, LabelTask(post.id, 1))
    assert post.status_id == status(ws, "In progress") and post.started is not None


def test_blocked_and_unblocked_triggers(ws):
    add_rule(ws, "blocked", {"event": "blocked"}, [{"do": "add_note", "text": "waiting"}])
    add_rule(ws, "free", {"event": "unblocked"}, [{"do": "assign", "person_id": 1}])
    write, edit = task(ws, "Write post"), task(ws, "Edit post")
    run(ws, LinkTasks(write.id, edit.id))
    assert edit.notes == "waiting"
    run(ws, MoveCards([write.id], status(ws, "Done")))
    assert edit.assignments == {1: 1.0}


def test_due_date_action_and_milestone_slip_trigger(ws):
    AddObject("project", name="App", start=T1).apply(ws)
    CreateTask(("project", 1), "Launch", clock=lambda: T1, milestone=True, start=T1, finish=T1).apply(ws)
    launch = task(ws, "Launch")
    SaveBaseline(1, "plan", clock=lambda: T1).apply(ws)
    add_rule(ws, "slip", {"event": "milestone_slipped"}, [{"do": "set_due", "days": 2}])
    run(ws, EditTask(launch.id, start=datetime(2026, 3, 9, 9), finish=datetime(2026, 3, 9, 9)))
    assert launch.deadline.date() == date(2026, 3, 4)
    run(ws, EditTask(launch.id, start=datetime(2026, 3, 10, 9), finish=datetime(2026, 3, 10, 9)))
    assert len(ws.rule_logs) == 1  # slipped already: it slips "past its baseline" once


def test_a_template_of_linked_tasks_is_created_in_order(ws):
    add_rule(ws, "r", {"event": "completed"}, [{"do": "create_task", "title": "Draft", "days": 1,
                                                "then": [{"title": "Review", "days": 3}]}])  # fmt: skip
    run(ws, MoveCards([task(ws, "Write post").id], status(ws, "Done")))
    draft, review = task(ws, "Draft"), task(ws, "Review")
    assert [ws.dependencies[d].successor_id for d in ws.links_out(draft.id)] == [review.id]


def test_undo_takes_back_the_effect_together_with_its_trigger(ws):
    done = status(ws, "Done")
    add_rule(ws, "social", {"event": "moved_to", "status_id": done}, [{"do": "create_task", "title": "Share"},
                                                                       {"do": "focus_top"}])  # fmt: skip
    before = state(ws)
    steps = run(ws, MoveCards([task(ws, "Write post").id], done))
    after = state(ws)
    for command in reversed(steps):
        command.undo(ws)
    assert state(ws) == before
    for command in steps:  # redo replays the same effect with the same ids, without evaluating again
        command.apply(ws)
    assert state(ws) == after


def test_rules_do_not_loop_and_each_fires_once_on_a_change(ws):
    todo, doing = status(ws, "To do"), status(ws, "In progress")
    add_rule(ws, "ping", {"event": "moved_to", "status_id": doing}, [{"do": "set_status", "status_id": todo}])
    add_rule(ws, "pong", {"event": "moved_to", "status_id": todo}, [{"do": "set_status", "status_id": doing}])
    steps = run(ws, MoveCards([task(ws, "Write post").id], doing))
    assert len(steps) == 3  # the move, ping's effect, pong's effect; ping cannot fire again on the same change
    assert task(ws, "Write post").status_id == doing
    assert [e.rule_name for e in sorted(ws.rule_logs.values(), key=lambda e: e.id)] == ["ping", "pong"]


def test_a_chain_of_rules_stops_at_the_depth_limit(ws):
    columns = []
    for n in range(6):
        AddObject("status", name=f"Step {n}").apply(ws)
        columns.append(max(ws.statuses))
    for n in range(5):  # step n leads to step n + 1: a chain, not a loop
        add_rule(
            ws,
            f"r{n}",
            {"event": "moved_to", "status_id": columns[n]},
            [{"do": "set_status", "status_id": columns[n + 1]}],
        )
    steps = run(ws, MoveCards([task(ws, "Write post").id], columns[0]))
    assert len(steps) == 1 + 3  # the change and three levels of rules
    assert task(ws, "Write post").status_id == columns[3]


def test_contradictory_rules_apply_in_list_order_and_the_log_says_so(ws):
    done, doing = status(ws, "Done"), status(ws, "In progress")
    add_rule(ws, "first", {"event": "label_changed"}, [{"do": "set_status", "status_id": doing}])
    add_rule(ws, "second", {"event": "label_changed"}, [{"do": "set_status", "status_id": done}])
    run(ws, LabelTask(task(ws, "Write post").id, 1))
    assert task(ws, "Write post").status_id == done
    last = max(ws.rule_logs.values(), key=lambda e: e.id)
    assert last.rule_name == "second" and "overriding rule “first”" in last.did


def test_a_rule_naming_a_deleted_person_is_broken_and_does_nothing(ws):
    rid = add_rule(ws, "r", {"event": "completed"}, [{"do": "assign", "person_id": 1}])
    DeleteObject("person", 1).apply(ws)
    assert problems(ws, ws.rules[rid]) == ["its action names a person that was deleted"]
    run(ws, MoveCards([task(ws, "Write post").id], status(ws, "Done")))
    assert not ws.rule_logs and "(deleted person)" in describe(ws, ws.rules[rid])


def test_more_than_a_hundred_created_tasks_are_stopped_with_a_message(ws):
    add_rule(ws, "flood", {"event": "completed"}, [{"do": "create_task", "title": "x", "then": [{"title": "y"}] * 60}])
    count = len(ws.tasks)
    steps = run(ws, Batch([MoveCards([task(ws, "Write post").id, task(ws, "Edit post").id], status(ws, "Done"))]))
    assert len(ws.tasks) == count
    assert "122 tasks" in steps[-1].notices[0] and "Stopped" in next(iter(ws.rule_logs.values())).did


def test_a_bad_rule_is_refused(ws):
    with pytest.raises(ValidationError, match="needs at least one action"):
        AddRule("r", {"event": "completed"}, []).apply(ws)
    with pytest.raises(ValidationError, match="not a trigger"):
        AddRule("r", {"event": "sometime"}, [{"do": "focus_top"}]).apply(ws)


def test_plain_words(ws):
    rid = add_rule(
        ws,
        "social",
        {"event": "moved_to", "status_id": status(ws, "Done")},
        [{"do": "create_task", "title": "Share on social media", "days": 1, "person_id": 1}],
        area_id=1,
    )
    assert describe(ws, ws.rules[rid]) == (
        "When a task in Content moves to Done, create “Share on social media” due 1 working day later, "
        "assigned to Sofia"
    )


def test_date_rules_catch_up_once_after_a_week_closed(ws):
    write, edit = task(ws, "Write post"), task(ws, "Edit post")
    EditTask(write.id, deadline=datetime(2026, 3, 3, 17)).apply(ws)  # due Tuesday
    EditTask(edit.id, deadline=datetime(2026, 3, 12, 17)).apply(ws)  # due after the week
    rid = add_rule(ws, "overdue", {"event": "due", "days": 1}, [{"do": "focus_top"}])
    EditRule(rid, checked_through=date(2026, 3, 2)).apply(ws)  # last run on Monday, then closed for a week
    RunDateRules(date(2026, 3, 9), clock=lambda: T1).apply(ws)
    assert write.priority == Priority.URGENT and edit.priority == Priority.NORMAL
    assert len(ws.rule_logs) == 1 and ws.rules[rid].checked_through == date(2026, 3, 9)
    assert due_firings(ws, date(2026, 3, 9)) == ([], [])  # the same day again owes nothing


def test_preview_reads_the_status_history(ws):
    done = status(ws, "Done")
    MoveCards([task(ws, "Write post").id], done, clock=lambda: T1).apply(ws)
    rid = add_rule(ws, "r", {"event": "moved_to", "status_id": done}, [{"do": "add_note", "text": "x"}])
    covers, lines = preview(ws, ws.rules[rid], TODAY)
    assert "status changes" in covers and len(lines) == 1 and "Write post" in lines[0]
    assert not ws.rule_logs  # a preview does nothing


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 3)), min_size=1, max_size=8))
def test_undo_of_any_run_of_moves_with_rules_restores_the_workspace(moves):
    ws = workspace()
    columns = [s.id for s in ws.ordered("status")]
    add_rule(ws, "follow up", {"event": "completed"}, [{"do": "create_task", "title": "Follow up", "days": 1}])
    add_rule(
        ws, "back", {"event": "moved_to", "status_id": columns[2]}, [{"do": "set_status", "status_id": columns[1]}]
    )
    add_rule(ws, "ping", {"event": "moved_to", "status_id": columns[1]}, [{"do": "add_label", "label_id": 1}])
    add_rule(ws, "tagged", {"event": "label_changed"}, [{"do": "focus_top"}, {"do": "assign", "person_id": 1}])
    before = state(ws)
    steps = []
    for task_index, column in moves:
        steps.append(run(ws, MoveCards([sorted(ws.tasks)[task_index]], columns[column])))
    for step in reversed(steps):
        for command in reversed(step):
            command.undo(ws)
    assert state(ws) == before
