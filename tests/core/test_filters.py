"""Smart lists and filters: one task at a time (`matches_due`) and all at once (`open_counts`) agree."""

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.commands import AddObject, CreateTask, EditTask, new_workspace
from planner.core.filters import SMART_LIST_DUE, Due, SmartList, TaskFilter, matches_due, open_counts
from planner.core.model import Workspace

TODAY = date(2026, 11, 25)  # a Wednesday


def workspace_with(tasks) -> Workspace:
    ws = Workspace()
    new_workspace().apply(ws)
    AddObject("project", name="P").apply(ws)
    for offset, length, deadline, done, *finish in tasks:  # a fifth, a finish, is optional
        fields = {}
        if offset is not None:
            fields["start"] = datetime.combine(TODAY + timedelta(days=offset), datetime.min.time()).replace(hour=8)
            fields["duration"] = length * 480
        if deadline is not None:
            day = TODAY + timedelta(days=deadline)
            fields["deadline"] = datetime.combine(day, datetime.min.time()).replace(hour=17)
        if finish and finish[0] is not None and offset is None:  # a finish alone: due when there is no deadline
            day = TODAY + timedelta(days=finish[0])
            fields["finish"] = datetime.combine(day, datetime.min.time()).replace(hour=17)
        command = CreateTask(("project", 1), "t", **fields)
        command.apply(ws)
        if done:
            EditTask(command.id, status_id=4).apply(ws)
        if finish and finish[0] is not None and offset is not None:  # a start alone, as a file may hold one
            ws.tasks[command.id].finish = ws.tasks[command.id].duration = None
    return ws


task_specs = st.lists(
    st.tuples(
        st.one_of(st.none(), st.integers(-20, 20)),
        st.integers(0, 10),
        st.one_of(st.none(), st.integers(-20, 20)),
        st.booleans(),
        st.one_of(st.none(), st.integers(-20, 20)),
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(task_specs)
def test_counts_agree_with_matching_one_task_at_a_time(specs):
    ws = workspace_with(specs)
    counts = open_counts(ws, TODAY)
    for smart, due in SMART_LIST_DUE.items():
        if smart is SmartList.ALL:
            continue
        expected = sum(1 for t in ws.tasks.values() if matches_due(ws, t, due, TODAY))
        assert counts[smart] == expected, smart
    assert counts[SmartList.ALL] == sum(1 for t in ws.tasks.values() if t.status_id != 4)


def test_overdue_today_and_this_week():
    ws = workspace_with([(-10, 2, None, False), (0, 1, None, False), (2, 1, None, False), (-10, 2, None, True)])
    late, today, friday, done = sorted(ws.tasks)
    assert matches_due(ws, ws.tasks[late], Due.OVERDUE, TODAY)
    assert not matches_due(ws, ws.tasks[done], Due.OVERDUE, TODAY)  # finished work is never overdue
    assert matches_due(ws, ws.tasks[today], Due.TODAY, TODAY)
    assert matches_due(ws, ws.tasks[friday], Due.THIS_WEEK, TODAY)
    assert not matches_due(ws, ws.tasks[friday], Due.TODAY, TODAY)


def test_text_filter_looks_at_title_and_notes_without_case():
    ws = workspace_with([(None, 0, None, False)])
    task = next(iter(ws.tasks.values()))
    EditTask(task.id, title="Press kit", notes="Ask Maya for the LOGO").apply(ws)
    task = ws.tasks[task.id]
    assert TaskFilter(text="logo").matches(ws, task, TODAY)
    assert TaskFilter(text="KIT").matches(ws, task, TODAY)
    assert not TaskFilter(text="budget").matches(ws, task, TODAY)
    assert not TaskFilter(status_ids=frozenset({2})).matches(ws, task, TODAY)


@settings(max_examples=40, deadline=None)
@given(task_specs, st.lists(st.tuples(st.integers(0, 11), st.sampled_from(["done", "move", "delete", "indent"])),
                            max_size=8))  # fmt: skip
def test_counts_kept_up_to_date_task_by_task_equal_a_fresh_count(specs, edits):
    from planner.core.commands import DeleteTasks, IndentTasks
    from planner.core.filters import TaskCounts

    ws = workspace_with(specs)
    counts = TaskCounts(ws, TODAY)
    for index, action in edits:
        ids = sorted(ws.tasks)
        if not ids:
            break
        tid = ids[index % len(ids)]
        if action == "done":
            command = EditTask(tid, status_id=4)
        elif action == "move":
            command = EditTask(tid, start=datetime(2026, 11, 2, 8), duration=480)
        elif action == "delete":
            command = DeleteTasks([tid])
        else:
            command = IndentTasks([tid])
        try:
            changes = command.apply(ws)
        except Exception:
            continue
        counts.update(changes.ids("task") | {ident for kind, ident in changes.parents if kind == "task"})
        assert +counts.counts == +open_counts(ws, TODAY)


@settings(max_examples=60, deadline=None)
@given(
    titles=st.lists(st.text(alphabet="abAB ", max_size=5), max_size=12),
    texts=st.lists(st.text(alphabet="abAB", max_size=3), min_size=1, max_size=4),
    due=st.sampled_from(list(Due)),
)
def test_matching_all_at_once_agrees_with_one_at_a_time_and_narrowing(titles, texts, due):
    ws = workspace_with([(i - 6, 1, None, i % 3 == 0) for i in range(len(titles))])
    for task, title in zip(ws.tasks.values(), titles, strict=True):
        task.title = title
    wider = None
    for typed in range(1, len(texts) + 1):  # letters typed onto the end, a few at a time
        task_filter = TaskFilter(text="".join(texts[:typed]), due=due)
        expected = {t.id for t in ws.tasks.values() if task_filter.matches(ws, t, TODAY)}
        assert task_filter.matching(ws, TODAY) == expected
        if wider is not None:
            assert task_filter.narrows(wider)
            assert task_filter.matching(ws, TODAY, wider.matching(ws, TODAY)) == expected
        wider = task_filter
    assert TaskFilter(text="ab").narrows(TaskFilter(text="A"))
    assert not TaskFilter(text="ab").narrows(TaskFilter(text="b", due=Due.OVERDUE))
    assert not TaskFilter(text="a").narrows(TaskFilter(text="ab"))
