"""Every Qt item model passes Qt's own model tester while the workspace changes under it."""

from datetime import timedelta

from PySide6.QtTest import QAbstractItemModelTester
from routine_plan import routine_and_plain

from planner.core.commands import CreateTask, DeleteTasks, EditTask, IndentTasks, MoveTask, OutdentTasks
from planner.core.filters import SmartList, TaskFilter
from planner.ui.models.columns import Role


def churn(controller):
    ws = controller.ws
    project = ("project", next(iter(ws.projects)))
    first, second, third = sorted(ws.tasks)[:3]
    controller.run(IndentTasks([second]))
    controller.run(CreateTask(("task", first), "Child"))
    controller.run(MoveTask(third, project, 0))
    controller.run(OutdentTasks([second]))
    controller.run(EditTask(first, title="Renamed"))
    controller.run(DeleteTasks([first]))
    for _ in range(6):
        controller.undo_stack.undo()
    for _ in range(6):
        controller.undo_stack.redo()


def test_task_tree_model_passes_the_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.model)
    churn(window.controller)
    qtmodeltester.check(window.model)


def test_filter_proxy_passes_the_model_tester(window, qtmodeltester):
    window.proxy.set_scope(SmartList.ALL)
    window.proxy.set_filter(TaskFilter(text="d"))
    qtmodeltester.check(window.proxy)
    churn(window.controller)
    qtmodeltester.check(window.proxy)


def test_filter_shows_the_matches_and_their_ancestors_through_edits_and_narrowing(make_window, tmp_path):
    window = make_window(tmp_path / "unused.planner", sample=True)
    proxy, model, controller = window.proxy, window.model, window.controller
    proxy.set_scope(SmartList.ALL)

    def shown(parent=None):
        parent = parent or proxy.index(0, 0).parent()
        nodes = set()
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            nodes |= {index.data(Role.NODE)} | shown(index)
        return nodes

    def expected(text):
        nodes = set()
        for task in controller.ws.tasks.values():
            if any(text.casefold() in field.casefold() for field in (task.title, task.notes)):
                node = ("task", task.id)
                while node[0] == "task":
                    nodes.add(node)
                    node = model.model_parent(controller.ws.tasks[node[1]])
                nodes.add(node)
        return nodes

    for text in ("e", "es", "esi", "s", "Renamed"):  # narrowing, then wider again
        proxy.set_filter(TaskFilter(text=text))
        assert shown() == expected(text), text
    checks = []
    controller.changes_applied.connect(lambda _: checks.append(shown() == expected("Renamed")))
    deep = max(controller.ws.tasks, key=lambda tid: len(controller.ws.ancestors(tid)))
    controller.run(EditTask(deep, title="Renamed deep"))  # a match appears with its ancestors
    assert ("task", deep) in shown()
    churn(controller)
    controller.run(EditTask(deep, title="Plain"))
    assert checks and all(checks)


def test_model_cache_agrees_with_the_workspace_after_every_step(window):
    model = window.model
    controller = window.controller
    model.index_of(("task", max(controller.ws.tasks)))  # load part of the tree, as a view would

    def consistent():
        for key, rows in model._rows.items():
            if key is not None and key not in model._row_of:
                return False
            if rows != model._fresh(key):
                return False
            if any(model._parent[n] != key or model._row_of[n] != r for r, n in enumerate(rows)):
                return False
        return True

    controller.changes_applied.connect(lambda _: checks.append(consistent()))
    checks = []
    churn(controller)
    assert checks and all(checks)


def test_model_rows_follow_the_workspace_after_undo_and_redo(window):
    churn(window.controller)
    model, ws = window.model, window.controller.ws

    def shown(index):
        rows = [model.index(r, 0, index) for r in range(model.rowCount(index))]
        return [(i.data(Role.NODE), shown(i)) for i in rows]

    def expected(key):
        return [(("task", tid), expected(("task", tid))) for tid in ws.children(key)]

    project = next(iter(ws.projects))
    top = model.index_of(("project", project))
    assert shown(top) == expected(("project", project))


