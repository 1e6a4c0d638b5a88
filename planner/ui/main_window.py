"""`MainWindow`: the sidebar, the views, the task editor, menus, toolbar and status bar around one workspace.

The window turns user actions into core commands through the controller; views plug in as
classes listed in `VIEWS`. Opening another workspace swaps the controller and rebuilds the models.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import (
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner import __version__
from planner.core.bounds import ClampDates
from planner.core.calendars import RANGE_TEXT
from planner.core.changes import Changes
from planner.core.commands import (
    AddObject,
    CreateTask,
    DeleteObject,
    DeleteTasks,
    EditObject,
    IndentTasks,
    MoveTask,
    OutdentTasks,
    SetWorkingTime,
)
from planner.core.filters import SmartList, TaskCounts, TaskFilter
from planner.core.i18n import plural, tr
from planner.core.schedule import new_task_fields
from planner.store.server_workspace import is_server_url
from planner.ui import dialogs, file_commands, front_view, guard, language, theme, window_actions, window_state
from planner.ui.controller import Controller
from planner.ui.file_drop import local_files
from planner.ui.filter_bar import FilterBar
from planner.ui.guard import guarded
from planner.ui.models.task_filter import TaskFilterProxy
from planner.ui.models.task_tree import TaskTreeModel
from planner.ui.scenarios import ScenarioSwitcher
from planner.ui.server_status import ServerStatus
from planner.ui.sidebar import Sidebar
from planner.ui.views import VIEW_NAMES, VIEWS, HeldWhileHidden
from planner.ui.widgets import MessageBar, WelcomePanel


class _Views(dict):
    """The views built so far, by name; asking for one not built yet builds it."""

    def __init__(self, build: Callable) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, name: str):
        view = self[name] = self._build(name)
        return view


MAX_RECENT = 10


class MainWindow(QMainWindow):
    def __init__(self, controller: Controller, open_workspace: Callable, settings: QSettings | None = None) -> None:
        """`open_workspace(path, sample=False)` opens a file and returns a Controller, or raises with a message."""
        super().__init__()
        self._open_workspace = open_workspace
        self.settings = settings or QSettings()
        self.controller: Controller | None = None
        self.moment = None  # a moment of the history in front of the live workspace (planner.ui.moment)
        self._warnings_after_paint = False
        self.setWindowIcon(QIcon(str(theme.app_icon_path())))
        self.setUnifiedTitleAndToolBarOnMac(True)
        self.setAcceptDrops(True)  # files dropped anywhere on the window: see dropEvent
        QApplication.instance().screenAdded.connect(self._screen_added)

        self.sidebar = Sidebar()
        self.filter_bar = FilterBar()
        self.message_bar = MessageBar()
        self.stack = QStackedWidget()
        # Built at every open, shown or not: the stack's pages all count for its minimum size, and this one's sets the
        # window's minimum height (442 px against 184 px without it at 10,500 tasks).
        self.welcome = WelcomePanel()
        # Where the task editor goes (the splitter's third widget), folded until the editor is first shown.
        self._editor_slot = QWidget()
        self._editor = None  # TaskEditorPanel: built when first shown (see `editor`)
        self._editor_decided = False  # whether the first show has decided if the editor starts open
        center = QWidget()
        layout = QVBoxLayout(center)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self._editor_slot)
        self._editor_slot.setVisible(False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([220, 1000, window_state.EDITOR_WIDTH])
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel()
        self.path_label = QLabel()
        self.server_status = ServerStatus()
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.server_status)
        self.statusBar().addPermanentWidget(self.path_label)

        self.views = _Views(self._make_view)
        self.current_view = VIEWS[0].name
        self.scenarios = ScenarioSwitcher(self)
        layout.insertWidget(0, self.scenarios.banner)
        window_actions.make_actions(self)
        window_actions.make_menus(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        window_actions.make_toolbar(self)
        self.filter_bar.labels_button.setDefaultAction(self.labels_action)

        self.sidebar.scope_changed.connect(self._scope_changed)
        self.sidebar.context_menu_requested.connect(self._sidebar_menu)
        self.filter_bar.filter_changed.connect(self._filter_changed)
        self.welcome.new_area_requested.connect(self.new_area)
        self.welcome.new_project_requested.connect(self.new_project)
        self.welcome.people_requested.connect(lambda: self.show_view("people"))
        self.welcome.sample_requested.connect(lambda: self.open_path(None, sample=True))
        guard.report.failed.connect(self.message_bar.show_message)
        self.set_controller(controller)
        window_state.restore_state(self)

    # -- workspace ----------------------------------------------------------------------------
    def set_controller(self, controller: Controller, keep_previous: bool = False) -> None:
        """Put `controller`'s workspace in the window; the one shown before is closed, unless `keep_previous` (a
        moment of the history shown in front of it, see planner.ui.history.moment)."""
        if self.controller is not None:
            # Imported here and in the other actions that use them, not at open: the comparison, a moment of the
            # history and the people dialog are ~10 ms of imports the first screen does not need.
            from planner.ui.compare import close_comparison

            close_comparison(self)  # its task ids mean something else in another workspace
            self._wire(self.controller, False)
            if not keep_previous:
                self.controller.close()
            self.model.deleteLater()  # it listens to the controller, which may live on
            self.proxy.deleteLater()
        self.controller = controller
        self.model = TaskTreeModel(controller, self)
        self.proxy = TaskFilterProxy(self.model, self)
        self.proxy.set_filter(self.filter_bar.current())
        self.model.hold_row_signals(True)  # until a tree shows its rows (TableView.catch_up)
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            if widget is not self.welcome:
                widget.deleteLater()
        # Views are built when first shown: building all six at start cost ~100 ms of imports and widgets.
        self.views = _Views(self._make_view)
        self.stack.addWidget(self.welcome)
        if self._editor is not None:  # the previous workspace's
            self.splitter.replaceWidget(2, self._editor_slot)  # which takes the editor's shown state: folded again
            self._editor_slot.setVisible(False)
            self._editor.deleteLater()
            self._editor = None
        self.show_editor(self.toggle_editor.isChecked())
        self._wire(controller, True)
        self.server_status.watch(controller)
        self.undo_action.setEnabled(controller.undo_stack.canUndo())  # a controller shown before keeps its steps
        self.redo_action.setEnabled(controller.undo_stack.canRedo())
        self._undo_text_changed(controller.undo_stack.undoText())
        self._redo_text_changed(controller.undo_stack.redoText())
        self.filter_bar.populate(controller.ws)
        self.counts = TaskCounts(controller.ws, controller.today())
        self.sidebar.rebuild(controller.ws, self.counts.counts)
        self._scope_changed(self.sidebar.current_scope() or SmartList.ALL)
        if self.current_view in self.views:  # else the welcome panel stands in for it, and it has no task yet
            self.view().select_first_task()
        controller.edits_soon_on_first_input()
        path = controller.session.path
        self.scenarios.refresh()
        # A server workspace is shown and remembered by its URL without the password.
        shown = controller.session.file.name if controller.session.on_server else str(path)
        self.path_label.setText(shown)
        self._remember_recent(shown)
        self._update_status()
        self._offer_date_fix()
        self._warnings_after_paint = True  # see paintEvent

    def _wire(self, controller: Controller, on: bool) -> None:
        """Connect the window to a controller's signals, or disconnect it (one kept open behind a moment)."""
        stack = controller.undo_stack
        pairs = [
            (controller.changes_applied, self._changes_applied),
            (controller.error_occurred, self.message_bar.show_message),
            (controller.conflict, self._conflict),
            (controller.notice, self.message_bar.show_message),
            (stack.canUndoChanged, self.undo_action.setEnabled),
            (stack.canRedoChanged, self.redo_action.setEnabled),
            (stack.undoTextChanged, self._undo_text_changed),
            (stack.redoTextChanged, self._redo_text_changed),
        ]
        for signal, slot in pairs:
            if on:
                signal.connect(slot)
            else:
                signal.disconnect(slot)

    def _conflict(self, text: str, again) -> None:
        """A server refused an edit (someone changed the same thing first): say so, and offer it again."""
        self.message_bar.show_message(text, tr("MainWindow", "Make My Change Again"), again)

    def set_read_only(self, on: bool) -> None:
        """Disable (or enable again) every action that changes the workspace or replaces it: a moment of the
        history is in front. What a view edits by itself is refused by the read-only session, with a message."""
        for action in self.editing_actions:
            action.setEnabled(not on)
        stack = self.controller.undo_stack
        self.undo_action.setEnabled(not on and stack.canUndo())
        self.redo_action.setEnabled(not on and stack.canRedo())
        self.recent_menu.setEnabled(not on)

    def add_banner(self, banner: QWidget) -> None:
        """Show `banner` above the views, under the filter bar (what is in front: a moment of the history)."""
        layout = self.message_bar.parentWidget().layout()
        layout.insertWidget(layout.indexOf(self.message_bar), banner)
        banner.show()

    def _offer_date_fix(self) -> None:
        """Name the stored dates out of range (a file from an old version or a hand edit) and offer to bring
        them into range, as one undoable step, in the message bar: never a dialog in the way of the plan."""
        problems = self.controller.session.problems()
        if not problems:
            return
        shown = "; ".join(map(str, problems[:3]))
        if len(problems) > 3:
            shown += plural("; and %n more", None, len(problems) - 3)
        self.message_bar.show_message(
            tr(
                "MainWindow",
                "Dates outside {range}, which the schedule leaves out: {shown}. Fix brings each to the nearest "
                "date in range.",
            ).format(range=RANGE_TEXT, shown=shown),
            tr("MainWindow", "Fix"),
            lambda: self.controller.run(ClampDates()),
        )

    def _make_view(self, name: str):
        spec = next((spec for spec in VIEWS if spec.name == name), None)
        if spec is None:
            raise KeyError(f"there is no {name} view")
        view = spec.load()(self.proxy, self.controller)
        view.current_task_changed.connect(lambda task_id, v=view: self._current_task_changed(v, task_id))
        view.context_menu_requested.connect(self._task_menu)
        if hasattr(view, "editor_requested"):
            view.editor_requested.connect(self.open_in_editor)
        if hasattr(view, "scope_requested"):  # a view that shows one project asks the sidebar for one
            view.scope_requested.connect(self.sidebar.select_scope)
        if hasattr(view, "compare_requested"):  # the History view: the plan now against a change's moment
            from planner.ui.compare import compare_moment
            from planner.ui.moment import restore_before_change, show_moment

            view.compare_requested.connect(lambda change: compare_moment(self, change=change))
            view.moment_requested.connect(lambda change: show_moment(self, change=change))
            view.restore_requested.connect(lambda change: restore_before_change(self, change))
        view.addActions(self.view_actions)
        if name in window_state.HEADER_KEYS:
            window_state.restore_columns(self, view, window_state.HEADER_KEYS[name])
        self.stack.addWidget(view)
        view.apply_scope()
        return view

    def _undo_text_changed(self, text: str) -> None:
        self.undo_action.setText(
            tr("MainWindow", "&Undo {action}").format(action=text) if text else tr("MainWindow", "&Undo")
        )

    def _redo_text_changed(self, text: str) -> None:
        self.redo_action.setText(
            tr("MainWindow", "&Redo {action}").format(action=text) if text else tr("MainWindow", "&Redo")
        )

    def open_path(self, path: Path | None, sample: bool = False) -> bool:
        from planner.io.gnome_planner import is_gnome_planner_file

        if path is not None and is_gnome_planner_file(path):
            # GNOME Planner's files share our extension: offer what can be done with one instead of a refusal.
            question = tr(
                "MainWindow",
                "{name} is a GNOME Planner file, not a Planner workspace.\n\n"
                "Import it into this workspace as a new project?",
            ).format(name=Path(path).name)
            return dialogs.ask_yes_no(
                self, tr("MainWindow", "Open a GNOME Planner file"), question
            ) and self.import_path(Path(path))
        try:
            controller = self._open_workspace(path, sample=sample)
        except Exception as exc:  # every failure to open says why, and the open workspace stays open
            dialogs.warn(self, tr("MainWindow", "The workspace could not be opened"), str(exc))
            return False
        self.set_controller(controller)
        return True

    # -- views and scope --------------------------------------------------------------------------
    def show_view(self, name: str) -> None:
        if name not in VIEW_NAMES:
            raise ValueError(f"there is no {name} view")
        self.current_view = name
        self.view_switch_actions[name].setChecked(True)
        self._show_current()

    def _show_current(self) -> None:
        ws = self.controller.ws
        spec = next(spec for spec in VIEWS if spec.name == self.current_view)
        empty = spec.shows_tasks and not ws.areas and not ws.projects  # people can be added before any project
        first_show = self.current_view not in self.views
        front = self.welcome if empty else self.views[self.current_view]
        for view in self.views.values():  # see HeldWhileHidden
            if view is not front and isinstance(view, HeldWhileHidden):
                view.hold()
        self.stack.setCurrentWidget(front)
        if first_show and getattr(front, "opens_on_a_container", False) and not empty:
            front_view.open_on_last_container(self)
        if self.isVisible():  # else once the window is shown (showEvent)
            self._catch_up()
        self.filter_bar.offer("" if empty else spec.filters)
        self.toggle_editor.setEnabled(spec.shows_tasks)
        self.show_editor(self.toggle_editor.isChecked())
        if self._editor is not None:
            self._editor.show_task(self.front_task())

    def _catch_up(self) -> None:
        """The view in front follows what edits changed while it was behind, or before the window was shown: once
        shown, as the board lays out its cards for the width they are shown at (see HeldWhileHidden)."""
        front = self.stack.currentWidget()
        if isinstance(front, HeldWhileHidden):
            front.catch_up()

    def view(self):
        return self.views[self.current_view]

    def front_task(self) -> int | None:
        """The task selected in the view in front, or None: nothing selected, or a view of no tasks."""
        if self.stack.currentWidget() is self.welcome:
            return None
        node = self.view().current_node()
        return node[1] if node is not None and node[0] == "task" else None

    def show_editor(self, on: bool) -> None:
        """Open or fold the editor. It stays folded where no task can be: a workspace with no area or project yet,
        and the people sheet, which needs the room for its columns."""
        ws = self.controller.ws
        spec = next(spec for spec in VIEWS if spec.name == self.current_view)
        shown = on and spec.shows_tasks and bool(ws.areas or ws.projects)
        if self._editor is None and not (shown and self._editor_decided):
            return  # built once shown, and whether it starts shown is decided at the window's first show
        self.editor.setVisible(shown)

    @property
    def editor(self):
        """The task editor (TaskEditorPanel), built when first asked for: a window too narrow for it opens with it
        folded, and building it (~35 ms) and importing it were a tenth of a small plan's open."""
        if self._editor is None:
            from planner.ui.editor_panel import TaskEditorPanel

            self._editor = TaskEditorPanel(self.controller, self.settings)
            self.splitter.replaceWidget(2, self._editor)  # takes the slot's place, size and folded state
            self._editor.show_task(self.front_task())
        return self._editor

    def _scope_changed(self, scope) -> None:
        if isinstance(scope, tuple) and scope[0] == "focus":  # a person's Focus list: on the dashboard
            self.show_view("dashboard")
            self.views["dashboard"].set_person(scope[1])
            return
        self.proxy.set_scope(scope)
        if isinstance(scope, tuple) and scope[0] in ("project", "area"):
            self.settings.setValue(front_view.last_container_key(self), list(scope))
        for view in self.views.values():
            view.apply_scope()
        self._show_current()
        self._update_status()

    def _filter_changed(self, task_filter: TaskFilter) -> None:
        self.proxy.set_filter(task_filter)
        for view in self.views.values():
            view.apply_scope()
        self._update_status()

    def open_in_editor(self, task_id) -> None:
        """Show a task in the editor, opened if it was hidden, with its title ready to type over."""
        self.toggle_editor.setChecked(True)
        self.editor.setVisible(True)
        self.editor.show_task(task_id)
        self.editor.title.setFocus()
        self.editor.title.selectAll()

    def _current_task_changed(self, view, _task_id) -> None:
        # Asked of the view rather than taken from the signal: the dashboard says a task it could not select.
        if view is self.stack.currentWidget() and self._editor is not None:  # a view behind: its own selection
            self._editor.show_task(self.front_task())

    def _changes_applied(self, changes: Changes) -> None:
        ws = self.controller.ws
        if changes.touches("status") or self.counts.today != self.controller.today():
            self.counts = TaskCounts(ws, self.controller.today())
        else:
            self.counts.update(changes.ids("task") | {ident for kind, ident in changes.parents if kind == "task"})
        if changes.containers or changes.touches("status", "person", "label"):
            self.filter_bar.populate(ws)
            if not self.sidebar.rebuild(ws, self.counts.counts):
                self._scope_changed(self.sidebar.current_scope())
            self._show_current()
        self._update_status()

    def _update_status(self) -> None:
        """Counts in the sidebar and the status bar, kept up to date task by task."""
        ws = self.controller.ws
        counts = self.counts.counts
        self.sidebar.update_counts(counts)
        parts = [plural("%n task(s)", None, counts["tasks"]), plural("%n open", None, counts[SmartList.ALL])]
        if counts[SmartList.OVERDUE]:
            parts.append(plural("%n overdue", None, counts[SmartList.OVERDUE]))
        projects, areas = plural("%n project(s)", None, len(ws.projects)), plural("%n area(s)", None, len(ws.areas))
        parts.append(f"{projects} · {areas}")
        self.count_label.setText("   ·   ".join(parts))

    # -- task commands ----------------------------------------------------------------------------
    def new_task(self, subtask: bool = False) -> None:
        parent, index = front_view.target_for_new_task(self, subtask)
        if parent is None:
            self.message_bar.show_message(
                tr("MainWindow", "Create an area or a project first: every task belongs to one.")
            )
            return
        fields = new_task_fields(self.controller.ws, parent, self.controller.today())
        scope = self.proxy.scope
        if scope in (SmartList.TODAY, SmartList.THIS_WEEK, SmartList.OVERDUE):
            # Dated so that it shows in the list the user is looking at.
            day = self.controller.today()
            if scope is SmartList.OVERDUE:
                day -= timedelta(days=1)
            cal = self.controller.ws.calendar
            fields = {"start": cal.day_start(day), "duration": cal.minutes_per_day}
        command = CreateTask(parent, tr("MainWindow", "New task"), index=index, **fields)
        if self.controller.run(command):
            self.view().select_task(command.id, edit=True)

    def copy_selected(self) -> None:
        from planner.ui.clipboard import copy_tasks

        ids = self.view().selected_task_ids()
        if ids:
            copy_tasks(self.controller.ws, ids)
            self.statusBar().showMessage(plural("Copied %n task(s)", None, len(ids)), 5000)

    def paste(self) -> None:
        """Rows from a spreadsheet become tasks below the selected one (or in the current project), one step."""
        from planner.core.errors import ValidationError
        from planner.ui.clipboard import paste_tasks

        parent, index = front_view.target_for_new_task(self, subtask=False)
        if parent is None:
            self.message_bar.show_message(
                tr("MainWindow", "Create an area or a project first: every task belongs to one.")
            )
            return
        try:
            command = paste_tasks(QApplication.clipboard().text(), parent, index)
        except ValidationError as exc:
            self.message_bar.show_message(tr("MainWindow", "Nothing was pasted: {reason}").format(reason=exc))
            return
        if self.controller.run(command):
            made = [command.task_ids[tid] for tid in sorted(command.result.workspace.tasks)]  # in the rows' order
            front_view.reselect(self, made)

    def delete_selected(self) -> None:
        ids = self.view().selected_task_ids()
        if ids:
            self.controller.run(DeleteTasks(ids))

    def assign_people(self) -> None:
        from planner.ui.assignments import assign_people

        assign_people(self, self.controller, self.view().selected_task_ids())

    def indent(self) -> None:
        ids = self.view().selected_task_ids()
        if ids and self.controller.run(IndentTasks(ids)):
            front_view.reselect(self, ids)

    def outdent(self) -> None:
        ids = self.view().selected_task_ids()
        if ids and self.controller.run(OutdentTasks(ids)):
            front_view.reselect(self, ids)

    def move_selected(self, step: int) -> None:
        ids = self.view().selected_task_ids()
        if len(ids) != 1:
            return
        task = self.controller.ws.tasks[ids[0]]
        siblings = self.controller.ws.children(task.parent_key())
        row = siblings.index(task.id) + step
        if 0 <= row < len(siblings) and self.controller.run(MoveTask(task.id, task.parent_key(), row)):
            front_view.reselect(self, ids)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    # -- areas and projects -----------------------------------------------------------------------
    def new_area(self) -> None:
        name = dialogs.ask_text(self, tr("MainWindow", "New area"), tr("MainWindow", "Name of the new area:"))
        if name:
            command = AddObject("area", name=name)
            if self.controller.run(command):
                self.sidebar.select_scope(("area", command.id))

    def new_project(self) -> None:
        """The New Project dialog; the project it describes made in one undoable step, shown in the sidebar, and
        its charter opened when asked for."""
        from planner.ui.new_project_dialog import ask_new_project

        made = ask_new_project(self, self.controller)
        if made is None:
            return
        project_id, charter = made
        self.sidebar.select_scope(("project", project_id))
        if charter:
            self.show_view("project")
            self.view().show_page("Charter")

    def rename_container(self, scope) -> None:
        kind, ident = scope
        current = self.controller.ws.table(kind)[ident].name
        title = tr("MainWindow", "Rename Area") if kind == "area" else tr("MainWindow", "Rename Project")
        name = dialogs.ask_text(self, title, tr("MainWindow", "New name:"), current)
        if name and name != current:
            self.controller.run(EditObject(kind, ident, name=name))

    def delete_container(self, scope) -> None:
        kind, ident = scope
        ws = self.controller.ws
        count = sum(1 for t in ws.tasks.values() if t.container() == scope)
        name = ws.table(kind)[ident].name
        if kind == "area":
            title = tr("MainWindow", "Delete Area")
            question = plural("Delete the area “{name}” and its %n task(s)? You can undo this.", None, count)
        else:
            title = tr("MainWindow", "Delete Project")
            question = plural("Delete the project “{name}” and its %n task(s)? You can undo this.", None, count)
        if not dialogs.ask_yes_no(self, title, question.format(name=name)):
            return
        scenarios = [s for s in self.controller.session.scenarios if kind == "project" and s.scenario_of == ident]
        if not scenarios:
            self.controller.run(DeleteObject(kind, ident))
            return
        drop, keep = tr("Scenarios", "Discard its scenarios"), tr("Scenarios", "Keep its scenarios")
        label = plural("The project has %n scenario(s) (they are not undone with it):", None, len(scenarios))
        then = dialogs.ask_choice(self, tr("Scenarios", "Delete Project"), label, [drop, keep])
        if then is not None:
            self.controller.delete_project(ident, discard_scenarios=then == drop)
            self.scenarios.refresh()

    def _sidebar_menu(self, scope, position) -> None:
        menu = QMenu(self)
        if isinstance(scope, tuple) and scope[0] in ("area", "project"):
            menu.addAction(tr("MainWindow", "Rename…"), lambda: self.rename_container(scope))
            menu.addAction(theme.icon("delete"), tr("MainWindow", "Delete…"), lambda: self.delete_container(scope))
            if scope[0] == "area":
                menu.addAction(tr("MainWindow", "Rules for This Area…"), lambda: self.edit_rules(area_id=scope[1]))
            menu.addSeparator()
        menu.addActions([self.new_area_action, self.new_project_action])
        menu.addSeparator()
        menu.addAction(self.labels_action)
        dialogs.show_menu(menu, position)

    def edits_soon(self) -> None:
        """A menu of task commands about to show: a sign that an edit is coming, as a cell's editor opened is
        (`Controller.edits_soon`), so that a first command that moves dates finds the schedule readied."""
        if self.controller is not None:
            self.controller.edits_soon()

    def _task_menu(self, position) -> None:
        self.edits_soon()
        menu = QMenu(self)
        menu.addActions([self.new_task_action, self.new_subtask_action])
        menu.addSeparator()
        menu.addActions([self.indent_action, self.outdent_action, self.move_up_action, self.move_down_action])
        menu.addSeparator()
        menu.addAction(self.assign_people_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        dialogs.show_menu(menu, position)

    # -- files ----------------------------------------------------------------------------------------
    def import_path(self, path: Path) -> bool:
        """Import `path` as a new project (see file_commands.import_path)."""
        return file_commands.import_path(self, path)

    def open_files(self, paths: list[Path]) -> None:
        """Open or import files from outside: dropped, or sent by the system (see file_commands.open_files)."""
        file_commands.open_files(self, paths)

    def open_server(self) -> bool:
        from planner.ui.server_dialogs import open_server_workspace

        return open_server_workspace(self)

    def publish_to_server(self) -> bool:
        from planner.ui.server_dialogs import publish_to_server

        return publish_to_server(self)

    def compare_with(self) -> None:
        from planner.ui.compare import compare_with

        compare_with(self)

    def show_moment(self) -> None:
        from planner.ui.moment import show_moment

        show_moment(self)

    def manage_labels(self) -> None:
        from planner.ui.labels_dialog import LabelsDialog

        dialog = LabelsDialog(self.controller, self)
        dialogs.run(dialog)
        dialog.deleteLater()

    def edit_rules(self, area_id: int | None = None) -> None:
        from planner.ui.rules_dialog import edit_rules

        edit_rules(self.controller, self, area_id=area_id)

    def edit_working_time(self) -> None:
        from planner.ui.working_time import WorkingTimeDialog

        dialog = WorkingTimeDialog(self.controller.ws.calendar, self)
        if dialogs.run(dialog):
            self.controller.run(SetWorkingTime(dialog.calendar()))

    def print_front(self) -> None:
        """Ctrl+P: the view in front prints itself when it can (the Gantt chart); any other view, a report.
        One window action for the key, as two would make Qt's shortcut ambiguous and do nothing."""
        view = self.view()
        if hasattr(view, "print_chart"):
            view.print_chart()
        else:
            self.print_report()

    def print_report(self) -> None:
        from planner.ui.report_dialog import print_report

        print_report(self)

    def export_report_pdf(self) -> None:
        from planner.ui.report_dialog import export_report_pdf

        export_report_pdf(self)

    @guarded
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._warnings_after_paint:  # the first paint of a workspace: its warnings and backup follow it
            self._warnings_after_paint = False
            self.controller.painted()

    @guarded
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    @guarded
    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            # After the drop has ended: a dialog (an import's summary) must not hold the dragging program waiting.
            QTimer.singleShot(0, lambda: self.open_files(paths))

    def _remember_recent(self, location: str) -> None:
        """Put a file's path or a server workspace's URL (without its password) first in the recent list."""
        recent = [p for p in self.recent_files() if p != location]
        self.settings.setValue("recent", [location, *recent][:MAX_RECENT])

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def open_recent(self, path: str | Path) -> bool:
        """Open a workspace from the recent list (a file, or a server's URL); a file that was moved or deleted is
        not made anew (Open would create an empty one there): say so and offer to take it off the list."""
        if is_server_url(str(path)):
            from planner.ui.server_dialogs import open_server_url

            return open_server_url(self, str(path))
        path = Path(path)
        if not path.exists():
            question = tr(
                "MainWindow", "{path} was moved or deleted, so it cannot be opened.\n\nRemove it from the recent list?"
            ).format(path=path)
            if dialogs.ask_yes_no(self, tr("MainWindow", "Open Recent"), question):
                self.settings.setValue("recent", [p for p in self.recent_files() if p != str(path)])
            return False
        return self.open_path(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files():
            self.recent_menu.addAction(path, lambda p=path: self.open_recent(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("MainWindow", "No recent workspaces")).setEnabled(False)

    # -- look and state -------------------------------------------------------------------------------
    def set_theme(self, name: str) -> None:
        theme.apply_theme(QApplication.instance(), name)
        self.settings.setValue("theme", name)
        self.theme_actions[name].setChecked(True)
        self._make_icons_follow_theme()

    def set_language(self, code: str) -> None:
        """Remember the choice; the window's text is made once, so it changes when Planner starts again."""
        self.settings.setValue(language.SETTING, code)
        self.language_actions[code].setChecked(True)
        self.statusBar().showMessage(tr("MainWindow", "The new language applies when Planner starts again."), 10000)

    def _screen_added(self, _screen) -> None:
        if theme.screens_changed():  # one with more pixels per point: the icons' larger pixmaps are drawn now
            self._make_icons_follow_theme()

    def _make_icons_follow_theme(self) -> None:
        for action in self.findChildren(QAction):
            name = action.property("icon_name")
            if name:
                action.setIcon(theme.icon(name))
        self.sidebar.rebuild(self.controller.ws, self.counts.counts)
        self.model.forget_painted()
        self.update()

    def about(self) -> None:
        dialogs.about(
            self,
            tr("MainWindow", "About Planner"),
            tr(
                "MainWindow", "<h3>Planner {version}</h3><p>Plan a team's ongoing work and its projects, offline.</p>"
            ).format(version=__version__),
        )

    @guarded
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._catch_up()
        # Decided on the first show, when the window has its final size (restored, maximized, or set by --size).
        if not self._editor_decided:
            self._editor_decided = True
            self.toggle_editor.setChecked(window_state.editor_starts_open(self))
            self.show_editor(self.toggle_editor.isChecked())

    @guarded
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.moment is not None:  # the live workspace is what closes, and what the settings remember
            from planner.ui.moment import back_to_now

            back_to_now(self)
        window_state.save_state(self)
        if self.controller is not None:
            self.controller.close()
        super().closeEvent(event)
