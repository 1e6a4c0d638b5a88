"""The `planner` command's headless jobs (planner.app hands them over; no Qt is imported, but for reports).
Each job opens its workspace through a Session.

    planner tasks PATH --json
    planner import SRC PATH          (MS Project XML, GanttProject, iCalendar, GNOME Planner, CSV; PATH is
                                     created if missing)
    planner export PATH DEST [--project NAME]
    planner publish PATH postgresql://USER@HOST/DB   (a local workspace copied to an empty server database)
    planner schedule PATH --json
    planner history PATH [--since DATE] [--json]
    planner compare PATH --at DATE [--json]
    planner report status|weekly|risks|stakeholders|tasks|board|usage PATH|--sample [--project NAME | --area NAME]
                   -o OUT.pdf

tasks, import, export, schedule and report take a server workspace's postgresql://USER@HOST/DB for PATH too.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path

from planner.error_log import log_exception


def main(argv: list[str]) -> int:
    """Run the job `argv[0]` (one of JOBS) with the rest of `argv` as its arguments.

    Exit codes: 0 done, 2 bad input (said on stderr), 1 an error nobody foresaw: one line on stderr, and the
    traceback in a log file in the user's data folder. A reader that stops early (`| head`) ends the job quietly.
    """
    try:
        code = JOBS[argv[0]](argv[1:])
        sys.stdout.flush()  # a closed pipe shows here, while it can still be caught, not at the exit
        return code
    except BrokenPipeError:
        # As Python's documentation advises (signal, "Note on SIGPIPE"): stdout goes to devnull, so the
        # interpreter's own flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # what a shell reports for a program that a closed pipe ended (128 + SIGPIPE)
    except Exception as exc:
        try:
            details = f"the details are in {log_exception('planner ' + ' '.join(argv), exc)}"
        except OSError as log_failure:  # a full or read-only data folder must not bring the traceback back
            details = f"the details could not be logged ({log_failure})"
        print(f"planner: {argv[0]} failed unexpectedly ({type(exc).__name__}: {exc}); {details}", file=sys.stderr)
        return 1


def location(text: str) -> Path | str:
    """A workspace named on the command line: a file's path, or a server workspace's `postgresql://` URL (kept
    as text: a Path would fold its `//`)."""
    from planner.store.server_workspace import is_server_url

    return text if is_server_url(text) else Path(text)


def _publish(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="planner publish", description="Copy a local workspace to an empty PostgreSQL database, in one go."
    )
    parser.add_argument("path", type=Path, help="workspace file (*.planner)")
    parser.add_argument("url", help="the server database: postgresql://USER@HOST/DB (a password is asked for)")
    args = parser.parse_args(argv)
    from planner.store.server_workspace import is_server_url, publish
    from planner.store.workspace_file import WorkspaceError

    if not is_server_url(args.url):
        parser.error(f"{args.url} is not a postgresql:// URL")
    password = os.environ.get("PGPASSWORD")  # libpq's own variable; else the server's own rules (.pgpass, trust)
    try:
        count = publish(args.path, args.url, password)
    except WorkspaceError as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    print(f"published {args.path.name} to the server: {count} tasks")
    return 0


def _tasks(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="planner tasks", description="Print the tasks of a workspace.")
    parser.add_argument("path", type=location, help="workspace file (*.planner) or postgresql:// URL")
    parser.add_argument("--json", action="store_true", help="as JSON (the only format so far)")
    args = parser.parse_args(argv)
    from planner.io.json_export import tasks_as_json

    session = _read_only(args.path)
    if session is None:
        return 2
    _note_problems(session)
    ws = session.ws
    json.dump(tasks_as_json(ws), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _read_only(path: Path | None, sample: bool = False):
    """A Session on the workspace at `path` (or the sample) for a job that only reads it, or None after saying why
    on stderr."""
    from planner.session import Session
    from planner.store.workspace_file import WorkspaceError

    try:
        return Session.read(path, sample)
    except WorkspaceError as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return None


def _note_problems(session) -> None:
    """One line on stderr naming the stored dates out of range, if any (the window offers to fix them)."""
    from planner.core.calendars import RANGE_TEXT

    problems = session.problems()
    if problems:
        shown = "; ".join(map(str, problems[:3])) + ("; …" if len(problems) > 3 else "")
        count = f"{len(problems)} dates" if len(problems) > 1 else "a date"
        print(f"planner: {count} outside {RANGE_TEXT} ({shown}); open the workspace to fix them", file=sys.stderr)


def _import(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="planner import", description="Import a plan into a workspace.")
    parser.add_argument(
        "source",
        type=Path,
        help="a plan: .xml (MS Project), .gan (GanttProject), .ics (iCalendar), .planner (GNOME Planner) or .csv",
    )
    parser.add_argument(
        "path", type=location, help="workspace file (*.planner), created if missing, or postgresql:// URL"
    )
    args = parser.parse_args(argv)
    from planner.core.errors import ValidationError
    from planner.core.memory import collector_paused, kept_out_of_collections
    from planner.io.apply import ApplyImport
    from planner.io.formats import import_file
    from planner.session import Session
    from planner.store.workspace_file import WorkspaceError

    try:
        # No cycle collection while the plan is read, added, scheduled and written: it makes some 400,000 objects
        # (ten times as many at 105,000) that all stay alive until the process ends, and collections walked them
        # (0.25 s of 1.8 s CPU at 10,500 tasks); nor after it, once they are frozen out of the collector's sight.
        # Nor before it: the job has made no garbage yet, and a collection there would only walk the modules just
        # imported (~10 ms), so the collector is paused already when the inner block starts and makes none.
        with collector_paused(), kept_out_of_collections():
            result = import_file(args.source)  # read completely before the workspace is touched
            with Session.open(args.path) as session:
                command = ApplyImport(result, take=True)  # the result is read no more: its objects are taken
                session.run(command)  # as File ▸ Import: routines, rescheduling, one transaction
                project = session.ws.projects[command.project_id].name
    except (ValidationError, WorkspaceError) as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    print("\n".join(result.summary.lines()))
    print(f"into {args.path} as the project “{project}”")
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
    parser.add_argument("path", type=location, help="workspace file (*.planner) or postgresql:// URL")
    parser.add_argument("dest", type=Path, help="the file to write; its extension names the format (.xml, .gan, .ics, "
                        ".csv)")  # fmt: skip
    parser.add_argument("--project", help="the project's name (needed when the workspace has several)")
    args = parser.parse_args(argv)
    from planner.core.errors import ValidationError
    from planner.io.formats import export_file

    session = _read_only(args.path)
    if session is None:
        return 2
    ws = session.ws
    whole = args.dest.suffix.lower() == ".ics" and args.project is None  # a calendar feed of every task
    project_id = None if whole else _project_named(ws, args.project)
    if project_id is None and not whole:
        return 2
    try:
        left_out = export_file(ws, project_id, args.dest)
    except (ValidationError, OSError) as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.dest}")
    for line in left_out:  # what the format could not hold, so nobody trusts the file for it
        print(f"  not written: {line}")
    return 0


def _schedule(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="planner schedule", description="Print the computed schedule.")
    parser.add_argument("path", type=location, help="workspace file (*.planner) or postgresql:// URL")
    parser.add_argument("--json", action="store_true", help="as JSON (the only format so far)")
    args = parser.parse_args(argv)
    from planner.core.model import tree_order

    session = _read_only(args.path)
    if session is None:
        return 2
    ws = session.ws
    _note_problems(session)
    result = session.schedule
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
                "warning": result.warnings.get(tid),
            }
        )
    if result.warnings:
        print(f'planner: {len(result.warnings)} tasks scheduled with a warning (the "warning" key)', file=sys.stderr)
    json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _report(argv: list[str]) -> int:
    from planner.reports import REPORTS

    parser = argparse.ArgumentParser(prog="planner report", description="Write a report as a PDF, headless.")
    parser.add_argument("kind", choices=list(REPORTS), help="which report")
    parser.add_argument("path", type=location, nargs="?", help="workspace file (*.planner) or postgresql:// URL")
    parser.add_argument("--sample", action="store_true", help="the sample workspace instead of a PATH")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write")
    parser.add_argument("--project", help="the project (status, risks, stakeholders, tasks)")
    parser.add_argument(
        "--area", help="the area (weekly, tasks, board, usage); without it the weekly and usage reports are the team's"
    )
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    parser.add_argument("--landscape", action="store_true", help="landscape pages (portrait by default)")
    parser.add_argument("--date", help="the report's day, YYYY-MM-DD (today by default)")
    parser.add_argument("--columns", help="the task list's columns, comma-separated (id, status, people, start, "
                        "finish, duration, percent, priority, deadline, cost, labels)")  # fmt: skip
    args = parser.parse_args(argv)
    from datetime import date

    from planner.reports import SINCE_LAST, ReportError, build_report

    try:
        today = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        print(f"planner: --date must look like 2026-11-25, not {args.date}", file=sys.stderr)
        return 2
    if args.project and args.area:
        print("planner: give --project or --area, not both", file=sys.stderr)
        return 2
    if (args.path is None) == (not args.sample):
        print("planner: give a workspace PATH or --sample", file=sys.stderr)
        return 2
    session = _read_only(args.path, args.sample)
    if session is None:
        return 2
    ws = session.ws
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

    from planner.core import locale_text
    from planner.reports import formats
    from planner.reports.document import PageSetup, write_pdf
    from planner.reports.language import use_system_language

    app = QGuiApplication.instance() or QGuiApplication(["planner"])  # noqa: F841 - fonts need an application
    since = session.since_last_report(args.kind, scope) if args.kind in SINCE_LAST and not args.sample else None
    use_system_language(QGuiApplication.instance())  # German or French headings on a German or French system
    locale_text.install(formats)  # the report's charts write dates and numbers as the user's locale does
    try:
        report = build_report(ws, args.kind, scope, today, args.columns.split(",") if args.columns else None, since)
        info = write_pdf(report, args.output, PageSetup(args.paper, args.landscape))
    except ReportError as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"planner: {args.output} could not be written: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.output} ({info.pages} {'page' if info.pages == 1 else 'pages'})")
    if since is not None:
        _record_report(args.path, args.kind, scope)
    return 0


def _record_report(path: Path, kind: str, scope) -> None:
    """Note the report as made (the next one lists what moved since), unless a window holds the workspace."""
    from datetime import datetime

    from planner.session import record_report
    from planner.store.workspace_file import WorkspaceError, WorkspaceFile

    try:
        with WorkspaceFile.open(path, create=False) as file:
            record_report(file, kind, scope, datetime.now())
    except WorkspaceError as exc:
        print(
            f"planner: the report was not noted as made, so the next one cannot list what moved since: {exc}",
            file=sys.stderr,
        )


def _moment(text: str, option: str):
    """`--since`/`--at`'s day or moment as a datetime, or None after saying what it must look like."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(text)
    except ValueError:
        print(f"planner: {option} must look like 2026-11-25 or 2026-11-25 14:30, not {text}", file=sys.stderr)
        return None


