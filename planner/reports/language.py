"""The language of a headless report: `planner report` starts no window, so it installs the translator itself when
the system speaks a language Planner has (German, French); the window installs its own, from the user's choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from planner.core import i18n
from planner.paths import resources_dir


def use_system_language(app: QCoreApplication, locale: QLocale | None = None,
                        folder: Path | None = None) -> QTranslator | None:  # fmt: skip
    """Install `planner_<lang>.qm` for `locale` (the default locale: the system's unless a test sets another) from
    `folder` (resources/i18n) in `app` and hand it to `tr` and `plural`; None, and text stays English, when there
    is none for that language. Qt tries each of the locale's languages in turn (de_AT, then de)."""
    translator = QTranslator(app)
    folder = folder or resources_dir() / "i18n"
    if not translator.load(locale or QLocale(), "planner", "_", str(folder)):
        return None
    app.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    return translator
