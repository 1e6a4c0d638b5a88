"""The views area's translations compiled for a test, and installed as the report job installs them (the .qm the
app ships is built from every area's .ts; a test of the views area needs only its own)."""

import shutil
import subprocess
import sys
from pathlib import Path

from planner.core import i18n
from planner.reports.language import use_system_language

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"


def compile_views(folder: Path) -> Path:
    """views_<lang>.ts compiled into `folder`/planner_<lang>.qm for German and French."""
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"  # the virtual environment's, not on PATH
    lrelease = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")
    for lang in ("de", "fr"):
        subprocess.run([lrelease, str(I18N / f"views_{lang}.ts"), "-qm", str(folder / f"planner_{lang}.qm")],
                       check=True, capture_output=True)  # fmt: skip
    return folder


class Speaking:
    """Installs the translator for a language; `undo` takes every one out again, so no other test runs
    translated."""

    def __init__(self, app, folder: Path) -> None:
        self.app, self.folder, self.installed = app, folder, []

    def __call__(self, language):
        from PySide6.QtCore import QLocale

        translator = use_system_language(self.app, QLocale(language), self.folder)
        if translator is not None:
            self.installed.append(translator)
        return translator

    def undo(self) -> None:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        i18n.install(None)
