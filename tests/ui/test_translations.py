"""The translations: complete and compiled (resources/i18n), loaded for the chosen language (planner/ui/language.py),
and the window in German and French with no text cut off.

German words are long: every view is shown at the window's default size in German and every label, button,
check box, group box title, tab and header section must fit its text.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from planner.core import i18n
from planner.ui import language, theme
from planner.ui.views import VIEWS

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
TS_FILES = sorted(I18N.glob("*.ts"))
# A translation may use a value the code passes besides those of the English text (see report_dialog.py).
# Values the code passes besides those the English text names, for languages that word it another way
# (planner/core/recurrence.py: "am 15. März" needs the bare day, not "the 15th").
EXTRA_PLACEHOLDERS = {
    "Saved the {report} of {scope} ({pages}) as {path}": {"{title}"},
    "{every} on {days} {month}": {"{dates}"},
    "the {ordinal}": {"{day}"},
}


def _update_module():
    spec = importlib.util.spec_from_file_location("i18n_update", I18N / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _update_module()


def _qt_tools() -> None:
    try:
        update.tool("pyside6-lupdate"), update.tool("pyside6-lrelease")
    except SystemExit as exc:
        pytest.skip(str(exc))


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


# -- the language chosen ---------------------------------------------------------------------------------------
def test_the_system_language_is_followed_when_we_have_it():
    assert language.resolve("system", ["fr-CA", "en-US"]) == "fr"
    assert language.resolve("system", ["ja-JP", "de-AT", "fr"]) == "de"
    assert language.resolve("system", ["ja-JP"]) == "en"
    assert language.resolve("de", ["fr-FR"]) == "de"  # a choice in the View menu wins over the system


def test_the_choice_is_read_from_the_settings(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert language.chosen(settings) == language.SYSTEM
    settings.setValue(language.SETTING, "fr")
    assert language.chosen(settings) == "fr"
    settings.setValue(language.SETTING, "xx")  # a language this version no longer ships
    assert language.chosen(settings) == language.SYSTEM


def test_the_language_menu_remembers_the_choice_for_the_next_start(window):
    window.language_actions["de"].trigger()
    assert window.settings.value(language.SETTING) == "de"
    assert window.language_actions["de"].isChecked()
    assert "starts again" in window.statusBar().currentMessage()
    assert window.undo_action.text() == "&Undo"  # nothing changes until Planner starts again


@pytest.fixture
def german(qapp):
    language.install("de")
    yield
    language.install(language.ENGLISH)


@pytest.fixture
def french(qapp):
    language.install("fr")
    yield
    language.install(language.ENGLISH)


def test_installing_a_language_translates_ours_and_qts_own_text(german):
    assert i18n.tr("MainWindow", "&File") == "&Datei"
    assert i18n.plural("%n task(s)", None, 1) == "1 Aufgabe"
    assert i18n.plural("%n task(s)", None, 3) == "3 Aufgaben"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # qtbase_de.qm
    language.install(language.ENGLISH)
    assert i18n.tr("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


# -- the translation files -------------------------------------------------------------------------------------
@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.name)
def test_no_text_is_missing_or_unfinished(ts, tmp_path):
    """lupdate run again over the code into a copy finds nothing new, and every text has its translation."""
    _qt_tools()
    area, lang = ts.stem.rsplit("_", 1)
    assert area in update.AREAS, f"{ts.name}: add the area {area!r} and its source folders to AREAS in update.py"
    shutil.copy(ts, tmp_path / ts.name)
    report = update.update(area, lang, folder=tmp_path)
    assert re.search(r"\(0 new and \d+ already existing\)", report), report
    assert (tmp_path / ts.name).read_bytes() == ts.read_bytes(), f"{ts.name} is not up to date: run update.py"
    for context, message in _messages(ts):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") is None, f"{context}: {source!r} is {translation.get('type')}"
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form.strip(), f"{context}: {source!r} has no translation"
            allowed = set(re.findall(r"\{\w+\}", source)) | EXTRA_PLACEHOLDERS.get(source, set())
            assert set(re.findall(r"\{\w+\}", form)) <= allowed, f"{context}: {form!r} names a value {source!r} lacks"
            assert ("&" in source.replace("&&", "")) == ("&" in form.replace("&&", "")), f"{context}: {form!r}"
            assert source.endswith("…") == form.endswith("…"), f"{context}: {form!r}"


@pytest.mark.parametrize("lang", update.LANGUAGES)
def test_the_committed_qm_is_what_the_ts_files_compile_to(lang, tmp_path):
    _qt_tools()
    built = update.compile_language(lang, out=tmp_path)
    assert built.read_bytes() == (I18N / built.name).read_bytes(), f"{built.name} is stale: run update.py --compile"


@pytest.mark.parametrize("lang", update.LANGUAGES)
def test_accelerators_do_not_collide_within_a_menu(lang, make_window, workspace_path):
    language.install(lang)
    try:
        window = make_window(workspace_path)
        menus = [action.menu() for action in window.menuBar().actions()]
        for menu in [window.menuBar(), *menus]:
            keys = [_accelerator(action.text()) for action in menu.actions() if action.text()]
            keys = [key for key in keys if key]
            assert len(keys) == len(set(keys)), f"{menu.title() or 'menu bar'}: {keys}"
    finally:
        language.install(language.ENGLISH)


def _accelerator(text: str) -> str:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else ""


# -- the window in German and French ---------------------------------------------------------------------------
def _elided_by_design(window, widget: QWidget) -> bool:
    """Widgets that show less than their text on purpose: the status bar's workspace path (a long path gives way
    to the counts), and tool buttons shown as icons alone (their text is the tool tip; FittingToolBar drops the
    view switcher's names when the window is too narrow for them)."""
    if widget is getattr(window, "path_label", None):
        return True
    return isinstance(widget, QToolButton) and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly


def _clipped(window) -> list[str]:
    """What in the window shows less than its text: labels, buttons, group boxes, tabs, toolbars, header sections."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1 or _elided_by_design(window, widget):
            continue
        metrics = widget.fontMetrics()
        where = f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}"
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and widget.pixmap().isNull():
            text = widget.text()
            if "<" in text:
                continue  # rich text lays itself out
            if widget.buddy() is not None:  # "&Name": the & marks the shortcut, shown as an underline
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            for line in text.splitlines():
                need = metrics.horizontalAdvance(line)
                if need > widget.contentsRect().width() + 1:
                    found.append(f"{where}: “{line}” needs {need} px, has {widget.contentsRect().width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < widget.sizeHint().width():
                found.append(f"{where}: “{widget.text()}” needs {widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            if metrics.horizontalAdvance(widget.title()) > widget.contentsRect().width():
                found.append(f"{where}: group “{widget.title()}”")
        elif isinstance(widget, QToolBar):
            hidden = [a.text() for a in widget.actions() if a.isVisible() and not widget.widgetForAction(a).isVisible()]
            if hidden:
                found.append(f"{where}: no room for {hidden}")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i) and widget.tabRect(i).width() < widget.tabSizeHint(i).width() - 1:
                    found.append(f"{where}: tab “{widget.tabText(i)}”")
        elif isinstance(widget, QHeaderView) and widget.orientation() == widget.orientation().Horizontal:
            model = widget.model()
            for section in range(widget.count()):
                if widget.isSectionHidden(section) or widget.sectionSize(section) == 0:
                    continue
                text = str(model.headerData(section, widget.orientation()) or "")
                need = metrics.horizontalAdvance(text) + 12  # the section's padding (theme.py's style sheet)
                if text and widget.sectionSize(section) < need:
                    found.append(f"{where}: header “{text}” needs {need} px, has {widget.sectionSize(section)}")
    return found


def _sample_window(make_window, tmp_path):
    theme.apply_theme(QApplication.instance(), "light")  # as the app starts: its style sheet pads buttons and headers
    window = make_window(tmp_path / "sample.planner", sample=True)
    window.resize(1360, 860)  # the size a first start opens at (MainWindow.restore_state)
    return window


@pytest.fixture(params=["de", "fr"])
def translated(request, qapp):
    """German first: its words are the longest; French too, whose phrases are."""
    language.install(request.param)
    yield request.param
    language.install(language.ENGLISH)


@pytest.mark.parametrize("name", [spec.name for spec in VIEWS])
def test_every_view_shows_its_whole_text(translated, restored_look, make_window, tmp_path, name):
    window = _sample_window(make_window, tmp_path)
    window.show_view(name)
    if getattr(window.view(), "shows_one_project", False):
        window.sidebar.select_scope(("project", window.controller.ws.ordered("project")[0].id))
    for _ in range(3):
        QApplication.processEvents()
    assert window.view_switch_actions[name].text() != ""  # the switcher's titles come from the translation
    assert not _clipped(window), "\n".join(_clipped(window))


def _dialogs(window) -> dict:
    """The window's dialogs, made as its menus make them (shown, not run: nothing waits for an answer)."""
    from planner.ui.assignments import AssignPeopleDialog
    from planner.ui.labels_dialog import LabelsDialog
    from planner.ui.new_project_dialog import NewProjectDialog
    from planner.ui.report_dialog import ReportDialog
    from planner.ui.rules_dialog import RulesDialog
    from planner.ui.shortcuts_dialog import ShortcutsDialog, shortcut_rows
    from planner.ui.working_time import WorkingTimeDialog

    controller = window.controller
    return {
        "rules": lambda: RulesDialog(controller, window),
        "working time": lambda: WorkingTimeDialog(controller.ws.calendar, window),
        "new project": lambda: NewProjectDialog(controller.ws, controller.today(), window),
        "labels": lambda: LabelsDialog(controller, window),
        "report": lambda: ReportDialog(controller.ws, None, window),
        "assign people": lambda: AssignPeopleDialog(controller.ws, 2, window),
        "keyboard shortcuts": lambda: ShortcutsDialog(shortcut_rows(window), window),
    }


def test_every_dialog_shows_its_whole_text(translated, restored_look, make_window, tmp_path):
    window = _sample_window(make_window, tmp_path)
    clipped = []
    for name, make in _dialogs(window).items():
        dialog = make()
        dialog.show()
        QApplication.processEvents()
        clipped += [f"{name}: {problem}" for problem in _clipped(dialog)]
        dialog.close()
        dialog.deleteLater()
    assert not clipped, "\n".join(clipped)


def test_the_window_in_french(french, restored_look, make_window, tmp_path):
    window = _sample_window(make_window, tmp_path)
    assert [action.text() for action in window.menuBar().actions()] == [
        "&Fichier",
        "&Édition",
        "&Scénarios",
        "&Affichage",
        "A&ide",
    ]
    for spec in VIEWS:
        window.show_view(spec.name)
        QApplication.processEvents()
    assert window.view_switch_actions["history"].text() == "Historique"
    assert "tâches" in window.count_label.text()
    window.show_view("table")
    assert window.view().model().headerData(0, window.view().column_header().orientation()) == "Tâche"


def test_a_screenshot_in_german(tmp_path):
    """`planner --language de` (docs/screenshots/translated.sh): a screenshot is English unless asked."""
    out = tmp_path / "table-de.png"
    env = {**os.environ, "PLANNER_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "fr"}
    command = [sys.executable, "-m", "planner", "--sample", "--view", "table", "--language", "de"]
    result = subprocess.run([*command, "--screenshot", str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
