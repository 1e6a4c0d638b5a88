"""The section the status and weekly reports share: what moved since the previous report of the same kind and
scope (planner.core.moved), slipped tasks and milestones with how far and why."""

from __future__ import annotations

from planner.core.i18n import plural, tr
from planner.core.model import Workspace
from planner.core.moved import SinceLast
from planner.reports import formats
from planner.reports.blocks import Cell, Column, Heading, Note, Table
from planner.reports.common import day, days_text, working_days


def moved_section(ws: Workspace, since: SinceLast) -> list:
    heading = Heading(tr("Reports", "What moved since the last report"))
    if since.since is None:
        return [heading, Note(tr("Reports", "First report — nothing to compare."))]
    when = tr("Reports", "Since the last report, on {day}:").format(day=formats.long_day(since.since))
    if since.problem:
        return [heading, Note(f"{when} {since.problem}")]
    if not since.moved:
        return [heading, Note(f"{when} " + tr("Reports", "no task or milestone moved."))]
    rows = []
    for moved in since.moved:
        slip = working_days(ws, moved.finish[0], moved.finish[1])
        kind = tr("Reports", "Milestone") if moved.milestone else tr("Reports", "Task")
        rows.append([
            Cell(moved.title, bold=moved.milestone),
            kind,
            f"{day(moved.finish[0])} → {day(moved.finish[1])}",
            Cell(days_text(slip), "bad" if slip > 0 else "good" if slip < 0 else ""),
            Cell(moved.cause or "—", "" if moved.cause else "muted"),
        ])  # fmt: skip
    count = plural("%n task(s) moved.", None, len(rows))
    columns = [
        Column(tr("Reports", "Task"), 2.4),
        Column(tr("Reports", "Kind"), 1.0),
        Column(tr("Reports", "Finish then → now"), 2.2),
        Column(tr("Reports", "Moved"), 0.9, "right"),
        Column(tr("Reports", "Cause"), 3.0),
    ]
    return [heading, Note(f"{when} {count}"), Table(columns, rows)]
