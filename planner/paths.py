"""Where Planner keeps things: its resources, the user's data folder, the default workspace and backups.

`PLANNER_DATA_DIR` overrides the data folder (tests and portable installs use it).
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "Planner"


@cache
def resources_dir() -> Path:
    """resources/ beside the package in a source checkout, inside it when installed or frozen. Found once: the
    installation does not move while it runs, and the first paint alone reads ~30 icons (each look-up resolved the
    package's path and asked the disk, ~25 µs)."""
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    if hasattr(sys, "_MEIPASS"):
        candidates.insert(0, Path(sys._MEIPASS) / "planner" / "resources")
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("Planner's resources folder is missing from this installation")


def data_dir() -> Path:
    override = os.environ.get("PLANNER_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def error_log() -> Path:
    """Where the command line and the window write the details of an error nobody foresaw (planner.error_log)."""
    return data_dir() / "errors.log"


def default_workspace() -> Path:
    return data_dir() / "My workspace.planner"


def sample_workspace() -> Path:
    return data_dir() / "Sample.planner"


def backups_dir(workspace: Path) -> Path:
    """One folder of backups per workspace file, named after it (and its full path, to tell namesakes apart)."""
    digest = hashlib.sha1(str(workspace.resolve()).encode()).hexdigest()[:8]
    return data_dir() / "backups" / f"{workspace.stem}-{digest}"
