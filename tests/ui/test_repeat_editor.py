"""The editor's Repeat section driven with keys and clicks: each field writes the routine's rule (checked in the file),
the rule reads as a sentence with its next occurrences, its RFC 5545 text shows only under "Advanced", and no label
stands without its field nor is anything clipped at 1360×860, light or dark."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from planner.core.commands import AddObject, CreateTask, EditTask
from planner.store.workspace_file import WorkspaceFile
from planner.ui.repeat_editor import RepeatEditor


def in_file(path, task_id):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load().tasks.get(task_id)


@pytest.fixture
def restored_look(qapp):
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


@pytest.fixture
def editor(make_window, workspace_path):
    """The Repeat section of a window at 1360×860, showing a task of an area that starts Tuesday 10 March 09:00."""
    win = make_window(workspace_path)
    win.resize(1360, 860)
    controller = win.controller
    controller.today = lambda: date(2026, 3, 11)
    area = AddObject("area", name="Ops")
    controller.run(area)
    task = CreateTask(("area", area.id), "Send report", start=datetime(2026, 3, 10, 9), duration=60)
    controller.run(task)
    controller.clear_history()
    win.open_in_editor(task.id)
    section = win.editor.repeat
    assert isinstance(section, RepeatEditor)
    return win, section, task.id


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an item with the keyboard, as a person tabbing through the form does."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def retype(qtbot, field, text: str) -> None:
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def shown_texts(widget: QWidget) -> list[str]:
    """Every text a person can see in the section."""
    out = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, (QLabel, QAbstractButton, QLineEdit)):
            out.append(child.text())
        elif isinstance(child, QComboBox):
            out.append(child.currentText())
    return out


def test_weekly_fields_write_the_rule_and_the_file_keeps_it(editor, qtbot, workspace_path):
    win, section, task_id = editor
    ws = win.controller.ws
    assert not section.interval.isVisibleTo(section)  # a plain task: "Repeats" alone
    choose(qtbot, section.freq, "Weekly")
    assert ws.tasks[task_id].recurrence == "FREQ=WEEKLY;BYDAY=TU"  # the start's weekday
    assert section.words.text() == "Every Tuesday at 09:00"
    qtbot.mouseClick(section.weekdays[0], Qt.MouseButton.LeftButton)  # Monday
    qtbot.mouseClick(section.weekdays[3], Qt.MouseButton.LeftButton)  # Thursday
    qtbot.mouseClick(section.weekdays[1], Qt.MouseButton.LeftButton)  # Tuesday off
    assert ws.tasks[task_id].recurrence == "FREQ=WEEKLY;BYDAY=MO,TH"
    section.interval.setFocus()
    qtbot.keyClick(section.interval, Qt.Key.Key_Up)
    assert ws.tasks[task_id].recurrence == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH"
    assert section.every_unit.text() == "weeks"
    choose(qtbot, section.ends, "After")
    assert section.count.isVisibleTo(section) and not section.until.isVisibleTo(section)
    retype(qtbot, section.count, "5")
    section.at.setFocus()
    section.at.setTime(QTime(10, 30))  # as the arrows or typed digits leave it
    assert ws.tasks[task_id].start == datetime(2026, 3, 10, 10, 30)
    assert section.words.text() == "Every 2 weeks on Monday and Thursday at 10:30, 5 times"
    assert section.upcoming.text() == "Next: Thu, 12 Mar 2026; Mon, 23 Mar 2026; Thu, 26 Mar 2026"
    assert not any("FREQ" in text for text in shown_texts(section))
    stored = in_file(workspace_path, task_id)
    assert stored.recurrence == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5"
    assert stored.start == datetime(2026, 3, 10, 10, 30)

    qtbot.mouseClick(section.advanced, Qt.MouseButton.LeftButton)  # asked for: the text shows
    assert section.rule.isVisibleTo(section) and section.rule.text() == stored.recurrence
    win.controller.undo()  # each field is one step
    assert ws.tasks[task_id].start == datetime(2026, 3, 10, 9)


def test_monthly_on_the_nth_weekday_and_yearly_keep_the_day_chosen(editor, qtbot, workspace_path):
    win, section, task_id = editor
    ws = win.controller.ws
    choose(qtbot, section.freq, "Monthly")
    assert ws.tasks[task_id].recurrence == "FREQ=MONTHLY;BYMONTHDAY=10"
    assert not section.weekdays[0].isVisibleTo(section)
    qtbot.mouseClick(section.on_nth, Qt.MouseButton.LeftButton)
    assert ws.tasks[task_id].recurrence == "FREQ=MONTHLY;BYDAY=2TU"  # 10 March is the second Tuesday
    choose(qtbot, section.nth, "last")
    assert section.words.text() == "Every last Tuesday of the month at 09:00"
    choose(qtbot, section.freq, "Yearly")
    assert ws.tasks[task_id].recurrence == "FREQ=YEARLY;BYMONTH=3;BYDAY=-1TU"
    choose(qtbot, section.month, "November")
    choose(qtbot, section.ends, "On")
    section.until.setDate(date(2030, 12, 31))
    assert section.words.text() == "Every year on the last Tuesday of November at 09:00, until 31 December 2030"
    assert in_file(workspace_path, task_id).recurrence == "FREQ=YEARLY;BYMONTH=11;BYDAY=-1TU;UNTIL=20301231T235959"
    choose(qtbot, section.freq, "Does not repeat")
    assert in_file(workspace_path, task_id).recurrence == ""


def test_a_rule_the_fields_cannot_hold_is_kept_and_edited_as_text(editor, qtbot, workspace_path):
    win, section, task_id = editor
    win.controller.run(EditTask(task_id, recurrence="FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1"))
    assert section.kept.isVisibleTo(section) and not section.interval.isVisibleTo(section)
    assert section.words.text() == "Every month at 09:00, on the days its own rule picks"
    assert not any("FREQ" in text for text in shown_texts(section))
    section.advanced.setFocus()
    qtbot.keyClick(section.advanced, Qt.Key.Key_Space)
    section.rule.setFocus()
    section.rule.selectAll()
    qtbot.keyClicks(section.rule, "FREQ=MONTHLY;BYDAY=1MO")
    qtbot.keyClick(section.rule, Qt.Key.Key_Return)
    assert in_file(workspace_path, task_id).recurrence == "FREQ=MONTHLY;BYDAY=1MO"
    assert section.on_nth.isChecked() and section.nth.currentText() == "first"
    assert not section.kept.isVisibleTo(section)


def test_an_occurrence_names_its_routine_and_offers_no_rule(editor):
    win, section, task_id = editor
    win.controller.run(EditTask(task_id, recurrence="FREQ=DAILY"))
    occurrence = next(t.id for t in win.controller.ws.tasks.values() if t.routine_id == task_id)
    win.editor.show_task(occurrence)
    assert section.words.text() == "One occurrence of “Send report”: every day at 09:00"
    assert not section.freq.isEnabled() and not section.interval.isVisibleTo(section)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize(
    "rule", ["FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20261231T235959", "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;COUNT=5"]
)
def test_no_label_without_its_field_and_nothing_clipped(editor, restored_look, qtbot, theme, rule):
    win, section, task_id = editor
    win.set_theme(theme)
    win.controller.run(EditTask(task_id, recurrence=rule))
    section.advanced.setChecked(True)
    qtbot.wait(10)  # the layout settles
    layout = section.layout()
    for row in range(layout.rowCount()):
        label = layout.itemAt(row, layout.ItemRole.LabelRole)
        field = layout.itemAt(row, layout.ItemRole.FieldRole)
        if label is not None and field is not None and label.widget().text():
            assert label.widget().isVisibleTo(section) == field.widget().isVisibleTo(section), label.widget().text()
    panel = win.editor
    margins = panel.widget().layout().contentsMargins()
    # The section needs no more width than the panel shows at the default size (the panel's own rows aside).
    assert section.minimumSizeHint().width() <= panel.viewport().width() - margins.left() - margins.right()
    right = section.mapTo(win, section.rect().topRight()).x()
    for child in section.findChildren(QWidget):
        if not child.isVisibleTo(section) or child.parentWidget().layout() is None:
            continue
        if isinstance(child, (QComboBox, QAbstractButton, QLineEdit)) or (
            isinstance(child, QLabel) and not child.wordWrap()
        ):
            name = child.accessibleName() or getattr(child, "text", lambda: "")()
            assert child.width() >= child.minimumSizeHint().width(), name
            assert child.mapTo(win, child.rect().topRight()).x() <= right, name
    assert all(button.accessibleName() for button in section.weekdays)
