"""Predecessors and Successors as text, in MS Project's notation: "3FS+2d; 5SS-10%; 7".

Each item names the other task by its ID (`planner.core.wbs`), then the link type (FS, the default, is left
out), then a lag: days d, hours h, minutes m, weeks w, elapsed ed/eh/em/ew, or a percentage of the predecessor's
duration %, negative for a lead. Formatting and parsing are inverses; `SetLinks` makes a task's links match a
parsed text in one command. Plain Python: no Qt, no storage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from planner.core.calendars import Calendar
from planner.core.command import Command
from planner.core.durations import parse_duration
from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.links import check_link
from planner.core.model import Dependency, LinkType, Workspace
from planner.core.wbs import Numbering

Side = Literal["predecessors", "successors"]
MAX_LAG_PERCENT = 10_000  # a lag of a hundred times the predecessor's duration is already a typo
ELAPSED_MINUTES = {"m": 1, "h": 60, "d": 24 * 60, "w": 7 * 24 * 60}  # elapsed time runs round the clock

_ITEM = re.compile(r"^(\d{1,9})\s*(FS|SS|FF|SF)?\s*(?:([+-])\s*(.+))?$", re.IGNORECASE)
_ELAPSED = re.compile(r"^([0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)\s*e([a-z]+)$")
_PERCENT = re.compile(r"^([0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)\s*%$")
_ELAPSED_UNITS = {"m": "m", "min": "m", "mins": "m", "h": "h", "hr": "h", "hrs": "h", "d": "d", "day": "d",
                  "days": "d", "w": "w", "wk": "w", "wks": "w"}  # fmt: skip


@dataclass(frozen=True)
class LinkSpec:
    """One item of the text: the other task's ID, the type and the lag as `Dependency` holds it."""

    row: int
    type: LinkType = LinkType.FS
    lag: int = 0  # working minutes, wall-clock minutes ("elapsed") or a percentage ("percent")
    lag_unit: str = ""


def lag_calendar(ws: Workspace, task_id: int) -> Calendar:
    """The calendar whose hours a day turn a task's lags into days: its project's, else the workspace's."""
    project = ws.projects.get(ws.tasks[task_id].project_id)
    if project is None:
        return ws.calendar
    return ws.calendars.get(project.calendar_id, ws.calendar)


# -- format --------------------------------------------------------------------------------------------------
def format_lag(lag: int, unit: str, cal: Calendar) -> str:
    """A lag as MS Project writes it after the type: "+2d", "-4h", "+10%", "+3ed"; "" for none.

    The largest unit that shows the lag exactly (to two decimals) is chosen, so parsing gives the lag back."""
    if lag == 0:
        return ""
    sign = "-" if lag < 0 else "+"
    size = abs(lag)
    if unit == "percent":
        return f"{sign}{size}%"
    if unit == "elapsed":
        units = (("d", 24 * 60), ("h", 60), ("m", 1))
        prefix = "e"
    else:
        units = (("d", cal.minutes_per_day), ("h", 60), ("m", 1))
        prefix = ""
    for name, minutes in units:
        if size >= minutes and (size * 100) % minutes == 0:
            return f"{sign}{_number(size / minutes)}{prefix}{name}"
    return f"{sign}{size}{prefix}m"


def _number(value: float) -> str:
    """At most two decimals, none when whole, never an exponent: 2, 1.5, 1000000."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def format_spec(spec: LinkSpec, cal: Calendar) -> str:
    """ "7" for finish-to-start without lag, else "7SS", "7FS+2d"."""
    lag = format_lag(spec.lag, spec.lag_unit, cal)
    shown_type = "" if spec.type is LinkType.FS and not lag else spec.type.value
    return f"{spec.row}{shown_type}{lag}"


def task_links(ws: Workspace, task_id: int, numbering: Numbering, side: Side) -> list[tuple[Dependency, int]]:
    """The task's links on one side whose other end has an ID in `numbering`, with that ID, in ID order."""
    ids = numbering.ids
    found = [(ws.dependencies[d], ids.get(other)) for other, d in _others(ws, task_id, numbering, side)]
    return sorted(found, key=lambda item: item[1])


