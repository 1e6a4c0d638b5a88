"""Bring the translation sources up to date with the code, then compile them: `python resources/i18n/update.py`.

Each area (a part of the code, owned by one translator) has its own `<area>_<lang>.ts` per language, made by
pyside6-lupdate from the area's source files; `--compile` alone skips lupdate. Every area of one language is
compiled together into `planner_<lang>.qm`, which the window loads (planner/ui/language.py). The .qm files are
committed, so `pip install .` and the PyInstaller build need no Qt tools; tests/ui/test_translations.py fails
when a .qm is not what its .ts files compile to, or a .ts misses a text or has one unfinished.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# lupdate reads `tr(context, text)` as QCoreApplication.translate and `plural(text, disambiguation, n)` as a
# class's tr with a count (planner/core/i18n.py).
ALIASES = "translate+=tr,tr+=plural"
LANGUAGES = {"de": "de_DE", "fr": "fr_FR"}
# area -> the folders and files (relative to the repository) whose text it translates; a folder means its .py
# files, not those of its subfolders.
AREAS = {
    "ui": [
        "planner/app.py", "planner/ui", "planner/ui/models", "planner/ui/people", "planner/ui/usage",
        "planner/ui/history", "planner/ui/calendar", "planner/ui/compare",
    ],
    "views": [
        "planner/ui/project", "planner/ui/gantt", "planner/ui/board", "planner/ui/dashboard", "planner/reports",
        "planner/charts",
    ],
    "messages": ["planner/core", "planner/io", "planner/store", "planner/store/migrations", "planner/session"],
}  # fmt: skip


def tool(name: str) -> str:
    """A Qt tool from the PySide6 beside this Python (a venv's bin/), else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources(area: str) -> list[Path]:
    files = []
    for entry in AREAS[area]:
        path = ROOT / entry
        files += sorted(path.glob("*.py")) if path.is_dir() else [path]
    return files


def ts_file(area: str, language: str, folder: Path = HERE) -> Path:
    return folder / f"{area}_{language}.ts"


def update(area: str, language: str, folder: Path = HERE) -> str:
    """Run lupdate for one area and language into `folder`; returns lupdate's report."""
    command = [tool("pyside6-lupdate"), "-tr-function-alias", ALIASES, "-no-obsolete", "-locations", "none"]
    command += ["-target-language", LANGUAGES[language], *map(str, sources(area))]
    command += ["-ts", str(ts_file(area, language, folder))]
    return subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout


def compile_language(language: str, folder: Path = HERE, out: Path = HERE) -> Path:
    """Compile every area's .ts of `language` in `folder` into one planner_<language>.qm in `out`."""
    target = out / f"planner_{language}.qm"
    ts_files = [str(ts_file(area, language, folder)) for area in AREAS]
    subprocess.run([tool("pyside6-lrelease"), "-silent", *ts_files, "-qm", str(target)], check=True, cwd=ROOT)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="only compile the .ts files into .qm files")
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        if not args.compile:
            for area in AREAS:
                print(f"{area}_{language}: {update(area, language).strip()}")
        print(compile_language(language).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
