"""Resource usage on a plan worked out by hand: one person at 8 h a day on two overlapping full-time tasks of one
week, so 80 h against 40 h, every day of it over; the same hours at every zoom; the tree in step with the grid."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from planner.core.commands import AddObject, AssignPerson, Batch, CreateTask, EditTask, LinkTasks
from planner.core.model import Constraint, Task
from planner.core.recurrence import CreateOccurrences
from planner.core.workload import Unit
from planner.store.workspace_file import WorkspaceFile
from planner.ui import theme
from planner.ui.usage.grid import HEADER_HEIGHT, ROW_HEIGHT
from planner.ui.usage.model import TaskRows, UsageColumn, by_start, hours_text, usage_data

MON = datetime(2026, 3, 2, 8, 0)  # a Monday; the standard calendar works 8 h a day, Monday to Friday


@pytest.fixture
def usage(make_window, workspace_path):
    win = make_window(workspace_path)
    controller = win.controller
    controller.run(AddObject("person", name="Ada", capacity=8.0))
    controller.run(AddObject("person", name="Ben", capacity=8.0))
    project = AddObject("project", name="Launch", start=MON)
    controller.run(project)
    tasks = [CreateTask(("project", project.id), title, duration=5 * 480) for title in ("Design", "Build")]
    controller.run(Batch(tasks, "Seed tasks"))
    ada = controller.ws.ordered("person")[0].id
    for task in tasks:
        controller.run(AssignPerson(task.id, ada, 1.0))
    controller.clear_history()
    win.show_view("usage")
    return win, win.views["usage"], tasks[0].id


def person_row(view, name):
    people = view.model.data_.people
    return next(row for row, p in enumerate(people) if p.name == name)


def test_two_overlapping_full_time_tasks_are_80_hours_against_40_and_over_every_day(usage):
    _win, view, _design = usage
    data = view.model.data_
    ada = data.people[person_row(view, "Ada")]
    week = data.starts.index(MON.date())
    assert ada.load[week] == pytest.approx(80.0) and ada.capacity[week] == pytest.approx(40.0)
    assert ada.over[week]
    assert [hours for _tid, _title, hours in ada.tasks] == [[pytest.approx(40.0)] * data.periods] * 2
    ben = data.people[person_row(view, "Ben")]
    assert not any(ben.over) and sum(ben.load) == 0
    index = view.model.index(person_row(view, "Ada"), UsageColumn.WORK)
    assert index.data() == "80 h"
    assert view.model.index(person_row(view, "Ada"), UsageColumn.NAME).data(Qt.ItemDataRole.DecorationRole)

    view.set_unit(Unit.DAY)
    data = view.model.data_
    ada = data.people[person_row(view, "Ada")]
    days = [data.starts.index(date(2026, 3, d)) for d in range(2, 7)]
    assert [ada.load[i] for i in days] == [pytest.approx(16.0)] * 5
    assert [ada.capacity[i] for i in days] == [pytest.approx(8.0)] * 5
    assert [i for i, over in enumerate(ada.over) if over] == days


def test_zoom_by_day_week_and_month_gives_the_same_totals(usage):
    _win, view, _design = usage
    totals = {}
    for unit in (Unit.DAY, Unit.WEEK, Unit.MONTH):
        view.zoom_box.setCurrentIndex([Unit.DAY, Unit.WEEK, Unit.MONTH].index(unit))
        view.zoom_box.activated.emit(view.zoom_box.currentIndex())
        assert view.model.data_.unit is unit
        person = view.model.data_.people[person_row(view, "Ada")]
        totals[unit] = (round(sum(person.load), 6), round(sum(sum(h) for _t, _n, h in person.tasks), 6))
    assert totals[Unit.DAY] == totals[Unit.WEEK] == totals[Unit.MONTH] == (80.0, 80.0)


def test_the_grid_paints_the_over_allocated_cell_in_the_warning_colour_in_step_with_the_tree(usage, qtbot):
    _win, view, _design = usage
    view.set_unit(Unit.WEEK)
    row = person_row(view, "Ada")
    week = view.model.data_.starts.index(MON.date())
    view.hbar.setValue(0)
    image = QImage(view.grid.size(), QImage.Format.Format_ARGB32)
    view.grid.render(image)
    top = view.tree.visualRect(view.model.index(row, 0)).top() + HEADER_HEIGHT
    x = week * view.grid.cell_width - view.grid.offset
    corner = image.pixelColor(x + 2, top + 2)  # the corner mark: the warning colour itself
    assert corner.name() == theme.warning_color().name()
    # A click on the grid's row picks the tree's row; expanding shows the tasks under the person.
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=QPoint(x + 10, top + ROW_HEIGHT // 2))
    assert view.tree.currentIndex().row() == row and view.tree.currentIndex().internalId() == 0
    view.tree.expand(view.model.index(row, 0))
    rows = [index.internalId() for index, _top in view.grid.visible_rows()]
    assert rows[: row + 3] == [0] * (row + 1) + [row + 1] * 2


def test_an_edit_elsewhere_shows_once_it_is_done_as_a_full_refresh_would_and_a_task_picked_here_is_current(
    usage, qtbot
):
    win, view, design = usage
    with qtbot.waitSignal(view.refreshed):
        win.controller.run(EditTask(design, duration=3 * 480))
    person = view.model.data_.people[person_row(view, "Ada")]
    assert sum(person.load) == pytest.approx(64.0)
    shown = view.model.data_
    assert shown == usage_data(win.controller.ws, shown.starts[0], shown.starts[-1] - timedelta(days=1), Unit.WEEK)
    view.select_task(design)
    assert view.selected_task_ids() == [design] and view.current_node() == ("task", design)
    with qtbot.waitSignal(view.refreshed):
        win.undo_action.trigger()
    assert sum(view.model.data_.people[person_row(view, "Ada")].load) == pytest.approx(80.0)


def test_the_view_after_edits_undo_and_redo_is_what_a_fresh_view_shows(usage, qtbot):
    """Each refresh after an edit keeps the last one's spreads and each person's row order and redoes only what
    the edit named: after every step the rows (their order too) are what a fresh computation gives."""
    win, view, design = usage
    controller = win.controller
    ws = controller.ws
    ada, ben = (p.id for p in ws.ordered("person"))
    build = next(t.id for t in ws.tasks.values() if t.title == "Build")
    later = CreateTask(("project", next(iter(ws.projects))), "Test", duration=2 * 480)

    def step(run):
        with qtbot.waitSignal(view.refreshed):
            run()
        shown = view.model.data_
        fresh = usage_data(ws, shown.starts[0], shown.starts[-1] - timedelta(days=1), Unit.WEEK)
        assert shown == fresh

    step(lambda: controller.run(EditTask(design, duration=2 * 480)))
    step(lambda: controller.run(AssignPerson(build, ben, 0.5)))
    step(lambda: controller.run(later))
    step(lambda: controller.run(AssignPerson(later.id, ada, 1.0)))
    step(lambda: controller.run(EditTask(later.id, start=MON + timedelta(days=1))))
    step(lambda: controller.run(EditTask(later.id, title="Test, renamed")))  # its hours the same
    step(
        lambda: controller.run(
            EditTask(design, duration=480, constraint=Constraint.SNET, constraint_date=MON + timedelta(days=3))
        )
    )  # now last
    for _ in range(3):
        step(win.undo_action.trigger)
    for _ in range(3):
        step(win.redo_action.trigger)
    assert [t[0] for t in view.model.data_.people[person_row(view, "Ada")].tasks] == [build, later.id, design]


def test_the_tree_model_passes_the_model_tester(usage, qtmodeltester):
    _win, view, _design = usage
    qtmodeltester.check(view.model)


def on_disk(path):
    with WorkspaceFile.open_read_only(path) as file:
        return file.load()


def test_typing_hours_into_a_tasks_cell_contours_its_work_in_the_file_and_undo_takes_it_back(usage, qtbot):
    win, view, design = usage
    view.set_unit(Unit.WEEK)
    row = person_row(view, "Ada")
    person = view.model.index(row, 0)
    view.tree.expand(person)
    child = next(
        r for r in range(view.model.rowCount(person)) if view.model.task_id(view.model.index(r, 0, person)) == design
    )
    index = view.model.index(child, 0, person)
    week = view.model.data_.starts.index(MON.date())
    view.hbar.setValue(0)
    cell = view.grid.cell_rect(index, week)
    qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=cell.center())
    assert view.editor is not None and view.editor.text() == "40"
    view.editor.selectAll()
    qtbot.keyClicks(view.editor, "20")
    with qtbot.waitSignal(view.refreshed):
        qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert view.editor is None
    ada_id = view.model.data_.people[row].person_id
    week_days = {date(2026, 3, d): 240 for d in range(2, 7)}
    path = win.controller.file.path
    assert win.controller.ws.tasks[design].contours == {ada_id: week_days}
    stored = on_disk(path).tasks[design]
    assert stored.contours == {ada_id: week_days} and stored.work == 20 * 60  # its 40 h less the 20 taken off
    assert view.model.data_.people[row].load[week] == pytest.approx(60.0)  # 20 + the other task's 40
    with qtbot.waitSignal(view.refreshed):
        win.undo_action.trigger()
    assert on_disk(path).tasks[design].contours == {} and win.controller.ws.tasks[design].contours == {}
    assert view.model.data_.people[row].load[week] == pytest.approx(80.0)


def test_hours_that_are_not_a_number_are_refused_with_the_reason_and_nothing_changes(usage, qtbot):
    win, view, _design = usage
    view.set_unit(Unit.WEEK)
    person = view.model.index(person_row(view, "Ada"), 0)
    view.tree.expand(person)
    index = view.model.index(0, 0, person)
    view.edit_cell(index, view.model.data_.starts.index(MON.date()))
    view.editor.setText("lots")
    with qtbot.waitSignal(win.controller.error_occurred) as said:
        qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert "“lots” is not a number of hours" in said.args[0]
    assert all(not t.contours for t in win.controller.ws.tasks.values())


def test_today_scrolls_the_grid_to_the_period_holding_today(usage, qtbot):
    win, view, _design = usage
    win.resize(1360, 860)
    win.controller.today = lambda: date(2026, 3, 25)
    long = CreateTask(("project", 1), "Long", duration=120 * 480)
    win.controller.run(long)
    win.controller.run(AssignPerson(long.id, win.controller.ws.ordered("person")[1].id, 1.0))
    view.set_unit(Unit.DAY)
    qtbot.waitUntil(lambda: view.hbar.maximum() > 0)
    view.hbar.setValue(view.hbar.maximum())
    button = next(b for b in view.findChildren(QPushButton) if b.text() == "Today")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    starts = view.model.data_.starts
    assert starts[view.grid.period_at(0)] == date(2026, 3, 24)  # the day before today, then today


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.integers(1, 60),
        st.tuples(
            st.none() | st.sampled_from([datetime(2026, 3, d, h) for d in (2, 3) for h in (8, 13)]),
            st.none() | st.sampled_from([datetime(2026, 3, d, 17) for d in (2, 4)]),
        ),
        max_size=40,
    )
)
def test_the_task_rows_order_is_the_plain_sort_by_start_then_id(dates):
    """`by_start` sorts by id and then by date alone (a stable sort), three times faster than the plain key of
    (date, id): the order must be that key's, ties broken by id, a task with no date first."""
    tasks = {tid: Task(id=tid, title=str(tid), start=start, finish=finish) for tid, (start, finish) in dates.items()}
    ids = list(reversed(list(tasks)))  # in no order: the rows come as the workload made them

    def plain(tid):
        when = tasks[tid].start or tasks[tid].finish
        return (when is not None, when or datetime.min, tid)

    assert by_start(tasks, ids) == sorted(ids, key=plain)


