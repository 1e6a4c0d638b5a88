"""What every importer shares: the result object, the error it raises, safe XML parsing with line numbers, and
the checks a plan must pass (links to missing tasks, loops, absurd durations) before it reaches a workspace."""

from __future__ import annotations

import contextlib
import io
import math
import os
import re
import xml.parsers.expat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as DefusedET

from planner.core.calendars import Calendar
from planner.core.durations import MAX_MINUTES
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.memory import collector_paused
from planner.core.model import Priority, Workspace
from planner.io.summary import ImportSummary


class ImportFileError(ValidationError):
    """A file that cannot be imported; the message names the file, the element and the line where known.

    Every reader raises this and nothing else for a bad file, so callers catch one type (docs/RELIABILITY.md).
    """


# -- limits every reader checks (stated in docs/RELIABILITY.md) ---------------------------------------------
# The dates a plan may hold (EARLIEST, LATEST, `in_range`) are the core's, in planner.core.calendars: commands
# refuse the same dates the importers refuse.
MAX_FILE_BYTES = 256 * 1024 * 1024  # checked before the file is read; 100,000 MS Project tasks take ~150 MB
MAX_TASKS = 250_000  # the supported size: tasks, to-dos or events in one file, counted before the tree is built
MAX_DEPTH = 100  # outline levels of the task tree
MAX_TITLE = 1_000  # characters of a task's, a project's or a person's name; longer ones are cut, with a note
MAX_NOTES = 100_000  # characters of a task's notes; longer ones are cut, with a note
# Recurring calendar exceptions and public holidays, which a file can only hold as dates, are written as the days
# from a year before the project to ten years after it, since plans slip.
WINDOW_BEFORE = timedelta(days=366)
WINDOW_AFTER = timedelta(days=3660)
MAX_LAG_PERCENT = 10_000  # a lag of a hundred times the predecessor's duration is already absurd


@dataclass
class LinkFacts:
    """What a link in the file says beyond type and working-minute lag (the core `Dependency` cannot hold it yet)."""

    lag_unit: str = "d"  # the unit the file shows the lag in: m, h, d, w, mo or %
    elapsed: bool = False  # the lag runs in calendar time, not working time
    elapsed_minutes: int | None = None  # the lag as wall-clock minutes, when elapsed
    percent: float | None = None  # the lag as a percentage of the predecessor's duration, when in %
    hard: bool = True  # GanttProject "Strong" (True) or "Rubber" (False: the successor may start later)
    raw: str = ""  # the lag exactly as written, for a faithful export


@dataclass
class ImportResult:
    """A new workspace holding the imported project, plus what the core model has no field for yet.

    Ids inside are the new workspace's own ids (tasks, people and links numbered from 1), so the store
    or `planner.io.apply.ApplyImport` can renumber them when they go into a real workspace.
    """

    workspace: Workspace
    project_id: int
    summary: ImportSummary
    calendar: Calendar  # the project's calendar; also `workspace.calendar`
    calendars: dict[str, Calendar] = field(default_factory=dict)  # every calendar in the file, by name
    task_calendars: dict[int, Calendar] = field(default_factory=dict)  # task id -> its own calendar
    person_calendars: dict[int, Calendar] = field(default_factory=dict)  # person id -> calendar (days off)
    links: dict[int, LinkFacts] = field(default_factory=dict)  # dependency id -> lag facts
    assignment_work: dict[tuple[int, int], int] = field(default_factory=dict)  # (task, person) -> minutes
    person_external_ids: dict[int, str] = field(default_factory=dict)  # person id -> id in the file
    elapsed_durations: dict[int, int] = field(default_factory=dict)  # task id -> wall-clock minutes

    @property
    def project(self):
        return self.workspace.projects[self.project_id]


