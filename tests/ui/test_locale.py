"""The user's locale in the window: the calendar's weeks start on its first day, the table writes and reads dates
as it does, and an amount is typed with its grouping and decimal mark. Each test sets the locale (`locale`
fixture); the suite's own is British English."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDoubleSpinBox, QLineEdit

from planner.core.commands import AddObject, CreateTask, EditTask
from planner.core.workload import Unit
from planner.store.workspace_file import WorkspaceFile
from planner.ui.calendar import CalendarView
from planner.ui.delegates import date_editor
from planner.ui.gantt.scale import floor, label
from planner.ui.models.columns import Column
from planner.ui.people.model import Column as PeopleColumn
from planner.ui.usage.model import usage_data


def on_disk(path):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load()


@pytest.mark.parametrize(("name", "first"), [("en_US", date(2026, 11, 29)), ("de_DE", date(2026, 11, 30))])
def test_the_calendars_month_starts_its_weeks_on_the_locales_first_day(name, first, locale, make_window,
                                                                        workspace_path, qtbot):  # fmt: skip
    locale(name)
    win = make_window(workspace_path)
    win.show_view("calendar")
    view = win.view()
    assert isinstance(view, CalendarView)
    view.go_to(date(2026, 12, 9), "month")  # 1 December 2026 is a Tuesday
    view.canvas.repaint()
    corner, below = view.canvas.month_cell(0).center(), view.canvas.month_cell(7).center()
    assert view.canvas.day_at(corner) == first  # Sunday 29 November in the US, Monday 30 in Germany
    assert view.canvas.day_at(below) == date(2026, 12, first.day - 23)
    view.set_mode("week")
    assert view.days()[0] == date(2026, 12, first.day - 23)  # the week of Wednesday 9 December


def table_with_deadline(make_window, workspace_path):
    """The window on its table, and a task whose deadline is Thursday 3 December 2026; made after the test has set
    its locale, as the app starts in the user's."""
    window = make_window(workspace_path)
    project = AddObject("project", name="Website relaunch")
    window.controller.run(project)
    task = CreateTask(("project", project.id), "Brief")
    window.controller.run(task)
    window.sidebar.select_scope(("project", project.id))
    ident = task.id
    window.controller.run(EditTask(ident, deadline=datetime(2026, 12, 3, 17)))
    window.show_view("table")
    return window, window.view(), ident


def deadline_cell(view, ident):
    return view.index_of_node(("task", ident), Column.DEADLINE)


@pytest.mark.parametrize(("name", "shown"), [("de_DE", "Do., 3. Dez. 2026"), ("en_US", "Thu, Dec 3, 2026")])
def test_the_table_shows_dates_as_the_locale_writes_them(name, shown, locale, make_window, workspace_path):
    locale(name)
    _window, view, ident = table_with_deadline(make_window, workspace_path)
    assert deadline_cell(view, ident).data() == shown


def test_a_date_typed_in_the_table_reads_in_the_locales_format(locale, make_window, workspace_path, qtbot):
    locale("de_DE")
    window, view, ident = table_with_deadline(make_window, workspace_path)
    index = deadline_cell(view, ident)
    view.setColumnHidden(Column.DEADLINE, False)  # as the header's column chooser shows it
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QDateEdit))
    editor = QApplication.focusWidget()
    assert editor.displayFormat() == "dd.MM.yyyy"
    editor.setSelectedSection(editor.sectionAt(0))
    qtbot.keyClicks(editor, "24.12.2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert window.controller.ws.tasks[ident].deadline.date() == date(2026, 12, 24)
    assert on_disk(workspace_path).tasks[ident].deadline.date() == date(2026, 12, 24)


@pytest.mark.parametrize("text", ["31.12.26", "2026-12-31"])
def test_a_date_pasted_as_text_reads_in_the_locales_short_format_or_iso(text, locale, make_window, workspace_path):
    locale("de_DE")
    window, view, ident = table_with_deadline(make_window, workspace_path)
    assert view.model().setData(deadline_cell(view, ident), text)
    assert window.controller.ws.tasks[ident].deadline.date() == date(2026, 12, 31)


def test_a_date_that_is_not_one_is_refused_saying_how_to_write_it(locale, make_window, workspace_path):
    locale("de_DE")
    window, view, ident = table_with_deadline(make_window, workspace_path)
    said = []
    window.controller.error_occurred.connect(said.append)
    assert not view.model().setData(deadline_cell(view, ident), "soon")
    assert said == ["“soon” is not a date: write it as 31.12.26"]
    assert window.controller.ws.tasks[ident].deadline == datetime(2026, 12, 3, 17)


def test_a_cost_typed_in_german_is_read_with_its_grouping_and_decimal_comma(locale, make_window, workspace_path,
                                                                           qtbot):  # fmt: skip
    locale("de_DE")
    window = make_window(workspace_path)
    window.controller.run(AddObject("person", name="Lena"))
    window.show_view("people")
    view = window.view()
    pid = next(p.id for p in view.ws.people.values() if p.name == "Lena")
    view.select_person(pid, PeopleColumn.COST_PER_USE)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.indexWidget(view.table.currentIndex())
    assert isinstance(editor, QDoubleSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, "1.500,50")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.state() != view.table.State.EditingState)
    assert window.controller.ws.people[pid].cost_per_use == 1500.5
    assert on_disk(workspace_path).people[pid].cost_per_use == 1500.5
    assert view.table.currentIndex().data() == "1.500,5"
    window.undo_action.trigger()
    assert on_disk(workspace_path).people[pid].cost_per_use == 0


