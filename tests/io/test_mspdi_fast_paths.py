"""The MS Project reader's shortcuts give what the plain rules give: the plan's date window from each distinct
date text once, links between siblings kept without walking their ancestors, and each lag in working time worked
out once per text."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.calendars import in_range
from planner.io import mspdi
from planner.io.common import parse_datetime
from planner.io.formats import import_file

DATE_TEXTS = st.sampled_from(
    ["2025-01-06T08:00:00", "2025-01-06T08:00:00", "2024-12-31", "2031-07-01T17:00:00", "1700-01-01T00:00:00",
     "not a date", "", " 2026-03-02T09:30:00 ", None]
)  # fmt: skip


def plain_window(rows):
    """Every row's Start and Finish read in turn, as the reader did before it read each text once."""
    starts, finishes = [], []
    for row in rows:
        for name, bucket in (("Start", starts), ("Finish", finishes)):
            try:
                value = parse_datetime(row.fields.get(name))
            except ValueError:
                continue
            if value and in_range(value):
                bucket.append(value)
    return starts, finishes


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(DATE_TEXTS, DATE_TEXTS), max_size=12), st.sampled_from([None, "2025-02-03T08:00:00"]))
def test_the_window_is_the_one_every_row_read_gives(dates, header_start):
    rows = [mspdi._Row(index=i, fields={"Start": start, "Finish": finish}) for i, (start, finish) in enumerate(dates)]
    starts, finishes = plain_window(rows)
    if header_start:
        starts.append(parse_datetime(header_start))
    reader = mspdi._Reader(b"", "plan.xml")
    window = reader._window({"StartDate": header_start}, rows)
    if starts or finishes:  # with neither, the window is around today, which no test depends on
        expected = mspdi._Reader(b"", "plan.xml")._window(
            {"StartDate": min(starts or finishes).isoformat(), "FinishDate": max(finishes or starts).isoformat()}, []
        )
        assert window == expected


def plan_xml(levels: list[int], links: list[tuple[int, int]]) -> str:
    tasks = []
    for number, level in enumerate(levels, start=1):
        predecessors = "".join(
            f"<PredecessorLink><PredecessorUID>{pred}</PredecessorUID><Type>1</Type></PredecessorLink>"
            for pred, succ in links
            if succ == number
        )
        tasks.append(
            f"<Task><UID>{number}</UID><ID>{number}</ID><Name>T{number}</Name><OutlineLevel>{level}</OutlineLevel>"
            f"<Duration>PT8H0M0S</Duration>{predecessors}</Task>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><Project xmlns="http://schemas.microsoft.com/project">'
        f"<Name>P</Name><StartDate>2025-01-06T08:00:00</StartDate><Tasks>{''.join(tasks)}</Tasks></Project>"
    )


@st.composite
def trees_with_links(draw):
    levels = [1]
    for _ in range(draw(st.integers(0, 9))):
        levels.append(draw(st.integers(1, levels[-1] + 1)))
    count = len(levels)
    links = draw(st.lists(st.tuples(st.integers(1, count), st.integers(1, count)), max_size=15))
    return levels, links


@settings(max_examples=150, deadline=None)
@given(trees_with_links())
def test_links_kept_are_those_the_plain_rules_keep(tree):
    levels, links = tree
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xml"
        path.write_text(plan_xml(levels, links), encoding="utf-8")
        try:
            result = import_file(path)
        except mspdi.ImportFileError as error:  # a loop of links is refused, with or without the shortcut
            assert "loop" in str(error) or "circular" in str(error).casefold()
            return
    ws = result.workspace
    by_uid = {task.external_id: task.id for task in ws.tasks.values()}

    def ancestors(task_id):
        out, parent = [], ws.tasks[task_id].parent_id
        while parent is not None:
            out.append(parent)
            parent = ws.tasks[parent].parent_id
        return out

    expected, seen = [], set()
    for succ in range(1, len(levels) + 1):  # in file order: each task's own links, in order
        for pred, to in links:
            if to != succ:
                continue
            p, s = by_uid[str(pred)], by_uid[str(succ)]
            if p == s or (p, s) in seen or p in ancestors(s) or s in ancestors(p):
                continue
            seen.add((p, s))
            expected.append((p, s))
    assert [(d.predecessor_id, d.successor_id) for d in ws.dependencies.values()] == expected


class _Forgetful(dict):
    """A cache that keeps nothing: the reader works every lag out afresh, the plain way."""

    def __setitem__(self, key, value) -> None:
        pass


LAGS = st.sampled_from(["0", "4800", "4800", "-2400", "15.5", "abc", "1e30", " 960 ", None])
LAG_FORMATS = st.sampled_from([None, "7", "7", "5", "8", "19", "39", "x"])


def read_links(path: Path, forgetful: bool):
    with pytest.MonkeyPatch.context() as patch:
        if forgetful:
            plain_init = mspdi._Reader.__init__

            def init(self, *args):
                plain_init(self, *args)
                self._plain_lags = _Forgetful()

            patch.setattr(mspdi._Reader, "__init__", init)
        try:
            result = import_file(path)
        except mspdi.ImportFileError as error:
            return str(error)
    deps = [
        (d.predecessor_id, d.successor_id, d.type, d.lag, d.lag_unit) for d in result.workspace.dependencies.values()
    ]
    return deps, result.links, result.summary.lines()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(LAGS, LAG_FORMATS), min_size=1, max_size=8))
def test_lags_read_once_per_text_are_those_read_each_time(lags):
    tasks = ["<Task><UID>1</UID><Name>A</Name><OutlineLevel>1</OutlineLevel><Duration>PT16H0M0S</Duration></Task>"] + [
        f"<Task><UID>{n}</UID><Name>T{n}</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration>"
        f"<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type>"
        + (f"<LinkLag>{lag}</LinkLag>" if lag is not None else "")
        + (f"<LagFormat>{form}</LagFormat>" if form is not None else "")
        + "</PredecessorLink></Task>"
        for n, (lag, form) in enumerate(lags, start=2)
    ]
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><Project xmlns="http://schemas.microsoft.com/project">'
        f"<Name>P</Name><StartDate>2025-01-06T08:00:00</StartDate><Tasks>{''.join(tasks)}</Tasks></Project>"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xml"
        path.write_text(xml, encoding="utf-8")
        assert read_links(path, forgetful=False) == read_links(path, forgetful=True)
