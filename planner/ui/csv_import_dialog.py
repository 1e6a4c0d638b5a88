"""`CsvImportDialog`: File ▸ Import of a CSV file first shows its first rows and lets the user say which field
each column holds (or that it is left out), guessed from the header row. Dates and durations are read as the
user's locale writes them (see locale_reading). The dialog only builds a `Reading`; the window imports with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.i18n import tr
from planner.io.csv_format import FIELDS, Reading, guess_fields, read_file_table
from planner.ui import dialogs
from planner.ui.locale_reading import user_reading

PREVIEW_ROWS = 10


class CsvImportDialog(QDialog):
    """A preview of the file's first rows under a combo box per column: the field it holds, or Ignore."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("CsvImportDialog", "Import {name}").format(name=path.name))
        self.resize(820, 420)
        separator, self.rows = read_file_table(path, limit=PREVIEW_ROWS + 1)  # the header row and 10 more
        width = max(len(row) for row in self.rows)
        guessed = guess_fields(self.rows[0])
        self.combos: list[QComboBox] = []
        for column in range(width):
            combo = QComboBox()
            combo.addItem(tr("CsvImportDialog", "Ignore"), None)
            for key, label in FIELDS.items():
                combo.addItem(label, key)
            key = guessed[column] if column < len(guessed) else None
            if key is not None and key not in guessed[:column]:  # a repeated title is read once, as the reader does
                combo.setCurrentIndex(combo.findData(key))
            combo.currentIndexChanged.connect(self._check)
            self.combos.append(combo)

        layout = QVBoxLayout(self)
        locale = QLocale()
        separators = {
            ",": tr("CsvImportDialog", "a comma"),
            ";": tr("CsvImportDialog", "a semicolon"),
            "\t": tr("CsvImportDialog", "a tab"),
        }
        about = tr(
            "CsvImportDialog",
            "Columns are separated by {separator}. Dates and numbers are read as this computer writes them "
            "({date}, decimal “{point}”); ISO dates such as 2024-01-08 always work. Choose the field each column "
            "holds.",
        ).format(
            separator=separators[separator],
            date=locale.dateFormat(QLocale.FormatType.ShortFormat),
            point=locale.decimalPoint(),
        )
        self.about = QLabel(about)
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.header_box = QCheckBox(tr("CsvImportDialog", "The first row holds the columns' titles"))
        self.header_box.setChecked(any(key is not None for key in guessed) or not self._looks_like_data(self.rows[0]))
        self.header_box.toggled.connect(self._fill)
        layout.addWidget(self.header_box)
        self.table = QTableWidget(0, width)
        layout.addWidget(self.table, 1)
        self.problem = QLabel()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("CsvImportDialog", "Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill()
        self._check()

    @staticmethod
    def _looks_like_data(cells: list[str]) -> bool:
        """A first row holding numbers or dates is a task, not titles."""
        return any(cell.strip()[:1].isdigit() for cell in cells)

    def _fill(self) -> None:
        """The preview: the combo boxes on the first line, then the rows that become tasks."""
        header = self.header_box.isChecked()
        data = self.rows[1:] if header else self.rows[:PREVIEW_ROWS]
        titles = [
            (
                self.rows[0][c]
                if header and c < len(self.rows[0])
                else tr("CsvImportDialog", "Column {number}").format(number=c + 1)
            )
            for c in range(len(self.combos))
        ]
        for combo in self.combos:  # kept: setRowCount(0) below would delete the widgets in the cells
            combo.setParent(None)
        self.table.setRowCount(0)
        self.table.setRowCount(len(data) + 1)
        self.table.setHorizontalHeaderLabels(titles)
        self.table.setVerticalHeaderLabels([tr("CsvImportDialog", "Field"), *(str(n) for n in range(1, len(data) + 1))])
        for column, combo in enumerate(self.combos):
            self.table.setCellWidget(0, column, combo)
        for row, cells in enumerate(data, start=1):
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(cell))
        self.table.resizeColumnsToContents()

    def _check(self) -> None:
        ok = "name" in self.fields()
        self.problem.setText(
            "" if ok else tr("CsvImportDialog", "Choose the column that holds the tasks' names (Name).")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def fields(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def reading(self) -> Reading:
        return user_reading(self.fields(), self.header_box.isChecked())


def ask_csv_reading(parent: QWidget | None, path: Path) -> Reading | None:
    """How to read the CSV file at `path`, as the user chose in the dialog; None when cancelled."""
    dialog = CsvImportDialog(path, parent)
    return dialog.reading() if dialogs.run(dialog) else None
