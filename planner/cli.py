"""The `planner` command: opens the window, or runs a job headless (no Qt is imported for jobs).

    planner [PATH] [--sample] [--screenshot OUT.png [--view NAME] [--size WxH] [--theme light|dark]]
    planner tasks PATH --json
    planner import SRC PATH          (MS Project XML, GanttProject; PATH is created if missing)
    planner export PATH DEST [--project NAME]
    planner schedule PATH --json
    planner report status|weekly|risks|stakeholders|tasks|board PATH [--project NAME | --area NAME] -o OUT.pdf
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from planner import __version__

VIEW_NAMES = ("table", "board", "calendar", "gantt", "dashboard", "project")


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
        from planner.ui.main_window import VIEW_NAMES as BUILT_VIEWS

        if args.view not in BUILT_VIEWS:
            print(f"planner: the {args.view} view is not part of this version yet", file=sys.stderr)
            return 2
    return run(args.path, args.sample, args.screenshot, args.view, (width, height), args.theme)


def _tasks(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="planner tasks", description="Print the tasks of a workspace.")
    parser.add_argument("path", type=Path, help="workspace file (*.planner)")
    parser.add_argument("--json", action="store_true", help="as JSON (the only format so far)")
    args = parser.parse_args(argv)
    from planner.io.json_export import tasks_as_json

    ws = _read_only(args.path)
    if ws is None:
        return 2
    json.dump(tasks_as_json(ws), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _read_only(path: Path):
    """The workspace at `path` for a job that only reads it, or None after saying why on stderr."""
    from planner.store.workspace_file import WorkspaceError, WorkspaceFile

    try:
        with WorkspaceFile.open_read_only(path) as file:
            return file.load()
    except WorkspaceError as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return None


def _import(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="planner import", description="Import a plan into a workspace.")
    parser.add_argument("source", type=Path, help="an MS Project XML (.xml) or GanttProject (.gan) file")
    parser.add_argument("path", type=Path, help="workspace file (*.planner), created if missing")
    args = parser.parse_args(argv)
    from planner.app import open_file
    from planner.core.errors import ValidationError
    from planner.io.apply import ApplyImport
    from planner.io.formats import import_file
    from planner.store.workspace_file import WorkspaceError

    try:
        result = import_file(args.source)  # read completely before the workspace is touched
        file, ws = open_file(args.path)
    except (ValidationError, WorkspaceError) as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    with file:
        command = ApplyImport(result)
        file.write(ws, command.apply(ws))  # one transaction: all of it or nothing
    print("\n".join(result.summary.lines()))
    print(f"into {args.path} as the project “{ws.projects[command.project_id].name}”")
    return 0


def _project_named(ws, name: str | None) -> int | None:
    projects = ws.ordered("project")
    if name is None and len(projects) == 1:
        return projects[0].id
    for project in projects:
        if project.name == name:
            return project.id
    names = ", ".join(f"“{p.name}”" for p in projects) or "none"
    what = f"there is no project “{name}”" if name else "say which project with --project"
    print(f"planner: {what}; the projects are: {names}", file=sys.stderr)
    return None


def _export(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="planner export", description="Export a project to another tool's format.")
    parser.add_argument("path", type=Path, help="workspace file (*.planner)")
    parser.add_argument("dest", type=Path, help="the file to write; its extension names the format (.xml)")
    parser.add_argument("--project", help="the project's name (needed when the workspace has several)")
    args = parser.parse_args(argv)
    from planner.core.errors import ValidationError
    from planner.io.formats import export_file

    ws = _read_only(args.path)
    if ws is None:
        return 2
    whole = args.dest.suffix.lower() == ".ics" and args.project is None  # a calendar feed of every task
    project_id = None if whole else _project_named(ws, args.project)
    if project_id is None and not whole:
        return 2
    try:
        export_file(ws, project_id, args.dest)
    except (ValidationError, OSError) as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.dest}")
    return 0


def _schedule(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="planner schedule", description="Print the computed schedule.")
    parser.add_argument("path", type=Path, help="workspace file (*.planner)")
    parser.add_argument("--json", action="store_true", help="as JSON (the only format so far)")
    args = parser.parse_args(argv)
    from planner.core.errors import ValidationError
    from planner.core.model import tree_order
    from planner.core.schedule import compute_schedule

    ws = _read_only(args.path)
    if ws is None:
        return 2
    try:
        result = compute_schedule(ws)
    except ValidationError as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    rows = []
    for tid in tree_order(ws):
        if tid not in result or not result[tid].planned:
            continue
        planned, task = result[tid], ws.tasks[tid]
        rows.append(
            {
                "id": tid,
                "external_id": task.external_id or None,
                "name": task.title,
                "start": planned.start.isoformat(),
                "finish": planned.finish.isoformat(),
                "early_start": planned.early_start.isoformat(),
                "early_finish": planned.early_finish.isoformat(),
                "late_start": planned.late_start.isoformat(),
                "late_finish": planned.late_finish.isoformat(),
                "total_slack_minutes": planned.total_slack,
                "free_slack_minutes": planned.free_slack,
                "critical": planned.critical,
                "deadline_missed": planned.deadline_missed,
            }
        )
    json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _report(argv: list[str]) -> int:
    from planner.reports import REPORTS

    parser = argparse.ArgumentParser(prog="planner report", description="Write a report as a PDF, headless.")
    parser.add_argument("kind", choices=list(REPORTS), help="which report")
    parser.add_argument("path", type=Path, help="workspace file (*.planner)")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write")
    parser.add_argument("--project", help="the project (status, risks, stakeholders, tasks)")
    parser.add_argument("--area", help="the area (weekly, tasks, board); without it the weekly report is the team's")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    parser.add_argument("--landscape", action="store_true", help="landscape pages (portrait by default)")
    parser.add_argument("--date", help="the report's day, YYYY-MM-DD (today by default)")
    parser.add_argument("--columns", help="the task list's columns, comma-separated (id, status, people, start, "
                        "finish, duration, percent, priority, deadline, cost, labels)")  # fmt: skip
    args = parser.parse_args(argv)
    from datetime import date

    from planner.reports import ReportError, build_report

    try:
        today = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        print(f"planner: --date must look like 2026-11-25, not {args.date}", file=sys.stderr)
        return 2
    if args.project and args.area:
        print("planner: give --project or --area, not both", file=sys.stderr)
        return 2
    ws = _read_only(args.path)
    if ws is None:
        return 2
    scope = None
    if args.area:
        area = next((a for a in ws.ordered("area") if a.name == args.area), None)
        if area is None:
            names = ", ".join(f"“{a.name}”" for a in ws.ordered("area")) or "none"
            print(f"planner: there is no area “{args.area}”; the areas are: {names}", file=sys.stderr)
            return 2
        scope = ("area", area.id)
    elif args.project or REPORTS[args.kind].scope == "project" or args.kind == "tasks":
        project_id = _project_named(ws, args.project)
        if project_id is None:
            return 2
        scope = ("project", project_id)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt makes its application: no display needed
    from PySide6.QtGui import QGuiApplication

    from planner.reports.document import PageSetup, write_pdf

    app = QGuiApplication.instance() or QGuiApplication(["planner"])  # noqa: F841 - fonts need an application
    try:
        report = build_report(ws, args.kind, scope, today, args.columns.split(",") if args.columns else None)
        info = write_pdf(report, args.output, PageSetup(args.paper, args.landscape))
    except ReportError as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"planner: {args.output} could not be written: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.output} ({info.pages} {'page' if info.pages == 1 else 'pages'})")
    return 0


JOBS = {"tasks": _tasks, "import": _import, "export": _export, "schedule": _schedule, "report": _report}


if __name__ == "__main__":
    sys.exit(main())
