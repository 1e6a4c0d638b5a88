"""Scenarios in the window: the switcher (a toolbar combo and the Scenarios menu) that puts the live plan or a
scenario in front of every view, the banner that says a scenario is in front, and making, renaming, comparing,
adopting and discarding scenarios. The work itself is the Session's (planner.core.scenarios); putting another
plan in front rebuilds the window's controller over the same session, as opening a workspace does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton

from planner.core.errors import ValidationError
from planner.core.i18n import tr
from planner.core.scenarios import RenameScenario
from planner.store.workspace_file import WorkspaceError
from planner.ui import dialogs, theme
from planner.ui.controller import Controller
from planner.ui.guard import guarded


class ScenarioBanner(QFrame):
    """A coloured strip above the views while a scenario is in front: whose scenario it is, that edits stay in
    it, and the ways back. Its colour is the theme's caution colour, so it reads in light and dark alike."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ScenarioBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 6, 5)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.compare_button = QPushButton(tr("Scenarios", "Compare with Live Plan"), self)
        self.adopt_button = QPushButton(tr("Scenarios", "Adopt…"), self)
        self.back_button = QPushButton(tr("Scenarios", "Back to Live Plan"), self)
        layout.addWidget(self.text, 1)
        for button in (self.compare_button, self.adopt_button, self.back_button):
            layout.addWidget(button)
        # Styled when first shown (`show_scenario`), not here: its style sheet was ~1.5 ms of every open, and most
        # workspaces never put a scenario in front. Built here all the same, so its buttons keep their place in the
        # window's Tab order.
        self.hide()

    def show_scenario(self, name: str, project: str) -> None:
        text = tr(
            "Scenarios", "Scenario “{name}” of {project}: edits stay in this scenario, the live plan is unchanged."
        )
        self.text.setText(text.format(name=name, project=project))
        self.setAccessibleName(self.text.text())
        self._restyle()
        self.show()

    def _restyle(self) -> None:
        color = theme.caution_color()
        fill = f"rgba({color.red()}, {color.green()}, {color.blue()}, 46)"
        style = f"QFrame#ScenarioBanner {{ background: {fill}; border-left: 4px solid {color.name()}; }}"
        if self.styleSheet() != style:
            self.setStyleSheet(style)

    @guarded
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and not self.isHidden():  # the theme changed: its caution colour
            self._restyle()
        super().changeEvent(event)