def _location(text: str) -> str | Path:
    """A workspace argument: a server workspace's URL as it is, else a file's path."""
    from planner.store.server_workspace import is_server_url

    return text if is_server_url(text) else Path(text)


def _named(location: str | Path) -> str:
    """A workspace as messages name it: a file's path, a server workspace's URL without its password."""
    from planner.store.server_workspace import shown

    return shown(location) if isinstance(location, str) else str(location)


@contextlib.contextmanager
def _kept_history(path: str | Path):
    """The workspace at `path` (a file, read-only, or a server's URL) with its history; HistoryError when the
    history is unavailable."""
    from planner.store.history import HistoryError
    from planner.store.server_workspace import ServerWorkspace, is_server_url
    from planner.store.workspace_file import WorkspaceFile

    opener = ServerWorkspace.open if is_server_url(path) else WorkspaceFile.open_read_only
    with opener(path) as file:
        if not file.history.available:
            raise HistoryError(f"{path}: {file.history.problem}")
        yield file, file.history


def _history(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="planner history", description="Print the changes a workspace has kept.")
    parser.add_argument("path", type=_location, help="workspace file (*.planner) or server URL (postgresql://…)")
    parser.add_argument("--since", help="only the changes from this day (YYYY-MM-DD) or moment (YYYY-MM-DD HH:MM)")
    parser.add_argument("--json", action="store_true", help="as JSON, with each field's value before and after")
    args = parser.parse_args(argv)
    from planner.core.history import fields_changed, name_of
    from planner.store.history import HistoryError
    from planner.store.workspace_file import WorkspaceError

    since = _moment(args.since, "--since") if args.since else None
    if args.since and since is None:
        return 2
    try:
        with _kept_history(args.path) as (file, history):
            entries = [history.entry(row[0]) for row in history.listing(since)]
            ws = file.load()  # for the names of objects a change did not rename
    except (WorkspaceError, HistoryError) as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    rows = []
    for entry in entries:
        objects = [
            {
                "kind": change.kind,
                "id": change.ident,
                "name": name_of(change, ws),
                "did": "created" if change.before is None else "deleted" if change.after is None else "changed",
                "fields": {n: [_plain(b), _plain(a)] for n, (b, a) in fields_changed(change).items()},
            }
            for change in entry.objects
        ]
        rows.append({"id": entry.id, "at": entry.at.isoformat(sep=" "), "label": entry.label, "kind": entry.kind,
                     "reverts": entry.reverts, "objects": objects})  # fmt: skip
    if args.json:
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        print(f"{row['at']}  {row['label']}" + ("" if row["kind"] == "do" else f"  ({row['kind']})"))
        for obj in row["objects"]:
            if obj["did"] != "changed":
                print(f"    {obj['kind'].replace('_', ' ')} “{obj['name']}” {obj['did']}")
                continue
            shown = "; ".join(f"{n.replace('_', ' ')}: {b} → {a}" for n, (b, a) in obj["fields"].items())
            print(f"    {obj['kind'].replace('_', ' ')} “{obj['name']}”: {shown}")
    return 0


