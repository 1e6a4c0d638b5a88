"""A UI test's widgets are deleted when it ends (tests/ui/conftest.py, `widgets_deleted_at_the_end`), not left alive
for the tests after it: a change of theme walks every widget alive, which once cost ~10 s a call."""

import shiboken6
from PySide6.QtWidgets import QWidget

from planner.ui.main_window import MainWindow

made: list[QWidget] = []  # by the first test, looked at by the second (pytest runs a file's tests in order)
# The main windows alive before the first test: one an earlier file keeps (a fixture, a module's name) is not its.
earlier: list[QWidget] = []


def main_windows(qapp) -> list[QWidget]:
    return [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]


def test_a_window_and_a_widget_made_and_closed_by_pytest_qt(qapp, window, qtbot):
    earlier.extend(w for w in main_windows(qapp) if w is not window)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    made.extend([window, widget])


def test_are_gone_when_the_next_test_starts(qapp):
    assert all(not shiboken6.isValid(widget) for widget in made)
    assert [w for w in main_windows(qapp) if w not in earlier] == []
