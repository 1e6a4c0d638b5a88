"""The language of the window: which one the user chose (or the system's), and Qt's translators for it.

Our own text is compiled from resources/i18n/*.ts into `planner_<lang>.qm` there; Qt's own dialogs and buttons
take `qtbase_<lang>.qm` from Qt's translations folder (bundled by build.spec in the installed app). Each is
installed as the headless report installs its own (planner.reports.language), which hands
`QCoreApplication.translate` to planner.core.i18n, so every layer's `tr` and `plural` follow. The language is chosen
once, at start-up: a change in the View menu applies when Planner starts again.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from planner.core import i18n
from planner.reports.language import install_translator, translations_dir

SYSTEM = "system"
ENGLISH = "en"
# Each language named in itself, as language pickers do, so a user lost in a foreign UI finds theirs.
LANGUAGES = {ENGLISH: "English", "de": "Deutsch", "fr": "Français"}
SETTING = "language"


def chosen(settings: QSettings) -> str:
    """The user's choice: SYSTEM or a key of LANGUAGES."""
    value = str(settings.value(SETTING, SYSTEM))
    return value if value in LANGUAGES else SYSTEM


def resolve(choice: str, ui_languages: list[str] | None = None) -> str:
    """The language to show for `choice`: the first of the system's languages we have, else English."""
    if choice in LANGUAGES:
        return choice
    for name in QLocale().uiLanguages() if ui_languages is None else ui_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own .qm files are: Qt's folder, and in the installed app the copy build.spec bundles."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if hasattr(sys, "_MEIPASS"):
        dirs.append(Path(sys._MEIPASS) / "PySide6" / "Qt" / "translations")
    return dirs


def install(language: str) -> list[QTranslator]:
    """Install the translators for `language` in the running application; English installs none.

    Returns the translators, which must stay alive as long as they are installed (the application keeps them).
    """
    app = QCoreApplication.instance()
    for old in getattr(app, "_planner_translators", []):
        app.removeTranslator(old)
    i18n.install(None)  # English until a translator is installed
    translators = []
    if language != ENGLISH:
        sources = [(f"planner_{language}", [translations_dir()]), (f"qtbase_{language}", qt_translations_dirs())]
        for name, folders in sources:
            translator = install_translator(app, lambda t, n=name, dirs=folders: any(t.load(n, str(d)) for d in dirs))
            if translator is not None:
                translators.append(translator)
    app._planner_translators = translators
    return translators
