"""A hidden tree (the table while the Gantt shows, the Gantt's while the table does) expands its rows for a new
scope or search when it is next shown, not at once: shown, it shows the rows a tree kept expanded all along would."""

from PySide6.QtCore import QModelIndex

from planner.core.commands import AddObject, CreateTask


def shown_rows(tree) -> list[str]:
    """The titles of the rows a tree shows, top to bottom (expanded branches only)."""
    rows, index = [], tree.model().index(0, 0, tree.rootIndex())
    while index.isValid():
        rows.append(index.data())
        index = tree.indexBelow(index)
    return rows


def tree_of(window):
    view = window.view()
    return getattr(view, "tree", view)


def search(window, qtbot, text) -> None:
    window.filter_bar.search.setText(text)
    qtbot.waitUntil(lambda: window.proxy.is_filtering() == bool(text))


def plain_rows(tree) -> list[str]:
    """What the tree shows once expanded the plain way, as a tree never hidden was (the answer to compare with)."""
    tree._expand()
    return shown_rows(tree)


def test_a_tree_hidden_during_a_search_shows_the_rows_of_one_never_hidden(make_window, workspace_path, qtbot):
    window = make_window(workspace_path)
    controller = window.controller
    project = AddObject("project", name="Launch")
    controller.run(project)
    key = ("project", project.id)
    for phase in ("Plan", "Build"):
        create = CreateTask(key, phase)
        controller.run(create)
        sub = CreateTask(("task", create.id), f"{phase} step")
        controller.run(sub)
        controller.run(CreateTask(("task", sub.id), f"{phase} detail"))
    window.sidebar.select_scope(key)
    window.show_view("table")
    table = tree_of(window)
    window.show_view("gantt")
    gantt = tree_of(window)

    search(window, qtbot, "detail")  # the table is hidden: its rows wait
    assert table._expand_pending and not gantt._expand_pending
    assert shown_rows(gantt) == ["Plan", "Plan step", "Plan detail", "Build", "Build step", "Build detail"]
    window.show_view("table")
    assert not table._expand_pending
    shown = shown_rows(table)
    assert shown == ["Plan", "Plan step", "Plan detail", "Build", "Build step", "Build detail"]
    assert shown == plain_rows(table)

    search(window, qtbot, "")  # now the Gantt's tree is hidden
    assert gantt._expand_pending
    shown = shown_rows(table)
    assert shown == ["Plan", "Plan step", "Build", "Build step"]  # the phases open, not every level
    window.show_view("gantt")
    assert shown_rows(gantt) == shown == plain_rows(gantt)
    assert window.view().chart.isVisible()


def test_selecting_a_deep_task_in_a_hidden_tree_opens_its_branch_there(make_window, workspace_path, qtbot):
    window = make_window(workspace_path)
    controller = window.controller
    project = AddObject("project", name="Launch")
    controller.run(project)
    key = ("project", project.id)
    phase = CreateTask(key, "Plan")
    controller.run(phase)
    step = CreateTask(("task", phase.id), "Step")
    controller.run(step)
    detail = CreateTask(("task", step.id), "Detail")
    controller.run(detail)
    window.sidebar.select_scope(key)
    window.show_view("table")
    window.show_view("gantt")
    table = window.views["table"]
    search(window, qtbot, "Plan")
    search(window, qtbot, "")
    assert table._expand_pending
    table.select_task(detail.id)  # as the window does for a task chosen elsewhere
    window.show_view("table")
    assert shown_rows(table) == ["Plan", "Step", "Detail"]
    assert table.currentIndex().data() == "Detail"
    assert table.currentIndex() != QModelIndex()
