"""The controller: one undo step per edit, rescheduling only when an edit can move dates."""

from datetime import datetime

from planner.core.commands import EditTask, LinkTasks


def test_a_rename_does_not_reschedule_but_a_duration_does(window, qtbot):
    controller = window.controller
    first, second, _ = sorted(controller.ws.tasks)
    controller.run(EditTask(first, start=datetime(2026, 11, 2, 8), duration=480))
    controller.run(EditTask(second, duration=480))
    controller.run(LinkTasks(first, second))
    with qtbot.assertNotEmitted(controller.schedule_changed):
        controller.run(EditTask(first, title="Brief, second draft", notes="longer"))
    with qtbot.waitSignal(controller.schedule_changed):
        controller.run(EditTask(first, duration=960))
    assert controller.ws.tasks[second].start == datetime(2026, 11, 4, 8)
    assert controller.schedule.is_critical(second)


def test_undo_takes_back_the_edit_and_the_dates_it_moved_together(window):
    controller = window.controller
    first, second, _ = sorted(controller.ws.tasks)
    controller.run(EditTask(first, start=datetime(2026, 11, 2, 8), duration=480))
    controller.run(EditTask(second, duration=480))
    controller.run(LinkTasks(first, second))
    steps = controller.undo_stack.count()
    controller.run(EditTask(first, duration=3 * 480))
    assert controller.undo_stack.count() == steps + 1
    assert controller.ws.tasks[second].start == datetime(2026, 11, 5, 8)
    controller.undo_stack.undo()
    assert controller.ws.tasks[second].start == datetime(2026, 11, 3, 8)
    assert controller.schedule[second].start == datetime(2026, 11, 3, 8)
    controller.undo_stack.redo()
    assert controller.ws.tasks[second].start == datetime(2026, 11, 5, 8)


def fill_the_disk(controller) -> None:
    """No page more for the file: the next write that needs one fails as on a full disk."""
    db = controller.file.db
    db.execute_sql(f"PRAGMA max_page_count = {db.execute_sql('PRAGMA page_count').fetchone()[0]}")


def test_a_change_that_cannot_be_saved_is_said_and_leaves_views_and_file_as_they_were(window, qtbot):
    from planner.core.command import Batch
    from planner.core.commands import CreateTask
    from planner.session import Session

    controller = window.controller
    project = next(iter(controller.ws.projects))
    rows = window.view().model().rowCount(window.view().rootIndex())
    steps = controller.undo_stack.count()
    fill_the_disk(controller)
    big = Batch([CreateTask(("project", project), f"Task {n}", notes="x" * 2000) for n in range(400)], "Many")
    with qtbot.waitSignal(controller.error_occurred) as said:
        assert not controller.run(big)
    assert "could not be saved" in said.args[0] and "full" in said.args[0]
    assert controller.undo_stack.count() == steps
    assert window.view().model().rowCount(window.view().rootIndex()) == rows
    assert len(Session.read(controller.file.path).ws.tasks) == len(controller.ws.tasks) == 3


def test_an_undo_that_cannot_be_saved_puts_the_undo_stack_back(window, qtbot):
    from planner.core.command import Batch
    from planner.core.commands import CreateTask, DeleteTasks

    controller = window.controller
    project = next(iter(controller.ws.projects))
    controller.run(Batch([CreateTask(("project", project), f"Task {n}", notes="x" * 2000) for n in range(400)]))
    made = [t.id for t in controller.ws.tasks.values() if t.title.startswith("Task ")]
    controller.run(DeleteTasks(made))
    controller.file.db.execute_sql("VACUUM")
    fill_the_disk(controller)
    index = controller.undo_stack.index()
    with qtbot.waitSignal(controller.error_occurred):
        window.undo_action.trigger()
    qtbot.waitUntil(lambda: controller.undo_stack.index() == index)
    assert not set(made) & set(controller.ws.tasks)
    assert controller.undo_stack.undoText() == controller.session.undo_text == "Delete 400 tasks"
    controller.file.db.execute_sql("PRAGMA max_page_count = 1073741823")
    window.undo_action.trigger()  # room again: the same step undoes now
    assert set(made) <= set(controller.ws.tasks)