def _others(ws: Workspace, task_id: int, numbering: Numbering, side: Side) -> list[tuple[int, int]]:
    """(other task id, dependency id) of the task's links on `side` whose other end is numbered."""
    ids = numbering.ids
    if side == "predecessors":
        pairs = [(ws.dependencies[d].predecessor_id, d) for d in ws.links_in(task_id)]
    else:
        pairs = [(ws.dependencies[d].successor_id, d) for d in ws.links_out(task_id)]
    return [(other, d) for other, d in pairs if other in ids]


def links_text(ws: Workspace, task_id: int, numbering: Numbering, side: Side, cal: Calendar) -> str:
    """The Predecessors (or Successors) cell of a task: "3FS+2d; 5SS-10%; 7"."""
    return "; ".join(
        format_spec(LinkSpec(row, dep.type, dep.lag, dep.lag_unit), cal)
        for dep, row in task_links(ws, task_id, numbering, side)
    )


# -- parse ---------------------------------------------------------------------------------------------------
def parse_links(text: str, cal: Calendar) -> list[LinkSpec]:
    """The items of a Predecessors or Successors text, parted by ";" (or "," when there is no ";").

    Raises ValidationError naming the item that is not a link and why."""
    specs: list[LinkSpec] = []
    for item in text.split(";" if ";" in text else ","):
        item = item.strip()
        if not item:
            continue
        match = _ITEM.match(item)
        if match is None:
            raise ValidationError(
                tr("Errors", "“{item}” is not a link: write an ID, a type and a lag such as 3, 5SS or 7FS+2d").format(
                    item=item[:40]
                )
            )
        link_type = LinkType((match[2] or "FS").upper())
        lag, unit = (0, "") if match[4] is None else parse_lag(match[3], match[4], cal, item)
        specs.append(LinkSpec(int(match[1]), link_type, lag, unit))
    return specs


def parse_lag(sign: str, text: str, cal: Calendar, item: str = "") -> tuple[int, str]:
    """A lag ("2d", "4 hrs", "3ed", "10%") and its sign into `Dependency`'s lag and lag unit."""
    shown = text.strip().lower()
    factor = -1 if sign == "-" else 1
    where = f"“{item or sign + text}”: "
    percent = _PERCENT.match(shown)
    if percent:
        value = float(percent[1].replace(",", "."))
        if value != int(value):
            raise ValidationError(tr("Errors", "{where}a lag in % must be a whole number").format(where=where))
        if value > MAX_LAG_PERCENT:
            raise ValidationError(
                tr("Errors", "{where}a lag of more than {MAX_LAG_PERCENT:,} % is not possible").format(
                    where=where, MAX_LAG_PERCENT=MAX_LAG_PERCENT
                )
            )
        return factor * int(value), "percent"
    elapsed = _ELAPSED.match(shown)
    if elapsed:
        unit = _ELAPSED_UNITS.get(elapsed[2])
        if unit is None:
            raise ValidationError(
                tr("Errors", "{where}“e{elapsed}” is not a unit of elapsed time: use em, eh, ed or ew").format(
                    where=where, elapsed=elapsed[2]
                )
            )
        minutes = round(float(elapsed[1].replace(",", ".")) * ELAPSED_MINUTES[unit])
        return factor * minutes, "elapsed"
    try:
        return factor * parse_duration(shown, cal), ""
    except ValidationError as error:
        raise ValidationError(
            tr("Errors", "{where}the lag is not right: {error}").format(where=where, error=error)
        ) from None


