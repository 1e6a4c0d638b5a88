"""Edit > Working Time: the workspace calendar edited in a dialog, one undoable step that reschedules."""

from datetime import date, datetime

from PySide6.QtCore import QDate, QTime

from planner.core.calendars import STANDARD
from planner.core.commands import EditTask
from planner.store.workspace_file import WorkspaceFile


def fill_in(change):
    def run(dialog):
        change(dialog)
        return True

    return run


def test_a_four_day_week_with_holidays_moves_the_plan_and_undo_takes_it_back(window, workspace_path, dialogs):
    controller = window.controller
    task = min(controller.ws.tasks)
    controller.run(EditTask(task, start=datetime(2026, 7, 13, 8), duration=2 * 480))
    assert controller.ws.tasks[task].finish == datetime(2026, 7, 14, 17)

    def four_days_in_france(dialog):
        dialog.day_boxes[4].setChecked(False)  # no Fridays
        dialog.country.setCurrentIndex(dialog.country.findData("FR"))
        dialog.times[3].setTime(QTime(18, 0))  # afternoons to 18:00: a 9-hour day
        dialog.new_day.setDate(QDate(2026, 7, 15))
        dialog._add_day(dialog.new_day.date().toPython())

    dialogs.answer("run", fill_in(four_days_in_france))
    window.working_time_action.trigger()
    cal = controller.ws.calendar
    assert cal.id and cal.holiday_country == "FR" and cal.minutes_per_day == 9 * 60
    assert not cal.is_working_day(date(2026, 7, 14))  # Bastille Day
    assert not cal.is_working_day(date(2026, 7, 15))  # the day off added
    assert not cal.is_working_day(date(2026, 7, 17))  # a Friday
    # Two 8-hour days (960 minutes) on 9-hour days: Monday, then Thursday 16, skipping 14, 15 and Friday.
    assert controller.ws.tasks[task].finish.date() == date(2026, 7, 16)
    with WorkspaceFile.open_read_only(workspace_path) as file:
        stored = file.load()
    assert stored.calendar.holiday_country == "FR"
    assert stored.tasks[task].finish == controller.ws.tasks[task].finish
    window.undo_action.trigger()
    assert controller.ws.calendar is STANDARD
    assert controller.ws.tasks[task].finish == datetime(2026, 7, 14, 17)


def test_a_week_without_working_days_is_refused_in_the_dialog(window):
    from planner.ui.working_time import WorkingTimeDialog

    dialog = WorkingTimeDialog(window.controller.ws.calendar, window)
    for box in dialog.day_boxes:
        box.setChecked(False)
    dialog._accept()
    assert not dialog.error.isHidden() and "at least one working day" in dialog.error.text()
    assert dialog.result() == 0
