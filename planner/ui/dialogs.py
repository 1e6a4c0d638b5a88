"""Every dialog that waits for a person: messages, questions, a line of text, a number, a choice, a colour, a file
name, a modal dialog or a pop-up menu. The widgets call these functions through the module (`dialogs.tell(...)`), never
Qt's static dialogs, so that tests can replace them all in one place: a modal loop that nobody closes never
returns, and would stop the test run (tests/ui/conftest.py answers them instead)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QLineEdit, QMenu, QWidget

# Qt's own dialogs (QMessageBox, QInputDialog, QColorDialog, QFileDialog) are imported by the functions that show
# them: PySide6 makes a class's Python type and enums when the name is first imported (~1.7 ms of every start for
# these four), and the first screen shows none of them.


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A message that needs no answer (an import's summary)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Something went wrong, and why."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def about(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """The text typed, stripped; None when cancelled or left empty."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok and value.strip() else None


def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    """A password typed unseen; None when cancelled or left empty."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return value if ok and value else None


def ask_number(parent: QWidget | None, title: str, label: str, value: int, low: int = 0, high: int = 999) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    number, ok = QInputDialog.getInt(parent, title, label, value, low, high)
    return number if ok else None


def ask_choice(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """One of `items`, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    choice, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return choice if ok and choice in items else None


def choose_color(parent: QWidget | None, title: str, color: QColor) -> QColor | None:
    """A colour picked in Qt's colour dialog, starting from `color`; None when cancelled."""
    from PySide6.QtWidgets import QColorDialog

    chosen = QColorDialog.getColor(color, parent, title)
    return chosen if chosen.isValid() else None


def choose_open_file(parent: QWidget | None, title: str, start: str, filters: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    return Path(path) if path else None


def choose_save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(path) if path else None


def run(dialog: QDialog) -> bool:
    """Show one of our own dialogs (working time, report options, print preview) modally; True when accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def show_menu(menu: QMenu, position: QPoint) -> None:
    menu.exec(position)
