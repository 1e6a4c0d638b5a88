"""Rules through the Session and a real file: a rule's effect is written with its trigger and undone with it,
the undo text names the rule, and date rules catch up on opening after the file was closed."""

import copy
from datetime import date, datetime

import pytest

from planner.core.baselines import SaveBaseline
from planner.core.board import MoveCards
from planner.core.commands import AddObject, CreateTask, DeleteTasks, EditTask, LinkTasks
from planner.core.history import fields_changed
from planner.core.model import KINDS, Priority
from planner.core.rules import AddRule, EditRule
from planner.session import Session


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def session(tmp_path):
    session = Session.open(tmp_path / "team.planner")
    session.today = lambda: date(2026, 11, 2)
    area = AddObject("area", name="Content")
    session.run(area)
    session.run(AddObject("person", name="Sofia"))
    session.run(CreateTask(("area", area.id), "Write post"))
    session.clear_history()
    yield session
    session.close()


def done(ws):
    return next(s.id for s in ws.statuses.values() if s.name == "Done")


def titles(ws):
    return sorted(t.title for t in ws.tasks.values())


def test_a_rule_joins_the_undo_step_of_its_trigger_in_memory_and_in_the_file(session):
    session.run(
        AddRule(
            "create social posts",
            {"event": "moved_to", "status_id": done(session.ws)},
            [{"do": "create_task", "title": "Share on social media", "days": 1, "person_id": 1}],
        )
    )
    post = next(iter(session.ws.tasks))
    session.run(MoveCards([post], done(session.ws)))
    assert session.undo_text == "Move card · rule: create social posts"
    on_disk = Session.read(session.path).ws
    assert titles(on_disk) == ["Share on social media", "Write post"] and len(on_disk.rule_logs) == 1
    session.undo()
    assert titles(session.ws) == ["Write post"] and not session.ws.rule_logs
    assert titles(Session.read(session.path).ws) == ["Write post"]
    assert session.ws.tasks[post].status_id != done(session.ws)
    session.redo()
    assert titles(Session.read(session.path).ws) == ["Share on social media", "Write post"]


def test_a_rule_that_assigns_reschedules_in_the_same_step(session):
    session.run(AddRule("staff it", {"event": "label_changed"}, [{"do": "assign", "person_id": 1}]))
    session.run(AddObject("label", name="Blog"))
    post = next(iter(session.ws.tasks))
    session.run(EditTask(post, labels={1}))
    assert session.ws.tasks[post].assignments == {1: 1.0}
    assert Session.read(session.path).ws.tasks[post].assignments == {1: 1.0}


def test_date_rules_catch_up_once_on_opening_after_a_week_closed(session, tmp_path, monkeypatch):
    post = next(iter(session.ws.tasks))
    session.run(EditTask(post, deadline=datetime(2026, 11, 4, 17)))
    rule = AddRule("overdue to the top", {"event": "due", "days": 1}, [{"do": "focus_top"}])
    session.run(rule)
    session.run(EditRule(rule.id, checked_through=date(2026, 11, 2)))
    session.close()

    class NextWeek(date):
        @classmethod
        def today(cls):
            return date(2026, 11, 9)

    monkeypatch.setattr("planner.session.date", NextWeek)
    with Session.open(tmp_path / "team.planner") as again:
        assert again.ws.tasks[post].priority == Priority.URGENT
        assert again.ws.rules[rule.id].checked_through == date(2026, 11, 9)
        # The catch-up is the system's, not an edit: undo (from the history, after reopening) takes back the last edit.
        assert len(again.ws.rule_logs) == 1 and again.undo_text == "Edit rule"
    with Session.open(tmp_path / "team.planner") as third:
        assert len(third.ws.rule_logs) == 1  # caught up once


def test_rules_read_tasks_that_only_the_reschedule_moved(session):
    session.run(AddRule("watch", {"event": "assignee_changed"}, [{"do": "add_note", "text": "x"}]))
    session.run(AddRule("slip", {"event": "milestone_slipped"}, [{"do": "add_note", "text": "late"}]))
    project = AddObject("project", name="App", start=datetime(2026, 11, 2, 8))
    session.run(project)
    first = CreateTask(("project", project.id), "Build", duration=480)
    session.run(first)
    second = CreateTask(("project", project.id), "Ship", duration=480)
    session.run(second)
    session.run(LinkTasks(first.id, second.id))
    session.run(EditTask(first.id, duration=960))  # moves "Ship" by rescheduling only
    assert session.ws.tasks[second.id].start.date() == date(2026, 11, 4) and not session.ws.rule_logs