def _compare(argv: list[str]) -> int:
    what = (
        "Compare a workspace now with a moment of its history, or a scenario with the live plan: tasks added, "
        "removed and changed, dates moved."
    )
    parser = argparse.ArgumentParser(prog="planner compare", description=what)
    parser.add_argument("path", type=_location, help="workspace file (*.planner) or server URL (postgresql://…)")
    against = parser.add_mutually_exclusive_group(required=True)
    against.add_argument("--at", help="the moment: YYYY-MM-DD (its end) or YYYY-MM-DD HH:MM")
    against.add_argument("--scenario", help="a scenario's name: the scenario against the live plan")
    parser.add_argument("--json", action="store_true", help="as JSON")
    args = parser.parse_args(argv)
    from datetime import datetime, time

    from planner.core.compare import compare
    from planner.core.history import shared_copy
    from planner.core.scenarios import put_in_front
    from planner.session import rebuilt_as_it_was
    from planner.store.history import HistoryError
    from planner.store.workspace_file import WorkspaceError

    if args.scenario is not None:
        return _compare_scenario(args)
    at = _moment(args.at, "--at")
    if at is None:
        return 2
    if len(args.at) == 10:  # a day: as it was at its end
        at = datetime.combine(at.date(), time(23, 59, 59))
    try:
        with _kept_history(args.path) as (file, history):
            first = history.listing()[:1]
            if not first or first[0][1] > at:
                print(f"planner: {_named(args.path)}: its history begins after {at:%Y-%m-%d %H:%M}", file=sys.stderr)
                return 2
            now = file.load()
            then = rebuilt_as_it_was(history, shared_copy(now), history.last_id(at))
            now = put_in_front(now, None)  # the live plans only: a scenario compares with --scenario
    except (WorkspaceError, HistoryError) as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    return _print_comparison(args, compare(then, now), f"now, against {at:%Y-%m-%d %H:%M}", {"at": at})


