"""`without_warnings`: whether a full schedule would warn of anything (a loop of links and summaries, a date out of
range, a calendar without working time), found without scheduling. A window trusts it to show the scheduler's
warnings at open without the schedule, so it must say what the schedule says, on any plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.calendars import Calendar
from planner.core.model import Dependency, LinkType, Project, Task, Workspace
from planner.core.schedule import compute_schedule, without_warnings

START = datetime(2026, 11, 2, 8)
TODAY = date(2026, 11, 2)


@st.composite
def plans(draw):
    """Tasks in a tree whose outline order is not their ids' order, linked in any direction: some links go back in
    the outline without closing a loop, some close one, some join a task and its own summary; now and then a date
    out of range or a project calendar without working time."""
    size = draw(st.integers(1, 12))
    ws = Workspace()
    ws.put("project", Project(id=1, name="P", start=START))
    for i in range(1, size + 1):
        parent = draw(st.integers(0, i - 1)) if i > 1 and draw(st.booleans()) else 0
        minutes, position = draw(st.sampled_from((0, 240, 480))), draw(st.integers(0, 20))
        ws.put("task", Task(id=i, title=f"T{i}", project_id=1, parent_id=parent or None, position=position,
                            duration=minutes))  # fmt: skip
    ws.rebuild_indexes()
    for number in range(1, draw(st.integers(0, 2 * size)) + 1):
        pred, succ = draw(st.integers(1, size)), draw(st.integers(1, size))
        if pred != succ:
            ws.put("dependency", Dependency(number, pred, succ, draw(st.sampled_from(list(LinkType)))))
    if draw(st.integers(0, 5)) == 0:
        ws.tasks[draw(st.integers(1, size))].deadline = datetime(1, 1, 1)
    if draw(st.integers(0, 5)) == 0:
        ws.calendars[7] = Calendar(name="Never", id=7, week=((),) * 7)
        ws.projects[1].calendar_id = 7
    return ws


@settings(max_examples=400, deadline=None)
@given(plans())
def test_it_says_what_the_full_schedule_warns_of(ws):
    assert without_warnings(ws) == (not compute_schedule(ws, TODAY).warnings)


def chain(links: list[tuple[int, int]]) -> Workspace:
    """A summary (1) over two tasks (2, 3), and a task after it (4), with `links`."""
    ws = Workspace()
    ws.put("project", Project(id=1, name="P", start=START))
    for tid, parent in ((1, None), (2, 1), (3, 1), (4, None)):
        ws.put("task", Task(id=tid, title=f"T{tid}", project_id=1, parent_id=parent, position=tid, duration=480))
    for number, (pred, succ) in enumerate(links, 1):
        ws.put("dependency", Dependency(number, pred, succ))
    ws.rebuild_indexes()
    return ws


def test_a_link_back_in_the_outline_is_no_warning_unless_it_closes_a_loop():
    assert without_warnings(chain([(2, 3), (3, 4)]))  # forward in the outline: the quick answer
    assert without_warnings(chain([(4, 2)]))  # back in the outline, no loop: the answer of the walk of the network
    assert not without_warnings(chain([(2, 4), (4, 3), (3, 2)]))
    assert not without_warnings(chain([(2, 1)]))  # a task waiting for its own summary: a loop


def test_an_idle_calendar_and_a_date_out_of_range_are_warnings():
    ws = chain([(2, 3)])
    ws.tasks[3].start = datetime(9999, 1, 1)
    assert not without_warnings(ws)
    ws = chain([(2, 3)])
    ws.calendars[7] = Calendar(name="Never", id=7, week=((),) * 7)
    ws.tasks[4].calendar_id = 7
    assert not without_warnings(ws)


def test_the_parent_keys_are_those_with_tasks_under_them():
    ws = chain([])
    assert sorted(ws.parent_keys()) == [("project", 1), ("task", 1)]
    for tid in (2, 3):  # moved out one by one: the summary's list of children is left empty, not removed
        ws.put("task", replace(ws.tasks[tid], parent_id=None))
    assert ws.parent_keys() == [("project", 1)]