def objects(ws):
    return {(kind, ident): copy.deepcopy(obj) for kind in KINDS for ident, obj in ws.table(kind).items()}


def differences(before, after):
    """Each object's fields that differ between two `objects` snapshots, as `fields_changed` words a record."""
    out = {}
    for key in before.keys() | after.keys():
        old, new = (vars(s[key]) if key in s else {} for s in (before, after))
        changed = {n: (old.get(n), new.get(n)) for n in old.keys() | new.keys() if old.get(n) != new.get(n)}
        if changed:
            out[key] = {n: values for n, values in changed.items() if not n.startswith("_")}
    return out


@pytest.mark.parametrize(
    "actions",
    [
        [{"do": "focus_top"}, {"do": "add_note", "text": "late"}],
        [{"do": "set_due", "days": 1}, {"do": "add_note", "text": "late"}],  # a deadline: rescheduled again
    ],
)
def test_the_history_keeps_a_rule_s_edit_of_a_task_the_reschedule_moved(session, tmp_path, actions):
    # A milestone that only the reschedule moves slips past its baseline; the rule then edits that milestone in
    # the same step. The history must record both (the reschedule recorded only the dates it set), or the History
    # view and "the plan as it was" miss the rule's edit, and the file, which writes the recorded columns, loses it.
    session.run(AddRule("slip", {"event": "milestone_slipped"}, actions))
    project = AddObject("project", name="App", start=datetime(2026, 11, 2, 8))
    session.run(project)
    build = CreateTask(("project", project.id), "Build", duration=480)
    session.run(build)
    ship = CreateTask(("project", project.id), "Ship", milestone=True)
    session.run(ship)
    session.run(LinkTasks(build.id, ship.id))
    session.run(SaveBaseline(project.id, "plan", clock=lambda: datetime(2026, 11, 2, 8)))
    history = session.file.history
    last, was = history.last_id(), objects(session.ws)
    session.run(EditTask(build.id, duration=960))
    now = objects(session.ws)
    assert now["task", ship.id].notes == "late"  # the rule fired on the milestone
    entry = history.entry(history.last_id())
    assert {(c.kind, c.ident): fields_changed(c) for c in entry.objects} == differences(was, now)
    assert objects(session.as_it_was(change=last)) == was
    session.close()
    with Session.open(tmp_path / "team.planner") as again:  # the file holds what was recorded, and it undoes
        assert objects(again.ws) == now
        again.undo()
        assert objects(again.ws) == was


def test_a_restore_from_a_backup_triggers_no_rules(session):
    session.run(AddRule("welcome", {"event": "created"}, [{"do": "add_note", "text": "new"}]))
    post = next(iter(session.ws.tasks))
    backup = session.backup()
    session.run(DeleteTasks([post]))
    session.restore(backup)  # brings the post back: not a task created now
    assert session.ws.tasks[post].notes == "" and not session.ws.rule_logs
    session.run(CreateTask(("area", 1), "After the restore"))
    assert len(session.ws.rule_logs) == 1 and session.undo_text == "New task · rule: welcome"


def test_occurrences_made_on_opening_trigger_their_rules(session, tmp_path, monkeypatch):
    session.run(AddRule("routine to the top", {"event": "occurrence_created"}, [{"do": "focus_top"}]))
    routine = CreateTask(("area", 1), "Weekly report", recurrence="FREQ=WEEKLY;BYDAY=MO", horizon=3,
                         start=datetime(2026, 11, 2, 9), duration=60)  # fmt: skip
    session.run(routine)
    made = [t for t in session.ws.tasks.values() if t.routine_id == routine.id]
    assert made and all(t.priority == Priority.URGENT for t in made)
    logged = len(session.ws.rule_logs)
    session.close()

    class NextWeek(date):
        @classmethod
        def today(cls):
            return date(2026, 11, 9)

    monkeypatch.setattr("planner.session.date", NextWeek)
    with Session.open(tmp_path / "team.planner") as again:
        new = [t for t in again.ws.tasks.values() if t.routine_id == routine.id and t.id not in {m.id for m in made}]
        assert new and all(t.priority == Priority.URGENT for t in new)
        # The occurrences are the system's, not an edit: undo (from the history) takes back the last edit before.
        assert len(again.ws.rule_logs) == logged + len(new) and again.undo_text.startswith("New task")