@pytest.mark.parametrize(
    ("name", "first", "number"),
    [("en_US", datetime(2027, 1, 3), 2), ("de_DE", datetime(2027, 1, 4), 1), ("en_GB", datetime(2027, 1, 4), 1)],
)
def test_the_gantts_weeks_start_and_are_numbered_as_the_locale_does(name, first, number, locale):
    """Wednesday 6 January 2027: its week starts on Sunday the 3rd in the US (week 2, counted from the week of
    1 January), on Monday the 4th in Europe (ISO week 1)."""
    locale(name)
    week = floor(datetime(2027, 1, 6, 10), "week")
    assert week == first
    assert label("week", week, 40) == f"W{number}"


@pytest.mark.parametrize(("name", "first"), [("en_US", date(2026, 11, 29)), ("de_DE", date(2026, 11, 30))])
def test_the_usage_views_weeks_start_on_the_locales_first_day(name, first, locale, make_window, workspace_path):
    locale(name)
    window = make_window(workspace_path)
    window.controller.run(AddObject("person", name="Lena"))
    data = usage_data(window.controller.ws, date(2026, 12, 2), date(2026, 12, 20), Unit.WEEK)
    assert data.starts[0] == first
    assert all(start.weekday() == first.weekday() for start in data.starts)


def test_a_duration_typed_in_german_in_the_table_is_read_and_shown_in_german(locale, make_window, workspace_path,
                                                                              qtbot):  # fmt: skip
    locale("de_DE")
    window, view, ident = table_with_deadline(make_window, workspace_path)
    index = view.index_of_node(("task", ident), Column.DURATION)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "1,5 Wochen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert window.controller.ws.tasks[ident].duration == 3600  # 7.5 days of 8 hours
    assert on_disk(workspace_path).tasks[ident].duration == 3600
    assert index.data() == "7,5 T"


@pytest.mark.parametrize(("name", "first", "shown"), [("en_US", Qt.DayOfWeek.Sunday, "12/24/2026"),
                                                      ("de_DE", Qt.DayOfWeek.Monday, "24.12.2026")])  # fmt: skip
def test_a_date_field_shows_the_locales_format_and_its_pop_up_starts_its_weeks(name, first, shown,
                                                                              locale, qtbot):  # fmt: skip
    locale(name)
    editor = date_editor()
    qtbot.addWidget(editor)
    editor.setDate(QDate(2026, 12, 24))
    assert editor.text() == shown
    assert editor.calendarWidget().firstDayOfWeek() == first


def test_the_tables_date_columns_are_wide_enough_for_the_locales_longest_date(locale, make_window, workspace_path):
    locale("de_DE")
    _window, view, _ident = table_with_deadline(make_window, workspace_path)
    longest = view.fontMetrics().horizontalAdvance("Mi., 30. Sept. 2026")  # Qt's German: "Sept." has four letters
    view.setColumnHidden(Column.DEADLINE, False)  # hidden until chosen, then as wide as the others
    for column in (Column.START, Column.FINISH, Column.DEADLINE):
        assert view.columnWidth(column) > longest
