"""No string literal reaches a Qt text setter unwrapped in planner/ui: every shown text goes through tr or plural;
and no tr or plural hides inside an f-string anywhere in planner/, where lupdate cannot find it.

An AST check, so it covers code no test runs. A literal counts when it is the text itself, or part of it (an
f-string, a `"a" + b`, either branch of `x if c else y`); a call around it (tr, plural, str.format on tr) makes
it translated. Folders other helpers are still translating are listed in NOT_YET until their work is merged.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "planner" / "ui"
# Translated on other branches (issue 18's "views" area); the integrator empties this list after merging.
NOT_YET: list[str] = []

# Methods whose every string argument is shown text.
TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setPlaceholderText",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setIconText",
    "setLabelText",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "setTabText",
    "setTabToolTip",
    "setItemText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setFormat",
    "showMessage",
    "setInformativeText",
    "setDetailedText",
    "setButtonText",
    "addRow",
    "setHeaderLabel",
    "show_message",
}
# Methods and constructors whose first string argument is shown text (a later one may be data or a key).
FIRST_TEXT = {
    "addAction",
    "addMenu",
    "addTab",
    "insertTab",
    "addItem",
    "insertItem",
    "addButton",
    "addSection",
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QAction",
    "QCheckBox",
    "QGroupBox",
    "QRadioButton",
    "QMenu",
    "QTreeWidgetItem",
    "QListWidgetItem",
    "QStandardItem",
    "QCommandLinkButton",
    "QToolBar",
    "QDockWidget",
}
# Keyword arguments that set a shown Qt property.
TEXT_PROPERTIES = {
    "text", "title", "windowTitle", "toolTip", "statusTip", "whatsThis", "placeholderText", "accessibleName",
    "accessibleDescription", "specialValueText",
}  # fmt: skip
AFFIXES = {"prefix", "suffix"}
# Our own helpers that put their string arguments in front of the user (planner/ui/dialogs.py and friends).
HELPERS = {
    "tell",
    "warn",
    "about",
    "ask_yes_no",
    "ask_text",
    "ask_number",
    "ask_choice",
    "choose_color",
    "choose_open_file",
    "choose_save_file",
    "ValidationError",
}


def _shows_bare_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_shows_bare_text(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _shows_bare_text(node.left) or _shows_bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return _shows_bare_text(node.body) or _shows_bare_text(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_shows_bare_text(item) for item in node.elts)
    return False


def _is_text(node: ast.AST) -> bool:
    """Whether `node` reads as text rather than an icon, a widget or data: a literal, or a translation."""
    if isinstance(node, ast.Call):
        return _name(node.func) in ("tr", "plural", "format")
    return isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp | ast.IfExp)


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def untranslated(source: str) -> list[tuple[int, str]]:
    """(line, call name) of every call in `source` that shows a bare literal."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in TEXT_SETTERS or name in HELPERS:
            shown = [*node.args, *(keyword.value for keyword in node.keywords if keyword.arg != "parent")]
            if name in HELPERS:  # the file dialogs' start folder or suggested name is data
                shown = shown[:3] if name.startswith("choose_") and name.endswith("file") else shown
                shown = shown[:2] if name.startswith("choose_") else shown
        elif name in FIRST_TEXT:
            shown = [arg for arg in node.args if _is_text(arg)][:1]
        else:
            shown = []
        # Qt properties given to a constructor: QToolButton(text="Today"), QLabel(toolTip="…").
        qt_class = name.startswith("Q")  # prefix= and suffix= are other things elsewhere (tempfile.mkdtemp)
        shown += [kw.value for kw in node.keywords if kw.arg in TEXT_PROPERTIES or (qt_class and kw.arg in AFFIXES)]
        if any(_shows_bare_text(arg) for arg in shown):
            found.append((node.lineno, name))
    return found


def _checked_files() -> list[Path]:
    return sorted(
        path for path in UI.rglob("*.py") if path.relative_to(UI).parts[0] not in NOT_YET or path.parent == UI
    )


def test_the_check_finds_bare_text_and_lets_translated_text_pass():
    source = """
label = QLabel("Start")
label.setToolTip(f"Due {day}")
button.setText("A" if flag else tr("X", "B"))
menu.addAction(icon, "Delete…", slot)
combo.addItem(tr("Prefs", "System"), "system")
dialogs.warn(self, tr("Errors", "Oops"), str(exc))
box.setTitle(tr("Editor", "Notes {n}").format(n=n))
status.showMessage(plural("%n task(s)", None, n))
today = QToolButton(text="Today", checkable=True)
"""
    found = [(2, "QLabel"), (3, "setToolTip"), (4, "setText"), (5, "addAction"), (10, "QToolButton")]
    assert untranslated(source) == found


@pytest.mark.parametrize("path", _checked_files(), ids=lambda path: str(path.relative_to(UI)))
def test_no_bare_literal_reaches_a_text_setter(path):
    found = untranslated(path.read_text(encoding="utf-8"))
    assert not found, "\n".join(f"{path.name}:{line}: a literal reaches {name} untranslated" for line, name in found)


def hidden_from_lupdate(source: str) -> list[int]:
    """Lines of tr and plural calls inside an f-string's braces, where pyside6-lupdate does not look: their text
    would never reach the .ts files. Take the call out into a variable first."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FormattedValue):
            calls = (inner for inner in ast.walk(node.value) if isinstance(inner, ast.Call))
            found += [call.lineno for call in calls if _name(call.func) in ("tr", "plural")]
    return found


def test_the_check_finds_a_translation_inside_an_f_string():
    assert hidden_from_lupdate('x = f"{plural(\'%n day(s)\', None, n)} left"\ny = tr("A", "B")\n') == [1]


@pytest.mark.parametrize("path", sorted(UI.parent.rglob("*.py")), ids=lambda path: str(path.relative_to(UI.parent)))
def test_no_translation_hides_in_an_f_string(path):
    assert not hidden_from_lupdate(path.read_text(encoding="utf-8")), f"{path.name}: tr/plural inside an f-string"
