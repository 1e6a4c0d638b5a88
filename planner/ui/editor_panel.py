"""`TaskEditorPanel`: every field of the current task in one form, beside the views.

Each finished edit becomes one command through the controller (so it can be undone); the form
refreshes from the workspace whenever a change touches the task it shows. With no task to show it says so,
never a task another view left behind. Fields a newcomer can leave alone live under "More", folded by default.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.changes import Changes
from planner.core.commands import EditTask, LinkTasks, UnlinkTasks
from planner.core.costs import StartTimer, StopTimer, running_timer
from planner.core.errors import ValidationError
from planner.core.i18n import plural, tr
from planner.core.labels import labels_of
from planner.core.model import ChecklistItem, Constraint, LinkType, Priority, Task, TaskType
from planner.core.schedule import start_fields
from planner.reports import formats
from planner.ui import theme
from planner.ui.assignments import PeopleChips
from planner.ui.controller import Controller
from planner.ui.delegates import NO_DATE, date_editor
from planner.ui.guard import guarded
from planner.ui.label_chips import LabelChips
from planner.ui.models.task_tree import duration_text
from planner.ui.repeat_editor import RepeatEditor

ID_ROLE = Qt.ItemDataRole.UserRole


# The tips and choices below are functions so that they are translated when shown, not when imported.
def _value_tip() -> str:
    return tr(
        "EditorPanel",
        "What finishing this task is worth, in points you choose (0–1000). The dashboard ranks open tasks by value "
        "points per effort point; 0 leaves the task out of that ranking.",
    )


def _effort_tip() -> str:
    return tr(
        "EditorPanel",
        "How big the task is, in points you choose, for ranking by value per effort; not hours (see Work)",
    )


def _task_type_tip() -> str:
    return tr(
        "EditorPanel",
        "Which of duration, work and people's units stays as it is when another changes (work = duration × units): "
        "fixed units changes the duration, fixed work the units, fixed duration the work",
    )


def _constraint_tip() -> str:
    return tr("EditorPanel", "A date the task must start or finish on, before or after; as soon as possible has none")


def _constraint_texts() -> dict[Constraint, str]:
    return {
        Constraint.ASAP: tr("EditorPanel", "As soon as possible"),
        Constraint.ALAP: tr("EditorPanel", "As late as possible"),
        Constraint.SNET: tr("EditorPanel", "Start no earlier than"),
        Constraint.SNLT: tr("EditorPanel", "Start no later than"),
        Constraint.FNET: tr("EditorPanel", "Finish no earlier than"),
        Constraint.FNLT: tr("EditorPanel", "Finish no later than"),
        Constraint.MSO: tr("EditorPanel", "Must start on"),
        Constraint.MFO: tr("EditorPanel", "Must finish on"),
    }


def _task_type_texts() -> dict[TaskType, str]:
    return {
        TaskType.FIXED_UNITS: tr("EditorPanel", "Fixed units"),
        TaskType.FIXED_WORK: tr("EditorPanel", "Fixed work"),
        TaskType.FIXED_DURATION: tr("EditorPanel", "Fixed duration"),
    }


class _PlainTextEdit(QPlainTextEdit):
    editing_finished = Signal()

    @guarded
    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class _FilledOnUse(QComboBox):
    """A combo box whose entries are made only when the user opens it or types in it: the tasks a task may link
    to are every task of its project (10,500 in a large plan), and adding them cost ~24 ms each time a task was
    shown, against 0.3 ms for the rest of the form."""

    def __init__(self, fill) -> None:
        super().__init__()
        self._fill = fill
        self.stale = True

    def ensure_filled(self) -> None:
        if self.stale:
            self.stale = False
            text = self.currentText()
            self._fill(self)
            self.setCurrentIndex(-1)
            self.setEditText(text)

    @guarded
    def showPopup(self) -> None:
        self.ensure_filled()
        super().showPopup()

    @guarded
    def focusInEvent(self, event) -> None:
        self.ensure_filled()  # typing completes from the entries
        super().focusInEvent(event)


class TaskEditorPanel(QScrollArea):
    def __init__(self, controller: Controller, settings: QSettings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings or QSettings()
        self.task_id: int | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(300)
        body = QWidget(self)
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(12, 10, 12, 12)
        self.placeholder = QLabel(tr("EditorPanel", "No task selected"), body)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        outer.addWidget(self.placeholder)
        self.form_widget = QWidget(body)
        outer.addWidget(self.form_widget)
        outer.addStretch(1)
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form = form
        self._make_task_fields()
        self._make_schedule_fields()
        self._make_people_fields()
        links = self._make_links()
        self._lay_out(form, links)
        for combo in self.form_widget.findChildren(QComboBox):
            # Sized by the column, not by the longest entry, so the panel never scrolls sideways.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.link_type.setMinimumContentsLength(2)  # FS, SS, FF, SF
        controller.changes_applied.connect(self._changes_applied)
        controller.schedule_changed.connect(self._show_slack)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.show_task(None)

    @guarded
    def _focus_changed(self, _old, new) -> None:
        if new is not None and self.form_widget.isAncestorOf(new):
            self.controller.edits_soon()  # a field about to be edited: the schedule readied for its edit

    def _make_task_fields(self) -> None:
        """The title, status and priority, the estimates, and the notes."""
        self.title = QLineEdit()
        self.title.editingFinished.connect(lambda: self._edit(title=self.title.text()))
        self.status = QComboBox()
        self.status.activated.connect(lambda: self._edit(status_id=self.status.currentData()))
        self.priority = QComboBox()
        for priority in Priority:
            self.priority.addItem(priority.label, int(priority))
        self.priority.activated.connect(lambda: self._edit(priority=Priority(self.priority.currentData())))
        self.value = _spin(0, 1000)
        self.value.setToolTip(_value_tip())
        self.value.editingFinished.connect(lambda: self._edit(value=self.value.value()))
        self.effort = _spin(0, 1000)
        self.effort.setToolTip(_effort_tip())
        self.effort.editingFinished.connect(lambda: self._edit(effort=self.effort.value()))
        self.notes = _PlainTextEdit()
        self.notes.setPlaceholderText(tr("EditorPanel", "Notes"))
        self.notes.setAccessibleName(tr("EditorPanel", "Notes"))
        self.notes.setMinimumHeight(90)
        self.notes.editing_finished.connect(lambda: self._edit(notes=self.notes.toPlainText()))

    def _make_schedule_fields(self) -> None:
        """Dates, duration and work, how the task is scheduled, its slack and how much is done."""
        self.start = date_editor()
        self.start.editingFinished.connect(lambda: self._edit_date("start", self.start))
        self.finish = date_editor()
        self.finish.editingFinished.connect(lambda: self._edit_date("finish", self.finish))
        self.duration = QLineEdit()
        self.duration.setPlaceholderText(tr("EditorPanel", "3d, 4h, 2w"))
        self.duration.editingFinished.connect(self._edit_duration)
        self.work = QLineEdit()
        self.work.setPlaceholderText(tr("EditorPanel", "16h, 2d"))
        self.work.setToolTip(tr("EditorPanel", "The hours of everyone on the task together (a bare number is hours)"))
        self.work.editingFinished.connect(self._edit_work)
        self.task_type = QComboBox()
        for task_type, text in _task_type_texts().items():
            self.task_type.addItem(text, task_type.value)
        self.task_type.setToolTip(_task_type_tip())
        self.task_type.activated.connect(lambda: self._edit(task_type=TaskType(self.task_type.currentData())))
        self.effort_driven = QCheckBox(tr("EditorPanel", "Effort-driven"))
        self.effort_driven.setToolTip(
            tr("EditorPanel", "Adding or removing people keeps the work: the duration (or units) change")
        )
        self.effort_driven.toggled.connect(lambda on: self._edit(effort_driven=on))
        self.milestone = QCheckBox(tr("EditorPanel", "Milestone"))
        self.milestone.toggled.connect(lambda on: self._edit(milestone=on))
        self.manual = QCheckBox(tr("EditorPanel", "Manually scheduled"))
        self.manual.setToolTip(
            tr("EditorPanel", "Keep the dates as typed: links and constraints do not move this task")
        )
        self.manual.toggled.connect(lambda on: self._edit(manual=on))
        self.constraint = QComboBox()
        constraint_texts = _constraint_texts()
        for constraint in Constraint:
            self.constraint.addItem(constraint_texts[constraint], constraint.value)
        self.constraint.activated.connect(self._edit_constraint)
        self.constraint_date = date_editor()
        self.constraint_date.editingFinished.connect(self._edit_constraint)
        self.deadline = date_editor()
        self.deadline.editingFinished.connect(lambda: self._edit_date("deadline", self.deadline))
        self.calendar = QComboBox()
        self.calendar.activated.connect(lambda: self._edit(calendar_id=self.calendar.currentData()))
        self.slack = QLabel()
        self.slack.setWordWrap(True)
        self.percent = _spin(0, 100, " %")
        self.percent.setSingleStep(10)
        self.percent.editingFinished.connect(lambda: self._edit(percent_complete=self.percent.value()))

    def _make_people_fields(self) -> None:
        """The people and labels, the checklist, and the time logged with its timer."""
        self.assignees = PeopleChips()
        self.assignees.edited.connect(lambda assignments: self._edit(assignments=assignments))
        self.labels = LabelChips()
        self.labels.labels_changed.connect(lambda ids: self._edit(labels=set(ids)))
        self.checklist = QListWidget()
        self.checklist.itemChanged.connect(self._edit_checklist)
        self.checklist_new = QLineEdit()
        self.checklist_new.setPlaceholderText(tr("EditorPanel", "Add a checklist item and press Enter"))
        self.checklist_new.setAccessibleName(tr("EditorPanel", "New checklist item"))
        self.checklist_new.returnPressed.connect(self._add_checklist_item)
        self.timer_button = QPushButton(theme.icon("overdue"), tr("EditorPanel", "Start timer"))
        self.timer_button.setToolTip(
            tr("EditorPanel", "Log the time you work on this task, from now until you stop the timer")
        )
        self.timer_button.clicked.connect(self._toggle_timer)
        self.logged = QLabel()

    def _make_links(self) -> QWidget:
        """The predecessors' list; returns the row that adds or removes one."""
        self.predecessors = QListWidget()
        self.predecessors.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.link_task = _FilledOnUse(self._fill_link_choices)
        self.link_task.setEditable(True)
        self.link_task.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.link_task.lineEdit().setPlaceholderText(tr("EditorPanel", "Predecessor…"))
        self.link_task.setAccessibleName(tr("EditorPanel", "Predecessor"))
        self.link_type = QComboBox()
        self.link_type.setAccessibleName(tr("EditorPanel", "Link type"))
        for link_type in LinkType:
            self.link_type.addItem(link_type.value, link_type)
        add_link = QToolButton()
        add_link.setIcon(theme.icon("add"))
        add_link.setToolTip(tr("EditorPanel", "Add the chosen task as a predecessor"))
        add_link.setAccessibleName(tr("EditorPanel", "Add predecessor"))
        add_link.clicked.connect(self._add_link)
        remove_link = QToolButton()
        remove_link.setIcon(theme.icon("delete"))
        remove_link.setToolTip(tr("EditorPanel", "Remove the selected predecessor"))
        remove_link.setAccessibleName(tr("EditorPanel", "Remove predecessor"))
        remove_link.clicked.connect(self._remove_link)
        return _row(self.link_task, self.link_type, add_link, remove_link, stretch_first=True)

    def _lay_out(self, form: QFormLayout, links: QWidget) -> None:
        """The fields as rows of the form, by section."""
        form.addRow(_section(tr("EditorPanel", "Task")))
        form.addRow(tr("EditorPanel", "Title"), self.title)
        form.addRow(tr("EditorPanel", "Status"), self.status)
        form.addRow(tr("EditorPanel", "Priority"), self.priority)
        form.addRow(_section(tr("EditorPanel", "Schedule")))
        form.addRow(tr("EditorPanel", "Start"), self.start)
        form.addRow(tr("EditorPanel", "Finish"), self.finish)
        form.addRow(tr("EditorPanel", "Duration"), self.duration)
        form.addRow(tr("EditorPanel", "Done"), self.percent)
        form.addRow("", self.milestone)
        form.addRow(tr("EditorPanel", "Deadline"), self.deadline)
        form.addRow("", self.slack)
        form.addRow(_section(tr("EditorPanel", "People and labels")))
        form.addRow(tr("EditorPanel", "People"), self.assignees)
        form.addRow(tr("EditorPanel", "Labels"), self.labels)
        self._add_more_section(form)
        self.repeat = RepeatEditor(self.controller, self._edit)
        form.addRow(_section(tr("EditorPanel", "Repeat")))
        form.addRow(self.repeat)
        form.addRow(_section(tr("EditorPanel", "Checklist")))
        form.addRow(self.checklist)
        form.addRow(self.checklist_new)
        form.addRow(_section(tr("EditorPanel", "Predecessors")))
        form.addRow(self.predecessors)
        form.addRow(links)
        form.addRow(_section(tr("EditorPanel", "Time")))
        form.addRow(tr("EditorPanel", "Logged"), self.logged)
        form.addRow("", self.timer_button)
        form.addRow(_section(tr("EditorPanel", "Notes")))
        form.addRow(self.notes)
        for widget in (self.checklist, self.predecessors):
            widget.setMaximumHeight(120)

    def _add_more_section(self, form: QFormLayout) -> None:
        """Estimates, effort rules and scheduling options, under a "More" toggle folded by default (the person's
        last choice is kept): each with a label in plain words and a tooltip that says what it does."""
        self.more_button = QToolButton()
        self.more_button.setText(tr("EditorPanel", "More fields"))
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setAutoRaise(True)
        self.more_button.setToolTip(
            tr(
                "EditorPanel",
                "Value and effort points, work, what stays fixed, constraints and calendar: "
                "most tasks can leave them alone",
            )
        )
        form.addRow(self.more_button)
        self._more_rows = [
            _tipped_row(form, tr("EditorPanel", "Value points"), self.value, _value_tip()),
            _tipped_row(form, tr("EditorPanel", "Effort points"), self.effort, _effort_tip()),
            _tipped_row(form, tr("EditorPanel", "Work"), self.work, self.work.toolTip()),
            _tipped_row(form, tr("EditorPanel", "Keep fixed"), self.task_type, _task_type_tip()),
            _tipped_row(form, "", self.effort_driven, self.effort_driven.toolTip()),
            _tipped_row(form, "", self.manual, self.manual.toolTip()),
            _tipped_row(form, tr("EditorPanel", "Constraint"), self.constraint, _constraint_tip()),
            _tipped_row(form, tr("EditorPanel", "on"), self.constraint_date, _constraint_tip()),
            _tipped_row(
                form,
                tr("EditorPanel", "Calendar"),
                self.calendar,
                tr("EditorPanel", "The working days and hours this task is scheduled in"),
            ),
        ]
        # Not a checkable button: a checked one is filled with the highlight, and its text hard to read on it.
        self.more_button.clicked.connect(lambda: self.show_more(not self.more_open))
        self.show_more(self.settings.value("editor_more", False, type=bool))

    def show_more(self, on: bool) -> None:
        self.more_open = on
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        for row in self._more_rows:
            self.form.setRowVisible(row, on)
        self.settings.setValue("editor_more", on)

    # -- showing --------------------------------------------------------------------------
    def show_task(self, task_id: int | None) -> None:
        """Show a task, or with None (or a task gone) say that nothing is selected, the fields off."""
        self.task_id = task_id if task_id in self.controller.ws.tasks else None
        self.placeholder.setVisible(self.task_id is None)
        self.form_widget.setVisible(self.task_id is not None)
        self.form_widget.setEnabled(self.task_id is not None)
        if self.task_id is not None:
            self._fill(self.controller.ws.tasks[self.task_id])

    def _changes_applied(self, changes: Changes) -> None:
        if self.task_id is None:
            return
        if self.task_id not in self.controller.ws.tasks:
            self.show_task(None)
        elif self.task_id in changes.ids("task") or changes.touches(
            "dependency", "person", "label", "status", "time_entry"
        ):
            self._fill(self.controller.ws.tasks[self.task_id])
        elif changes.touches("task"):
            self._show_slack()  # others' dates move it

    def _show_slack(self) -> None:
        task = self._task()
        if task is not None:
            self.slack.setText(self._schedule_text(task))

    @guarded
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_slack()  # of a task filled in while the editor was folded: the schedule is asked for now

    def _fill(self, task: Task) -> None:
        ws = self.controller.ws
        widgets = [
            self.title, self.status, self.priority, self.value, self.effort, self.start, self.finish,
            self.duration, self.percent, self.assignees, self.labels, self.checklist, self.notes, self.link_task,
            self.milestone, self.manual, self.constraint, self.constraint_date, self.deadline, self.calendar,
            self.work, self.task_type, self.effort_driven,
        ]  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.title.setText(task.title)
        self.title.setCursorPosition(0)  # show a long title from its start, not scrolled to its end
        self.status.clear()
        for status in ws.ordered("status"):
            self.status.addItem(status.name, status.id)
        self.status.setCurrentIndex(max(0, self.status.findData(task.status_id)))
        self.priority.setCurrentIndex(self.priority.findData(int(task.priority)))
        self.value.setValue(task.value)
        self.effort.setValue(task.effort)
        self.start.setDate(QDate(task.start.date()) if task.start else NO_DATE)
        self.finish.setDate(QDate(task.finish.date()) if task.finish else NO_DATE)
        summary = ws.is_summary(task.id)
        self.duration.setText(duration_text(task, ws))
        self.duration.setReadOnly(task.milestone)
        self.percent.setValue(task.percent_complete)
        self.milestone.setChecked(task.milestone)
        self.manual.setChecked(task.manual)
        self.constraint.setCurrentIndex(self.constraint.findData(task.constraint.value))
        self.constraint_date.setDate(QDate(task.constraint_date.date()) if task.constraint_date else NO_DATE)
        self.constraint_date.setEnabled(task.constraint not in (Constraint.ASAP, Constraint.ALAP))
        self.deadline.setDate(QDate(task.deadline.date()) if task.deadline else NO_DATE)
        self.calendar.clear()
        self.calendar.addItem(
            tr("EditorPanel", "As its project ({name})").format(
                name=ws.calendar_for(replace(task, calendar_id=None)).name
            ),
            None,
        )
        for calendar in sorted(ws.calendars.values(), key=lambda c: c.name.casefold()):
            self.calendar.addItem(calendar.name, calendar.id)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(task.calendar_id)))
        self.slack.setText(self._schedule_text(task))
        self._fill_time(task)
        self.assignees.set_people(ws.ordered("person"), task.assignments)
        self._fill_effort(task, summary)
        self.labels.set_labels(labels_of(ws, task), [lab for lab in ws.ordered("label") if lab.id not in task.labels])
        self.checklist.clear()
        for item in task.checklist:
            row = QListWidgetItem(item.text, self.checklist)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            row.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
        self.predecessors.clear()
        for dep_id in sorted(ws.links_in(task.id)):
            dep = ws.dependencies[dep_id]
            lag = f" {'+' if dep.lag > 0 else '−'}{formats.duration(abs(dep.lag), ws.calendar)}" if dep.lag else ""
            row = QListWidgetItem(f"{ws.tasks[dep.predecessor_id].title}  ({dep.type.value}{lag})", self.predecessors)
            row.setData(ID_ROLE, dep_id)
        self.link_task.clear()
        self.link_task.stale = True
        self.notes.setPlainText(task.notes)
        self.repeat.fill(task)
        for widget in (self.start, self.finish, self.duration):
            widget.setEnabled(not summary or task.manual)
        for widget in widgets:
            widget.blockSignals(False)

    def _fill_effort(self, task: Task, summary: bool) -> None:
        """Work and task type: a summary's work rolls up and a milestone has none, so neither is edited there."""
        self.work.setText(formats.work(task.work))
        self.work.setReadOnly(summary or task.milestone)
        self.task_type.setCurrentIndex(self.task_type.findData(task.task_type.value))
        fixed_work = task.task_type is TaskType.FIXED_WORK
        self.effort_driven.setChecked(task.effort_driven or fixed_work)
        self.effort_driven.setEnabled(not fixed_work and not summary)  # fixed work always is, as in MS Project
        self.task_type.setEnabled(not summary)
        self.assignees.setEnabled(not summary)

    def _fill_link_choices(self, combo: QComboBox) -> None:
        task = self._task()
        if task is None:
            return
        tasks = self.controller.ws.tasks.values()
        candidates = [t for t in tasks if t.container() == task.container() and t.id != task.id]
        for other in sorted(candidates, key=lambda t: t.title.casefold()):
            combo.addItem(other.title, other.id)

    def _fill_time(self, task: Task) -> None:
        ws = self.controller.ws
        entries = [e for e in ws.time_entries.values() if e.task_id == task.id]
        minutes = sum(e.minutes or 0 for e in entries)
        self.logged.setText(
            plural("{hours}, logged %n time(s)", None, len(entries)).format(hours=formats.hours(minutes / 60, 2))
            if entries
            else tr("EditorPanel", "Nothing yet")
        )
        running = running_timer(ws, task.id)
        self.timer_button.setText(
            tr("EditorPanel", "Stop timer (running since {time})").format(time=formats.clock(running.start))
            if running
            else tr("EditorPanel", "Start timer")
        )

    def _toggle_timer(self) -> None:
        task = self._task()
        if task is None:
            return
        running = running_timer(self.controller.ws, task.id)
        if running is not None:
            self.controller.run(StopTimer(running.id, datetime.now()))
        else:
            person = min(task.assignments) if task.assignments else None  # whose time it is, when one is assigned
            self.controller.run(StartTimer(task.id, person, datetime.now()))

    def _schedule_text(self, task: Task) -> str:
        if task.project_id is None:
            return ""  # ongoing work is not scheduled by the critical path
        schedule = self.controller.known_schedule  # shown when `schedule_changed` brings it, not computed here
        if schedule is None and self.isVisible():
            self.controller.schedule_soon()  # after this paint: a shown slack is what an open waits to schedule for
        if schedule is None or task.id not in schedule or not schedule.is_planned(task.id):
            return ""
        # Asked one by one: the whole TaskSchedule would compute every task's free slack (~8 ms at 10,000).
        total = schedule.total_slack(task.id)
        slack = formats.duration(abs(total), self.controller.ws.calendar_for(task))
        parts = [tr("EditorPanel", "Slack {slack}").format(slack=f"{'−' if total < 0 else ''}{slack}")]
        if schedule.is_critical(task.id):
            parts.append(tr("EditorPanel", "on the critical path"))
        if schedule.deadline_missed(task.id):
            parts.append(tr("EditorPanel", "misses its deadline"))
        if schedule.has_conflict(task.id):
            parts.append(tr("EditorPanel", "its constraint overrides a link"))
        return " · ".join(parts)

    # -- editing --------------------------------------------------------------------------
    def _task(self) -> Task | None:
        return self.controller.ws.tasks.get(self.task_id) if self.task_id is not None else None

    def _edit(self, **fields) -> None:
        task = self._task()
        if task is None:
            return
        changed = {name: value for name, value in fields.items() if getattr(task, name) != value}
        if changed and not self.controller.run(EditTask(task.id, **changed)):
            # Show the value that stands, not the one refused: a refusal puts back a copy, so `task` is stale.
            self._fill(self.controller.ws.tasks[task.id])

    def _edit_date(self, name: str, editor: QDateEdit) -> None:
        task = self._task()
        if task is None:
            return
        cal = self.controller.ws.calendar_for(task)
        day = editor.date()
        if day == NO_DATE:
            value = None
        else:
            value = cal.day_start(day.toPython()) if name == "start" else cal.day_end(day.toPython())
        if _same_day(getattr(task, name), value):
            return
        self._edit(**(start_fields(self.controller.ws, task, value) if name == "start" else {name: value}))

    def _edit_constraint(self) -> None:
        task = self._task()
        if task is None:
            return
        constraint = Constraint(self.constraint.currentData())
        day = self.constraint_date.date()
        when = None
        if constraint not in (Constraint.ASAP, Constraint.ALAP):
            cal = self.controller.ws.calendar_for(task)
            fallback = task.start or task.finish or cal.day_start(date.today())
            chosen = day.toPython() if day != NO_DATE else fallback.date()
            start_kind = constraint in (Constraint.SNET, Constraint.SNLT, Constraint.MSO)
            when = cal.day_start(chosen) if start_kind else cal.day_end(chosen)
        self._edit(constraint=constraint, constraint_date=when)

    def _edit_duration(self) -> None:
        task = self._task()
        if task is None or task.milestone:
            return
        text = self.duration.text().strip()
        try:
            minutes = formats.read_duration(text, self.controller.ws.calendar) if text else None
        except ValidationError as exc:
            self.controller.error_occurred.emit(str(exc))
            self._fill(task)
            return
        self._edit(duration=minutes)

    def _edit_work(self) -> None:
        task = self._task()
        if task is None or self.work.isReadOnly():
            return
        text = self.work.text().strip()
        if text == formats.work(task.work):
            return  # left as shown: 5.33h must not round a stored 5 h 20 min off by a minute
        try:
            minutes = formats.read_work(text, self.controller.ws.calendar) if text else None
        except ValidationError as exc:
            self.controller.error_occurred.emit(str(exc))
            self._fill(task)
            return
        self._edit(work=minutes)

    def _edit_checklist(self) -> None:
        items = []
        for row in range(self.checklist.count()):
            item = self.checklist.item(row)
            items.append(ChecklistItem(item.text(), item.checkState() == Qt.CheckState.Checked))
        self._edit(checklist=items)

    def _add_checklist_item(self) -> None:
        task = self._task()
        text = self.checklist_new.text().strip()
        if task is None or not text:
            return
        self.checklist_new.clear()
        self._edit(checklist=[*task.checklist, ChecklistItem(text)])

    def _add_link(self) -> None:
        task = self._task()
        self.link_task.ensure_filled()
        index = self.link_task.findText(self.link_task.currentText())
        if task is None or index < 0:
            self.controller.error_occurred.emit(tr("EditorPanel", "Choose the predecessor from the list of tasks"))
            return
        predecessor = self.link_task.itemData(index)
        self.controller.run(LinkTasks(predecessor, task.id, self.link_type.currentData()))

    def _remove_link(self) -> None:
        item = self.predecessors.currentItem()
        if item is not None:
            self.controller.run(UnlinkTasks([item.data(ID_ROLE)]))


def _same_day(a: datetime | None, b: datetime | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.date() == b.date())


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setMinimumWidth(60)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    return spin


def _tipped_row(form: QFormLayout, text: str, field: QWidget, tip: str) -> QWidget:
    """A form row whose label and field both explain themselves on hover; returns the field, the row's key."""
    label = QLabel(text)
    label.setBuddy(field)
    label.setToolTip(tip)
    field.setToolTip(tip)
    form.addRow(label, field)
    return field


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("SectionTitle")
    label.setContentsMargins(0, 8, 0, 2)
    return label


def _row(*widgets, stretch_first: bool = False) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if (stretch_first and i == 0) or not stretch_first else 0)
    return box
