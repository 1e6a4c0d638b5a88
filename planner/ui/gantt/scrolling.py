"""The Gantt view's time scale and horizontal scrolling: the span the scroll bar covers, the zoom kept about a
point, fitting the shown tasks, and scrolling to a date or a task."""

from __future__ import annotations

from datetime import datetime, timedelta

from planner.core.calendars import in_range
from planner.ui.gantt.scale import ZOOM_STEP, TimeScale, clamp_zoom, fit, preset_for


class TimeScrolling:
    """The time scale part of `GanttView` (which holds `scale`, `hbar`, the chart and the zoom box these set)."""

    def extent(self) -> tuple[datetime, datetime]:
        """The span the horizontal scroll bar covers: every dated task, today, and room either side."""
        if self._extent is None:
            today = datetime.combine(self.controller.today(), datetime.min.time())
            first = last = today
            for task in self.controller.ws.tasks.values():
                # A date outside the range a plan may hold (an old file's) is warned about, not drawn.
                if task.start is not None and task.start < first and in_range(task.start):
                    first = task.start
                if task.finish is not None and task.finish > last and in_range(task.finish):
                    last = task.finish
            self._extent = (first, last)
        first, last = self._extent
        return first - timedelta(days=30), last + timedelta(days=60)

    def _update_hbar(self) -> None:
        first, last = self.extent()
        if self.scale.origin != first:
            shift = (self.scale.origin - first).total_seconds() * self.scale.px_per_day / 86400
            self.scale = TimeScale(first, self.scale.px_per_day)
            self.hbar.blockSignals(True)
            self.hbar.setValue(int(self.hbar.value() + shift))
            self.hbar.blockSignals(False)
        width = max(self.chart.width(), 1)
        total = int(self.scale.x(last))
        self.hbar.setRange(0, max(0, total - width))
        self.hbar.setPageStep(width)
        self.hbar.setSingleStep(max(8, int(self.scale.width(self.scale.snap_unit()))))

    def set_zoom(self, px_per_day: float, anchor_x: float | None = None) -> None:
        """Change the zoom keeping the time under `anchor_x` (the chart's middle by default) in place."""
        anchor_x = self.chart.width() / 2 if anchor_x is None else anchor_x
        at = self.scale.at(self.hbar.value() + anchor_x)
        self.scale = TimeScale(self.scale.origin, clamp_zoom(px_per_day))
        self._update_hbar()
        self.hbar.setValue(int(self.scale.x(at) - anchor_x))
        self.zoom_box.setCurrentIndex(self.zoom_box.findData(preset_for(self.scale.px_per_day)))
        self.chart.forget_band()

    def zoom_in(self, anchor_x: float | None = None) -> None:
        self.set_zoom(self.scale.px_per_day * ZOOM_STEP, anchor_x if isinstance(anchor_x, float) else None)

    def zoom_out(self, anchor_x: float | None = None) -> None:
        self.set_zoom(self.scale.px_per_day / ZOOM_STEP, anchor_x if isinstance(anchor_x, float) else None)

    def project_span(self) -> tuple[datetime, datetime] | None:
        """The first start and last finish of the tasks in the tree's rows."""
        self.ensure_rows()
        tasks = self.controller.ws.tasks
        first = last = None
        for kind, ident in self.rows:
            task = tasks.get(ident) if kind == "task" else None
            if task is None:
                continue
            span = self.bars.dates(task)
            if span is None:
                continue
            if first is None or span[0] < first:
                first = span[0]
            if last is None or span[1] > last:
                last = span[1]
        return None if first is None else (first, last)

    def fit_project(self) -> None:
        span = self.project_span()
        if span is None:
            self.go_today()
            return
        width = max(self.chart.width(), 200)
        self.scale = TimeScale(self.scale.origin, fit(span[0], span[1], width))
        self._update_hbar()
        self.hbar.setValue(int(self.scale.x(span[0]) - width * 0.04 * 0.96))
        self.zoom_box.setCurrentIndex(self.zoom_box.findData(preset_for(self.scale.px_per_day)))
        self.chart.forget_band()

    def go_today(self) -> None:
        self.scroll_to(datetime.combine(self.controller.today(), datetime.min.time()), 0.3)

    def scroll_to(self, at: datetime, where: float = 0.1) -> None:
        self._update_hbar()
        self.hbar.setValue(int(self.scale.x(at) - self.chart.width() * where))
        self.chart.update()

    def scroll_to_task(self, task_id: int) -> None:
        task = self.controller.ws.tasks.get(task_id)
        span = self.bars.dates(task) if task is not None else None
        if span is None:
            return
        x0 = self.scale.x(span[0]) - self.hbar.value()
        if x0 < 0 or x0 > self.chart.width() - 40:
            self.scroll_to(span[0])
