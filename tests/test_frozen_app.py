"""The installed app: build.spec makes a PyInstaller folder that starts like the installed package.

The frozen app's tests need a build (about half a minute), so they are skipped unless PyInstaller is
installed (`pip install ".[build]"`; the build then happens here, once per run) or PLANNER_FROZEN_APP
names an app already built (CI builds `dist/Planner` in .ci/run and points this file at it).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_text import pdf_text

from planner import __version__
from planner.store import migrations

ROOT = Path(__file__).resolve().parents[1]
# DESIGN.md's budget: Qt's ICU (38 MB) and numpy's OpenBLAS (26 MB) cannot be left out, and the build is 179 MB
# (docs/PERFORMANCE.md, "Installed app"). .ci/run checks the download (tar.xz and zip, 75 MB each).
SIZE_LIMIT_MB = 185
EXE = "Planner.exe" if sys.platform == "win32" else "Planner"


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory) -> Path:
    given = os.environ.get("PLANNER_FROZEN_APP")
    if given:
        app = Path(given).resolve()
        assert app.is_file(), f"PLANNER_FROZEN_APP={given} is not a file"
        return app
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller is not installed (pip install ".[build]") and PLANNER_FROZEN_APP is not set')
    out = tmp_path_factory.mktemp("frozen")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build")],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    return out / "dist" / "Planner" / EXE


def run(app: Path, *args: str, data_dir: Path, **env_vars: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PLANNER_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", **env_vars}
    return subprocess.run([str(app), *args], capture_output=True, text=True, env=env, timeout=120)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_version(frozen_app, tmp_path):
    result = run(frozen_app, "--version", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Planner {__version__}"


def test_screenshot_of_the_sample(frozen_app, tmp_path):
    out = tmp_path / "sample.png"
    result = run(frozen_app, "--sample", "--screenshot", str(out), "--size", "1200x800", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (1200, 800)
    assert out.stat().st_size > 20_000  # a window with content, not a blank image


@pytest.mark.parametrize("view", ["table", "board", "calendar", "gantt", "dashboard", "project"])
def test_every_view_renders(frozen_app, tmp_path, view):
    """Views are imported by name when first shown, which PyInstaller cannot see: each must be in the build."""
    out = tmp_path / f"{view}.png"
    result = run(frozen_app, "--sample", "--screenshot", str(out), "--view", view, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 20_000


@pytest.mark.parametrize(
    ("kind", "scope"),
    [("status", ["--project", "Mobile app v1"]), ("weekly", []), ("risks", ["--project", "Mobile app v1"]),
     ("stakeholders", ["--project", "Mobile app v1"]), ("tasks", ["--project", "Mobile app v1"]),
     ("board", ["--area", "Social media"]), ("usage", [])],
)  # fmt: skip
def test_every_report_is_written(frozen_app, tmp_path, kind, scope):
    """Each report draws its charts with the matplotlib and numpy parts build.spec keeps."""
    out = tmp_path / f"{kind}.pdf"
    result = run(
        frozen_app, "report", kind, "--sample", *scope, "--date", "2026-11-25", "-o", str(out), data_dir=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-" and out.stat().st_size > 5_000


def test_a_new_workspace_gets_the_latest_schema(frozen_app, tmp_path):
    """The migrations are found with pkgutil at run time: the frozen app must hold every one of them."""
    path = tmp_path / "new.planner"
    result = run(frozen_app, str(path), "--screenshot", str(tmp_path / "new.png"), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    listed = run(frozen_app, "tasks", str(path), "--json", data_dir=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []  # a headless job, and a new workspace has no tasks


def test_the_folder_is_small(frozen_app):
    folder = frozen_app.parent
    size = sum(
        (Path(dirpath) / name).lstat().st_size
        for dirpath, _, names in os.walk(folder)
        for name in names
        if not (Path(dirpath) / name).is_symlink()
    )
    assert size / 1e6 <= SIZE_LIMIT_MB, f"{folder} holds {size / 1e6:.0f} MB, over {SIZE_LIMIT_MB} MB"


def test_only_the_qt_parts_planner_uses(frozen_app):
    plugins = next(frozen_app.parent.rglob("Qt*/plugins"), None)
    assert plugins is not None, "no Qt plugins folder in the frozen app"
    present = {f"{path.parent.name}/{path.name}" for path in plugins.rglob("*") if path.is_file()}
    for wanted in ("platforms/*offscreen*", "iconengines/*svg*", "imageformats/*svg*"):
        assert any(Path(name).match(wanted) for name in present), f"{wanted} is missing"
    for unwanted in ("platforms/*wayland*", "platforms/*eglfs*", "platformthemes/*gtk*", "tls/*"):
        assert not any(Path(name).match(unwanted) for name in present), f"{unwanted} was collected"
    # Qt's own translations: the base strings of the languages Planner ships, no others.
    qt_translations = sorted(path.name for path in frozen_app.parent.rglob("translations/*.qm"))
    assert qt_translations == ["qtbase_de.qm", "qtbase_fr.qm"]
    assert not any(frozen_app.parent.rglob("QtWebEngine*")) and not any(frozen_app.parent.rglob("*Qt6Qml*"))


def test_a_german_system_gets_a_german_report(frozen_app, tmp_path):
    """planner_de.qm is found in the frozen app and matplotlib draws the translated legend there too."""
    out = tmp_path / "status.pdf"
    german = {"LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8", "LANGUAGE": "de"}
    args = ("report", "status", "--sample", "--project", "Mobile app v1", "--date", "2026-11-25", "-o", str(out))
    result = run(frozen_app, *args, data_dir=tmp_path, **german)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    for heading in ("Projektstatusbericht", "Zusammenfassung", "Meilensteine", "Fertigstellungswert (EV)"):
        assert heading in text
    assert "Summary" not in text


def test_the_window_in_german_differs_from_english(frozen_app, tmp_path):
    """The window's translators load in the frozen app: Planner's own, and Qt's from where language.py looks for it
    (sys._MEIPASS/PySide6/Qt/translations), as a real .qm file."""
    shots = {}
    for name, language in (("en", "en"), ("en-again", "en"), ("de", "de")):
        shots[name] = tmp_path / f"{name}.png"
        result = run(
            frozen_app, "--sample", "--screenshot", str(shots[name]), "--language", language, data_dir=tmp_path
        )
        assert result.returncode == 0, result.stderr
    # The same window renders the same pixels, so the German one differs by its text alone.
    assert shots["en"].read_bytes() == shots["en-again"].read_bytes()
    assert shots["en"].read_bytes() != shots["de"].read_bytes()
    qm_magic = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
    for lang in ("de", "fr"):
        qm = frozen_app.parent / "_internal" / "PySide6" / "Qt" / "translations" / f"qtbase_{lang}.qm"
        assert qm.read_bytes()[:16] == qm_magic, f"{qm} is not a Qt translation"


def test_a_server_workspace_says_what_it_needs(frozen_app, tmp_path):
    """psycopg is left out of the installed app (build.spec, docs/PERFORMANCE.md: 11 MB, past both budgets): a
    postgresql:// URL gets an answer naming what to install, before any connection is tried."""
    result = run(frozen_app, "tasks", "postgresql://nobody@127.0.0.1:1/none", "--json", data_dir=tmp_path)
    assert result.returncode == 2
    assert "needs psycopg" in result.stderr and "planner[server]" in result.stderr


def test_resources_are_in_the_app(frozen_app):
    resources = next(path for path in frozen_app.parent.rglob("resources") if (path / "icons").is_dir())
    assert (resources / "icons" / "check-mark.svg").is_file()
    assert (resources / "app-icon.svg").is_file()
    assert sorted(path.name for path in (resources / "i18n").iterdir()) == ["planner_de.qm", "planner_fr.qm"]


@pytest.mark.skipif(shutil.which("planner", path=str(Path(sys.executable).parent)) is None,
                    reason="the planner command is not installed in this environment")  # fmt: skip
def test_the_installed_package_finds_its_resources(tmp_path):
    """`pip install .` (not the checkout) must carry resources/ as planner.resources, icons included."""
    command = shutil.which("planner", path=str(Path(sys.executable).parent))
    env = {**os.environ, "PLANNER_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "installed.png"
    result = subprocess.run(
        [command, "--sample", "--screenshot", str(out)], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert png_size(out) == (1400, 900)
