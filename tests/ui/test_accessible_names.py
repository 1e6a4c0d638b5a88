"""A name for every control a screen reader lands on, in every view: an input or button without one is read out
as just "edit" or "button"."""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

from planner.ui.views import VIEW_NAMES

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QSlider)


def nameless_controls(window: QWidget) -> list[str]:
    out = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # a spin box's or combo box's own line edit: the box has the name
        interface = QAccessible.queryAccessibleInterface(widget)
        if not interface.text(QAccessible.Text.Name).strip():
            chain, parent = [], widget.parent()
            while parent is not None and parent is not window:
                chain.append(parent.objectName() or type(parent).__name__)
                parent = parent.parent()
            out.append(f"{type(widget).__name__} {widget.objectName()!r} tip={widget.toolTip()!r} in {'/'.join(chain)}")
    return out


@pytest.mark.parametrize("view", VIEW_NAMES)
def test_every_visible_control_of_every_view_has_an_accessible_name(window, qtbot, view):
    window.show_view(view)
    window.views[view].select_first_task()  # the editor shows its fields for the task
    qtbot.wait(20)
    assert nameless_controls(window) == []


def _dialogs(window):
    from planner.ui.assignments import AssignPeopleDialog
    from planner.ui.dashboard.levelling_dialog import LevellingDialog
    from planner.ui.dashboard.targets_dialog import TargetsDialog
    from planner.ui.gantt.printing import PrintOptionsDialog
    from planner.ui.labels_dialog import LabelsDialog
    from planner.ui.new_project_dialog import NewProjectDialog
    from planner.ui.report_dialog import ReportDialog
    from planner.ui.rules_dialog import RulesDialog
    from planner.ui.working_time import WorkingTimeDialog

    controller, ws = window.controller, window.controller.ws
    window.show_view("gantt")
    return {
        "assign people": lambda: AssignPeopleDialog(ws, 1, window),
        "levelling": lambda: LevellingDialog(controller, None, window),
        "targets": lambda: TargetsDialog(controller, window),
        "print": lambda: PrintOptionsDialog(window.views["gantt"].document(), window),
        "labels": lambda: LabelsDialog(controller, window),
        "new project": lambda: NewProjectDialog(ws, controller.today(), window),
        "report": lambda: ReportDialog(ws, window.proxy.scope, window),
        "rules": lambda: RulesDialog(controller, window),
        "working time": lambda: WorkingTimeDialog(ws.calendar, window),
    }


def test_every_visible_control_of_every_dialog_has_an_accessible_name(window, qtbot):
    missing = {}
    for name, make in _dialogs(window).items():
        dialog = make()
        dialog.show()  # not exec(): the test looks at it, nobody answers it
        qtbot.waitExposed(dialog)
        if found := nameless_controls(dialog):
            missing[name] = found
        dialog.close()
    assert missing == {}
