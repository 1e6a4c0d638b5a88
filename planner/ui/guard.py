"""The guard around Python code that Qt calls: every override of a Qt virtual (paint, data, event handlers…)
carries `@guarded`, and `install_hooks` catches what slots and threads raise. A failure is logged with its
traceback (planner.error_log), the user is told once, in the window's message bar, and Qt gets a harmless answer.

Why: with PySide6 6.11 an exception escaping a Python override of a Qt virtual can kill the process (a year-9999
date made `planner --screenshot … --view gantt` die with SIGSEGV, 3 runs of 3), and a slot's exception is only
printed. Never open a dialog from here: a paint that fails fails again on every frame.
"""

from __future__ import annotations

import contextlib
import functools
import sys
import threading
import traceback

from PySide6.QtCore import QObject, QtMsgType, Signal, qFormatLogMessage, qInstallMessageHandler

from planner.core.i18n import tr
from planner.error_log import log_exception

# What the user is told the failure interrupted, by the package the override lives in.
_PLACES = {
    "planner.ui.board": "the board",
    "planner.ui.calendar": "the calendar",
    "planner.ui.dashboard": "the dashboard",
    "planner.ui.gantt": "the Gantt chart",
    "planner.ui.project": "the project view",
    "planner.ui.usage": "resource usage",
    "planner.ui.models": "the task list",
    "planner.ui.delegates": "the task list",
}


def _doing_texts() -> dict[str, str]:
    """What the user is told a failure interrupted (`doing` below), in the current language: translated when told,
    as `doing` is made when a module is imported."""
    texts = {
        "in the window": tr("Errors", "in the window"),
        "drawing the window": tr("Errors", "drawing the window"),
        "in the background": tr("Errors", "in the background"),
        "in the board": tr("Errors", "in the board"),
        "drawing the board": tr("Errors", "drawing the board"),
        "in the calendar": tr("Errors", "in the calendar"),
        "drawing the calendar": tr("Errors", "drawing the calendar"),
        "in the dashboard": tr("Errors", "in the dashboard"),
        "drawing the dashboard": tr("Errors", "drawing the dashboard"),
        "in the Gantt chart": tr("Errors", "in the Gantt chart"),
        "drawing the Gantt chart": tr("Errors", "drawing the Gantt chart"),
        "in the project view": tr("Errors", "in the project view"),
        "drawing the project view": tr("Errors", "drawing the project view"),
        "in resource usage": tr("Errors", "in resource usage"),
        "drawing resource usage": tr("Errors", "drawing resource usage"),
        "in the task list": tr("Errors", "in the task list"),
        "drawing the task list": tr("Errors", "drawing the task list"),
    }
    return texts


# Overrides that compute what a view shows; any other override answers an event or applies an edit.
_DRAWING = {
    "paint", "paintEvent", "drawBackground", "drawForeground", "data", "multiData", "headerData", "flags",
    "rowCount", "columnCount", "index", "parent", "hasChildren", "sizeHint", "minimumSizeHint", "filterAcceptsRow",
    "lessThan", "resizeEvent", "showEvent",
}  # fmt: skip


class ErrorReport(QObject):
    """What the guard and the hooks caught in this process. Each distinct failure (same place, same exception
    type, same line) is logged once: a paint that fails fails on every frame, and the log must not grow by a
    traceback a frame. The user is told once, through `failed`, at the first failure."""

    failed = Signal(str)  # what to tell the user: emitted once, at the first failure

    def __init__(self) -> None:
        super().__init__()
        self.failures: list[str] = []  # each distinct failure caught, as "where: Type: message"
        self._seen: set[tuple] = set()

    def catch(self, where: str, doing: str, error: BaseException) -> None:
        """Log `error`, raised in `where` while `doing` something (text for the user), unless the same failure
        was logged already; tell the user at the first failure."""
        innermost = error.__traceback__
        while innermost is not None and innermost.tb_next is not None:  # cheap: a failing data() repeats per cell
            innermost = innermost.tb_next
        key = (where, type(error), innermost and (innermost.tb_frame.f_code, innermost.tb_lineno))
        if key in self._seen:
            return
        self._seen.add(key)
        # Nothing here may raise, or the exception would reach Qt after all: traceback's own text for the error
        # (an exception whose str() fails still gets one), and a closed stderr (`planner … 2>&1 | head`) ignored.
        what = traceback.format_exception_only(error)[-1].strip()
        self.failures.append(f"{where}: {what}")
        try:
            log = log_exception(where, error)
            details = f"the details are in {log}"
            told = tr("Errors", "the details are in {path}").format(path=log)
        except OSError as log_failure:
            details = f"the details could not be logged ({log_failure})"
            told = tr("Errors", "the details could not be logged ({problem})").format(problem=log_failure)
        with contextlib.suppress(OSError, ValueError):
            print(f"planner: {where} failed ({what}); {details}", file=sys.stderr)  # the log's English
        if len(self.failures) == 1:
            doing = _doing_texts().get(doing, doing)
            self.failed.emit(tr("Errors", "Something went wrong {doing}; {details}.").format(doing=doing, details=told))


# The one report of the process (tests put a fresh one in place for each test).
report = ErrorReport()


def guarded(method=None, *, default=None):
    """Decorate a Python override of a Qt virtual: an exception it raises is caught and reported, and Qt gets
    `default` back (None for data() or a paint, False for a handler that returns bool, 0 for rowCount…).

        @guarded
        def paintEvent(self, event) -> None: …

        @guarded(default=0)
        def rowCount(self, parent=QModelIndex()) -> int: …
    """
    if method is None:
        return functools.partial(guarded, default=default)
    where = f"{method.__module__}.{method.__qualname__}"
    place = next((text for package, text in _PLACES.items() if method.__module__.startswith(package)), "the window")
    doing = f"drawing {place}" if method.__name__ in _DRAWING else f"in {place}"

    # Positional arguments only, as Qt passes them (so must Python callers): a table frame while scrolling makes
    # about 5,200 guarded calls (data 1,800, index 1,200, parent 1,100, flags 560, paint 260, multiData 260).
    # This wrapper adds ~50 ns a call (~0.25 ms a frame); taking keywords too made it ~115 ns (~0.6 ms).
    @functools.wraps(method)
    def guard(*args):
        try:
            return method(*args)
        except Exception as error:
            report.catch(where, doing, error)
            return default

    return guard


# Qt's offscreen platform (screenshots, tests) says this each time a window's layout sets its minimum size, which
# every window.show() does; the X11 and Wayland platforms pass size hints on, so it is noise, never a fault.
_QT_NOISE = "This plugin does not support propagateSizeHints()"


def _qt_message(kind: QtMsgType, context, message: str) -> None:
    """Print Qt's messages as Qt does, but for the one that is only noise."""
    if message == _QT_NOISE:
        return
    with contextlib.suppress(OSError, ValueError):
        print(qFormatLogMessage(kind, context, message), file=sys.stderr)


def install_hooks() -> None:
    """Report what a slot or a thread raises the same way (PySide only prints a slot's exception), then let the
    previous hook print it as before. Qt's own messages go to stderr as before, without its offscreen noise."""
    qInstallMessageHandler(_qt_message)
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook

    def excepthook(kind, error, tb) -> None:
        if isinstance(error, Exception):
            report.catch("uncaught, in a slot or callback (sys.excepthook)", "in the window", error)
        previous_hook(kind, error, tb)

    def thread_excepthook(args) -> None:
        if isinstance(args.exc_value, Exception):
            report.catch(f"the thread {args.thread.name if args.thread else '?'}", "in the background", args.exc_value)
        previous_thread_hook(args)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
