"""CSV in and out with the standard library's `csv`: one project's tasks as a table that Excel and LibreOffice
open as they are, and such tables (from those, MS Project or TaskJuggler) back in as a new project.
Files in, core objects out, and back; no Qt, nothing written on error."""

from __future__ import annotations

import csv
import html
import io
import locale
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from planner.core.calendars import Calendar, in_range, out_of_range
from planner.core.durations import format_duration, parse_duration
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.link_text import LinkSpec, format_spec
from planner.core.model import Dependency, LinkType, Person, Priority, Project, Task, Workspace
from planner.core.resource_text import person_text
from planner.io.common import (
    MAX_DEPTH,
    MAX_LAG_PERCENT,
    MAX_NOTES,
    MAX_TASKS,
    MAX_TITLE,
    ImportFileError,
    ImportResult,
    LinkFacts,
    bounded_text,
    find_loop,
    finite,
    loop_message,
    ms_project_priority,
    read_bytes,
)
from planner.io.summary import ImportSummary

FORMAT = "CSV"
# The columns written when none are chosen, in MS Project's names so that it and spreadsheets read them.
COLUMNS = (
    "ID", "WBS", "Name", "Outline Level", "Start", "Finish", "Duration", "% Complete", "Predecessors",
    "Resource Names", "Priority", "Status", "Notes",
)  # fmt: skip
# The columns copied to the clipboard: what a spreadsheet user reads, and enough to paste the rows back as they were.
COPY_COLUMNS = (
    "ID", "Outline Level", "Name", "Start", "Finish", "Duration", "% Complete", "Resource Names", "Predecessors",
)  # fmt: skip
# A column's title, case-folded, -> the field it holds: our own titles and those other tools write.
HEADERS = {
    "id": "id", "task id": "id", "#": "id",
    "wbs": "wbs", "outline number": "wbs", "bsi": "wbs",  # BSI: TaskJuggler's breakdown structure index
    "name": "name", "task name": "name", "title": "name", "task": "name", "summary": "name",
    "outline level": "level", "level": "level",
    "start": "start", "start date": "start", "begin": "start", "begin date": "start",
    "finish": "finish", "finish date": "finish", "end": "finish", "end date": "finish", "due": "finish",
    "due date": "finish",
    "duration": "duration",
    "% complete": "percent", "percent complete": "percent", "% done": "percent", "progress": "percent",
    "predecessors": "predecessors", "depends on": "predecessors",
    "resource names": "resources", "resources": "resources", "assigned to": "resources", "assignee": "resources",
    "priority": "priority", "status": "status", "notes": "notes", "description": "notes",
}  # fmt: skip
# Each field a column can hold, as the mapping dialog names it.
FIELDS = {
    "name": "Name", "id": "ID", "wbs": "WBS", "level": "Outline level", "start": "Start", "finish": "Finish",
    "duration": "Duration", "percent": "% complete", "predecessors": "Predecessors", "resources": "Resource names",
    "priority": "Priority", "status": "Status", "notes": "Notes",
}  # fmt: skip
MAX_LINE = 1024 * 1024  # characters of one line: no title or note is that long (notes stop at MAX_NOTES)
MAX_COLUMNS = 1_000
SNIFF_CHARACTERS = 4_000  # 0.04 s at worst
# Longer duration or lag text is refused unread: core's parse_duration takes quadratic time on long runs of spaces
# (2 s for 30,000), and "1.5 weeks?" is ten.
MAX_DURATION_TEXT = 40
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet read a cell as a formula (OWASP)
# Elapsed lags ("2ed") count every hour of every day, so their units go through a round-the-clock calendar.
ELAPSED = Calendar(name="Elapsed time", minutes_per_day=24 * 60, days_per_week=7, days_per_month=30)


def locale_separator() -> str:
    """ ";" where the user's locale writes decimals with a comma (Excel and LibreOffice expect it there), else ","."""
    return ";" if locale.localeconv()["decimal_point"] == "," else ","


def locale_day_first() -> bool:
    """True when the user's locale writes a date day before month (3/2/2001 for 3 February)."""
    shown = date(2001, 2, 3).strftime("%x")
    return shown.find("3") < shown.find("2")


