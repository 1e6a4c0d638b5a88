"""Installing Planner's translations with Qt, the one way for the window and for a headless report.

`install_translator` loads a `.qm` file into a translator, installs it in the application and hands
`QCoreApplication.translate` to planner.core.i18n, so every layer's `tr` and `plural` follow. The window
(planner.ui.language) installs the language the user chose; `planner report` starts no window, so it installs the
system's language itself when Planner has it (German, French) with `use_system_language`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from planner.core import i18n
from planner.paths import resources_dir


def translations_dir() -> Path:
    """Where our own text compiled from resources/i18n/*.ts (`planner_<lang>.qm`) is."""
    return resources_dir() / "i18n"


def install_translator(app: QCoreApplication, load: Callable[[QTranslator], bool]) -> QTranslator | None:
    """A translator filled by `load` (one of `QTranslator.load`'s ways: by file name or by locale), installed in
    `app` and handed to `tr` and `plural`; None, and nothing installed, when `load` finds no file."""
    translator = QTranslator(app)
    if not load(translator):
        return None
    app.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    return translator


def use_system_language(app: QCoreApplication, locale: QLocale | None = None,
                        folder: Path | None = None) -> QTranslator | None:  # fmt: skip
    """Install `planner_<lang>.qm` for `locale` (the default locale: the system's unless a test sets another) from
    `folder` (resources/i18n) in `app`; None, and text stays English, when there is none for that language. Qt tries
    each of the locale's languages in turn (de_AT, then de)."""
    folder = folder or translations_dir()
    return install_translator(app, lambda t: t.load(locale or QLocale(), "planner", "_", str(folder)))
