"""The main window's actions, menus and toolbar: each action made once, as an attribute of the window
(`window.undo_action`), its slot a window method or a command of the modules beside it; nothing here keeps state.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

from planner.core.i18n import tr
from planner.ui import file_commands, front_view, language, theme
from planner.ui.views import VIEWS
from planner.ui.widgets import FittingToolBar


def make_action(window, text: str, slot, shortcut=None, icon_name: str | None = None, tip: str = "") -> QAction:
    """An action of the window's, with its keys, icon (redrawn with a new theme) and tip, calling `slot`."""
    action = QAction(text, window)
    if shortcut is not None:
        shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    if icon_name:
        action.setIcon(theme.icon(icon_name))
        action.setProperty("icon_name", icon_name)  # to redraw it in the text colour of a new theme
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action


def make_actions(window) -> None:
    """Every action of the menus and the toolbar, set on `window` under its name (`window.new_task_action`)."""
    _make_file_actions(window)
    _make_edit_actions(window)
    _make_clipboard_actions(window)
    _make_view_actions(window)
    _make_tool_actions(window)
    # What changes the workspace or puts another in the window: off while a moment of the history is in front.
    window.editing_actions = [
        window.new_task_action, window.new_subtask_action, window.delete_action, window.indent_action,
        window.outdent_action, window.move_up_action, window.move_down_action, window.assign_people_action,
        window.paste_action, window.new_area_action, window.new_project_action, window.labels_action,
        window.working_time_action, window.rules_action, window.restore_action, window.import_action,
        window.new_workspace_action, window.open_action, window.compare_action, window.moment_action,
        window.save_copy_action,  # of the file, which holds the plan now, not the moment
    ]  # fmt: skip


def _make_file_actions(window) -> None:
    """Workspaces, import and export, printing and quitting (the File menu)."""
    S = QKeySequence.StandardKey  # noqa: N806
    window.new_workspace_action = make_action(
        window, tr("MainWindow", "&New Workspace…"), lambda: file_commands.new_workspace(window), icon_name="new"
    )
    window.open_action = make_action(
        window, tr("MainWindow", "&Open…"), lambda: file_commands.open_dialog(window), S.Open, "open"
    )
    window.save_copy_action = make_action(
        window, tr("MainWindow", "Save a &Copy As…"), lambda: file_commands.save_copy(window), "Ctrl+Shift+S", "copy"
    )
    window.open_server_action = make_action(window, tr("MainWindow", "Open &Server Workspace…"), window.open_server)
    window.publish_action = make_action(window, tr("MainWindow", "&Publish to Server…"), window.publish_to_server)
    window.restore_action = make_action(
        window,
        tr("MainWindow", "&Restore from Backup…"),
        lambda: file_commands.restore_backup(window),
        icon_name="backup",
    )
    window.import_action = make_action(
        window,
        tr("MainWindow", "&Import…"),
        lambda: file_commands.import_dialog(window),
        "Ctrl+I",
        tip=tr("MainWindow", "Import a plan from MS Project, GanttProject, GNOME Planner or a calendar (iCalendar)"),
    )
    window.export_action = make_action(
        window,
        tr("MainWindow", "&Export…"),
        lambda: file_commands.export_dialog(window),
        "Ctrl+Shift+X",
        tip=tr("MainWindow", "Export a project for MS Project"),
    )
    window.print_report_action = make_action(
        window,
        tr("MainWindow", "&Print…"),
        window.print_front,
        QKeySequence.StandardKey.Print,
        tip=tr("MainWindow", "Print the Gantt chart when it is in front, otherwise a report, with a preview"),
    )
    window.export_report_action = make_action(
        window,
        tr("MainWindow", "Export Report as P&DF…"),
        window.export_report_pdf,
        tip=tr("MainWindow", "Save a report as a PDF file"),
    )
    window.quit_action = make_action(window, tr("MainWindow", "&Quit"), window.close, S.Quit)


