"""The table's fast paint path shows what the plain one did: a cell's roles answered at once from its painted row
(`TaskTreeModel.fill_roles`, the model's and the proxy's `multiData`) are the answers of `data` role by role, and the
table painted with Qt's own delegate for its text cells is the image `TaskDelegate` painted for every cell, light and
dark."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QApplication

from planner.core.commands import EditTask
from planner.ui import theme
from planner.ui.delegates import TaskDelegate
from planner.ui.models.columns import Column, Role
from planner.ui.models.task_tree import TaskTreeModel

# What QStyledItemDelegate asks of each cell it paints, and roles only other readers ask.
PAINT_ROLES = (
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
)  # fmt: skip
OTHER_ROLES = (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole, Role.SORT, Role.NODE, Role.TASK_ID)


def plain_fill(model, index, span) -> None:
    """`fill_roles` as it was: `data` asked role by role."""
    for i in range(len(span)):
        span[i].setData(model.data(index, span[i].role()))


def at_once(model, index, role):
    """What `multiData` answers for `role` (a span of one: the delegate's span cannot be made here)."""
    item = QModelRoleData(role)
    model.multiData(index, QModelRoleDataSpan(item))
    return item.data()


def shown_models(window):
    """The models a tree shows, each with the scope's row in it: the task tree itself, and the proxy (while
    filtering or sorting)."""
    proxy = window.proxy
    root = proxy.source.index_of(proxy.scope)
    return [(proxy.source, root), (proxy, proxy.mapFromSource(root))]


def cells(model, root):
    """Every cell of every row under `root`, the tree walked whole."""
    stack = [root]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            for column in Column:
                yield model.index(row, column, parent)
            stack.append(model.index(row, 0, parent))


def same(a, b) -> bool:
    if hasattr(a, "cacheKey") and hasattr(b, "cacheKey"):  # icons: the same pixmaps
        return a.cacheKey() == b.cacheKey()
    return a == b


@pytest.fixture
def sample(make_window, workspace_path):
    """The sample workspace: areas, projects, summaries, people, labels, done and overdue tasks."""
    window = make_window(workspace_path, sample=True)
    window.sidebar.select_scope(window.proxy.scope)
    window.view().expandAll()
    return window


def test_each_role_of_every_cell_answered_at_once_is_what_data_answers(sample, monkeypatch):
    warned = next(iter(sample.controller.ws.tasks))
    monkeypatch.setattr(TaskTreeModel, "schedule_warning", lambda self, ident: "a loop" if ident == warned else None)
    for model, root in shown_models(sample):
        checked = 0
        for index in cells(model, root):
            for role in PAINT_ROLES + OTHER_ROLES:
                where = index.data(), Column(index.column())
                assert same(at_once(model, index, role), model.data(index, role)), where
                checked += 1
        assert checked > 1000


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    edits=st.lists(
        st.tuples(
            st.integers(0, 200),
            st.sampled_from(["priority", "percent_complete", "milestone", "title", "status"]),
            st.integers(0, 3),
        ),
        max_size=6,
    )
)
def test_after_any_edits_the_roles_at_once_are_still_data_role_by_role(sample, edits):
    """Rows answered once, then edited (their painted rows dropped and made again), answer as `data` does."""
    from planner.core.model import Priority

    ws, controller = sample.controller.ws, sample.controller
    ids = sorted(ws.tasks)
    statuses = [s.id for s in ws.ordered("status")]
    model, root = shown_models(sample)[0]
    for index in cells(model, root):  # every row painted (answered) once first
        at_once(model, index, Qt.ItemDataRole.DisplayRole)
    for n, field, value in edits:
        task_id = ids[n % len(ids)]
        fields = {
            "priority": {"priority": list(Priority)[value % len(Priority)]},
            "percent_complete": {"percent_complete": value * 33},
            "milestone": {"milestone": bool(value % 2)},
            "title": {"title": f"renamed {value}"},
            "status": {"status_id": statuses[value % len(statuses)]},
        }[field]
        controller.run(EditTask(task_id, **fields))
    for model, root in shown_models(sample):
        for index in cells(model, root):
            for role in PAINT_ROLES:
                assert same(at_once(model, index, role), model.data(index, role))


def grab(view):
    view.proxy.source.forget_painted()
    QApplication.processEvents()  # the window's new size and columns laid out
    view.viewport().repaint()
    return view.viewport().grab().toImage()


@pytest.mark.parametrize("look", ["light", "dark"])
def test_the_table_painted_the_fast_way_is_the_image_painted_the_plain_way(
    sample, qapp, restored_look, monkeypatch, look
):
    theme.apply_theme(qapp, look)
    sample.resize(3600, 800)  # every column shown in view
    view = sample.view()
    for column in (Column.LABELS, Column.DEADLINE, Column.TOTAL_SLACK, Column.ID, Column.CRITICAL):
        view.setColumnHidden(column, False)  # a painted column, a plain one, columns read live
    view.selectionModel().select(view.model().index(1, 0, view.rootIndex()), view.selectionModel().SelectionFlag.Rows
                                 | view.selectionModel().SelectionFlag.Select)  # fmt: skip
    fast = grab(view)
    monkeypatch.setattr(TaskTreeModel, "fill_roles", plain_fill)
    plain_delegate = TaskDelegate(lambda: sample.controller.ws, view)  # every cell through its Python paint
    view.setItemDelegate(plain_delegate)
    for column in Column:
        view.setItemDelegateForColumn(column, None)
    plain = grab(view)
    assert fast == plain
    colours = {fast.pixel(x, y) for x in range(0, fast.width(), 4) for y in range(0, fast.height(), 4)}
    assert len(colours) > 20  # rows painted: text, icons, a progress bar, a selection
