"""File ▸ Import of a CSV file: a preview with a field chosen per column, guessed from the header, the separator
sniffed, dates and durations read in the user's locale; files as LibreOffice and Excel write them; Cancel
imports nothing."""

from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from planner.session import Session
from planner.ui.csv_import_dialog import CsvImportDialog

# LibreOffice Calc in German: semicolons, a byte-order mark, CRLF, day-first dates with two-digit years, decimal
# commas, and titles of its own that need choosing by hand.
LIBREOFFICE = "\ufeffVorgang;Anfang;Dauer;Bemerkung\r\nDruck;04.03.24;1,5d;x\r\nVersand;05.03.24 13:00;2d;y\r\n"
# Excel in English: commas, a byte-order mark, CRLF, month-first dates, MS Project's titles.
EXCEL = "\ufeffTask Name,Start_Date,Duration,% Complete\r\nPrint,3/14/2024,2d,50\r\nShip,3/15/2024 1:00 PM,1d,0\r\n"


@pytest.fixture
def german(locale):
    locale("de_DE")


def import_with(window, dialogs, path, choose):
    """File ▸ Import of `path`, the dialog answered by `choose(dialog)` (True imports)."""
    dialogs.answer("choose_open_file", path)
    dialogs.answer("run", choose)
    window.import_action.trigger()


def test_a_libreoffice_file_imports_with_the_columns_chosen_by_hand_and_german_dates(window, tmp_path, dialogs, german):
    path = tmp_path / "Versand.csv"
    path.write_bytes(LIBREOFFICE.encode("utf-8"))
    seen = {}

    def choose(dialog: CsvImportDialog) -> bool:
        seen["guess"] = dialog.fields()
        seen["preview"] = [dialog.table.item(1, c).text() for c in range(3)]
        seen["ok before"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        for column, label in enumerate(["Name", "Start", "Duration"]):
            dialog.combos[column].setCurrentText(label)
        seen["ok after"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return True

    dialogs.answer("tell")
    import_with(window, dialogs, path, choose)
    assert seen == {"guess": [None] * 4, "preview": ["Druck", "04.03.24", "1,5d"], "ok before": False, "ok after": True}
    read = Session.read(window.controller.session.path).ws
    druck = next(t for t in read.tasks.values() if t.title == "Druck")
    versand = next(t for t in read.tasks.values() if t.title == "Versand")
    assert druck.duration == 12 * 60 and druck.start.date() == datetime(2024, 3, 4).date()
    assert versand.duration == 2 * 8 * 60
    assert "Import finished" in dialogs.args("tell")[0][1]


def test_an_excel_file_imports_with_the_columns_guessed_from_its_header(window, tmp_path, dialogs, locale):
    locale("en_US")
    path = tmp_path / "Shipping.csv"
    path.write_bytes(EXCEL.encode("utf-8"))
    guesses = []
    dialogs.answer("tell")
    import_with(window, dialogs, path, lambda dialog: guesses.append(dialog.fields()) or True)
    assert guesses == [["name", "start", "duration", "percent"]]
    ws = window.controller.ws
    ship = next(t for t in ws.tasks.values() if t.title == "Ship")
    printing = next(t for t in ws.tasks.values() if t.title == "Print")
    assert printing.percent_complete == 50 and ship.duration == 8 * 60


def test_a_tab_separated_file_without_titles_is_read_from_its_first_row(window, tmp_path, dialogs):
    path = tmp_path / "names.csv"
    path.write_text("Call\t2024-03-04\t1d\nWrite\t2024-03-05\t2d\n", encoding="utf-8")

    def choose(dialog: CsvImportDialog) -> bool:
        assert "separated by a tab" in dialog.about.text()
        dialog.header_box.setChecked(False)
        dialog.combos[0].setCurrentText("Name")
        assert dialog.table.rowCount() == 3  # the combo boxes, and both rows
        return True

    dialogs.answer("tell")
    import_with(window, dialogs, path, choose)
    assert {"Call", "Write"} <= {t.title for t in window.controller.ws.tasks.values()}


def test_cancel_imports_nothing(window, tmp_path, dialogs):
    path = tmp_path / "plan.csv"
    path.write_text("Name\nOne\n", encoding="utf-8")
    before = set(window.controller.ws.tasks)
    import_with(window, dialogs, path, lambda dialog: False)
    assert set(window.controller.ws.tasks) == before and window.controller.undo_stack.count() == 0