def _make_edit_actions(window) -> None:
    """Undo and the tasks: new, delete, indent, outdent, move, people (most of the Edit menu)."""
    S = QKeySequence.StandardKey  # noqa: N806
    window.undo_action = make_action(
        window,
        tr("MainWindow", "&Undo"),
        lambda: front_view.keeping_selection(window, window.controller.undo),
        S.Undo,
        "undo",
        tr("MainWindow", "Undo"),
    )
    window.redo_action = make_action(
        window,
        tr("MainWindow", "&Redo"),
        lambda: front_view.keeping_selection(window, window.controller.redo),
        S.Redo,
        "redo",
        tr("MainWindow", "Redo"),
    )
    window.new_task_action = make_action(
        window,
        tr("MainWindow", "New &Task"),
        window.new_task,
        ["Ctrl+N", "Ins"],
        "add",
        tr("MainWindow", "New task below the selected one (Ctrl+N)"),
    )
    window.new_subtask_action = make_action(
        window,
        tr("MainWindow", "New &Subtask"),
        lambda: window.new_task(subtask=True),
        "Ctrl+Shift+N",
        "subtask",
        tr("MainWindow", "New subtask"),
    )
    window.delete_action = make_action(
        window,
        tr("MainWindow", "&Delete"),
        window.delete_selected,
        S.Delete,
        "delete",
        tr("MainWindow", "Delete (Del)"),
    )
    window.indent_action = make_action(
        window,
        tr("MainWindow", "&Indent"),
        window.indent,
        "Alt+Shift+Right",
        "indent",
        tr("MainWindow", "Indent (Alt+Shift+→)"),
    )
    window.outdent_action = make_action(
        window,
        tr("MainWindow", "&Outdent"),
        window.outdent,
        "Alt+Shift+Left",
        "outdent",
        tr("MainWindow", "Outdent (Alt+Shift+←)"),
    )
    window.assign_people_action = make_action(
        window,
        tr("MainWindow", "&Assign People…"),
        window.assign_people,
        "Alt+F10",
        tip=tr("MainWindow", "Put people on the selected tasks (Alt+F10)"),
    )
    window.move_up_action = make_action(
        window, tr("MainWindow", "Move &Up"), lambda: window.move_selected(-1), "Alt+Shift+Up", "up"
    )
    window.move_down_action = make_action(
        window, tr("MainWindow", "Move Do&wn"), lambda: window.move_selected(1), "Alt+Shift+Down", "down"
    )


def _make_clipboard_actions(window) -> None:
    """Copy, paste, find, areas, projects and working time (the rest of the Edit menu); the keys of those that act on
    the view with the focus."""
    S = QKeySequence.StandardKey  # noqa: N806
    window.copy_action = make_action(
        window,
        tr("MainWindow", "&Copy"),
        window.copy_selected,
        S.Copy,
        tip=tr("MainWindow", "Copy the tasks for a spreadsheet"),
    )
    window.paste_action = make_action(
        window,
        tr("MainWindow", "&Paste"),
        window.paste,
        S.Paste,
        tip=tr("MainWindow", "Paste rows from a spreadsheet as tasks"),
    )
    window.find_action = make_action(window, tr("MainWindow", "&Find"), window.focus_search, S.Find, "search")
    window.new_area_action = make_action(window, tr("MainWindow", "New &Area…"), window.new_area, icon_name="area")
    window.working_time_action = make_action(
        window,
        tr("MainWindow", "&Working Time…"),
        window.edit_working_time,
        tip=tr("MainWindow", "Working days, hours, public holidays and days off"),
    )
    window.new_project_action = make_action(
        window, tr("MainWindow", "New &Project…"), window.new_project, icon_name="project"
    )
    # Keys that mean something else in a text field act only while a view has the focus.
    window.view_actions = [window.copy_action, window.paste_action, window.delete_action, window.indent_action]
    window.view_actions += [window.outdent_action]
    window.view_actions += [window.move_up_action, window.move_down_action]
    for action in window.view_actions:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


