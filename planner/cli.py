"""The `planner` command: opens the window, or runs a job headless (no Qt is imported for jobs).

    planner [PATH] [--sample] [--screenshot OUT.png [--view NAME] [--size WxH] [--theme light|dark]]
    planner tasks PATH --json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from planner import __version__

VIEW_NAMES = ("table", "board", "calendar", "gantt", "dashboard")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in JOBS:
        return JOBS[argv[0]](argv[1:])
    return _window(argv)


def _window(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="planner", description="Plan a team's ongoing work and its projects.")
    parser.add_argument("path", nargs="?", type=Path, help="workspace file to open or create (*.planner)")
    parser.add_argument("--version", action="version", version=f"Planner {__version__}")
    parser.add_argument("--sample", action="store_true", help="open the sample workspace")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render the window into a PNG and exit")
    parser.add_argument("--view", choices=VIEW_NAMES, help="the view to show")
    parser.add_argument("--size", default="1400x900", help="window size for --screenshot, WIDTHxHEIGHT")
    parser.add_argument("--theme", choices=("light", "dark"), help="colour theme")
    parser.epilog = "jobs: " + ", ".join(f"planner {name} …" for name in JOBS)
    args = parser.parse_args(argv)
    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size must look like 1400x900, not {args.size}")
    if args.path is not None and args.sample:
        parser.error("give a workspace PATH or --sample, not both")
    from planner.app import run

    if args.view:
        from planner.ui.main_window import VIEWS

        if args.view not in {view.name for view in VIEWS}:
            print(f"planner: the {args.view} view is not part of this version yet", file=sys.stderr)
            return 2
    return run(args.path, args.sample, args.screenshot, args.view, (width, height), args.theme)


def _tasks(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="planner tasks", description="Print the tasks of a workspace.")
    parser.add_argument("path", type=Path, help="workspace file (*.planner)")
    parser.add_argument("--json", action="store_true", help="as JSON (the only format so far)")
    args = parser.parse_args(argv)
    from planner.io.json_export import tasks_as_json
    from planner.store.workspace_file import WorkspaceError, WorkspaceFile

    try:
        with WorkspaceFile.open_read_only(args.path) as file:
            ws = file.load()
    except WorkspaceError as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    json.dump(tasks_as_json(ws), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


JOBS = {"tasks": _tasks}


if __name__ == "__main__":
    sys.exit(main())
