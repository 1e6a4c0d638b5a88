"""`RulesDialog`: the workspace's rules in plain words, an editor for one rule with a preview of what it would have
done over the last 30 days, and the log of what rules did. Opened from Edit ▸ Rules…, a board column's menu (a new
rule starts as "moves to this column") and an area's menu in the sidebar (a new rule starts scoped to the area).

Each save, switch and delete is one command through the controller; the lists refill from every change the
controller announces. A refused rule says why under the editor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.changes import Changes
from planner.core.i18n import plural, tr
from planner.core.model import Priority
from planner.core.rules import (
    AddRule,
    DeleteRule,
    EditRule,
    Rule,
    describe,
    preview,
    problems,
    rule_log,
)
from planner.reports import formats
from planner.ui import dialogs, theme
from planner.ui.controller import Controller

_ID = Qt.ItemDataRole.UserRole
PREVIEW_DAYS = 30


# How the editor offers each trigger and action ("When a task …" / "then …").
def _trigger_choices() -> dict[str, str]:
    return {
        "moved_to": tr("RulesDialog", "moves to a column"),
        "completed": tr("RulesDialog", "is completed"),
        "created": tr("RulesDialog", "is created"),
        "occurrence_created": tr("RulesDialog", "is created by a routine"),
        "blocked": tr("RulesDialog", "becomes blocked"),
        "unblocked": tr("RulesDialog", "is no longer blocked"),
        "assignee_changed": tr("RulesDialog", "gets a different assignee"),
        "label_changed": tr("RulesDialog", "gets its labels changed"),
        "due": tr("RulesDialog", "is due, or overdue by some days"),
        "milestone_slipped": tr("RulesDialog", "is a milestone that slips past its baseline"),
    }


def _action_choices() -> dict[str, str]:
    return {
        "create_task": tr("RulesDialog", "create a follow-up task"),
        "set_status": tr("RulesDialog", "move it to a column"),
        "assign": tr("RulesDialog", "assign someone"),
        "set_priority": tr("RulesDialog", "set its priority"),
        "add_label": tr("RulesDialog", "add a label"),
        "set_due": tr("RulesDialog", "set its due date"),
        "add_checklist": tr("RulesDialog", "add a checklist"),
        "focus_top": tr("RulesDialog", "put it at the top of the focus list"),
        "add_note": tr("RulesDialog", "add a note"),
    }


# Which fields each trigger and action needs.
_TRIGGER_ROWS = {"moved_to": {"column"}, "due": {"after"}}
_ACTION_ROWS = {
    "create_task": {"title", "days", "person"}, "set_status": {"status"}, "assign": {"person"},
    "set_priority": {"priority"}, "add_label": {"label"}, "set_due": {"days"}, "add_checklist": {"text"},
    "add_note": {"text"},
}  # fmt: skip


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _choose(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class RuleForm(QWidget):
    """The fields of one rule: its name, scope, trigger, conditions and one action. `fields()` gives what a
    command needs; `changed` fires on every edit so the plain words follow."""

    changed = Signal()

    def __init__(self, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        ws = controller.ws
        self.layout_ = QFormLayout(self)
        statuses = [(s.name, s.id) for s in ws.ordered("status")]
        people = [(p.name, p.id) for p in ws.ordered("person")]
        labels = [(label.name, label.id) for label in ws.ordered("label")]
        priorities = [(p.label, int(p)) for p in Priority]
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("RulesDialog", "What the rule is for, e.g. “create social posts”"))
        # Keys as text: a tuple put into a QComboBox comes back as a list, which findData never matches.
        scopes = [(tr("RulesDialog", "everywhere"), "")] + [
            (tr("RulesDialog", "in the area {name}").format(name=a.name), f"area:{a.id}") for a in ws.ordered("area")
        ]
        scopes += [
            (tr("RulesDialog", "in the project {name}").format(name=p.name), f"project:{p.id}")
            for p in ws.ordered("project")
        ]
        self.scope = _combo(scopes)
        self.trigger = _combo([(text, key) for key, text in _trigger_choices().items()])
        self.column = _combo(statuses)
        self.after = QSpinBox()
        self.after.setRange(0, 365)
        self.after.setSuffix(tr("RulesDialog", " days after its due date"))
        self.if_label = _combo([(tr("RulesDialog", "any label"), None), *labels])
        self.if_priority = _combo([(tr("RulesDialog", "any priority"), None), *priorities])
        self.if_person = _combo([(tr("RulesDialog", "anyone or nobody"), None), *people])
        self.if_title = QLineEdit()
        self.if_title.setPlaceholderText(tr("RulesDialog", "any title"))
        self.action = _combo([(text, key) for key, text in _action_choices().items()])
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("RulesDialog", "Title of the task to create"))
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setSuffix(tr("RulesDialog", " working days later"))
        self.days.valueChanged.connect(lambda n: self.days.setSuffix(plural(" working day(s) later", None, n)))
        self.person = _combo([(tr("RulesDialog", "nobody"), None), *people])
        self.status = _combo(statuses)
        self.priority = _combo(priorities)
        self.label = _combo(labels)
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("RulesDialog", "The note, or the checklist's items separated by commas"))
        self._more_actions: list[dict] = []
        self.enabled = QCheckBox(tr("RulesDialog", "Turned on"))
        self.enabled.setChecked(True)
        self.rows = {
            "name": (tr("RulesDialog", "Name"), self.name),
            "scope": (tr("RulesDialog", "For tasks"), self.scope),
            "trigger": (tr("RulesDialog", "When a task"), self.trigger),
            "column": (tr("RulesDialog", "Column"), self.column),
            "after": (tr("RulesDialog", "From"), self.after),
            "if_label": (tr("RulesDialog", "Only if labelled"), self.if_label),
            "if_priority": (tr("RulesDialog", "Only of"), self.if_priority),
            "if_person": (tr("RulesDialog", "Only if assigned to"), self.if_person),
            "if_title": (tr("RulesDialog", "Only if its title contains"), self.if_title),
            "action": (tr("RulesDialog", "Then"), self.action),
            "title": (tr("RulesDialog", "Task"), self.title),
            "days": (tr("RulesDialog", "Due"), self.days),
            "person": (tr("RulesDialog", "Assigned to"), self.person),
            "status": (tr("RulesDialog", "Column"), self.status),
            "priority": (tr("RulesDialog", "Priority"), self.priority),
            "label": (tr("RulesDialog", "Label"), self.label),
            "text": (tr("RulesDialog", "Text"), self.text),
            "enabled": ("", self.enabled),
        }
        for text, widget in self.rows.values():
            self.layout_.addRow(text, widget)
            signal = widget.textChanged if isinstance(widget, QLineEdit) else None
            signal = signal or getattr(widget, "currentIndexChanged", None) or getattr(widget, "valueChanged", None)
            (signal or widget.toggled).connect(self._edited)
        self._edited()

    def _edited(self, *_args) -> None:
        wanted = _TRIGGER_ROWS.get(self.trigger.currentData(), set()) | _ACTION_ROWS.get(
            self.action.currentData(), set()
        )
        for key in ("column", "after", "title", "days", "person", "status", "priority", "label", "text"):
            self.layout_.setRowVisible(self.rows[key][1], key in wanted)
        self.changed.emit()

    def load(self, rule: Rule) -> None:
        """Show `rule`. The form edits its first action; the others (a rule made elsewhere, as the sample's) are
        kept as they are, after it."""
        self._more_actions = list(rule.actions[1:])
        self.name.setText(rule.name)
        scope = f"project:{rule.project_id}" if rule.project_id is not None else ""
        _choose(self.scope, scope or (f"area:{rule.area_id}" if rule.area_id is not None else ""))
        _choose(self.trigger, rule.trigger["event"])
        _choose(self.column, rule.trigger.get("status_id"))
        self.after.setValue(int(rule.trigger.get("days", 0)))
        _choose(self.if_label, rule.conditions.get("label_id"))
        _choose(self.if_priority, rule.conditions.get("priority"))
        _choose(self.if_person, rule.conditions.get("person_id"))
        self.if_title.setText(rule.conditions.get("title_contains", ""))
        action = rule.actions[0] if rule.actions else {"do": "create_task"}
        _choose(self.action, action["do"])
        self.title.setText(action.get("title", ""))
        self.days.setValue(int(action.get("days", 0)))
        _choose(self.person, action.get("person_id"))
        _choose(self.status, action.get("status_id"))
        _choose(self.priority, action.get("priority"))
        _choose(self.label, action.get("label_id"))
        self.text.setText(", ".join(action.get("items", [])) or action.get("text", ""))
        self.enabled.setChecked(rule.enabled)

    def fields(self) -> dict:
        """The rule as the form shows it, as AddRule's and EditRule's fields."""
        event = self.trigger.currentData()
        trigger: dict = {"event": event}
        if event == "moved_to":
            trigger["status_id"] = self.column.currentData()
        if event == "due":
            trigger["days"] = self.after.value()
        conditions = {
            "label_id": self.if_label.currentData(), "priority": self.if_priority.currentData(),
            "person_id": self.if_person.currentData(), "title_contains": self.if_title.text().strip() or None,
        }  # fmt: skip
        do = self.action.currentData()
        values = {
            "title": self.title.text().strip(), "days": self.days.value(), "person_id": self.person.currentData(),
            "status_id": self.status.currentData(), "priority": self.priority.currentData(),
            "label_id": self.label.currentData(), "text": self.text.text().strip(),
        }  # fmt: skip
        action: dict = {"do": do}
        for key in _ACTION_ROWS.get(do, ()):
            name = {"person": "person_id", "status": "status_id", "label": "label_id"}.get(key, key)
            action[name] = values[name]
        if do == "add_checklist":
            action = {"do": do, "items": [item.strip() for item in action.pop("text").split(",") if item.strip()]}
        kind, _, ident = self.scope.currentData().partition(":")
        return {
            "name": self.name.text().strip(), "trigger": trigger, "actions": [action, *self._more_actions],
            "conditions": {key: value for key, value in conditions.items() if value is not None},
            "area_id": int(ident) if kind == "area" else None, "project_id": int(ident) if kind == "project" else None,
            "enabled": self.enabled.isChecked(),
        }  # fmt: skip

    def draft(self) -> Rule:
        return Rule(id=0, **self.fields())


class RulesDialog(QDialog):
    task_requested = Signal(int)  # a log line's task, to show in the editor

    def __init__(self, controller: Controller, parent=None, status_id: int | None = None, area_id: int | None = None):
        super().__init__(parent)
        self.controller = controller
        self.rule_id: int | None = None  # the rule in the editor; None for a new one
        self.setWindowTitle(tr("RulesDialog", "Rules"))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._rules_page(), tr("RulesDialog", "Rules"))
        self.tabs.addTab(self._log_page(), tr("RulesDialog", "Log"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        controller.changes_applied.connect(self._changes_applied)
        controller.error_occurred.connect(self._refused)
        self.fill()
        self.new_rule(status_id, area_id)

    def _rules_page(self) -> QWidget:
        page = QSplitter()
        left = QWidget()
        column = QVBoxLayout(left)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([tr("RulesDialog", "Rule"), tr("RulesDialog", "State")])
        self.list.setRootIsDecorated(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._selected)
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(theme.icon("add"), tr("RulesDialog", "New"))
        self.new_button.clicked.connect(lambda: self.new_rule())
        self.switch_button = QPushButton(tr("RulesDialog", "Turn Off"))
        self.switch_button.clicked.connect(self.switch)
        self.delete_button = QPushButton(theme.icon("delete"), tr("RulesDialog", "Delete…"))
        self.delete_button.clicked.connect(self.delete)
        for button in (self.new_button, self.switch_button, self.delete_button):
            row.addWidget(button)
        column.addLayout(row)
        page.addWidget(left)
        right = QWidget()
        editor = QVBoxLayout(right)
        self.form = RuleForm(self.controller)
        self.form.changed.connect(self._show_words)
        editor.addWidget(self.form)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        editor.addWidget(self.words)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.warning_color().name()};")
        self.error.hide()
        editor.addWidget(self.error)
        row = QHBoxLayout()
        self.preview_button = QPushButton(tr("RulesDialog", "Preview the Last {days} Days").format(days=PREVIEW_DAYS))
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button = QPushButton(tr("RulesDialog", "Save Rule"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.preview_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        editor.addLayout(row)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr("RulesDialog", "Preview"))
        self.preview.setPlaceholderText(tr("RulesDialog", "What the rule would have done, before you turn it on"))
        editor.addWidget(self.preview, 1)
        page.addWidget(right)
        page.setSizes([340, 640])
        return page

    def _log_page(self) -> QWidget:
        self.log = QTreeWidget()
        self.log.setHeaderLabels(
            [
                tr("RulesDialog", "When"),
                tr("RulesDialog", "Rule"),
                tr("RulesDialog", "What it did"),
                tr("RulesDialog", "After"),
            ]
        )
        self.log.setRootIsDecorated(False)
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log.header().setStretchLastSection(False)
        for column in (0, 1, 3):
            self.log.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.log.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.log.itemDoubleClicked.connect(self._log_opened)
        return self.log

    # -- showing ---------------------------------------------------------------------------------
    def fill(self) -> None:
        ws = self.controller.ws
        self.list.blockSignals(True)
        self.list.clear()
        for rule in sorted(ws.rules.values(), key=lambda r: (r.position, r.id)):
            broken = problems(ws, rule)
            state = (
                tr("RulesDialog", "Broken")
                if broken
                else tr("RulesDialog", "On")
                if rule.enabled
                else tr("RulesDialog", "Off")
            )
            item = QTreeWidgetItem(self.list, [rule.name, state])
            item.setData(0, _ID, rule.id)
            item.setToolTip(0, describe(ws, rule))
            if broken:
                item.setToolTip(1, tr("RulesDialog", "This rule does nothing: ") + "; ".join(broken))
                item.setForeground(1, theme.warning_color())
            item.setSelected(rule.id == self.rule_id)
        self.list.blockSignals(False)
        self.log.clear()
        for entry in rule_log(ws):
            item = QTreeWidgetItem(
                self.log,
                [
                    f"{formats.weekday_day_month(entry.at)} {formats.clock(entry.at)}",
                    entry.rule_name,
                    entry.did,
                    entry.change,
                ],
            )
            item.setData(0, _ID, entry.task_id)
            item.setToolTip(2, entry.did)
        self._buttons()

    def _changes_applied(self, changes: Changes) -> None:
        if changes.touches("rule", "rule_log", "status", "person", "label", "area", "project"):
            self.fill()

    def _buttons(self) -> None:
        rule = self.controller.ws.rules.get(self.rule_id)
        self.switch_button.setEnabled(rule is not None)
        self.delete_button.setEnabled(rule is not None)
        self.switch_button.setText(
            tr("RulesDialog", "Turn Off") if rule is None or rule.enabled else tr("RulesDialog", "Turn On")
        )

    def _show_words(self) -> None:
        self.words.setText(describe(self.controller.ws, self.form.draft()))
        self.preview.clear()

    def _refused(self, reason: str) -> None:
        self.error.setText(reason)
        self.error.show()

    def _selected(self) -> None:
        items = self.list.selectedItems()
        if items:
            self.rule_id = items[0].data(0, _ID)
            self.form.load(self.controller.ws.rules[self.rule_id])
            self.error.hide()
        self._buttons()

    def _log_opened(self, item: QTreeWidgetItem) -> None:
        task_id = item.data(0, _ID)
        if task_id in self.controller.ws.tasks:
            self.task_requested.emit(task_id)

    # -- editing ---------------------------------------------------------------------------------
    def new_rule(self, status_id: int | None = None, area_id: int | None = None) -> None:
        """Start a new rule in the editor: on a board column, "moves to" it; on an area, scoped to it."""
        self.rule_id = None
        self.list.clearSelection()
        event = "moved_to" if status_id is not None else "completed"
        trigger = {"event": event, "status_id": status_id} if status_id is not None else {"event": event}
        self.form.load(Rule(0, "", trigger, actions=[{"do": "create_task"}], area_id=area_id))
        self.error.hide()
        self._buttons()

    def show_preview(self) -> None:
        covers, lines = preview(self.controller.ws, self.form.draft(), self.controller.today(), PREVIEW_DAYS)
        if lines:
            acted = plural("It would have acted %n time(s):", None, len(lines))
            text = f"{covers} {acted}\n" + "\n".join(lines)
        else:
            text = f"{covers} " + tr("RulesDialog", "It would not have acted.")
        self.preview.setPlainText(text)

    def save(self) -> bool:
        self.error.hide()
        fields = self.form.fields()
        if self.rule_id in self.controller.ws.rules:
            return self.controller.run(EditRule(self.rule_id, **fields))
        command = AddRule(fields.pop("name"), fields.pop("trigger"), fields.pop("actions"), **fields)
        if not self.controller.run(command):
            return False
        self.rule_id = command.id
        self.fill()
        return True

    def switch(self) -> None:
        rule = self.controller.ws.rules.get(self.rule_id)
        if rule is not None:
            self.controller.run(EditRule(rule.id, enabled=not rule.enabled))
            self.form.enabled.setChecked(rule.enabled)

    def delete(self) -> None:
        rule = self.controller.ws.rules.get(self.rule_id)
        if rule is None:
            return
        if dialogs.ask_yes_no(
            self,
            tr("RulesDialog", "Delete rule"),
            tr("RulesDialog", "Delete the rule “{name}”? Its log stays. You can undo this.").format(name=rule.name),
        ):
            self.controller.run(DeleteRule(rule.id))
            self.new_rule()


def edit_rules(controller: Controller, parent, status_id: int | None = None, area_id: int | None = None) -> None:
    """Show the rules dialog modally (a new rule ready for the board column or area it was opened from)."""
    dialog = RulesDialog(controller, parent, status_id, area_id)
    window = parent.window() if parent is not None else None
    if hasattr(window, "open_in_editor"):
        dialog.task_requested.connect(window.open_in_editor)
    dialogs.run(dialog)
    dialog.deleteLater()