def _make_view_actions(window) -> None:
    """The sidebar and the editor shown or hidden, the views, the themes and the languages (the View menu)."""
    window.toggle_sidebar = make_action(
        window, tr("MainWindow", "Show &Sidebar"), lambda on: window.sidebar.setVisible(on), "Ctrl+Shift+L"
    )
    window.toggle_sidebar.setCheckable(True)
    window.toggle_sidebar.setChecked(True)
    window.toggle_editor = make_action(
        window,
        tr("MainWindow", "Show Task &Editor"),
        window.show_editor,
        "Ctrl+Shift+E",
        "editor",
        tr("MainWindow", "Show or hide the task editor"),
    )
    window.toggle_editor.setCheckable(True)
    window.toggle_editor.setChecked(True)
    # Only a person's own click is remembered: an editor opened by opening a task, or folded for a narrow
    # window, is not their choice.
    window.toggle_editor.triggered.connect(lambda on: window.settings.setValue("editor_open", on))
    window.view_group = QActionGroup(window)
    window.view_switch_actions = {}
    for number, spec in enumerate(VIEWS, start=1):
        action = make_action(
            window,
            spec.label,
            lambda _=False, n=spec.name: window.show_view(n),
            f"Ctrl+{number}",
            spec.icon_name,
        )
        action.setCheckable(True)
        window.view_group.addAction(action)
        window.view_switch_actions[spec.name] = action
    window.theme_group = QActionGroup(window)
    window.theme_actions = {}
    for name in theme.THEMES:
        action = make_action(window, theme.theme_name(name), lambda _=False, n=name: window.set_theme(n))
        action.setCheckable(True)
        window.theme_group.addAction(action)
        window.theme_actions[name] = action
    window.language_group = QActionGroup(window)
    window.language_actions = {}
    current = language.chosen(window.settings)
    for code, name in {language.SYSTEM: tr("MainWindow", "System"), **language.LANGUAGES}.items():
        action = make_action(window, name, lambda _=False, c=code: window.set_language(c))
        action.setCheckable(True)
        action.setChecked(code == current)
        window.language_group.addAction(action)
        window.language_actions[code] = action


def _make_tool_actions(window) -> None:
    """About, labels, rules, and the comparisons with another moment of the plan or another workspace."""
    window.about_action = make_action(window, tr("MainWindow", "&About Planner"), window.about)
    window.labels_action = make_action(
        window,
        tr("MainWindow", "&Labels…"),
        window.manage_labels,
        icon_name="label",
        tip=tr("MainWindow", "Create, rename, recolour, merge and delete labels"),
    )
    window.rules_action = make_action(
        window,
        tr("MainWindow", "&Rules…"),
        lambda: window.edit_rules(),
        tip=tr("MainWindow", "Rules that act on events and dates, their preview and log"),
    )
    window.compare_action = make_action(
        window,
        tr("Window", "Compare &With…"),
        window.compare_with,
        tip=tr("Window", "Compare the plan now with a moment of its history, a baseline or another workspace"),
    )
    window.moment_action = make_action(
        window,
        tr("Window", "Show the Plan as It &Was…"),
        window.show_moment,
        tip=tr("Window", "Every view as the plan was at a moment of its history, read only"),
    )


