"""File ▸ Print Report… and Export Report as PDF…: `ReportDialog` chooses the report, its project or area, the
paper and the orientation (and the task list's columns); `print_report` shows Qt's print preview over the chosen
report and `export_report_pdf` writes it to a PDF. The reports themselves live in `planner.reports`; every dialog
goes through planner.ui.dialogs.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.i18n import plural, tr
from planner.core.progress import Cancelled, watching
from planner.reports import REPORTS, SINCE_LAST, ReportError, build_report
from planner.reports.document import PageSetup
from planner.ui import dialogs
from planner.ui.progress import Shown


@dataclass
class ReportChoice:
    kind: str
    scope: tuple[str, int] | None
    setup: PageSetup
    columns: list[str] | None = None


class ReportDialog(QDialog):
    """Which report, of what, on which paper. Edits nothing: `choice()` says what was chosen."""

    def __init__(self, ws, scope=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from planner.reports.registers import DEFAULT_TASK_COLUMNS, TASK_COLUMNS

        self.ws = ws
        self.setWindowTitle(tr("ReportDialog", "Report"))
        self.kind_box = QComboBox()
        for kind in REPORTS.values():
            self.kind_box.addItem(kind.title, kind.name)
        self.scope_box = QComboBox()
        self.scope_box.setMinimumContentsLength(24)
        self.paper_box = QComboBox()
        self.paper_box.addItem(tr("ReportDialog", "A4"), "a4")
        self.paper_box.addItem(tr("ReportDialog", "Letter"), "letter")
        letter = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        self.paper_box.setCurrentIndex(1 if letter else 0)
        self.portrait = QRadioButton(tr("ReportDialog", "Portrait"))
        self.landscape = QRadioButton(tr("ReportDialog", "Landscape"))
        group = QButtonGroup(self)
        group.addButton(self.portrait)
        group.addButton(self.landscape)
        self.portrait.setChecked(True)
        orientation = QHBoxLayout()
        orientation.addWidget(self.portrait)
        orientation.addWidget(self.landscape)
        orientation.addStretch(1)
        self.columns_list = QListWidget()
        for name, column in TASK_COLUMNS.items():
            item = QListWidgetItem(column.title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setCheckState(Qt.CheckState.Checked if name in DEFAULT_TASK_COLUMNS else Qt.CheckState.Unchecked)
            self.columns_list.addItem(item)
        self.columns_list.setMaximumHeight(150)
        self.columns_label = QLabel(tr("ReportDialog", "Columns"))
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("ReportDialog", "Report"), self.kind_box)
        form.addRow(tr("ReportDialog", "Of"), self.scope_box)
        form.addRow(tr("ReportDialog", "Paper"), self.paper_box)
        form.addRow(tr("ReportDialog", "Orientation"), orientation)
        form.addRow(self.columns_label, self.columns_list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        if isinstance(scope, tuple) and scope[0] == "area":
            self.select_kind("weekly")
        self._kind_changed()
        if isinstance(scope, tuple):
            self.select_scope(scope)

    # -- choosing ---------------------------------------------------------------------------------------
    def select_kind(self, name: str) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(name))

    def select_scope(self, scope: tuple[str, int] | None) -> bool:
        index = self.scope_box.findData(scope)
        if index >= 0:
            self.scope_box.setCurrentIndex(index)
        return index >= 0

    def _kind_changed(self) -> None:
        kind = REPORTS[self.kind_box.currentData()]
        previous = self.scope_box.currentData()
        self.scope_box.clear()
        if kind.scope in ("area",):
            self.scope_box.addItem(
                tr("ReportDialog", "Whole team")
                if kind.name in ("weekly", "usage")
                else tr("ReportDialog", "Whole workspace"),
                None,
            )
        if kind.scope in ("project", "either") or kind.name == "board":
            for project in self.ws.ordered("project"):
                self.scope_box.addItem(
                    tr("ReportDialog", "Project: {name}").format(name=project.name), ("project", project.id)
                )
        if kind.scope in ("area", "either"):
            for area in self.ws.ordered("area"):
                self.scope_box.addItem(tr("ReportDialog", "Area: {name}").format(name=area.name), ("area", area.id))
        self.select_scope(previous)
        (self.landscape if kind.landscape else self.portrait).setChecked(True)
        tasks = kind.name == "tasks"
        self.columns_list.setVisible(tasks)
        self.columns_label.setVisible(tasks)
        empty = self.scope_box.count() == 0
        if kind.scope == "project":
            missing = tr("ReportDialog", "There is no project to report on yet.")
        else:
            missing = tr("ReportDialog", "There is no project or area to report on yet.")
        self.empty_label.setText(missing if empty else "")
        self.empty_label.setVisible(empty)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not empty)

    def choice(self) -> ReportChoice:
        kind = self.kind_box.currentData()
        columns = None
        if kind == "tasks":
            columns = [
                self.columns_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.columns_list.count())
                if self.columns_list.item(i).checkState() == Qt.CheckState.Checked
            ]
        setup = PageSetup(self.paper_box.currentData(), self.landscape.isChecked())
        return ReportChoice(kind, self.scope_box.currentData(), setup, columns)


# -- what the window's actions do ---------------------------------------------------------------------------
def ask_report(window) -> ReportChoice | None:
    dialog = ReportDialog(window.controller.ws, getattr(window.proxy, "scope", None), window)
    if not dialogs.run(dialog):
        return None
    return dialog.choice()


def _build(window, choice: ReportChoice):
    session = window.controller.session
    # The status and weekly reports list what moved since the last one made of the same project or area.
    since = session.since_last_report(choice.kind, choice.scope) if choice.kind in SINCE_LAST else None
    try:
        return build_report(session.ws, choice.kind, choice.scope, date.today(), choice.columns, since)
    except ReportError as exc:
        dialogs.warn(window, tr("ReportDialog", "The report could not be made"), str(exc))
        return None


def _made(window, choice: ReportChoice) -> None:
    """Note the report as made, so the next one of its kind and scope lists what moved since."""
    session = window.controller.session
    if choice.kind in SINCE_LAST and not session.read_only:
        session.record_report(choice.kind, choice.scope)


def _painted(parent: QWidget, paint) -> bool:
    """Run `paint` (a report's layout and painting) behind a progress dialog with Cancel, the window answering;
    False when cancelled."""
    with Shown(parent, tr("ReportDialog", "Laying out the report…")) as shown, watching(shown):
        try:
            paint()
        except Cancelled:
            return False
    return True


def print_report(window) -> None:
    """Choose a report, then show it in Qt's print preview, from which it prints (or saves a PDF). A Cancel of
    its painting closes the preview."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from planner.reports.document import paint_report

    choice = ask_report(window)
    report = _build(window, choice) if choice is not None else None
    if report is None:
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(choice.setup.page_layout())
    printer.setDocName(f"{report.title} — {report.scope}")
    preview = QPrintPreviewDialog(printer, window)
    preview.setWindowTitle(f"{report.title}: {report.scope}")

    def paint(device) -> None:
        if not _painted(preview, lambda: paint_report(report, device)):
            QTimer.singleShot(0, preview, preview.reject)  # not from inside the preview's own painting

    preview.paintRequested.connect(paint)
    if dialogs.run(preview):
        _made(window, choice)


def _write_beside(window, report, path: Path, setup: PageSetup):
    """Write `report` as a PDF at `path` behind a progress dialog; its RenderInfo, or None when cancelled. Written
    in a folder of its own beside the target and moved over it when done: a cancelled or failed report leaves no
    file, or the one that was there as it was."""
    from planner.reports.document import write_pdf

    folder = Path(tempfile.mkdtemp(prefix=".planner-report-", dir=path.parent))
    try:
        written = []
        if not _painted(window, lambda: written.append(write_pdf(report, folder / path.name, setup))):
            return None
        os.replace(folder / path.name, path)
        return written[0]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def export_report_pdf(window) -> Path | None:
    """Choose a report and a file, and write the report there as a PDF."""

    choice = ask_report(window)
    report = _build(window, choice) if choice is not None else None
    if report is None:
        return None
    folder = window.controller.file.path.parent if window.controller.file is not None else Path.home()
    suggested = folder / f"{report.title} - {report.scope}.pdf".replace("/", "-")
    path = dialogs.choose_save_file(
        window, tr("ReportDialog", "Export report as PDF"), str(suggested), tr("ReportDialog", "PDF document (*.pdf)")
    )
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    try:
        info = _write_beside(window, report, path, choice.setup)
    except OSError as exc:
        dialogs.warn(window, tr("ReportDialog", "The report could not be saved"), str(exc))
        return None
    if info is None:
        window.statusBar().showMessage(
            tr("ReportDialog", "Report to {name} cancelled: the file was not written").format(name=path.name), 5000
        )
        return None
    _made(window, choice)
    window.statusBar().showMessage(
        # {report} is the title in lower case, to run on in an English sentence; {title} as written, for languages
        # that capitalise nouns or quote it.
        tr("ReportDialog", "Saved the {report} of {scope} ({pages}) as {path}").format(
            report=report.title.lower(),
            title=report.title,
            scope=report.scope,
            pages=plural("%n page(s)", None, info.pages),
            path=path,
        ),
        8000,
    )
    return path