# -- XML ----------------------------------------------------------------------------------------
def read_bytes(path: str | os.PathLike, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes; ImportFileError when it cannot be read or is larger than `limit`, before reading it."""
    try:
        size = os.stat(path).st_size
        if size > limit:
            raise ImportFileError(
                tr("Import", "{name}: {value:,.0f} MB is more than the {value2:,.0f} MB an import reads").format(
                    name=Path(path).name, value=size / 2**20, value2=limit / 2**20
                )
            )
        return Path(path).read_bytes()
    except OSError as error:
        raise ImportFileError(
            tr("Import", "{name}: cannot be read ({value})").format(name=Path(path).name, value=error.strerror or error)
        ) from error


def check_count(count: int, what: str, name: str) -> None:
    """Refuse a file holding more than MAX_TASKS `what`, counted by the caller before the tree is built."""
    if count > MAX_TASKS:
        raise ImportFileError(
            tr("Import", "{name}: {count:,} {what} is more than a plan can hold ({MAX_TASKS:,} at most)").format(
                name=name, count=count, what=what, MAX_TASKS=MAX_TASKS
            )
        )


def check_file_count(path: str | os.PathLike, local_name: str, what: str, limit: int = MAX_TASKS) -> None:
    """Refuse an XML file holding more than `limit` `local_name` elements, counted while streaming it: a plan over
    the supported size is refused before it is read whole or parsed."""
    if count_in_file(path, local_name, stop_after=limit) > limit:
        raise ImportFileError(
            tr(
                "Import",
                "{name}: it holds more than {limit:,} {what}, the most a plan can hold; split it into smaller plans",
            ).format(name=Path(path).name, limit=limit, what=what)
        )


def count_in_file(path: str | os.PathLike, local_name: str, stop_after: int, chunk_size: int = 1 << 16) -> int:
    """`count_elements` of the file at `path`, read in chunks; it stops once the count is over `stop_after`.

    Each chunk is counted up to its last "<" and the rest carried into the next, so every tag is counted whole
    with the same rules as on the whole file (a test checks they agree wherever the chunks are cut). The chunk and
    its two copies stay in the processor's cache at 64 KB: 105,000 MS Project tasks are counted in 0.13 s of CPU
    against 0.18 s with 1 MB chunks."""
    count, carried = 0, b""
    try:
        with open(path, "rb") as file:
            while count <= stop_after and (chunk := file.read(chunk_size)):
                data = carried + chunk
                cut = max(data.rfind(b"<"), 0)
                count += count_elements(data[:cut], local_name)
                carried = data[cut:]
    except OSError as error:
        raise ImportFileError(
            tr("Import", "{name}: cannot be read ({value})").format(name=Path(path).name, value=error.strerror or error)
        ) from error
    return count + (count_elements(carried, local_name) if count <= stop_after else 0)


def count_elements(data: bytes, local_name: str) -> int:
    """How many start tags of `local_name` (in any namespace) the XML holds: a byte scan, not a parse.

    The pattern begins with the name rather than "<", so the regular expression engine skips ahead by it (7 ms
    instead of 50 on 10,000 MS Project tasks); each hit is then kept when "<" or "<prefix:" opens it.
    """
    count = 0
    for found in re.finditer(re.escape(local_name.encode()) + rb"[\s/>]", data):
        at = found.start()
        before = data[at - 1 : at]
        if before == b"<" or (before == b":" and data[data.rfind(b"<", 0, at) + 1 : at][:1] not in (b"/", b"")):
            count += 1
    return count


# Read records: (root, section, the section's records read whole since last time, in order) -> None.
Shed = Callable[[Element, Element, list[Element]], None]
# Bytes fed to the parser at a time when records are shed. Small, so that the elements a chunk makes (~10 bytes of
# objects a byte of XML) are read and freed while they are still in the processor's cache, and freed memory is reused
# hot: 32 KB parses 105,000 MS Project tasks in 2.8-3.1 s of CPU against 5.2-5.3 s with 1 MB chunks, flat from 8 to
# 64 KB on a 1 MB L2 cache (docs/PERFORMANCE.md, fifteenth steps).
CHUNK = 1 << 15


def parse_xml(data: bytes, name: str, shed: dict[str, Shed] | None = None) -> Element:
    """The root element of `data`, parsed with defusedxml; every refusal becomes an ImportFileError naming the line.

    `shed` names sections under the root (by local name) whose records (their children) are handed to the function
    given for it as they are read whole, in order, and then dropped from the tree: a reader keeps what it needs of
    each and the tree of a large plan never exists whole (1 GB for 105,000 MS Project tasks). The functions only
    convert; checks that can fail come after the parse, so a malformed file is still refused as such."""
    if not data or data.isspace():  # not `strip()`, which copies the file (110 MB at 105,000 tasks) to test it
        raise ImportFileError(tr("Import", "{name}: the file is empty").format(name=name))
    try:
        with collector_paused():
            if not _cannot_declare_entities(data):
                root = DefusedET.parse(io.BytesIO(data), forbid_dtd=False).getroot()
                _shed(root, shed or {}, whole=True)
                return root
            if not shed:
                return ElementTree.fromstring(data)
            return _parse_shedding(data, shed)
    except defusedxml.EntitiesForbidden as error:
        line = _line_of_text(data, b"<!ENTITY")
        if error.sysid or error.pubid:
            raise ImportFileError(
                tr(
                    "Import",
                    "{name}, line {line}: the file declares an external entity “{name2}” ({value}); it is refused, because it could read other files",  # noqa: E501
                ).format(name=name, line=line, name2=error.name, value=error.sysid or error.pubid)
            ) from None
        raise ImportFileError(
            tr(
                "Import",
                "{name}, line {line}: the file declares an entity “{name2}”; entities are refused, because expanding them can exhaust memory",  # noqa: E501
            ).format(name=name, line=line, name2=error.name)
        ) from None
    except defusedxml.DefusedXmlException as error:
        raise ImportFileError(
            tr("Import", "{name}: refused unsafe XML ({kind}: {error})").format(
                name=name, kind=type(error).__name__, error=error
            )
        ) from None
    except (LookupError, ValueError) as error:  # expat's refusal of an encoding it does not know
        declared = re.search(rb"""encoding\s*=\s*["']([^"']{0,60})""", data[:400])
        shown = declared.group(1).decode("ascii", "replace") if declared else "?"
        raise ImportFileError(
            tr(
                "Import", "{name}, line 1: the file's encoding “{shown}” is not one an XML reader knows ({error})"
            ).format(name=name, shown=shown, error=error)
        ) from None
    except ParseError as error:
        line, column = error.position
        reason = str(error).split(":")[0]
        if reason == "no element found" and not data.strip().startswith(b"<"):
            reason = "not XML"
        raise ImportFileError(
            tr("Import", "{name}, line {line}, column {value}: malformed XML ({reason})").format(
                name=name, line=line, value=column + 1, reason=reason
            )
        ) from None


def _parse_shedding(data: bytes, shed: dict[str, Shed]) -> Element:
    """expat's C parser fed a chunk at a time, the records of `shed`'s sections shed after each chunk.

    The root comes from the parser's first "start" event; then events are switched off (`_setevents`, the call
    XMLPullParser itself makes) since reading one per element in Python would double the parse."""
    parser = ElementTree.XMLParser()
    started: list[tuple[str, Element]] = []
    parser._setevents(started, ("start",))
    root = None
    for at in range(0, len(data), CHUNK):
        parser.feed(data[at : at + CHUNK])
        if root is None and started:
            root = started[0][1]
            parser._setevents(started, ())
            started.clear()  # it holds the first chunk's elements, which would outlive their shedding
        if root is not None:
            _shed(root, shed, whole=False)
    root = parser.close()
    _shed(root, shed, whole=True)
    return root


def _shed(root: Element, shed: dict[str, Shed], whole: bool) -> None:
    """Hand over and drop the records read whole so far. Only the root's last section can still be open, and only
    its last record unfinished; once the parse is over (`whole`) every record is finished."""
    last = root[-1] if len(root) else None
    for section in root:
        read = shed.get(local(section.tag))
        count = len(section) - (section is last and not whole)
        if read is not None and count > 0:
            read(root, section, section[:count])
            del section[:count]


def _cannot_declare_entities(data: bytes) -> bool:
    """True for a file in an ASCII-compatible encoding with no DOCTYPE: it can declare no entity, internal or
    external, so expat's C parser reads it safely, three times faster than defusedxml's Python handlers
    (1.3 s against 0.45 s for 10,000 MS Project tasks). Everything else goes through defusedxml.

    Why it is safe: entities and external references can only be declared in a DOCTYPE, so expat knows XML's five
    predefined entities and character references and nothing else, and refuses any other reference as "undefined
    entity"; `ElementTree.XMLParser` sets no handler that loads anything, and XInclude is only processed when
    `ElementInclude` is called, which no reader does."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:64]:
        return False  # UTF-16 or UTF-32: a byte search could miss the DOCTYPE
    return b"<!DOCTYPE" not in data and b"<!ENTITY" not in data


def _line_of_text(data: bytes, needle: bytes) -> int:
    at = data.find(needle)
    return data.count(b"\n", 0, at) + 1 if at >= 0 else 1


def element_line(data: bytes, local_name: str, index: int) -> int | None:
    """The line where the `index`-th (from 0) element named `local_name` starts, in any namespace.

    Parsing keeps no line numbers (that would slow every import), so an error looks its line up here.
    """
    parser = xml.parsers.expat.ParserCreate(namespace_separator="}")
    seen = -1
    found: list[int] = []

    def start(tag, _attrs):
        nonlocal seen
        if tag.rsplit("}", 1)[-1] == local_name:
            seen += 1
            if seen == index:
                found.append(parser.CurrentLineNumber)
                raise StopIteration

    parser.StartElementHandler = start
    # Entity declarations were refused already; this parse only counts elements.
    parser.EntityDeclHandler = lambda *args: None
    with contextlib.suppress(StopIteration, xml.parsers.expat.ExpatError):
        parser.Parse(data, True)
    return found[0] if found else None


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class ElementReader:
    """What readers of attribute-style XML (GanttProject, GNOME Planner) share: errors that name the file, the line
    and the element, and attributes read as checked text, numbers and whole numbers.

    A subclass sets `data`, `name` and `format` (the format's name, for messages) and calls `number_elements`
    once the file is parsed.
    """

    data: bytes
    name: str
    format: str

    def number_elements(self, root: Element) -> None:
        """Remember each element's place among those of its tag, so that an error can look its line up."""
        self.order: dict[int, tuple[str, int]] = {}  # id(element) -> (tag, index among its tag)
        counters: dict[str, int] = {}
        for element in root.iter():
            index = counters.get(element.tag, 0)
            counters[element.tag] = index + 1
            self.order[id(element)] = (element.tag, index)

    def where(self, element: Element) -> str:
        tag, index = self.order.get(id(element), (element.tag, 0))
        line = element_line(self.data, tag, index)
        return f"{self.name}, line {line}" if line else self.name

    def fail(self, element: Element, message: str) -> ImportFileError:
        return ImportFileError(
            tr("Import", "{where}: <{tag}> {message}").format(
                where=self.where(element), tag=element.tag, message=message
            )
        )

    def need(self, element: Element, attribute: str) -> str:
        value = element.get(attribute)
        if value is None or not value.strip():
            raise self.fail(
                element,
                tr("Import", "has no “{attribute}” attribute, which {format} always writes").format(
                    attribute=attribute, format=self.format
                ),
            )
        return value.strip()

    def number(self, element: Element, attribute: str, default: float | None = None) -> float:
        text = element.get(attribute)
        if text is None or not text.strip():
            if default is None:
                raise self.fail(
                    element,
                    tr("Import", "has no “{attribute}” attribute, which {format} always writes").format(
                        attribute=attribute, format=self.format
                    ),
                )
            return default
        try:
            return finite(text)
        except ValueError:
            raise self.fail(
                element,
                tr("Import", "“{attribute}” is “{text}”, not a number").format(attribute=attribute, text=text[:40]),
            ) from None

    def whole(self, element: Element, attribute: str, low: int, high: int, default: float | None = None) -> int:
        """A whole number between `low` and `high`, or ImportFileError naming the attribute."""
        value = round(self.number(element, attribute, default))
        if not low <= value <= high:
            raise self.fail(
                element,
                tr("Import", "“{attribute}” is {value}, not {low}–{high}").format(
                    attribute=attribute, value=value, low=low, high=high
                ),
            )
        return value

    def walk_tasks(self, tasks_element: Element, add) -> None:
        """`add(element, parent_id, position)` for every nested <task>, each before its subtasks as in the file; it
        returns the new task's id. An explicit stack rather than recursion: a file can nest thousands deep, and it
        is refused past MAX_DEPTH levels."""

        def children(element: Element, parent_id: int | None, depth: int):
            return reversed([(child, parent_id, at, depth) for at, child in enumerate(element.findall("task"))])

        pending = list(children(tasks_element, None, 1))
        while pending:
            element, parent_id, position, depth = pending.pop()
            if depth > MAX_DEPTH:
                raise self.fail(
                    element,
                    tr("Import", "is nested deeper than {MAX_DEPTH} levels of subtasks").format(MAX_DEPTH=MAX_DEPTH),
                )
            task_id = add(element, parent_id, position)
            pending.extend(children(element, task_id, depth + 1))


# -- values -------------------------------------------------------------------------------------
_ISO_DURATION = re.compile(
    r"^(-)?P(?:(\d+(?:\.\d*)?)Y)?(?:(\d+(?:\.\d*)?)M)?(?:(\d+(?:\.\d*)?)W)?(?:(\d+(?:\.\d*)?)D)?"
    r"(?:T(?:(\d+(?:\.\d*)?)H)?(?:(\d+(?:\.\d*)?)M)?(?:(\d+(?:\.\d*)?)S)?)?$"
)


def parse_iso_duration(text: str, calendar: Calendar, elapsed: bool = False) -> float:
    """Minutes in an ISO 8601 duration such as PT8H0M0S, P1DT4H or -PT30M.

    Working time (the default): a day is the calendar's working day, a week its working week, a month
    its working month, as MS Project counts them. Elapsed: a day is 24 hours, a week 7 days, a month 30 days.
    Raises ValueError for text that is not such a duration.
    """
    match = _ISO_DURATION.match(text.strip())
    if not match or text.strip() in ("P", "-P", "PT", "-PT") or text.strip().endswith("T"):
        raise ValueError(f"“{text}” is not an ISO 8601 duration such as PT8H0M0S")
    sign, years, months, weeks, days, hours, minutes, seconds = match.groups()
    if elapsed:
        day, week, month = 24 * 60, 7 * 24 * 60, 30 * 24 * 60
    else:
        day = calendar.minutes_per_day
        week = day * calendar.days_per_week
        month = day * calendar.days_per_month
    total = 0.0
    for value, unit in ((years, 12 * month), (months, month), (weeks, week), (days, day), (hours, 60), (minutes, 1)):
        if value:
            total += float(value) * unit
    if seconds:
        total += float(seconds) / 60
    return -total if sign else total


def format_iso_duration(minutes: float) -> str:
    """Minutes as MS Project writes durations: hours, minutes and seconds, e.g. PT12H30M0S."""
    sign = "-" if minutes < 0 else ""
    seconds = round(abs(minutes) * 60)
    hours, rest = divmod(seconds, 3600)
    mins, secs = divmod(rest, 60)
    return f"{sign}PT{hours}H{mins}M{secs}S"


def check_minutes(minutes: float, what: str, allow_negative: bool = False) -> int:
    """`minutes` rounded, or ImportFileError when it is not a finite number, negative (unless allowed) or absurdly
    long."""
    if not math.isfinite(minutes):
        raise ImportFileError(
            tr("Import", "{what}: a duration of “{minutes}” is not a number of minutes").format(
                what=what, minutes=minutes
            )
        )
    if minutes < 0 and not allow_negative:
        raise ImportFileError(
            tr("Import", "{what}: a duration cannot be negative ({value:g} hours)").format(
                what=what, value=minutes / 60
            )
        )
    if abs(minutes) > MAX_MINUTES:
        raise ImportFileError(
            tr("Import", "{what}: {value:,.0f} days is longer than a century of work").format(
                what=what, value=abs(minutes) / (24 * 60)
            )
        )
    return round(minutes)


def parse_datetime(text: str | None) -> datetime | None:
    """A naive local datetime from ISO text ("2003-01-07T08:00:00", "2024-05-27"); None for empty text.

    Raises ValueError for text that is not a date. A time-zone offset, if any, is dropped: plans are in local time.
    """
    if text is None or not text.strip():
        return None
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return value.replace(tzinfo=None)


def parse_date(text: str) -> date:
    return date.fromisoformat(text.strip())


def finite(text: str) -> float:
    """The number in `text`; ValueError when it is not one, or not finite ("inf", "nan"), which `float` accepts."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"“{text}” is not a finite number")
    return value


def ms_project_priority(code: int) -> Priority:
    """MS Project's priority, 0 (lowest) to 1000 (do not level), as the planner's four; 500 is normal."""
    if code < 500:
        return Priority.LOW
    if code < 600:
        return Priority.NORMAL
    if code < 900:
        return Priority.HIGH
    return Priority.URGENT


def bounded_text(text: str, limit: int, what: str, summary: ImportSummary) -> str:
    """`text`, cut to `limit` characters with a note in the summary when longer."""
    if len(text) <= limit:
        return text
    summary.note(
        tr("Import", "{what} longer than {limit:,} characters were cut to that length").format(what=what, limit=limit)
    )
    return text[:limit]


_XML_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value: str) -> str:
    """`value` escaped for XML element text; characters XML 1.0 cannot hold are dropped, carriage returns kept."""
    value = _XML_BAD_CHARS.sub("", value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def xml_attribute(value: str) -> str:
    """`value` escaped for a double-quoted XML attribute. Tabs and line breaks become character references, since a
    reader turns them into spaces when they stand as they are."""
    return xml_text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


# -- export ---------------------------------------------------------------------------------------
def write_file(path: str | os.PathLike, data: bytes) -> None:
    """Write `data` next to `path` and rename it over `path`, so a failed export never leaves half a file.

    Raises ValidationError naming the file when it cannot be written.
    """
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_bytes(data)
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ValidationError(
            tr("Import", "{target}: cannot be written ({value})").format(target=target, value=error.strerror or error)
        ) from None


def file_ids(candidates: list[str], reserved: set[int], lowest: int = 1) -> list[int]:
    """Each candidate's own number when it is a whole number from `lowest` not taken yet, else the next free one:
    ids that came from a file go back out as they were."""
    taken = set(reserved)
    chosen: list[int | None] = []
    for text in candidates:
        number = int(text) if text.isdigit() and lowest <= int(text) < 2**31 else None
        if number is not None and number not in taken:
            taken.add(number)
            chosen.append(number)
        else:
            chosen.append(None)
    following = max(taken, default=lowest - 1) + 1
    out = []
    for number in chosen:
        if number is None:
            number = following
            following += 1
        out.append(number)
    return out


# -- plan checks ----------------------------------------------------------------------------------
def find_loop(ws: Workspace) -> list[int] | None:
    """Task ids around one loop of links (the first id repeated at the end), or None when there is none.

    One depth-first pass over every link: `links.check_link` answers for one new link at a time, which
    would cost a search per link on a 10,000-task import.
    """
    successors: dict[int, list[int]] = {}
    for dep in ws.dependencies.values():
        successors.setdefault(dep.predecessor_id, []).append(dep.successor_id)
    state: dict[int, int] = {}  # 1: on the current path, 2: finished
    for root in successors:
        if root in state:
            continue
        state[root] = 1
        path = [root]
        stack = [iter(successors.get(root, ()))]
        while stack:
            following = next(stack[-1], None)
            if following is None:
                stack.pop()
                state[path.pop()] = 2
            elif state.get(following) == 1:
                return [*path[path.index(following) :], following]
            elif following not in state:
                state[following] = 1
                path.append(following)
                stack.append(iter(successors.get(following, ())))
    return None


def related(ws: Workspace, first: int, second: int) -> bool:
    """Whether one of the two tasks is a summary above the other (a link between them is refused)."""
    for low, high in ((first, second), (second, first)):
        parent = ws.tasks[low].parent_id
        while parent is not None:
            if parent == high:
                return True
            parent = ws.tasks[parent].parent_id
    return False


def finish_plan(ws: Workspace, summary: ImportSummary, name: str) -> None:
    """Index the imported workspace, refuse it if its links close a loop, and count what came in."""
    ws.rebuild_indexes()
    loop = find_loop(ws)
    if loop:
        raise ImportFileError(loop_message(ws, loop, name))
    for kind, table in (("task", ws.tasks), ("link", ws.dependencies), ("person", ws.people)):
        summary.add(kind, len(table))
    summary.add("assignment", sum(len(t.assignments) for t in ws.tasks.values()))


def loop_message(ws: Workspace, loop: list[int], name: str) -> str:
    names = " → ".join(f"“{ws.tasks[tid].title}”" for tid in loop)
    return f"{name}: the links close a loop: {names}; a plan cannot have one"
