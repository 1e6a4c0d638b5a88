"""Where the real files from other tools are: `shared/data` beside the repository (as laid for CI and
developers), or `PLANNER_SHARED_DATA`. Tests use them as they are."""

import os
from pathlib import Path

SHARED_DATA = Path(os.environ.get("PLANNER_SHARED_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data")