_WHEN = st.none() | st.sampled_from([datetime(2026, 3, d, h) for d in (2, 3, 4) for h in (8, 13, 17)])


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.integers(1, 40), st.tuples(_WHEN, _WHEN), max_size=30),
    st.lists(
        st.tuples(
            st.sampled_from([1, 2]),  # whose rows
            st.dictionaries(st.integers(1, 40), st.tuples(_WHEN, _WHEN), max_size=8),  # tasks made or moved
            st.sets(st.integers(1, 40), max_size=6),  # tasks deleted
            # the person's tasks among those there; None: the same as last time (few rows placed again)
            st.none() | st.sets(st.integers(1, 40), max_size=30),
        ),
        max_size=8,
    ),
)
def test_the_kept_task_rows_after_edits_are_the_plain_ones(dates, steps):
    """`TaskRows` keeps each task's key and each person's last rows between refreshes: after any run of edits
    (tasks moved and renamed, made, deleted, a person's tasks changed), with the edited tasks and those that came
    or went forgotten, its rows are what `usage_from` makes without it: `by_start`'s order, the titles and hours
    as they are now."""
    tasks = {tid: Task(id=tid, title=f"T{tid}", start=start, finish=finish) for tid, (start, finish) in dates.items()}
    hours = {tid: [float(tid)] for tid in range(1, 41)}  # each task's row of hours (a new list when spread again)
    kept = TaskRows()

    def plain(rows):
        return [(tid, tasks[tid].title, rows[tid]) for tid in by_start(tasks, rows)]

    theirs = {}
    for person in (1, 2):
        rows = {tid: hours[tid] for tid in reversed(list(tasks)) if tid % person == 0}
        assert kept(tasks, person, rows) == plain(rows)
        theirs[person] = set(rows)
    for n, (person, moved, deleted, mine) in enumerate(steps):
        for tid, (start, finish) in moved.items():
            tasks[tid] = Task(id=tid, title=f"T{tid} edit {n}", start=start, finish=finish)
            if (tid + n) % 2:  # spread again; or only renamed, its hours the same list
                hours[tid] = [float(tid + n)]
        for tid in deleted:
            tasks.pop(tid, None)
        mine = theirs[person] if mine is None else mine
        rows = {tid: hours[tid] for tid in sorted(mine, reverse=True) if tid in tasks}
        kept.forget(moved.keys() | deleted | (rows.keys() ^ theirs[person]))  # and those that came or went
        theirs[person] = set(rows)
        result = kept(tasks, person, rows)
        assert result == plain(rows)
        assert all(row is rows[tid] for tid, _title, row in result)


