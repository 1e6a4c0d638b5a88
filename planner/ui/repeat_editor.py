"""The editor panel's Repeat section: a routine's rule as fields (how often, every how many, which weekdays, which
day of the month, when it ends, at what time), the rule in a plain sentence with its next occurrences, and the
RFC 5545 text only behind "Advanced". Each change is one EditTask through the panel's `edit`, so it can be undone."""

from __future__ import annotations

import calendar as month_calendar
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from planner.core.i18n import plural, tr
from planner.core.model import Task
from planner.core.recurrence import (
    MAX_HORIZON,
    MAX_INTERVAL,
    ORDINALS,
    WEEKDAY_NAMES,
    anchor,
    next_occurrences,
    ordinal_number,
    repeat_text,
)
from planner.core.rule_form import MAX_COUNT, NTHS, RuleForm, form_for, parse_form
from planner.core.schedule import start_fields
from planner.reports import formats
from planner.ui.controller import Controller
from planner.ui.delegates import locale_date_format

UPCOMING = 3


class RepeatEditor(QWidget):
    """A routine's rule, fixed schedule or after completion, and the options of its occurrences."""

    def __init__(self, controller: Controller, edit: Callable[..., None]) -> None:
        super().__init__()
        self.controller, self.edit = controller, edit
        self.task: Task | None = None
        self.form: RuleForm | None = None  # None: not a routine, or a rule the fields cannot hold
        self.layout_ = layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # A narrow panel puts a field under its label rather than past the panel's edge.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # as the panel's
        self._make_frequency()
        self._make_month_choice()
        self._make_end()
        self._make_options()
        self._make_texts()
        self._lay_out()
        self.inputs = (self.freq, self.interval, *self.weekdays, self.on_day, self.on_nth, self.month_day, self.nth,
                       self.weekday, self.month, self.ends, self.count, self.until, self.at, self.mode, self.skip,
                       self.shift, self.horizon, self.rule)  # fmt: skip

    def _make_frequency(self) -> None:
        """How often, every how many, and the weekdays of a weekly rule."""
        self.freq = _combo(tr("RepeatEditor", "Repeats"), _frequencies())
        self.freq.activated.connect(self._freq_chosen)
        self.interval = _spin(tr("RepeatEditor", "Every how many"), 1, MAX_INTERVAL)
        self.interval.valueChanged.connect(lambda n: self._set(interval=n))
        self.weekdays = [QToolButton(text=name[:2]) for name in WEEKDAY_NAMES]
        for day, button in enumerate(self.weekdays):
            button.setCheckable(True)
            button.setAccessibleName(WEEKDAY_NAMES[day])
            button.setToolTip(WEEKDAY_NAMES[day])
            button.clicked.connect(lambda _on=False, day=day: self._toggle_weekday(day))

    def _make_month_choice(self) -> None:
        """Which day of the month: a day (the 10th, the last) or a weekday (the second Tuesday); a yearly rule's
        month."""
        self.on_day = QRadioButton(tr("RepeatEditor", "A day"))
        self.on_day.setToolTip(tr("RepeatEditor", "On a day of the month: the 10th, the last day"))
        self.month_day = _combo(
            tr("RepeatEditor", "Day of the month"),
            [(ordinal_number(d), d) for d in range(1, 32)] + [(tr("RepeatEditor", "last day"), -1)],
        )
        self.month_day.activated.connect(lambda: self._set(by_weekday=False, month_day=self.month_day.currentData()))
        self.on_nth = QRadioButton(tr("RepeatEditor", "A weekday"))
        self.on_nth.setToolTip(tr("RepeatEditor", "On a weekday of the month: the second Tuesday, the last Friday"))
        self.nth = _combo(tr("RepeatEditor", "Which weekday of the month"), [(ORDINALS[n], n) for n in NTHS])
        self.nth.activated.connect(lambda: self._set(by_weekday=True, nth=self.nth.currentData()))
        self.weekday = _combo(tr("RepeatEditor", "Weekday"), [(name, day) for day, name in enumerate(WEEKDAY_NAMES)])
        self.weekday.activated.connect(lambda: self._set(by_weekday=True, weekday=self.weekday.currentData()))
        self.by = QButtonGroup(self)
        self.by.addButton(self.on_day)
        self.by.addButton(self.on_nth)
        self.on_day.clicked.connect(lambda: self._set(by_weekday=False))
        self.on_nth.clicked.connect(lambda: self._set(by_weekday=True))
        self.month = _combo(tr("RepeatEditor", "Month"), [(month_calendar.month_name[m], m) for m in range(1, 13)])
        self.month.activated.connect(lambda: self._set(month=self.month.currentData()))

    def _make_end(self) -> None:
        """When the rule ends (never, after a number of times, on a day) and the time of day of its occurrences."""
        self.ends = _combo(
            tr("RepeatEditor", "Ends"),
            [
                (tr("RepeatEditor", "Never"), "never"),
                (tr("RepeatEditor", "After"), "count"),
                (tr("RepeatEditor", "On", "ends on a date"), "until"),
            ],
        )
        self.ends.activated.connect(self._ends_chosen)
        self.count = _spin(tr("RepeatEditor", "Number of times"), 1, MAX_COUNT, tr("RepeatEditor", " times"))
        self.count.valueChanged.connect(lambda n: self._set(count=n, until=None))
        self.until = QDateEdit(calendarPopup=True)
        self.until.setAccessibleName(tr("RepeatEditor", "Last day"))
        locale_date_format(self.until)
        self.until.setKeyboardTracking(False)
        self.until.dateChanged.connect(lambda day: self._set(until=day.toPython(), count=None))
        self.at = QTimeEdit()
        self.at.setAccessibleName(tr("RepeatEditor", "At"))
        self.at.setDisplayFormat("HH:mm")
        self.at.setKeyboardTracking(False)
        self.at.timeChanged.connect(self._time_chosen)

    def _make_options(self) -> None:
        """How the next occurrence comes and the options of the occurrences."""
        self.mode = _combo(
            tr("RepeatEditor", "Next one"),
            [
                (tr("RepeatEditor", "On a fixed schedule"), "schedule"),
                (tr("RepeatEditor", "After the last one is done"), "completion"),
            ],
        )
        self.mode.setToolTip(
            tr(
                "RepeatEditor",
                "When the next occurrence comes: on the rule's dates, or counted from when the last is done",
            )
        )
        self.mode.activated.connect(lambda: self.edit(repeat_from=self.mode.currentData()))
        self.skip = QCheckBox(tr("RepeatEditor", "No new one while the last is open"))
        self.skip.toggled.connect(lambda on: self.edit(skip_if_open=on))
        self.shift = QCheckBox(tr("RepeatEditor", "Move off non-working days"))
        self.shift.toggled.connect(lambda on: self.edit(shift_to_workday=on))
        self.horizon = _spin(tr("RepeatEditor", "Create ahead"), 0, MAX_HORIZON, tr("RepeatEditor", " days ahead"))
        self.horizon.valueChanged.connect(lambda n: self.edit(horizon=n))

    def _make_texts(self) -> None:
        """The rule in words, its next occurrences, and the RFC 5545 text behind "Advanced"."""
        self.words = QLabel(wordWrap=True)
        self.words.setAccessibleName(tr("RepeatEditor", "The rule in words"))
        self.upcoming = QLabel(wordWrap=True)
        self.upcoming.setAccessibleName(tr("RepeatEditor", "Next occurrences"))
        self.upcoming.setEnabled(False)
        self.kept = QLabel(
            tr("RepeatEditor", "These fields cannot show every part of this rule; it is kept as written."),
            wordWrap=True,
        )
        self.advanced = QToolButton(text=tr("RepeatEditor", "Advanced"), checkable=True)
        self.advanced.setToolTip(
            tr("RepeatEditor", "Show the rule as RFC 5545 text (RRULE), as calendar programs write it")
        )
        self.advanced.toggled.connect(self._show_rows)
        self.rule = QLineEdit()
        self.rule.setAccessibleName(tr("RepeatEditor", "Rule as RFC 5545 text"))
        self.rule.setPlaceholderText(tr("RepeatEditor", "FREQ=MONTHLY;BYDAY=2TU"))
        self.rule.editingFinished.connect(lambda: self.edit(recurrence=self.rule.text().strip()))

    def _lay_out(self) -> None:
        """The fields as rows of the form, each label the buddy of its first input."""
        self.every_unit = QLabel()
        self.days_row = _row(*self.weekdays, spacing=1)
        self.by_row = _row(self.on_day, self.on_nth)
        self.day_row = _row(self.month_day, self.nth, self.weekday, spacing=4)
        self.every_row = _row(self.interval, self.every_unit)
        self.ends_row = _row(self.ends, self.count, self.until)
        self.at_row, self.horizon_row = _row(self.at), _row(self.horizon)  # as wide as their text, not the panel
        rows = (
            (tr("RepeatEditor", "Repeats"), self.freq),
            (tr("RepeatEditor", "Every"), self.every_row),
            (tr("RepeatEditor", "On"), self.days_row),
            (tr("RepeatEditor", "On"), self.by_row),
            (tr("RepeatEditor", "The"), self.day_row),
            (tr("RepeatEditor", "Of"), self.month),
            (tr("RepeatEditor", "Ends"), self.ends_row),
            (tr("RepeatEditor", "At"), self.at_row),
            ("", self.mode),
            ("", self.skip),
            ("", self.shift),
            (tr("RepeatEditor", "Create"), self.horizon_row),
            ("", self.words),
            ("", self.upcoming),
            ("", self.kept),
            ("", self.advanced),
            (tr("RepeatEditor", "Rule"), self.rule),
        )
        for label, field in rows:
            self.layout_.addRow(label, field)
            buddy = self.layout_.labelForField(field)
            if isinstance(buddy, QLabel) and label:
                buddy.setBuddy(_first_input(field))

    # -- filling -------------------------------------------------------------------------------------------
    def fill(self, task: Task) -> None:
        """Show `task`'s rule: fields for a routine, one line for an occurrence, the frequency alone otherwise."""
        self.task = task
        start = anchor(task)
        routine = bool(task.recurrence) and task.routine_id is None
        self.form = parse_form(task.recurrence, start) if routine else None
        for widget in self.inputs:
            widget.blockSignals(True)
        self.freq.setCurrentIndex(max(0, self.freq.findData(self.form.freq if self.form else "")))
        self.freq.setEnabled(task.routine_id is None and (self.form is not None or not routine))
        form = self.form or form_for(start)
        self.interval.setValue(form.interval)
        self.every_unit.setText(_unit_text(form.freq, form.interval))
        for day, button in enumerate(self.weekdays):
            button.setChecked(day in form.weekdays)
        self.on_day.setChecked(not form.by_weekday)
        self.on_nth.setChecked(form.by_weekday)
        _choose(self.month_day, form.month_day)
        _choose(self.nth, form.nth)
        _choose(self.weekday, form.weekday)
        _choose(self.month, form.month)
        _choose(self.ends, "count" if form.count is not None else "until" if form.until is not None else "never")
        self.count.setValue(form.count or 10)
        self.until.setDate(QDate(form.until) if form.until else QDate(start.date()).addMonths(3))
        self.at.setTime(QTime(start.hour, start.minute))
        _choose(self.mode, str(task.repeat_from))
        self.skip.setChecked(task.skip_if_open)
        self.shift.setChecked(task.shift_to_workday)
        self.horizon.setValue(task.horizon)
        self.rule.setText(task.recurrence)
        for widget in self.inputs:
            widget.blockSignals(False)
        self._fill_words(task, routine)
        self._show_rows()

    def _fill_words(self, task: Task, routine: bool) -> None:
        self.words.setText(repeat_text(self.controller.ws, task))
        if not routine:
            self.upcoming.setText("")
            return
        after = datetime.combine(self.controller.today(), time())
        found = next_occurrences(self.controller.ws, task, after, UPCOMING)
        self.upcoming.setText(
            tr("RepeatEditor", "Next: ") + "; ".join(formats.weekday_day(o.start) for o in found) if found else ""
        )

    def _show_rows(self) -> None:
        """Only the rows the rule uses: a row hidden with its label, so no label stands without a field."""
        task = self.task
        routine = task is not None and bool(task.recurrence) and task.routine_id is None
        freq = self.form.freq if self.form else ""
        monthly = freq in ("MONTHLY", "YEARLY")
        completion = self.mode.currentData() == "completion"
        shown = {
            self.every_row: bool(freq),
            self.days_row: freq == "WEEKLY" and not completion,
            self.by_row: monthly and not completion,
            self.day_row: monthly and not completion,
            self.month: freq == "YEARLY" and not completion,
            self.ends_row: bool(freq),
            self.at_row: routine,
            self.mode: routine,
            self.skip: routine,
            self.shift: routine,
            self.horizon_row: routine,
            self.words: bool(self.words.text()),
            self.upcoming: bool(self.upcoming.text()),
            self.kept: routine and self.form is None,
            self.advanced: routine,
            self.rule: routine and self.advanced.isChecked(),
        }
        for field, visible in shown.items():
            self.layout_.setRowVisible(field, visible)
        by_weekday = self.on_nth.isChecked()
        self.month_day.setVisible(not by_weekday)
        self.nth.setVisible(by_weekday)
        self.weekday.setVisible(by_weekday)
        self.count.setVisible(self.ends.currentData() == "count")
        self.until.setVisible(self.ends.currentData() == "until")

    # -- editing -------------------------------------------------------------------------------------------
    def _set(self, **fields) -> None:
        """The form with `fields` changed, written as the task's rule."""
        if self.form is not None:
            self.edit(recurrence=replace(self.form, **fields).rule())

    def _freq_chosen(self) -> None:
        freq = self.freq.currentData()
        if self.task is None:
            return
        if not freq:
            self.edit(recurrence="")
            return
        start = anchor(self.task)
        self.edit(recurrence=(self.form or form_for(start)).with_freq(freq, start).rule())

    def _toggle_weekday(self, day: int) -> None:
        if self.form is None:
            return
        days = self.form.weekdays ^ {day}
        if not days:  # a weekly rule falls on some day: the last one stays
            self.weekdays[day].setChecked(True)
            return
        self._set(weekdays=days)

    def _ends_chosen(self) -> None:
        ends = self.ends.currentData()
        count = self.count.value() if ends == "count" else None
        until = self.until.date().toPython() if ends == "until" else None
        self._set(count=count, until=until)
        self._show_rows()  # a refused or unchanged rule leaves no refill to show the new field

    def _time_chosen(self, at: QTime) -> None:
        task = self.task
        if task is None:
            return
        start = datetime.combine(anchor(task).date(), at.toPython())
        if start != task.start:
            self.edit(**start_fields(self.controller.ws, task, start))