# -- edit ----------------------------------------------------------------------------------------------------
def edit_links(
    ws: Workspace, task_id: int, text: str, numbering: Numbering, side: Side, cal: Calendar
) -> SetLinks | None:
    """The command that makes a task's links on `side` (among the numbered tasks) what `text` says, or None when
    they already are.

    Raises ValidationError for an item that is not a link, an ID with no task, the task itself, or an ID twice;
    a loop or a summary linked with its own subtask is refused when the command runs (`check_link`)."""
    own = numbering.ids.get(task_id)
    wanted: dict[int, LinkSpec] = {}
    for spec in parse_links(text, cal):
        other = numbering.task_at(spec.row)
        if other is None:
            raise ValidationError(tr("Errors", "There is no task with ID {row}").format(row=spec.row))
        if other == task_id:
            raise ValidationError(
                tr("Errors", "ID {row} is “{title}” itself: a task cannot follow itself").format(
                    row=spec.row, title=ws.tasks[task_id].title
                )
            )
        if other in wanted:
            raise ValidationError(
                tr("Errors", "ID {row} is named twice: a task can be linked with another only once").format(
                    row=spec.row
                )
            )
        wanted[other] = spec
    now = {other: ws.dependencies[d] for other, d in _others(ws, task_id, numbering, side)}
    if {other: (dep.type, dep.lag, dep.lag_unit) for other, dep in now.items()} == {
        other: (spec.type, spec.lag, spec.lag_unit) for other, spec in wanted.items()
    }:
        return None  # the same links, perhaps written another way ("2;3SS+0d" for "2; 3SS")
    return SetLinks(task_id, side, wanted, set(now), own)


class SetLinks(Command):
    """Make a task's predecessors (or successors) among the numbered tasks exactly `wanted`: links no longer
    named are removed, those whose type or lag differ are changed, the new ones added, as one undo step.

    Only links with a task of `shown` (the other ends the text showed) can be removed: a link with a task the
    text could not name (outside the numbered scope) stays."""

    def __init__(
        self, task_id: int, side: Side, wanted: dict[int, LinkSpec], shown: set[int], row: int | None = None
    ) -> None:
        super().__init__()
        self.task_id, self.side, self.wanted, self.shown = task_id, side, wanted, shown
        if side == "predecessors":
            edit = (
                tr("Commands", "Edit predecessors") if row is None else tr("Commands", "Edit predecessors of ID {row}")
            )
        else:
            edit = tr("Commands", "Edit successors") if row is None else tr("Commands", "Edit successors of ID {row}")
        self.text = edit.format(row=row)

    def _do(self, ws: Workspace) -> None:
        if self.task_id not in ws.tasks:
            raise ValidationError(tr("Errors", "There is no task {task_id}").format(task_id=self.task_id))
        before = ws.links_in(self.task_id) if self.side == "predecessors" else ws.links_out(self.task_id)
        kept: set[int] = set()
        for dep_id in list(before):
            dep = ws.dependencies[dep_id]
            other = dep.predecessor_id if self.side == "predecessors" else dep.successor_id
            spec = self.wanted.get(other)
            if spec is None:
                if other in self.shown:
                    self.delete(ws, "dependency", dep_id)
                continue
            kept.add(other)
            if (dep.type, dep.lag, dep.lag_unit) != (spec.type, spec.lag, spec.lag_unit):
                self.touch(ws, "dependency", dep_id)
                dep.type, dep.lag, dep.lag_unit = spec.type, spec.lag, spec.lag_unit
        for other, spec in self.wanted.items():
            if other in kept:
                continue
            if other not in ws.tasks:
                raise ValidationError(tr("Errors", "There is no task {other} to link").format(other=other))
            pred, succ = (other, self.task_id) if self.side == "predecessors" else (self.task_id, other)
            check_link(ws, pred, succ)
            dep = Dependency(
                self.stable_id(ws, "dependency", str(other)), pred, succ, spec.type, spec.lag, spec.lag_unit
            )
            self.create(ws, "dependency", dep)