# -- writing -------------------------------------------------------------------------------------------------
def escaped(cell: str) -> str:
    """`cell` with a leading quote when a spreadsheet would take it for a formula (OWASP's CSV injection advice).

    Every cell is treated alike: the numbers this writer makes (ids, levels, percentages, durations) are never
    negative, so none of them turns into text, and a title such as "-5" is text and stays text ("'-5")."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def unescaped(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def export_csv(
    ws: Workspace,
    project_id: int,
    path: str | os.PathLike,
    extras: ImportResult | None = None,
    separator: str | None = None,
    columns: Sequence[str] = COLUMNS,
) -> None:
    """Write project `project_id`'s tasks as CSV: UTF-8 with a byte-order mark (Excel needs it to read UTF-8),
    a header row, CRLF line ends, dates as "2024-01-08 08:00", which both spreadsheets read as dates.

    `separator` defaults to the locale's (see `locale_separator`); `extras` is accepted like every writer's and
    unused, since a table holds nothing the core model lacks. Written beside `path` and renamed over it.
    """
    if project_id not in ws.projects:
        raise ValidationError(tr("Import", "There is no project {project_id} to export").format(project_id=project_id))
    unknown = [title for title in columns if title not in COLUMNS]
    if unknown:
        raise ValidationError(
            tr("Import", "{join}: not a column this export writes ({join2})").format(
                join=", ".join(unknown), join2=", ".join(COLUMNS)
            )
        )
    target = Path(path)
    temporary = target.with_name(target.name + ".part")
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=separator or locale_separator(), lineterminator="\r\n")
            writer.writerow(columns)
            for cells in task_cells(ws, project_id):
                writer.writerow([escaped(cells[title]) for title in columns])
        os.replace(temporary, target)
    except BaseException:  # a full disk: no half file left beside the target
        temporary.unlink(missing_ok=True)
        raise


def task_cells(ws: Workspace, project_id: int) -> list[dict[str, str]]:
    """Each task of the project, each before its subtasks, as the text of every column in COLUMNS."""
    order: list[tuple[int, tuple[int, ...]]] = []  # (task id, outline numbers)
    stack = [(tid, (n,)) for n, tid in reversed(list(enumerate(ws.children(("project", project_id)), 1)))]
    while stack:
        tid, numbers = stack.pop()
        order.append((tid, numbers))
        children = enumerate(ws.children(("task", tid)), 1)
        stack.extend((child, (*numbers, n)) for n, child in reversed(list(children)))
    return _cells(ws, [(tid, ".".join(map(str, numbers)), len(numbers)) for tid, numbers in order])


def chosen_cells(ws: Workspace, task_ids: Sequence[int]) -> list[dict[str, str]]:
    """The tasks `task_ids` (a selection, to copy) in the tree's order as rows of every column in COLUMNS: numbered
    1, 2, … as rows, each a level below the nearest chosen task it sits under, predecessors among them only."""
    chosen = set(task_ids)

    def place(tid: int) -> tuple:
        kind, ident = ws.tasks[tid].container()
        steps = [ws.tasks[step].position for step in reversed([tid, *ws.ancestors(tid)])]
        return kind, ws.table(kind)[ident].position, ident, steps

    def level(tid: int) -> int:
        return 1 + sum(1 for ancestor in ws.ancestors(tid) if ancestor in chosen)

    order = sorted(chosen, key=place)
    return _cells(ws, [(tid, "", level(tid)) for tid in order])


def _cells(ws: Workspace, order: list[tuple[int, str, int]]) -> list[dict[str, str]]:
    """The text of every column in COLUMNS for each (task id, WBS, outline level), numbered as rows in order."""
    row_of = {tid: row for row, (tid, _, _) in enumerate(order, 1)}
    cal = ws.calendar
    rows = []
    for tid, wbs, level in order:
        task = ws.tasks[tid]
        links = sorted((ws.dependencies[d] for d in ws.links_in(tid)), key=lambda d: row_of.get(d.predecessor_id, 0))
        people = sorted(task.assignments.items(), key=lambda item: ws.people[item[0]].name.casefold())
        status = ws.statuses.get(task.status_id) if task.status_id is not None else None
        rows.append({
            "ID": str(row_of[tid]),
            "WBS": wbs,
            "Name": task.title,
            "Outline Level": str(level),
            "Start": _stamp(task.start),
            "Finish": _stamp(task.finish),
            "Duration": format_duration(task.duration, cal),
            "% Complete": str(task.percent_complete),
            "Predecessors": ";".join(_link_text(d, row_of, cal) for d in links if d.predecessor_id in row_of),
            "Resource Names": ";".join(person_text(ws.people[pid].name, units) for pid, units in people),
            "Priority": task.priority.label,
            "Status": status.name if status else "",
            "Notes": task.notes,
        })  # fmt: skip
    return rows


def clipboard_text(rows: list[dict[str, str]], columns: Sequence[str] = COPY_COLUMNS) -> tuple[str, str]:
    """Rows as spreadsheets put them on the clipboard: tab-separated text with a header row, and an HTML table.
    Formula-like cells are escaped as in a CSV export: a pasted title must not run as a formula."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(columns)
    body = [[escaped(row[title]) for title in columns] for row in rows]
    writer.writerows(body)
    cells = [[html.escape(cell).replace("\n", "<br>") for cell in line] for line in body]
    table = "".join(f"<th>{html.escape(title)}</th>" for title in columns)
    table = f"<tr>{table}</tr>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in line) + "</tr>" for line in cells)
    return out.getvalue(), f'<html><head><meta charset="utf-8"></head><body><table>{table}</table></body></html>'