def _combo(name: str, items) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _spin(name: str, low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setAccessibleName(name)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    return spin


def _row(*widgets: QWidget, spacing: int = 6) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return box


def _first_input(field: QWidget) -> QWidget:
    """The field, or the first of a row of fields, which a label's mnemonic and a screen reader lead to."""
    layout = field.layout()
    return layout.itemAt(0).widget() if layout is not None and layout.count() else field


def _choose(combo: QComboBox, data) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))


def _frequencies() -> list[tuple[str, str]]:
    return [
        (tr("RepeatEditor", "Does not repeat"), ""),
        (tr("RepeatEditor", "Daily"), "DAILY"),
        (tr("RepeatEditor", "Weekly"), "WEEKLY"),
        (tr("RepeatEditor", "Monthly"), "MONTHLY"),
        (tr("RepeatEditor", "Yearly"), "YEARLY"),
    ]


def _unit_text(freq: str, interval: int) -> str:
    """The unit after "Every [n]": day(s), week(s), month(s), year(s); the count itself is in the spin box."""
    units = {
        "WEEKLY": plural("week(s)", None, interval),
        "MONTHLY": plural("month(s)", None, interval),
        "YEARLY": plural("year(s)", None, interval),
    }
    return units.get(freq, plural("day(s)", None, interval))
