"""File ▸ Export Report as PDF… and Print Report… driven through the report dialog, with the dialogs answered by
the test (planner.ui.dialogs, answered through the `dialogs` fixture)."""

import shutil
import subprocess
from datetime import datetime

from pdf_text import pdf_text
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from planner.core.commands import EditTask, LinkTasks
from planner.ui.report_dialog import ReportDialog


def filled_in(fill):
    """The report dialog's answer: fill it in, then press OK."""

    def run(dialog):
        assert isinstance(dialog, ReportDialog)
        fill(dialog)
        return True

    return run


def test_export_report_as_pdf_writes_the_chosen_report(window, dialogs, tmp_path):
    def fill(dialog):
        dialog.select_kind("tasks")
        dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("a4"))
        dialog.landscape.setChecked(True)

    dialogs.answer("run", filled_in(fill))
    dialogs.answer("choose_save_file", tmp_path / "tasks")
    window.export_report_action.trigger()
    out = tmp_path / "tasks.pdf"
    assert out.exists()
    assert "Saved the task list of Website relaunch (1 page)" in window.statusBar().currentMessage()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "Website relaunch" in text and "Brief" in text and "Build" in text
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        assert "842 x 595" in info  # A4 landscape


def test_the_dialog_starts_on_the_window_scope_and_offers_what_each_report_takes(window, qtbot):
    ws = window.controller.ws
    project = next(iter(ws.projects))
    dialog = ReportDialog(ws, window.proxy.scope, window)
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert (choice.kind, choice.scope) == ("status", ("project", project))
    assert dialog.columns_list.isHidden()
    dialog.select_kind("tasks")
    assert not dialog.columns_list.isHidden()
    assert dialog.choice().columns == ["status", "people", "start", "finish", "duration", "percent"]
    dialog.select_kind("weekly")
    assert dialog.scope_box.itemText(0) == "Whole team"
    dialog.select_kind("board")
    assert dialog.landscape.isChecked()
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("letter"))
    assert dialog.choice().setup.paper == "letter"


def test_print_report_previews_the_report_on_the_printer(window, dialogs, tmp_path):
    dialogs.answer("run", filled_in(lambda d: d.select_kind("status")), False)  # then the preview, closed
    window.print_report_action.trigger()
    (preview,) = dialogs.args("run")[-1]
    assert isinstance(preview, QPrintPreviewDialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.paintRequested.emit(printer)  # what the preview asks for, and what printing from it does
    assert (tmp_path / "printed.pdf").stat().st_size > 5000
    preview.deleteLater()


def test_cancelling_the_dialog_writes_nothing(window, dialogs, tmp_path):
    dialogs.answer("run", False)
    window.export_report_action.trigger()
    assert not dialogs.args("choose_save_file")


def test_each_status_report_exported_lists_what_moved_since_the_one_before(window, dialogs, tmp_path):
    session = window.controller.session
    ws = window.controller.ws
    brief, design = (next(t.id for t in ws.tasks.values() if t.title == name) for name in ("Brief", "Design"))
    window.controller.run(EditTask(brief, start=datetime(2026, 11, 2, 8), duration=480))
    window.controller.run(LinkTasks(brief, design))
    window.controller.run(EditTask(design, duration=960))
    for name in ("first", "second"):
        dialogs.answer("run", filled_in(lambda d: d.select_kind("status")))
        dialogs.answer("choose_save_file", tmp_path / name)
        window.export_report_action.trigger()
        if name == "first":
            assert "First report — nothing to compare." in pdf_text(tmp_path / "first.pdf")
            session.clock = lambda: datetime(2099, 12, 3, 9, 0)  # the next edit comes after the report
            window.controller.run(EditTask(brief, duration=3 * 480))
    text = pdf_text(tmp_path / "second.pdf")
    assert "2 tasks moved." in text
    assert "duration changed on 3 Dec" in text and "moved by the link from Brief on 3 Dec" in text
