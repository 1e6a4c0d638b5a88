"""`DashboardView`: the charts of `planner.charts` over the current scope, flow targets flagged when missed, a
person's Focus list, and resource levelling (a preview dialog, then one undoable command).

It reads the core workspace through the controller and changes it only through commands. Matplotlib is imported
when the view is first shown; edits are coalesced by a timer and only a visible dashboard redraws.
"""

from __future__ import annotations

import time
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.bounds import schedulable
from planner.core.filters import SmartList
from planner.core.i18n import tr
from planner.core.metrics import describe_target, flow_report
from planner.core.priorities import focus_list
from planner.reports import formats
from planner.ui import theme
from planner.ui.controller import Controller
from planner.ui.guard import guarded
from planner.ui.models.task_filter import TaskFilterProxy

REFRESH_DELAY_MS = 250  # edits within this time redraw once
WEEKS_BACK, WEEKS_AHEAD = 4, 12
CHARTS = ("workload", "heatmap", "burn", "cfd", "cycle", "throughput", "earned_value", "risks", "progress")


class DashboardView(QWidget):
    name = "dashboard"
    title = "Dashboard"
    icon_name = "dashboard"

    current_task_changed = Signal(object)  # task id or None
    context_menu_requested = Signal(object)  # global QPoint
    editor_requested = Signal(object)  # task id
    refreshed = Signal()

    def __init__(self, proxy: TaskFilterProxy, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.controller = controller
        self._drawable = None  # `ws`, found again after each change
        self.charts: dict = {}
        self.data: dict = {}
        self.person_id: int | None = None
        self.last_refresh_ms = 0.0
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        bar = self._make_bar()
        self.tiles = QHBoxLayout()
        self.tiles.setContentsMargins(12, 0, 12, 4)
        self.tiles.setSpacing(8)

        self.focus = QTreeWidget()
        self.focus.setObjectName("FocusList")
        self.focus.setHeaderLabels(["#", tr("Dashboard", "Focus"), tr("Dashboard", "Why")])
        self.focus.setRootIsDecorated(False)
        self.focus.setColumnWidth(0, 28)
        self.focus.setColumnWidth(1, 240)
        self.focus.setMinimumHeight(280)
        self.focus.currentItemChanged.connect(self._focus_chosen)
        self.focus.itemDoubleClicked.connect(lambda item, _c: self.editor_requested.emit(item.data(0, _TASK)))
        self.grid = QGridLayout()
        self.grid.setContentsMargins(12, 4, 12, 12)
        self.grid.setSpacing(12)
        body = QWidget()
        body.setLayout(self.grid)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Five rows of charts never fit: with the bar there from the start, the first layout is the last, and the
        # charts draw once (a bar appearing after the first draw narrowed every chart and drew all nine again).
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addLayout(self.tiles)
        # Matplotlib's import and the first drawing take about a second on an idle machine: said, not frozen.
        self.busy = QLabel(tr("Dashboard", "Drawing the charts…"))
        self.busy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.busy.setMinimumHeight(60)
        self.busy.hide()
        layout.addWidget(self.busy)
        layout.addWidget(self.scroll, 1)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda pos: self.context_menu_requested.emit(self.mapToGlobal(pos)))
        self.controller.changes_applied.connect(self._changes_applied)
        self.controller.schedule_changed.connect(self._changes_applied)

    def _make_bar(self) -> QHBoxLayout:
        """The heading, the person chosen, and the levelling and targets buttons."""
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 4)
        self.heading = QLabel()
        self.heading.setObjectName("SectionTitle")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.person_box = QComboBox()
        self.person_box.setMinimumWidth(160)
        self.person_box.activated.connect(lambda _i: self.set_person(self.person_box.currentData()))
        self.level_button = QToolButton(text=tr("Dashboard", "Level resources…"))
        self.level_button.setToolTip(
            tr("Dashboard", "Remove over-allocation by delaying lower-priority work (preview first)")
        )
        self.level_button.clicked.connect(self.open_levelling)
        bar.addWidget(self.heading, 1)
        bar.addWidget(QLabel(tr("Dashboard", "Person:")))
        bar.addWidget(self.person_box)
        bar.addWidget(self.level_button)
        self.targets_button = QToolButton(text=tr("Dashboard", "Targets…"))
        self.targets_button.setToolTip(
            tr("Dashboard", "The flow targets the dashboard checks: throughput, cycle time, WIP, on time")
        )
        self.targets_button.clicked.connect(self.open_targets)
        bar.addWidget(self.targets_button)
        return bar

    # -- building (first show: this is where matplotlib is imported) -------------------------------------------
    def _build(self) -> None:
        if self.charts:
            return
        from planner.ui.dashboard.canvas import ChartWidget

        builders = {
            "workload": self._workload, "heatmap": self._heatmap, "burn": self._burn, "cfd": self._cfd,
            "cycle": self._cycle, "throughput": self._throughput, "earned_value": self._earned_value,
            "risks": self._risks, "progress": self._progress,
        }  # fmt: skip
        for key in CHARTS:
            self.charts[key] = ChartWidget(key, builders[key], self)
        cells = [("workload", 0, 0), ("heatmap", 0, 1), ("throughput", 1, 0), ("cycle", 1, 1), ("cfd", 2, 0),
                 ("burn", 2, 1), ("earned_value", 3, 0), ("progress", 3, 1), ("risks", 4, 0)]  # fmt: skip
        for key, row, column in cells:
            self.grid.addWidget(self.charts[key], row, column)
        self.grid.addWidget(self.focus, 4, 1)

    @guarded
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.charts:
            self._begin_first_draw()
        elif self._stale:
            self.refresh()

    def _begin_first_draw(self) -> None:
        """Show the busy note and a busy cursor, and draw once they have been painted."""
        if self.busy.isVisibleTo(self):
            return  # already on its way
        self.busy.show()
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        QTimer.singleShot(0, self, self._first_draw)  # not after the view is gone

    def _first_draw(self) -> None:
        try:
            self.refresh()
        finally:
            # The canvases draw on their own zero-length timers (draw_idle), queued before this one: the note
            # goes once they have drawn, not while half the work is still to come.
            QTimer.singleShot(0, self, self._end_first_draw)

    def _end_first_draw(self) -> None:
        self.busy.hide()
        QApplication.restoreOverrideCursor()

    def _changes_applied(self, _changes=None) -> None:
        self._stale = True
        self._drawable = None
        if self.isVisible():
            self._timer.start()  # many edits in a row: one redraw when they stop

    # -- data -------------------------------------------------------------------------------------------------------
    def palette_for_charts(self):
        from planner.charts.style import DARK, LIGHT, ChartPalette

        qp = QApplication.palette()
        base = DARK if theme.is_dark() else LIGHT
        return ChartPalette(
            background=qp.color(QPalette.ColorRole.Base).name(),
            text=qp.color(QPalette.ColorRole.Text).name(),
            muted=qp.color(QPalette.ColorRole.PlaceholderText).name(),
            grid=qp.color(QPalette.ColorRole.Midlight).name(),
            project=theme.accent().name(),
            routine=base.routine,
            ongoing=base.ongoing,
            accent=theme.accent().name(),
            warning=theme.warning_color().name(),
            caution=theme.caution_color().name(),
            success=theme.success_color().name(),
            series=base.series,
            heat=base.heat,
        )

    def scope_project(self) -> int | None:
        scope = self.proxy.scope
        ws = self.ws
        if isinstance(scope, tuple) and scope[0] == "project" and scope[1] in ws.projects:
            return scope[1]
        ordered = ws.ordered("project")
        return ordered[0].id if ordered else None

    def scope_area(self) -> tuple | None:
        scope = self.proxy.scope
        return scope if isinstance(scope, tuple) and scope[0] in ("area", "project") else None

    @property
    def ws(self):
        """The workspace as the charts can draw it: a stored date outside the plan range (an old file's, until the
        user presses Fix in the message bar) is left out, as the scheduler leaves it out. The workspace itself when
        it has none. Found once after each change: a scan of 0.8 ms at 10,000 tasks, read a dozen times a refresh."""
        if self._drawable is None:
            self._drawable = schedulable(self.controller.ws, {})
        return self._drawable

    def refresh(self) -> None:
        """Compute the data and redraw every chart; while hidden, only note that it is due."""
        if not self.isVisible():
            self._stale = True
            return
        began = time.perf_counter()
        first = not self.charts
        self._build()
        self._stale = False
        from planner.core.metrics import cumulative_flow
        from planner.core.workload import workload

        ws = self.ws
        today = self.controller.today()
        self._fill_people()
        scope = self.scope_area()
        self.data = {
            "palette": self.palette_for_charts(),
            "today": today,
            "workload": workload(
                ws,
                today - timedelta(weeks=WEEKS_BACK),
                today + timedelta(weeks=WEEKS_AHEAD),
                week_start=formats.first_weekday(),
            ),
            "report": flow_report(ws, today, 12, scope),
            "cfd": cumulative_flow(ws, today - timedelta(days=56), today, scope),
            "names": {p.id: p.name for p in ws.people.values()},
        }
        self.heading.setText(self._heading())
        self._fill_tiles()
        self._fill_focus()
        for chart in self.charts.values():
            chart.redraw(force=first)  # later, a chart out of sight draws when scrolled to
        self.last_refresh_ms = (time.perf_counter() - began) * 1000
        self.refreshed.emit()

    def _heading(self) -> str:
        scope = self.proxy.scope
        if isinstance(scope, SmartList):
            return tr("Dashboard", "Dashboard · whole workspace")
        return tr("Dashboard", "Dashboard · {name}").format(name=self.ws.container_name(scope))

    def _fill_people(self) -> None:
        ws = self.ws
        self.person_box.blockSignals(True)
        self.person_box.clear()
        self.person_box.addItem(tr("Dashboard", "Whole team"), None)
        for person in ws.ordered("person"):
            self.person_box.addItem(person.name, person.id)
        if self.person_id not in ws.people:
            self.person_id = None
        self.person_box.setCurrentIndex(max(0, self.person_box.findData(self.person_id)))
        self.person_box.blockSignals(False)

    def set_person(self, person_id: int | None) -> None:
        """Show one person's workload and focus list (None: the team's workload, the first person's focus)."""
        self.person_id = person_id
        index = self.person_box.findData(person_id)
        if index >= 0:
            self.person_box.setCurrentIndex(index)
        if self.charts and self.isVisible():
            self._fill_focus()
            self.charts["workload"].redraw()
        else:
            self._stale = True

    def _fill_tiles(self) -> None:
        while self.tiles.count():
            item = self.tiles.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        report = self.data["report"]
        mean = report.mean_throughput()
        p85 = report.cycle_percentiles[85]
        stats = [
            (
                tr("Dashboard", "Throughput"),
                tr("Dashboard", "{count} a week").format(count=formats.number(mean, 1)) if mean is not None else "—",
            ),
            (
                tr("Dashboard", "Cycle time, 85th"),
                tr("Dashboard", "{days} days").format(days=formats.number(p85, 1)) if p85 is not None else "—",
            ),
            (tr("Dashboard", "Work in progress"), str(report.wip)),
            (
                tr("Dashboard", "On time"),
                formats.percent(report.on_time * 100) if report.on_time is not None else "—",
            ),
        ]
        if report.bottleneck is not None:
            stats.append((tr("Dashboard", "Bottleneck"), self.ws.statuses[report.bottleneck.status_id].name))
        for label, value in stats:
            tile = QLabel(_metric_markup(label, value))
            tile.setObjectName("MetricTile")
            self.tiles.addWidget(tile)
        if report.bottleneck is not None:
            tile.setToolTip(report.bottleneck.reason)  # the last tile is the bottleneck's
        for result in report.targets:
            mark = "✓" if result.met else "✗" if result.met is False else "…"
            tile = QLabel(f"{mark} {result.text}")
            tile.setObjectName("TargetTile")
            tile.setProperty("missed", result.met is False)
            color = theme.warning_color() if result.met is False else theme.success_color() if result.met else None
            if color is not None:
                tile.setStyleSheet(f"color: {color.name()}; font-weight: 600;")
            tile.setToolTip(
                describe_target(result.target) + (tr("Dashboard", " — missed") if result.met is False else "")
            )
            self.tiles.addWidget(tile)
        self.tiles.addStretch(1)

    def missed_targets(self) -> list[str]:
        return [r.text for r in self.data.get("report").targets if r.met is False] if self.data else []

    def _fill_focus(self) -> None:
        ws = self.ws
        self.focus.clear()
        pid = self.person_id
        if pid is None:
            people = ws.ordered("person")
            pid = people[0].id if people else None
        if pid is None:
            self.focus.setHeaderLabels(["#", tr("Dashboard", "Focus"), tr("Dashboard", "Why")])
            return
        self.focus.setHeaderLabels(
            ["#", tr("Dashboard", "Focus · {name}").format(name=ws.people[pid].name), tr("Dashboard", "Why")]
        )
        items = focus_list(ws, pid, self.controller.today(), self.controller.schedule)
        for rank, item in enumerate(items[:30], start=1):
            row = QTreeWidgetItem([str(rank), ws.tasks[item.task_id].title, ", ".join(item.reasons)])
            row.setData(0, _TASK, item.task_id)
            row.setToolTip(2, ", ".join(item.reasons))
            if item.blocked:
                for column in range(3):
                    row.setForeground(column, theme.muted_brush())
            self.focus.addTopLevelItem(row)
        self.focus_items = items

    def _focus_chosen(self, current, _previous) -> None:
        # None too: a list refilled or emptied must not leave its old task in the window's editor.
        self.current_task_changed.emit(current.data(0, _TASK) if current is not None else None)

    # -- the charts' builders ----------------------------------------------------------------------------------
    def _workload(self, figure):
        from planner.charts.workload import workload_figure

        d = self.data
        return workload_figure(d["workload"], d["names"], d["palette"], self.person_id, figure)

    def _heatmap(self, figure):
        from planner.charts.workload import heatmap_figure

        d = self.data
        return heatmap_figure(d["workload"], d["names"], d["palette"], figure)

    def _burn(self, figure):
        from planner.charts.flow import burn_data, burn_figure

        d, pid = self.data, self.scope_project()
        if pid is None:
            from planner.charts.flow import Burn

            return burn_figure(
                Burn(0, [], [0.0], [0.0], [0.0]), tr("Dashboard", "no project"), d["palette"], d["today"], figure
            )
        name = self.ws.projects[pid].name
        return burn_figure(burn_data(self.ws, pid, d["today"]), name, d["palette"], d["today"], figure)

    def _cfd(self, figure):
        from planner.charts.flow import cumulative_flow_figure

        ws, d = self.ws, self.data
        days, counts = d["cfd"]
        order = [s.id for s in ws.ordered("status")]
        names = {s.id: s.name for s in ws.statuses.values()}
        return cumulative_flow_figure(days, counts, names, order, d["palette"], figure)

    def _cycle(self, figure):
        from planner.charts.flow import cycle_time_figure

        titles = {tid: t.title for tid, t in self.ws.tasks.items()}
        return cycle_time_figure(self.data["report"], titles, self.data["palette"], figure)

    def _throughput(self, figure):
        from planner.charts.flow import throughput_figure

        report = self.data["report"]
        target = next((r.target.value for r in report.targets if r.target.metric == "throughput"), None)
        return throughput_figure(report, self.data["palette"], target, figure)

    def _earned_value(self, figure):
        from planner.charts.projects import earned_value_curve, earned_value_figure

        pid = self.scope_project()
        curve = earned_value_curve(self.ws, pid, self.data["today"]) if pid is not None else None
        name = self.ws.projects[pid].name if pid is not None else tr("Dashboard", "no project")
        return earned_value_figure(curve, name, self.data["palette"], figure)

    def _risks(self, figure):
        from planner.charts.projects import risk_cells, risk_heatmap_figure

        pid = self.scope_project()
        name = self.ws.projects[pid].name if pid is not None else tr("Dashboard", "no project")
        return risk_heatmap_figure(risk_cells(self.ws, pid), name, self.data["palette"], figure)

    def _progress(self, figure):
        from planner.charts.projects import progress_figure, project_progress

        return progress_figure(project_progress(self.ws, self.data["today"]), self.data["palette"], figure)

    # -- levelling ----------------------------------------------------------------------------------------------
    def open_targets(self) -> None:
        from planner.ui.dashboard.targets_dialog import TargetsDialog

        self.targets_dialog = TargetsDialog(self.controller, self)
        self.targets_dialog.show()  # not modal: the tiles beside it update as targets change

    def open_levelling(self):
        """Show the levelling preview (not modal to the event loop: tests and the user keep going)."""
        from planner.ui.dashboard.levelling_dialog import LevellingDialog

        scope = self.proxy.scope
        projects = [scope[1]] if isinstance(scope, tuple) and scope[0] == "project" else None
        dialog = LevellingDialog(self.controller, projects, self)
        dialog.open()
        self.levelling_dialog = dialog
        return dialog

    def export_chart(self, key: str, path) -> object:
        self._build()
        if not self.data:
            self.refresh()
        return self.charts[key].export(path)

    # -- the interface every view offers ---------------------------------------------------------------------
    def apply_scope(self) -> None:
        self._changes_applied()
        if self.isVisible():
            self._timer.stop()
            self.refresh()

    def current_node(self):
        item = self.focus.currentItem()
        return ("task", item.data(0, _TASK)) if item is not None else None

    def selected_task_ids(self) -> list[int]:
        item = self.focus.currentItem()
        return [item.data(0, _TASK)] if item is not None else []

    def select_task(self, task_id: int, edit: bool = False) -> None:
        for i in range(self.focus.topLevelItemCount()):
            item = self.focus.topLevelItem(i)
            if item.data(0, _TASK) == task_id:
                self.focus.setCurrentItem(item)
                break
        self.current_task_changed.emit(task_id)
        if edit:
            self.editor_requested.emit(task_id)

    def select_first_task(self) -> None:
        if self.focus.topLevelItemCount():
            self.focus.setCurrentItem(self.focus.topLevelItem(0))


_TASK = Qt.ItemDataRole.UserRole + 1


def default_range(today: date) -> tuple[date, date]:
    return today - timedelta(weeks=WEEKS_BACK), today + timedelta(weeks=WEEKS_AHEAD)


def _metric_markup(label: str, value: str) -> str:
    """A key figure's tile: its caption small over its value (markup only, both texts already translated)."""
    return f"<span style='font-size:8pt'>{label}</span><br><b style='font-size:13pt'>{value}</b>"
