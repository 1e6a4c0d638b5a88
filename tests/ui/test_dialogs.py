"""No test can wait forever on a dialog: the `dialogs` fixture (conftest.py) answers the ones a test expects and
refuses the rest at once, and Qt's own blocking dialogs are refused for code that goes around planner.ui.dialogs."""

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from planner.ui import dialogs as real_dialogs


def test_an_expected_dialog_gets_the_answer_the_test_gave(dialogs):
    dialogs.answer("ask_choice", "Weekly")
    assert real_dialogs.ask_choice(None, "Report", "Which report:", ["Status", "Weekly"]) == "Weekly"
    assert dialogs.args("ask_choice") == [(None, "Report", "Which report:", ["Status", "Weekly"])]


def test_an_unexpected_dialog_is_refused_at_once(dialogs):
    with pytest.raises(AssertionError, match="unexpected dialog: warn"):
        real_dialogs.warn(None, "Oops", "Nobody answers this")
    assert dialogs.unexpected
    dialogs.unexpected.clear()  # expected here; in any other test the fixture fails it at its end


def test_qt_dialogs_opened_around_the_module_are_refused(qapp):
    with pytest.raises(AssertionError, match=r"QMessageBox\.warning would wait for a person"):
        QMessageBox.warning(None, "Oops", "Nobody answers this")
    with pytest.raises(AssertionError, match=r"QDialog\.exec would wait for a person"):
        QDialog().exec()
