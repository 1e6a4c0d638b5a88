"""The desktop's file type for workspaces (resources/planner-mime.xml) tells our files from GNOME Planner's, which
use the same `.planner` extension: by SQLite's header plus the application_id Planner writes, read by Qt's own MIME
database (as file managers do) in a fresh process."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.store.workspace_file import WorkspaceFile

ENTRY = Path(__file__).parents[1] / "resources" / "planner-mime.xml"
# What GNOME Planner installs: the same glob, no magic.
GNOME_PLANNER_ENTRY = """<?xml version="1.0"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-planner"><comment>Planner project</comment>
    <glob pattern="*.planner"/><glob pattern="*.mrproject"/></mime-type>
</mime-info>
"""
ASK_QT = """
import sys
from PySide6.QtCore import QMimeDatabase
database = QMimeDatabase()
print(" ".join(database.mimeTypeForFile(path).name() for path in sys.argv[1:]))
"""


def file_types(tmp_path: Path, entries: dict[str, str], files: list[Path]) -> list[str]:
    packages = tmp_path / "data" / "mime" / "packages"
    packages.mkdir(parents=True)
    for name, text in entries.items():
        (packages / name).write_text(text, encoding="utf-8")
    subprocess.run(["update-mime-database", str(packages.parent)], check=True, capture_output=True)
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_DATA_DIRS="/usr/share")
    out = subprocess.run([sys.executable, "-c", ASK_QT, *map(str, files)], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


@pytest.fixture
def files(tmp_path) -> list[Path]:
    ours, theirs = tmp_path / "ours.planner", tmp_path / "theirs.planner"
    WorkspaceFile.open(ours).close()
    theirs.write_text('<?xml version="1.0"?>\n<project name="Q3" mrproject-version="2"/>\n', encoding="utf-8")
    return [ours, theirs]


pytestmark = pytest.mark.skipif(
    not shutil.which("update-mime-database") or not Path("/usr/share/mime/packages/freedesktop.org.xml").exists(),
    reason="needs shared-mime-info (apt-get install shared-mime-info) to build a MIME database",
)


def test_with_gnome_planner_installed_each_file_gets_its_own_type(tmp_path, files):
    entries = {"planner-mime.xml": ENTRY.read_text(encoding="utf-8"), "gnome-planner.xml": GNOME_PLANNER_ENTRY}
    assert file_types(tmp_path, entries, files) == ["application/x-planner-workspace", "application/x-planner"]


def test_a_renamed_workspace_is_still_known_by_its_content(tmp_path, files):
    renamed = files[0].rename(files[0].with_name("ours-copy"))
    entries = {"planner-mime.xml": ENTRY.read_text(encoding="utf-8")}
    assert file_types(tmp_path, entries, [renamed]) == ["application/x-planner-workspace"]
