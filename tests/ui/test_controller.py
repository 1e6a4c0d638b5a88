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