class ScenarioSwitcher(QObject):
    """The scenario actions of one window. `window` is the MainWindow: its controller, sidebar and message bar."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.banner = ScenarioBanner(window)
        self.combo = QComboBox(window)
        self.toolbar_action = None  # the combo's place in the window's toolbar, once it is put there
        self.combo.setAccessibleName(tr("Scenarios", "Plan in front"))
        self.combo.setToolTip(tr("Scenarios", "Which plan every view shows: the live plan or a scenario"))
        self.combo.activated.connect(lambda index: self.bring_to_front(self.combo.itemData(index)))
        self.new_action = QAction(tr("Scenarios", "&New Scenario from Project…"), window)
        self.new_action.triggered.connect(self.new_scenario)
        self.rename_action = QAction(tr("Scenarios", "&Rename Scenario…"), window)
        self.rename_action.triggered.connect(self.rename)
        self.compare_action = QAction(tr("Scenarios", "&Compare with Live Plan"), window)
        self.compare_action.triggered.connect(self.compare)
        self.adopt_action = QAction(tr("Scenarios", "&Adopt into Live Plan…"), window)
        self.adopt_action.triggered.connect(self.adopt)
        self.discard_action = QAction(tr("Scenarios", "&Discard Scenario…"), window)
        self.discard_action.triggered.connect(self.discard)
        self.banner.compare_button.clicked.connect(self.compare)
        self.banner.adopt_button.clicked.connect(self.adopt)
        self.banner.back_button.clicked.connect(lambda: self.bring_to_front(None))

    @property
    def session(self):
        return self.window.controller.session

    def fill_menu(self, menu: QMenu) -> None:
        """The Scenarios menu: the plans to put in front (checked: the one in front), then what acts on them."""
        menu.clear()
        front = self.session.front
        for name, ident in self._plans():
            action = menu.addAction(name, lambda ident=ident: self.bring_to_front(ident))
            action.setCheckable(True)
            action.setChecked(ident == front)
        menu.addSeparator()
        menu.addActions([self.new_action, self.rename_action, self.compare_action])
        menu.addActions([self.adopt_action, self.discard_action])

    def _plans(self) -> list[tuple[str, int | None]]:
        plans = [(tr("Scenarios", "Live plan"), None)]
        for scenario in self.session.scenarios:
            plans.append((self._label(scenario), scenario.id))
        return plans

    def _label(self, scenario) -> str:
        origin = self.window.controller.ws.projects.get(scenario.scenario_of)
        project = origin.name if origin is not None else scenario.name
        return tr("Scenarios", "{name} ({project})").format(name=scenario.scenario_name, project=project)

    def refresh(self) -> None:
        """Show which plan is in front: the combo, the banner, the window's title and what the actions can do."""
        session = self.session
        self.combo.blockSignals(True)
        self.combo.clear()
        for name, ident in self._plans():
            self.combo.addItem(name, ident)
        self.combo.setCurrentIndex(max(0, self.combo.findData(session.front)))
        self.combo.blockSignals(False)
        if self.toolbar_action is not None:
            self.toolbar_action.setVisible(bool(session.scenarios))
        scenario = session.ws.projects.get(session.front) if session.front is not None else None
        on = scenario is not None and not session.read_only
        for action in (self.rename_action, self.compare_action, self.adopt_action, self.discard_action):
            action.setEnabled(on)
        self.new_action.setEnabled(not session.read_only)
        title = tr("MainWindow", "{stem} — Planner").format(stem=session.path.stem)
        if scenario is None:
            self.banner.hide()
        else:
            self.banner.show_scenario(scenario.scenario_name, scenario.name)
            title = tr("Scenarios", "{file} — scenario “{name}” — Planner").format(
                file=session.path.stem, name=scenario.scenario_name
            )
        self.window.setWindowTitle(title)

    # -- acting -------------------------------------------------------------------------------------------
    def bring_to_front(self, front: int | None) -> None:
        """Put the scenario `front` (None: the live plan) in front of every view, on its project."""
        session = self.session
        if front == session.front:
            return
        shown = session.ws.projects.get(session.front) if session.front is not None else None
        try:
            session.put_in_front(front)
        except (ValidationError, WorkspaceError) as exc:
            self.window.message_bar.show_message(str(exc))
            return
        self._rebuild()
        project = front if front is not None else (shown.scenario_of if shown is not None else None)
        if project is not None:
            self.window.sidebar.select_scope(("project", project))

    def _rebuild(self) -> None:
        from planner.ui.compare import close_comparison

        close_comparison(self.window)  # its task ids are those of the plan that was in front
        old = self.window.controller
        old.release()
        self.window.controller = None
        self.window.set_controller(Controller(old.session))

    def new_scenario(self) -> None:
        """Make a scenario of the project in front (with a scenario in front: of its live project), else of one
        chosen; the copy is always of the live plan."""
        ws = self.window.controller.ws
        # (live project id, its name, the id it is seen by now): a scenario in front stands for its live project
        live = [(p.scenario_of or p.id, p.name, p.id) for p in ws.ordered("project")]
        if not live:
            dialogs.tell(self.window, tr("Scenarios", "New Scenario"), tr("Scenarios", "There is no project to copy."))
            return
        scope = self.window.sidebar.current_scope()
        project = next((p for p in live if scope == ("project", p[2])), None)
        if project is None:
            names = [name for _, name, _ in live]
            chosen = dialogs.ask_choice(
                self.window, tr("Scenarios", "New Scenario"), tr("Scenarios", "Project to copy:"), names
            )
            if chosen is None:
                return
            project = live[names.index(chosen)]
        name = dialogs.ask_text(
            self.window,
            tr("Scenarios", "New Scenario"),
            tr("Scenarios", "A name for this scenario of {project}:").format(project=project[1]),
        )
        if not name:
            return
        try:
            scenario = self.session.make_scenario(project[0], name)
        except (ValidationError, WorkspaceError) as exc:
            self.window.message_bar.show_message(str(exc))
            return
        self._rebuild()
        self.window.sidebar.select_scope(("project", scenario))

    def rename(self) -> None:
        scenario = self.session.ws.projects.get(self.session.front)
        if scenario is None:
            return
        name = dialogs.ask_text(
            self.window, tr("Scenarios", "Rename Scenario"), tr("Scenarios", "New name:"), scenario.scenario_name
        )
        if name and name != scenario.scenario_name and self.window.controller.run(RenameScenario(scenario.id, name)):
            self.refresh()

    def compare(self) -> None:
        """Compare the scenario in front with the live plan: the comparison panel and ghost bars of the live
        dates in the Gantt."""
        from planner.core.compare import compare  # not at open either (~1 ms of dataclasses)
        from planner.ui.compare import show_comparison  # not at open: the window's first screen shows none

        session = self.session
        scenario = session.ws.projects.get(session.front) if session.front is not None else None
        if scenario is None:
            return
        try:
            comparison = compare(session.live_as_front(), session.ws)
        except WorkspaceError as exc:
            self.window.message_bar.show_message(str(exc))
            return
        title = tr("Scenarios", "Scenario “{name}” against the live plan").format(name=scenario.scenario_name)
        show_comparison(self.window, comparison, title)

    def adopt(self) -> None:
        session = self.session
        scenario = session.ws.projects.get(session.front) if session.front is not None else None
        if scenario is None:
            return
        question = tr(
            "Scenarios",
            "Make the live plan of {project} what scenario “{name}” is (its tasks, dates, links and people)? "
            "This is one change you can undo.",
        ).format(project=scenario.name, name=scenario.scenario_name)
        if not dialogs.ask_yes_no(self.window, tr("Scenarios", "Adopt Scenario"), question):
            return
        keep, drop = tr("Scenarios", "Keep the scenario"), tr("Scenarios", "Discard the scenario")
        then = dialogs.ask_choice(
            self.window, tr("Scenarios", "Adopt Scenario"), tr("Scenarios", "After adopting it:"), [drop, keep]
        )
        if then is None:
            return
        ident, live_id = scenario.id, scenario.scenario_of
        self.bring_to_front(None)
        if self.window.controller.adopt(ident, discard=then == drop):
            self.refresh()
            self.window.sidebar.select_scope(("project", live_id))

    def discard(self) -> None:
        session = self.session
        scenario = session.ws.projects.get(session.front) if session.front is not None else None
        if scenario is None:
            return
        question = tr("Scenarios", "Discard scenario “{name}” and everything in it? This cannot be undone.")
        if not dialogs.ask_yes_no(
            self.window, tr("Scenarios", "Discard Scenario"), question.format(name=scenario.scenario_name)
        ):
            return
        live_id = scenario.scenario_of
        try:
            session.discard(scenario.id)
        except (ValidationError, WorkspaceError) as exc:
            self.window.message_bar.show_message(str(exc))
            return
        self._rebuild()
        self.window.sidebar.select_scope(("project", live_id))
