"""No test can wait forever on a dialog: the `dialogs` fixture (conftest.py) answers the ones a test expects and
refuses the rest at once, and Qt's own blocking dialogs are refused for code that goes around planner.ui.dialogs."""

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QMessageBox

from planner.ui import dialogs as real_dialogs

# The module's own functions, taken before the `dialogs` fixture stands in for them.
ORIGINAL = dict(vars(real_dialogs))


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


@pytest.mark.parametrize(
    "name, args, reaches",
    [
        ("tell", (None, "T", "text"), "QMessageBox.information"),
        ("warn", (None, "T", "text"), "QMessageBox.warning"),
        ("about", (None, "T", "text"), "QMessageBox.about"),
        ("ask_yes_no", (None, "T", "text"), "QMessageBox.question"),
        ("ask_text", (None, "T", "Name:"), "QInputDialog.getText"),
        ("ask_password", (None, "T", "Password:"), "QInputDialog.getText"),
        ("ask_number", (None, "T", "Days:", 3), "QInputDialog.getInt"),
        ("ask_choice", (None, "T", "Which:", ["a", "b"]), "QInputDialog.getItem"),
        ("choose_color", (None, "T", QColor("red")), "QColorDialog.getColor"),
        ("choose_open_file", (None, "T", "", "*.planner"), "QFileDialog.getOpenFileName"),
        ("choose_save_file", (None, "T", "a.planner", "*.planner"), "QFileDialog.getSaveFileName"),
    ],
)
def test_each_dialog_function_shows_qts_dialog(qapp, name, args, reaches):
    """The functions import Qt's dialogs when called (not at start): each still reaches its dialog, which the
    fixture refuses here instead of waiting for a person."""
    with pytest.raises(AssertionError, match=reaches.replace(".", r"\.") + " would wait for a person"):
        ORIGINAL[name](*args)
