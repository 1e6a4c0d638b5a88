"""`WorkingTimeDialog`: the workspace's working week, hours, public holidays and days off, edited in one place.

It builds a core `Calendar` from the form; the main window applies it with `SetWorkingTime`, so the change is
one undoable step and every project is rescheduled on it.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.calendars import Calendar
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.reports import formats
from planner.ui import theme
from planner.ui.delegates import locale_date_format

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def countries() -> list[tuple[str, str, list[str]]]:
    """(name, code, subdivisions) of every country the holidays package knows, by name."""
    import holidays  # lazy: loading every country's rules takes a moment, only this dialog needs them

    supported = holidays.list_supported_countries()
    # The registry names countries as their classes are named: "UnitedKingdom" reads "United Kingdom".
    found = {entry[1]: re.sub(r"(?<=[a-z])(?=[A-Z])", " ", entry[0]) for entry in holidays.registry.COUNTRIES.values()}
    return sorted((name, code, list(supported.get(code, ()))) for code, name in found.items())


class WorkingTimeDialog(QDialog):
    def __init__(self, calendar: Calendar, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("WorkingTime", "Working time"))
        self.setMinimumWidth(460)
        self.original = calendar
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self._make_week(form, calendar)
        self._make_hours(form, calendar)
        self._make_holidays(form, calendar)
        self._make_days_off(layout, calendar)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.warning_color().name()};")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_hours()

    def _make_week(self, form: QFormLayout, calendar: Calendar) -> None:
        """A box for each day of the week, ticked when it is a working day."""
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.day_boxes = []
        for number, name in enumerate(DAY_NAMES):
            box = QCheckBox(name[:3])
            box.setToolTip(name)
            box.setChecked(bool(calendar.weekday_intervals(number)))
            row.addWidget(box)
            self.day_boxes.append(box)
        form.addRow(tr("WorkingTime", "Working days"), days)

    def _make_hours(self, form: QFormLayout, calendar: Calendar) -> None:
        """The morning's and the afternoon's working hours, and the hours a day they make."""
        spans = _first_working_spans(calendar)
        self.times = [QTimeEdit(_qtime(minute)) for span in spans for minute in span]
        names = (
            tr("WorkingTime", "Morning start"),
            tr("WorkingTime", "Morning end"),
            tr("WorkingTime", "Afternoon start"),
            tr("WorkingTime", "Afternoon end"),
        )
        for edit, name in zip(self.times, names, strict=True):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)  # a form row names the pair, not each field
        form.addRow(tr("WorkingTime", "Morning"), _pair(self.times[0], self.times[1]))
        form.addRow(tr("WorkingTime", "Afternoon"), _pair(self.times[2], self.times[3]))
        self.hours = QLabel()
        form.addRow(tr("WorkingTime", "Hours a day"), self.hours)
        for edit in self.times:
            edit.timeChanged.connect(self._update_hours)

    def _make_holidays(self, form: QFormLayout, calendar: Calendar) -> None:
        """The country and region whose public holidays are days off."""
        self.country = QComboBox()
        self.country.addItem(tr("WorkingTime", "None"), "")
        for name, code, _ in countries():
            self.country.addItem(f"{name} ({code})", code)
        self.country.setCurrentIndex(max(0, self.country.findData(calendar.holiday_country)))
        self.region = QComboBox()
        self.country.currentIndexChanged.connect(self._fill_regions)
        self._fill_regions()
        self.region.setCurrentIndex(max(0, self.region.findData(calendar.holiday_subdivision)))
        form.addRow(tr("WorkingTime", "Public holidays"), self.country)
        form.addRow(tr("WorkingTime", "Region"), self.region)

    def _make_days_off(self, layout: QVBoxLayout, calendar: Calendar) -> None:
        """The list of days off, with a date to add and a button to remove one."""
        layout.addWidget(QLabel(tr("WorkingTime", "Days off")))
        self.days_off = QListWidget()
        for day, spans in sorted(calendar.exceptions.items()):
            if not spans:
                self._add_day(day)
        layout.addWidget(self.days_off)
        adder = QWidget()
        add_row = QHBoxLayout(adder)
        add_row.setContentsMargins(0, 0, 0, 0)
        self.new_day = QDateEdit(QDate.currentDate())
        self.new_day.setCalendarPopup(True)
        self.new_day.setAccessibleName(tr("WorkingTime", "Day off to add"))
        locale_date_format(self.new_day)
        add = QPushButton(tr("WorkingTime", "Add"))
        add.clicked.connect(lambda: self._add_day(self.new_day.date().toPython()))
        remove = QPushButton(tr("WorkingTime", "Remove"))
        remove.clicked.connect(lambda: self.days_off.takeItem(self.days_off.currentRow()))
        for widget in (self.new_day, add, remove):
            add_row.addWidget(widget)
        layout.addWidget(adder)

    def _fill_regions(self) -> None:
        code = self.country.currentData()
        self.region.clear()
        self.region.addItem(tr("WorkingTime", "The whole country"), "")
        for _name, found, regions in countries() if code else ():
            if found == code:
                for region in regions:
                    self.region.addItem(region, region)
        self.region.setEnabled(self.region.count() > 1)

    def _add_day(self, day: date) -> None:
        if any(self.days_off.item(i).data(Qt.ItemDataRole.UserRole) == day for i in range(self.days_off.count())):
            return
        item = QListWidgetItem(formats.weekday_day(day), self.days_off)
        item.setData(Qt.ItemDataRole.UserRole, day)
        self.days_off.sortItems()

    def _spans(self) -> tuple[tuple[int, int], ...]:
        minutes = [t.time().hour() * 60 + t.time().minute() for t in self.times]
        return tuple((a, b) for a, b in ((minutes[0], minutes[1]), (minutes[2], minutes[3])) if b > a)

    def _update_hours(self) -> None:
        spans = self._spans()
        total = sum(b - a for a, b in spans)
        self.hours.setText(formats.hours(total / 60, 2))

    def calendar(self) -> Calendar:
        """The calendar the form describes. Raises ValidationError when it has no working time."""
        spans = self._spans()
        if not spans:
            raise ValidationError(tr("WorkingTime", "Working hours must end after they start"))
        if len(spans) == 2 and spans[1][0] < spans[0][1]:
            raise ValidationError(tr("WorkingTime", "The afternoon must start after the morning ends"))
        week = tuple(spans if box.isChecked() else () for box in self.day_boxes)
        if not any(week):
            raise ValidationError(tr("WorkingTime", "Choose at least one working day"))
        days_off = {self.days_off.item(i).data(Qt.ItemDataRole.UserRole): () for i in range(self.days_off.count())}
        kept = {day: spans for day, spans in self.original.exceptions.items() if spans}  # working exceptions
        return Calendar(
            name=self.original.name if self.original.id else "Workspace",
            week=week,
            exceptions={**kept, **days_off},
            minutes_per_day=sum(b - a for a, b in spans),
            days_per_week=sum(1 for day in week if day),
            days_per_month=self.original.days_per_month,
            rules=self.original.rules,
            holiday_country=self.country.currentData() or "",
            holiday_subdivision=self.region.currentData() or "",
        )

    def _accept(self) -> None:
        try:
            self.calendar()
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return
        self.accept()


def _first_working_spans(calendar: Calendar) -> list[tuple[int, int]]:
    """Two spans (morning, afternoon) from the first working weekday, padded for the form."""
    for weekday in range(7):
        spans = list(calendar.weekday_intervals(weekday))
        if spans:
            break
    else:
        spans = [(8 * 60, 12 * 60), (13 * 60, 17 * 60)]
    if len(spans) == 1:
        spans.append((spans[0][1], spans[0][1]))
    return [spans[0], spans[-1]] if len(spans) > 2 else spans


def _qtime(minute: int) -> QTime:
    minute = min(minute, 24 * 60 - 1)
    return QTime(minute // 60, minute % 60)


def _pair(first: QTimeEdit, second: QTimeEdit) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first)
    row.addWidget(QLabel(tr("WorkingTime", "to")))
    row.addWidget(second)
    row.addStretch(1)
    return box