def make_menus(window) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("MainWindow", "&File"))
    file_menu.addActions([window.new_workspace_action, window.open_action])
    window.recent_menu = file_menu.addMenu(tr("MainWindow", "Open &Recent"))
    file_menu.addSeparator()
    file_menu.addActions([window.save_copy_action, window.restore_action])
    file_menu.addSeparator()
    file_menu.addActions([window.open_server_action, window.publish_action])
    file_menu.addSeparator()
    file_menu.addActions([window.import_action, window.export_action])
    file_menu.addSeparator()
    file_menu.addActions([window.print_report_action, window.export_report_action])
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = bar.addMenu(tr("MainWindow", "&Edit"))
    edit_menu.aboutToShow.connect(window.edits_soon)
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions([window.copy_action, window.paste_action])
    edit_menu.addSeparator()
    edit_menu.addActions([window.new_task_action, window.new_subtask_action, window.delete_action])
    edit_menu.addSeparator()
    edit_menu.addActions([window.indent_action, window.outdent_action, window.move_up_action, window.move_down_action])
    edit_menu.addAction(window.assign_people_action)
    edit_menu.addSeparator()
    edit_menu.addActions([window.new_area_action, window.new_project_action])
    edit_menu.addActions([window.labels_action, window.working_time_action, window.rules_action])
    edit_menu.addSeparator()
    edit_menu.addAction(window.compare_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.find_action)
    scenario_menu = bar.addMenu(tr("Scenarios", "&Scenarios"))
    scenario_menu.aboutToShow.connect(lambda: window.scenarios.fill_menu(scenario_menu))
    scenario_menu.addAction(window.scenarios.new_action)  # the rest once a workspace is open: see fill_menu
    view_menu = bar.addMenu(tr("MainWindow", "&View"))
    view_menu.addActions(list(window.view_switch_actions.values()))
    view_menu.addSeparator()
    view_menu.addAction(window.moment_action)
    view_menu.addSeparator()
    view_menu.addActions([window.toggle_sidebar, window.toggle_editor])
    theme_menu = view_menu.addMenu(tr("MainWindow", "&Theme"))
    theme_menu.addActions(list(window.theme_actions.values()))
    language_menu = view_menu.addMenu(tr("MainWindow", "&Language (after restart)"))
    language_menu.addActions(list(window.language_actions.values()))
    help_menu = bar.addMenu(tr("MainWindow", "&Help"))
    _add_keyboard_help(window, help_menu)
    help_menu.addAction(window.about_action)


def make_toolbar(window) -> None:
    toolbar = FittingToolBar(tr("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("MainToolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    window.addToolBar(toolbar)
    new_button = QToolButton(toolbar)
    # The button shows the action's icon text, and takes it again whenever the action changes (a new theme's
    # icon): set on the button alone, it went back to the menu's "New Task".
    window.new_task_action.setIconText(tr("MainWindow", "New task"))
    new_button.setDefaultAction(window.new_task_action)
    new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addWidget(new_button)
    toolbar.addActions([window.new_subtask_action, window.delete_action])
    toolbar.addSeparator()
    toolbar.addActions([window.undo_action, window.redo_action])
    toolbar.addSeparator()
    toolbar.addActions([window.outdent_action, window.indent_action, window.move_up_action, window.move_down_action])
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy())
    toolbar.addWidget(spacer)
    # Shown once the workspace has a scenario: until then the Scenarios menu offers the first one, and the
    # toolbar keeps its width for the view buttons.
    window.scenarios.toolbar_action = toolbar.addWidget(window.scenarios.combo)
    toolbar.addSeparator()
    for action in window.view_switch_actions.values():
        button = QToolButton(toolbar)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addWidget(button)
        toolbar.shrinkable.append(button)
    toolbar.addSeparator()
    toolbar.addAction(window.toggle_editor)
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")  # Qt's own, shown when the window is narrow
    if more is not None:
        more.setAccessibleName(tr("MainWindow", "More tools"))
        more.setToolTip(tr("MainWindow", "More tools"))


def _add_keyboard_help(window, help_menu) -> None:
    window.shortcuts_action = make_action(
        window, tr("MainWindow", "&Keyboard Shortcuts…"), lambda: _keyboard_help().show_shortcuts(window)
    )
    window.view_help_action = make_action(
        window,
        tr("MainWindow", "Help for This &View"),
        lambda: _keyboard_help().show_view_help(window),
        QKeySequence.StandardKey.HelpContents,
    )
    help_menu.addActions([window.view_help_action, window.shortcuts_action])
    help_menu.addSeparator()


def _keyboard_help():
    """The help dialogs' module, imported when first asked for: its Qt classes' Python types (QDialogButtonBox's,
    ~0.5 ms) are made on import, and the first screen shows neither dialog."""
    from planner.ui import shortcuts_dialog

    return shortcuts_dialog