def _stamp(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _link_text(dep: Dependency, row_of: dict[int, int], cal: Calendar) -> str:
    """MS Project's notation: "3" (finish-to-start, no lag), "5SS", "7FS+2d", "8FF-4h", "9FS+50%", "4FS+2ed"."""
    return format_spec(LinkSpec(row_of[dep.predecessor_id], dep.type, dep.lag, dep.lag_unit), cal)


# -- reading -------------------------------------------------------------------------------------------------
@dataclass
class Reading:
    """How to read a table's cells. `fields` names each column's field (None: left out), in place of the guess
    from the header row (`guess_fields`); `header` says whether the first row holds titles, not a task.
    `local_date` reads a date as the user's locale writes it (the window's QLocale): the moment and whether the
    text gave a time, or None to leave it to the reader's own rules; `decimal_point` is the locale's, for
    durations such as "1,5d"."""

    fields: Sequence[str | None] | None = None
    header: bool = True
    day_first: bool | None = None
    local_date: Callable[[str], tuple[datetime, bool] | None] | None = None
    decimal_point: str = "."


def import_csv(path: str | os.PathLike, day_first: bool | None = None, reading: Reading | None = None) -> ImportResult:
    """Read a CSV table of tasks into a new workspace holding one project; ImportFileError if it cannot.

    ISO dates (2024-01-08, 2024-01-08 08:00) are read as they are; dotted ones (08.01.2024) day-first; others such
    as 03/04/2024 day-first or month-first as the file's other dates show (a day after the 12th settles it), and
    when none does, as `day_first` says, by default as the user's locale writes dates.
    """
    reading = reading or Reading(day_first=day_first)
    summary = ImportSummary(source=Path(path).name, format=FORMAT)
    return _Reader(decoded(read_bytes(path), Path(path).name, summary), Path(path).name, reading, summary).read()


def import_text(text: str, name: str, reading: Reading | None = None) -> ImportResult:
    """Read rows of text (pasted from a spreadsheet: tab-separated, or CSV) as `import_csv` reads a file."""
    return _Reader(text, name, reading or Reading(), ImportSummary(source=name, format=FORMAT)).read()


def read_table(text: str, name: str, limit: int | None = None) -> tuple[str, list[list[str]]]:
    """The separator sniffed from `text` and its non-empty rows as cells (the first `limit` only, for a preview)."""
    if not text.strip():
        raise ImportFileError(tr("Import", "{name}: the file is empty").format(name=name))
    check_line_lengths(text, name)
    separator = sniff_separator(text)
    rows = [cells for _, cells in _split(text, separator, name, limit)]
    if not rows:
        raise ImportFileError(tr("Import", "{name}: the file holds no rows").format(name=name))
    return separator, rows


def read_file_table(path: str | os.PathLike, limit: int | None = None) -> tuple[str, list[list[str]]]:
    """`read_table` of a file (decoded as `import_csv` decodes it)."""
    name = Path(path).name
    return read_table(decoded(read_bytes(path), name, ImportSummary(source=name, format=FORMAT)), name, limit)


def guess_fields(titles: Sequence[str]) -> list[str | None]:
    """The field each header title names, None for a title we have no field for."""
    return [HEADERS.get(" ".join(unescaped(t.strip()).casefold().replace("_", " ").split())) for t in titles]


def _split(text: str, separator: str, name: str, limit: int | None = None) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) of each row that holds anything, refusing a malformed or too big table."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    count, line = 0, 1
    try:
        for cells in reader:
            if len(cells) > MAX_COLUMNS:
                raise ImportFileError(
                    tr("Import", "{name}, line {line}: more than {MAX_COLUMNS:,} columns").format(
                        name=name, line=line, MAX_COLUMNS=MAX_COLUMNS
                    )
                )
            if any(cell.strip() for cell in cells):
                count += 1
                if count > MAX_TASKS + 1:  # and the header
                    raise ImportFileError(
                        tr("Import", "{name}: more than the {MAX_TASKS:,} tasks a plan can hold").format(
                            name=name, MAX_TASKS=MAX_TASKS
                        )
                    )
                yield line, cells
                if limit is not None and count >= limit:
                    return
            line = reader.line_num + 1
    except csv.Error as error:
        raise ImportFileError(
            tr("Import", "{name}, line {line_num}: malformed CSV ({error})").format(
                name=name, line_num=reader.line_num, error=error
            )
        ) from None