def on_screen(widget) -> QImage:
    """A widget as the window's backing store holds it: what was last painted, not a new paint."""
    window = widget.window()
    shot = window.screen().grabWindow(window.winId())
    ratio = shot.devicePixelRatio()
    area = QRect(widget.mapTo(window, widget.rect().topLeft()) * ratio, widget.size() * ratio)
    return shot.copy(area).toImage().convertToFormat(QImage.Format.Format_RGB32)


def repainted(widget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize("unit", [Unit.DAY, Unit.WEEK])
def test_after_edits_moving_many_rows_the_grid_and_tree_show_what_a_full_repaint_draws(usage, qtbot, unit):
    """After an edit that adds or removes no row the view changes its rows in place and repaints only the cells
    and rows that changed: what is on the screen after each edit, undo and redo must be what a full repaint
    draws, the people stay expanded, the task picked stays current where the order moved it, and the rows are
    what a fresh computation gives."""
    win, view, design = usage
    controller = win.controller
    ws = controller.ws
    ada, ben = (p.id for p in ws.ordered("person"))
    project = next(iter(ws.projects))
    chain = [CreateTask(("project", project), f"Step {n}", duration=480 + 240 * (n % 3)) for n in range(14)]
    long = CreateTask(("project", project), "Long run", duration=60 * 480)  # the periods shown end after it
    controller.run(Batch([*chain, long], "Chain"))
    controller.run(AssignPerson(long.id, ben, 0.25))
    for n, task in enumerate(chain):
        controller.run(LinkTasks(design if n == 0 else chain[n - 1].id, task.id))
        controller.run(AssignPerson(task.id, ada if n % 2 else ben, 1.0 if n % 3 else 0.5))
    view.set_unit(unit)
    view.hbar.setValue(0)
    for row in range(view.model.rowCount()):
        view.tree.expand(view.model.index(row, 0))
    view.select_task(chain[6].id)
    resets = []
    view.model.modelReset.connect(lambda: resets.append(1))
    qtbot.wait(50)
    assert on_screen(view.grid) == repainted(view.grid)
    for step in (
        lambda: controller.run(EditTask(design, duration=8 * 480)),  # every step of the chain moves, Build not
        controller.undo,
        controller.redo,
        lambda: controller.run(EditTask(chain[3].id, duration=3 * 480)),
        lambda: controller.run(EditTask(chain[5].id, title="Step five")),  # its hours the same
        controller.undo,
    ):
        with qtbot.waitSignal(view.refreshed):
            step()
        qtbot.wait(50)
        assert on_screen(view.grid) == repainted(view.grid)
        assert on_screen(view.tree.viewport()) == repainted(view.tree.viewport())
        shown = view.model.data_
        assert shown == usage_data(ws, shown.starts[0], shown.starts[-1] - timedelta(days=1), unit)
        assert all(view.tree.isExpanded(view.model.index(row, 0)) for row in range(view.model.rowCount()))
        assert view.selected_task_ids() == [chain[6].id]
    assert not resets  # no row came or went: changed in place
    assert [t[1] for t in shown.people[person_row(view, "Ada")].tasks if t[0] == chain[5].id] == ["Step 5"]


def test_a_person_row_whose_total_stays_shows_the_over_capacity_mark_an_edit_brings_and_its_undo_takes(usage, qtbot):
    """After an edit the tree repaints a person's row only when what it shows changed (`_shown`): a task moved
    onto another of the same person leaves their total as it was but puts them over capacity, and the warning
    mark must show (and go with the undo) as a full repaint draws it, the rows changed in place."""
    win, view, _design = usage
    controller = win.controller
    ws = controller.ws
    ben = ws.ordered("person")[1].id
    project = next(iter(ws.projects))
    long = CreateTask(("project", project), "Long run", duration=40 * 480)  # the periods shown stay the same
    solo, other = (CreateTask(("project", project), title, duration=5 * 480) for title in ("Solo", "Other"))
    controller.run(Batch([long, solo, other], "Ben's work"))
    controller.run(AssignPerson(long.id, ben, 0.1))
    controller.run(AssignPerson(solo.id, ben, 0.5))
    controller.run(AssignPerson(other.id, ben, 0.5))
    for task, days in ((solo, 7), (other, 14)):
        controller.run(EditTask(task.id, constraint=Constraint.SNET, constraint_date=MON + timedelta(days=days)))
    qtbot.wait(50)  # the refresh after those edits
    view.hbar.setValue(0)
    resets = []
    view.model.modelReset.connect(lambda: resets.append(1))
    row = person_row(view, "Ben")
    mark = view.model.index(row, UsageColumn.NAME)
    total = view.model.index(row, UsageColumn.WORK).data()
    assert not mark.data(Qt.ItemDataRole.DecorationRole)
    onto_solo = EditTask(other.id, constraint_date=MON + timedelta(days=7))
    for step, over in ((lambda: controller.run(onto_solo), True),
                       (controller.undo, False), (controller.redo, True)):  # fmt: skip
        with qtbot.waitSignal(view.refreshed):
            step()
        qtbot.wait(50)
        assert view.model.index(row, UsageColumn.WORK).data() == total
        assert bool(mark.data(Qt.ItemDataRole.DecorationRole)) is over
        assert on_screen(view.tree.viewport()) == repainted(view.tree.viewport())
        assert on_screen(view.grid) == repainted(view.grid)
        shown = view.model.data_
        assert shown == usage_data(ws, shown.starts[0], shown.starts[-1] - timedelta(days=1), Unit.WEEK)
    assert not resets


def test_a_routines_row_after_its_occurrences_become_tasks_is_what_a_fresh_view_shows(usage, qtbot):
    """A routine's row holds its future occurrences, made afresh at each refresh: when some become tasks, an edit
    that need not name the routine, its row loses their hours and theirs come, as a fresh computation gives (from
    the kept task rows, mended: the same periods)."""
    win, view, _design = usage
    controller = win.controller
    ws = controller.ws
    ada, ben = (p.id for p in ws.ordered("person"))
    project = next(iter(ws.projects))
    long = CreateTask(("project", project), "Long run", duration=400 * 480)  # the periods shown stay the same
    controller.run(long)
    controller.run(AssignPerson(long.id, ben, 0.1))
    routine = CreateTask(("project", project), "Stand-up", recurrence="FREQ=WEEKLY;BYDAY=MO",
                         start=MON + timedelta(hours=1), duration=60, horizon=7)  # fmt: skip
    controller.run(routine)
    controller.run(AssignPerson(routine.id, ada, 1.0))
    qtbot.wait(50)

    def routine_row():
        shown = view.model.data_
        assert shown == usage_data(ws, shown.starts[0], shown.starts[-1] - timedelta(days=1), Unit.WEEK)
        return next(t for t in shown.people[person_row(view, "Ada")].tasks if t[0] == routine.id)

    made = len([t for t in ws.tasks.values() if t.routine_id == routine.id])
    before = routine_row()
    with qtbot.waitSignal(view.refreshed):
        controller.run(CreateOccurrences(controller.today() + timedelta(weeks=6)))
    assert len([t for t in ws.tasks.values() if t.routine_id == routine.id]) > made
    assert sum(routine_row()[2]) < sum(before[2])


def shown_texts(view, qtbot) -> list[tuple]:
    """What the view shows, every person expanded as a user would: each person's row (the tree's texts, the
    over-capacity mark, the grid's cells as it writes them), then each of their task rows as the tree has them."""
    model, data = view.model, view.model.data_
    out = []
    for row, person in enumerate(data.people):
        index = model.index(row, 0)
        view.tree.expand(index)
        qtbot.waitUntil(lambda index=index, person=person: model.rowCount(index) == len(person.tasks))
        texts = [model.index(row, column).data() for column in UsageColumn]
        out.append((texts, person.over, [hours_text(h) for h in person.load]))
        for child in range(model.rowCount(index)):
            cells = [model.index(child, column, index).data() for column in UsageColumn]
            out.append((model.task_id(model.index(child, 0, index)), cells,
                        [hours_text(h) for h in model.hours(model.index(child, 0, index))]))  # fmt: skip
    return out


@pytest.mark.parametrize("expanded", [(), ("P1", "P3")])
def test_sums_after_edits_undo_and_redo_are_a_fresh_windows_bit_for_bit(make_window, workspace_path, qtbot, expanded):
    """A chain of linked tasks shared by three people at units whose sums round differently in another order (1/3,
    0.7…): the view changes each person's sums by the difference of the moved tasks' hours. After each chain's first
    task is lengthened (the chain moves), three undos and two redos, the view holds what a fresh computation gives,
    bit for bit, and a window opened afresh on the file shows the same: cells, row labels, totals, task rows (also
    those of a person expanded only after the edits). With the sums changed by plain float differences it fails."""
    win = make_window(workspace_path)
    controller = win.controller
    for name in ("P1", "P2", "P3"):
        controller.run(AddObject("person", name=name, capacity=8.0))
    project = AddObject("project", name="Chain", start=MON)
    controller.run(project)
    units = (1 / 3, 0.7, 0.25, 1.5, 0.1, 0.9)
    tasks = [CreateTask(("project", project.id), f"Step {n}", duration=(n % 4 + 1) * 240 + 30) for n in range(18)]
    controller.run(Batch(tasks, "Seed tasks"))
    people = [p.id for p in controller.ws.ordered("person")]
    for n, task in enumerate(tasks):
        controller.run(AssignPerson(task.id, people[n % 3], units[n % len(units)]))
        controller.run(AssignPerson(task.id, people[(n + 1) % 3], units[(n + 2) % len(units)]))
        if n % 3:  # three chains side by side: each week's cell sums several tasks' hours
            controller.run(LinkTasks(tasks[n - 1].id, task.id))
    controller.clear_history()
    win.show_view("usage")
    view = win.views["usage"]
    for name in expanded:
        view.tree.expand(view.model.index(person_row(view, name), 0))
    ws = controller.ws
    told = []  # the person rows whose task rows were said to change
    view.model.dataChanged.connect(
        lambda top, _bottom: told.append(top.parent().row()) if top.parent().isValid() else None
    )

    def step(run):
        with qtbot.waitSignal(view.refreshed):
            run()
        shown = view.model.data_
        assert shown == usage_data(ws, shown.starts[0], shown.starts[-1] - timedelta(days=1), Unit.WEEK)

    for task in tasks[::3]:  # each chain's first task longer: the chain moves
        step(lambda task=task: controller.run(EditTask(task.id, duration=ws.tasks[task.id].duration + 570)))
    for _ in range(3):
        step(win.undo_action.trigger)
    for _ in range(2):
        step(win.redo_action.trigger)
    assert all(view.tree.isExpanded(view.model.index(person_row(view, name), 0)) for name in expanded)
    assert {view.model.data_.people[row].name for row in told} == set(expanded)
    assert view.model.rowCount(view.model.index(person_row(view, "P2"), 0)) == 0  # not expanded yet: not told
    after = shown_texts(view, qtbot)
    edited = view.model.data_
    controller.close()

    fresh_window = make_window(workspace_path)
    fresh_window.show_view("usage")
    fresh = fresh_window.views["usage"]
    assert fresh.model.data_ == edited  # the floats bit for bit
    assert shown_texts(fresh, qtbot) == after
