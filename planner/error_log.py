"""The error log: the one function that appends the details of an error nobody foresaw to `paths.error_log()`.
The command line's jobs and the window's guard (planner.ui.guard) both write through it. No Qt here."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from planner import __version__, paths


def log_exception(context: str, error: BaseException) -> Path:
    """Append a timestamped header naming `context` and the traceback of `error`; return the log's path.

    Raises OSError when the log cannot be written (a full or read-only data folder): the caller says so instead.
    """
    log = paths.error_log()
    with open(log, "a", encoding="utf-8") as f:
        f.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S}, Planner {__version__}, {context}\n")
        f.write("".join(traceback.format_exception(error)))
    return log