def decoded(data: bytes, name: str, summary: ImportSummary) -> str:
    """The file's text: UTF-16 or UTF-8 (a byte-order mark tolerated), else Windows-1252, as Excel writes "CSV"
    on Western Windows."""
    try:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            raise ImportFileError(
                tr("Import", "{name}: the file says it is UTF-16 but is not ({reason})").format(
                    name=name, reason=error.reason
                )
            ) from None
    summary.note(tr("Import", "the file is not UTF-8; it was read as Windows-1252 (Western European)"))
    return data.decode("cp1252", errors="replace")


def sniff_separator(text: str) -> str:
    """ ",", ";" or tab: csv.Sniffer's choice on the first lines when the header holds it, else the one the header
    holds most of (the sniffer guesses wrong on a table of one column, or notes full of commas).

    The sniffer sees the first SNIFF_CHARACTERS only: its patterns backtrack, and took 11 s on 64 KB of `, "`."""
    header = text.split("\n", 1)[0]
    try:
        found = csv.Sniffer().sniff(text[:SNIFF_CHARACTERS], delimiters=",;\t").delimiter
        if found in header:
            return found
    except csv.Error:
        pass
    counts = {separator: header.count(separator) for separator in ",;\t"}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


@dataclass
class _Row:
    line: int  # where the row starts in the file, from 1
    cells: list[str]


_NUMERIC_DATE = re.compile(
    r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$"
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_TASKJUGGLER_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})-(\d{2}:\d{2}(?::\d{2})?)(?:-[+-]\d{4})?$")
# No two `\s*` side by side around an optional part: on a cell of spaces they backtrack in quadratic time.
_PREDECESSOR = re.compile(r"^(\d{1,9})\s*(?:(FS|SS|FF|SF)\s*)?(?:([+-])\s*(\S.*))?$", re.IGNORECASE)
_ELAPSED_LAG = re.compile(r"^([0-9.,]+)\s*e([a-z]+)$")
_WEEKDAY = re.compile(r"^[^\W\d]{2,9}\.?,?\s+(?=\d)")  # "Mon 08/01/24", as MS Project shows dates
PRIORITY_NAMES = {
    "lowest": Priority.LOW, "low": Priority.LOW, "normal": Priority.NORMAL, "medium": Priority.NORMAL,
    "high": Priority.HIGH, "highest": Priority.URGENT, "urgent": Priority.URGENT,
}  # fmt: skip


def check_line_lengths(text: str, name: str) -> None:
    """Refuse a line longer than MAX_LINE before the csv module splits it into cells."""
    lengths = [len(line) for line in text.split("\n")]
    if max(lengths) > MAX_LINE:
        line = next(number for number, length in enumerate(lengths, 1) if length > MAX_LINE)
        raise ImportFileError(
            tr("Import", "{name}, line {line}: longer than {MAX_LINE:,} characters; no plan holds such a row").format(
                name=name, line=line, MAX_LINE=MAX_LINE
            )
        )


