"""Where the real files from other tools are: `shared/data` beside the repository (as laid for CI and
developers), or `PLANNER_SHARED_DATA`. Tests use them as they are, and skip, saying how to get them, in a clone
that has no such folder beside it."""

import os
from pathlib import Path

import pytest

SHARED_DATA = Path(os.environ.get("PLANNER_SHARED_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data")

needs_shared_data = pytest.mark.skipif(
    not SHARED_DATA.is_dir(),
    reason=f"the files from MS Project, GanttProject and calendar apps are not in {SHARED_DATA}: put the team's"
    " shared folder beside the repository (../shared/data) or set PLANNER_SHARED_DATA to its data folder",
)