def test_routine_occurrences_show_under_their_routine(make_window, tmp_path, qtmodeltester):
    from planner.core.commands import DeleteTasks

    window = make_window(tmp_path / "unused.planner", sample=True)
    model, ws = window.model, window.controller.ws
    qtmodeltester.check(model)
    routines = {t.routine_id for t in ws.tasks.values() if t.routine_id is not None}
    assert routines
    routine = min(routines)
    index = model.index_of(("task", routine))
    shown = [model.index(r, 0, index).data(Role.TASK_ID) for r in range(model.rowCount(index))]
    assert sorted(shown) == sorted(t.id for t in ws.tasks.values() if t.routine_id == routine)
    container = ws.tasks[routine].container()
    top = model.index_of(container)
    beside = {model.index(r, 0, top).data(Role.TASK_ID) for r in range(model.rowCount(top))}
    assert not beside & set(shown)
    assert window.controller.run(DeleteTasks([shown[0]]))
    assert model.rowCount(model.index_of(("task", routine))) == len(shown) - 1
    window.controller.undo_stack.undo()
    assert model.rowCount(model.index_of(("task", routine))) == len(shown)
    qtmodeltester.check(model)


def test_board_cell_models_pass_the_model_tester(window, qtmodeltester):
    """Each cell of the board is a list model, watched by Qt's tester while cards move, come and go. pytest-qt's
    `qtmodeltester` keeps watching only the last model it checked, so each cell gets its own Qt tester; they
    report through the qt.modeltest log category, which pytest-qt turns into a failure."""
    window.show_view("board")
    board = window.view().board
    ws, controller = window.controller.ws, window.controller
    cells = list(board.cells.values())
    warn = QAbstractItemModelTester.FailureReportingMode.Warning
    watchers = [QAbstractItemModelTester(model, warn) for model in cells]
    statuses = [s.id for s in ws.ordered("status")]
    first, second, third = sorted(ws.tasks)[:3]
    project = ("project", next(iter(ws.projects)))
    board.move_cards([first, second], statuses[1], None, None)
    board.move_cards([third], statuses[1], first, None)  # before a card: a move within the cell
    board.move_cards([first], statuses[0], None, None)
    assert board.cells[(None, statuses[1])].ids == [third, second]
    controller.run(CreateTask(project, "Another card"))
    controller.run(DeleteTasks([second]))
    for _ in range(5):
        controller.undo_stack.undo()
    for _ in range(5):
        controller.undo_stack.redo()
    window.proxy.set_filter(TaskFilter(text="d"))
    window.proxy.set_filter(TaskFilter())
    assert list(board.cells.values()) == cells  # the same models throughout: the testers saw every change
    assert len(watchers) == len(cells)
    for model in cells:
        qtmodeltester.check(model)


def test_the_lists_after_edits_of_routines_and_plain_tasks_are_what_a_new_model_makes(make_window, tmp_path):
    """After an edit the model compares again only the lists that can have changed: those the core names, and a
    routine's, an occurrence's or a deleted task's (occurrences show under their routine in date order, which the
    core does not know of). After each edit, undo and redo every list it holds is what a new model makes."""
    from planner.core.commands import DeleteTasks
    from planner.ui.models.task_tree import TaskTreeModel

    window = make_window(tmp_path / "unused.planner", sample=True)
    model, controller = window.model, window.controller
    ws = controller.ws
    routine, occurrences, plain = routine_and_plain(ws)
    for task_id in [occurrences[-1].id, *plain]:
        model.index_of(("task", task_id))  # their lists loaded, as a view showing them would

    def as_new():
        fresh = TaskTreeModel(controller)
        controller.changes_applied.disconnect(fresh.apply_changes)
        return all(rows == fresh.child_nodes(key) for key, rows in model._rows.items())

    checks = []
    controller.changes_applied.connect(lambda _: checks.append(as_new()))
    later = occurrences[-1].start + timedelta(days=3)
    steps = [
        EditTask(occurrences[0].id, start=later, finish=later + timedelta(hours=1)),  # now the last under its routine
        EditTask(plain[0], title="Plain renamed"),
        EditTask(plain[1], duration=(ws.tasks[plain[1]].duration or 0) + 480),
        EditTask(occurrences[1].id, routine_id=None),  # no longer an occurrence: shown beside its routine
        DeleteTasks([occurrences[2].id]),
        MoveTask(plain[2], ("task", routine), 0),
    ]
    for step in steps:
        assert controller.run(step)
        assert checks[-1], step.text
    for _ in steps:
        controller.undo_stack.undo()
    for _ in steps:
        controller.undo_stack.redo()
    assert len(checks) == 3 * len(steps) and all(checks)