def _compare_scenario(args) -> int:
    from planner.core.compare import compare
    from planner.session import Session
    from planner.store.workspace_file import WorkspaceError

    try:
        session = Session.read(args.path)
    except WorkspaceError as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    found = [s for s in session.scenarios if s.scenario_name.casefold() == args.scenario.strip().casefold()]
    if not found:
        names = ", ".join(f"“{s.scenario_name}”" for s in session.scenarios) or "none"
        missing = f"there is no scenario “{args.scenario}” (scenarios: {names})"
        print(f"planner: {_named(args.path)}: {missing}", file=sys.stderr)
        return 2
    scenario = found[0]
    result = compare(session.ws, session.scenario_plan(scenario.id))
    return _print_comparison(args, result, f"scenario “{scenario.scenario_name}” against the live plan", {})


def _print_comparison(args, result, heading: str, extra: dict) -> int:
    tasks = [
        {"id": t.task_id, "title": t.title, "project": t.project, "did": t.did,
         "fields": {n: [_plain(a), _plain(b)] for n, (a, b) in t.fields.items()}}
        for t in result.tasks
    ]  # fmt: skip
    projects = [{"id": p.project_id, "name": p.name, "then": _plain(p.then), "now": _plain(p.now)}
                for p in result.projects]  # fmt: skip
    if args.json:
        head = {k: v.isoformat(sep=" ") for k, v in extra.items()}
        json.dump({**head, "tasks": tasks, "projects": projects}, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    print(f"{args.path.name if isinstance(args.path, Path) else _named(args.path)}: {heading}")
    for p in projects:
        then, now = p["then"] or {}, p["now"] or {}
        shown = "; ".join(f"{k}: {then.get(k)} → {now.get(k)}" for k in ("finish", "cost", "work")
                          if then.get(k) != now.get(k))  # fmt: skip
        print(f"  project “{p['name']}”: {shown}")
    for t in tasks:
        if t["did"] != "changed":
            print(f"  task “{t['title']}” ({t['project']}) {t['did']}")
        else:
            shown = "; ".join(f"{n}: {a} → {b}" for n, (a, b) in t["fields"].items())
            print(f"  task “{t['title']}” ({t['project']}): {shown}")
    if not tasks and not projects:
        print("  no differences")
    return 0


def _plain(value):
    """A value as JSON holds it: numbers, text, booleans and None as they are; dates in ISO form; the rest as text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value") and isinstance(value.value, str | int):  # an enum
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return str(value)


JOBS = {
    "tasks": _tasks, "import": _import, "export": _export, "schedule": _schedule, "report": _report,
    "history": _history, "compare": _compare, "publish": _publish,
}  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
