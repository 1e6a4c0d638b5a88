"""The one way every layer marks text for translation.

The domain has no Qt, so the window installs Qt's translator here when it starts (`install`); until then, and in
the headless jobs that do not install one, text stays English. Qt's `pyside6-lupdate` finds the marked text with
`-tr-function-alias translate+=tr,tr+=plural`: `tr(context, text)` reads like `QCoreApplication.translate`, and
`plural(text, disambiguation, n)` like a class's `tr(text, disambiguation, n)`, the only spelling lupdate's Python
reader marks as numerus (it files those under the empty context).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translate = Callable[[str, str, "str | None", int], str]

_translate: Translate | None = None


def install(translate: Translate | None) -> None:
    """Use `translate(context, text, disambiguation, n)` from now on; None goes back to English."""
    global _translate
    _translate = translate


def tr(context: str, text: str, disambiguation: str | None = None) -> str:
    if _translate is None:
        return text
    return _translate(context, text, disambiguation, -1)


def plural(text: str, disambiguation: str | None, n: int) -> str:
    """`text` holds `%n` and its English plural as `(s)`, as in "%n task(s)"."""
    result = text if _translate is None else _translate("", text, disambiguation, n)
    # Qt fills %n in an untranslated text; the English plural is ours to make.
    return _english_plural(result.replace("%n", str(n)), n)


_PLURAL_MARK = re.compile(r"\((s|es)\)")


def _english_plural(text: str, n: int) -> str:
    return _PLURAL_MARK.sub("" if n == 1 else r"\1", text)