class _Reader:
    def __init__(self, text: str, name: str, reading: Reading, summary: ImportSummary) -> None:
        self.name = name
        self.summary = summary
        self.reading = reading
        self.ws = Workspace()
        self.cal = self.ws.calendar
        if not text.strip():
            raise ImportFileError(tr("Import", "{name}: the file is empty").format(name=name))
        check_line_lengths(text, name)
        rows = [_Row(line, cells) for line, cells in _split(text, sniff_separator(text), name)]
        if not rows:
            raise ImportFileError(tr("Import", "{name}: the file holds no rows").format(name=name))
        self.header = rows[0] if reading.header else _Row(0, [])
        self.rows = rows[1:] if reading.header else rows
        self.columns = self._columns()
        if any(self.cell(row, "status") for row in self.rows):
            self.summary.note(
                tr("Import", "the Status column was not read: a task's board column follows its % complete")
            )
        self.day_first = self._date_order(locale_day_first() if reading.day_first is None else reading.day_first)
        self.people: dict[str, int] = {}  # a name, case-folded -> person id
        self.row_of_task: dict[int, _Row] = {}
        self.task_of_id: dict[int, int] = {}  # the ID column's number (or the row's) -> task id

    # -- cells and errors ----------------------------------------------------------------------------------
    def where(self, row: _Row, key: str | None) -> str:
        where = f"{self.name}, line {row.line}"
        if key in self.columns:
            index, title = self.columns[key]
            where += f", column {index + 1} “{title[:40]}”"
        return where

    def fail(self, row: _Row, key: str | None, message: str) -> ImportFileError:
        return ImportFileError(tr("Import", "{where}: {message}").format(where=self.where(row, key), message=message))

    def cell(self, row: _Row, key: str) -> str:
        index = self.columns.get(key, (len(row.cells), ""))[0]
        if index >= len(row.cells):
            return ""
        return unescaped(row.cells[index].strip()).replace("\r\n", "\n")  # a line break in a cell is "\n" here

    def _columns(self) -> dict[str, tuple[int, str]]:
        """Each field read: key -> (column index, title as written), from the chosen fields or the header's."""
        titles = [unescaped(title.strip()) for title in self.header.cells]
        fields = self.reading.fields
        if fields is None:
            fields = guess_fields(titles)
            ignored = [f"“{title[:40]}”" for title, key in zip(titles, fields, strict=True) if key is None and title]
            if ignored:
                more = ", …" if len(ignored) > 10 else ""
                listed = ", ".join(ignored[:10])
                self.summary.note(
                    tr("Import", "columns the planner has no field for were left out: {listed}{more}").format(
                        listed=listed, more=more
                    )
                )
        columns: dict[str, tuple[int, str]] = {}
        for index, key in enumerate(fields):
            title = titles[index] if index < len(titles) and titles[index] else f"column {index + 1}"
            if key is None:
                continue
            if key not in FIELDS:
                raise ValidationError(
                    tr("Import", "{key}: not a field a column can hold ({join})").format(
                        key=key, join=", ".join(FIELDS)
                    )
                )
            if key in columns:
                self.summary.note(
                    tr("Import", "the column “{title}” repeats “{columns}”; it was not read").format(
                        title=title[:40], columns=columns[key][1]
                    )
                )
            else:
                columns[key] = (index, title)
        if "name" not in columns:
            if self.reading.fields is not None:
                raise ImportFileError(
                    tr("Import", "{name}: no column holds the task names; choose one for “Name”").format(name=self.name)
                )
            raise ImportFileError(
                tr(
                    "Import",
                    "{name}, line {line}: the first row names no column of task names (“Name”, “Task Name” or “Title”); a CSV import needs a header row",  # noqa: E501
                ).format(name=self.name, line=self.header.line)
            )
        return columns

    def _date_order(self, default: bool) -> bool:
        """True when numeric dates are day-first: as the file's dates after the 12th show, else `default`."""
        seen: dict[bool, tuple[_Row, str, str] | None] = {True: None, False: None}  # the first date showing each
        ambiguous = ""
        for row in self.rows:
            for key in ("start", "finish"):
                text = self.cell(row, key)
                match = _NUMERIC_DATE.match(_WEEKDAY.sub("", text))
                if match is None or match[2] == ".":  # dotted dates are day-first wherever they are written
                    continue
                first, second = int(match[1]), int(match[3])
                if first > 12 or second > 12:
                    seen[first > 12] = seen[first > 12] or (row, key, text)
                else:
                    ambiguous = ambiguous or text
        if seen[True] and seen[False]:
            row, key, text = seen[False]
            other = seen[True]
            raise self.fail(
                row,
                key,
                tr("Import", "“{text}” is month-first, but line {line} has the day-first date “{other}”").format(
                    text=text, line=other[0].line, other=other[2]
                ),
            )
        if seen[True] or seen[False]:
            return seen[True] is not None
        if ambiguous:
            # One sentence per order, so each language words it whole.
            read = (
                tr("Import", "dates such as “{ambiguous}” can be read either way; they were read day-first, as this "
                   "computer's settings write dates")
                if default
                else tr("Import", "dates such as “{ambiguous}” can be read either way; they were read month-first, as "
                        "this computer's settings write dates")
            )  # fmt: skip
            self.summary.note(read.format(ambiguous=ambiguous))
        return default

    # -- the table -----------------------------------------------------------------------------------------
    def read(self) -> ImportResult:
        project = Project(id=1, name=Path(self.name).stem[:MAX_TITLE])
        self.ws.put("project", project)
        self.result = ImportResult(workspace=self.ws, project_id=1, summary=self.summary, calendar=self.cal)
        self.result.calendars[self.cal.name] = self.cal
        self._tasks()
        self._links()
        self.ws.rebuild_indexes()
        loop = find_loop(self.ws)
        if loop:  # named where the second task's predecessors name the first
            raise ImportFileError(loop_message(self.ws, loop, self.where(self.row_of_task[loop[1]], "predecessors")))
        dated = [t for t in self.ws.tasks.values() if t.start]
        if dated:
            project.start = min(t.start for t in dated)
            project.target_finish = max(t.finish or t.start for t in dated)
        for kind, table in (("task", self.ws.tasks), ("link", self.ws.dependencies), ("person", self.ws.people)):
            self.summary.add(kind, len(table))
        self.summary.add("assignment", sum(len(t.assignments) for t in self.ws.tasks.values()))
        return self.result

    def _tasks(self) -> None:
        """A task per row, under the nearest row above it of a lower outline level (from "Outline Level", else
        from the parts of the WBS number "1.2.3")."""
        stack: list[tuple[int, int]] = []  # (outline level, task id) of the open branch
        positions: dict[int | None, int] = {}
        jumped = False
        for number, row in enumerate(self.rows, 1):
            level = self._level(row)
            while stack and stack[-1][0] >= level:
                stack.pop()
            jumped = jumped or bool(stack and level > stack[-1][0] + 1)
            if len(stack) >= MAX_DEPTH:
                raise self.fail(
                    row,
                    "level",
                    tr("Import", "the task tree is deeper than {MAX_DEPTH} levels").format(MAX_DEPTH=MAX_DEPTH),
                )
            parent = stack[-1][1] if stack else None
            task_id = len(self.ws.tasks) + 1
            stack.append((level, task_id))
            position = positions.get(parent, 0)
            positions[parent] = position + 1
            task = Task(id=task_id, title=self._title(row), project_id=1, parent_id=parent, position=position)
            self._dates(task, row)
            task.percent_complete = self._percent(row)
            task.priority = self._priority(row)
            task.notes = bounded_text(self.cell(row, "notes"), MAX_NOTES, "task notes", self.summary)
            self._assign(task, row)
            self._identify(task, row, number)
            self.ws.tasks[task_id] = task
            self.row_of_task[task_id] = row
        if jumped:
            self.summary.note(
                tr("Import", "some tasks skip an outline level; each went under the nearest task above it")
            )

    def _level(self, row: _Row) -> int:
        text = self.cell(row, "level")
        if text:
            if not text.isdecimal() or len(text) > 3 or not 1 <= int(text) <= MAX_DEPTH:
                raise self.fail(
                    row,
                    "level",
                    tr("Import", "“{text}” is not an outline level (1 to {MAX_DEPTH})").format(
                        text=text[:40], MAX_DEPTH=MAX_DEPTH
                    ),
                )
            return int(text)
        wbs = self.cell(row, "wbs").strip(".")
        return wbs.count(".") + 1 if wbs else 1

    def _title(self, row: _Row) -> str:
        title = bounded_text(self.cell(row, "name"), MAX_TITLE, "task names", self.summary)
        if not title:
            self.summary.note(tr("Import", "tasks without a name were named “Task <line>”"))
            return f"Task {row.line}"
        return title

    def _identify(self, task: Task, row: _Row, number: int) -> None:
        """Number the task as predecessors name it: by the ID column, else by its place among the rows."""
        text = self.cell(row, "id")
        if text:
            if not text.isdecimal() or len(text) > 9:
                raise self.fail(row, "id", tr("Import", "“{text}” is not a whole number").format(text=text[:40]))
            number = int(text)
            task.external_id = text
        if number in self.task_of_id:
            raise self.fail(row, "id", tr("Import", "two rows have the ID {number}").format(number=number))
        self.task_of_id[number] = task.id

    def _moment(self, row: _Row, key: str) -> datetime | None:
        """The cell's date; a day alone is its first working minute for a start, its last for a finish."""
        text = self.cell(row, key)
        if not text:
            return None
        try:
            # ISO dates need no locale, and trying the locale's formats first costs 0.2 ms a cell
            local = self.reading.local_date(text) if self.reading.local_date and not _ISO_DATE.match(text) else None
            value, timed = local or self._parse_date(text)
        except ValueError:
            raise self.fail(
                row, key, tr("Import", "“{text}” is not a date such as 2024-01-08 or 08/01/2024").format(text=text[:40])
            ) from None
        if not in_range(value):
            raise self.fail(row, key, out_of_range(value))
        if timed:
            return value
        return self.cal.day_end(value.date()) if key == "finish" else self.cal.day_start(value.date())

    def _parse_date(self, text: str) -> tuple[datetime, bool]:
        """A naive datetime and whether the text gave a time; ValueError when it is not a date."""
        text = _WEEKDAY.sub("", text)
        juggler = _TASKJUGGLER_DATE.match(text)
        if juggler:
            text = f"{juggler[1]} {juggler[2]}"
        numeric = _NUMERIC_DATE.match(text)
        if numeric is None:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None), len(text) > 10
        first, separator, second, year, hour, minute, seconds, half = numeric.groups()
        day, month = (first, second) if self.day_first or separator == "." else (second, first)
        full_year = int(year) if len(year) == 4 else int(year) + (1900 if int(year) >= 69 else 2000)
        hours = int(hour or 0)
        if half:
            hours = hours % 12 + (12 if half.lower() == "pm" else 0)
        value = datetime(full_year, int(month), int(day), hours, int(minute or 0), int(seconds or 0))
        return value, hour is not None

    def _dates(self, task: Task, row: _Row) -> None:
        """Start, finish and duration; the one missing is worked out from the other two on the calendar."""
        start, finish = self._moment(row, "start"), self._moment(row, "finish")
        text = self.cell(row, "duration").rstrip("?").strip()  # MS Project marks estimated durations "3d?"
        duration = None
        if len(text) > MAX_DURATION_TEXT:
            raise self.fail(
                row, "duration", tr("Import", "“{text}…” is too long for a duration").format(text=text[:40])
            )
        if text:
            try:
                duration = parse_duration(text.replace(self.reading.decimal_point, "."), self.cal)
            except ValidationError as error:
                raise self.fail(row, "duration", str(error)) from None
        if start and finish and finish < start:
            raise self.fail(
                row,
                "finish",
                tr("Import", "the task finishes ({finish}) before it starts ({start})").format(
                    finish=finish, start=start
                ),
            )
        try:
            if duration is None and start and finish:
                duration = self.cal.working_minutes(start, finish)
            elif duration is not None and start and not finish:
                finish = self.cal.add_working(start, duration)
            elif duration is not None and finish and not start:
                start = self.cal.add_working(finish, duration, backward=True)
        except (OverflowError, ValueError):
            raise self.fail(
                row,
                "duration",
                tr("Import", "{text} from the task's date falls outside every calendar").format(text=text),
            ) from None
        for value in (start, finish):
            if value and not in_range(value):
                raise self.fail(
                    row,
                    "duration",
                    tr("Import", "{text} from the task's date ends {out_of_range}").format(
                        text=text, out_of_range=out_of_range(value)
                    ),
                )
        if duration == 0:  # a task of no length is a milestone, as in MS Project
            task.milestone = True
            start = finish = start or finish
        task.start, task.finish, task.duration = start, finish, duration

    def _percent(self, row: _Row) -> int:
        text = self.cell(row, "percent").rstrip("%").strip()
        if not text:
            return 0
        try:
            value = round(finite(text.replace(",", ".")))
        except ValueError:
            raise self.fail(row, "percent", tr("Import", "“{text}” is not a number").format(text=text[:40])) from None
        if not 0 <= value <= 100:
            raise self.fail(row, "percent", tr("Import", "{value} is not 0–100").format(value=value))
        return value

    def _priority(self, row: _Row) -> Priority:
        text = self.cell(row, "priority")
        if not text:
            return Priority.NORMAL
        if text.casefold() in PRIORITY_NAMES:
            return PRIORITY_NAMES[text.casefold()]
        if text.isdecimal() and len(text) <= 4 and int(text) <= 1000:  # MS Project's 0–1000
            return ms_project_priority(int(text))
        raise self.fail(
            row,
            "priority",
            tr("Import", "“{text}” is not a priority (Low, Normal, High, Urgent or 0–1000)").format(text=text[:40]),
        )

    def _assign(self, task: Task, row: _Row) -> None:
        """People by name, created the first time a name is seen, with units as MS Project writes them: "Bob[50%]".

        Names are parted by ";" (as this export writes them), else by "," (MS Project in English)."""
        text = self.cell(row, "resources")
        for part in text.split(";" if ";" in text else ","):
            name, units_text = part.strip(), ""
            if name.endswith("]") and "[" in name:
                name, _, units_text = name[:-1].rpartition("[")
            name = bounded_text(name.strip(), MAX_TITLE, "names of people", self.summary)
            if not name:
                continue
            units = 1.0
            if units_text:
                try:
                    units = finite(units_text.strip().rstrip("%").replace(",", ".")) / 100
                except ValueError:
                    units = -1.0
                if not 0 < units <= 10:
                    raise self.fail(
                        row,
                        "resources",
                        tr("Import", "“{strip}”: the units are not 1–1000 %").format(strip=part.strip()[:60]),
                    )
            key = name.casefold()
            if key not in self.people:
                person_id = len(self.ws.people) + 1
                self.ws.people[person_id] = Person(id=person_id, name=name)
                self.people[key] = person_id
            task.assignments[self.people[key]] = units

    # -- links ---------------------------------------------------------------------------------------------
    def _links(self) -> None:
        """Each task's predecessors, "3;5SS;7FS+2d", into links; a row that is not there, a task following itself
        or a loop is refused with its line; a link a summary task has with its own subtask is skipped."""
        seen: set[tuple[int, int]] = set()
        for successor, row in self.row_of_task.items():
            text = self.cell(row, "predecessors")
            for item in text.split(";" if ";" in text else ","):
                item = item.strip()
                if not item:
                    continue
                match = _PREDECESSOR.match(item)
                if match is None:
                    raise self.fail(
                        row,
                        "predecessors",
                        tr("Import", "“{item}” is not a predecessor such as 3, 5SS or 7FS+2d").format(item=item[:40]),
                    )
                predecessor = self.task_of_id.get(int(match[1]))
                if predecessor is None:
                    raise self.fail(
                        row,
                        "predecessors",
                        tr("Import", "“{item}”: there is no row {match} in the file").format(
                            item=item[:40], match=int(match[1])
                        ),
                    )
                if predecessor == successor:
                    raise self.fail(
                        row,
                        "predecessors",
                        tr("Import", "“{item}”: a task cannot follow itself").format(item=item[:40]),
                    )
                label = f"“{self.ws.tasks[predecessor].title}” → “{self.ws.tasks[successor].title}”"
                if (predecessor, successor) in seen:
                    self.summary.skip("link", label, tr("Import", "the same link twice"))
                    continue
                if predecessor in self.ws.ancestors(successor) or successor in self.ws.ancestors(predecessor):
                    self.summary.skip("link", label, tr("Import", "it links a summary task with its own subtask"))
                    continue
                seen.add((predecessor, successor))
                lag, unit, facts = self._lag(row, match[3], match[4])
                dep_id = len(self.ws.dependencies) + 1
                link_type = LinkType((match[2] or "FS").upper())
                self.ws.dependencies[dep_id] = Dependency(dep_id, predecessor, successor, link_type, lag, unit)
                self.result.links[dep_id] = facts

    def _lag(self, row: _Row, sign: str | None, text: str | None) -> tuple[int, str, LinkFacts]:
        """The lag as the core holds it (minutes of working time, wall-clock minutes when "elapsed", or a
        percentage of the predecessor's duration) with its unit, and the facts `ApplyImport` reads."""
        if not text:
            return 0, "", LinkFacts()
        factor = -1 if sign == "-" else 1
        shown = text.strip().lower()
        raw = f"{sign}{shown}"
        if len(shown) > MAX_DURATION_TEXT:
            raise self.fail(
                row, "predecessors", tr("Import", "the lag “{raw}…” is too long for a duration").format(raw=raw[:40])
            )
        try:
            if shown.endswith("%"):
                percent = finite(shown[:-1].strip().replace(",", "."))
                if percent > MAX_LAG_PERCENT:
                    raise ValueError(f"more than {MAX_LAG_PERCENT:,} %")
                value = factor * round(percent)
                return value, "percent", LinkFacts(lag_unit="%", percent=value, raw=raw)
            elapsed = _ELAPSED_LAG.match(shown)
            if elapsed:
                value = factor * parse_duration(elapsed[1] + elapsed[2], ELAPSED)
                return value, "elapsed", LinkFacts(elapsed=True, elapsed_minutes=value, raw=raw)
            return factor * parse_duration(shown, self.cal), "", LinkFacts(raw=raw)
        except (ValidationError, ValueError) as error:
            raise self.fail(
                row, "predecessors", tr("Import", "the lag “{raw}”: {error}").format(raw=raw[:40], error=error)
            ) from None
